import { describe, expect, it } from 'vitest';
import { isWeChat } from '../../src/platform/wechat';

describe('isWeChat', () => {
  it('recognises WeChat on Android and iOS, and 企业微信', () => {
    expect(
      isWeChat(
        'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36 MicroMessenger/8.0.50.2701 NetType/WIFI Language/zh_CN',
      ),
    ).toBe(true);
    expect(
      isWeChat(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.49(0x18003129) NetType/4G Language/zh_CN',
      ),
    ).toBe(true);
    expect(
      isWeChat(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0 Safari/537.36 wxwork/4.1.30 MicroMessenger/7.0.1 Language/zh ColorScheme/Light',
      ),
    ).toBe(true);
  });

  it('leaves ordinary browsers, and a page that merely mentions WeChat, alone', () => {
    expect(
      isWeChat(
        'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36',
      ),
    ).toBe(false);
    expect(
      isWeChat(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      ),
    ).toBe(false);
    expect(isWeChat('SomeBot (compatible; MicroMessengerFan)')).toBe(false);
    expect(isWeChat('')).toBe(false);
  });
});
