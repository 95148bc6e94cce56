import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  MatchingQuestion,
  MultipleQuestion,
  OrderingQuestion,
  QuestionSchema,
  QuizBankSchema,
  ScenarioQuestion,
  SingleQuestion,
  TrueFalseQuestion,
  type Question,
} from '../../src/schemas/quiz';

/** The fields zod complains about, as dotted paths. */
function failingFields(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return result.success ? [] : (result.error?.issues ?? []).map((issue) => issue.path.map(String).join('.'));
}

/** The messages zod gives, one per issue. */
function messages(result: { success: boolean; error?: { issues: { message: string }[] } }): string[] {
  return result.success ? [] : (result.error?.issues ?? []).map((issue) => issue.message);
}

const common = { module: 'm3', explanation: '因为这样所以那样' };

const minimal = {
  single: {
    ...common,
    id: 'm3-single-1',
    type: 'single',
    prompt: '哪一个对？',
    options: [{ text: '甲', correct: true }, { text: '乙' }],
  },
  multiple: {
    ...common,
    id: 'm3-multiple-1',
    type: 'multiple',
    prompt: '哪几个对？',
    options: [{ text: '甲', correct: true }, { text: '乙', correct: true }, { text: '丙' }],
  },
  truefalse: { ...common, id: 'm3-truefalse-1', type: 'truefalse', prompt: '这句话对吗', answer: false },
  ordering: { ...common, id: 'm3-ordering-1', type: 'ordering', prompt: '排个顺序', items: ['一', '二', '三'] },
  matching: {
    ...common,
    id: 'm3-matching-1',
    type: 'matching',
    prompt: '连一连线',
    pairs: [
      { left: '甲', right: '一' },
      { left: '乙', right: '二' },
    ],
  },
  scenario: {
    ...common,
    id: 'm3-scenario-1',
    type: 'scenario',
    stem: '周六上午十点，营业厅里排起了长队，店长需要马上做决定。',
    questions: [
      { id: 'm3-scenario-1-a', type: 'truefalse', prompt: '应该先分流', answer: true, explanation: '先分流再办理' },
    ],
  },
} as const;

const DEFAULT_USE = ['check', 'exam'];

describe('QuestionSchema: a minimal question of each type', () => {
  it('parses a single-choice question, defaulting use and option correct', () => {
    expect(QuestionSchema.parse(minimal.single)).toEqual({
      ...minimal.single,
      use: DEFAULT_USE,
      options: [
        { text: '甲', correct: true },
        { text: '乙', correct: false },
      ],
    });
  });

  it('parses a multiple-choice question, defaulting use and option correct', () => {
    expect(QuestionSchema.parse(minimal.multiple)).toEqual({
      ...minimal.multiple,
      use: DEFAULT_USE,
      options: [
        { text: '甲', correct: true },
        { text: '乙', correct: true },
        { text: '丙', correct: false },
      ],
    });
  });

  it.each(['truefalse', 'ordering', 'matching', 'scenario'] as const)(
    'parses a %s question, defaulting use',
    (type) => {
      expect(QuestionSchema.parse(minimal[type])).toEqual({ ...minimal[type], use: DEFAULT_USE });
    },
  );

  it('parses each type through its own schema too', () => {
    expect(SingleQuestion.safeParse(minimal.single).success).toBe(true);
    expect(MultipleQuestion.safeParse(minimal.multiple).success).toBe(true);
    expect(TrueFalseQuestion.safeParse(minimal.truefalse).success).toBe(true);
    expect(OrderingQuestion.safeParse(minimal.ordering).success).toBe(true);
    expect(MatchingQuestion.safeParse(minimal.matching).success).toBe(true);
    expect(ScenarioQuestion.safeParse(minimal.scenario).success).toBe(true);
  });

  it('keeps an explicit use', () => {
    expect(QuestionSchema.parse({ ...minimal.truefalse, use: ['exam'] })).toEqual({
      ...minimal.truefalse,
      use: ['exam'],
    });
  });

  it('defaults option correct inside scenario parts, and strips module and use from them', () => {
    const part = {
      id: 'm3-scenario-1-b',
      type: 'single',
      prompt: '先做哪一步',
      options: [{ text: '分流', correct: true }, { text: '等待' }],
      explanation: '先分流再办理',
    };
    const parsed = QuestionSchema.parse({ ...minimal.scenario, questions: [{ ...part, module: 'm3', use: ['exam'] }] });
    expect(parsed).toEqual({
      ...minimal.scenario,
      use: DEFAULT_USE,
      questions: [
        {
          ...part,
          options: [
            { text: '分流', correct: true },
            { text: '等待', correct: false },
          ],
        },
      ],
    });
  });
});

