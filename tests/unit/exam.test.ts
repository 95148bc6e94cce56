import { describe, expect, it } from 'vitest';
import {
  allocateQuestions,
  answerFor,
  attemptIdFor,
  certificateAttempt,
  emptyExamState,
  formatCountdown,
  isOutOfTime,
  markAttempt,
  MAX_HISTORY,
  parseExamHistory,
  parseExamState,
  secondsLeft,
  selectQuestions,
  startAttempt,
  submitExam,
  unansweredIds,
  withCurrentAnswer,
  withExamAnswer,
  withStartedAttempt,
  type ExamState,
  type ModuleWeight,
  type SubmittedAttempt,
} from '../../src/features/assessment/exam';
import type { Question } from '../../src/schemas/quiz';
import { displayOrder } from '../../src/features/assessment/quiz';
import { base, single, truefalse } from './fixtures/questions';

/** `count` single-choice questions for a module; option index 1 is right. */
function bank(module: string, count: number, use: Array<'check' | 'exam'> = ['check', 'exam']): Question[] {
  return Array.from({ length: count }, (_, index) => ({ ...single, module, use, id: `${module}-q${index + 1}` }));
}

const MODULES: ModuleWeight[] = [
  { id: 'm1', minutes: 90 },
  { id: 'm2', minutes: 90 },
  { id: 'm3', minutes: 180 },
];
const POOL = [...bank('m1', 12), ...bank('m2', 12), ...bank('m3', 12)];
const BY_ID = new Map(POOL.map((question) => [question.id, question]));
const CONFIG = { questions: 12, passPercent: 80, timeLimitMinutes: null };
const NOW = new Date('2026-11-23T09:00:00.000Z');
const right = { type: 'single' as const, choice: 1 };
const wrong = { type: 'single' as const, choice: 0 };

describe('allocateQuestions', () => {
  const withPool = (available: number) => MODULES.map((module) => ({ ...module, available }));

  it('shares questions in proportion to module minutes', () => {
    expect(allocateQuestions(withPool(20), 12)).toEqual({ m1: 3, m2: 3, m3: 6 });
  });

  it('rounds so that the total is exact', () => {
    const counts = allocateQuestions(withPool(20), 10);
    expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(10);
    expect(counts.m3).toBe(5);
  });

  it('gives a small module’s shortfall to the others', () => {
    const counts = allocateQuestions(
      [
        { id: 'm1', minutes: 90, available: 1 },
        { id: 'm2', minutes: 90, available: 20 },
        { id: 'm3', minutes: 180, available: 20 },
      ],
      12,
    );
    expect(counts).toEqual({ m1: 1, m2: 4, m3: 7 });
  });

  it('draws the whole pool when asked for more than it has', () => {
    expect(allocateQuestions(withPool(2), 30)).toEqual({ m1: 2, m2: 2, m3: 2 });
  });

  it('gives nothing for zero, negative or fractional nonsense', () => {
    expect(allocateQuestions(withPool(5), 0)).toEqual({ m1: 0, m2: 0, m3: 0 });
    expect(allocateQuestions(withPool(5), -3)).toEqual({ m1: 0, m2: 0, m3: 0 });
    expect(allocateQuestions([{ id: 'm1', minutes: 0, available: 5 }], 4)).toEqual({ m1: 0 });
    expect(Object.values(allocateQuestions(withPool(5), 6.9)).reduce((sum, count) => sum + count, 0)).toBe(6);
  });
});

