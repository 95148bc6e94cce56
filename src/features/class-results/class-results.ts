/**
 * 班级成绩: the trainer drops the trainees' results files on one page; each valid file becomes a
 * row. Bad files and duplicates are reported by file name and skipped. Two files with the same
 * name are one learner's exports only when the newer one carries all of the older one's state
 * (every exam attempt, no module or check behind); otherwise both are kept and flagged 同名, since
 * they may be two people — or one person on two devices, which only the trainer can tell.
 * 通过 is decided here from the scores and the course's pass marks, never taken from the file.
 */
import { csvText, type CsvValue } from '../../platform/csv.ts';
import { MAX_HISTORY } from '../assessment/exam.ts';
import { beijingTime, learnerNameProblem, parseResultsFile, type ResultsFile } from './results-file.ts';

/** A class, or a live room's results split per participant, of up to a thousand trainees at once. */
export const MAX_FILES = 1000;

export interface ClassFile {
  name: string;
  text: string;
  size: number;
  /** The block's number (1, 2, …) when it came from pasted chat text rather than a file. */
  pasted?: number;
}

/** The course's pass marks (content/course.yaml), by which every score is judged. */
export interface PassMarks {
  exam: number;
  check: number;
}

/** A module as a column of the table: from the course, or from a file when the course lacks it. */
export interface ModuleColumn {
  id: string;
  code: string;
  title: string;
}

export interface ModuleCheck extends ModuleColumn {
  complete: boolean;
  /** Best knowledge-check score, 0–100; null = not taken. */
  checkBest: number | null;
  /** From the score and the course's check pass mark. */
  checkPassed: boolean;
  /** Finished check attempts; null when the file does not count them (older files, live rooms). */
  checkAttempts: number | null;
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
  /** Every module in the file, in its order. */
  modules: ModuleCheck[];
  /** Best exam score, 0–100; null without attempts. */
  bestPercent: number | null;
  exam: ExamStatus;
  attempts: number;
  /** When the learner first passed, else when they last tried; null without attempts. */
  examAt: string | null;
}

/** Why a file is not a row: the paste summary counts them by kind. */
export type ProblemKind = 'limit' | 'invalid' | 'incomplete' | 'duplicate' | 'older';

export interface FileProblem {
  file: string;
  kind: ProblemKind;
  message: string;
  /** For a cut-off paste: whose it was (the name read from the fragment), else 「第 N 段」. */
  who?: string;
}

export const EXAM_LABELS: Readonly<Record<ExamStatus, string>> = { passed: '通过', failed: '未通过', absent: '未参加' };

interface Loaded {
  name: string;
  file: ResultsFile;
}

/** Names compare without spaces, case or full-width/half-width differences: 「张 三」 is 「张三」. */
const nameKey = (learner: string) => learner.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
const time = (iso: string) => Date.parse(iso);

function toRow({ name, file }: Loaded, sameName: boolean, marks: PassMarks): ClassRow {
  const attempts = [...file.exam.attempts].sort((a, b) => time(a.submittedAt) - time(b.submittedAt));
  // The file's own `passed` and pass mark are the learner's browser's word; the course's mark decides.
  const firstPass = attempts.find((attempt) => attempt.percent >= marks.exam);
  const modules = file.modules.map(({ id, code, title, complete, checkBest, checkAttempts }): ModuleCheck => ({
    id,
    code,
    title,
    complete,
    checkBest,
    checkPassed: checkBest !== null && checkBest >= marks.check,
    checkAttempts,
  }));
  return {
    file: name,
    learner: file.learner,
    sameName,
    exportedAt: file.exportedAt,
    modulesComplete: modules.filter((module) => module.complete).length,
    modulesTotal: modules.length,
    checksPassed: modules.filter((module) => module.checkPassed).length,
    // Every module of this course has a knowledge check; one without would count as not passed.
    checksTotal: modules.length,
    modules,
    bestPercent: attempts.length ? Math.max(...attempts.map((attempt) => attempt.percent)) : null,
    exam: firstPass ? 'passed' : attempts.length ? 'failed' : 'absent',
    attempts: attempts.length,
    examAt: (firstPass ?? attempts[attempts.length - 1])?.submittedAt ?? null,
  };
}

