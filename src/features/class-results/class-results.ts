/**
 * 班级成绩: the trainer drops the trainees' results files on one page; each valid file becomes a
 * row. Bad files and duplicates are reported by file name and skipped. Two files with the same
 * name are the same learner when the older one's exam attempts all appear in the newer one (a
 * later export carries every earlier attempt); otherwise both are kept and flagged 同名, since
 * they may be two people — or one person on two devices, which only the trainer can tell.
 */
import { csvText, type CsvValue } from '../../platform/csv.ts';
import { beijingTime, parseResultsFile, type ResultsFile } from './results-file.ts';

/** A class is a few dozen trainees; this keeps a mistaken drop of a whole folder harmless. */
export const MAX_FILES = 200;

export interface ClassFile {
  name: string;
  text: string;
  size: number;
}

export type ExamStatus = 'passed' | 'failed' | 'absent';

export interface ClassRow {
  /** The file the row came from. */
  file: string;
  learner: string;
  /** Another row has the same name: two people, or one learner's exports from two devices. */
  sameName: boolean;
  exportedAt: string;
  modulesComplete: number;
  modulesTotal: number;
  checksPassed: number;
  checksTotal: number;
  /** Best exam score, 0–100; null without attempts. */
  bestPercent: number | null;
  exam: ExamStatus;
  attempts: number;
  /** When the learner first passed, else when they last tried; null without attempts. */
  examAt: string | null;
}

export interface FileProblem {
  file: string;
  message: string;
}

export const EXAM_LABELS: Readonly<Record<ExamStatus, string>> = { passed: '通过', failed: '未通过', absent: '未参加' };

interface Loaded {
  name: string;
  file: ResultsFile;
}

/** Names compare without spaces, case or full-width/half-width differences: 「张 三」 is 「张三」. */
const nameKey = (learner: string) => learner.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
const time = (iso: string) => Date.parse(iso);
const attemptIds = (file: ResultsFile) => new Set(file.exam.attempts.map((attempt) => attempt.id));

function toRow({ name, file }: Loaded, sameName: boolean): ClassRow {
  const attempts = [...file.exam.attempts].sort((a, b) => time(a.submittedAt) - time(b.submittedAt));
  const firstPass = attempts.find((attempt) => attempt.passed);
  return {
    file: name,
    learner: file.learner,
    sameName,
    exportedAt: file.exportedAt,
    modulesComplete: file.modules.filter((module) => module.complete).length,
    modulesTotal: file.modules.length,
    checksPassed: file.modules.filter((module) => module.checkPassed).length,
    // Every module of this course has a knowledge check; one without would count as not passed.
    checksTotal: file.modules.length,
    bestPercent: attempts.length ? Math.max(...attempts.map((attempt) => attempt.percent)) : null,
    exam: firstPass ? 'passed' : attempts.length ? 'failed' : 'absent',
    attempts: attempts.length,
    examAt: (firstPass ?? attempts[attempts.length - 1])?.submittedAt ?? null,
  };
}

/** Reads every file; rows keep the order the files came in. */
export function collectResults(files: readonly ClassFile[]): { rows: ClassRow[]; problems: FileProblem[] } {
  const problems: FileProblem[] = [];
  const loaded: Array<Loaded & { content: string }> = [];
  files.forEach(({ name, text, size }, index) => {
    if (index >= MAX_FILES)
      return problems.push({ file: name, message: `一次最多读取 ${MAX_FILES} 个文件，这个文件未读取。` });
    const result = parseResultsFile(text, size);
    if (!result.ok) return problems.push({ file: name, message: result.message });
    // Compared after decoding, so the same file saved again with other spacing is still the same.
    const content = JSON.stringify(result.file);
    const same = loaded.find((item) => item.content === content);
    if (same) return problems.push({ file: name, message: `与「${same.name}」内容相同，已跳过。` });
    loaded.push({ name, file: result.file, content });
  });

  const superseded = new Set<Loaded>();
  const groups = new Map<string, Loaded[]>();
  for (const item of loaded) {
    const key = nameKey(item.file.learner);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  for (const group of groups.values()) {
    const newestFirst = [...group].sort((a, b) => time(b.file.exportedAt) - time(a.file.exportedAt));
    const kept: Loaded[] = [];
    for (const item of newestFirst) {
      const ids = attemptIds(item.file);
      const newer = kept.find((other) => [...ids].every((id) => attemptIds(other.file).has(id)));
      if (!newer) {
        kept.push(item);
        continue;
      }
      superseded.add(item);
      problems.push({
        file: item.name,
        message: `是「${item.file.learner}」较早的导出，已按较新的「${newer.name}」计算。如果这是另一位同名学员，请他在姓名后加以区分（如「${item.file.learner}2」）后重新导出。`,
      });
    }
  }

  const rows = loaded
    .filter((item) => !superseded.has(item))
    .map((item, _index, all) =>
      toRow(
        item,
        all.some((other) => other !== item && nameKey(other.file.learner) === nameKey(item.file.learner)),
      ),
    );
  return { rows, problems };
}

export type SortKey = 'learner' | 'modules' | 'checks' | 'best' | 'exam' | 'examAt' | 'exportedAt';
export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator('zh-CN');
const EXAM_RANK: Readonly<Record<ExamStatus, number>> = { absent: 0, failed: 1, passed: 2 };
const SORT_VALUE: Readonly<Record<SortKey, (row: ClassRow) => string | number | null>> = {
  learner: (row) => row.learner,
  modules: (row) => row.modulesComplete,
  checks: (row) => row.checksPassed,
  best: (row) => row.bestPercent,
  exam: (row) => EXAM_RANK[row.exam],
  examAt: (row) => (row.examAt === null ? null : time(row.examAt)),
  exportedAt: (row) => time(row.exportedAt),
};

/**
 * A sorted copy. Chinese names sort by pinyin (zh-CN collation). Missing values (no exam) go last
 * in both directions; ties are broken by name, then file name, so the order is always the same.
 */
export function sortRows(rows: readonly ClassRow[], key: SortKey, direction: SortDirection): ClassRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = SORT_VALUE[key](a);
    const y = SORT_VALUE[key](b);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const order = typeof x === 'string' && typeof y === 'string' ? collator.compare(x, y) : Number(x) - Number(y);
      if (order) return order * sign;
    }
    return collator.compare(a.learner, b.learner) || collator.compare(a.file, b.file);
  });
}

