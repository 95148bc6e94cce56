/**
 * Case diagnosis (案例诊断): the learner answers a case's scenario question, checks it, and may try
 * again; the attempt number is also the seed that shuffles the options. Pure; scoring is the quiz's.
 */
import { isAnswered, parseAnswer, scoreQuestion, type Answer } from '../../features/assessment/quiz';
import type { CaseExercise } from './content';

type ScenarioQuestion = CaseExercise['question'];

export interface CaseState {
  answer: Answer | undefined;
  checked: boolean;
  /** Attempt number, also the shuffle seed. */
  attempt: number;
}

export const emptyCaseState = (): CaseState => ({ answer: undefined, checked: false, attempt: 1 });

/** Decodes a saved state; a bad attempt number starts again at 1, an answer that no longer fits is dropped. */
export function parseCaseState(value: unknown, question: ScenarioQuestion): CaseState | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  const attempt = Number.isInteger(raw.attempt) && (raw.attempt as number) > 0 ? (raw.attempt as number) : 1;
  return { answer: parseAnswer(question, raw.answer), checked: raw.checked === true, attempt };
}

/** The case is done once it was checked with every part right. */
export const isCaseSolved = (state: CaseState, question: ScenarioQuestion): boolean =>
  state.checked && scoreQuestion(question, state.answer) === 1;

/** A new answer; once checked the answer is locked until the learner tries again. */
export function answerCase(state: CaseState, answer: Answer | undefined): CaseState {
  return state.checked ? state : { ...state, answer };
}

/** Checks the answer, if every part is answered. */
export function checkCase(state: CaseState, question: ScenarioQuestion): CaseState {
  return isAnswered(question, state.answer) ? { ...state, checked: true } : state;
}

/** Starts a new attempt with a blank answer (and so a new shuffle). */
export function retryCase(state: CaseState): CaseState {
  return { ...emptyCaseState(), attempt: state.attempt + 1 };
}
