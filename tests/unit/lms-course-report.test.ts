import { describe, expect, it } from 'vitest';
import { questionsNeeded, unreportedAttempts } from '../../src/features/lms/course-report';
import {
  EXAM_ID,
  emptyExamState,
  startAttempt,
  submitExam,
  withCurrentAnswer,
  withStartedAttempt,
  type ExamState,
} from '../../src/features/assessment/exam';
import { emptyProgress, type Progress } from '../../src/platform/progress';
import { withExercise } from '../../src/platform/exercise-record';
import type { Question } from '../../src/schemas/quiz';
import { single, truefalse } from './fixtures/questions';

const POOL = new Map<string, Question>([single, truefalse].map((question) => [question.id, question]));
const CONFIG = { questions: 2, passPercent: 80, timeLimitMinutes: null };
const FIRST = '2026-12-02T09:00:00.000Z';
const SECOND = '2026-12-02T10:00:00.000Z';

const withExam = (state: unknown): Progress => withExercise(emptyProgress(), EXAM_ID, state, false, SECOND);

/** An attempt started, answered (both right when `right`) and, when `submittedAt` is given, submitted. */
function sat(state: ExamState, right: boolean, submittedAt?: string): ExamState {
  let next = withStartedAttempt(
    state,
    startAttempt([...POOL.values()], [{ id: 'm3', minutes: 90 }], CONFIG, 7, new Date()),
  );
  next = withCurrentAnswer(next, single.id, { type: 'single', choice: right ? 1 : 0 });
  next = withCurrentAnswer(next, truefalse.id, { type: 'truefalse', value: right });
  return submittedAt ? submitExam(next, POOL, CONFIG.passPercent, new Date(submittedAt)) : next;
}

describe('what the launcher reports about the exam', () => {
  it('marks each answer of the attempts after the last reported, oldest first', () => {
    const progress = withExam(sat(sat(emptyExamState(), false, FIRST), true, SECOND));
    const attempts = unreportedAttempts(progress, POOL, null);
    expect(attempts.map((attempt) => attempt.submittedAt)).toEqual([FIRST, SECOND]);
    expect(attempts.map((attempt) => attempt.questions.map((question) => question.correct))).toEqual([
      [false, false],
      [true, true],
    ]);
    expect(unreportedAttempts(progress, POOL, FIRST).map((attempt) => attempt.submittedAt)).toEqual([SECOND]);
    expect(unreportedAttempts(progress, POOL, SECOND)).toEqual([]);
  });

  it('needs the questions now for an attempt not yet reported, soon for one under way, else not', () => {
    expect(questionsNeeded(emptyProgress(), null)).toBe('no');
    expect(questionsNeeded(withExam(emptyExamState()), null)).toBe('no');
    expect(questionsNeeded(withExam(sat(emptyExamState(), true)), null)).toBe('soon');
    const submitted = withExam(sat(emptyExamState(), true, FIRST));
    expect(questionsNeeded(submitted, null)).toBe('now');
    expect(questionsNeeded(submitted, FIRST)).toBe('no');
    // Reported, then another begun: the questions will be needed when it is submitted.
    expect(questionsNeeded(withExam(sat(sat(emptyExamState(), true, FIRST), false)), FIRST)).toBe('soon');
  });

  it('needs no questions for an attempt rebuilt from the LMS (it has none to send), nor for bad state', () => {
    const submitted = sat(emptyExamState(), true, FIRST);
    const rebuilt = { ...submitted, history: submitted.history.map((attempt) => ({ ...attempt, questionIds: [] })) };
    expect(questionsNeeded(withExam(rebuilt), null)).toBe('no');
    expect(unreportedAttempts(withExam(rebuilt), POOL, null)).toEqual([]);
    for (const state of [
      null,
      'exam',
      [],
      { current: null },
      { current: null, history: [null, 3, { submittedAt: 5 }] },
    ])
      expect(questionsNeeded(withExam(state), null)).toBe('no');
  });
});
