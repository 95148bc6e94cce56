/** The schema of content/exercises/performance-formula.yaml: the example hall and the simulator's and plan's labels. */
import { z } from 'astro/zod';
import { Instructions, sentence } from '../shared/content-schema';
import { checkBaseline, zeroFactors, type Baseline, type Lever } from './logic';

const Label = z.string().min(1, '请写出标签');
const Field = z.strictObject({ label: Label, unit: Label });

/** The example hall must be one the simulator can compute (the same checks as the learner's own numbers), with no factor at 0. */
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
    // A learner may try a 0 to see the result vanish; the example they start from must show a result.
    for (const key of zeroFactors(hall))
      context.addIssue({ code: 'custom', path: [key], message: '示例厅的这一项不能为 0：业绩会是 0' });
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
  /** Shown when 客户数量, 转化效率 or 客单量 is 0: `{factor}` is its label. */
  zeroFactor: sentence('factor'),
  /** Under the results: why the gains multiply, with the learner's own gains. */
  compoundHint: z.strictObject({
    /** Two or more levers move: `{factors}` the multipliers (1.1 × 1.2 …), `{ratio}` their product, `{compound}` / `{additive}` the two growths in %. */
    more: sentence('factors', 'ratio', 'compound', 'additive'),
    /** One lever or none moves: multiplying and adding give the same `{compound}`. */
    same: sentence('compound'),
  }),
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
