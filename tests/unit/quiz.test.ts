import { describe, expect, it } from 'vitest';
import type { Question, ScenarioPartQuestion } from '../../src/schemas/quiz';
import {
  displayOrder,
  initialAnswer,
  isAnswered,
  keyAnswer,
  parseAnswer,
  scoreQuestion,
  scoreQuiz,
  type Answer,
  type AnyQuestion,
} from '../../src/features/assessment/quiz';
import { hashSeed, scrambledIndices, seededRandom, shuffledIndices } from '../../src/platform/random';
import { bankQuestions, base, single, truefalse } from './fixtures/questions';

type Of<T extends Question['type']> = Extract<Question, { type: T }>;

/** Options 0, 1 and 2 are right, 3 and 4 wrong. */
const multiple: Of<'multiple'> = {
  ...base,
  id: 'q-multiple',
  type: 'multiple',
  prompt: '选几个选项',
  options: [
    { text: 'a', correct: true },
    { text: 'b', correct: true },
    { text: 'c', correct: true },
    { text: 'd', correct: false },
    { text: 'e', correct: false },
  ],
};

const ordering: Of<'ordering'> = {
  ...base,
  id: 'q-ordering',
  type: 'ordering',
  prompt: '排个顺序',
  items: ['一', '二', '三', '四'],
};

const matching: Of<'matching'> = {
  ...base,
  id: 'q-matching',
  type: 'matching',
  prompt: '连一连线',
  pairs: [
    { left: 'A', right: '1' },
    { left: 'B', right: '2' },
    { left: 'C', right: '3' },
  ],
};

const partSingle: ScenarioPartQuestion = {
  id: 'p-single',
  type: 'single',
  prompt: '选一个选项',
  explanation: '解析解析',
  options: [
    { text: 'a', correct: true },
    { text: 'b', correct: false },
  ],
};
const partTrueFalse: ScenarioPartQuestion = {
  id: 'p-truefalse',
  type: 'truefalse',
  prompt: '这句话对吗',
  explanation: '解析解析',
  answer: false,
};
const partMultiple: ScenarioPartQuestion = {
  id: 'p-multiple',
  type: 'multiple',
  prompt: '选几个选项',
  explanation: '解析解析',
  options: [
    { text: 'a', correct: true },
    { text: 'b', correct: true },
    { text: 'c', correct: false },
  ],
};

const scenario: Of<'scenario'> = {
  ...base,
  id: 'q-scenario',
  type: 'scenario',
  stem: '某营业厅周末排队很长，店长想改一改。',
  questions: [partSingle, partTrueFalse, partMultiple],
};

const allQuestions: AnyQuestion[] = [single, multiple, truefalse, ordering, matching, scenario];

const isPermutation = (order: number[], length: number) =>
  order.length === length && [...order].sort((a, b) => a - b).every((value, index) => value === index);

const isIdentity = (order: number[]) => order.every((value, index) => value === index);

describe('keyAnswer', () => {
  it('scores full marks on every question of the course, of every type', () => {
    expect(new Set(bankQuestions.map((question) => question.type))).toEqual(
      new Set(['single', 'multiple', 'truefalse', 'ordering', 'matching', 'scenario']),
    );
    for (const question of bankQuestions) expect(scoreQuestion(question, keyAnswer(question)), question.id).toBe(1);
  });
});

describe('hashSeed', () => {
  it('is 32-bit FNV-1a', () => {
    expect(hashSeed('')).toBe(0x811c9dc5);
    expect(hashSeed('a')).toBe(0xe40c292c);
    expect(hashSeed('foobar')).toBe(0xbf9cf968);
  });

  it('is deterministic', () => {
    expect(hashSeed('m3-peak-end-1:2')).toBe(hashSeed('m3-peak-end-1:2'));
  });

  it('differs for different text', () => {
    expect(hashSeed('m3-peak-end-1:1')).not.toBe(hashSeed('m3-peak-end-1:2'));
    expect(hashSeed('ab')).not.toBe(hashSeed('ba'));
    const hashes = new Set(Array.from({ length: 200 }, (_, index) => hashSeed(`q-${index}`)));
    expect(hashes.size).toBe(200);
  });

  it('is an unsigned 32-bit integer', () => {
    for (const text of ['', 'a', 'zz', '营业厅', 'm3-peak-end-1:1', 'x'.repeat(1000)]) {
      const hash = hashSeed(text);
      expect(Number.isInteger(hash)).toBe(true);
      expect(hash).toBeGreaterThanOrEqual(0);
      expect(hash).toBeLessThanOrEqual(0xffffffff);
    }
  });
});

