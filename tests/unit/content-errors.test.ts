/**
 * Broken content is reported naming the file and the field, checked without a build: each case
 * breaks a copy of a real content file in memory and runs the same schema or module-body check the
 * build runs on it. content-build.test.ts proves with real builds that these reports reach the author.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CourseSchema } from '../../src/schemas/course';
import { ModuleSchema } from '../../src/schemas/module';
import { isExerciseId } from '../../src/exercises/registry';
import { exerciseMismatch } from '../../src/platform/module-body';
import { frontmatter } from '../module-source';

const read = (file: string) => readFileSync(resolve(import.meta.dirname, '../..', file), 'utf8');

/** The fields the schema rejects, as dotted paths (`days.0.start`). */
function failingFields(
  schema: { safeParse(data: unknown): { error?: { issues: { path: PropertyKey[] }[] } } },
  data: unknown,
): string[] {
  return (schema.safeParse(data).error?.issues ?? []).map((issue) => issue.path.map(String).join('.'));
}

/** A module file's frontmatter and body after `edit`. */
const moduleWith = (id: string, edit: (text: string) => string) => frontmatter(edit(read(`content/modules/${id}.mdx`)));

describe('broken content is reported naming file and field, without a build', () => {
  it('a module whose minutes are not a number', () => {
    const { data } = moduleWith('m2', (text) => text.replace(/^minutes:.*$/m, 'minutes: 九十'));
    expect(failingFields(ModuleSchema, data)).toEqual(['minutes']);
  });

  it('a module that lists an unknown exercise', () => {
    const { data } = moduleWith('m3', (text) =>
      text.replace(/^exercises:.*$/m, 'exercises: [disc-quiz, peak-end, crossword]'),
    );
    expect(failingFields(ModuleSchema, data)).toEqual(['exercises.2']);
  });

  it('a course definition with a malformed start time', () => {
    const text = read('content/course.yaml');
    expect(text).toContain('start: "09:00"');
    expect(failingFields(CourseSchema, parse(text.replace('start: "09:00"', 'start: "9 点"')).course)).toEqual([
      'days.0.start',
    ]);
  });

  it('a module text that embeds an unknown exercise', () => {
    const { data, body } = moduleWith('m3', (text) =>
      text
        .replace('<Exercise id="peak-end" />', '<Exercise id="peek-end" />')
        .replace('exercises: [disc-quiz, peak-end]', 'exercises: [disc-quiz]'),
    );
    const { exercises } = ModuleSchema.parse(data);
    expect(isExerciseId('peek-end')).toBe(false);
    expect(exerciseMismatch('content/modules/m3.mdx', exercises, body)).toEqual([
      'content/modules/m3.mdx: <Exercise id="peek-end" /> is embedded but missing from the frontmatter field "exercises"',
    ]);
  });
});
