/** Loads the course outline and question banks from the content collections (build time only). */
import { getCollection, getEntry } from 'astro:content';
import { buildOutline, type Outline } from './course';
import { checkIdFor } from '../features/assessment/knowledge-check';
import type { Course } from '../schemas/course';
import type { Question } from '../schemas/quiz';

/** A module's knowledge-check questions (those whose `use` includes `check`), in bank order. */
export async function checkQuestions(moduleId: string): Promise<Question[]> {
  const bank = await getEntry('quizzes', moduleId);
  return (bank?.data.questions ?? []).filter((question) => question.use.includes('check'));
}

/** Every question the final exam may draw (`use` includes `exam`), from the banks of the course's modules. */
export async function examPool(outline: Outline): Promise<Question[]> {
  const inCourse = new Set(outline.modules.map((module) => module.id));
  const banks = await getCollection('quizzes');
  return banks
    .flatMap((bank) => bank.data.questions)
    .filter((question) => question.use.includes('exam') && inCourse.has(question.module));
}

export async function loadCourse(): Promise<{ course: Course; outline: Outline }> {
  const entry = await getEntry('course', 'course');
  if (!entry) throw new Error('content/course.yaml is missing its top-level `course:` key');
  const modules = await getCollection('modules');
  const withChecks = await Promise.all(
    modules.map(async ({ id, data }) => {
      const hasCheck = (await checkQuestions(id)).length > 0;
      return {
        id,
        code: data.code,
        title: data.title,
        summary: data.summary,
        minutes: data.minutes,
        exercises: hasCheck ? [...data.exercises, checkIdFor(id)] : data.exercises,
        hasCheck,
        status: data.status,
      };
    }),
  );
  return { course: entry.data, outline: buildOutline(entry.data.days, withChecks) };
}
