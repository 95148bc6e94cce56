/**
 * The learner's progress as a nanostore for islands and the progress page, persisted under one
 * versioned localStorage key. Storage is the source of truth (see storage.ts); the store announces
 * its own writes (setProgress) with PROGRESS_EVENT so the page script hears them.
 */
import { PROGRESS_EVENT, PROGRESS_KEY, emptyProgress, recoverProgress, type Progress } from '../platform/progress';
import { persistentAtom, raiseStorageNotice, storage } from './storage';

function decode(raw: string): Progress {
  const { progress, problem } = recoverProgress(raw, storage);
  if (problem) raiseStorageNotice(problem);
  return progress;
}

export const $progress = persistentAtom<Progress>(PROGRESS_KEY, emptyProgress(), { encode: JSON.stringify, decode });

/** Every write from islands and tools goes here, so the page script (badges, 「标记为已完成」) hears it. */
export function setProgress(next: Progress): void {
  $progress.set(next);
  window.dispatchEvent(new Event(PROGRESS_EVENT));
}