describe('selectQuestions', () => {
  it('is reproducible from the seed', () => {
    expect(selectQuestions(POOL, MODULES, 12, 42)).toEqual(selectQuestions(POOL, MODULES, 12, 42));
  });

  it('draws different questions or orders for different seeds', () => {
    expect(selectQuestions(POOL, MODULES, 12, 1)).not.toEqual(selectQuestions(POOL, MODULES, 12, 2));
  });

  it('takes each module’s quota, with no repeats', () => {
    const ids = selectQuestions(POOL, MODULES, 12, 7);
    expect(new Set(ids).size).toBe(12);
    expect(ids.filter((id) => id.startsWith('m3-')).length).toBe(6);
    expect(ids.filter((id) => id.startsWith('m1-')).length).toBe(3);
  });

  it('mixes modules instead of listing them in course order', () => {
    const ids = selectQuestions(POOL, MODULES, 12, 7);
    const modulesInOrder = ids.map((id) => id.slice(0, 2));
    expect(modulesInOrder).not.toEqual([...modulesInOrder].sort());
  });

  it('uses only exam questions of the listed modules', () => {
    const pool = [...bank('m1', 5, ['check']), ...bank('m2', 5), ...bank('m9', 5)];
    const ids = selectQuestions(pool, MODULES, 30, 3);
    expect(ids.every((id) => id.startsWith('m2-'))).toBe(true);
    expect(ids).toHaveLength(5);
  });
});

describe('attempts', () => {
  it('names an attempt by its seed, readably and stably', () => {
    expect(attemptIdFor(0)).toBe('0000-000');
    expect(attemptIdFor(0xffffffff)).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{3}$/);
    expect(attemptIdFor(123456789)).toBe(attemptIdFor(123456789));
    expect(attemptIdFor(1)).not.toBe(attemptIdFor(2));
    expect(attemptIdFor(0xffffffff)).not.toMatch(/[ILOU]/);
  });

  it('starts with the drawn questions, no answers and no deadline by default', () => {
    const attempt = startAttempt(POOL, MODULES, CONFIG, 99, NOW);
    expect(attempt.questionIds).toEqual(selectQuestions(POOL, MODULES, 12, 99));
    expect(attempt).toMatchObject({ seed: 99, startedAt: NOW.toISOString(), deadline: null, answers: {} });
    expect(secondsLeft(attempt, NOW)).toBeNull();
    expect(isOutOfTime(attempt, new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });

  it('counts down a time limit and runs out at the deadline', () => {
    const attempt = startAttempt(POOL, MODULES, { ...CONFIG, timeLimitMinutes: 45 }, 99, NOW);
    expect(attempt.deadline).toBe('2026-11-23T09:45:00.000Z');
    expect(secondsLeft(attempt, new Date('2026-11-23T09:44:30.000Z'))).toBe(30);
    expect(isOutOfTime(attempt, new Date('2026-11-23T09:44:59.500Z'))).toBe(false);
    expect(isOutOfTime(attempt, new Date('2026-11-23T09:45:00.000Z'))).toBe(true);
    expect(secondsLeft(attempt, new Date('2026-11-23T11:00:00.000Z'))).toBe(0);
  });

  it('keeps answers only for its own questions', () => {
    const attempt = startAttempt(POOL, MODULES, CONFIG, 5, NOW);
    const [first] = attempt.questionIds as [string];
    const answered = withExamAnswer(attempt, first, right);
    expect(answered.answers[first]).toEqual(right);
    expect(attempt.answers).toEqual({});
    const notOurs = POOL.find((question) => !attempt.questionIds.includes(question.id))!;
    expect(withExamAnswer(answered, notOurs.id, right)).toBe(answered);
  });

  it('starts an attempt from the latest state, keeping one already running (another tab)', () => {
    const first = startAttempt(POOL, MODULES, CONFIG, 5, NOW);
    const second = startAttempt(POOL, MODULES, CONFIG, 6, NOW);
    const started = withStartedAttempt(emptyExamState(), first);
    expect(started).toEqual({ current: first, history: [] });
    expect(withStartedAttempt(started, second)).toBe(started);
  });

  it('records answers in the running attempt, one change after another', () => {
    const attempt = startAttempt(POOL, MODULES, CONFIG, 5, NOW);
    const [first, second] = attempt.questionIds as [string, string];
    const state: ExamState = { current: attempt, history: [] };
    const both = withCurrentAnswer(withCurrentAnswer(state, first, right), second, wrong);
    expect(both.current!.answers).toEqual({ [first]: right, [second]: wrong });
    expect(state.current!.answers).toEqual({});
    const notOurs = POOL.find((question) => !attempt.questionIds.includes(question.id))!;
    expect(withCurrentAnswer(state, notOurs.id, right)).toBe(state);
  });

  it('ignores an answer that arrives after the attempt was submitted', () => {
    const attempt = startAttempt(POOL, MODULES, CONFIG, 5, NOW);
    const submitted = submitExam({ current: attempt, history: [] }, BY_ID, 80, NOW);
    expect(withCurrentAnswer(submitted, attempt.questionIds[0]!, right)).toBe(submitted);
  });

  it('lists the questions still unanswered', () => {
    const attempt = startAttempt(POOL, MODULES, CONFIG, 5, NOW);
    const [first, second] = attempt.questionIds as [string, string];
    const answered = withExamAnswer(withExamAnswer(attempt, first, right), second, wrong);
    expect(unansweredIds(answered, BY_ID)).toEqual(attempt.questionIds.slice(2));
  });
});

describe('formatCountdown', () => {
  it('shows minutes and seconds, and hours when needed', () => {
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(65)).toBe('1:05');
    expect(formatCountdown(3600 + 62)).toBe('1:01:02');
    expect(formatCountdown(-5)).toBe('0:00');
  });
});