/**
 * Whether `newer` is a later export of the learner who exported `older`: it holds every older exam
 * attempt (the exam keeps the last MAX_HISTORY, so with a full history an attempt older than all
 * of them may have dropped out), and no module is behind — not un-completed, no check best lower,
 * no fewer check attempts (where both files count them), none with progress missing. Nothing is taken on trust from an empty side: each older item must
 * be found in the newer one.
 */
export function carriesState(newer: ResultsFile, older: ResultsFile): boolean {
  if (newer.course !== older.course) return false;
  const newerAttempts = new Map(newer.exam.attempts.map((attempt) => [attempt.id, attempt]));
  const earliest = Math.min(...newer.exam.attempts.map((attempt) => time(attempt.submittedAt)));
  const historyFull = newer.exam.attempts.length >= MAX_HISTORY;
  const attemptsKept = older.exam.attempts.every((attempt) => {
    const same = newerAttempts.get(attempt.id);
    if (same) return same.submittedAt === attempt.submittedAt && same.percent === attempt.percent;
    return historyFull && time(attempt.submittedAt) < earliest;
  });
  const newerModules = new Map(newer.modules.map((module) => [module.id, module]));
  const modulesKept = older.modules.every((module) => {
    const later = newerModules.get(module.id);
    if (!later) return !module.complete && module.checkBest === null;
    return (
      (!module.complete || later.complete) &&
      (module.checkBest === null || (later.checkBest !== null && later.checkBest >= module.checkBest)) &&
      (module.checkAttempts === null || later.checkAttempts === null || later.checkAttempts >= module.checkAttempts)
    );
  });
  return attemptsKept && modulesKept;
}

/** The learner's name as far as a cut-off results block shows it, or null when it cannot be read. */
export function fragmentLearner(fragment: string): string | null {
  const match = /"learner"\s*:\s*("(?:[^"\\]|\\.)*")/.exec(fragment);
  if (!match) return null;
  try {
    const name = JSON.parse(match[1]!) as string;
    return learnerNameProblem(name) === null ? name.trim() : null;
  } catch {
    return null;
  }
}

/** The first characters of a fragment, on one line, for telling the trainer which block it was. */
const opening = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return [...flat].length > 24 ? `${[...flat].slice(0, 24).join('')}…` : flat;
};

/** A pasted block that is not JSON: a message cut off in the chat, reported by whose it was. */
function incomplete(file: ClassFile & { pasted: number }): FileProblem {
  const learner = fragmentLearner(file.text);
  return learner === null
    ? {
        file: file.name,
        kind: 'incomplete',
        who: `第 ${file.pasted} 段`,
        message: `不完整（开头是「${opening(file.text)}」），看不出是谁的，可能是消息被截断了，没有计入。请发这段的学员重新「复制成绩」发来。`,
      }
    : {
        file: file.name,
        kind: 'incomplete',
        who: learner,
        message: `是「${learner}」的成绩，但不完整（可能是消息被截断了），没有计入。请他重新「复制成绩」发来。`,
      };
}

