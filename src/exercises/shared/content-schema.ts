/** Fields every exercise's content file shares (content/exercises/<id>.yaml). */
import { z } from 'astro/zod';

/** What the learner is asked to do, shown above the exercise. `**…**` stresses a few words. */
export const Instructions = z
  .string()
  .min(4, '请写出练习说明')
  .refine((text) => text.split('**').length % 2 === 1, '「**」要成对出现：**要强调的词**');

/** A content file with only the instructions (an exercise whose other texts are interface text). */
export const InstructionsOnly = z.strictObject({ instructions: Instructions });

/**
 * A sentence whose `{slot}` placeholders the code fills in (see fillTemplate). It must keep every
 * slot and use no other, so a misspelt `{nmae}` fails the build instead of showing on the page.
 */
export function Template(...slots: string[]) {
  const known = slots.map((slot) => `{${slot}}`).join('、') || '（这句不填空）';
  return z
    .string()
    .min(4, '请写出这句话')
    .superRefine((text, context) => {
      const used = [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
      for (const slot of slots) if (!used.includes(slot)) context.addIssue({ code: 'custom', message: `缺少 {${slot}}：这里会填入内容，请保留它` });
      for (const slot of used) if (!slots.includes(slot)) context.addIssue({ code: 'custom', message: `没有 {${slot}} 这个空位，可用的是：${known}` });
    });
}