describe('seededRandom', () => {
  const take = (seed: number, count: number) => {
    const random = seededRandom(seed);
    return Array.from({ length: count }, () => random());
  };

  it('gives the same sequence for the same seed', () => {
    expect(take(42, 20)).toEqual(take(42, 20));
  });

  it('gives values in [0, 1)', () => {
    for (const seed of [0, 1, 42, 0xffffffff]) {
      for (const value of take(seed, 1000)) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThan(1);
      }
    }
  });

  it('gives different sequences for different seeds', () => {
    expect(take(1, 5)).not.toEqual(take(2, 5));
    expect(take(0, 5)).not.toEqual(take(0xffffffff, 5));
  });

  it('does not repeat one value', () => {
    expect(new Set(take(7, 100)).size).toBe(100);
  });

  it('treats the seed as an unsigned 32-bit number', () => {
    expect(take(-1, 5)).toEqual(take(0xffffffff, 5));
    expect(take(2 ** 32 + 5, 5)).toEqual(take(5, 5));
  });
});

describe('shuffledIndices', () => {
  it('is a permutation', () => {
    for (let length = 0; length <= 10; length += 1) {
      for (let seed = 0; seed < 50; seed += 1) {
        expect(isPermutation(shuffledIndices(length, seed), length)).toBe(true);
      }
    }
  });

  it('is deterministic', () => {
    expect(shuffledIndices(8, 123)).toEqual(shuffledIndices(8, 123));
  });

  it('depends on the seed', () => {
    const orders = new Set(Array.from({ length: 50 }, (_, seed) => shuffledIndices(6, seed).join(',')));
    expect(orders.size).toBeGreaterThan(10);
  });

  it('handles lengths 0 and 1', () => {
    expect(shuffledIndices(0, 9)).toEqual([]);
    expect(shuffledIndices(1, 9)).toEqual([0]);
  });
});

describe('scrambledIndices', () => {
  it('is never the identity for two or more items, and still a permutation', () => {
    for (let length = 2; length <= 6; length += 1) {
      for (let seed = 0; seed <= 500; seed += 1) {
        const order = scrambledIndices(length, seed);
        expect(isPermutation(order, length)).toBe(true);
        expect(isIdentity(order)).toBe(false);
      }
    }
  });

  it('always swaps two items', () => {
    for (let seed = 0; seed <= 50; seed += 1) expect(scrambledIndices(2, seed)).toEqual([1, 0]);
  });

  it('keeps a shuffle that is already out of order', () => {
    for (let seed = 0; seed <= 50; seed += 1) {
      const shuffled = shuffledIndices(5, seed);
      if (!isIdentity(shuffled)) expect(scrambledIndices(5, seed)).toEqual(shuffled);
    }
  });

  it('rotates an identity shuffle by one', () => {
    const seed = Array.from({ length: 500 }, (_, index) => index).find((candidate) =>
      isIdentity(shuffledIndices(3, candidate)),
    );
    expect(seed).toBeDefined();
    expect(scrambledIndices(3, seed as number)).toEqual([1, 2, 0]);
  });

  it('handles lengths 0 and 1', () => {
    expect(scrambledIndices(0, 3)).toEqual([]);
    expect(scrambledIndices(1, 3)).toEqual([0]);
  });

  it('is deterministic', () => {
    expect(scrambledIndices(6, 77)).toEqual(scrambledIndices(6, 77));
  });
});

