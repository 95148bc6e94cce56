/** 我的行动计划's section for this exercise: what the learner made, as blocks of text. */
import { type PlanBlock, hasText, orBlank } from '../../features/action-plan/blocks';
import { FIELDS as TASK_FIELDS, columnHeaders, parseRows } from './logic';
import type { Content } from './content';
import { parseWithSubmitted } from '../shared/submitted';

/** What the section says (picked at build time; travels as JSON in the plan page's HTML). */
export type PlanTexts = Pick<Content, 'roles' | 'columns'>;

export function planTexts(content: Content): PlanTexts {
  return { roles: content.roles, columns: content.columns };
}

export function planBlocks(value: unknown, texts: PlanTexts, blank: string): PlanBlock[] | null {
  const rows = (parseWithSubmitted(value, 'rows', parseRows)?.rows ?? []).filter(
    (row) => row.role || hasText(...TASK_FIELDS.map((field) => row[field])),
  );
  if (!rows.length) return null;
  const { roles, columns } = texts;
  return [
    {
      kind: 'table',
      columns: columnHeaders(columns),
      rows: rows.map((row) => [
        ...TASK_FIELDS.map((field) => orBlank(blank, row[field])),
        row.role ? roles[row.role] : blank,
      ]),
    },
  ];
}
