/**
 * The learner's results file (学习成绩文件): what a trainee exports and sends to the trainer, and the
 * complete check every file gets before the trainer's page shows anything from it. Grading ran in
 * the learner's browser and the file is plain JSON that anyone can edit: fit for training, not for
 * high-stakes exams. The decoder is hand-written rather than zod to keep the trainer page small.
 */
import { csvText, type CsvValue } from '../../platform/csv.ts';
import { isId, isIsoTime, isRecord, ownField } from '../../platform/decode.ts';
import { cutText, isList, isText, isWholeNumber, textLength } from '../../platform/decode-limits.ts';
import { LEARNER_NAME_MAX, hasBlankLetter } from '../../platform/learner.ts';

export const RESULTS_KIND = 'svc-course-results';
export const RESULTS_VERSION = 1;
/**
 * Limits that hold for ten times today's course (70 modules, the exam's 30 kept attempts each
 * scored in every module; tested): a file of today's course is a few KB, one of that course about
 * 120 KB. Anything larger is not one of ours.
 */
export const MAX_RESULTS_BYTES = 1024 * 1024;
export const MAX_MODULES = 200;
export const MAX_ATTEMPTS = 200;
/** As many finished knowledge-check attempts as a saved check can count (knowledge-check.ts). */
export const MAX_CHECK_ATTEMPTS = 1_000_000;
const MAX_TEXT_LENGTH = 100;
const MAX_QUESTIONS = 500;

export interface ModuleResult {
  id: string;
  code: string;
  title: string;
  complete: boolean;
  /** Best knowledge-check score, 0–100; null = not taken. */
  checkBest: number | null;
  /** As the learner's browser judged it; 班级成绩 judges checkBest again by the course's mark. */
  checkPassed: boolean;
  /**
   * Finished knowledge-check attempts; 0 exactly when checkBest is null. null = not counted: a file
   * exported before the count was added (the field is absent) or a live room's file.
   */
  checkAttempts: number | null;
}

export interface ExamAttemptSummary {
  /** e.g. 'A7K2-9F3Q' */
  id: string;
  seed: number;
  startedAt: string;
  /** ISO time */
  submittedAt: string;
  /** 0–100 */
  percent: number;
  /** By the file's own passPercent; 班级成绩 judges percent again by the course's pass mark. */
  passed: boolean;
  passPercent: number;
  questions: number;
  byModule: Record<string, { earned: number; possible: number }>;
}

export interface ResultsFile {
  kind: typeof RESULTS_KIND;
  version: typeof RESULTS_VERSION;
  exportedAt: string;
  /** The name as entered, trimmed, 1–40 characters (check it first with learnerNameProblem). */
  learner: string;
  course: string;
  modules: ModuleResult[];
  exam: { attempts: ExamAttemptSummary[] };
}

/** `notJson`: the text is not JSON at all (pasted chat text cut off mid-message, a wrong file). */
export type ResultsParse = { ok: true; file: ResultsFile } | { ok: false; message: string; notJson?: true };

/** Control, format (e.g. right-to-left override) and line/paragraph separator characters. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const ATTEMPT_ID = /^[A-Za-z0-9-]{1,40}$/;

/** Why a learner's name cannot go into a results file, or null when it can (after trimming). */
export function learnerNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return '请填写姓名。';
  if (textLength(trimmed) > LEARNER_NAME_MAX) return `姓名最多 ${LEARNER_NAME_MAX} 个字。`;
  if (INVISIBLE.test(trimmed)) return '姓名中有不可见的控制字符。';
  if (hasBlankLetter(trimmed)) return '姓名中有显示为空白的字符。';
  return null;
}

/** The file as pretty JSON; the name is trimmed. */
export function createResultsFile(input: Omit<ResultsFile, 'kind' | 'version'>): string {
  const file: ResultsFile = { kind: RESULTS_KIND, version: RESULTS_VERSION, ...input, learner: input.learner.trim() };
  return JSON.stringify(file, null, 2);
}

