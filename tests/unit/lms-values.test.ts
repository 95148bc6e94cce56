import { describe, expect, it } from 'vitest';
import {
  finishValues,
  interactionValues,
  sessionTime,
  statusValues,
  type LearnerStatus,
} from '../../src/features/lms/cmi-values';
import { placeOf, resumeUrl, sectionInView } from '../../src/features/lms/resume-place';
import { certificateName, stashKey, switchLearner, type KeyValueStore } from '../../src/features/lms/learner-storage';
import { PROGRESS_KEY } from '../../src/platform/progress';
import { LEARNER_KEY } from '../../src/platform/learner';

const status = (over: Partial<LearnerStatus> = {}): LearnerStatus => ({
  modulesComplete: 2,
  modulesTotal: 7,
  exam: null,
  location: 'modules/m3/index.html',
  suspendData: '{"v":1}',
  ...over,
});
const elements = (values: readonly (readonly [string, string])[]) => values.map(([element]) => element);
const valueOf = (values: readonly (readonly [string, string])[], element: string) =>
  values.find(([name]) => name === element)?.[1];

describe('statusValues', () => {
  it('1.2: incomplete, then completed when every module is complete', () => {
    expect(valueOf(statusValues('1.2', status()), 'cmi.core.lesson_status')).toBe('incomplete');
    expect(valueOf(statusValues('1.2', status({ modulesComplete: 7 })), 'cmi.core.lesson_status')).toBe('completed');
    expect(
      valueOf(statusValues('1.2', status({ modulesComplete: 0, modulesTotal: 0 })), 'cmi.core.lesson_status'),
    ).toBe('incomplete');
  });

  it('1.2: passed or failed from the exam, with the score (min, max, raw) before the status', () => {
    const passed = statusValues('1.2', status({ exam: { best: 86, passed: true } }));
    expect(elements(passed)).toEqual([
      'cmi.core.score.min',
      'cmi.core.score.max',
      'cmi.core.score.raw',
      'cmi.core.lesson_status',
      'cmi.core.lesson_location',
      'cmi.suspend_data',
    ]);
    expect(valueOf(passed, 'cmi.core.score.raw')).toBe('86');
    expect(valueOf(passed, 'cmi.core.lesson_status')).toBe('passed');
    const failed = statusValues('1.2', status({ modulesComplete: 7, exam: { best: 40, passed: false } }));
    expect(valueOf(failed, 'cmi.core.lesson_status')).toBe('failed');
  });

  it('2004: completion from modules and success from the exam, apart; scaled score', () => {
    const before = statusValues('2004', status());
    expect(valueOf(before, 'cmi.completion_status')).toBe('incomplete');
    expect(valueOf(before, 'cmi.success_status')).toBe('unknown');
    expect(valueOf(before, 'cmi.score.raw')).toBeUndefined();
    const after = statusValues('2004', status({ modulesComplete: 7, exam: { best: 75, passed: false } }));
    expect(elements(after).slice(0, 6)).toEqual([
      'cmi.score.min',
      'cmi.score.max',
      'cmi.score.raw',
      'cmi.score.scaled',
      'cmi.completion_status',
      'cmi.success_status',
    ]);
    expect(valueOf(after, 'cmi.score.scaled')).toBe('0.75');
    expect(valueOf(after, 'cmi.completion_status')).toBe('completed');
    expect(valueOf(after, 'cmi.success_status')).toBe('failed');
    expect(valueOf(after, 'cmi.location')).toBe('modules/m3/index.html');
  });
});

describe('sessionTime', () => {
  it('1.2: HHHH:MM:SS.SS', () => {
    expect(sessionTime('1.2', 0)).toBe('00:00:00.00');
    expect(sessionTime('1.2', 3_723_450)).toBe('01:02:03.45');
    expect(sessionTime('1.2', 100 * 3_600_000)).toBe('100:00:00.00');
    expect(sessionTime('1.2', -5)).toBe('00:00:00.00');
    expect(sessionTime('1.2', 99_999 * 3_600_000)).toMatch(/^9999:/);
  });

  it('2004: an ISO 8601 duration', () => {
    expect(sessionTime('2004', 0)).toBe('PT0H0M0S');
    expect(sessionTime('2004', 3_723_450)).toBe('PT1H2M3.45S');
  });

  it('is written with exit=suspend when the session ends', () => {
    expect(finishValues('1.2', 1000)).toEqual([
      ['cmi.core.session_time', '00:00:01.00'],
      ['cmi.core.exit', 'suspend'],
    ]);
    expect(finishValues('2004', 1000)).toEqual([
      ['cmi.session_time', 'PT0H0M1S'],
      ['cmi.exit', 'suspend'],
    ]);
  });
});