describe('displayOrder', () => {
  it('shuffles the options of single and multiple questions', () => {
    expect(displayOrder(single, 4)).toEqual(shuffledIndices(3, hashSeed('q-single:4')));
    expect(displayOrder(multiple, 4)).toEqual(shuffledIndices(5, hashSeed('q-multiple:4')));
    expect(isPermutation(displayOrder(single, 4), 3)).toBe(true);
    expect(isPermutation(displayOrder(multiple, 4), 5)).toBe(true);
  });

  it('scrambles the items of an ordering question', () => {
    for (let seed = 0; seed < 100; seed += 1) {
      const order = displayOrder(ordering, seed);
      expect(order).toEqual(scrambledIndices(4, hashSeed(`q-ordering:${seed}`)));
      expect(isPermutation(order, 4)).toBe(true);
      expect(isIdentity(order)).toBe(false);
    }
  });

  it('shuffles the right-hand column of a matching question', () => {
    expect(displayOrder(matching, 4)).toEqual(shuffledIndices(3, hashSeed('q-matching:4')));
  });

  it('scrambles the options of scenario parts by their own id', () => {
    expect(displayOrder(partSingle, 2)).toEqual(shuffledIndices(2, hashSeed('p-single:2')));
    expect(displayOrder(partMultiple, 2)).toEqual(shuffledIndices(3, hashSeed('p-multiple:2')));
  });

  it('is empty for true/false and scenario questions', () => {
    expect(displayOrder(truefalse, 1)).toEqual([]);
    expect(displayOrder(scenario, 1)).toEqual([]);
    expect(displayOrder(partTrueFalse, 1)).toEqual([]);
  });

  it('gives the same order for the same question and seed', () => {
    for (const question of allQuestions) expect(displayOrder(question, 3)).toEqual(displayOrder(question, 3));
  });

  it('(usually) gives a different order for a different seed', () => {
    for (const question of [single, multiple, ordering, matching]) {
      const orders = new Set(Array.from({ length: 20 }, (_, seed) => displayOrder(question, seed).join(',')));
      expect(orders.size).toBeGreaterThan(1);
    }
    expect(displayOrder(multiple, 1)).not.toEqual(displayOrder(multiple, 2));
  });
});

describe('initialAnswer', () => {
  it('starts an ordering question in its scrambled display order', () => {
    for (const seed of [1, 2, 3]) {
      const answer = initialAnswer(ordering, seed);
      expect(answer).toEqual({ type: 'ordering', order: displayOrder(ordering, seed) });
      expect(isIdentity((answer as { order: number[] }).order)).toBe(false);
    }
  });

  it('starts a matching question with nothing matched', () => {
    expect(initialAnswer(matching, 1)).toEqual({ type: 'matching', matches: [-1, -1, -1] });
  });

  it('is undefined for the other types', () => {
    for (const question of [single, multiple, truefalse, scenario, partSingle, partTrueFalse, partMultiple]) {
      expect(initialAnswer(question, 1)).toBeUndefined();
    }
  });
});

describe('isAnswered', () => {
  it('is false without an answer', () => {
    for (const question of allQuestions) expect(isAnswered(question, undefined)).toBe(false);
  });

  it('is false for an answer of the wrong type', () => {
    expect(isAnswered(single, { type: 'truefalse', value: true })).toBe(false);
    expect(isAnswered(truefalse, { type: 'single', choice: 0 })).toBe(false);
    expect(isAnswered(multiple, { type: 'single', choice: 0 })).toBe(false);
    expect(isAnswered(ordering, { type: 'matching', matches: [0, 1, 2, 3] })).toBe(false);
    expect(isAnswered(matching, { type: 'ordering', order: [0, 1, 2] })).toBe(false);
    expect(isAnswered(scenario, { type: 'single', choice: 0 })).toBe(false);
  });

  it('accepts any single choice and any true/false value', () => {
    expect(isAnswered(single, { type: 'single', choice: 0 })).toBe(true);
    expect(isAnswered(truefalse, { type: 'truefalse', value: false })).toBe(true);
  });

  it('needs at least one pick for a multiple-choice question', () => {
    expect(isAnswered(multiple, { type: 'multiple', choices: [] })).toBe(false);
    expect(isAnswered(multiple, { type: 'multiple', choices: [3] })).toBe(true);
  });

  it('accepts any order for an ordering question', () => {
    expect(isAnswered(ordering, { type: 'ordering', order: [3, 2, 1, 0] })).toBe(true);
  });

  it('needs every left item matched', () => {
    expect(isAnswered(matching, { type: 'matching', matches: [0, 1, 2] })).toBe(true);
    expect(isAnswered(matching, { type: 'matching', matches: [0, -1, 2] })).toBe(false);
    expect(isAnswered(matching, { type: 'matching', matches: [-1, -1, -1] })).toBe(false);
  });

  it('needs every part of a scenario answered', () => {
    const parts: Record<string, Answer> = {
      'p-single': { type: 'single', choice: 1 },
      'p-truefalse': { type: 'truefalse', value: true },
      'p-multiple': { type: 'multiple', choices: [2] },
    };
    expect(isAnswered(scenario, { type: 'scenario', parts })).toBe(true);
    expect(isAnswered(scenario, { type: 'scenario', parts: {} })).toBe(false);
    const { 'p-truefalse': _missing, ...withoutOne } = parts;
    expect(isAnswered(scenario, { type: 'scenario', parts: withoutOne })).toBe(false);
    expect(
      isAnswered(scenario, { type: 'scenario', parts: { ...parts, 'p-multiple': { type: 'multiple', choices: [] } } }),
    ).toBe(false);
    expect(
      isAnswered(scenario, { type: 'scenario', parts: { ...parts, 'p-single': { type: 'truefalse', value: true } } }),
    ).toBe(false);
  });
});

