import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CHART_QUADRANTS,
  classifyDisc,
  discResult,
  emptyDiscState,
  isDiscDone,
  parseDiscState,
  scoreDisc,
  withAnswer,
  withoutAnswers,
  type DiscScores,
} from '../../src/exercises/disc-quiz/logic';
import { schema, type Content, type DiscAxis, type DiscQuestion } from '../../src/exercises/disc-quiz/content';
import { exerciseContent, rawContent } from './exercise-content';

const content = exerciseContent('disc-quiz') as Content;
const { questions: DISC_QUESTIONS, profiles: DISC_PROFILES } = content;

/** A small question with the usual four option values. */
function question(id: string, axis: DiscAxis): DiscQuestion {
  return {
    id,
    axis,
    customerStem: `customer ${id}`,
    selfStem: `self ${id}`,
    options: [
      { text: 'a', value: 2 },
      { text: 'b', value: 1 },
      { text: 'c', value: -1 },
      { text: 'd', value: -2 },
    ],
  };
}

/** Two assertive and two responsive questions: each axis ranges −4 … +4. */
const SMALL: readonly DiscQuestion[] = [
  question('a1', 'assertive'),
  question('r1', 'responsive'),
  question('a2', 'assertive'),
  question('r2', 'responsive'),
];

function scores(assertive: number, responsive: number, max = 12): DiscScores {
  return { assertive, responsive, maxAssertive: max, maxResponsive: max, answered: 12, total: 12 };
}

/** Every real question answered with the same value. */
function allAnswered(value: number): Record<string, number> {
  return Object.fromEntries(DISC_QUESTIONS.map((item) => [item.id, value]));
}

describe('scoreDisc', () => {
  it('sums answers per axis and reports the maximum per axis', () => {
    expect(scoreDisc(SMALL, { a1: 2, a2: -1, r1: 1, r2: 1 })).toEqual({
      assertive: 1,
      responsive: 2,
      maxAssertive: 4,
      maxResponsive: 4,
      answered: 4,
      total: 4,
    });
  });

  it('starts at zero with nothing answered', () => {
    expect(scoreDisc(SMALL, {})).toEqual({
      assertive: 0,
      responsive: 0,
      maxAssertive: 4,
      maxResponsive: 4,
      answered: 0,
      total: 4,
    });
  });

  it('counts only answered questions', () => {
    expect(scoreDisc(SMALL, { a1: -2, r2: -1 })).toEqual({
      assertive: -2,
      responsive: -1,
      maxAssertive: 4,
      maxResponsive: 4,
      answered: 2,
      total: 4,
    });
  });

  it('ignores answers to unknown question ids', () => {
    expect(scoreDisc(SMALL, { a1: 1, zz: 2, q1: 2 })).toEqual({
      assertive: 1,
      responsive: 0,
      maxAssertive: 4,
      maxResponsive: 4,
      answered: 1,
      total: 4,
    });
  });

  it('ignores values that are not among the question’s options', () => {
    expect(scoreDisc(SMALL, { a1: 0, a2: 3, r1: 1.5, r2: -2 })).toEqual({
      assertive: 0,
      responsive: -2,
      maxAssertive: 4,
      maxResponsive: 4,
      answered: 1,
      total: 4,
    });
  });

  it('takes the largest option magnitude of each question as that question’s maximum', () => {
    const mild: DiscQuestion = {
      ...question('m1', 'responsive'),
      options: [
        { text: 'a', value: 1 },
        { text: 'b', value: 1 },
        { text: 'c', value: -1 },
        { text: 'd', value: -1 },
      ],
    };
    const result = scoreDisc([question('a1', 'assertive'), mild], { m1: 2 });
    expect(result).toEqual({ assertive: 0, responsive: 0, maxAssertive: 2, maxResponsive: 1, answered: 0, total: 2 });
  });

  it('gives the real bank a maximum of 12 per axis', () => {
    expect(scoreDisc(DISC_QUESTIONS, {})).toMatchObject({
      maxAssertive: 12,
      maxResponsive: 12,
      answered: 0,
      total: 12,
    });
  });
});

