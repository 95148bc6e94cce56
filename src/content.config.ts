import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CourseSchema } from './schemas/course';
import { ModuleSchema } from './schemas/module';
import { QuizBankSchema } from './schemas/quiz';
import type { z } from 'astro/zod';
import { EXERCISE_IDS, codeFolder, contentCollection } from './exercises/registry';

const modules = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/modules' }),
  schema: ModuleSchema,
});

/** One entry, id `course` (the top-level key of course.yaml). */
const course = defineCollection({
  loader: file('./content/course.yaml'),
  schema: CourseSchema,
});

/** Question banks, one file per module: `content/quizzes/<module id>.yaml`. */
const quizzes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/quizzes' }),
  schema: QuizBankSchema,
});

/**
 * Each exercise's texts, `content/exercises/<id>.yaml`, in a collection of its own so that it is
 * checked by its own schema: the `content.ts` in the exercise's code folder (see the registry).
 */
const schemas = import.meta.glob<z.ZodType>('./exercises/*/content.ts', { eager: true, import: 'schema' });
const exercises = Object.fromEntries(
  EXERCISE_IDS.map((id) => {
    const schema = schemas[`./exercises/${codeFolder(id)}/content.ts`];
    if (!schema)
      throw new Error(
        `src/exercises/${codeFolder(id)}/content.ts is missing: it holds the schema of content/exercises/${id}.yaml`,
      );
    return [
      contentCollection(id),
      defineCollection({ loader: glob({ pattern: `${id}.yaml`, base: './content/exercises' }), schema }),
    ];
  }),
);

export const collections = { modules, course, quizzes, ...exercises };
