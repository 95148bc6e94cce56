import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/schemas/quiz';
import {
  attemptScore,
  checkAnswerFor,
  checkIdFor,
  emptyCheckState,
  isAttemptFinished,
  isPassed,
  nextAttempt,
  parseCheckState,
  withAnswer,
  withChecked,
  withQuestionChecked,
  type CheckState,
} from '../../src/features/assessment/knowledge-check';
import { initialAnswer, type Answer, type AnyQuestion } from '../../src/features/assessment/quiz';
import { base, single, truefalse } from './fixtures/questions';

/** Options 0 and 1 are right. */
const multiple: Question = {
  ...base,
  id: 'q-multiple',
  type: 'multiple',
  prompt: '选几个选项',
  options: [
    { text: 'a', correct: true },
    { text: 'b', correct: true },
    { text: 'c', correct: false },
  ],
};
const questions = [single, truefalse];

const rightSingle: Answer = { type: 'single', choice: 1 };
const wrongSingle: Answer = { type: 'single', choice: 0 };
const rightTrueFalse: Answer = { type: 'truefalse', value: true };
const wrongTrueFalse: Answer = { type: 'truefalse', value: false };

const state = (changes: Partial<CheckState> = {}): CheckState => ({ ...emptyCheckState(), ...changes });

describe('checkIdFor', () => {
  it('prefixes the module id', () => {
    expect(checkIdFor('m3')).toBe('check-m3');
    expect(checkIdFor('m12')).toBe('check-m12');
  });
});

describe('emptyCheckState', () => {
  it('starts at attempt 1 with nothing answered or finished', () => {
    expect(emptyCheckState()).toEqual({ attempt: 1, answers: {}, checked: [], best: -1, finished: 0 });
  });

  it('returns a fresh state every time', () => {
    const first = emptyCheckState();
    first.checked.push('q-single');
    first.answers['q-single'] = rightSingle;
    expect(emptyCheckState()).toEqual({ attempt: 1, answers: {}, checked: [], best: -1, finished: 0 });
  });
});

describe('withAnswer', () => {
  it('records an answer', () => {
    expect(withAnswer(emptyCheckState(), 'q-single', rightSingle)).toEqual(
      state({ answers: { 'q-single': rightSingle } }),
    );
  });

  it('replaces an earlier answer and keeps the others', () => {
    const before = state({ answers: { 'q-single': wrongSingle, 'q-truefalse': rightTrueFalse } });
    expect(withAnswer(before, 'q-single', rightSingle)).toEqual(
      state({ answers: { 'q-single': rightSingle, 'q-truefalse': rightTrueFalse } }),
    );
  });

  it('does not change the state it is given', () => {
    const before = state({ answers: { 'q-truefalse': rightTrueFalse } });
    const after = withAnswer(before, 'q-single', rightSingle);
    expect(after).not.toBe(before);
    expect(after.answers).not.toBe(before.answers);
    expect(before).toEqual(state({ answers: { 'q-truefalse': rightTrueFalse } }));
  });

  it('is ignored once the question is checked', () => {
    const before = state({ answers: { 'q-single': wrongSingle }, checked: ['q-single'] });
    expect(withAnswer(before, 'q-single', rightSingle)).toBe(before);
    expect(before.answers).toEqual({ 'q-single': wrongSingle });
  });

  it('still accepts answers to questions not yet checked', () => {
    const before = state({ answers: { 'q-single': wrongSingle }, checked: ['q-single'] });
    expect(withAnswer(before, 'q-truefalse', rightTrueFalse)).toEqual(
      state({ answers: { 'q-single': wrongSingle, 'q-truefalse': rightTrueFalse }, checked: ['q-single'] }),
    );
  });
});

describe('checkAnswerFor and withQuestionChecked', () => {
  const ordering: AnyQuestion = {
    ...base,
    id: 'q-order',
    type: 'ordering',
    prompt: '排出顺序',
    items: ['一', '二', '三'],
  };

  it('shows the learner’s answer, or the starting one of this attempt', () => {
    expect(checkAnswerFor(state({ answers: { 'q-single': rightSingle } }), single)).toEqual(rightSingle);
    expect(checkAnswerFor(emptyCheckState(), single)).toBeUndefined();
    expect(checkAnswerFor(emptyCheckState(), ordering)).toEqual(initialAnswer(ordering, 1));
  });

  it('checks an ordering left in its starting order with that order as the answer', () => {
    const checked = withQuestionChecked(emptyCheckState(), ordering, [ordering]);
    expect(checked).toMatchObject({
      answers: { 'q-order': initialAnswer(ordering, 1) },
      checked: ['q-order'],
      finished: 1,
    });
  });

  it('checks from the latest state, so two quick checks both count', () => {
    const answered = state({ answers: { 'q-single': rightSingle, 'q-truefalse': rightTrueFalse } });
    const both = withQuestionChecked(withQuestionChecked(answered, single, questions), truefalse, questions);
    expect(both).toMatchObject({ checked: ['q-single', 'q-truefalse'], finished: 1, best: 100 });
  });
});