describe('classifyDisc', () => {
  it('D: high assertive, low responsive', () => {
    expect(classifyDisc(scores(6, -6))).toEqual({ type: 'D', x: -0.5, y: 0.5, tiedAxes: [], borderline: false });
  });

  it('I: high assertive, high responsive', () => {
    expect(classifyDisc(scores(6, 9))).toEqual({ type: 'I', x: 0.75, y: 0.5, tiedAxes: [], borderline: false });
  });

  it('S: low assertive, high responsive', () => {
    expect(classifyDisc(scores(-3, 12))).toEqual({ type: 'S', x: 1, y: -0.25, tiedAxes: [], borderline: false });
  });

  it('C: low assertive, low responsive', () => {
    expect(classifyDisc(scores(-12, -6))).toEqual({ type: 'C', x: -0.5, y: -1, tiedAxes: [], borderline: false });
  });

  it('tie rule: an assertive total of exactly 0 counts as low', () => {
    expect(classifyDisc(scores(0, 6))).toEqual({ type: 'S', x: 0.5, y: 0, tiedAxes: ['assertive'], borderline: true });
    expect(classifyDisc(scores(0, -6)).type).toBe('C');
  });

  it('tie rule: a responsive total of exactly 0 counts as low', () => {
    expect(classifyDisc(scores(6, 0))).toEqual({ type: 'D', x: 0, y: 0.5, tiedAxes: ['responsive'], borderline: true });
    expect(classifyDisc(scores(-6, 0)).type).toBe('C');
  });

  it('tie rule: both totals 0 gives C with both axes tied', () => {
    expect(classifyDisc(scores(0, 0))).toEqual({
      type: 'C',
      x: 0,
      y: 0,
      tiedAxes: ['assertive', 'responsive'],
      borderline: true,
    });
  });

  it('a total of ±1 is not a tie', () => {
    expect(classifyDisc(scores(1, -1))).toMatchObject({ type: 'D', tiedAxes: [] });
  });

  it('is borderline when either axis total is within ±2', () => {
    expect(classifyDisc(scores(2, 8)).borderline).toBe(true);
    expect(classifyDisc(scores(-2, 8)).borderline).toBe(true);
    expect(classifyDisc(scores(8, 2)).borderline).toBe(true);
    expect(classifyDisc(scores(8, -2)).borderline).toBe(true);
    expect(classifyDisc(scores(1, 1)).borderline).toBe(true);
  });

  it('is not borderline when both axis totals are beyond ±2', () => {
    expect(classifyDisc(scores(3, 3)).borderline).toBe(false);
    expect(classifyDisc(scores(-3, -3)).borderline).toBe(false);
    expect(classifyDisc(scores(3, -3)).borderline).toBe(false);
  });

  it('normalises x (情感度) and y (表达度) against the axis maxima', () => {
    expect(
      classifyDisc({ assertive: 3, responsive: -1, maxAssertive: 4, maxResponsive: 2, answered: 3, total: 3 }),
    ).toMatchObject({ x: -0.5, y: 0.75 });
  });

  it('puts x and y at 0 when an axis has no questions', () => {
    expect(
      classifyDisc({ assertive: 0, responsive: 0, maxAssertive: 0, maxResponsive: 0, answered: 0, total: 0 }),
    ).toMatchObject({ x: 0, y: 0 });
  });
});

describe('discResult', () => {
  it('is null until every question is answered', () => {
    expect(discResult(SMALL, {})).toBeNull();
    expect(discResult(SMALL, { a1: 2, a2: 2, r1: 2 })).toBeNull();
    expect(discResult(SMALL, { a1: 2, a2: 2, r1: 2, r2: 0 })).toBeNull();
    expect(discResult(SMALL, { a1: 2, a2: 2, r1: 2, zz: 2 })).toBeNull();
  });

  it('classifies once every question is answered', () => {
    expect(discResult(SMALL, { a1: 2, a2: 1, r1: -1, r2: -2 })).toEqual({
      type: 'D',
      x: -0.75,
      y: 0.75,
      tiedAxes: [],
      borderline: false,
    });
    expect(discResult(SMALL, { a1: 1, a2: -1, r1: 1, r2: 1 })).toEqual({
      type: 'S',
      x: 0.5,
      y: 0,
      tiedAxes: ['assertive'],
      borderline: true,
    });
  });

  it('is null for an empty question list', () => {
    expect(discResult([], {})).toBeNull();
    expect(discResult([], { a1: 2 })).toBeNull();
  });
});

describe('emptyDiscState', () => {
  it('defaults to customer mode with no answers', () => {
    expect(emptyDiscState()).toEqual({ mode: 'customer', answers: { customer: {}, self: {} } });
  });

  it('takes the mode', () => {
    expect(emptyDiscState('self')).toEqual({ mode: 'self', answers: { customer: {}, self: {} } });
  });

  it('returns fresh objects each time', () => {
    const first = emptyDiscState();
    first.answers.customer.a1 = 2;
    expect(emptyDiscState().answers.customer).toEqual({});
  });
});

