/** Reading and writing one exercise's record in the progress store. */
import { progress, setProgress } from './progress';
import { withExercise, withoutExercise } from '../lib/exercise-record';
import type { ExerciseId } from '../schemas/exercise-ids';

export function saveExercise(id: ExerciseId, state: unknown, done: boolean): void {
  setProgress(withExercise(progress.get(), id, state, done, new Date().toISOString()));
}

export function resetExercise(id: ExerciseId): void {
  setProgress(withoutExercise(progress.get(), id));
}
