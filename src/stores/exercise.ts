/** Reading and writing one exercise's record in the progress store. */
import { $progress, setProgress } from './progress';
import { withExercise, withoutExercise } from '../platform/exercise-record';
import type { ExerciseId } from '../exercises/registry';
import type { EXAM_ID } from '../features/assessment/exam';

/** An exercise island, a module's knowledge check (`check-m3`), or the final exam. */
export type SavedExerciseId = ExerciseId | `check-${string}` | typeof EXAM_ID;

/**
 * Saves what `next` makes of the state stored right now (undefined when there is none), so that two
 * quick changes in a row never start from the same old state.
 */
export function saveExercise(id: SavedExerciseId, next: (stored: unknown) => { state: unknown; done: boolean }): void {
  const current = $progress.get();
  const { state, done } = next(current.exercises[id]?.state);
  setProgress(withExercise(current, id, state, done, new Date().toISOString()));
}

export function resetExercise(id: SavedExerciseId): void {
  setProgress(withoutExercise($progress.get(), id));
}
