import { describe, expect, it } from 'vitest';
import {
  PROGRESS_BACKUP_KEY,
  PROGRESS_OLDER_BACKUP_KEY,
  PROGRESS_KEY,
  continueTarget,
  courseCompletion,
  decodeProgress,
  emptyProgress,
  exercisesDone,
  moduleStatus,
  recoverProgress,
  stepAfterModules,
  validateProgress,
  withCompletion,
  withVisit,
  type Progress,
} from '../../src/platform/progress';
import { withExercise, withoutExercise } from '../../src/platform/exercise-record';

const T1 = '2026-11-23T09:00:00.000Z';
const T2 = '2026-11-23T10:30:00.000Z';
const M3 = { id: 'm3', exercises: ['disc-quiz', 'peak-end'] };
const M1 = { id: 'm1', exercises: [] };
const M4 = { id: 'm4', exercises: ['coaching'] };

function sample(): Progress {
  return {
    version: 1,
    modules: { m3: { visitedAt: T1 } },
    exercises: { 'disc-quiz': { done: true, updatedAt: T1, state: { mode: 'self', answers: {} } } },
    lastModule: 'm3',
  };
}

describe('emptyProgress', () => {
  it('is version 1 with nothing recorded', () => {
    expect(emptyProgress()).toEqual({ version: 1, modules: {}, exercises: {} });
  });
  it('returns a fresh object each time', () => {
    expect(emptyProgress()).not.toBe(emptyProgress());
  });
});

