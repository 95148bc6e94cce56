/**
 * Scoring for the four customer personality types (the course's 「DISC」): each answer adds its
 * value to one axis; the signs of the two axis totals name the type.
 */
import type { DiscAxis, DiscMode, DiscOption, DiscQuestion, DiscTypeId } from './content';

/** What scoring reads of a question (我的行动计划 receives only this, without the texts). */
export type ScoredQuestion = Pick<DiscQuestion, 'id' | 'axis'> & { options: ReadonlyArray<Pick<DiscOption, 'value'>> };

export type DiscAnswers = Readonly<Record<string, number>>;

export interface DiscScores {
  assertive: number;
  responsive: number;
  /** Largest total an axis can reach with these questions (for drawing the chart). */
  maxAssertive: number;
  maxResponsive: number;
  answered: number;
  total: number;
}

/**
 * The 2×2 chart's quadrants (top-left, top-right, bottom-left, bottom-right), laid out as M3's own
 * table (content/modules/m3.mdx): 表达度 grows upwards, 情感度 to the right, so D sits top-left and S
 * bottom-right, as the DISC circle is usually drawn.
 */
export const CHART_QUADRANTS = ['D', 'I', 'C', 'S'] as const satisfies readonly DiscTypeId[];

export interface DiscResult {
  type: DiscTypeId;
  /** Place on the 2×2 chart, −1 … +1: x is 情感度 (responsive), y is 表达度 (assertive). */
  x: number;
  y: number;
  /** Axes whose total was exactly 0 and were settled by the tie rule. */
  tiedAxes: DiscAxis[];
  /** True when an axis total is within ±2: the learner should read both neighbouring types. */
  borderline: boolean;
}

/** Only answers to known questions with one of that question's option values count. */
export function scoreDisc(questions: readonly ScoredQuestion[], answers: DiscAnswers): DiscScores {
  const scores: DiscScores = {
    assertive: 0,
    responsive: 0,
    maxAssertive: 0,
    maxResponsive: 0,
    answered: 0,
    total: questions.length,
  };
  for (const question of questions) {
    const best = Math.max(...question.options.map((option) => Math.abs(option.value)));
    if (question.axis === 'assertive') scores.maxAssertive += best;
    else scores.maxResponsive += best;
    const value = answers[question.id];
    if (value === undefined || !question.options.some((option) => option.value === value)) continue;
    scores.answered += 1;
    if (question.axis === 'assertive') scores.assertive += value;
    else scores.responsive += value;
  }
  return scores;
}

/**
 * Tie rule: an axis whose total is exactly 0 counts as LOW. When a customer is hard to read, the
 * calm, orderly service that low-expressive and low-emotional customers want is the safest start
 * at the counter; the result says the axis was tied so the learner reads it as a tendency.
 */
export function classifyDisc(scores: DiscScores): DiscResult {
  const highAssertive = scores.assertive > 0;
  const highResponsive = scores.responsive > 0;
  const type: DiscTypeId = highAssertive ? (highResponsive ? 'I' : 'D') : highResponsive ? 'S' : 'C';
  const tiedAxes: DiscAxis[] = [];
  if (scores.assertive === 0) tiedAxes.push('assertive');
  if (scores.responsive === 0) tiedAxes.push('responsive');
  return {
    type,
    x: scores.maxResponsive ? scores.responsive / scores.maxResponsive : 0,
    y: scores.maxAssertive ? scores.assertive / scores.maxAssertive : 0,
    tiedAxes,
    borderline: Math.abs(scores.assertive) <= 2 || Math.abs(scores.responsive) <= 2,
  };
}

/** A result only once every question is answered. */
export function discResult(questions: readonly ScoredQuestion[], answers: DiscAnswers): DiscResult | null {
  const scores = scoreDisc(questions, answers);
  return scores.answered === scores.total && scores.total > 0 ? classifyDisc(scores) : null;
}

/** Answers are kept per mode, so 「认识自己」 and 「识别一位客户」 results live side by side. */
export interface DiscState {
  mode: DiscMode;
  answers: Record<DiscMode, Record<string, number>>;
}

export function emptyDiscState(mode: DiscMode = 'customer'): DiscState {
  return { mode, answers: { customer: {}, self: {} } };
}

/** The state with `mode`'s answer to one question set (the other mode's answers untouched). */
export function withAnswer(state: DiscState, mode: DiscMode, questionId: string, value: number): DiscState {
  return { ...state, answers: { ...state.answers, [mode]: { ...state.answers[mode], [questionId]: value } } };
}

/** The state with `mode`'s answers cleared, to answer its questions afresh. */
export function withoutAnswers(state: DiscState, mode: DiscMode): DiscState {
  return { ...state, answers: { ...state.answers, [mode]: {} } };
}

function parseAnswers(value: unknown, questions: readonly ScoredQuestion[]): Record<string, number> {
  const clean: Record<string, number> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return clean;
  for (const question of questions) {
    const answer = (value as Record<string, unknown>)[question.id];
    if (typeof answer === 'number' && question.options.some((option) => option.value === answer))
      clean[question.id] = answer;
  }
  return clean;
}

/** Decodes saved state, keeping only answers that fit the current questions; `null` if unusable. */
export function parseDiscState(value: unknown, questions: readonly ScoredQuestion[]): DiscState | null {
  if (typeof value !== 'object' || value === null) return null;
  const { mode, answers } = value as Record<string, unknown>;
  if (mode !== 'customer' && mode !== 'self') return null;
  if (typeof answers !== 'object' || answers === null) return null;
  const byMode = answers as Record<string, unknown>;
  return {
    mode,
    answers: { customer: parseAnswers(byMode.customer, questions), self: parseAnswers(byMode.self, questions) },
  };
}

/** The exercise counts as done once either mode has a full set of answers. */
export function isDiscDone(state: DiscState, questions: readonly ScoredQuestion[]): boolean {
  return discResult(questions, state.answers.customer) !== null || discResult(questions, state.answers.self) !== null;
}
