/** The 「导出 / 导入学习进度」 file: what it contains and how an imported file is checked. */
import { isRecord } from './decode';
import { validateProgress, type Progress } from './progress';

export const EXPORT_KIND = 'svc-course-progress';
/** A real export is a few KB; anything this large is not one of ours. */
export const MAX_IMPORT_BYTES = 256 * 1024;

export interface ProgressExport {
  kind: typeof EXPORT_KIND;
  exportedAt: string;
  progress: Progress;
}

export type ImportResult = { ok: true; progress: Progress } | { ok: false; message: string };

export function createProgressExport(progress: Progress, now: string): string {
  const file: ProgressExport = { kind: EXPORT_KIND, exportedAt: now, progress };
  return JSON.stringify(file, null, 2);
}

/** File name with the date, e.g. 学习进度-2026-11-23.json */
export function exportFileName(now: string): string {
  return `学习进度-${now.slice(0, 10)}.json`;
}

/** Checks an imported file completely before anything is changed. */
export function parseProgressImport(text: string, sizeInBytes: number): ImportResult {
  if (sizeInBytes > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      message: `文件太大（${Math.ceil(sizeInBytes / 1024)} KB），不是本课程导出的进度文件。进度未做任何改动。`,
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, message: '文件不是有效的 JSON，可能已损坏或选错了文件。进度未做任何改动。' };
  }
  if (!isRecord(parsed) || parsed.kind !== EXPORT_KIND) {
    return { ok: false, message: '这不是本课程导出的学习进度文件。进度未做任何改动。' };
  }
  const progress = validateProgress(parsed.progress);
  if (!progress) {
    return { ok: false, message: '文件中的进度数据不完整或来自不兼容的版本，无法导入。进度未做任何改动。' };
  }
  return { ok: true, progress };
}
