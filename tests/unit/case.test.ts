import { describe, expect, it } from 'vitest';
import {
  answerCase,
  checkCase,
  emptyCaseState,
  isCaseSolved,
  parseCaseState,
  retryCase,
  type CaseState,
} from '../../src/exercises/case/logic';
import type { CaseExercise } from '../../src/exercises/case/content';
import type { Answer } from '../../src/features/assessment/quiz';

const question: CaseExercise['question'] = {
  id: 'shop-case',
  module: 'm5',
  use: ['exam'],
  type: 'scenario',
  stem: '一家营业厅办了一场活动，门口很热闹，却没有卖出什么。',
  explanation: '热闹不等于产出。',
  questions: [
    { id: 'shop-case-goal', type: 'truefalse', prompt: '活动有清楚的目的吗？', answer: false, explanation: '没有。' },
    {
      id: 'shop-case-who',
      type: 'single',
      prompt: '来的是谁？',
      options: [
        { text: '领礼品的路人', correct: true },
        { text: '目标客户', correct: false },
      ],
      explanation: '路人。',
    },
  ],
};

const right: Answer = {
  type: 'scenario',
  parts: { 'shop-case-goal': { type: 'truefalse', value: false }, 'shop-case-who': { type: 'single', choice: 0 } },
};
const halfRight: Answer = {
  type: 'scenario',
  parts: { 'shop-case-goal': { type: 'truefalse', value: true }, 'shop-case-who': { type: 'single', choice: 0 } },
};
const unfinished: Answer = { type: 'scenario', parts: { 'shop-case-goal': { type: 'truefalse', value: false } } };
const state = (change: Partial<CaseState> = {}): CaseState => ({ ...emptyCaseState(), ...change });

describe('parseCaseState', () => {
  it('round-trips a saved state', () => {
    const saved = state({ answer: right, checked: true, attempt: 3 });
    expect(parseCaseState(JSON.parse(JSON.stringify(saved)), question)).toEqual(saved);
  });
  it.each([null, 'text', 7])('rejects %j', (value) => {
    expect(parseCaseState(value, question)).toBeNull();
  });
  it.each([0, -2, 1.5, '3'])('starts again at attempt 1 after a bad attempt number (%j)', (attempt) => {
    expect(parseCaseState({ answer: right, checked: false, attempt }, question)?.attempt).toBe(1);
  });
  it('drops an answer that does not fit the question, and reads anything but true as unchecked', () => {
    expect(parseCaseState({ answer: { type: 'single', choice: 0 }, checked: 'yes', attempt: 2 }, question)).toEqual(
      state({ attempt: 2 }),
    );
  });
});

describe('isCaseSolved', () => {
  it('is solved once checked with every part right', () => {
    expect(isCaseSolved(state({ answer: right, checked: true }), question)).toBe(true);
    expect(isCaseSolved(state({ answer: right }), question)).toBe(false);
    expect(isCaseSolved(state({ answer: halfRight, checked: true }), question)).toBe(false);
    expect(isCaseSolved(state(), question)).toBe(false);
  });
});

describe('changes, each from the latest state', () => {
  it('takes a new answer until it is checked', () => {
    expect(answerCase(state(), halfRight)).toEqual(state({ answer: halfRight }));
    const checked = state({ answer: right, checked: true });
    expect(answerCase(checked, halfRight)).toBe(checked);
  });
  it('checks only a complete answer', () => {
    expect(checkCase(state({ answer: right }), question).checked).toBe(true);
    expect(checkCase(state({ answer: unfinished }), question).checked).toBe(false);
  });
  it('tries again with a blank answer and the next attempt number', () => {
    expect(retryCase(state({ answer: halfRight, checked: true, attempt: 2 }))).toEqual({
      answer: undefined,
      checked: false,
      attempt: 3,
    });
  });
});