/** Reads every file; rows keep the order the files came in. */
export function collectResults(
  files: readonly ClassFile[],
  marks: PassMarks,
): { rows: ClassRow[]; problems: FileProblem[] } {
  const problems: FileProblem[] = [];
  const loaded: Array<Loaded & { content: string }> = [];
  files.forEach((item, index) => {
    const { name, text, size, pasted } = item;
    if (index >= MAX_FILES)
      return problems.push({
        file: name,
        kind: 'limit',
        message: `一次最多读取 ${MAX_FILES} 个文件，这个文件未读取。`,
      });
    const result = parseResultsFile(text, size);
    if (!result.ok)
      return problems.push(
        pasted !== undefined && result.notJson
          ? incomplete({ ...item, pasted })
          : { file: name, kind: 'invalid', message: result.message },
      );
    // Compared after decoding, so the same file saved again with other spacing is still the same.
    const content = JSON.stringify(result.file);
    const same = loaded.find((other) => other.content === content);
    if (same) return problems.push({ file: name, kind: 'duplicate', message: `与「${same.name}」内容相同，已跳过。` });
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
      const newer = kept.find((other) => carriesState(other.file, item.file));
      if (!newer) {
        kept.push(item);
        continue;
      }
      superseded.add(item);
      problems.push({
        file: item.name,
        kind: 'older',
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
        marks,
      ),
    );
  return { rows, problems };
}

/**
 * The module columns for these rows: the course's modules that any row has, in course order, then
 * modules the course does not know (another edition's file) in the order they first appear.
 */
export function moduleColumns(rows: readonly ClassRow[], course: readonly ModuleColumn[]): ModuleColumn[] {
  const seen = new Map<string, ModuleColumn>();
  for (const row of rows)
    for (const { id, code, title } of row.modules) if (!seen.has(id)) seen.set(id, { id, code, title });
  const known = course.filter((module) => seen.has(module.id));
  const courseIds = new Set(course.map((module) => module.id));
  return [...known, ...[...seen.values()].filter((module) => !courseIds.has(module.id))];
}

/** A row's module by id, or undefined when its file does not have that module. */
export const moduleOf = (row: ClassRow, id: string): ModuleCheck | undefined =>
  row.modules.find((module) => module.id === id);

/** A row is 未通过 until the learner has passed the exam (never having taken it included). */
export const notPassed = (rows: readonly ClassRow[]): ClassRow[] => rows.filter((row) => row.exam !== 'passed');

/** A column to sort by: a fixed one, or a module's check, by best score then attempts (`check:m3`). */
export type SortKey =
  'learner' | 'modules' | 'checks' | 'best' | 'exam' | 'attempts' | 'examAt' | 'exportedAt' | `check:${string}`;
export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator('zh-CN');
const EXAM_RANK: Readonly<Record<ExamStatus, number>> = { absent: 0, failed: 1, passed: 2 };

function sortValue(row: ClassRow, key: SortKey): string | number | null {
  switch (key) {
    case 'learner':
      return row.learner;
    case 'modules':
      return row.modulesComplete;
    case 'checks':
      return row.checksPassed;
    case 'best':
      return row.bestPercent;
    case 'exam':
      return EXAM_RANK[row.exam];
    case 'attempts':
      return row.attempts;
    case 'examAt':
      return row.examAt === null ? null : time(row.examAt);
    case 'exportedAt':
      return time(row.exportedAt);
    default:
      return moduleOf(row, key.slice('check:'.length))?.checkBest ?? null;
  }
}

/** Among equal check scores, fewer attempts rank higher (so first when best comes first). */
const tieValue = (row: ClassRow, key: SortKey): number | null => {
  const attempts = (key.startsWith('check:') ? moduleOf(row, key.slice('check:'.length))?.checkAttempts : null) ?? null;
  return attempts === null ? null : -attempts;
};

/** Missing values last in both directions; 0 when both are missing. */
function compareValues(x: string | number | null, y: string | number | null, sign: number): number {
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  return (typeof x === 'string' && typeof y === 'string' ? collator.compare(x, y) : Number(x) - Number(y)) * sign;
}

/**
 * A sorted copy. Chinese names sort by pinyin (zh-CN collation). Missing values (no exam, a check
 * not taken, attempts not counted) go last in both directions; ties are broken by name, then file
 * name, so the order is always the same.
 */
export function sortRows(rows: readonly ClassRow[], key: SortKey, direction: SortDirection): ClassRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort(
    (a, b) =>
      compareValues(sortValue(a, key), sortValue(b, key), sign) ||
      compareValues(tieValue(a, key), tieValue(b, key), sign) ||
      collator.compare(a.learner, b.learner) ||
      collator.compare(a.file, b.file),
  );
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

/**
 * The table for Excel; counts stay in their own columns so Excel never reads 「5/7」 as a date. Each
 * module adds two, in the table's module columns: its check's best score and its attempts.
 */
export function classCsv(rows: readonly ClassRow[], columns: readonly ModuleColumn[]): string {
  const header: CsvValue[] = [
    '学员',
    '完成模块',
    '模块总数',
    '通过检测',
    '检测总数',
    '考试最高分（%）',
    '考试结果',
    '考试次数',
    '考试日期',
    '导出日期',
    '备注',
    '文件',
    ...columns.flatMap((column) => [`${column.code} 检测最高分（%）`, `${column.code} 检测次数`]),
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
      row.attempts,
      row.examAt === null ? '' : displayDate(row.examAt),
      displayDate(row.exportedAt),
      row.sameName ? '同名' : '',
      row.file,
      ...columns.flatMap((column): CsvValue[] => {
        const module = moduleOf(row, column.id);
        const best = module?.checkBest ?? null;
        return [best === null ? null : displayPercent(best), module?.checkAttempts ?? null];
      }),
    ]),
  ]);
}