describe('marking', () => {
  const attempt = startAttempt(POOL, MODULES, CONFIG, 11, NOW);
  const answerAll = (count: number) =>
    attempt.questionIds.reduce((next, id, index) => withExamAnswer(next, id, index < count ? right : wrong), attempt);

  it('scores every question once and passes at the pass mark', () => {
    const marked = markAttempt(answerAll(10), BY_ID, 80, NOW);
    expect(marked.percent).toBe(83);
    expect(marked.passed).toBe(true);
    expect(marked.passPercent).toBe(80);
    expect(marked.submittedAt).toBe(NOW.toISOString());
  });

  it('fails below the pass mark and counts unanswered questions as 0', () => {
    const marked = markAttempt(answerAll(9), BY_ID, 80, NOW);
    expect(marked.percent).toBe(75);
    expect(marked.passed).toBe(false);
    expect(markAttempt(attempt, BY_ID, 80, NOW).percent).toBe(0);
  });

  it('breaks the score down by module', () => {
    const marked = markAttempt(answerAll(12), BY_ID, 80, NOW);
    expect(marked.byModule).toEqual({
      m1: { earned: 3, possible: 3 },
      m2: { earned: 3, possible: 3 },
      m3: { earned: 6, possible: 6 },
    });
  });

  it('gives partial credit through the question’s own scoring', () => {
    const multiple: Question = {
      ...base,
      id: 'q-multi',
      type: 'multiple',
      prompt: '选出所有正确项',
      options: [
        { text: 'a', correct: true },
        { text: 'b', correct: true },
        { text: 'c', correct: false },
      ],
    };
    const questions = new Map<string, Question>([
      [multiple.id, multiple],
      [truefalse.id, truefalse],
    ]);
    const own = {
      id: 'X',
      seed: 1,
      startedAt: NOW.toISOString(),
      deadline: null,
      questionIds: [multiple.id, truefalse.id],
      answers: { [multiple.id]: { type: 'multiple' as const, choices: [0] } },
    };
    const marked = markAttempt(own, questions, 80, NOW);
    expect(marked.byModule.m3).toEqual({ earned: 0.5, possible: 2 });
    expect(marked.percent).toBe(25);
  });

  it('never passes an attempt with no questions left', () => {
    const empty = { ...attempt, questionIds: ['gone'] };
    expect(markAttempt(empty, BY_ID, 1, NOW)).toMatchObject({ percent: 0, passed: false, byModule: {} });
  });

  it('moves the current attempt into the history on submit', () => {
    const state: ExamState = { current: answerAll(12), history: [] };
    const next = submitExam(state, BY_ID, 80, NOW);
    expect(next.current).toBeNull();
    expect(next.history).toHaveLength(1);
    expect(next.history[0]!.percent).toBe(100);
    expect(submitExam(next, BY_ID, 80, NOW)).toBe(next);
  });

  it('keeps at most MAX_HISTORY attempts, dropping the oldest', () => {
    const old = markAttempt(attempt, BY_ID, 80, NOW);
    const state: ExamState = { current: answerAll(12), history: Array.from({ length: MAX_HISTORY }, () => old) };
    const next = submitExam(state, BY_ID, 80, NOW);
    expect(next.history).toHaveLength(MAX_HISTORY);
    expect(next.history.at(-1)!.percent).toBe(100);
  });
});

