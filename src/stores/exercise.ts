/** Reading and writing one exercise's record in the progress store. */
import { progress, setProgress } from './progress';
import { withExercise, withoutExercise } from '../lib/exercise-record';
import type { ExerciseId } from '../schemas/exercise-ids';

/** An exercise island, or a module's knowledge check (`check-m3`). */
export type SavedExerciseId = ExerciseId | `check-${string}`;

export function saveExercise(id: SavedExerciseId, state: unknown, done: boolean): void {
  setProgress(withExercise(progress.get(), id, state, done, new Date().toISOString()));
}

export function resetExercise(id: SavedExerciseId): void {
  setProgress(withoutExercise(progress.get(), id));
}
