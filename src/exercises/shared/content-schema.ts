/** Fields every exercise's content file shares (content/exercises/<id>.yaml). */
import { z } from 'astro/zod';

/** What the learner is asked to do, shown above the exercise. `**…**` stresses a few words. */
export const Instructions = z
  .string()
  .min(4, '请写出练习说明')
  .refine((text) => text.split('**').length % 2 === 1, '「**」要成对出现：**要强调的词**');

/** A content file with only the instructions (an exercise whose other texts are interface text). */
export const InstructionsOnly = z.strictObject({ instructions: Instructions });