describe('withChecked', () => {
  it('locks a question', () => {
    const answered = withAnswer(emptyCheckState(), 'q-single', wrongSingle);
    const checked = withChecked(answered, 'q-single', questions);
    expect(checked).toEqual(state({ answers: { 'q-single': wrongSingle }, checked: ['q-single'] }));
    expect(withAnswer(checked, 'q-single', rightSingle)).toBe(checked);
  });

  it('does not change the state it is given', () => {
    const before = state({ answers: { 'q-single': rightSingle } });
    withChecked(before, 'q-single', questions);
    expect(before).toEqual(state({ answers: { 'q-single': rightSingle } }));
  });

  it('ignores an unknown question id', () => {
    const before = state({ answers: { 'q-single': rightSingle } });
    expect(withChecked(before, 'q-unknown', questions)).toBe(before);
  });

  it('is a no-op for a question already checked', () => {
    const before = state({ answers: { 'q-single': rightSingle }, checked: ['q-single'] });
    expect(withChecked(before, 'q-single', questions)).toBe(before);
  });

  it('does not finish the attempt before the last question', () => {
    const after = withChecked(
      state({ answers: { 'q-single': rightSingle, 'q-truefalse': rightTrueFalse } }),
      'q-truefalse',
      questions,
    );
    expect(after).toEqual(
      state({ answers: { 'q-single': rightSingle, 'q-truefalse': rightTrueFalse }, checked: ['q-truefalse'] }),
    );
  });

  it('finishes the attempt when the last question is checked', () => {
    const before = state({
      answers: { 'q-single': rightSingle, 'q-truefalse': wrongTrueFalse },
      checked: ['q-single'],
    });
    expect(withChecked(before, 'q-truefalse', questions)).toEqual({
      attempt: 1,
      answers: { 'q-single': rightSingle, 'q-truefalse': wrongTrueFalse },
      checked: ['q-single', 'q-truefalse'],
      best: 50,
      finished: 1,
    });
  });

  it('counts unanswered questions as wrong when finishing', () => {
    const after = withChecked(withChecked(emptyCheckState(), 'q-single', questions), 'q-truefalse', questions);
    expect(after).toEqual(state({ checked: ['q-single', 'q-truefalse'], best: 0, finished: 1 }));
  });

  it('keeps the best score when the new one is lower', () => {
    const before = state({
      attempt: 3,
      answers: { 'q-single': rightSingle, 'q-truefalse': wrongTrueFalse },
      checked: ['q-truefalse'],
      best: 100,
      finished: 2,
    });
    expect(withChecked(before, 'q-single', questions)).toEqual({
      ...before,
      checked: ['q-truefalse', 'q-single'],
      best: 100,
      finished: 3,
    });
  });

  it('raises the best score when the new one is higher', () => {
    const before = state({
      attempt: 2,
      answers: { 'q-single': rightSingle, 'q-truefalse': rightTrueFalse },
      checked: ['q-single'],
      best: 50,
      finished: 1,
    });
    expect(withChecked(before, 'q-truefalse', questions)).toEqual({
      ...before,
      checked: ['q-single', 'q-truefalse'],
      best: 100,
      finished: 2,
    });
  });

  it('uses the rounded percent, with partial credit, as the best score', () => {
    const three = [single, truefalse, multiple];
    let current = emptyCheckState();
    current = withAnswer(current, 'q-single', rightSingle);
    current = withAnswer(current, 'q-truefalse', wrongTrueFalse);
    current = withAnswer(current, 'q-multiple', { type: 'multiple', choices: [0] });
    for (const question of three) current = withChecked(current, question.id, three);
    // (1 + 0 + 0.5) / 3 = 50 %.
    expect(current.best).toBe(50);
    expect(current.finished).toBe(1);
  });

  it('does not finish twice', () => {
    const finished = withChecked(
      state({ answers: { 'q-single': rightSingle }, checked: ['q-truefalse'] }),
      'q-single',
      questions,
    );
    expect(finished.finished).toBe(1);
    expect(withChecked(finished, 'q-single', questions)).toBe(finished);
    expect(withChecked(finished, 'q-truefalse', questions)).toBe(finished);
  });
});

