/**
 * The final exam (结业考试): which questions an attempt draws, how it is answered, resumed,
 * timed and scored, and how saved attempts are decoded. Pure; the island renders it.
 *
 * An attempt is reproducible from its seed: the seed picks the questions (weighted by module
 * minutes), their order, and — through `displayOrder(question, seed)` — the order of options.
 */
import type { Question } from '../../schemas/quiz';
import { initialAnswer, isAnswered, parseAnswer, scoreQuestion, type Answer } from './quiz';
import { hashSeed, shuffledIndices } from '../../platform/random';
import { isId, isIsoTime, isRecord, ownField } from '../../platform/decode';
import { isList, isWholeNumber } from '../../platform/decode-limits';

export interface ExamConfig {
  /** Questions per attempt (fewer when the pool is smaller). */
  questions: number;
  passPercent: number;
  /** Null: no time limit. */
  timeLimitMinutes: number | null;
}

export interface ModuleWeight {
  id: string;
  minutes: number;
}

/** A module as the exam page lists it: its weight, and its code and title for the result. */
export interface ExamModule extends ModuleWeight {
  code: string;
  title: string;
}

export interface ExamAttempt {
  /** Human-readable id derived from the seed, e.g. `K7Q2-M9D`. */
  id: string;
  seed: number;
  startedAt: string;
  /** When the time runs out (ISO), or null without a limit. */
  deadline: string | null;
  questionIds: string[];
  answers: Record<string, Answer>;
}

export interface ModuleScore {
  earned: number;
  possible: number;
}

/** A finished attempt keeps its score as it was marked, whatever the settings become later. */
export interface SubmittedAttempt extends ExamAttempt {
  submittedAt: string;
  percent: number;
  passed: boolean;
  passPercent: number;
  byModule: Record<string, ModuleScore>;
}

export interface ExamState {
  current: ExamAttempt | null;
  /** Submitted attempts, oldest first. */
  history: SubmittedAttempt[];
}

/** The progress id under which the exam is saved (platform code reads its done flag: passed). */
export { EXAM_ID } from '../../platform/progress';
/** Older attempts beyond this are dropped, oldest first, to keep saved progress small. */
export const MAX_HISTORY = 30;

export function emptyExamState(): ExamState {
  return { current: null, history: [] };
}

/**
 * How many questions each module contributes: proportional to its minutes, never more than it has,
 * rounding by largest shortfall so the total is exact whenever the pool allows it.
 */
export function allocateQuestions(
  modules: readonly (ModuleWeight & { available: number })[],
  count: number,
): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(modules.map((module) => [module.id, 0]));
  const minutes = modules.reduce((sum, module) => sum + Math.max(0, module.minutes), 0);
  const capacity = modules.reduce((sum, module) => sum + Math.max(0, module.available), 0);
  const target = Math.min(Math.max(0, Math.floor(count)), capacity);
  if (target === 0 || minutes === 0) return counts;
  const ideal = (module: ModuleWeight) => (target * Math.max(0, module.minutes)) / minutes;
  for (let left = target; left > 0; left -= 1) {
    let pick: (typeof modules)[number] | undefined;
    for (const module of modules) {
      if ((counts[module.id] as number) >= module.available) continue;
      const shortfall = ideal(module) - (counts[module.id] as number);
      if (!pick || shortfall > ideal(pick) - (counts[pick.id] as number)) pick = module;
    }
    if (!pick) break;
    counts[pick.id] = (counts[pick.id] as number) + 1;
  }
  return counts;
}

/** The question ids an attempt with this seed draws, in the order they are shown. */
export function selectQuestions(
  pool: readonly Question[],
  modules: readonly ModuleWeight[],
  count: number,
  seed: number,
): string[] {
  const byModule = new Map(
    modules.map((module) => [
      module.id,
      pool.filter((question) => question.module === module.id && question.use.includes('exam')),
    ]),
  );
  const quotas = allocateQuestions(
    modules.map((module) => ({ ...module, available: byModule.get(module.id)?.length ?? 0 })),
    count,
  );
  const chosen = modules.flatMap((module) => {
    const questions = byModule.get(module.id) ?? [];
    return shuffledIndices(questions.length, hashSeed(`${seed}:${module.id}`))
      .slice(0, quotas[module.id])
      .map((index) => (questions[index] as Question).id);
  });
  return shuffledIndices(chosen.length, seed).map((index) => chosen[index] as string);
}

