import { getCollection } from 'astro:content';
import type { ExerciseId } from './registry';

/** Where an exercise is done: its module page, at the exercise (build time; fails for an exercise no module lists). */
export async function exercisePath(id: ExerciseId): Promise<string> {
  const owner = (await getCollection('modules')).find((entry) => entry.data.exercises.includes(id));
  if (!owner) throw new Error(`<Exercise id="${id}" />: no module lists it`);
  return `/modules/${owner.id}/#exercise-${id}`;
}