describe('scoreQuestion', () => {
  it('scores a single-choice question 1 or 0', () => {
    expect(scoreQuestion(single, { type: 'single', choice: 1 })).toBe(1);
    expect(scoreQuestion(single, { type: 'single', choice: 0 })).toBe(0);
    expect(scoreQuestion(single, { type: 'single', choice: 2 })).toBe(0);
  });

  it('scores an out-of-range single choice 0', () => {
    expect(scoreQuestion(single, { type: 'single', choice: 3 })).toBe(0);
    expect(scoreQuestion(single, { type: 'single', choice: -1 })).toBe(0);
    expect(scoreQuestion(single, { type: 'single', choice: 1.5 })).toBe(0);
  });

  it('scores a true/false question 1 or 0', () => {
    expect(scoreQuestion(truefalse, { type: 'truefalse', value: true })).toBe(1);
    expect(scoreQuestion(truefalse, { type: 'truefalse', value: false })).toBe(0);
    expect(scoreQuestion(partTrueFalse, { type: 'truefalse', value: false })).toBe(1);
  });

  it.each([
    [[0, 1, 2], 1],
    [[2, 0, 1], 1],
    [[0, 1], 2 / 3],
    [[0], 1 / 3],
    [[0, 1, 2, 3], 2 / 3],
    [[0, 1, 3], 1 / 3],
    [[0, 1, 3, 4], 0],
    [[0, 3], 0],
    [[0, 3, 4], 0],
    [[3, 4], 0],
    [[3], 0],
    [[], 0],
    [[0, 0], 1 / 3],
    [[0, 0, 1, 1, 2, 2], 1],
    [[0, 1, 2, 3, 3, 3], 2 / 3],
    [[0, 1, 2, 9], 2 / 3],
  ])('scores multiple choices %j as %d', (choices, score) => {
    expect(scoreQuestion(multiple, { type: 'multiple', choices })).toBe(score);
  });

  it.each([
    [[0, 1, 2, 3], 1],
    [[1, 0, 2, 3], 0.5],
    [[0, 1, 3, 2], 0.5],
    [[0, 2, 1, 3], 0.5],
    [[3, 1, 2, 0], 0.5],
    [[0, 3, 1, 2], 0.25],
    [[3, 2, 1, 0], 0],
    [[1, 2, 3, 0], 0],
  ])('scores order %j as %d', (order, score) => {
    expect(scoreQuestion(ordering, { type: 'ordering', order })).toBe(score);
  });

  it.each([[[0, 1, 2]], [[0, 1, 2, 3, 4]], [[]], [[0, 1, 2, 4]], [[-1, 1, 2, 3]]])(
    'scores an order that is not a permutation (%j) 0',
    (order) => {
      expect(scoreQuestion(ordering, { type: 'ordering', order })).toBe(0);
    },
  );

  it.each([
    [[0, 1, 2], 1],
    [[0, 2, 1], 1 / 3],
    [[1, 2, 0], 0],
    [[0, 1, -1], 2 / 3],
    [[-1, -1, -1], 0],
    [[0, 0, 0], 1 / 3],
  ])('scores matches %j as %d', (matches, score) => {
    expect(scoreQuestion(matching, { type: 'matching', matches })).toBe(score);
  });

  it('scores matches of the wrong length 0', () => {
    expect(scoreQuestion(matching, { type: 'matching', matches: [0, 1] })).toBe(0);
    expect(scoreQuestion(matching, { type: 'matching', matches: [0, 1, 2, 3] })).toBe(0);
    expect(scoreQuestion(matching, { type: 'matching', matches: [] })).toBe(0);
  });

  it('scores a scenario as the mean of its parts', () => {
    const right: Record<string, Answer> = {
      'p-single': { type: 'single', choice: 0 },
      'p-truefalse': { type: 'truefalse', value: false },
      'p-multiple': { type: 'multiple', choices: [0, 1] },
    };
    expect(scoreQuestion(scenario, { type: 'scenario', parts: right })).toBe(1);
    expect(
      scoreQuestion(scenario, { type: 'scenario', parts: { ...right, 'p-single': { type: 'single', choice: 1 } } }),
    ).toBe(2 / 3);
    expect(
      scoreQuestion(scenario, {
        type: 'scenario',
        parts: { ...right, 'p-multiple': { type: 'multiple', choices: [0] } },
      }),
    ).toBe(2.5 / 3);
    expect(
      scoreQuestion(scenario, {
        type: 'scenario',
        parts: { 'p-single': { type: 'single', choice: 0 }, 'p-multiple': { type: 'multiple', choices: [1] } },
      }),
    ).toBe(1.5 / 3);
    expect(
      scoreQuestion(scenario, { type: 'scenario', parts: { ...right, 'p-truefalse': { type: 'single', choice: 0 } } }),
    ).toBe(2 / 3);
    expect(scoreQuestion(scenario, { type: 'scenario', parts: {} })).toBe(0);
  });

  it('scores an answer of the wrong type 0', () => {
    expect(scoreQuestion(single, { type: 'multiple', choices: [1] })).toBe(0);
    expect(scoreQuestion(multiple, { type: 'single', choice: 0 })).toBe(0);
    expect(scoreQuestion(truefalse, { type: 'single', choice: 1 })).toBe(0);
    expect(scoreQuestion(ordering, { type: 'matching', matches: [0, 1, 2, 3] })).toBe(0);
    expect(scoreQuestion(matching, { type: 'ordering', order: [0, 1, 2] })).toBe(0);
    expect(scoreQuestion(scenario, { type: 'truefalse', value: true })).toBe(0);
  });

  it('scores no answer 0', () => {
    for (const question of allQuestions) expect(scoreQuestion(question, undefined)).toBe(0);
  });
});

