/** Saves text as a file on the learner's or trainer's device, through a temporary object URL (no server). */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  Object.assign(document.createElement('a'), { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** WeChat's own browser (user agent 「MicroMessenger」) silently ignores downloads, so pages say so instead. */
export const inWeChat = (): boolean => /MicroMessenger/i.test(navigator.userAgent);