describe('validateProgress', () => {
  it('accepts a full record and returns an equal copy', () => {
    const value = sample();
    expect(validateProgress(JSON.parse(JSON.stringify(value)))).toEqual(value);
  });
  it('accepts the minimal record', () => {
    expect(validateProgress({ version: 1, modules: {}, exercises: {} })).toEqual(emptyProgress());
  });
  it.each([
    ['null', null],
    ['a string', 'progress'],
    ['a wrong version', { ...sample(), version: 2 }],
    ['missing modules', { version: 1, exercises: {} }],
    ['modules as a string', { version: 1, modules: 'm3', exercises: {} }],
    ['a bad module time', { version: 1, modules: { m3: { visitedAt: 'yesterday' } }, exercises: {} }],
    ['an exercise without done', { version: 1, modules: {}, exercises: { x: { updatedAt: T1 } } }],
    ['an exercise with a string done', { version: 1, modules: {}, exercises: { x: { done: 'yes', updatedAt: T1 } } }],
    ['an unsafe key', { version: 1, modules: { __proto__x: {} }, exercises: {} }],
    ['an upper-case key', { version: 1, modules: { M3: {} }, exercises: {} }],
    ['a script as key', { version: 1, modules: { '<script>': {} }, exercises: {} }],
    ['a numeric lastModule', { ...sample(), lastModule: 3 }],
    ['a hostile lastModule', { ...sample(), lastModule: 'm3"><img src=x onerror=alert(1)>' }],
    ['a time of the wrong shape', { version: 1, modules: { m3: { visitedAt: '2026-99-99T::Z' } }, exercises: {} }],
    ['an impossible visit date', { version: 1, modules: { m3: { visitedAt: '2026-13-45T10:00:00Z' } }, exercises: {} }],
    [
      'an impossible completion time',
      { version: 1, modules: { m3: { completedAt: '2026-02-31T99:99:99Z' } }, exercises: {} },
    ],
    [
      'an impossible save time',
      { version: 1, modules: {}, exercises: { x: { done: true, updatedAt: '2026-02-31T10:00:00Z' } } },
    ],
    ['exercises as an array', { version: 1, modules: {}, exercises: [{ done: true, updatedAt: T1 }] }],
  ])('rejects %s', (_label, value) => {
    expect(validateProgress(value)).toBeNull();
  });
  it('never lets a __proto__ key change the prototype', () => {
    const hostile = JSON.parse('{"version":1,"modules":{"__proto__":{"polluted":true}},"exercises":{}}');
    expect(validateProgress(hostile)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('reads no inherited field as a saved one', () => {
    const hostile = JSON.parse(
      `{"version":1,"modules":{},"exercises":{"x":{"__proto__":{"done":true,"updatedAt":"${T1}"}}}}`,
    );
    expect(validateProgress(hostile)).toBeNull();
  });
  it('drops unknown top-level fields', () => {
    expect(validateProgress({ ...emptyProgress(), extra: 'x' })).toEqual(emptyProgress());
  });
});

describe('decodeProgress', () => {
  it('treats a missing value as a fresh start without a problem', () => {
    expect(decodeProgress(undefined)).toEqual({ progress: emptyProgress() });
    expect(decodeProgress(null)).toEqual({ progress: emptyProgress() });
    expect(decodeProgress('')).toEqual({ progress: emptyProgress() });
  });
  it('decodes a stored record', () => {
    expect(decodeProgress(JSON.stringify(sample()))).toEqual({ progress: sample() });
  });
  it('reports garbage as corrupt', () => {
    expect(decodeProgress('{not json')).toEqual({ progress: emptyProgress(), problem: 'corrupt' });
    expect(decodeProgress('"just a string"')).toEqual({ progress: emptyProgress(), problem: 'corrupt' });
    expect(decodeProgress('{"version":1,"modules":5}')).toEqual({ progress: emptyProgress(), problem: 'corrupt' });
  });
  it('reports an older version as outdated and a newer one as newer', () => {
    expect(decodeProgress('{"version":0,"modules":{}}').problem).toBe('outdated');
    expect(decodeProgress('{"version":7,"modules":{}}').problem).toBe('newer');
  });
});

describe('recoverProgress', () => {
  it('keeps a good value and touches no storage', () => {
    const storage: Record<string, string> = {};
    expect(recoverProgress(JSON.stringify(sample()), storage)).toEqual({ progress: sample() });
    expect(storage).toEqual({});
  });
  it('backs up an unreadable value and stores a clean record', () => {
    const storage: Record<string, string> = { [PROGRESS_KEY]: 'garbage' };
    const result = recoverProgress('garbage', storage);
    expect(result.problem).toBe('corrupt');
    expect(storage).toEqual({ [PROGRESS_KEY]: JSON.stringify(emptyProgress()), [PROGRESS_BACKUP_KEY]: 'garbage' });
  });
  it('keeps the previous backup when a second unreadable value comes', () => {
    const storage: Record<string, string> = { [PROGRESS_BACKUP_KEY]: 'first' };
    recoverProgress('second', storage);
    expect(storage[PROGRESS_BACKUP_KEY]).toBe('second');
    expect(storage[PROGRESS_OLDER_BACKUP_KEY]).toBe('first');
  });
  it('does nothing for a missing value', () => {
    const storage: Record<string, string> = {};
    expect(recoverProgress(undefined, storage)).toEqual({ progress: emptyProgress() });
    expect(storage).toEqual({});
  });
});

describe('module status', () => {
  it('counts done exercises only', () => {
    const progress = withExercise(sample(), 'peak-end', {}, false, T2);
    expect(exercisesDone(progress, M3.exercises)).toBe(1);
    expect(exercisesDone(withExercise(progress, 'peak-end', {}, true, T2), M3.exercises)).toBe(2);
  });
  it('is not-started with no visit and no exercise', () => {
    expect(moduleStatus(emptyProgress(), M3)).toBe('not-started');
  });
  it('is in-progress after a visit or an exercise attempt', () => {
    expect(moduleStatus(withVisit(emptyProgress(), 'm3', T1), M3)).toBe('in-progress');
    expect(moduleStatus(withExercise(emptyProgress(), 'peak-end', {}, false, T1), M3)).toBe('in-progress');
  });
  it('is complete only when marked and every exercise is done', () => {
    let progress = withExercise(sample(), 'peak-end', {}, true, T2);
    expect(moduleStatus(progress, M3)).toBe('in-progress');
    progress = withCompletion(progress, M3, true, T2);
    expect(moduleStatus(progress, M3)).toBe('complete');
  });
  it('falls back to in-progress when an exercise is reset after completion', () => {
    const complete = withCompletion(withExercise(sample(), 'peak-end', {}, true, T2), M3, true, T2);
    expect(moduleStatus(withoutExercise(complete, 'peak-end'), M3)).toBe('in-progress');
  });
  it('lets a module without exercises be completed directly', () => {
    expect(moduleStatus(withCompletion(emptyProgress(), M1, true, T1), M1)).toBe('complete');
  });
});

describe('withCompletion', () => {
  it('refuses to complete while exercises are open, returning the same object', () => {
    const progress = sample();
    expect(withCompletion(progress, M3, true, T2)).toBe(progress);
  });
  it('can be undone, keeping the visit', () => {
    const done = withCompletion(emptyProgress(), M1, true, T1);
    expect(done.modules.m1).toEqual({ completedAt: T1 });
    const undone = withCompletion(withVisit(done, 'm1', T2), M1, false, T2);
    expect(undone.modules.m1).toEqual({ visitedAt: T2 });
  });
  it('does not mutate its input', () => {
    const progress = emptyProgress();
    withCompletion(progress, M1, true, T1);
    expect(progress).toEqual(emptyProgress());
  });
});

describe('withVisit', () => {
  it('records the first visit time and the last module', () => {
    const first = withVisit(emptyProgress(), 'm3', T1);
    const again = withVisit(first, 'm3', T2);
    expect(again.modules.m3).toEqual({ visitedAt: T1 });
    expect(withVisit(again, 'm1', T2).lastModule).toBe('m1');
  });
});

describe('courseCompletion and continueTarget', () => {
  const modules = [M1, M3, M4];
  it('reports 0 of n at the start, and the first module to start', () => {
    expect(courseCompletion(emptyProgress(), modules)).toEqual({ complete: 0, total: 3, percent: 0 });
    expect(continueTarget(emptyProgress(), modules)).toBe('m1');
  });
  it('rounds the percentage', () => {
    const progress = withCompletion(emptyProgress(), M1, true, T1);
    expect(courseCompletion(progress, modules)).toEqual({ complete: 1, total: 3, percent: 33 });
  });
  it('continues with the last module opened while it is unfinished', () => {
    expect(continueTarget(withVisit(emptyProgress(), 'm4', T1), modules)).toBe('m4');
  });
  it('moves on to the first unfinished module once the last one is complete', () => {
    const progress = withCompletion(withVisit(emptyProgress(), 'm1', T1), M1, true, T1);
    expect(continueTarget(progress, modules)).toBe('m3');
  });
  it('returns null when everything is complete, and handles an empty course', () => {
    const progress = withCompletion(emptyProgress(), M1, true, T1);
    expect(continueTarget(progress, [M1])).toBeNull();
    expect(courseCompletion(emptyProgress(), [])).toEqual({ complete: 0, total: 0, percent: 0 });
  });
});

describe('stepAfterModules', () => {
  const exam = (done: boolean) => withExercise(emptyProgress(), 'exam', { current: null, history: [] }, done, T1);
  it('is the exam until an attempt has passed', () => {
    expect(stepAfterModules(emptyProgress(), '张晓燕')).toBe('exam');
    expect(stepAfterModules(exam(false), '张晓燕')).toBe('exam');
  });
  it('is the certificate once passed, until it has a name', () => {
    expect(stepAfterModules(exam(true), undefined)).toBe('certificate');
    expect(stepAfterModules(exam(true), '  ')).toBe('certificate');
  });
  it('is the plan once the certificate has a name', () => {
    expect(stepAfterModules(exam(true), '张晓燕')).toBe('plan');
  });
});

describe('exercise records', () => {
  it('saves state with its time and done flag, replacing the previous record', () => {
    const saved = withExercise(sample(), 'disc-quiz', { mode: 'customer', answers: {} }, false, T2);
    expect(saved.exercises['disc-quiz']).toEqual({
      done: false,
      updatedAt: T2,
      state: { mode: 'customer', answers: {} },
    });
    expect(sample().exercises['disc-quiz']?.done).toBe(true);
  });
  it('removes only the named exercise', () => {
    const both = withExercise(sample(), 'peak-end', [], true, T2);
    expect(Object.keys(withoutExercise(both, 'disc-quiz').exercises)).toEqual(['peak-end']);
    expect(withoutExercise(both, 'unknown').exercises).toEqual(both.exercises);
  });
});
