import { useMemo } from 'preact/hooks';
import { $progress } from '../../stores/progress';
import { resetExercise, saveExercise, type SavedExerciseId } from '../../stores/exercise';
import type { ExerciseRecord } from '../../platform/progress';
import { useHydrated } from './useHydrated';
import { useLiveStore } from './useLiveStore';

export interface SavedExercise<T> {
  state: T;
  record: ExerciseRecord | undefined;
  /** False during hydration, when the island still shows what the server rendered. */
  restored: boolean;
  /** Saves `change(latest)`, where latest is the state as stored at this moment (not as last rendered). */
  update: (change: (latest: T) => T) => void;
  reset: () => void;
}

/**
 * An exercise's saved state, decoded with the exercise's own parser. A saved value the parser
 * rejects (older format, hand-edited storage) falls back to the initial state instead of crashing.
 * `isDone` says whether a state counts as the exercise done.
 *
 * The first render matches the server's HTML (initial state); the saved state is applied right
 * after, as a normal update (see useHydrated).
 */
export function useSavedExercise<T>(
  id: SavedExerciseId,
  parse: (value: unknown) => T | null,
  initial: () => T,
  isDone: (state: T) => boolean,
): SavedExercise<T> {
  const restored = useHydrated();
  const saved = useLiveStore($progress).exercises[id];
  const record = restored ? saved : undefined;
  const state = useMemo(() => (record ? parse(record.state) : null) ?? initial(), [record]);
  const decode = (stored: unknown): T => (stored === undefined ? null : parse(stored)) ?? initial();
  return {
    state,
    record,
    restored,
    update: (change) =>
      saveExercise(id, (stored) => {
        const next = change(decode(stored));
        return { state: next, done: isDone(next) };
      }),
    reset: () => resetExercise(id),
  };
}