describe('withAnswer and withoutAnswers', () => {
  const state = { mode: 'self', answers: { customer: { a1: 2 }, self: { r1: -1 } } } as const;

  it('sets one answer of the given mode, keeping the rest and the mode shown', () => {
    expect(withAnswer(state, 'customer', 'r1', 1)).toEqual({
      mode: 'self',
      answers: { customer: { a1: 2, r1: 1 }, self: { r1: -1 } },
    });
    expect(withAnswer(state, 'self', 'r1', 2)).toEqual({
      mode: 'self',
      answers: { customer: { a1: 2 }, self: { r1: 2 } },
    });
  });

  it('clears one mode’s answers only', () => {
    expect(withoutAnswers(state, 'customer')).toEqual({ mode: 'self', answers: { customer: {}, self: { r1: -1 } } });
  });

  it('leaves the state it started from as it was', () => {
    const before = structuredClone(state);
    withAnswer(state, 'self', 'a2', 1);
    withoutAnswers(state, 'self');
    expect(state).toEqual(before);
  });
});

describe('parseDiscState', () => {
  it('keeps valid answers for both modes', () => {
    const saved = { mode: 'self', answers: { customer: { a1: 2, r1: -1 }, self: { a2: 1, r2: -2 } } };
    expect(parseDiscState(JSON.parse(JSON.stringify(saved)), SMALL)).toEqual(saved);
  });

  it('drops answers to unknown questions and values that are not options', () => {
    const saved = {
      mode: 'customer',
      answers: { customer: { a1: 2, zz: 2, a2: 0, r1: '1', r2: 5 }, self: { r1: -2, a1: null } },
    };
    expect(parseDiscState(saved, SMALL)).toEqual({
      mode: 'customer',
      answers: { customer: { a1: 2 }, self: { r1: -2 } },
    });
  });

  it('treats a missing or malformed mode’s answers as empty', () => {
    expect(parseDiscState({ mode: 'customer', answers: { customer: { a1: 1 } } }, SMALL)).toEqual({
      mode: 'customer',
      answers: { customer: { a1: 1 }, self: {} },
    });
    expect(parseDiscState({ mode: 'self', answers: { customer: [2, 2], self: 'a1' } }, SMALL)).toEqual({
      mode: 'self',
      answers: { customer: {}, self: {} },
    });
    expect(parseDiscState({ mode: 'self', answers: {} }, SMALL)).toEqual(emptyDiscState('self'));
  });

  it('rejects a bad mode', () => {
    expect(parseDiscState({ mode: 'other', answers: {} }, SMALL)).toBeNull();
    expect(parseDiscState({ mode: 'Customer', answers: {} }, SMALL)).toBeNull();
    expect(parseDiscState({ answers: {} }, SMALL)).toBeNull();
  });

  it('rejects missing or non-object answers', () => {
    expect(parseDiscState({ mode: 'customer' }, SMALL)).toBeNull();
    expect(parseDiscState({ mode: 'customer', answers: null }, SMALL)).toBeNull();
    expect(parseDiscState({ mode: 'customer', answers: 'x' }, SMALL)).toBeNull();
  });

  it('rejects values that are not objects', () => {
    expect(parseDiscState(null, SMALL)).toBeNull();
    expect(parseDiscState(undefined, SMALL)).toBeNull();
    expect(parseDiscState('customer', SMALL)).toBeNull();
    expect(parseDiscState(3, SMALL)).toBeNull();
    expect(parseDiscState([], SMALL)).toBeNull();
  });

  it('keeps only answers that fit the current questions', () => {
    const saved = { mode: 'customer', answers: { customer: allAnswered(2), self: {} } };
    expect(parseDiscState(saved, SMALL)).toEqual(emptyDiscState('customer'));
    expect(parseDiscState(saved, DISC_QUESTIONS)?.answers.customer).toEqual(allAnswered(2));
  });
});

