/**
 * The storage engine of every persistent store: localStorage behind createSafeStorage, so private
 * mode or full storage never breaks an island, and the learner is told (`$storageNotice`).
 * Stored values are re-read when another tab (`storage` event) or the page script (PROGRESS_EVENT) writes.
 */
import { atom } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { NOTICE_EVENT, PROGRESS_EVENT } from '../platform/progress';
import { createSafeStorage } from '../platform/safe-storage';
import type { NoticeCode } from '../platform/notices';

/** What the page must tell the learner about saved data (texts live in the HTML), or null. */
export const $storageNotice = atom<NoticeCode | null>(null);

/** Records the problem for islands and asks the page script to show its notice. */
export function raiseStorageNotice(code: NoticeCode): void {
  $storageNotice.set(code);
  window.dispatchEvent(new CustomEvent(NOTICE_EVENT, { detail: code }));
}

// On the server (static build) there is no storage: islands render their initial state.
const inBrowser = typeof window !== 'undefined';

export const storage: Record<string, string> = inBrowser
  ? createSafeStorage(() => window.localStorage, raiseStorageNotice)
  : {};

if (inBrowser) {
  setPersistentEngine(storage, {
    addEventListener(key, listener, restore) {
      windowPersistentEvents.addEventListener(key, listener, restore);
      window.addEventListener(PROGRESS_EVENT, restore);
    },
    removeEventListener(key, listener, restore) {
      windowPersistentEvents.removeEventListener(key, listener, restore);
      window.removeEventListener(PROGRESS_EVENT, restore);
    },
  });
}

/** Stores get persistentAtom from here, never from the library, so the engine is set before any atom first reads. */
export { persistentAtom };
