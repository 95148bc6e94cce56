/** Loads the course outline from the content collections (build time only). */
import { getCollection, getEntry } from 'astro:content';
import { buildOutline, type Outline } from '../lib/course';
import type { Course } from '../schemas/course';

export async function loadCourse(): Promise<{ course: Course; outline: Outline }> {
  const entry = await getEntry('course', 'course');
  if (!entry) throw new Error('content/course.yaml is missing its top-level `course:` key');
  const modules = await getCollection('modules');
  const outline = buildOutline(
    entry.data.days,
    modules.map(({ id, data }) => ({ id, code: data.code, title: data.title, summary: data.summary, minutes: data.minutes, exercises: data.exercises, status: data.status })),
  );
  return { course: entry.data, outline };
}
