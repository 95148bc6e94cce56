/**
 * The learner's progress read as the LMS wants it: how many modules are complete, the exam's best
 * score and result, and the exam attempts not yet sent as interactions, question by question. Pure.
 */
import { courseCompletion, type ModuleRef, type Progress } from '../../platform/progress';
import { EXAM_ID, answerFor, parseExamHistory, parseExamState } from '../assessment/exam';
import { scoreQuestion } from '../assessment/quiz';
import type { Question } from '../../schemas/quiz';
import type { AnsweredQuestion, ExamOutcome } from './cmi-values';
import { bestAttempt } from './resume-record';

export function examOutcome(progress: Progress): ExamOutcome | null {
  const best = bestAttempt(parseExamHistory(progress.exercises[EXAM_ID]?.state));
  return best && { best: best.percent, passed: best.passed };
}

export function modulesComplete(progress: Progress, modules: readonly ModuleRef[]) {
  const { complete, total } = courseCompletion(progress, modules);
  return { modulesComplete: complete, modulesTotal: total };
}

export interface ReportedAttempt {
  submittedAt: string;
  questions: AnsweredQuestion[];
}

/**
 * Attempts submitted after `reported` (the last one already sent), oldest first, each question
 * marked correct only with full marks. Attempts rebuilt from the LMS (no questions) have nothing to send.
 */
export function unreportedAttempts(
  progress: Progress,
  pool: ReadonlyMap<string, Question>,
  reported: string | null,
): ReportedAttempt[] {
  const state = parseExamState(progress.exercises[EXAM_ID]?.state, pool);
  if (!state) return [];
  return state.history
    .filter((attempt) => (reported === null || attempt.submittedAt > reported) && attempt.questionIds.length > 0)
    .map((attempt) => ({
      submittedAt: attempt.submittedAt,
      questions: attempt.questionIds.map((id) => {
        const question = pool.get(id) as Question;
        const answer = answerFor(attempt, question);
        return { id, type: question.type, correct: scoreQuestion(question, answer) === 1, answer };
      }),
    }));
}
