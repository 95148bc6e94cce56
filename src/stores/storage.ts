/**
 * The storage engine of every persistent store: the page's one storage (browser/page-storage.ts),
 * so private mode or full storage never breaks an island and the learner is told; `$storageNotice`
 * lets islands say that their answers are only on this page. Stored values are re-read when another
 * tab (`storage` event) or the page script (PROGRESS_EVENT) writes.
 */
import { atom } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { NOTICE_EVENT, PROGRESS_EVENT } from '../platform/progress';
import { pageStorage, showStorageNotice, shownStorageNotice } from '../browser/page-storage';
import type { NoticeCode } from '../platform/notices';

// On the server (static build) there is no storage: islands render their initial state.
const inBrowser = typeof window !== 'undefined';

/** What the page has told the learner about saved data, or null. */
export const $storageNotice = atom<NoticeCode | null>(null);

/** Shows the page's notice (and so sets $storageNotice). */
export const raiseStorageNotice = showStorageNotice;

export const storage: Record<string, string> = inBrowser ? pageStorage() : {};

if (inBrowser) {
  // The notice may have been raised before this module ran (by the page script, or while opening storage above).
  $storageNotice.set(shownStorageNotice() ?? null);
  window.addEventListener(NOTICE_EVENT, (event) => $storageNotice.set((event as CustomEvent<NoticeCode>).detail));
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
