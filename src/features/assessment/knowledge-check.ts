/**
 * A module's knowledge check (知识检测): answer, check each question for immediate feedback, and
 * retry as often as you like; the best score is kept and passing it is part of completing the
 * module. Pure state transitions; the island renders them.
 */
import { initialAnswer, parseAnswer, scoreQuiz, type Answer, type AnyQuestion, type QuizScore } from './quiz';
import { isRecord, ownField } from '../../platform/decode';
import { isWholeNumber } from '../../platform/decode-limits';

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

/** The answer shown for a question: the learner's, or what the question starts with in this attempt. */
export function checkAnswerFor(state: CheckState, question: AnyQuestion): Answer | undefined {
  return state.answers[question.id] ?? initialAnswer(question, state.attempt);
}

/**
 * Checks the question with the answer it shows, so an ordering left in its starting order counts
 * as answered; checking the last one finishes the attempt.
 */
export function withQuestionChecked(
  state: CheckState,
  question: AnyQuestion,
  questions: readonly AnyQuestion[],
): CheckState {
  const answer = checkAnswerFor(state, question);
  return withChecked(answer ? withAnswer(state, question.id, answer) : state, question.id, questions);
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
  if (!isRecord(value)) return null;
  const { attempt, best, finished, checked: savedChecked } = value;
  if (!isWholeNumber(attempt, 1, 1_000_000) || !isWholeNumber(best, -1, 100) || !isWholeNumber(finished, 0, 1_000_000))
    return null;
  const answers: Record<string, Answer> = {};
  const savedAnswers = isRecord(value.answers) ? value.answers : {};
  for (const question of questions) {
    const answer = parseAnswer(question, ownField(savedAnswers, question.id));
    if (answer) answers[question.id] = answer;
  }
  const checked = Array.isArray(savedChecked)
    ? questions.map((question) => question.id).filter((id) => savedChecked.includes(id) && answers[id])
    : [];
  return { attempt, answers, checked, best, finished };
}
