/** The schema of content/exercises/follow-up-72h.yaml. */
import { z } from 'astro/zod';
import { Instructions, Label, keyed, sentence } from '../shared/content-schema';
import {
  CHANNELS,
  GROUPS,
  MAX_ACTIONS,
  MESSAGE_MAX,
  WINDOWS,
  checkFollowUps,
  describeIssue,
  sampleFollowUps,
  type FollowUpIssue,
} from './logic';

export const schema = z
  .strictObject({
    instructions: Instructions,
    windows: keyed(WINDOWS, Label),
    groups: keyed(GROUPS, Label),
    channels: keyed(CHANNELS, Label),
    /** The name of each box of an action. */
    fields: keyed(['window', 'group', 'channel', 'message'], Label),
    /** The heading in 我的行动计划 for actions whose window is not chosen yet. */
    noWindow: Label,
    allGood: sentence(),
    issues: z.strictObject({
      missing: sentence('row', 'field'),
      thinMessage: sentence('row'),
      groupMissing: sentence('group'),
      bOnce: sentence(),
      tooMany: sentence('group', 'count'),
    }),
    /** What 「载入示例」 fills in. */
    sample: z
      .array(
        z.strictObject({
          window: z.enum(WINDOWS),
          group: z.enum(GROUPS),
          channel: z.enum(CHANNELS),
          message: z.string().max(MESSAGE_MAX),
        }),
      )
      .min(1)
      .max(MAX_ACTIONS),
  })
  .superRefine((content, context) => {
    // The sample shows a plan done right: the check finds nothing.
    const pathOf = (issue: FollowUpIssue) =>
      issue.kind === 'missing'
        ? [issue.row - 1, issue.field]
        : issue.kind === 'thinMessage'
          ? [issue.row - 1, 'message']
          : [];
    for (const issue of checkFollowUps(sampleFollowUps(content.sample))) {
      context.addIssue({
        code: 'custom',
        path: ['sample', ...pathOf(issue)],
        message: `示例：${describeIssue(issue, content)}`,
      });
    }
  });

export type Content = z.infer<typeof schema>;
/** What the island says: the content without the instructions (the page renders them) and the sample. */
export type Texts = Omit<Content, 'instructions' | 'sample'>;