describe('certificateAttempt', () => {
  const marked = (percent: number, passed: boolean, submittedAt: string) =>
    ({
      ...markAttempt(startAttempt(POOL, MODULES, CONFIG, percent, NOW), BY_ID, 80, NOW),
      percent,
      passed,
      submittedAt,
    }) as SubmittedAttempt;

  it('is the best passed attempt, the earliest of equals', () => {
    const first = marked(85, true, '2026-11-23T10:00:00.000Z');
    const second = marked(92, true, '2026-11-23T11:00:00.000Z');
    const third = marked(92, true, '2026-11-23T12:00:00.000Z');
    expect(certificateAttempt([marked(60, false, NOW.toISOString()), first, second, third])).toBe(second);
  });

  it('is null without a passed attempt', () => {
    expect(certificateAttempt([])).toBeNull();
    expect(certificateAttempt([marked(99, false, NOW.toISOString())])).toBeNull();
  });
});

describe('parseExamState', () => {
  const attempt = withExamAnswer(startAttempt(POOL, MODULES, CONFIG, 21, NOW), 'm1-q1', right);
  const submitted = markAttempt(startAttempt(POOL, MODULES, CONFIG, 22, NOW), BY_ID, 80, NOW);
  const roundTrip = (state: unknown) => parseExamState(JSON.parse(JSON.stringify(state)), BY_ID);

  it('restores a saved attempt and history exactly', () => {
    const state = { current: attempt, history: [submitted] };
    expect(roundTrip(state)).toEqual(state);
    expect(roundTrip(emptyExamState())).toEqual(emptyExamState());
  });

  it('drops questions and answers that no longer exist or no longer fit', () => {
    const saved = {
      ...attempt,
      questionIds: [...attempt.questionIds, 'removed-q', attempt.questionIds[0]],
      answers: { ...attempt.answers, [attempt.questionIds[1]!]: { type: 'single', choice: 99 }, 'removed-q': right },
    };
    const parsed = roundTrip({ current: saved, history: [] })!;
    expect(parsed.current!.questionIds).toEqual(attempt.questionIds);
    expect(Object.keys(parsed.current!.answers)).toEqual(
      Object.keys(attempt.answers).filter((id) => attempt.questionIds.includes(id)),
    );
  });

  it('derives the attempt id from the seed rather than trusting it', () => {
    expect(roundTrip({ current: { ...attempt, id: '<b>x</b>' }, history: [] })!.current!.id).toBe(attemptIdFor(21));
  });

  it('rejects what is not exam state', () => {
    for (const value of [null, 'exam', 3, [], {}, { current: null }, { current: null, history: 'no' }]) {
      expect(parseExamState(value, BY_ID)).toBeNull();
    }
  });

  it('rejects a damaged attempt or history entry', () => {
    const bad: unknown[] = [
      { current: { ...attempt, seed: -1 }, history: [] },
      { current: { ...attempt, seed: 2 ** 40 }, history: [] },
      { current: { ...attempt, startedAt: 'yesterday' }, history: [] },
      { current: { ...attempt, deadline: 'soon' }, history: [] },
      { current: { ...attempt, startedAt: '2026-99-99T::Z' }, history: [] },
      { current: { ...attempt, startedAt: '2026-13-45T10:00:00Z' }, history: [] },
      { current: { ...attempt, deadline: '2026-02-31T99:99:99Z' }, history: [] },
      { current: null, history: [{ ...submitted, submittedAt: '2026-02-31T10:00:00Z' }] },
      { current: { ...attempt, questionIds: 'm1-q1' }, history: [] },
      { current: null, history: [{ ...submitted, percent: 101 }] },
      { current: null, history: [{ ...submitted, percent: Number.NaN }] },
      { current: null, history: [{ ...submitted, passed: 'yes' }] },
      { current: null, history: [{ ...submitted, submittedAt: undefined }] },
      { current: null, history: [{ ...submitted, byModule: { m1: { earned: 5, possible: 3 } } }] },
      { current: null, history: [{ ...submitted, byModule: { '<script>': { earned: 0, possible: 3 } } }] },
    ];
    for (const value of bad) expect(parseExamState(JSON.parse(JSON.stringify(value)), BY_ID)).toBeNull();
  });

  it('is not fooled by prototype keys in saved answers', () => {
    const saved = JSON.parse(
      `{"current":${JSON.stringify({ ...attempt, answers: {} }).replace('"answers":{}', '"answers":{"__proto__":{"type":"single","choice":1}}')},"history":[]}`,
    );
    const parsed = parseExamState(saved, BY_ID)!;
    expect(parsed.current!.answers).toEqual({});
    expect(({} as Record<string, unknown>).type).toBeUndefined();
  });

  it('keeps only the newest MAX_HISTORY attempts of an oversized history', () => {
    const parsed = roundTrip({ current: null, history: Array.from({ length: MAX_HISTORY + 5 }, () => submitted) })!;
    expect(parsed.history).toHaveLength(MAX_HISTORY);
  });
});