/** Scores are cut (not rounded) to one decimal, so 79.96 never shows as a pass mark of 80. */
export function displayPercent(percent: number): number {
  return Math.floor(percent * 10 + 1e-9) / 10;
}

export const displayDate = (iso: string | null): string => (iso === null ? '—' : beijingTime(iso).slice(0, 10));

export function summarize(rows: readonly ClassRow[]): Record<ExamStatus, number> & { learners: number } {
  const count = (exam: ExamStatus) => rows.filter((row) => row.exam === exam).length;
  return { learners: rows.length, passed: count('passed'), failed: count('failed'), absent: count('absent') };
}

/** The table for Excel; counts stay in their own columns so Excel never reads 「5/7」 as a date. */
export function classCsv(rows: readonly ClassRow[]): string {
  const header: CsvValue[] = [
    '学员',
    '完成模块',
    '模块总数',
    '通过检测',
    '检测总数',
    '考试最高分（%）',
    '考试结果',
    '考试日期',
    '导出日期',
    '备注',
    '文件',
  ];
  return csvText([
    header,
    ...rows.map((row): CsvValue[] => [
      row.learner,
      row.modulesComplete,
      row.modulesTotal,
      row.checksPassed,
      row.checksTotal,
      row.bestPercent === null ? null : displayPercent(row.bestPercent),
      EXAM_LABELS[row.exam],
      row.examAt === null ? '' : displayDate(row.examAt),
      displayDate(row.exportedAt),
      row.sameName ? '同名' : '',
      row.file,
    ]),
  ]);
}

/** A paste longer than this is refused unread: a whole class's results are a few hundred KB. */
export const MAX_PASTE_CHARS = 2_000_000;

/**
 * Every top-level `{…}` block in pasted text, in order. Results sent as WeChat messages arrive with
 * names, times and chat text around them; that is skipped, and braces inside JSON strings do not
 * count. An unclosed block at the end (a message cut short) is kept, so it is reported, not lost.
 */
export function jsonBlocks(text: string): string[] {
  const blocks: string[] = [];
  let depth = 0;
  let start = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (depth === 0) {
      if (char === '{') {
        start = index;
        depth = 1;
      }
    } else if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '{') {
      depth += 1;
    } else if (char === '}') {
      depth -= 1;
      if (depth === 0) blocks.push(text.slice(start, index + 1));
    }
  }
  if (depth > 0) blocks.push(text.slice(start));
  return blocks;
}

const asFiles = (blocks: readonly string[], name: (index: number) => string): ClassFile[] =>
  blocks.map((block, index) => ({ name: name(index), text: block, size: new TextEncoder().encode(block).length }));

/**
 * A file as the table reads it: a learner's results file as it is, or a live room's export
 * (`results.json` from `npm run live`: a list of results files, one per participant) as one file
 * per participant, named 「live-ABCD-results.json · 第 2 份」.
 */
export function expandFile(file: ClassFile): ClassFile[] {
  if (!file.text.trimStart().startsWith('[')) return [file];
  const blocks = jsonBlocks(file.text);
  return blocks.length ? asFiles(blocks, (index) => `${file.name} · 第 ${index + 1} 份`) : [file];
}

/** The results in the trainer's `paste`-th paste, as files named 「粘贴 3」 or 「粘贴 3 · 第 2 份」 for the table and its problems. */
export function pastedFiles(text: string, paste: number): ClassFile[] {
  if (text.length > MAX_PASTE_CHARS) return [];
  const blocks = jsonBlocks(text);
  return asFiles(blocks, (index) => (blocks.length === 1 ? `粘贴 ${paste}` : `粘贴 ${paste} · 第 ${index + 1} 份`));
}
