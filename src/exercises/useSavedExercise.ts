import { useMemo } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { progress } from '../stores/progress';
import { resetExercise, saveExercise } from '../stores/exercise';
import type { SavedExerciseId } from '../stores/exercise';
import type { ExerciseRecord } from '../lib/progress';

export interface SavedExercise<T> {
  state: T;
  record: ExerciseRecord | undefined;
  save: (next: T, done: boolean) => void;
  reset: () => void;
}

/**
 * An exercise's saved state, decoded with the exercise's own parser. A saved value the parser
 * rejects (older format, hand-edited storage) falls back to the initial state instead of crashing.
 */
export function useSavedExercise<T>(id: SavedExerciseId, parse: (value: unknown) => T | null, initial: () => T): SavedExercise<T> {
  const record = useStore(progress).exercises[id];
  const state = useMemo(() => (record ? parse(record.state) : null) ?? initial(), [record]);
  return {
    state,
    record,
    save: (next, done) => saveExercise(id, next, done),
    reset: () => resetExercise(id),
  };
}
