/**
 * The learner's progress read as the LMS wants it: how many modules are complete, the exam's best
 * score and result, and the exam attempts not yet sent as interactions, question by question. Pure.
 * The score and result need no questions; the interactions need the exam's pool, which the launcher
 * fetches only when `questionsNeeded` says so.
 */
import { courseCompletion, type ModuleRef, type Progress } from '../../platform/progress';
import { EXAM_ID, answerFor, parseExamHistory, parseExamState } from '../assessment/exam';
import { scoreQuestion } from '../assessment/quiz';
import type { Question } from '../../schemas/quiz';
import type { AnsweredQuestion, ExamOutcome } from './cmi-values';
import { bestAttempt } from './resume-record';
import { isRecord } from '../../platform/decode';

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

/**
 * Whether reporting needs the exam's questions: `now` when an attempt submitted after `reported` has
 * questions to send, `soon` when an attempt is under way, else `no`. Read from the saved state as it
 * is, without the pool (decoding against no questions would drop the attempts' question ids); bad
 * state needs nothing, as `unreportedAttempts` would send nothing from it.
 */
export function questionsNeeded(progress: Progress, reported: string | null): 'now' | 'soon' | 'no' {
  const state = progress.exercises[EXAM_ID]?.state;
  if (!isRecord(state) || !Array.isArray(state.history)) return 'no';
  const waiting = state.history.some(
    (entry) =>
      isRecord(entry) &&
      typeof entry.submittedAt === 'string' &&
      (reported === null || entry.submittedAt > reported) &&
      Array.isArray(entry.questionIds) &&
      entry.questionIds.length > 0,
  );
  if (waiting) return 'now';
  return isRecord(state.current) ? 'soon' : 'no';
}