/** China Standard Time (no daylight saving), which is where the course is taught: 2026-11-23 14:05. */
export function beijingTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** e.g. 学习成绩-张三-2026-11-23.json; characters file systems or chat apps reject become _. */
export function resultsFileName(learner: string, exportedAt: string): string {
  const safe = cutText(
    learner.replace(/[\\/:*?"<>|\p{C}\p{Z}\s]+/gu, '_').replace(/^[._-]+|[._-]+$/g, ''),
    LEARNER_NAME_MAX,
  );
  return `学习成绩-${safe || '学员'}-${beijingTime(exportedAt).slice(0, 10)}.json`;
}

const verdict = (taken: boolean, passed: boolean) => (!taken ? '未参加' : passed ? '通过' : '未通过');
const byTime = (a: ExamAttemptSummary, b: ExamAttemptSummary) => Date.parse(a.submittedAt) - Date.parse(b.submittedAt);

/**
 * The learner's own results for Excel: one row per module (its best check score and how many
 * checks it took), then one per exam attempt in time order.
 */
export function resultsCsv(file: ResultsFile): string {
  const rows: CsvValue[][] = [
    ['学员', '类别', '项目', '完成情况', '得分（%）', '是否通过', '检测次数', '提交时间（北京时间）'],
  ];
  for (const module of file.modules) {
    rows.push([
      file.learner,
      '模块',
      `${module.code} ${module.title}`,
      module.complete ? '已完成' : '未完成',
      module.checkBest,
      verdict(module.checkBest !== null, module.checkPassed),
      module.checkAttempts,
      '',
    ]);
  }
  [...file.exam.attempts].sort(byTime).forEach((attempt, index) => {
    rows.push([
      file.learner,
      '结业考试',
      `第 ${index + 1} 次（${attempt.id}）`,
      '已提交',
      attempt.percent,
      verdict(true, attempt.passed),
      '',
      beijingTime(attempt.submittedAt),
    ]);
  });
  return csvText(rows);
}

/** A field that fails its check; `field` names it for the message, e.g. modules[2].checkBest. */
class Invalid extends Error {
  readonly field: string;
  // No parameter property: the live server runs this file with Node's type stripping.
  constructor(field: string) {
    super(field);
    this.field = field;
  }
}

type Fields = Record<string, unknown>;

function check<T>(value: unknown, field: string, ok: (value: unknown) => value is T): T {
  if (!ok(value)) throw new Invalid(field);
  return value;
}

const fields = (value: unknown, field: string) => check(value, field, isRecord);
const list = (value: unknown, field: string, max: number) => check(value, field, (item) => isList(item, max));
const text = (value: unknown, field: string) =>
  check(
    value,
    field,
    (item): item is string => isText(item, MAX_TEXT_LENGTH) && item.trim() !== '' && !INVISIBLE.test(item),
  );
const bool = (value: unknown, field: string) => check(value, field, (item) => typeof item === 'boolean');
const number = (value: unknown, field: string, min: number, max: number) =>
  check(
    value,
    field,
    (item): item is number => typeof item === 'number' && Number.isFinite(item) && item >= min && item <= max,
  );
const percent = (value: unknown, field: string) => number(value, field, 0, 100);
const time = (value: unknown, field: string) => check(value, field, isIsoTime);
const moduleId = (value: unknown, field: string) => check(value, field, isId);
const whole = (value: unknown, field: string, min: number, max: number) =>
  check(value, field, (item) => isWholeNumber(item, min, max));

function unique(ids: readonly string[], field: string): void {
  if (new Set(ids).size !== ids.length) throw new Invalid(field);
}

function readModule(value: unknown, index: number): ModuleResult {
  const at = `modules[${index}]`;
  const raw = fields(value, at);
  const checkBest = raw.checkBest === null ? null : percent(raw.checkBest, `${at}.checkBest`);
  // A check cannot be passed without a score.
  if (checkBest === null && raw.checkPassed === true) throw new Invalid(`${at}.checkPassed`);
  // Absent in files from before the count; a score comes from a finished attempt, and only from one.
  const checkAttempts =
    raw.checkAttempts === undefined || raw.checkAttempts === null
      ? null
      : whole(raw.checkAttempts, `${at}.checkAttempts`, 0, MAX_CHECK_ATTEMPTS);
  if (checkAttempts !== null && (checkAttempts === 0) !== (checkBest === null))
    throw new Invalid(`${at}.checkAttempts`);
  return {
    id: moduleId(raw.id, `${at}.id`),
    code: text(raw.code, `${at}.code`),
    title: text(raw.title, `${at}.title`),
    complete: bool(raw.complete, `${at}.complete`),
    checkBest,
    checkPassed: bool(raw.checkPassed, `${at}.checkPassed`),
    checkAttempts,
  };
}

function readAttempt(value: unknown, index: number): ExamAttemptSummary {
  const at = `exam.attempts[${index}]`;
  const raw = fields(value, at);
  const startedAt = time(raw.startedAt, `${at}.startedAt`);
  const submittedAt = time(raw.submittedAt, `${at}.submittedAt`);
  if (Date.parse(submittedAt) < Date.parse(startedAt)) throw new Invalid(`${at}.submittedAt`);
  const scores = fields(raw.byModule, `${at}.byModule`);
  const keys = Object.keys(scores);
  if (keys.length > MAX_MODULES) throw new Invalid(`${at}.byModule`);
  // Keys must be module ids, so `__proto__` and friends never become keys of the copy.
  const byModule: ExamAttemptSummary['byModule'] = {};
  for (const key of keys) {
    const where = `${at}.byModule.${moduleId(key, `${at}.byModule`)}`;
    const score = fields(ownField(scores, key), where);
    const possible = number(score.possible, `${where}.possible`, 0, MAX_QUESTIONS);
    byModule[key] = { earned: number(score.earned, `${where}.earned`, 0, possible), possible };
  }
  const summary = {
    id: check(raw.id, `${at}.id`, (item): item is string => typeof item === 'string' && ATTEMPT_ID.test(item)),
    seed: whole(raw.seed, `${at}.seed`, 0, 0xffffffff),
    startedAt,
    submittedAt,
    percent: percent(raw.percent, `${at}.percent`),
    passed: bool(raw.passed, `${at}.passed`),
    passPercent: percent(raw.passPercent, `${at}.passPercent`),
    questions: whole(raw.questions, `${at}.questions`, 1, MAX_QUESTIONS),
    byModule,
  };
  const marksProblem = inconsistentMarks(summary);
  if (marksProblem) throw new Invalid(`${at}.${marksProblem}`);
  return summary;
}

/**
 * The marks of an attempt must agree with each other, as the exam computes them: the points add up to
 * the questions, the percent comes from the points, and passed from the percent and the pass mark.
 * Returns the first field that disagrees, or null.
 */
export function inconsistentMarks(attempt: ExamAttemptSummary): keyof ExamAttemptSummary | null {
  const scores = Object.values(attempt.byModule);
  const possible = scores.reduce((sum, score) => sum + score.possible, 0);
  const earned = scores.reduce((sum, score) => sum + score.earned, 0);
  if (possible !== attempt.questions) return 'questions';
  if (attempt.percent !== Math.round((earned / possible) * 100)) return 'percent';
  if (attempt.passed !== attempt.percent >= attempt.passPercent) return 'passed';
  return null;
}

/** Everything after the kind and version: a new object holding only the known, checked fields. */
function readFile(raw: Fields): ResultsFile {
  const modules = list(raw.modules, 'modules', MAX_MODULES).map(readModule);
  unique(
    modules.map((module) => module.id),
    'modules',
  );
  const attempts = list(fields(raw.exam, 'exam').attempts, 'exam.attempts', MAX_ATTEMPTS).map(readAttempt);
  unique(
    attempts.map((attempt) => attempt.id),
    'exam.attempts',
  );
  return {
    kind: RESULTS_KIND,
    version: RESULTS_VERSION,
    exportedAt: time(raw.exportedAt, 'exportedAt'),
    learner: (raw.learner as string).trim(),
    course: text(raw.course, 'course'),
    modules,
    exam: { attempts },
  };
}

/** Checks a file completely; the message (Chinese) says what is wrong. */
export function parseResultsFile(text: string, sizeInBytes: number): ResultsParse {
  // The size comes first, so a huge file is never parsed.
  if (sizeInBytes > MAX_RESULTS_BYTES)
    return { ok: false, message: `文件太大（${Math.ceil(sizeInBytes / 1024)} KB），不是本课程导出的成绩文件。` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, message: '文件不是有效的 JSON，可能已损坏或选错了文件。', notJson: true };
  }
  const raw = isRecord(parsed) ? parsed : {};
  if (raw.kind === 'svc-course-progress')
    return { ok: false, message: '这是学习进度的备份文件，不是成绩文件。请学员导出「学习成绩」文件。' };
  if (raw.kind !== RESULTS_KIND) return { ok: false, message: '这不是本课程导出的学习成绩文件。' };
  if (raw.version !== RESULTS_VERSION) {
    return typeof raw.version === 'number' && raw.version > RESULTS_VERSION
      ? { ok: false, message: '文件来自更新版本的课程，请使用最新的课程页面打开。' }
      : { ok: false, message: '文件的格式版本不受支持。' };
  }
  const nameProblem = typeof raw.learner === 'string' ? learnerNameProblem(raw.learner) : '缺少姓名。';
  if (nameProblem) return { ok: false, message: `学员姓名有问题：${nameProblem}` };
  try {
    return { ok: true, file: readFile(raw) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, message: `文件内容不完整或已被改动（${error.field}）。` };
    throw error;
  }
}