describe('attemptScore', () => {
  it('scores the answers of the current attempt', () => {
    expect(
      attemptScore(state({ answers: { 'q-single': rightSingle, 'q-truefalse': wrongTrueFalse } }), questions),
    ).toEqual({
      points: 1,
      total: 2,
      percent: 50,
      correct: 1,
    });
  });

  it('is zero without answers', () => {
    expect(attemptScore(emptyCheckState(), questions)).toEqual({ points: 0, total: 2, percent: 0, correct: 0 });
    expect(attemptScore(emptyCheckState(), [])).toEqual({ points: 0, total: 0, percent: 0, correct: 0 });
  });

  it('scores unchecked answers too', () => {
    expect(
      attemptScore(
        state({ answers: { 'q-single': rightSingle, 'q-truefalse': rightTrueFalse }, checked: [] }),
        questions,
      ).percent,
    ).toBe(100);
  });
});

describe('isAttemptFinished', () => {
  it('is false for an empty question list', () => {
    expect(isAttemptFinished(emptyCheckState(), [])).toBe(false);
    expect(isAttemptFinished(state({ checked: ['q-single'] }), [])).toBe(false);
  });

  it('is false until every question is checked', () => {
    expect(isAttemptFinished(emptyCheckState(), questions)).toBe(false);
    expect(isAttemptFinished(state({ checked: ['q-single'] }), questions)).toBe(false);
    expect(isAttemptFinished(state({ checked: ['q-single', 'q-other'] }), questions)).toBe(false);
  });

  it('is true once every question is checked, in any order', () => {
    expect(isAttemptFinished(state({ checked: ['q-truefalse', 'q-single'] }), questions)).toBe(true);
    expect(isAttemptFinished(state({ checked: ['q-truefalse', 'q-other', 'q-single'] }), questions)).toBe(true);
  });
});

describe('nextAttempt', () => {
  it('starts a new attempt and keeps the best score and the count', () => {
    const before = state({
      attempt: 2,
      answers: { 'q-single': rightSingle },
      checked: ['q-single', 'q-truefalse'],
      best: 50,
      finished: 1,
    });
    expect(nextAttempt(before)).toEqual({ attempt: 3, answers: {}, checked: [], best: 50, finished: 1 });
  });

  it('does not change the state it is given', () => {
    const before = state({ answers: { 'q-single': rightSingle }, checked: ['q-single'] });
    nextAttempt(before);
    expect(before).toEqual(state({ answers: { 'q-single': rightSingle }, checked: ['q-single'] }));
  });

  it('keeps a state with no finished attempt unfinished', () => {
    expect(nextAttempt(emptyCheckState())).toEqual({ attempt: 2, answers: {}, checked: [], best: -1, finished: 0 });
  });
});

describe('isPassed', () => {
  it.each([
    [80, 80, true],
    [81, 80, true],
    [100, 80, true],
    [79, 80, false],
    [0, 80, false],
    [100, 100, true],
    [99, 100, false],
    [0, 0, true],
    [-1, 0, false],
    [-1, 80, false],
  ])('best %d against a pass mark of %d → %s', (best, passPercent, passed) => {
    expect(isPassed(state({ best }), passPercent)).toBe(passed);
  });
});

