/**
 * The browser side's pure decisions about the room's snapshots and how to receive them (no DOM,
 * unit-tested in tests/unit/live-client.test.ts): which snapshot to keep, which transport to try
 * next, how long to wait before trying again.
 */
import type { Snapshot } from '../protocol';

/**
 * Whether `incoming` should replace `current`: snapshots of one room only grow in version, and the
 * three transports, the answers' replies and the fresh fetch on `visibilitychange` can deliver them
 * out of order, so an older or equal one is dropped. A snapshot of another room always wins (the
 * trainer opened a new room).
 */
export function isNewer(current: Snapshot | null, incoming: Snapshot): boolean {
  if (!current || current.code !== incoming.code) return true;
  return incoming.version > current.version;
}

/** WebSocket, then Server-Sent Events, then polling `…/snapshot`. */
export const TRANSPORTS = ['socket', 'events', 'poll'] as const;
export type Transport = (typeof TRANSPORTS)[number];

/**
 * What to try after `transport` ended. One that never opened (a proxy that refuses upgrades, a
 * policy that blocks `ws:`) is not tried again: the next one is. One that worked and dropped (a
 * locked phone, a Wi-Fi hiccup) is tried again. Polling is the floor.
 */
export function nextTransport(transport: Transport, opened: boolean): Transport {
  if (opened) return transport;
  return TRANSPORTS[Math.min(TRANSPORTS.indexOf(transport) + 1, TRANSPORTS.length - 1)]!;
}

/** Milliseconds before reconnecting after the `attempt`-th failure in a row: 0.5 s doubling to 8 s. */
export function retryDelay(attempt: number): number {
  return Math.min(8000, 500 * 2 ** Math.max(0, Math.min(attempt, 10)));
}

/** How often the polling fallback asks for the snapshot. */
export const POLL_INTERVAL_MS = 2000;

/**
 * The WebSocket address of a room's socket, from the page's own address (`http:` → `ws:`,
 * `https:` → `wss:`), so the connection goes to the origin the page came from and nowhere else.
 */
export function socketUrl(pageHref: string, path: string): string {
  const url = new URL(path, pageHref);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

/**
 * The slide a window should move to on a snapshot, or `null` to stay: none while its own moves are
 * on their way to the server (`moving`), so a quick second click is not undone by the echo of the
 * first; the reply to the last move brings the server's slide afterwards.
 */
export function slideToFollow(snapshot: Pick<Snapshot, 'slide'>, current: number, moving: boolean): number | null {
  if (moving || snapshot.slide === null || snapshot.slide === current) return null;
  return snapshot.slide;
}

/**
 * The room's slide numbers count the slides as the module is cut (slides.ts `cutSlides`), not the
 * extra pages a slide show adds when a slide overflows and is split (titled 「…（续）」): the trainer's
 * phone cuts the same page without laying it out, so this is the numbering both sides can agree on.
 * `titles` are the slide show's slide titles in order (its overview).
 */
const isContinued = (title: string) => title.endsWith('（续）');

/** The room's slide number of the slide show's slide `index`. */
export function roomSlideOf(titles: readonly string[], index: number): number {
  return Math.max(0, titles.slice(0, index + 1).filter((title) => !isContinued(title)).length - 1);
}

/** The slide show's slide for the room's slide `slide` (its first page); the last slide when past the end. */
export function showSlideOf(titles: readonly string[], slide: number): number {
  let seen = -1;
  for (const [index, title] of titles.entries()) {
    if (!isContinued(title)) seen += 1;
    if (seen === slide) return index;
  }
  return Math.max(0, titles.length - 1);
}