describe('isDiscDone', () => {
  const full = { a1: 2, a2: 1, r1: -1, r2: -2 };

  it('is false with no answers', () => {
    expect(isDiscDone(emptyDiscState(), SMALL)).toBe(false);
  });

  it('is false while both modes are incomplete', () => {
    expect(
      isDiscDone({ mode: 'customer', answers: { customer: { a1: 2, a2: 1, r1: -1 }, self: { r2: 1 } } }, SMALL),
    ).toBe(false);
  });

  it('is true when the customer mode is complete', () => {
    expect(isDiscDone({ mode: 'self', answers: { customer: full, self: {} } }, SMALL)).toBe(true);
  });

  it('is true when the self mode is complete', () => {
    expect(isDiscDone({ mode: 'customer', answers: { customer: {}, self: full } }, SMALL)).toBe(true);
  });

  it('is false for an empty question list', () => {
    expect(isDiscDone(emptyDiscState(), [])).toBe(false);
  });
});

describe('the questions (content/exercises/disc-quiz.yaml)', () => {
  it('has 12 questions with unique ids', () => {
    expect(DISC_QUESTIONS).toHaveLength(12);
    expect(new Set(DISC_QUESTIONS.map((item) => item.id)).size).toBe(12);
  });

  it('has 6 questions per axis, odd ids assertive and even ids responsive', () => {
    expect(DISC_QUESTIONS.filter((item) => item.axis === 'assertive')).toHaveLength(6);
    expect(DISC_QUESTIONS.filter((item) => item.axis === 'responsive')).toHaveLength(6);
    for (const item of DISC_QUESTIONS) {
      const number = Number(/^q(\d+)$/.exec(item.id)?.[1]);
      expect(item.axis, item.id).toBe(number % 2 === 1 ? 'assertive' : 'responsive');
    }
  });

  it('gives every question exactly the values 2, 1, −1, −2', () => {
    for (const item of DISC_QUESTIONS) {
      expect(item.options, item.id).toHaveLength(4);
      expect(
        [...item.options.map((option) => option.value)].sort((a, b) => b - a),
        item.id,
      ).toEqual([2, 1, -1, -2]);
    }
  });

  it('gives every question non-empty, distinct option texts', () => {
    for (const item of DISC_QUESTIONS) {
      const texts = item.options.map((option) => option.text.trim());
      expect(
        texts.every((text) => text.length > 0),
        item.id,
      ).toBe(true);
      expect(new Set(texts).size, item.id).toBe(4);
    }
  });

  it('gives every question two non-empty, different stems', () => {
    for (const item of DISC_QUESTIONS) {
      expect(item.customerStem.trim(), item.id).not.toBe('');
      expect(item.selfStem.trim(), item.id).not.toBe('');
      expect(item.customerStem, item.id).not.toBe(item.selfStem);
    }
  });

  it('yields I when every question gets its +2 option', () => {
    expect(discResult(DISC_QUESTIONS, allAnswered(2))).toEqual({
      type: 'I',
      x: 1,
      y: 1,
      tiedAxes: [],
      borderline: false,
    });
  });

  it('yields C when every question gets its −2 option', () => {
    expect(discResult(DISC_QUESTIONS, allAnswered(-2))).toEqual({
      type: 'C',
      x: -1,
      y: -1,
      tiedAxes: [],
      borderline: false,
    });
  });

  it('yields D and S from the matching mix of extreme answers', () => {
    const mix = (assertive: number, responsive: number) =>
      Object.fromEntries(DISC_QUESTIONS.map((item) => [item.id, item.axis === 'assertive' ? assertive : responsive]));
    expect(discResult(DISC_QUESTIONS, mix(2, -2))?.type).toBe('D');
    expect(discResult(DISC_QUESTIONS, mix(-2, 2))?.type).toBe('S');
  });

  it('is null with one question left unanswered', () => {
    const answers = allAnswered(2);
    delete answers.q12;
    expect(discResult(DISC_QUESTIONS, answers)).toBeNull();
  });
});

describe('the profiles (content/exercises/disc-quiz.yaml)', () => {
  it('has exactly the four types', () => {
    expect(Object.keys(DISC_PROFILES).sort()).toEqual(['C', 'D', 'I', 'S']);
  });

  it.each(['D', 'I', 'S', 'C'] as const)('%s has a name, axes, self tip and non-empty lists', (id) => {
    const profile = DISC_PROFILES[id];
    expect(profile.name.trim()).not.toBe('');
    expect(profile.axes.trim()).not.toBe('');
    expect(profile.selfTip.trim()).not.toBe('');
    for (const list of [profile.traits, profile.fears, profile.needs, profile.serve]) {
      expect(list.length).toBeGreaterThan(0);
      expect(list.every((entry) => entry.trim().length > 0)).toBe(true);
    }
  });

  it('describes each type’s axes consistently with the classification', () => {
    expect(DISC_PROFILES.D.axes).toBe('高表达 · 低情感');
    expect(DISC_PROFILES.I.axes).toBe('高表达 · 高情感');
    expect(DISC_PROFILES.S.axes).toBe('低表达 · 高情感');
    expect(DISC_PROFILES.C.axes).toBe('低表达 · 低情感');
  });
});