/** A paste longer than this is refused unread: a whole class's results are a few hundred KB. */
export const MAX_PASTE_CHARS = 2_000_000;

/** Where a results file starts (its first key, as createResultsFile writes it); nothing inside one matches. */
const RESULTS_START = /^\{\s*"kind"\s*:/;

/**
 * Every top-level `{…}` block in pasted text, in order. Results sent as WeChat messages arrive with
 * names, times and chat text around them; that is skipped, and braces inside JSON strings do not
 * count. A block cut short (a message cut off in the chat) is kept, so it is reported, not lost:
 * at the end, or where the next results file starts — it would otherwise swallow that one too.
 */
export function jsonBlocks(text: string): string[] {
  const blocks: string[] = [];
  let depth = 0;
  let start = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (depth > 0 && char === '{' && RESULTS_START.test(text.slice(index, index + 40))) {
      blocks.push(text.slice(start, index).trimEnd());
      depth = 0;
      inString = false;
    }
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

/**
 * The results in the trainer's `paste`-th paste, as files named 「粘贴 3」 or 「粘贴 3 · 第 2 段」
 * for the table and its problems.
 */
export function pastedFiles(text: string, paste: number): ClassFile[] {
  if (text.length > MAX_PASTE_CHARS) return [];
  const blocks = jsonBlocks(text);
  return asFiles(blocks, (index) => (blocks.length === 1 ? `粘贴 ${paste}` : `粘贴 ${paste} · 第 ${index + 1} 段`)).map(
    (file, index) => ({ ...file, pasted: index + 1 }),
  );
}

/**
 * What one paste gave, counted from the problems the whole table reported for its blocks:
 * 「读到 12 份，9 份有效，2 份不完整（王磊、第 3 段），1 份重复。」 An older export of a learner is
 * valid (it was read, the newer one counts); anything else not counted is 有问题, explained below.
 */
export function pasteSummary(pasted: readonly ClassFile[], problems: readonly FileProblem[]): string {
  const names = new Set(pasted.map((file) => file.name));
  const mine = problems.filter((problem) => names.has(problem.file));
  const count = (kinds: readonly ProblemKind[]) => mine.filter((problem) => kinds.includes(problem.kind));
  const cut = count(['incomplete']);
  const duplicates = count(['duplicate']).length;
  const bad = count(['invalid', 'limit']).length;
  const parts = [`读到 ${pasted.length} 份`, `${pasted.length - cut.length - duplicates - bad} 份有效`];
  if (cut.length) parts.push(`${cut.length} 份不完整（${cut.map((problem) => problem.who).join('、')}）`);
  if (duplicates) parts.push(`${duplicates} 份重复`);
  if (bad) parts.push(`${bad} 份有问题`);
  return `${parts.join('，')}。`;
}
