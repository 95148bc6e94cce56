import { describe, expect, it } from 'vitest';
import {
  decodeResume,
  emptyResume,
  encodeResume,
  resumeFrom,
  SUSPEND_DATA_MAX,
  withResume,
  type ResumeRecord,
} from '../../src/features/lms/resume-record';
import { emptyProgress, moduleStatus, type Progress } from '../../src/platform/progress';
import { withExercise } from '../../src/platform/exercise-record';
import { certificateAttempt, parseExamHistory, type SubmittedAttempt } from '../../src/features/assessment/exam';
import { EXERCISES } from '../../src/exercises/registry';
import { parseCheckState } from '../../src/features/assessment/knowledge-check';

const NOW = '2026-12-02T10:00:00.000Z';
const MODULES = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'];

function attempt(seed: number, percent: number, submittedAt: string): SubmittedAttempt {
  return {
    id: 'X',
    seed,
    startedAt: submittedAt,
    deadline: null,
    questionIds: ['m1-q1'],
    answers: {},
    submittedAt,
    percent,
    passed: percent >= 80,
    passPercent: 80,
    byModule: { m1: { earned: 1, possible: 1 } },
  };
}

/** A learner who did M1 (its card sort and check), typed a long plan, and sat the exam twice. */
function studied(): Progress {
  let progress = emptyProgress();
  progress = withExercise(progress, 'five-shifts', { placed: {} }, true, NOW);
  progress = withExercise(progress, 'pesos', { text: '很长的带教计划'.repeat(400) }, false, NOW);
  progress = withExercise(
    progress,
    'check-m1',
    { attempt: 3, answers: {}, checked: [], best: 90, finished: 2 },
    true,
    NOW,
  );
  progress = withExercise(
    progress,
    'exam',
    {
      current: null,
      history: [attempt(7, 60, '2026-12-01T09:00:00.000Z'), attempt(9, 85, '2026-12-02T09:00:00.000Z')],
    },
    true,
    NOW,
  );
  return { ...progress, modules: { m1: { visitedAt: NOW, completedAt: NOW }, m2: { visitedAt: NOW } } };
}

describe('the resume record', () => {
  it('holds completion, done exercises, best check scores and the best exam attempt, not typed text', () => {
    const record = resumeFrom(studied(), MODULES, null);
    expect(record).toEqual({
      completed: ['m1'],
      done: ['five-shifts', 'check-m1', 'exam'],
      checks: { m1: 90 },
      exam: { seed: 9, submittedAt: '2026-12-02T09:00:00.000Z', percent: 85, passPercent: 80, passed: true },
      reported: null,
    });
    const encoded = encodeResume(record);
    expect(encoded).not.toContain('带教');
    expect(encoded.length).toBeLessThan(300);
  });

  it('stays far below 4,096 characters for a learner who did everything, with room for the course to grow', () => {
    const everything = [...Object.keys(EXERCISES), ...MODULES.map((id) => `check-${id}`), 'exam'];
    // Three times today's exercises, each id 40 characters (the most isId allows) …
    const ids = [...everything, ...everything, ...everything].map((id, index) => `${id}-${index}`.padEnd(40, 'x'));
    const record: ResumeRecord = {
      completed: MODULES,
      done: ids,
      checks: Object.fromEntries(MODULES.map((id) => [id, 100])),
      exam: { seed: 0xffffffff, submittedAt: NOW, percent: 100, passPercent: 80, passed: true },
      reported: NOW,
    };
    expect(encodeResume(record).length).toBeLessThan(SUSPEND_DATA_MAX);
    // … and as it is today.
    expect(encodeResume({ ...record, done: everything }).length).toBeLessThan(700);
  });

  it('decodes what it encodes', () => {
    const record = resumeFrom(studied(), MODULES, '2026-12-02T09:00:00.000Z');
    expect(decodeResume(encodeResume(record))).toEqual({ record });
    expect(decodeResume(encodeResume(emptyResume()))).toEqual({ record: emptyResume() });
  });

  it('starts clean on nothing, and with a problem on anything else', () => {
    expect(decodeResume('')).toEqual({ record: emptyResume() });
    expect(decodeResume(null)).toEqual({ record: emptyResume() });
    const problem = (raw: string) => decodeResume(raw).problem;
    expect(problem('{')).toBe('corrupt');
    expect(problem('[]')).toBe('corrupt');
    expect(problem('{"v":0,"m":[]}')).toBe('outdated');
    expect(problem('{"v":2}')).toBe('newer');
    expect(problem('{"v":"x"}')).toBe('corrupt');
    expect(problem('{"v":1,"m":["M1"],"d":[],"c":{}}')).toBe('corrupt');
    expect(problem('{"v":1,"m":[],"d":[],"c":{"m1":101}}')).toBe('corrupt');
    expect(problem('{"v":1,"m":[],"d":[],"c":{"__proto__":1}}')).toBe('corrupt');
    expect(problem('{"v":1,"m":[],"d":[],"c":{},"e":[1,"yesterday",50,80,0]}')).toBe('corrupt');
    expect(problem('{"v":1,"m":[],"d":[],"c":{},"e":[1,"2026-12-02T10:00:00Z",50,80,2]}')).toBe('corrupt');
    expect(problem('{"v":1,"m":[],"d":[],"c":{},"r":5}')).toBe('corrupt');
    expect(problem(`{"v":1,"m":[],"d":[],"c":{},"pad":"${'x'.repeat(4096)}"}`)).toBe('corrupt');
    expect(decodeResume('{"v":1,"m":[],"d":[],"c":{}}').problem).toBeUndefined();
  });
});

