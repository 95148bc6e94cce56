/**
 * The exam's questions for the launcher's interaction reports. They are not in the launcher's HTML
 * (which would grow with the pool, to about 1 MB at 70 modules): the launcher fetches the pool file
 * the exam page uses, and only when a report needs it (`questionsNeeded`), so a launch with no exam
 * to report downloads nothing. A failed fetch is tried again when a report next asks, waiting twice
 * as long after each failure, so that a broken 1 MB file is not fetched again on every answer.
 * Without the questions the launcher reports all else and leaves the attempts unreported.
 */
import type { ExamPool } from '../assessment/exam-pool';
import type { Question } from '../../schemas/quiz';

export const FIRST_RETRY_MS = 2_000;
export const MAX_RETRY_MS = 60_000;

export interface ExamQuestions {
  /** The questions by id once fetched; null until then. */
  readonly questions: ReadonlyMap<string, Question> | null;
  /** The last fetch failed, and none is under way. */
  readonly failed: boolean;
  /** Fetches the pool unless it is in, a fetch is under way, or the last failure is too recent. */
  want(): void;
}

/**
 * `load` fetches and checks the pool (null when it cannot); `settled` runs after each fetch, to report
 * with the questions or say that they are missing.
 */
export function examQuestions(
  load: () => Promise<ExamPool | null>,
  settled: () => void,
  now: () => number = Date.now,
): ExamQuestions {
  let questions: ReadonlyMap<string, Question> | null = null;
  let loading = false;
  let failures = 0;
  let retryAt = 0;
  return {
    get questions() {
      return questions;
    },
    get failed() {
      return failures > 0 && !loading && !questions;
    },
    want() {
      if (questions || loading || now() < retryAt) return;
      loading = true;
      load()
        .catch(() => null)
        .then((pool) => {
          loading = false;
          if (pool) questions = new Map(pool.questions.map((question) => [question.id, question]));
          else {
            failures += 1;
            retryAt = now() + Math.min(FIRST_RETRY_MS * 2 ** (failures - 1), MAX_RETRY_MS);
          }
          settled();
        });
    },
  };
}
