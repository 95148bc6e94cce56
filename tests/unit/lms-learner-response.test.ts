import { describe, expect, it } from 'vitest';
import { learnerResponse } from '../../src/features/lms/learner-response';

describe('learnerResponse', () => {
  it('names options and items by their place in the bank, in each version’s notation', () => {
    expect(learnerResponse('1.2', { type: 'single', choice: 2 })).toBe('c');
    expect(learnerResponse('2004', { type: 'multiple', choices: [3, 0] })).toBe('a[,]d');
    expect(learnerResponse('1.2', { type: 'multiple', choices: [3, 0] })).toBe('a,d');
    expect(learnerResponse('2004', { type: 'ordering', order: [2, 0, 1] })).toBe('c[,]a[,]b');
    expect(learnerResponse('1.2', { type: 'ordering', order: [2, 0, 1] })).toBe('c,a,b');
  });

  it('writes true/false as 1.2’s t / f and 2004’s true / false', () => {
    expect(learnerResponse('1.2', { type: 'truefalse', value: true })).toBe('t');
    expect(learnerResponse('1.2', { type: 'truefalse', value: false })).toBe('f');
    expect(learnerResponse('2004', { type: 'truefalse', value: false })).toBe('false');
  });

  it('pairs matches left to right and leaves out an unmatched left item', () => {
    expect(learnerResponse('2004', { type: 'matching', matches: [1, -1, 0] })).toBe('1[.]b[,]3[.]a');
    expect(learnerResponse('1.2', { type: 'matching', matches: [1, -1, 0] })).toBe('1.b,3.a');
    expect(learnerResponse('1.2', { type: 'matching', matches: [-1, -1] })).toBeNull();
  });

  it('gives nothing for an unanswered question or an empty multiple choice', () => {
    expect(learnerResponse('2004', undefined)).toBeNull();
    expect(learnerResponse('2004', { type: 'multiple', choices: [] })).toBeNull();
  });

  it('writes a scenario as each part’s response after its id, within 1.2’s 255 characters', () => {
    const answer = {
      type: 'scenario',
      parts: { 'm5-case-1a': { type: 'single', choice: 1 }, 'm5-case-1b': { type: 'truefalse', value: true } },
    } as const;
    expect(learnerResponse('2004', answer)).toBe('m5-case-1a=b; m5-case-1b=true');
    const many = Object.fromEntries(
      Array.from({ length: 40 }, (_, index) => [`m5-case-part-${index}`, { type: 'single', choice: 0 } as const]),
    );
    expect(learnerResponse('1.2', { type: 'scenario', parts: many })!.length).toBe(255);
    expect(learnerResponse('1.2', { type: 'scenario', parts: {} })).toBeNull();
  });
});
