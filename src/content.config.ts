import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CourseSchema } from './schemas/course';
import { ModuleSchema } from './schemas/module';
import { QuizBankSchema } from './schemas/quiz';
import { DeckSchema } from './schemas/deck';
import { CaseSchema } from './schemas/case';

// COURSE_CONTENT_DIR lets the schema tests point the build at a deliberately broken fixture.
const contentDir = process.env.COURSE_CONTENT_DIR ?? './content';

const modules = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/modules` }),
  schema: ModuleSchema,
});

/** One entry, id `course` (the top-level key of course.yaml). */
const course = defineCollection({
  loader: file(`${contentDir}/course.yaml`),
  schema: CourseSchema,
});

/** Question banks, one file per module: `content/quizzes/<module id>.yaml`. */
const quizzes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/quizzes` }),
  schema: QuizBankSchema,
});

/** Card-sorting decks: `content/decks/<exercise id>.yaml`. */
const decks = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/decks` }),
  schema: DeckSchema,
});

/** Case-diagnosis exercises: `content/cases/<exercise id>.yaml`. */
const cases = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/cases` }),
  schema: CaseSchema,
});

export const collections = { modules, course, quizzes, decks, cases };
