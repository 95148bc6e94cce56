/**
 * The schema of content/exercises/selling-points.yaml: field names, the script's three steps, the
 * review's sentences and the worked example, which must pass the review.
 */
import { z } from 'astro/zod';
import { Instructions, sentence } from '../shared/content-schema';
import {
  MAX_POINTS,
  TEXT_MAX,
  issueMessage,
  reviewCanvas,
  type CanvasState,
  type PointIssue,
  type ReviewTexts,
} from './logic';

const Label = z.string().min(2);
const Text = z.string().min(2).max(TEXT_MAX);

const Issues = z.strictObject({
  missing: sentence('row', 'field'),
  repeatsFeature: sentence('row'),
  specWords: sentence('row'),
  noCustomer: sentence('row'),
  noProduct: sentence(),
  noScript: sentence('step'),
});

/** The file leaves out the ids rows need in a canvas: they are numbered in order. */
const Sample = z
  .strictObject({
    product: Text,
    rows: z
      .array(z.strictObject({ feature: Text, scene: Text, point: Text }))
      .min(1)
      .max(MAX_POINTS),
    script: z.strictObject({ dig: Text, show: Text, close: Text }),
  })
  .transform((sample): CanvasState => ({
    ...sample,
    rows: sample.rows.map((row, index) => ({ id: `s${index + 1}`, ...row })),
    submitted: false,
  }));

/** Where in the sample a review issue points. */
function samplePath(issue: PointIssue): PropertyKey[] {
  if (issue.kind === 'noProduct') return ['sample', 'product'];
  if (issue.kind === 'noScript') return ['sample', 'script', issue.step];
  return ['sample', 'rows', issue.row - 1, issue.kind === 'missing' ? issue.field : 'point'];
}

export const schema = z
  .strictObject({
    instructions: Instructions,
    labels: z.strictObject({ product: Label, script: Label }),
    productExample: z.string().min(4),
    fields: z.strictObject({ feature: Label, scene: Label, point: Label }),
    script: z.strictObject({ dig: Label, show: Label, close: Label }),
    issues: Issues,
    allGood: z.string().min(4),
    sample: Sample,
    sampleButton: z.string().min(2),
  })
  .superRefine((content, context) => {
    for (const issue of reviewCanvas(content.sample))
      context.addIssue({
        code: 'custom',
        path: samplePath(issue),
        message: `示例要过得了检查：${issueMessage(issue, content)}`,
      });
  }) satisfies z.ZodType<ReviewTexts>;

export type Content = z.infer<typeof schema>;
