/** How an imported 「学习进度」 file is checked (what an export holds is in progress-export.ts). */
import { isRecord } from './decode';
import { validateProgress, type Progress } from './progress';
import { EXPORT_KIND } from './progress-export';
import { normaliseLearnerName } from './learner';

/**
 * The most a browser lets one site store: about 5 million characters of localStorage. The course can
 * never save more, so no export of it is larger than that, pretty-printed and in UTF-8 (up to 3 bytes
 * a character): anything larger is not one of ours. Today's largest state (30 exam attempts, every
 * plan full) exports to about 0.3 MB.
 */
export const MAX_STORED_CHARACTERS = 5 * 1024 * 1024;
export const MAX_IMPORT_BYTES = 3 * MAX_STORED_CHARACTERS + 1024 * 1024;

/** `learner`: the certificate's name, when the file carries one. */
export type ImportResult = { ok: true; progress: Progress; learner?: string } | { ok: false; message: string };

/** No answer and no completed module: nothing a learner would miss if it were replaced (visits do not count). */
export function isEmptyProgress(progress: Progress): boolean {
  return (
    Object.keys(progress.exercises).length === 0 &&
    !Object.values(progress.modules).some((record) => record.completedAt)
  );
}

/** What a progress record holds, in words, for the messages after an export or an import. */
export function describeProgress(progress: Progress): string {
  if (isEmptyProgress(progress)) return '还没有任何作答和已完成的模块';
  const complete = Object.values(progress.modules).filter((record) => record.completedAt).length;
  return `${Object.keys(progress.exercises).length} 个练习的作答，${complete} 个已完成的模块`;
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
  // The name is written as the course saves it (normalised, 1–40 characters); anything else was not.
  const { learner } = parsed;
  if (learner === undefined) return { ok: true, progress };
  if (typeof learner !== 'string' || !learner || normaliseLearnerName(learner) !== learner) {
    return { ok: false, message: '文件中证书上的姓名不是本课程保存的格式，无法导入。进度未做任何改动。' };
  }
  return { ok: true, progress, learner };
}
