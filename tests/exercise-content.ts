/**
 * Reads an exercise's content file as the tests need it, without a build. Playwright loads this file
 * too, so it imports schemas directly; unit tests find any exercise's schema with tests/unit/exercise-content.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import type { ExerciseId } from '../src/exercises/registry';
import { schema as deckSchema, type Deck } from '../src/exercises/card-sort/content';
import { schema as caseSchema, type CaseExercise } from '../src/exercises/case/content';

export const contentPath = (id: string): string => resolve(import.meta.dirname, `../content/exercises/${id}.yaml`);

export function rawContent(id: string): unknown {
  return parse(readFileSync(contentPath(id), 'utf8'));
}

export function parsedContent<S extends z.ZodType>(id: ExerciseId, schema: S): z.output<S> {
  return schema.parse(rawContent(id));
}

export const deck = (id: ExerciseId): Deck => parsedContent(id, deckSchema);
export const caseStory = (id: ExerciseId): CaseExercise => parsedContent(id, caseSchema);

/** Where a schema finds fault with a value, as dotted paths such as `sample.0.owner` (none when it parses). */
export const issuePaths = (schema: z.ZodType, value: unknown): string[] =>
  schema.safeParse(value).error?.issues.map((issue) => issue.path.join('.')) ?? [];