describe('withResume', () => {
  const known = new Set(['m1', 'm2', 'five-shifts', 'pesos', 'check-m1', 'check-m2', 'exam']);
  const m1 = { id: 'm1', exercises: ['five-shifts', 'check-m1'] };

  it('rebuilds the progress in a browser that has none: completion, check score, certificate', () => {
    const record = resumeFrom(studied(), MODULES, null);
    const progress = withResume(emptyProgress(), record, known, NOW);
    expect(moduleStatus(progress, m1)).toBe('complete');
    expect(parseCheckState(progress.exercises['check-m1']?.state, [])?.best).toBe(90);
    const history = parseExamHistory(progress.exercises.exam?.state);
    expect(certificateAttempt(history)?.percent).toBe(85);
    expect(progress.exercises.exam?.done).toBe(true);
    expect(progress.exercises.pesos).toBeUndefined();
  });

  it('keeps local work and the better local score', () => {
    const local = studied();
    const record: ResumeRecord = { ...emptyResume(), done: ['pesos'], checks: { m1: 50 } };
    const merged = withResume(local, record, known, NOW);
    expect(merged.exercises.pesos?.done).toBe(true);
    expect(merged.exercises.pesos?.state).toEqual(local.exercises.pesos?.state);
    expect(merged.exercises['check-m1']).toEqual(local.exercises['check-m1']);
  });

  it('raises a local check score to the LMS one without dropping its answers', () => {
    const local = withExercise(
      emptyProgress(),
      'check-m2',
      { attempt: 1, answers: { q: { type: 'truefalse', value: true } }, checked: [], best: 40, finished: 1 },
      false,
      NOW,
    );
    const merged = withResume(local, { ...emptyResume(), checks: { m2: 80 }, done: ['check-m2'] }, known, NOW);
    expect(merged.exercises['check-m2']?.state).toMatchObject({ best: 80, answers: { q: { value: true } } });
    expect(merged.exercises['check-m2']?.done).toBe(true);
  });

  it('adds the LMS attempt to a local exam history that lacks it, in time order', () => {
    const local = withExercise(
      emptyProgress(),
      'exam',
      { current: null, history: [attempt(3, 50, '2026-12-02T11:00:00.000Z')] },
      false,
      NOW,
    );
    const record = resumeFrom(studied(), MODULES, null);
    const history = parseExamHistory(withResume(local, record, known, NOW).exercises.exam?.state);
    expect(history.map((entry) => entry.seed)).toEqual([9, 3]);
    expect(parseExamHistory(withResume(studied(), record, known, NOW).exercises.exam?.state)).toHaveLength(2);
  });

  it('ignores ids this version of the course does not have', () => {
    const record: ResumeRecord = { ...emptyResume(), completed: ['m9'], done: ['gone'], checks: { m9: 100 } };
    expect(withResume(emptyProgress(), record, known, NOW)).toEqual({ ...emptyProgress(), modules: {} });
  });
});
