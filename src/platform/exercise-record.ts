/** Saving and clearing one exercise's record inside the learner's progress (pure). */
import type { Progress } from './progress';

export function withExercise(
  progress: Progress,
  exerciseId: string,
  state: unknown,
  done: boolean,
  now: string,
): Progress {
  return { ...progress, exercises: { ...progress.exercises, [exerciseId]: { done, updatedAt: now, state } } };
}

export function withoutExercise(progress: Progress, exerciseId: string): Progress {
  const { [exerciseId]: _removed, ...exercises } = progress.exercises;
  return { ...progress, exercises };
}