describe('the content schema', () => {
  /** The real file with one change. */
  const changed = (change: (copy: Content) => void): unknown => {
    const copy = structuredClone(rawContent('disc-quiz')) as Content;
    change(copy);
    return copy;
  };
  const failing = (value: unknown) =>
    (schema.safeParse(value).error?.issues ?? []).map((issue) => issue.path.join('.'));

  it('parses the real file', () => {
    expect(failing(rawContent('disc-quiz'))).toEqual([]);
  });

  it('needs exactly four options per question', () => {
    expect(failing(changed((copy) => void (copy.questions[3]!.options as unknown as unknown[]).pop()))).toEqual([
      'questions.3.options',
    ]);
  });

  it('needs each option value once, and only 2, 1, −1 or −2', () => {
    expect(
      failing(changed((copy) => (copy.questions[0]!.options[1].value = copy.questions[0]!.options[0].value))),
    ).toEqual(['questions.0.options']);
    expect(failing(changed((copy) => ((copy.questions[2]!.options[0] as { value: number }).value = 3)))).toEqual([
      'questions.2.options.0.value',
    ]);
  });

  it('refuses a repeated question id', () => {
    expect(failing(changed((copy) => (copy.questions[5]!.id = copy.questions[1]!.id)))).toEqual(['questions.5.id']);
  });

  it('needs questions on both axes', () => {
    expect(failing(changed((copy) => copy.questions.forEach((question) => (question.axis = 'assertive'))))).toEqual([
      'questions',
    ]);
  });

  it('needs all four profiles, and refuses a misspelt field', () => {
    expect(failing(changed((copy) => delete (copy.profiles as Partial<Content['profiles']>).S))).toEqual([
      'profiles.S',
    ]);
    expect(failing(changed((copy) => Object.assign(copy.profiles.D, { selftip: '多听' })))).toEqual(['profiles.D']);
  });
});

describe("the chart has the orientation of M3's own table (content/modules/m3.mdx)", () => {
  const text = readFileSync(new URL('../../content/modules/m3.mdx', import.meta.url), 'utf8');
  const row = (label: string) => {
    const line = text.split('\n').find((candidate) => candidate.startsWith('|') && candidate.includes(label));
    expect(line, `a table row with ${label}`).toBeDefined();
    return line!
      .split('|')
      .slice(2, -1)
      .map((cell) => cell.trim());
  };

  it('puts 情感度 low on the left and high on the right, 表达度 high on top and low below', () => {
    expect(row('情感度低')).toEqual(['情感度低', '情感度高']);
    const top = row('**表达度高**');
    const bottom = row('**表达度低**');
    const letters = [...top, ...bottom].map((cell) => cell.slice(-1));
    expect(letters).toEqual([...CHART_QUADRANTS]);
    // The names in the table are the profiles' names.
    expect([...top, ...bottom]).toEqual(CHART_QUADRANTS.map((id) => `${DISC_PROFILES[id].name} ${id}`));
  });

  it('places each type in its own quadrant: D top-left, I top-right, C bottom-left, S bottom-right', () => {
    const mix = (assertive: number, responsive: number) =>
      Object.fromEntries(DISC_QUESTIONS.map((item) => [item.id, item.axis === 'assertive' ? assertive : responsive]));
    const corner = (answers: Record<string, number>) => {
      const result = discResult(DISC_QUESTIONS, answers)!;
      // Quadrant index: top row 0–1, bottom row 2–3; left column even.
      return CHART_QUADRANTS.indexOf(result.type) === (result.y > 0 ? 0 : 2) + (result.x > 0 ? 1 : 0);
    };
    expect(corner(mix(2, -2))).toBe(true);
    expect(corner(mix(2, 2))).toBe(true);
    expect(corner(mix(-2, -2))).toBe(true);
    expect(corner(mix(-2, 2))).toBe(true);
    expect(discResult(DISC_QUESTIONS, mix(2, -2))).toMatchObject({ type: 'D', x: -1, y: 1 });
    expect(discResult(DISC_QUESTIONS, mix(-2, 2))).toMatchObject({ type: 'S', x: 1, y: -1 });
  });
});
