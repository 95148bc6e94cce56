/** The schema of content/exercises/division-table.yaml. */
import { z } from 'astro/zod';
import { Instructions, Label, keyed, sentence } from '../shared/content-schema';
import { fillTemplate } from '../../platform/template';
import {
  FIELDS,
  MAX_ROWS,
  ROLES,
  TEXT_MAX,
  checkRows,
  sampleRows,
  uncoveredRoles,
  type RowIssueKind,
  type TextField,
} from './logic';

const RowText = z.string().max(TEXT_MAX);

/** The box of a task each issue is about, so that a bad sample names the field. */
const FIELD_OF: Record<RowIssueKind, TextField | 'role'> = {
  noTask: 'task',
  noOwner: 'owner',
  vagueOwner: 'owner',
  noDeadline: 'deadline',
  vagueDeadline: 'deadline',
  noResources: 'resources',
  noRole: 'role',
};

export const schema = z
  .strictObject({
    instructions: Instructions,
    roles: keyed(ROLES, Label),
    columns: keyed([...FIELDS, 'role'], Label),
    noTasks: sentence(),
    allGood: sentence(),
    /** `{row}` is the task's number. */
    issues: keyed(Object.keys(FIELD_OF) as RowIssueKind[], sentence('row')),
    /** `{role}` is a role no task has. */
    uncovered: sentence('role'),
    /** WeChat's own browser ignores downloads: the CSV is copied as text instead, or shown to copy by hand. */
    copied: sentence(),
    copyByHand: sentence(),
    copyLabel: Label,
    /** What 「载入示例」 fills in. */
    sample: z
      .array(
        z.strictObject({ task: RowText, owner: RowText, deadline: RowText, resources: RowText, role: z.enum(ROLES) }),
      )
      .min(1)
      .max(MAX_ROWS),
  })
  .superRefine((content, context) => {
    // The sample shows a table done right: the check finds nothing and every role is covered.
    for (const issue of checkRows(sampleRows(content.sample))) {
      context.addIssue({
        code: 'custom',
        path: ['sample', issue.row - 1, FIELD_OF[issue.kind]],
        message: `示例：${fillTemplate(content.issues[issue.kind], { row: issue.row })}`,
      });
    }
    for (const role of uncoveredRoles(sampleRows(content.sample))) {
      context.addIssue({
        code: 'custom',
        path: ['sample'],
        message: `示例：${fillTemplate(content.uncovered, { role: content.roles[role] })}`,
      });
    }
  });

export type Content = z.infer<typeof schema>;
/** What the island says: the content without the instructions (the page renders them) and the sample. */
export type Texts = Omit<Content, 'instructions' | 'sample'>;