describe('QuestionSchema: field-by-field failures', () => {
  it.each([
    ['explanation', minimal.single, { explanation: undefined }],
    ['explanation', minimal.ordering, { explanation: '太短' }],
    ['id', minimal.single, { id: 'M3 Peak' }],
    ['id', minimal.single, { id: 'm3_peak' }],
    ['id', minimal.single, { id: '-m3' }],
    ['id', minimal.single, { id: undefined }],
    ['module', minimal.single, { module: 'x3' }],
    ['module', minimal.single, { module: 'm' }],
    ['module', minimal.single, { module: undefined }],
    ['use', minimal.truefalse, { use: [] }],
    ['use.0', minimal.truefalse, { use: ['quiz'] }],
    ['prompt', minimal.truefalse, { prompt: '对吗' }],
    ['answer', minimal.truefalse, { answer: 'yes' }],
    ['options', minimal.single, { options: [{ text: '甲' }, { text: '乙' }] }],
    [
      'options',
      minimal.single,
      {
        options: [
          { text: '甲', correct: true },
          { text: '乙', correct: true },
        ],
      },
    ],
    ['options', minimal.single, { options: [{ text: '甲', correct: true }] }],
    ['options.1.text', minimal.single, { options: [{ text: '甲', correct: true }, { text: '' }] }],
    ['options', minimal.multiple, { options: [{ text: '甲', correct: true }, { text: '乙' }, { text: '丙' }] }],
    [
      'options',
      minimal.multiple,
      {
        options: [
          { text: '甲', correct: true },
          { text: '乙', correct: true },
          { text: '丙', correct: true },
        ],
      },
    ],
    ['items', minimal.ordering, { items: ['一', '二'] }],
    ['items', minimal.ordering, { items: ['1', '2', '3', '4', '5', '6', '7', '8', '9'] }],
    ['pairs', minimal.matching, { pairs: [{ left: '甲', right: '一' }] }],
    ['pairs.1.right', minimal.matching, { pairs: [{ left: '甲', right: '一' }, { left: '乙' }] }],
    ['questions', minimal.scenario, { questions: [] }],
    ['stem', minimal.scenario, { stem: '太短的情景' }],
    [
      'questions.0.explanation',
      minimal.scenario,
      { questions: [{ ...minimal.scenario.questions[0], explanation: undefined }] },
    ],
    [
      'questions.0.type',
      minimal.scenario,
      { questions: [{ ...minimal.scenario.questions[0], type: 'ordering', items: ['一', '二', '三'] }] },
    ],
    ['type', minimal.single, { type: 'essay' }],
    ['type', minimal.single, { type: undefined }],
  ])('names %s (case %#)', (field, question, change) => {
    expect(failingFields(QuestionSchema.safeParse({ ...question, ...change }))).toEqual([field]);
  });

  it('names options twice for a multiple-choice question with too few options (too short, and all correct)', () => {
    const result = QuestionSchema.safeParse({
      ...minimal.multiple,
      options: [
        { text: '甲', correct: true },
        { text: '乙', correct: true },
      ],
    });
    expect(failingFields(result)).toEqual(['options', 'options']);
    expect(messages(result)).toContain('多选题至少两个正确选项，且至少一个错误选项');
  });

  it('explains the option rules', () => {
    expect(
      messages(QuestionSchema.safeParse({ ...minimal.single, options: [{ text: '甲' }, { text: '乙' }] })),
    ).toEqual(['单选题必须恰好有一个正确选项']);
    expect(
      messages(
        QuestionSchema.safeParse({
          ...minimal.multiple,
          options: [{ text: '甲', correct: true }, { text: '乙' }, { text: '丙' }],
        }),
      ),
    ).toEqual(['多选题至少两个正确选项，且至少一个错误选项']);
  });

  it('explains the id, module and explanation rules', () => {
    expect(messages(QuestionSchema.safeParse({ ...minimal.single, id: 'M3 Peak' }))).toEqual([
      'id 只能用小写字母、数字和连字符，例如 m3-peak-end-1',
    ]);
    expect(messages(QuestionSchema.safeParse({ ...minimal.single, module: 'x3' }))).toEqual(['应为模块 id，例如 m3']);
    expect(messages(QuestionSchema.safeParse({ ...minimal.single, explanation: '短' }))).toEqual(['每道题都要写解析']);
  });

  it('rejects a non-object', () => {
    for (const value of [null, 'question', 3, []]) expect(QuestionSchema.safeParse(value).success).toBe(false);
  });
});

