/** The schema of content/exercises/performance-formula.yaml: the example hall and the simulator's and plan's labels. */
import { z } from 'astro/zod';
import { Instructions } from '../shared/content-schema';
import { checkBaseline, type Baseline, type Lever } from './logic';

const Label = z.string().min(1, '请写出标签');
const Field = z.strictObject({ label: Label, unit: Label });

/** The example hall must be one the simulator can compute: the same checks as the learner's own numbers. */
const ExampleHall = z
  .strictObject({
    customers: z.number(),
    conversion: z.number(),
    basket: z.number(),
    repeatRate: z.number(),
    extension: z.number(),
  })
  .superRefine((hall, context) => {
    for (const [key, message] of Object.entries(checkBaseline(hall)))
      context.addIssue({ code: 'custom', path: [key], message });
  }) satisfies z.ZodType<Baseline>;

export const schema = z.strictObject({
  instructions: Instructions,
  exampleHall: ExampleHall,
  leverNames: z.strictObject({ customers: Label, conversion: Label, basket: Label, repeat: Label }) satisfies z.ZodType<
    Record<Lever, string>
  >,
  baselineLabels: z.strictObject({
    customers: Field,
    conversion: Field,
    basket: Field,
    repeatRate: Field,
    extension: Field,
  }) satisfies z.ZodType<Record<keyof Baseline, z.infer<typeof Field>>>,
  /** Shown under the formula: how 复购量 is made of 个体复购率 and 延展购买量. */
  repeatHint: z.string().min(4, '请写出复购量的说明'),
  planLabels: z.strictObject({
    repeat: Label,
    before: Label,
    after: Label,
    compound: Label,
    lever: Label,
    gain: Label,
    effort: Label,
    perEffort: Label,
  }),
});

export type Content = z.infer<typeof schema>;
