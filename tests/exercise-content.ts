/** Reads an exercise's content file as the tests need it: parsed with its own schema, without a build. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { codeFolder, type ExerciseId } from '../src/exercises/registry';
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

// Inside a function, so that Playwright, which imports this file without Vite, can load it.
const schemas = () => import.meta.glob<z.ZodType>('../src/exercises/*/content.ts', { eager: true, import: 'schema' });

/** The schema in the exercise's code folder (content.ts). Vitest only: it relies on Vite's glob import. */
export const contentSchema = (id: ExerciseId): z.ZodType => schemas()[`../src/exercises/${codeFolder(id)}/content.ts`]!;

/** The exercise's content as its island and plan section receive it. */
export const exerciseContent = (id: ExerciseId): unknown => contentSchema(id).parse(rawContent(id));
