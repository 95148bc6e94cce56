import { isWeChat } from '../platform/wechat';

/**
 * Saves text as a file on the learner's or trainer's device, through a temporary object URL (no
 * server). Returns false, without trying, where downloads are silently ignored (WeChat's own
 * browser), so the caller can say what to do instead.
 */
export function downloadText(name: string, text: string, type: string): boolean {
  if (isWeChat(navigator.userAgent)) return false;
  const url = URL.createObjectURL(new Blob([text], { type }));
  Object.assign(document.createElement('a'), { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return true;
}
