/**
 * WeChat's own browser says 「MicroMessenger」 in its user agent (企业微信 too, with 「wxwork」). It
 * silently ignores file downloads, so pages offer another way instead of a button that does nothing.
 */
export function isWeChat(userAgent: string): boolean {
  return /\bMicroMessenger\//i.test(userAgent);
}