const ID_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Crockford base-32 of the seed, grouped for reading aloud: `K7Q2-M9D`. */
export function attemptIdFor(seed: number): string {
  let value = seed >>> 0;
  let text = '';
  for (let index = 0; index < 7; index += 1) {
    text = ID_ALPHABET[value % 32] + text;
    value = Math.floor(value / 32);
  }
  return `${text.slice(0, 4)}-${text.slice(4)}`;
}

export function startAttempt(
  pool: readonly Question[],
  modules: readonly ModuleWeight[],
  config: ExamConfig,
  seed: number,
  now: Date,
): ExamAttempt {
  const deadline = config.timeLimitMinutes
    ? new Date(now.getTime() + config.timeLimitMinutes * 60_000).toISOString()
    : null;
  return {
    id: attemptIdFor(seed),
    seed: seed >>> 0,
    startedAt: now.toISOString(),
    deadline,
    questionIds: selectQuestions(pool, modules, config.questions, seed),
    answers: {},
  };
}

export function withExamAnswer(attempt: ExamAttempt, questionId: string, answer: Answer): ExamAttempt {
  if (!attempt.questionIds.includes(questionId)) return attempt;
  return { ...attempt, answers: { ...attempt.answers, [questionId]: answer } };
}

/** Starts `attempt`, unless one is already running (started in another tab): that one is kept. */
export function withStartedAttempt(state: ExamState, attempt: ExamAttempt): ExamState {
  return state.current ? state : { ...state, current: attempt };
}

/** Records an answer in the running attempt; without one (submitted meanwhile), nothing changes. */
export function withCurrentAnswer(state: ExamState, questionId: string, answer: Answer): ExamState {
  if (!state.current) return state;
  const current = withExamAnswer(state.current, questionId, answer);
  return current === state.current ? state : { ...state, current };
}

/**
 * The answer that counts: the learner's, or what the question starts with. An ordering question
 * starts in a (scrambled) order the learner may leave as their answer, as in the knowledge checks.
 */
export function answerFor(attempt: ExamAttempt, question: Question): Answer | undefined {
  return attempt.answers[question.id] ?? initialAnswer(question, attempt.seed);
}

/**
 * The questions the learner has not answered yet. Only what the learner gave counts: an ordering
 * question still in the order it was shown is unanswered here (so 「已答」 and 「交卷」's warning
 * name it), though it is marked in that order when submitted (answerFor).
 */
export function unansweredIds(attempt: ExamAttempt, questions: ReadonlyMap<string, Question>): string[] {
  return attempt.questionIds.filter((id) => {
    const question = questions.get(id);
    return question !== undefined && !isAnswered(question, attempt.answers[id]);
  });
}

/** Seconds left (never negative), or null without a time limit. */
export function secondsLeft(attempt: ExamAttempt, now: Date): number | null {
  if (!attempt.deadline) return null;
  return Math.max(0, Math.ceil((Date.parse(attempt.deadline) - now.getTime()) / 1000));
}

export function isOutOfTime(attempt: ExamAttempt, now: Date): boolean {
  return secondsLeft(attempt, now) === 0;
}

/** `12:05` or `1:02:09`, for the countdown. */
export function formatCountdown(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const two = (value: number) => String(value).padStart(2, '0');
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  return hours ? `${hours}:${two(minutes)}:${two(whole % 60)}` : `${minutes}:${two(whole % 60)}`;
}

/** Marks an attempt. Unanswered questions score 0; every question counts once, whatever its type. */
export function markAttempt(
  attempt: ExamAttempt,
  questions: ReadonlyMap<string, Question>,
  passPercent: number,
  now: Date,
): SubmittedAttempt {
  const byModule: Record<string, ModuleScore> = {};
  let earned = 0;
  let possible = 0;
  for (const id of attempt.questionIds) {
    const question = questions.get(id);
    if (!question) continue;
    const score = scoreQuestion(question, answerFor(attempt, question));
    const module = (byModule[question.module] ??= { earned: 0, possible: 0 });
    module.earned = Math.round((module.earned + score) * 100) / 100;
    module.possible += 1;
    earned += score;
    possible += 1;
  }
  const percent = possible ? Math.round((earned / possible) * 100) : 0;
  return {
    ...attempt,
    submittedAt: now.toISOString(),
    percent,
    passed: possible > 0 && percent >= passPercent,
    passPercent,
    byModule,
  };
}