describe('QuizBankSchema', () => {
  it('parses a bank of valid questions, with defaults', () => {
    const bank = QuizBankSchema.parse({ questions: [minimal.truefalse, minimal.ordering] });
    expect(bank).toEqual({
      questions: [
        { ...minimal.truefalse, use: DEFAULT_USE },
        { ...minimal.ordering, use: DEFAULT_USE },
      ],
    });
  });

  it('names the question id and the field of a bad question', () => {
    const result = QuizBankSchema.safeParse({
      questions: [minimal.truefalse, { ...minimal.ordering, explanation: undefined }],
    });
    expect(failingFields(result)).toEqual(['questions.1.explanation']);
    expect(messages(result)).toHaveLength(1);
    expect(messages(result)[0]).toContain('question "m3-ordering-1" →');
    expect(messages(result)[0]).toMatch(/^question "m3-ordering-1" → explanation: /);
  });

  it('names nested fields with dots', () => {
    const result = QuizBankSchema.safeParse({
      questions: [{ ...minimal.single, options: [{ text: '甲', correct: true }, { text: '' }] }],
    });
    expect(failingFields(result)).toEqual(['questions.0.options.1.text']);
    expect(messages(result)[0]).toMatch(/^question "m3-single-1" → options\.1\.text: /);
  });

  it('names the option rule with the question id', () => {
    const result = QuizBankSchema.safeParse({
      questions: [{ ...minimal.single, options: [{ text: '甲' }, { text: '乙' }] }],
    });
    expect(messages(result)).toEqual(['question "m3-single-1" → options: 单选题必须恰好有一个正确选项']);
  });

  it('names the type of an unknown question type', () => {
    const result = QuizBankSchema.safeParse({ questions: [{ ...minimal.truefalse, type: 'essay' }] });
    expect(failingFields(result)).toEqual(['questions.0.type']);
    expect(messages(result)[0]).toMatch(/^question "m3-truefalse-1" → type: /);
  });

  it('reports duplicate ids', () => {
    const result = QuizBankSchema.safeParse({
      questions: [minimal.truefalse, minimal.ordering, { ...minimal.single, id: 'm3-truefalse-1' }],
    });
    expect(failingFields(result)).toEqual(['questions.2.id']);
    expect(messages(result)).toEqual(['question "m3-truefalse-1" → id: 与本题库中另一道题重复']);
  });

  it('falls back to the question number when the id is missing', () => {
    const { id: _id, ...withoutId } = minimal.ordering;
    const result = QuizBankSchema.safeParse({ questions: [minimal.truefalse, withoutId] });
    expect(failingFields(result)).toEqual(['questions.1.id']);
    expect(messages(result)[0]).toMatch(/^question "第 2 题" → id: /);
  });

  it('falls back to the question number when the id is not a string, or the question not an object', () => {
    const result = QuizBankSchema.safeParse({ questions: [{ ...minimal.truefalse, id: 7 }, 'not a question'] });
    expect(failingFields(result)).toEqual(['questions.0.id', 'questions.1']);
    expect(messages(result)[0]).toMatch(/^question "第 1 题" → id: /);
    expect(messages(result)[1]).toMatch(/^question "第 2 题" → type: /);
  });

  it('reports every bad question', () => {
    const result = QuizBankSchema.safeParse({
      questions: [{ ...minimal.truefalse, module: 'x3' }, minimal.ordering, { ...minimal.matching, pairs: [] }],
    });
    expect(failingFields(result)).toEqual(['questions.0.module', 'questions.2.pairs']);
    expect(messages(result)[0]).toContain('question "m3-truefalse-1" → module: ');
    expect(messages(result)[1]).toContain('question "m3-matching-1" → pairs: ');
  });

  it('rejects an empty questions list', () => {
    expect(failingFields(QuizBankSchema.safeParse({ questions: [] }))).toEqual(['questions']);
  });

  it('rejects a bank without questions', () => {
    expect(failingFields(QuizBankSchema.safeParse({}))).toEqual(['questions']);
    expect(failingFields(QuizBankSchema.safeParse({ questions: 'none' }))).toEqual(['questions']);
  });
});

describe('the real question banks', () => {
  const root = resolve(import.meta.dirname, '../../content/quizzes');
  const files = readdirSync(root).filter((name) => name.endsWith('.yaml'));
  const banks = files.map((name) => ({
    name,
    result: QuizBankSchema.safeParse(parse(readFileSync(join(root, name), 'utf8'))),
  }));
  const questions = (name: string): Question[] => {
    const bank = banks.find((entry) => entry.name === name);
    return bank?.result.success ? bank.result.data.questions : [];
  };

  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s parses', (name) => {
    const result = banks.find((entry) => entry.name === name)?.result;
    expect(result).toBeDefined();
    expect(messages(result as { success: boolean; error?: { issues: { message: string }[] } })).toEqual([]);
  });

  it.each(files)('%s has at least 6 check questions', (name) => {
    expect(questions(name).filter((question) => question.use.includes('check')).length).toBeGreaterThanOrEqual(6);
  });

  it('use every question type at least once', () => {
    const types = new Set(files.flatMap((name) => questions(name).map((question) => question.type)));
    expect([...types].sort()).toEqual(['matching', 'multiple', 'ordering', 'scenario', 'single', 'truefalse']);
  });
});
