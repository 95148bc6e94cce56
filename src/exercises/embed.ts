/** What Exercise.astro passes to every exercise's `Embed.astro`. */
import type { ExerciseId } from './registry';

export interface EmbedProps {
  id: ExerciseId;
  /** On a slide (SlideExercise): exercises that step through items show one at a time. */
  slide: boolean;
}