describe('scoreQuiz', () => {
  it('adds up points, counts full marks and rounds the percent', () => {
    const answers: Record<string, Answer> = {
      'q-single': { type: 'single', choice: 1 },
      'q-truefalse': { type: 'truefalse', value: false },
      'q-multiple': { type: 'multiple', choices: [0, 1] },
    };
    expect(scoreQuiz([single, truefalse, multiple], answers)).toEqual({
      points: 1 + 0 + 2 / 3,
      total: 3,
      percent: 56,
      correct: 1,
    });
  });

  it('rounds the percent, half up', () => {
    const answers: Record<string, Answer> = { 'q-ordering': { type: 'ordering', order: [0, 1, 3, 2] } };
    expect(scoreQuiz([ordering], answers)).toEqual({ points: 0.5, total: 1, percent: 50, correct: 0 });
    const two: Record<string, Answer> = { ...answers, 'q-single': { type: 'single', choice: 1 } };
    expect(scoreQuiz([ordering, single, truefalse, multiple], two)).toEqual({
      points: 1.5,
      total: 4,
      percent: 38,
      correct: 1,
    });
  });

  it('scores every question type at full marks as 100 %', () => {
    const answers: Record<string, Answer> = {
      'q-single': { type: 'single', choice: 1 },
      'q-multiple': { type: 'multiple', choices: [0, 1, 2] },
      'q-truefalse': { type: 'truefalse', value: true },
      'q-ordering': { type: 'ordering', order: [0, 1, 2, 3] },
      'q-matching': { type: 'matching', matches: [0, 1, 2] },
      'q-scenario': {
        type: 'scenario',
        parts: {
          'p-single': { type: 'single', choice: 0 },
          'p-truefalse': { type: 'truefalse', value: false },
          'p-multiple': { type: 'multiple', choices: [0, 1] },
        },
      },
    };
    expect(scoreQuiz(allQuestions, answers)).toEqual({ points: 6, total: 6, percent: 100, correct: 6 });
  });

  it('scores unanswered questions 0', () => {
    expect(scoreQuiz([single, truefalse, ordering], {})).toEqual({ points: 0, total: 3, percent: 0, correct: 0 });
  });

  it('ignores answers to questions not in the list', () => {
    expect(scoreQuiz([truefalse], { 'q-single': { type: 'single', choice: 1 } })).toEqual({
      points: 0,
      total: 1,
      percent: 0,
      correct: 0,
    });
  });

  it('is 0 % for an empty list', () => {
    expect(scoreQuiz([], {})).toEqual({ points: 0, total: 0, percent: 0, correct: 0 });
  });
});

