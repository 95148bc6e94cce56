import { describe, expect, it } from 'vitest';
import { schema as CaseSchema } from '../../src/exercises/case/content';
import { EXERCISE_IDS, exercise } from '../../src/exercises/registry';
import { caseStory } from './exercise-content';
import { scoreQuestion, type Answer } from '../../src/features/assessment/quiz';

const cases = EXERCISE_IDS.filter((id) => exercise(id).kind === 'case');

describe('CaseSchema', () => {
  it('refuses a case whose question is not a scenario, naming the field', () => {
    const result = CaseSchema.safeParse({
      instructions: '读一读案例',
      question: { id: 'x-1', module: 'm5', type: 'single', prompt: '问题问题', explanation: '解析解析', options: [] },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe('question');
  });

  it('refuses a missing instruction', () => {
    const result = CaseSchema.safeParse({ question: {} });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('instructions');
  });
});

describe('the cases in content/exercises', () => {
  it.each(cases)('%s parses, and its right answers score full marks', (id) => {
    const story = caseStory(id);
    const parts: Record<string, Answer> = {};
    for (const part of story.question.questions) {
      if (part.type === 'truefalse') parts[part.id] = { type: 'truefalse', value: part.answer };
      else if (part.type === 'single')
        parts[part.id] = { type: 'single', choice: part.options.findIndex((option) => option.correct) };
      else
        parts[part.id] = {
          type: 'multiple',
          choices: part.options.flatMap((option, index) => (option.correct ? [index] : [])),
        };
    }
    expect(scoreQuestion(story.question, { type: 'scenario', parts })).toBe(1);
  });
});
