/**
 * Validates every content file through the same schemas the build uses, plus the rules that span
 * files. Fast feedback for authors: `npx vitest run --config tests/vitest.config.ts tests/unit/content.test.ts`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CourseSchema } from '../../src/schemas/course';
import { ModuleSchema } from '../../src/schemas/module';
import { QuizBankSchema } from '../../src/schemas/quiz';
import { exerciseMismatch } from '../../src/platform/module-body';
import { frontmatter } from '../module-source';

const root = resolve(import.meta.dirname, '../../content');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const moduleFiles = readdirSync(join(root, 'modules')).filter((name) => name.endsWith('.mdx'));
const bankFiles = readdirSync(join(root, 'quizzes')).filter((name) => name.endsWith('.yaml'));

const course = CourseSchema.parse(parse(read('course.yaml')).course);
const modules = Object.fromEntries(
  moduleFiles.map((name) => {
    const { data, body } = frontmatter(read(`modules/${name}`));
    return [name.replace('.mdx', ''), { result: ModuleSchema.safeParse(data), body }];
  }),
);

describe('content/modules', () => {
  it.each(moduleFiles)('%s has valid frontmatter and embeds exactly the exercises it lists', (name) => {
    const entry = modules[name.replace('.mdx', '')]!;
    expect(entry.result.error?.issues ?? []).toEqual([]);
    expect(exerciseMismatch(`content/modules/${name}`, entry.result.data?.exercises ?? [], entry.body)).toEqual([]);
  });

  it('every module file is on the course plan exactly once, and nothing else is', () => {
    const planned = course.days.flatMap((day) => day.modules);
    expect([...planned].sort()).toEqual(Object.keys(modules).sort());
  });
});

describe('content/quizzes', () => {
  it.each(bankFiles)('%s is a valid bank whose questions belong to its module', (name) => {
    const result = QuizBankSchema.safeParse(parse(read(`quizzes/${name}`)));
    expect(result.error?.issues.map((issue) => issue.message) ?? []).toEqual([]);
    const moduleId = name.replace('.yaml', '');
    expect(Object.keys(modules)).toContain(moduleId);
    for (const question of result.data?.questions ?? [])
      expect(`${question.id} → ${question.module}`).toBe(`${question.id} → ${moduleId}`);
  });

  it('question ids are unique across all banks', () => {
    const ids = bankFiles.flatMap((name) =>
      (QuizBankSchema.safeParse(parse(read(`quizzes/${name}`))).data?.questions ?? []).map((question) => question.id),
    );
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('every module marked ready has a knowledge check of at least 4 questions', () => {
    for (const [id, entry] of Object.entries(modules)) {
      if (entry.result.data?.status !== 'ready') continue;
      const file = `${id}.yaml`;
      expect(bankFiles, `content/quizzes/${file}`).toContain(file);
      const bank = QuizBankSchema.parse(parse(read(`quizzes/${file}`)));
      expect(bank.questions.filter((question) => question.use.includes('check')).length, file).toBeGreaterThanOrEqual(
        4,
      );
    }
  });
});
