/** Any exercise's schema and parsed content, for unit tests (Vite's glob import: Vitest only, not Playwright). */
import type { z } from 'astro/zod';
import { codeFolder, type ExerciseId } from '../../src/exercises/registry';
import { rawContent } from '../exercise-content';

export * from '../exercise-content';

const schemas = import.meta.glob<z.ZodType>('../../src/exercises/*/content.ts', { eager: true, import: 'schema' });

/** The schema in the exercise's code folder (content.ts). */
export const contentSchema = (id: ExerciseId): z.ZodType =>
  schemas[`../../src/exercises/${codeFolder(id)}/content.ts`]!;

/** The exercise's content as its island and plan section receive it. */
export const exerciseContent = (id: ExerciseId): unknown => contentSchema(id).parse(rawContent(id));
