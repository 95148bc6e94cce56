/** The schema of content/exercises/pesos.yaml: the plan's two header fields, every PESOS step's texts and the order check's feedback. */
import { z } from 'astro/zod';
import { Instructions, sentence } from '../shared/content-schema';
import { PESOS_STEPS } from './logic';

const Field = z.strictObject({
  label: z.string().min(2),
  /** Shown in the empty field. */
  example: z.string().min(4),
});

const Step = z.strictObject({
  /** The step's letter, a space and its name: 「P 准备」. */
  name: z.string().min(3),
  what: z.string().min(4),
  hint: z.string().min(8),
  example: z.string().min(8),
});

/** The letters the five step names must start with, in PESOS order. */
const LETTERS = 'PESOS';

export const schema = z
  .strictObject({
    instructions: Instructions,
    task: Field,
    learner: Field,
    steps: z.strictObject({ prepare: Step, explain: Step, show: Step, observe: Step, supervise: Step }),
    feedback: z.strictObject({ misplaced: sentence('count'), ordered: sentence() }),
  })
  .superRefine((content, context) => {
    PESOS_STEPS.forEach((step, index) => {
      const letter = LETTERS[index]!;
      if (!content.steps[step].name.startsWith(`${letter} `))
        context.addIssue({
          code: 'custom',
          path: ['steps', step, 'name'],
          message: `这一步的名字要以「${letter} 」开头，五步合起来才是 PESOS`,
        });
    });
  });

export type Content = z.infer<typeof schema>;
