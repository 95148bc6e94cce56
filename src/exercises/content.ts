/** Loads an exercise's texts at build time (content/exercises/<id>.yaml, checked by its schema when the content syncs). */
import { getEntry } from 'astro:content';
import { contentCollection, type ExerciseId } from './registry';

// The collections are made per exercise from the registry, so their names are not in the generated types.
const entryOf = getEntry as unknown as (collection: string, id: string) => Promise<{ data: unknown } | undefined>;

export async function exerciseContent<Content>(id: ExerciseId): Promise<Content> {
  const entry = await entryOf(contentCollection(id), id);
  if (!entry)
    throw new Error(
      `content/exercises/${id}.yaml is missing: every exercise in src/exercises/registry.ts needs its content file`,
    );
  return entry.data as Content;
}
