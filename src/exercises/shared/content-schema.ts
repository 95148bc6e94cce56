/** Fields every exercise's content file shares (content/exercises/<id>.yaml). */
import { z } from 'astro/zod';

/** What the learner is asked to do, shown above the exercise. `**…**` stresses a few words. */
export const Instructions = z
  .string()
  .min(4, '请写出练习说明')
  .refine((text) => text.split('**').length % 2 === 1, '「**」要成对出现：**要强调的词**');

/** A content file with only the instructions (an exercise whose other texts are interface text). */
export const InstructionsOnly = z.strictObject({ instructions: Instructions });

/** A short name: a label, an option, a column header. */
export const Label = z.string().min(1, '不能为空');

/** An object with exactly these keys, each checked by `value`: e.g. a label for every option the code knows. */
export function keyed<K extends string, V extends z.ZodType>(keys: readonly K[], value: V) {
  return z.strictObject(Object.fromEntries(keys.map((key) => [key, value])) as Record<K, V>);
}

/**
 * A sentence the code fills in: it has each of `slots` as `{slot}`, and no other `{…}`, which would be
 * shown as it is.
 */
export function sentence(...slots: string[]) {
  return z
    .string()
    .min(2, '请写出这句话')
    .superRefine((text, context) => {
      const used = [...text.matchAll(/\{(\w*)\}/g)].map((match) => match[1]!);
      for (const slot of slots)
        if (!used.includes(slot)) context.addIssue({ code: 'custom', message: `要有 {${slot}}：程序在那里填入内容` });
      const allowed = slots.length
        ? `可用的只有 ${slots.map((slot) => `{${slot}}`).join('、')}`
        : '这句话没有可填的内容';
      for (const slot of used)
        if (!slots.includes(slot)) context.addIssue({ code: 'custom', message: `{${slot}} 不会被填入：${allowed}` });
    });
}
