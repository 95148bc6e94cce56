/**
 * The trainer's key on this device: from the address (`#live-key=…`, the link the server prints),
 * then kept in localStorage and taken out of the address bar (so it is not projected or shared),
 * else the one saved earlier, else asked of the server, which hands it only to its own machine.
 */
import type { TrainerKeyResponse } from '../protocol';
import { liveRequest } from './api';

export const LIVE_KEY_STORAGE = 'svc-course:live-key';
const HASH_KEY = /(?:^#|&)live-key=([^&]+)/;

/** The key in a `#live-key=…` fragment, or `null`. */
export function keyFromHash(hash: string): string | null {
  const match = HASH_KEY.exec(hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!).trim() || null;
  } catch {
    return null;
  }
}

function stored(): string | null {
  try {
    return localStorage.getItem(LIVE_KEY_STORAGE) || null;
  } catch {
    return null;
  }
}

export function saveKey(key: string): void {
  try {
    localStorage.setItem(LIVE_KEY_STORAGE, key);
  } catch {
    // Without storage the key lives only as long as the page.
  }
}

/** Takes the key out of the address (once, as the page starts) and keeps it. */
export function takeKeyFromAddress(): string | null {
  const key = keyFromHash(location.hash);
  if (!key) return null;
  saveKey(key);
  history.replaceState(null, '', location.pathname + location.search);
  return key;
}

let known: string | null = null;

/** The key from the address or storage, without asking the server. */
export const localKey = (): string | null => (known ??= takeKeyFromAddress() ?? stored());

/** The key, asking the server (loopback only) when this device has none; `null` on a trainee's device. */
export async function trainerKey(): Promise<string | null> {
  const key = localKey();
  if (key) return key;
  const result = await liveRequest<TrainerKeyResponse>('/trainer-key');
  if (!result.ok || !result.data.key) return null;
  known = result.data.key;
  saveKey(known);
  return known;
}

/** A stored key the server refused (a restarted server made a new one) is forgotten. */
export function forgetKey(): void {
  known = null;
  try {
    localStorage.removeItem(LIVE_KEY_STORAGE);
  } catch {
    // Nothing kept, nothing to forget.
  }
}
