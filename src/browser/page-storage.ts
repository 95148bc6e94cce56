/**
 * The page's one storage and its one notice. Every script on a page (the page script, the islands,
 * the plan page) reads and writes through `pageStorage()`, so when the browser refuses storage or
 * it is full they share one in-memory copy instead of each keeping its own. `showStorageNotice`
 * marks the page (`<html data-storage-notice>`), which shows the notice in its HTML at once, so it
 * appears whichever script meets the problem first and whatever loaded first; NOTICE_EVENT then
 * tells the islands.
 */
import { NOTICE_EVENT, PROGRESS_KEY, recoverProgress, type Progress } from '../platform/progress';
import { createSafeStorage } from '../platform/safe-storage';
import type { NoticeCode } from '../platform/notices';

/** Shows the notice for `code` (CSS shows its text, in the page's HTML, from the data attribute) and tells the islands. */
export function showStorageNotice(code: NoticeCode): void {
  const root = document.documentElement;
  if (root.dataset.storageNotice === code) return;
  root.dataset.storageNotice = code;
  window.dispatchEvent(new CustomEvent(NOTICE_EVENT, { detail: code }));
}

/** The notice already shown on this page, if any (for a script that starts after it was raised). */
export const shownStorageNotice = (): NoticeCode | undefined =>
  document.documentElement.dataset.storageNotice as NoticeCode | undefined;

let storage: Record<string, string> | undefined;

export function pageStorage(): Record<string, string> {
  storage ??= createSafeStorage(() => window.localStorage, showStorageNotice);
  return storage;
}

/** The saved progress; a value that cannot be read is set aside (recoverProgress) and the notice shown. */
export function readPageProgress(): Progress {
  const { progress, problem } = recoverProgress(pageStorage()[PROGRESS_KEY], pageStorage());
  if (problem) showStorageNotice(problem);
  return progress;
}