describe('parseCheckState', () => {
  const stored = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
  const valid: CheckState = {
    attempt: 3,
    answers: { 'q-single': rightSingle, 'q-truefalse': wrongTrueFalse },
    checked: ['q-single', 'q-truefalse'],
    best: 75,
    finished: 2,
  };

  it('round-trips a valid state', () => {
    expect(parseCheckState(stored(valid), questions)).toEqual(valid);
    expect(parseCheckState(stored(emptyCheckState()), questions)).toEqual(emptyCheckState());
  });

  it('accepts the limits', () => {
    const limits = { attempt: 1_000_000, answers: {}, checked: [], best: 100, finished: 1_000_000 };
    expect(parseCheckState(limits, questions)).toEqual(limits);
    expect(parseCheckState({ ...limits, attempt: 1, best: -1, finished: 0 }, questions)).toEqual({
      ...limits,
      attempt: 1,
      best: -1,
      finished: 0,
    });
  });

  it.each([null, undefined, 'state', 3, true, [], [valid]])('rejects %j', (value) => {
    expect(parseCheckState(value, questions)).toBeNull();
  });

  it.each([
    ['attempt', 0],
    ['attempt', -1],
    ['attempt', 1.5],
    ['attempt', '3'],
    ['attempt', null],
    ['attempt', undefined],
    ['attempt', 1_000_001],
    ['attempt', Number.POSITIVE_INFINITY],
    ['best', -2],
    ['best', 101],
    ['best', 50.5],
    ['best', '75'],
    ['best', null],
    ['best', undefined],
    ['best', Number.NaN],
    ['finished', -1],
    ['finished', 0.5],
    ['finished', '2'],
    ['finished', null],
    ['finished', undefined],
    ['finished', 1_000_001],
  ])('rejects %s = %j', (field, bad) => {
    expect(parseCheckState({ ...valid, [field]: bad }, questions)).toBeNull();
  });

  it('drops answers to unknown questions', () => {
    const value = stored({ ...valid, answers: { ...valid.answers, 'q-gone': rightSingle } });
    expect(parseCheckState(value, questions)).toEqual(valid);
  });

  it('drops answers of the wrong shape', () => {
    const value = stored({
      ...valid,
      answers: { 'q-single': { type: 'single', choice: 7 }, 'q-truefalse': { type: 'single', choice: 1 } },
      checked: [],
    });
    expect(parseCheckState(value, questions)).toEqual({ ...valid, answers: {}, checked: [] });
    const oneBad = stored({
      ...valid,
      answers: { 'q-single': rightSingle, 'q-truefalse': { type: 'truefalse', value: 'yes' } },
      checked: [],
    });
    expect(parseCheckState(oneBad, questions)).toEqual({ ...valid, answers: { 'q-single': rightSingle }, checked: [] });
  });

  it('answers of a question whose type changed no longer fit', () => {
    const changed: Question = { ...truefalse, id: 'q-single' };
    expect(parseCheckState(stored(valid), [changed])).toEqual({ ...valid, answers: {}, checked: [] });
  });

  it('treats missing or malformed answers as none', () => {
    for (const answers of [undefined, null, 'x', 5]) {
      expect(parseCheckState({ ...valid, answers, checked: [] }, questions)).toEqual({
        ...valid,
        answers: {},
        checked: [],
      });
    }
  });

  it('keeps only checked ids that have an answer and exist', () => {
    const value = stored({
      ...valid,
      answers: { 'q-truefalse': wrongTrueFalse },
      checked: ['q-gone', 'q-single', 'q-truefalse', 7, null],
    });
    expect(parseCheckState(value, questions)).toEqual({
      ...valid,
      answers: { 'q-truefalse': wrongTrueFalse },
      checked: ['q-truefalse'],
    });
  });

  it('drops a checked id whose answer was dropped', () => {
    const value = stored({
      ...valid,
      answers: { 'q-single': { type: 'single', choice: 9 }, 'q-truefalse': wrongTrueFalse },
    });
    expect(parseCheckState(value, questions)).toEqual({
      ...valid,
      answers: { 'q-truefalse': wrongTrueFalse },
      checked: ['q-truefalse'],
    });
  });

  it('lists checked ids once, in question order', () => {
    const value = stored({ ...valid, checked: ['q-truefalse', 'q-single', 'q-truefalse'] });
    expect(parseCheckState(value, questions)).toEqual({ ...valid, checked: ['q-single', 'q-truefalse'] });
  });

  it('treats a checked value that is not a list as none', () => {
    for (const checked of [undefined, null, 'q-single', { 0: 'q-single' }]) {
      expect(parseCheckState({ ...valid, checked }, questions)).toEqual({ ...valid, checked: [] });
    }
  });

  it('ignores extra fields', () => {
    expect(parseCheckState({ ...(stored(valid) as object), extra: true }, questions)).toEqual(valid);
  });

  it('is not fooled by a __proto__ key', () => {
    const value = JSON.parse(
      '{"attempt":1,"best":-1,"finished":0,"answers":{"__proto__":{"q-single":{"type":"single","choice":1}}},"checked":["q-single"]}',
    );
    expect(parseCheckState(value, questions)).toEqual(emptyCheckState());
  });
});
