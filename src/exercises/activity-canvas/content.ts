/** The schema of content/exercises/activity-canvas.yaml: the activity types, the six questions with their examples, and what the review says. */
import { z } from 'astro/zod';
import { Instructions, sentence } from '../shared/content-schema';
import type { ActivityType, Dimension, WarningKind } from './logic';

const Label = z.string().min(2);

const Question = z.strictObject({
  question: z.string().min(3).endsWith('？', '问题要以「？」结尾'),
  /** Shown in the empty answer field. */
  example: z.string().min(8).startsWith('例如', '示例要以「例如」开头，学员才不会当成已经填好的答案'),
});

export const schema = z.strictObject({
  instructions: Instructions,
  labels: z.strictObject({ name: Label, type: Label }),
  nameExample: z.string().min(4),
  types: z.strictObject({ media: Label, community: Label, entertainment: Label, bundle: Label }) satisfies z.ZodType<
    Record<ActivityType, string>
  >,
  dimensions: z.strictObject({
    purpose: Question,
    who: Question,
    where: Question,
    reach: Question,
    attract: Question,
    convert: Question,
  }) satisfies z.ZodType<Record<Dimension, z.infer<typeof Question>>>,
  warnings: z.strictObject({
    empty: sentence(),
    short: sentence(),
    vague: sentence('word'),
    noNumber: sentence(),
  }) satisfies z.ZodType<Record<WarningKind, string>>,
  status: z.strictObject({ missing: sentence('count'), advice: sentence('count'), complete: sentence() }),
});

export type Content = z.infer<typeof schema>;
