/**
 * A module's knowledge check (知识检测): answer, check each question for immediate feedback, and
 * retry as often as you like; the best score is kept and passing it is part of completing the
 * module. Pure state transitions; the island renders them.
 */
import { parseAnswer, scoreQuiz, type Answer, type AnyQuestion, type QuizScore } from './quiz';

export interface CheckState {
  /** Attempt number; also the shuffle seed, so each retry shows a new order. */
  attempt: number;
  answers: Record<string, Answer>;
  /** Questions already checked in this attempt (their answers are locked). */
  checked: string[];
  /** Best finished attempt, 0–100; −1 before the first one is finished. */
  best: number;
  /** Finished attempts. */
  finished: number;
}

/** The progress id under which a module's check is saved, e.g. `check-m3`. */
export const checkIdFor = (moduleId: string): `check-${string}` => `check-${moduleId}`;

export function emptyCheckState(): CheckState {
  return { attempt: 1, answers: {}, checked: [], best: -1, finished: 0 };
}

export function withAnswer(state: CheckState, questionId: string, answer: Answer): CheckState {
  if (state.checked.includes(questionId)) return state;
  return { ...state, answers: { ...state.answers, [questionId]: answer } };
}

export function attemptScore(state: CheckState, questions: readonly AnyQuestion[]): QuizScore {
  return scoreQuiz(questions, state.answers);
}

export function isAttemptFinished(state: CheckState, questions: readonly AnyQuestion[]): boolean {
  return questions.length > 0 && questions.every((question) => state.checked.includes(question.id));
}

/** Locks a question's answer; checking the last one finishes the attempt and updates the best score. */
export function withChecked(state: CheckState, questionId: string, questions: readonly AnyQuestion[]): CheckState {
  if (state.checked.includes(questionId) || !questions.some((question) => question.id === questionId)) return state;
  const next = { ...state, checked: [...state.checked, questionId] };
  if (!isAttemptFinished(next, questions)) return next;
  return { ...next, finished: state.finished + 1, best: Math.max(state.best, attemptScore(next, questions).percent) };
}

/** A fresh attempt with a new order; the best score and the count stay. */
export function nextAttempt(state: CheckState): CheckState {
  return { ...state, attempt: state.attempt + 1, answers: {}, checked: [] };
}

export function isPassed(state: CheckState, passPercent: number): boolean {
  return state.best >= passPercent;
}

/** Decodes saved state against the current questions; answers that no longer fit are dropped. */
export function parseCheckState(value: unknown, questions: readonly AnyQuestion[]): CheckState | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  const whole = (number: unknown, min: number, max: number) => Number.isInteger(number) && (number as number) >= min && (number as number) <= max;
  if (!whole(raw.attempt, 1, 1_000_000) || !whole(raw.best, -1, 100) || !whole(raw.finished, 0, 1_000_000)) return null;
  const answers: Record<string, Answer> = {};
  const savedAnswers = typeof raw.answers === 'object' && raw.answers !== null ? (raw.answers as Record<string, unknown>) : {};
  for (const question of questions) {
    const answer = parseAnswer(question, savedAnswers[question.id]);
    if (answer) answers[question.id] = answer;
  }
  const checked = Array.isArray(raw.checked) ? questions.map((question) => question.id).filter((id) => (raw.checked as unknown[]).includes(id) && answers[id]) : [];
  return { attempt: raw.attempt as number, answers, checked, best: raw.best as number, finished: raw.finished as number };
}
