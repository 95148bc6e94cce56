/**
 * The storage notice's 「导出本页的进度」 (part of the page script, so kept tiny; its texts are in the
 * HTML): when storage is refused or full, what this page did is in memory alone, so the learner saves
 * it from here as a progress file. The file's text is also shown, to copy where downloads are ignored
 * (WeChat's own browser); 我的进度 imports pasted text.
 */
import { readPageProgress } from '../browser/page-storage';
import { createProgressExport, exportFileName } from '../platform/progress-export';
import type { Progress } from '../platform/progress';

/** Makes the notice's button save the progress this page holds. */
export function offerPageSave(): void {
  document.querySelector('[data-notice-save]')!.addEventListener('click', () => savePageProgress(readPageProgress()));
}

function savePageProgress(progress: Progress): void {
  const now = new Date().toISOString();
  const text = createProgressExport(progress, now);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = exportFileName(now);
  link.click();
  const copy = document.querySelector<HTMLTextAreaElement>('[data-notice-copy]')!;
  copy.value = text;
  copy.parentElement!.hidden = false;
  const counts = document.querySelector<HTMLElement>('[data-notice-saved]')!;
  counts.hidden = false;
  counts.querySelector('[data-exercises]')!.textContent = String(Object.keys(progress.exercises).length);
}