/** Submits the current attempt into the history. */
export function submitExam(
  state: ExamState,
  questions: ReadonlyMap<string, Question>,
  passPercent: number,
  now: Date,
): ExamState {
  if (!state.current) return state;
  const marked = markAttempt(state.current, questions, passPercent, now);
  return { current: null, history: [...state.history, marked].slice(-MAX_HISTORY) };
}

/** The attempt a certificate shows: the best passed one (the earliest of equals). */
export function certificateAttempt(history: readonly SubmittedAttempt[]): SubmittedAttempt | null {
  return history.reduce<SubmittedAttempt | null>(
    (best, attempt) => (attempt.passed && (!best || attempt.percent > best.percent) ? attempt : best),
    null,
  );
}

// ——— Decoding saved state ———

/** More questions than any attempt draws: a longer list is not ours. */
const MAX_QUESTIONS = 500;

function parseAttempt(value: unknown, questions: ReadonlyMap<string, Question>): ExamAttempt | null {
  if (!isRecord(value) || !isWholeNumber(value.seed, 0, 0xffffffff) || !isIsoTime(value.startedAt)) return null;
  if (value.deadline !== null && !isIsoTime(value.deadline)) return null;
  if (!isList(value.questionIds, MAX_QUESTIONS)) return null;
  // Questions removed from the banks since are dropped; the rest of the attempt stays usable.
  const questionIds = [
    ...new Set(value.questionIds.filter((id): id is string => typeof id === 'string' && questions.has(id))),
  ];
  const saved = isRecord(value.answers) ? value.answers : {};
  const answers: Record<string, Answer> = {};
  for (const id of questionIds) {
    const answer = parseAnswer(questions.get(id) as Question, ownField(saved, id));
    if (answer) answers[id] = answer;
  }
  return {
    id: attemptIdFor(value.seed),
    seed: value.seed,
    startedAt: value.startedAt,
    deadline: value.deadline,
    questionIds,
    answers,
  };
}

function parseModuleScores(value: unknown): Record<string, ModuleScore> | null {
  if (!isRecord(value)) return null;
  const scores: Record<string, ModuleScore> = {};
  for (const [id, score] of Object.entries(value)) {
    if (!isId(id) || !isRecord(score) || !isWholeNumber(score.possible, 0, MAX_QUESTIONS)) return null;
    if (typeof score.earned !== 'number' || !(score.earned >= 0 && score.earned <= score.possible)) return null;
    scores[id] = { earned: score.earned, possible: score.possible };
  }
  return scores;
}

function parseSubmitted(value: unknown, questions: ReadonlyMap<string, Question>): SubmittedAttempt | null {
  const attempt = parseAttempt(value, questions);
  if (
    !attempt ||
    !isRecord(value) ||
    !isIsoTime(value.submittedAt) ||
    !isWholeNumber(value.percent, 0, 100) ||
    !isWholeNumber(value.passPercent, 1, 100)
  )
    return null;
  const byModule = parseModuleScores(value.byModule);
  if (typeof value.passed !== 'boolean' || !byModule) return null;
  return {
    ...attempt,
    submittedAt: value.submittedAt,
    percent: value.percent,
    passed: value.passed,
    passPercent: value.passPercent,
    byModule,
  };
}

/** Decodes saved exam state against the current question pool; null when it is not exam state. */
export function parseExamState(value: unknown, questions: ReadonlyMap<string, Question>): ExamState | null {
  if (!isRecord(value) || !Array.isArray(value.history)) return null;
  const current = value.current === null ? null : parseAttempt(value.current, questions);
  if (value.current !== null && !current) return null;
  const history = value.history.slice(-MAX_HISTORY).map((entry) => parseSubmitted(entry, questions));
  if (history.some((entry) => entry === null)) return null;
  return { current, history: history as SubmittedAttempt[] };
}

// Marks need no questions: decoding against none keeps every attempt's score, date and id and drops its answers.
const NO_QUESTIONS: ReadonlyMap<string, Question> = new Map();

/** The submitted attempts in saved exam state, with their marks but not their answers; empty when it is not exam state. */
export function parseExamHistory(value: unknown): SubmittedAttempt[] {
  return parseExamState(value, NO_QUESTIONS)?.history ?? [];
}
