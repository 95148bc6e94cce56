/**
 * The 「导出学习进度」 file: what it holds, its name, and what it holds in words. Small and separate from
 * the import checks (progress-file.ts), because every page's script can export (the storage notice).
 */
import type { Progress } from './progress';

export const EXPORT_KIND = 'svc-course-progress';

export interface ProgressExport {
  kind: typeof EXPORT_KIND;
  exportedAt: string;
  progress: Progress;
  /** The name for the certificate (svc-course:learner), when the learner has given one. */
  learner?: string;
}

export function createProgressExport(progress: Progress, now: string, learner?: string): string {
  const file: ProgressExport = { kind: EXPORT_KIND, exportedAt: now, progress, ...(learner ? { learner } : {}) };
  return JSON.stringify(file, null, 2);
}

/** File name with the date, e.g. 学习进度-2026-11-23.json */
export function exportFileName(now: string): string {
  return `学习进度-${now.slice(0, 10)}.json`;
}