describe('parseAnswer', () => {
  /** What a value looks like after being saved to and read back from storage. */
  const stored = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

  it.each<[AnyQuestion, Answer]>([
    [single, { type: 'single', choice: 0 }],
    [single, { type: 'single', choice: 2 }],
    [multiple, { type: 'multiple', choices: [0, 4] }],
    [multiple, { type: 'multiple', choices: [] }],
    [multiple, { type: 'multiple', choices: [4, 3, 2, 1, 0] }],
    [truefalse, { type: 'truefalse', value: true }],
    [truefalse, { type: 'truefalse', value: false }],
    [ordering, { type: 'ordering', order: [0, 1, 2, 3] }],
    [ordering, { type: 'ordering', order: [2, 0, 3, 1] }],
    [matching, { type: 'matching', matches: [2, 0, 1] }],
    [matching, { type: 'matching', matches: [-1, -1, -1] }],
    [matching, { type: 'matching', matches: [0, -1, 2] }],
    [
      scenario,
      {
        type: 'scenario',
        parts: {
          'p-single': { type: 'single', choice: 1 },
          'p-truefalse': { type: 'truefalse', value: true },
          'p-multiple': { type: 'multiple', choices: [0, 2] },
        },
      },
    ],
    [scenario, { type: 'scenario', parts: {} }],
  ])('round-trips a valid %s answer %j', (question, answer) => {
    expect(parseAnswer(question, stored(answer))).toEqual(answer);
  });

  it('rejects an answer with the wrong type tag', () => {
    expect(parseAnswer(single, { type: 'multiple', choice: 0 })).toBeUndefined();
    expect(parseAnswer(single, { choice: 0 })).toBeUndefined();
    expect(parseAnswer(multiple, { type: 'single', choices: [0] })).toBeUndefined();
    expect(parseAnswer(truefalse, { type: 'TrueFalse', value: true })).toBeUndefined();
    expect(parseAnswer(ordering, { type: 'matching', order: [0, 1, 2, 3] })).toBeUndefined();
    expect(parseAnswer(matching, { type: 'ordering', matches: [0, 1, 2] })).toBeUndefined();
    expect(parseAnswer(scenario, { type: 'single', parts: {} })).toBeUndefined();
  });

  it.each([3, -1, 1.5, '1', null, Number.NaN, Number.POSITIVE_INFINITY, undefined, true, [1]])(
    'rejects the single choice %j',
    (choice) => {
      expect(parseAnswer(single, { type: 'single', choice })).toBeUndefined();
    },
  );

  it.each([
    [[0, 5]],
    [[-1]],
    [[0, 0.5]],
    [['0']],
    [[0, null]],
    ['0'],
    [null],
    [{ 0: 0 }],
    [[0, 1, 2, 3, 4, 0]],
    [undefined],
  ])('rejects the multiple choices %j', (choices) => {
    expect(parseAnswer(multiple, { type: 'multiple', choices })).toBeUndefined();
  });

  it.each(['true', 1, 0, null, undefined, [true]])('rejects the true/false value %j', (value) => {
    expect(parseAnswer(truefalse, { type: 'truefalse', value })).toBeUndefined();
  });

  it.each([
    [[0, 1, 2]],
    [[0, 1, 2, 3, 4]],
    [[0, 1, 2, 4]],
    [[-1, 0, 1, 2]],
    [[0, 1, 2, 3.5]],
    [['0', '1', '2', '3']],
    [[]],
    ['0123'],
    [null],
    [{ 0: 0, 1: 1, 2: 2, 3: 3, length: 4 }],
  ])('rejects the order %j', (order) => {
    expect(parseAnswer(ordering, { type: 'ordering', order })).toBeUndefined();
  });

  it.each([
    [[0, 1]],
    [[0, 1, 2, 0]],
    [[]],
    [[0, 1, 3]],
    [[0, 1, -2]],
    [[0, 1, 1.5]],
    [['0', '1', '2']],
    ['012'],
    [null],
  ])('rejects the matches %j', (matches) => {
    expect(parseAnswer(matching, { type: 'matching', matches })).toBeUndefined();
  });

  it.each(['"single"', 'null', '"text"', '42', 'true', '[]', '[{"type":"single","choice":1}]'])(
    'rejects the stored value %s',
    (json) => {
      for (const question of allQuestions) expect(parseAnswer(question, JSON.parse(json))).toBeUndefined();
    },
  );

  it('rejects undefined', () => {
    for (const question of allQuestions) expect(parseAnswer(question, undefined)).toBeUndefined();
  });

  it('ignores a __proto__ key', () => {
    expect(parseAnswer(single, JSON.parse('{"__proto__":{"type":"single","choice":1}}'))).toBeUndefined();
    expect(parseAnswer(single, JSON.parse('{"type":"single","__proto__":{"choice":1}}'))).toBeUndefined();
    const polluted = parseAnswer(
      scenario,
      JSON.parse(
        '{"type":"scenario","parts":{"__proto__":{"p-single":{"type":"single","choice":0}},"p-truefalse":{"type":"truefalse","value":true}}}',
      ),
    );
    expect(polluted).toEqual({ type: 'scenario', parts: { 'p-truefalse': { type: 'truefalse', value: true } } });
    expect(({} as Record<string, unknown>)['p-single']).toBeUndefined();
    expect(Object.getPrototypeOf((polluted as { parts: object }).parts)).toBe(Object.prototype);
  });

  it('drops extra fields', () => {
    expect(parseAnswer(single, { type: 'single', choice: 1, extra: 'x' })).toEqual({ type: 'single', choice: 1 });
    expect(parseAnswer(truefalse, { type: 'truefalse', value: true, choice: 1 })).toEqual({
      type: 'truefalse',
      value: true,
    });
  });

  it('keeps only the valid parts of a scenario answer', () => {
    const value = stored({
      type: 'scenario',
      parts: {
        'p-single': { type: 'single', choice: 1 },
        'p-truefalse': { type: 'truefalse', value: 'no' },
        'p-multiple': { type: 'multiple', choices: [0, 7] },
        'p-unknown': { type: 'single', choice: 0 },
      },
    });
    expect(parseAnswer(scenario, value)).toEqual({
      type: 'scenario',
      parts: { 'p-single': { type: 'single', choice: 1 } },
    });
  });

  it('rejects a scenario answer without a parts object', () => {
    expect(parseAnswer(scenario, { type: 'scenario' })).toBeUndefined();
    expect(parseAnswer(scenario, { type: 'scenario', parts: null })).toBeUndefined();
    expect(parseAnswer(scenario, { type: 'scenario', parts: 'p-single' })).toBeUndefined();
  });

  it('keeps nothing from a parts array', () => {
    expect(parseAnswer(scenario, { type: 'scenario', parts: [{ type: 'single', choice: 0 }] })).toEqual({
      type: 'scenario',
      parts: {},
    });
  });
});

describe('ordering answers with a repeated item', () => {
  const ordering = {
    id: 'o-1',
    module: 'm1',
    use: ['check', 'exam'] as ('check' | 'exam')[],
    explanation: '按顺序排列',
    type: 'ordering' as const,
    prompt: '排列顺序',
    items: ['a', 'b', 'c', 'd'],
  };
  it('score 0 and are not accepted as saved answers', () => {
    expect(scoreQuestion(ordering, { type: 'ordering', order: [0, 0, 2, 3] })).toBe(0);
    expect(scoreQuestion(ordering, { type: 'ordering', order: [0, 1, 1, 3] })).toBe(0);
    expect(parseAnswer(ordering, { type: 'ordering', order: [0, 0, 1, 2] })).toBeUndefined();
  });
});