describe('interactionValues', () => {
  const when = new Date('2026-12-02T09:30:05Z');
  const questions = [
    { id: 'm1-q1', type: 'single', correct: true, answer: { type: 'single', choice: 1 } },
    { id: 'm2-q4', type: 'scenario', correct: false },
  ] as const;

  it('1.2: id, type, the response when answered, result, time per question from the first free index', () => {
    expect(interactionValues('1.2', 3, questions, when)).toEqual([
      ['cmi.interactions.3.id', 'm1-q1'],
      ['cmi.interactions.3.type', 'choice'],
      ['cmi.interactions.3.student_response', 'b'],
      ['cmi.interactions.3.result', 'correct'],
      ['cmi.interactions.3.time', '09:30:05'],
      ['cmi.interactions.4.id', 'm2-q4'],
      ['cmi.interactions.4.type', 'performance'],
      ['cmi.interactions.4.result', 'wrong'],
      ['cmi.interactions.4.time', '09:30:05'],
    ]);
  });

  it("2004: its own vocabulary ('incorrect', 'other') and a timestamp", () => {
    const values = interactionValues('2004', 0, questions, when);
    expect(values[0]).toEqual(['cmi.interactions.0.id', 'm1-q1']);
    expect(valueOf(values, 'cmi.interactions.1.result')).toBe('incorrect');
    expect(valueOf(values, 'cmi.interactions.1.type')).toBe('other');
    expect(valueOf(values, 'cmi.interactions.0.timestamp')).toBe('2026-12-02T09:30:05.00Z');
    expect(valueOf(values, 'cmi.interactions.0.learner_response')).toBe('b');
    expect(values.map(([element]) => element)).not.toContain('cmi.interactions.1.learner_response');
  });
});

describe('placeOf / resumeUrl', () => {
  const root = 'https://lms.example/pluginfile.php/42/mod_scorm/content/1/';

  it('is the page and section relative to the package root', () => {
    expect(placeOf(`${root}modules/m3/index.html#%E9%A1%BE%E5%AE%A2`, root)).toBe('modules/m3/index.html#顾客');
    expect(placeOf(`${root}modules/m3/`, root)).toBe('modules/m3/index.html');
    expect(placeOf(root, root)).toBe('index.html');
  });

  it('is nothing outside the course pages', () => {
    expect(placeOf('https://elsewhere.example/modules/m3/index.html', root)).toBeNull();
    expect(placeOf(`${root}launch/index.html`, root)).toBeNull();
    expect(placeOf(`${root}_astro/page.js`, root)).toBeNull();
    expect(placeOf('not a url', root)).toBeNull();
  });

  it('leaves off a section too long for 255 characters', () => {
    expect(placeOf(`${root}modules/m3/index.html#${'x'.repeat(300)}`, root)).toBe('modules/m3/index.html');
  });

  it('opens only a course page the LMS hands back', () => {
    expect(resumeUrl('modules/m3/index.html#顾客', root)).toBe(`${root}modules/m3/index.html#%E9%A1%BE%E5%AE%A2`);
    expect(resumeUrl('index.html', root)).toBe(`${root}index.html`);
    for (const bad of ['', null, '../x/index.html', 'https://evil.example/index.html', 'launch/index.html', 'a b.html'])
      expect(resumeUrl(bad, root)).toBeNull();
  });
});

function memoryStore(entries: Record<string, string> = {}): KeyValueStore & { entries: Map<string, string> } {
  const map = new Map(Object.entries(entries));
  return {
    entries: map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

describe('switchLearner', () => {
  it('lets the first learner on a device keep what is there', () => {
    const store = memoryStore({ [PROGRESS_KEY]: 'mine' });
    switchLearner(store, 'u1');
    expect(store.getItem(PROGRESS_KEY)).toBe('mine');
  });

  it("puts the previous learner's data aside and brings back this learner's", () => {
    const store = memoryStore({ [PROGRESS_KEY]: 'first', [LEARNER_KEY]: '张三' });
    switchLearner(store, 'u1');
    switchLearner(store, 'u2');
    expect(store.getItem(PROGRESS_KEY)).toBeNull();
    expect(store.getItem(LEARNER_KEY)).toBeNull();
    store.setItem(PROGRESS_KEY, 'second');
    switchLearner(store, 'u1');
    expect(store.getItem(PROGRESS_KEY)).toBe('first');
    expect(store.getItem(LEARNER_KEY)).toBe('张三');
    expect(store.getItem(stashKey('u2', PROGRESS_KEY))).toBe('second');
    expect(store.getItem(stashKey('u1', PROGRESS_KEY))).toBeNull();
    switchLearner(store, 'u1');
    expect(store.getItem(PROGRESS_KEY)).toBe('first');
  });

  it('keys ids with any characters safely', () => {
    expect(stashKey('a:b/c', PROGRESS_KEY)).toBe(`svc-course:lms:a%3Ab%2Fc:${PROGRESS_KEY}`);
  });
});

describe('certificateName', () => {
  it('turns "Last, First" into the name as written', () => {
    expect(certificateName('张, 三')).toBe('张三');
    expect(certificateName('Smith, Anna')).toBe('Anna Smith');
    expect(certificateName(' 李四 ')).toBe('李四');
    expect(certificateName('a, b, c')).toBe('a, b, c');
  });
});

describe('sectionInView', () => {
  it('is the last heading at or above the reading line, or none above the first', () => {
    const headings = [
      { id: '导入', top: -900 },
      { id: '峰终定律', top: 40 },
      { id: '客户满意公式', top: 500 },
    ];
    expect(sectionInView(headings)).toBe('峰终定律');
    expect(sectionInView(headings.map((heading) => ({ ...heading, top: heading.top + 1000 })))).toBeNull();
    expect(sectionInView([])).toBeNull();
    expect(sectionInView([{ id: '', top: 0 }])).toBeNull();
  });
});
