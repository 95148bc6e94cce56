/** The live server's small parts that need no running server: the LAN address, loopback, CSP, rate limits. */
import { describe, expect, it } from 'vitest';
import type { NetworkInterfaceInfo } from 'node:os';
import { isLoopbackRequest, isPrivateIPv4, pickLanAddress } from '../../live/network';
import { RateLimiter } from '../../live/rate-limit';
import { liveHeaders, ownOrigins, withLiveConnectSrc } from '../../live/static';

const v4 = (address: string, internal = false): NetworkInterfaceInfo =>
  ({ address, family: 'IPv4', internal, netmask: '255.255.255.0', mac: '', cidr: null }) as NetworkInterfaceInfo;

describe('the address phones use', () => {
  it('is a physical interface’s private IPv4, not a container, VPN or VM adapter', () => {
    expect(
      pickLanAddress({
        lo: [v4('127.0.0.1', true)],
        docker0: [v4('172.17.0.1')],
        'br-3f2a': [v4('172.18.0.1')],
        veth12: [v4('172.19.0.1')],
        tun0: [v4('10.8.0.2')],
        utun3: [v4('10.9.0.2')],
        wg0: [v4('10.10.0.2')],
        zt7: [v4('10.11.0.2')],
        'vEthernet (WSL)': [v4('172.20.0.1')],
        wlp2s0: [v4('192.168.1.23')],
      }),
    ).toBe('192.168.1.23');
  });

  it('prefers Wi-Fi or Ethernet names, takes another private address, and says when there is none', () => {
    expect(pickLanAddress({ 'Local Area Connection': [v4('10.0.0.5')], en0: [v4('192.168.0.9')] })).toBe('192.168.0.9');
    expect(pickLanAddress({ 'Local Area Connection': [v4('10.0.0.5')] })).toBe('10.0.0.5');
    expect(pickLanAddress({ eth0: [v4('8.8.8.8'), v4('169.254.3.4')] })).toBeNull();
    expect(pickLanAddress({})).toBeNull();
  });

  it('knows the private ranges', () => {
    for (const address of ['10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.0.1'])
      expect(isPrivateIPv4(address)).toBe(true);
    for (const address of ['172.32.0.1', '192.169.0.1', '8.8.8.8', '1.2.3', 'x'])
      expect(isPrivateIPv4(address)).toBe(false);
  });
});

describe('the trainer key', () => {
  it('goes only to this machine, named as this machine', () => {
    expect(isLoopbackRequest('127.0.0.1', 'localhost:4330')).toBe(true);
    expect(isLoopbackRequest('::ffff:127.0.0.1', '127.0.0.1:4330')).toBe(true);
    expect(isLoopbackRequest('::1', '[::1]:4330')).toBe(true);
    expect(isLoopbackRequest('192.168.1.50', 'localhost:4330')).toBe(false);
    // A page on another site whose name was pointed at 127.0.0.1 (DNS rebinding).
    expect(isLoopbackRequest('127.0.0.1', 'evil.example:4330')).toBe(false);
  });
});

describe('the live pages’ policy', () => {
  it('allows exactly the own origin in http: and ws: form, in the header and the page', () => {
    const origins = ownOrigins('192.168.1.23:4330', '127.0.0.1:4330');
    expect(origins).toBe('http://192.168.1.23:4330 ws://192.168.1.23:4330');
    expect(liveHeaders(origins)['Content-Security-Policy']).toBe(
      "frame-ancestors 'self'; connect-src 'self' http://192.168.1.23:4330 ws://192.168.1.23:4330",
    );
    const page = `<meta http-equiv="content-security-policy" content="default-src 'self'; connect-src 'self'; img-src 'self' data:"><p>connect-src 'self';</p>`;
    expect(withLiveConnectSrc(page, origins)).toBe(
      `<meta http-equiv="content-security-policy" content="default-src 'self'; connect-src 'self' ${origins}; img-src 'self' data:"><p>connect-src 'self';</p>`,
    );
  });

  it('does not put a strange Host header into the policy', () => {
    expect(ownOrigins("evil.example; script-src 'unsafe-inline'", '127.0.0.1:4330')).toBe(
      'http://127.0.0.1:4330 ws://127.0.0.1:4330',
    );
  });
});

describe('rate limits', () => {
  it('let a burst through, then slow the sender until tokens come back', () => {
    const limiter = new RateLimiter({ burst: 3, perSecond: 2 });
    const results = [0, 0, 0, 0].map(() => limiter.take('phone', 1000).ok);
    expect(results).toEqual([true, true, true, false]);
    expect(limiter.take('phone', 1000)).toEqual({ ok: false, retryAfter: 1 });
    expect(limiter.take('phone', 1500).ok).toBe(true);
    expect(limiter.take('other', 1000).ok).toBe(true);
  });
});