describe('answerFor', () => {
  const ordering: Question = {
    ...base,
    id: 'q-order',
    type: 'ordering',
    prompt: '排出顺序',
    items: ['一', '二', '三', '四'],
  };
  const questions = new Map<string, Question>([[ordering.id, ordering]]);
  const attempt = {
    id: 'X',
    seed: 3,
    startedAt: NOW.toISOString(),
    deadline: null,
    questionIds: [ordering.id],
    answers: {},
  };

  it('counts an untouched ordering question as unanswered, but marks it in its shown order', () => {
    const shown = displayOrder(ordering, 3);
    expect(answerFor(attempt, ordering)).toEqual({ type: 'ordering', order: shown });
    expect(unansweredIds(attempt, questions)).toEqual([ordering.id]);
    const inPlace = shown.filter((item, position) => item === position).length;
    expect(markAttempt(attempt, questions, 80, NOW).percent).toBe(Math.round((inPlace / 4) * 100));
  });

  it('counts an ordering question as answered once the learner has moved an item, even back again', () => {
    const shown = displayOrder(ordering, 3);
    const touched = withExamAnswer(attempt, ordering.id, { type: 'ordering', order: shown });
    expect(unansweredIds(touched, questions)).toEqual([]);
  });

  it('prefers the learner’s own answer', () => {
    const own = withExamAnswer(attempt, ordering.id, { type: 'ordering', order: [0, 1, 2, 3] });
    expect(markAttempt(own, questions, 80, NOW).percent).toBe(100);
  });
});

describe('parseExamHistory', () => {
  it('keeps the marks of every submitted attempt and drops their answers', () => {
    const submitted = markAttempt(
      withExamAnswer(startAttempt(POOL, MODULES, CONFIG, 9, NOW), 'm1-q1', right),
      BY_ID,
      80,
      NOW,
    );
    const history = parseExamHistory(JSON.parse(JSON.stringify({ current: null, history: [submitted] })));
    expect(history).toEqual([{ ...submitted, answers: {}, questionIds: [] }]);
  });

  it('is empty for what is not exam state', () => {
    for (const value of [undefined, null, 'exam', { current: null, history: [{ percent: 50 }] }])
      expect(parseExamHistory(value)).toEqual([]);
  });
});

describe('parseExamState without the questions', () => {
  it('keeps every submitted attempt’s marks (for the certificate and results)', () => {
    const submitted = markAttempt(
      withExamAnswer(startAttempt(POOL, MODULES, CONFIG, 8, NOW), 'm1-q1', right),
      BY_ID,
      80,
      NOW,
    );
    const parsed = parseExamState(JSON.parse(JSON.stringify({ current: null, history: [submitted] })), new Map())!;
    expect(parsed.history[0]).toMatchObject({
      id: submitted.id,
      percent: submitted.percent,
      passed: submitted.passed,
      submittedAt: submitted.submittedAt,
      byModule: submitted.byModule,
      answers: {},
    });
  });
});
