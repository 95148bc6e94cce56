/**
 * The schema of content/exercises/target-plan.yaml: the check's sentences, the labels the form and
 * 我的行动计划 share, and the worked example, which must add up the way the check requires.
 */
import { z } from 'astro/zod';
import { Instructions, sentence } from '../shared/content-schema';
import {
  ACTION_MAX,
  MAX_CHECKPOINTS,
  MAX_MEMBERS,
  NAME_MAX,
  TARGET_MAX,
  TITLE_MAX,
  UNIT_MAX,
  WEEKS_PER_QUARTER,
  checkPlan,
  type PlanTexts,
  type TargetPlan,
} from './logic';

const Figure = z.number().int().min(0).max(TARGET_MAX);
const Months = z.tuple([Figure, Figure, Figure]);

const Checks = z.strictObject({
  targetRequired: sentence(),
  targetTooBig: sentence('max'),
  monthInvalid: sentence('month'),
  monthsSum: sentence('total', 'diff'),
  membersSum: sentence('month', 'total', 'diff'),
  less: sentence('n'),
  more: sentence('n'),
  memberNth: sentence('n'),
  nameMissing: sentence('n'),
  nameDuplicate: sentence('n', 'name'),
  memberFigure: sentence('who', 'month'),
  checkpointNth: sentence('n'),
  weekRange: sentence('where', 'max'),
  weekOrder: sentence('where', 'week', 'previous'),
  cumulativeInvalid: sentence('where'),
  cumulativeOver: sentence('where', 'cumulative', 'target'),
  cumulativeBackwards: sentence('where', 'cumulative', 'highest'),
  actionMissing: sentence('where'),
}) satisfies z.ZodType<PlanTexts>;

const Label = z.string().min(1);
const Labels = z.strictObject({
  title: Label,
  quarterTarget: Label,
  monthTarget: sentence('month'),
  members: Label,
  member: Label,
  total: Label,
  checkpoints: Label,
  week: Label,
  weekValue: sentence('week'),
  cumulative: Label,
  action: Label,
});

/** The file leaves out the ids members and checkpoints need in a plan: they are numbered in order. */
const Sample = z
  .strictObject({
    title: z.string().min(1).max(TITLE_MAX),
    unit: z.string().max(UNIT_MAX),
    quarterTarget: Figure.min(1),
    months: Months,
    members: z
      .array(z.strictObject({ name: z.string().min(1).max(NAME_MAX), months: Months }))
      .min(1)
      .max(MAX_MEMBERS),
    checkpoints: z
      .array(
        z.strictObject({
          week: z.number().int().min(1).max(WEEKS_PER_QUARTER),
          cumulative: Figure,
          action: z.string().min(1).max(ACTION_MAX),
        }),
      )
      .min(1)
      .max(MAX_CHECKPOINTS),
  })
  .transform((sample): TargetPlan => ({
    ...sample,
    members: sample.members.map((member, index) => ({ id: `p${index + 1}`, ...member })),
    checkpoints: sample.checkpoints.map((checkpoint, index) => ({ id: `k${index + 1}`, ...checkpoint })),
  }));

/** Where in the sample a check's issue points: `checkPlan` names `quarterTarget`, `months`, `month-2`, `member-p3`, `checkpoint-k1`. */
function samplePath(plan: TargetPlan, field: string): PropertyKey[] {
  const [, kind, key] = /^(month|member|checkpoint)-(.+)$/.exec(field) ?? [];
  if (kind === 'month') return ['sample', 'months', Number(key) - 1];
  if (kind === 'member') return ['sample', 'members', plan.members.findIndex((member) => member.id === key)];
  if (kind === 'checkpoint')
    return ['sample', 'checkpoints', plan.checkpoints.findIndex((checkpoint) => checkpoint.id === key)];
  return ['sample', field];
}

export const schema = z
  .strictObject({
    instructions: Instructions,
    checks: Checks,
    labels: Labels,
    sample: Sample,
    sampleButton: z.string().min(2),
    weekTable: z.string().min(4),
    feedback: z.strictObject({
      allGood: z.string().min(2),
      unit: sentence('unit'),
      ready: z.string().min(2),
      notReady: z.string().min(2),
      done: z.string().min(2),
    }),
  })
  .superRefine((content, context) => {
    for (const issue of checkPlan(content.sample, content.checks))
      context.addIssue({
        code: 'custom',
        path: samplePath(content.sample, issue.field),
        message: `示例要对得上：${issue.message}`,
      });
    if (!content.sampleButton.includes(String(content.sample.quarterTarget))) {
      context.addIssue({
        code: 'custom',
        path: ['sampleButton'],
        message: `按钮要写出示例的季度目标 ${content.sample.quarterTarget}，学员才知道载入的是哪个示例`,
      });
    }
  });

export type Content = z.infer<typeof schema>;
