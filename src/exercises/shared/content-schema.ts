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
 * A sentence the code fills in: it must use each of `slots` as `{slot}`, and no other `{…}` (a
 * misspelt slot would otherwise reach the learner as it is written).
 */
export function Template(...slots: string[]) {
  const allowed = slots.map((slot) => `{${slot}}`);
  const used = (text: string) => text.match(/\{\w+\}/g) ?? [];
  return z
    .string()
    .min(2)
    .refine((text) => allowed.every((slot) => text.includes(slot)), `要写上 ${allowed.join('、')}：程序会把它换成实际的内容`)
    .refine((text) => used(text).every((slot) => allowed.includes(slot)), allowed.length ? `只能用 ${allowed.join('、')} 这几个占位符` : '这句话没有占位符，不要写「{…}」');
}
