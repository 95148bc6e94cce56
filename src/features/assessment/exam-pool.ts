/**
 * The exam's question pool as a file of its own (`/exam/pool-<hash>.json`), which the exam page
 * loads when it starts, so that the page's HTML does not grow with the pool. Pure: the build writes
 * the file with `examPoolFile`, the island checks what it fetched with `parseExamPool` before using
 * it. The check is of shape only (what rendering and marking rely on); the banks' own rules (one
 * right option, lengths) were checked by their schema when the course was built.
 */
import type { Question, ScenarioPartQuestion } from '../../schemas/quiz';
import type { ExamModule } from './exam';
import { isId, isRecord } from '../../platform/decode';
import { isList, isText, isWholeNumber } from '../../platform/decode-limits';

export const EXAM_POOL_FORMAT = 'svc-course-exam-pool';
export const EXAM_POOL_VERSION = 1;

export interface ExamPool {
  modules: ExamModule[];
  questions: Question[];
}

/** Ten times today's course and more: 200 modules (as the class results allow), 5,000 questions. */
export const MAX_POOL_MODULES = 200;
export const MAX_POOL_QUESTIONS = 5000;
/** Any one text of a question: a scenario's stem is the longest, a few hundred characters. */
const MAX_TEXT = 5000;
const MAX_CHOICES = 8;

/** The file's text: the pool with its format and version, one line of JSON. */
export function examPoolFile(pool: ExamPool): string {
  return JSON.stringify({ format: EXAM_POOL_FORMAT, version: EXAM_POOL_VERSION, ...pool });
}

const isString = (value: unknown): value is string => isText(value, MAX_TEXT);
/** A question id as the banks write them (any length the schema allows, within reason). */
const isQuestionId = (value: unknown): value is string =>
  typeof value === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) && value.length <= 100;
const isListOf = (value: unknown, check: (item: unknown) => boolean): value is unknown[] =>
  isList(value, MAX_CHOICES) && value.length > 0 && value.every(check);
const isOption = (value: unknown) => isRecord(value) && isString(value.text) && typeof value.correct === 'boolean';
const isPair = (value: unknown) => isRecord(value) && isString(value.left) && isString(value.right);

/** The fields of a single, multiple or true/false question (also a scenario's part). */
function isChoicePart(value: Record<string, unknown>): boolean {
  if (!isQuestionId(value.id) || !isString(value.explanation) || !isString(value.prompt)) return false;
  if (value.type === 'truefalse') return typeof value.answer === 'boolean';
  return (value.type === 'single' || value.type === 'multiple') && isListOf(value.options, isOption);
}

const isScenarioPart = (value: unknown): value is ScenarioPartQuestion => isRecord(value) && isChoicePart(value);

function isQuestion(value: unknown, modules: ReadonlySet<string>): value is Question {
  if (!isRecord(value) || typeof value.module !== 'string' || !modules.has(value.module)) return false;
  if (!isListOf(value.use, (use) => use === 'check' || use === 'exam')) return false;
  switch (value.type) {
    case 'ordering':
    case 'matching':
      return (
        isQuestionId(value.id) &&
        isString(value.explanation) &&
        isString(value.prompt) &&
        (value.type === 'ordering' ? isListOf(value.items, isString) : isListOf(value.pairs, isPair))
      );
    case 'scenario':
      return (
        isQuestionId(value.id) &&
        isString(value.explanation) &&
        isString(value.stem) &&
        isListOf(value.questions, isScenarioPart)
      );
    default:
      return isChoicePart(value);
  }
}

const isModule = (value: unknown): value is ExamModule =>
  isRecord(value) &&
  isId(value.id) &&
  isText(value.code, 20) &&
  isText(value.title, 200) &&
  isWholeNumber(value.minutes, 0, 100_000);

/**
 * The pool in a fetched file, or null when it is not one: another format or version, a module or
 * question of the wrong shape, a question of a module the file does not list, an id used twice.
 */
export function parseExamPool(value: unknown): ExamPool | null {
  if (!isRecord(value) || value.format !== EXAM_POOL_FORMAT || value.version !== EXAM_POOL_VERSION) return null;
  if (!isList(value.modules, MAX_POOL_MODULES) || !value.modules.every(isModule)) return null;
  const moduleIds = new Set(value.modules.map((module) => module.id));
  if (moduleIds.size !== value.modules.length) return null;
  if (!isList(value.questions, MAX_POOL_QUESTIONS)) return null;
  if (!value.questions.every((question): question is Question => isQuestion(question, moduleIds))) return null;
  const questionIds = new Set(value.questions.map((question) => question.id));
  if (questionIds.size !== value.questions.length) return null;
  return { modules: value.modules, questions: value.questions };
}

/** The pool file at `url`, checked: null when it cannot be fetched or is not a pool (the exam page and the LMS launcher). */
export function fetchExamPool(url: string, fetcher: typeof fetch = fetch): Promise<ExamPool | null> {
  return fetcher(url)
    .then((response) => (response.ok ? response.json() : null))
    .then((value: unknown) => parseExamPool(value))
    .catch(() => null);
}
