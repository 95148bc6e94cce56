/** 我的行动计划's section for this exercise: what the learner made, as blocks of text. */
import { type PlanBlock, hasText, orBlank } from '../../features/action-plan/blocks';
import { FIELDS as TASK_FIELDS, parseRows } from './logic';
import type { Content } from './content';
import { parseWithSubmitted } from '../shared/submitted';
import { DIVISION_TEXTS, type DivisionTexts } from './texts';

/** What the section says (picked at build time; travels as JSON in the plan page's HTML). */
export type PlanTexts = Pick<DivisionTexts, 'roles' | 'headers'>;

export function planTexts(_content: Content): PlanTexts {
  return { roles: DIVISION_TEXTS.roles, headers: DIVISION_TEXTS.headers };
}

export function planBlocks(value: unknown, texts: PlanTexts, blank: string): PlanBlock[] | null {
  const rows = (parseWithSubmitted(value, 'rows', parseRows)?.rows ?? []).filter((row) => row.role || hasText(...TASK_FIELDS.map((field) => row[field])));
  if (!rows.length) return null;
  const { roles, headers } = texts;
  return [{ kind: 'table', columns: [...headers], rows: rows.map((row) => [...TASK_FIELDS.map((field) => orBlank(blank, row[field])), row.role ? roles[row.role] : blank]) }];
}
