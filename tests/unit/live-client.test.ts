import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Snapshot } from '../../src/live/protocol';
import {
  isNewer,
  nextTransport,
  retryDelay,
  roomSlideOf,
  showSlideOf,
  slideToFollow,
  socketUrl,
} from '../../src/live/client/sync';
import { NO_SERVER, UNREACHABLE, errorMessage, liveRequest } from '../../src/live/client/api';
import { isParticipantId, uuidFromBytes } from '../../src/live/client/participant';
import { keyFromHash } from '../../src/live/client/trainer-key';

const snapshot = (version: number, code = 'ABCD', slide: number | null = 0): Snapshot => ({
  version,
  code,
  moduleId: 'm3',
  participants: 0,
  slide,
  item: null,
  expiresAt: '2026-12-03T12:00:00.000Z',
});

describe('snapshot order', () => {
  it('keeps the first snapshot and every newer one', () => {
    expect(isNewer(null, snapshot(1))).toBe(true);
    expect(isNewer(snapshot(3), snapshot(4))).toBe(true);
  });
  it('drops an older or equal snapshot of the same room (a late socket message, a slow reply)', () => {
    expect(isNewer(snapshot(5), snapshot(4))).toBe(false);
    expect(isNewer(snapshot(5), snapshot(5))).toBe(false);
  });
  it('takes any snapshot of another room, whatever its version', () => {
    expect(isNewer(snapshot(50, 'ABCD'), snapshot(1, 'WXYZ'))).toBe(true);
  });
});

describe('transport fallback', () => {
  it('falls from WebSocket to SSE to polling when a transport never opened', () => {
    expect(nextTransport('socket', false)).toBe('events');
    expect(nextTransport('events', false)).toBe('poll');
    expect(nextTransport('poll', false)).toBe('poll');
  });
  it('retries the same transport after a drop once it had worked (a locked phone)', () => {
    expect(nextTransport('socket', true)).toBe('socket');
    expect(nextTransport('events', true)).toBe('events');
  });
  it('waits longer after each failure, up to 8 s, and never a negative time', () => {
    expect(retryDelay(0)).toBe(500);
    expect(retryDelay(1)).toBe(1000);
    expect(retryDelay(4)).toBe(8000);
    expect(retryDelay(40)).toBe(8000);
    expect(retryDelay(-3)).toBe(500);
  });
  it('opens the socket on the page’s own origin, ws: for http: and wss: for https:', () => {
    expect(socketUrl('http://192.168.1.20:4321/live/?room=ABCD', '/api/live/rooms/ABCD/socket')).toBe(
      'ws://192.168.1.20:4321/api/live/rooms/ABCD/socket',
    );
    expect(socketUrl('https://course.example/present/m3/', '/api/live/rooms/ABCD/socket')).toBe(
      'wss://course.example/api/live/rooms/ABCD/socket',
    );
  });
});

describe('following the server’s slide', () => {
  it('moves to the server’s slide when it differs', () => {
    expect(slideToFollow(snapshot(2, 'ABCD', 7), 3, false)).toBe(7);
  });
  it('stays when the slide is the same, unknown, or this window’s own move is on its way', () => {
    expect(slideToFollow(snapshot(2, 'ABCD', 3), 3, false)).toBeNull();
    expect(slideToFollow(snapshot(2, 'ABCD', null), 3, false)).toBeNull();
    expect(slideToFollow(snapshot(2, 'ABCD', 2), 3, true)).toBeNull();
  });
});

describe('the room’s slide numbers (split pages share their slide’s number)', () => {
  const titles = ['M3 客户满意度管理', '峰终定律', '峰终定律（续）', '练习：峰终体验设计器', '本模块结束'];
  it('numbers the slide show’s pages as the module is cut', () => {
    expect(titles.map((_, index) => roomSlideOf(titles, index))).toEqual([0, 1, 1, 2, 3]);
    expect(roomSlideOf([], 0)).toBe(0);
  });
  it('opens a room slide on its first page, and the last page past the end', () => {
    expect([0, 1, 2, 3].map((slide) => showSlideOf(titles, slide))).toEqual([0, 1, 3, 4]);
    expect(showSlideOf(titles, 9)).toBe(4);
    expect(showSlideOf([], 2)).toBe(0);
  });
  it('is the identity when no slide is split', () => {
    const plain = ['a', 'b', 'c'];
    expect(plain.map((_, index) => showSlideOf(plain, roomSlideOf(plain, index)))).toEqual([0, 1, 2]);
  });
});

describe('requests and their messages', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the server’s own message, else one made from the status', () => {
    expect(errorMessage(409, { error: '这一题已经结束作答。' })).toBe('这一题已经结束作答。');
    expect(errorMessage(403, null)).toMatch(/讲师密钥/);
    expect(errorMessage(404, { error: '  ' })).toMatch(/课堂码/);
    expect(errorMessage(500, 'not json')).toMatch(/500/);
  });

  it('says so when the page is not served by the live server (a static host’s 404 page)', () => {
    expect(errorMessage(404, null)).toBe(NO_SERVER);
    expect(errorMessage(404, { error: '没有这个课堂。' })).toBe('没有这个课堂。');
  });

  it('sends JSON with the trainer’s key and returns the reply', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ ok: 1 }), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    expect(await liveRequest('/rooms', { method: 'POST', body: { moduleId: 'm3' }, key: 'k' })).toEqual({
      ok: true,
      data: { ok: 1 },
    });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/live/rooms');
    expect(init.headers).toEqual({ 'Content-Type': 'application/json', 'X-Live-Key': 'k' });
    expect(init.body).toBe('{"moduleId":"m3"}');
  });

  it('turns a 409 into its message and a network failure into 「连不上」', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ error: '已结束' }), { status: 409 }));
    expect(await liveRequest('/x')).toEqual({ ok: false, status: 409, message: '已结束' });
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await liveRequest('/x')).toEqual({ ok: false, status: 0, message: UNREACHABLE });
  });
});

describe('participant id and trainer key', () => {
  it('makes a version-4 UUID from random bytes (no crypto.randomUUID on plain-http pages)', () => {
    const id = uuidFromBytes(new Uint8Array(16).fill(255));
    expect(id).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(isParticipantId(id)).toBe(true);
    expect(isParticipantId(uuidFromBytes(new Uint8Array(16)))).toBe(true);
  });
  it('rejects a saved id that is not one', () => {
    expect(isParticipantId('')).toBe(false);
    expect(isParticipantId('<script>')).toBe(false);
    expect(isParticipantId(null)).toBe(false);
  });
  it('reads the key from #live-key=… alone or after a slide, and nothing else', () => {
    expect(keyFromHash('#live-key=abc123')).toBe('abc123');
    expect(keyFromHash('#/4&live-key=a%2Bb')).toBe('a+b');
    expect(keyFromHash('#/4')).toBeNull();
    expect(keyFromHash('#live-key=')).toBeNull();
    expect(keyFromHash('#live-key=%E0%A4%A')).toBeNull();
  });
});
