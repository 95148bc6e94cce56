/**
 * The learner's progress as a nanostore for islands and the progress page, persisted under one
 * versioned localStorage key. Storage is the source of truth: the store re-reads it when another
 * tab writes (`storage` event) or when the page script writes (PROGRESS_EVENT), and announces its
 * own writes (setProgress) with PROGRESS_EVENT.
 */
import { atom } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { NOTICE_EVENT, PROGRESS_EVENT, PROGRESS_KEY, emptyProgress, recoverProgress, type Progress } from '../platform/progress';
import { createSafeStorage } from '../platform/safe-storage';
import type { NoticeCode } from '../platform/notices';

/** What the page must tell the learner about saved data (texts live in the HTML), or null. */
export const storageNotice = atom<NoticeCode | null>(null);

/** Records the problem for islands and asks the page script to show its notice. */
function raise(code: NoticeCode): void {
  storageNotice.set(code);
  window.dispatchEvent(new CustomEvent(NOTICE_EVENT, { detail: code }));
}

// On the server (static build) there is no storage: islands render their initial state.
const inBrowser = typeof window !== 'undefined';
const storage: Record<string, string> = inBrowser
  ? createSafeStorage(() => window.localStorage, raise)
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

function decode(raw: string): Progress {
  const { progress, problem } = recoverProgress(raw, storage);
  if (problem) raise(problem);
  return progress;
}

export const progress = persistentAtom<Progress>(PROGRESS_KEY, emptyProgress(), { encode: JSON.stringify, decode });

/** Every write from islands and tools goes here, so the page script (badges, 「标记为已完成」) hears it. */
export function setProgress(next: Progress): void {
  progress.set(next);
  window.dispatchEvent(new Event(PROGRESS_EVENT));
}
