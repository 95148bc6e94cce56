/** Reading and writing one exercise's record in the progress store. */
import { progress, setProgress } from './progress';
import { withExercise, withoutExercise } from '../platform/exercise-record';
import type { ExerciseId } from '../exercises/registry';
import type { EXAM_ID } from '../features/assessment/exam';

/** An exercise island, a module's knowledge check (`check-m3`), or the final exam. */
export type SavedExerciseId = ExerciseId | `check-${string}` | typeof EXAM_ID;

export function saveExercise(id: SavedExerciseId, state: unknown, done: boolean): void {
  setProgress(withExercise(progress.get(), id, state, done, new Date().toISOString()));
}

export function resetExercise(id: SavedExerciseId): void {
  setProgress(withoutExercise(progress.get(), id));
}
