import { z } from 'astro/zod';
import { ScenarioQuestion } from '../../schemas/quiz';
import { Instructions } from '../shared/content-schema';

/** A case-diagnosis exercise (`content/exercises/<exercise id>.yaml`, kind `case`): a story and its scenario questions. */
export const schema = z.strictObject({
  instructions: Instructions,
  question: ScenarioQuestion,
});

export type CaseExercise = z.infer<typeof schema>;
export type Content = CaseExercise;
