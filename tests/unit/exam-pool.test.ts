import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  EXAM_POOL_FORMAT,
  EXAM_POOL_VERSION,
  MAX_POOL_MODULES,
  MAX_POOL_QUESTIONS,
  examPoolFile,
  fetchExamPool,
  parseExamPool,
  type ExamPool,
} from '../../src/features/assessment/exam-pool';
import { bankQuestions, single, truefalse } from './fixtures/questions';

const bankModules = [...new Set(bankQuestions.map((question) => question.module))].map((id, index) => ({
  id,
  code: `M${index + 1}`,
  title: `模块 ${index + 1}`,
  minutes: 90,
}));

const M3 = { id: 'm3', code: 'M3', title: '客户满意度管理', minutes: 180 };
const SMALL: ExamPool = { modules: [M3], questions: [single, truefalse] };
/** The pool file as the browser reads it. */
const read = (pool: unknown) => parseExamPool(JSON.parse(JSON.stringify(pool)));
const file = (changes: Record<string, unknown>) => ({
  format: EXAM_POOL_FORMAT,
  version: EXAM_POOL_VERSION,
  ...SMALL,
  ...changes,
});
const withQuestion = (question: unknown) => file({ questions: [single, question] });

describe('the exam pool file', () => {
  it('reads back every question of the real banks, of all six types', () => {
    const pool = { modules: bankModules, questions: bankQuestions };
    expect(new Set(bankQuestions.map((question) => question.type)).size).toBe(6);
    expect(parseExamPool(JSON.parse(examPoolFile(pool)))).toEqual(pool);
  });

  it('says what it is, so that another JSON file is not taken for a pool', () => {
    expect(JSON.parse(examPoolFile(SMALL))).toMatchObject({ format: EXAM_POOL_FORMAT, version: EXAM_POOL_VERSION });
    for (const other of [null, 'pool', [], {}, file({ format: 'svc-course-progress' }), file({ version: 2 })])
      expect(read(other)).toBeNull();
  });

  it('refuses modules of the wrong shape, twice listed, or too many', () => {
    for (const modules of [
      null,
      {},
      [{ ...M3, id: 'M 3' }],
      [{ ...M3, minutes: -1 }],
      [{ ...M3, minutes: 1.5 }],
      [{ ...M3, title: 42 }],
      [{ ...M3, code: undefined }],
      [M3, { ...M3 }],
    ])
      expect(read(file({ modules }))).toBeNull();
    const many = Array.from({ length: MAX_POOL_MODULES + 1 }, (_, index) => ({ ...M3, id: `m${index}` }));
    expect(read(file({ modules: many }))).toBeNull();
  });

  it('refuses a question of a module it does not list, or an id used twice', () => {
    expect(read(withQuestion({ ...truefalse, module: 'm9' }))).toBeNull();
    expect(read(withQuestion({ ...truefalse, id: single.id }))).toBeNull();
  });

  it('refuses questions that rendering or marking would trip over', () => {
    const bad = [
      null,
      'q',
      { ...truefalse, type: 'essay' },
      { ...truefalse, id: 'Q 1' },
      { ...truefalse, id: undefined },
      { ...truefalse, explanation: undefined },
      { ...truefalse, prompt: ['这句话对吗'] },
      { ...truefalse, answer: 'true' },
      { ...truefalse, use: [] },
      { ...truefalse, use: ['homework'] },
      { ...single, id: 'q-2', options: [] },
      { ...single, id: 'q-2', options: [{ text: 'a' }] },
      { ...single, id: 'q-2', options: Array.from({ length: 9 }, () => ({ text: 'a', correct: false })) },
      { ...single, id: 'q-2', type: 'multiple', options: 'abc' },
      { ...truefalse, type: 'ordering', items: ['a', 2, 'c'] },
      { ...truefalse, type: 'matching', pairs: [{ left: 'a' }] },
      { ...truefalse, type: 'scenario', stem: '案例', questions: [] },
      { ...truefalse, type: 'scenario', stem: '案例', questions: [{ ...truefalse, type: 'ordering', items: ['a'] }] },
      { ...truefalse, type: 'scenario', stem: '案例', questions: [{ ...truefalse, explanation: null }] },
      { ...truefalse, prompt: 'x'.repeat(20_000) },
    ];
    for (const question of bad) expect(read(withQuestion(question)), JSON.stringify(question)).toBeNull();
  });

  it('keeps a pool ten times today’s course, and refuses one beyond its limit', () => {
    // 70 modules of 16 questions each (today: 7 modules, 112 questions).
    const modules = Array.from({ length: 70 }, (_, index) => ({ ...M3, id: `m${index + 1}`, code: `M${index + 1}` }));
    const questions = modules.flatMap((module) =>
      bankQuestions
        .slice(0, 16)
        .map((question, index) => ({ ...question, module: module.id, id: `${module.id}-q${index}` })),
    );
    const text = examPoolFile({ modules, questions });
    expect(parseExamPool(JSON.parse(text))?.questions).toHaveLength(1120);
    // Well under Workbox's 2 MB precache limit, and compresses well.
    expect(Buffer.byteLength(text)).toBeLessThan(2_000_000);
    expect(gzipSync(text).length).toBeLessThan(Buffer.byteLength(text) / 2);
    const tooMany = Array.from({ length: MAX_POOL_QUESTIONS + 1 }, (_, index) => ({ ...truefalse, id: `q-${index}` }));
    expect(read(file({ questions: tooMany }))).toBeNull();
  });

  it('is fetched and checked: a missing, broken or foreign file gives no pool', async () => {
    const answering = (status: number, body: string) => async () => new Response(body, { status });
    expect(await fetchExamPool('/exam/pool.json', answering(200, examPoolFile(SMALL)))).toEqual(SMALL);
    expect(await fetchExamPool('/exam/pool.json', answering(404, examPoolFile(SMALL)))).toBeNull();
    expect(await fetchExamPool('/exam/pool.json', answering(200, examPoolFile(SMALL).slice(0, 100)))).toBeNull();
    expect(await fetchExamPool('/exam/pool.json', answering(200, '{"format":"svc-course-progress"}'))).toBeNull();
    const offline = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await fetchExamPool('/exam/pool.json', offline)).toBeNull();
  });
});
