import { z } from 'astro/zod';
import { ScenarioQuestion } from './quiz';

/** A case-diagnosis exercise (`content/cases/<exercise id>.yaml`): a story and its scenario questions. */
export const CaseSchema = z.object({
  title: z.string().min(2),
  instructions: z.string().min(4),
  question: ScenarioQuestion,
});

export type CaseExercise = z.infer<typeof CaseSchema>;
