import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CaseSchema } from '../../src/schemas/case';
import { CASE_EXERCISES, DECK_EXERCISES, EXERCISE_IDS } from '../../src/exercises/registry';
import { scoreQuestion, type Answer } from '../../src/features/assessment/quiz';

const dir = resolve(import.meta.dirname, '../../content/cases');
const files = readdirSync(dir).filter((name) => name.endsWith('.yaml'));
const load = (name: string) => CaseSchema.parse(parse(readFileSync(join(dir, name), 'utf8')));

describe('CaseSchema', () => {
  it('refuses a case whose question is not a scenario, naming the field', () => {
    const result = CaseSchema.safeParse({ title: '案例', instructions: '读一读案例', question: { id: 'x-1', module: 'm5', type: 'single', prompt: '问题问题', explanation: '解析解析', options: [] } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe('question');
  });

  it('refuses a missing title', () => {
    const result = CaseSchema.safeParse({ instructions: '读一读案例', question: {} });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('title');
  });
});

describe('content/cases', () => {
  it('has a file for every case exercise and nothing else', () => {
    expect(files.map((name) => name.replace('.yaml', '')).sort()).toEqual([...CASE_EXERCISES].sort());
  });

  it.each(files)('%s parses, and its right answers score full marks', (name) => {
    const story = load(name);
    const parts: Record<string, Answer> = {};
    for (const part of story.question.questions) {
      if (part.type === 'truefalse') parts[part.id] = { type: 'truefalse', value: part.answer };
      else if (part.type === 'single') parts[part.id] = { type: 'single', choice: part.options.findIndex((option) => option.correct) };
      else parts[part.id] = { type: 'multiple', choices: part.options.flatMap((option, index) => (option.correct ? [index] : [])) };
    }
    expect(scoreQuestion(story.question, { type: 'scenario', parts })).toBe(1);
  });
});

describe('exercise id lists', () => {
  it('deck and case exercises are known exercise ids, and no id is both', () => {
    for (const id of [...DECK_EXERCISES, ...CASE_EXERCISES]) expect(EXERCISE_IDS).toContain(id);
    expect(DECK_EXERCISES.filter((id) => CASE_EXERCISES.includes(id))).toEqual([]);
  });
});
