/**
 * 营销活动分工计划表 (M7): every task has an owner, a deadline (counted back from D 日), the
 * resources it needs and its role on the day. The check catches M7's three usual gaps — an owner
 * like 「全员」, a deadline like 「尽快」, empty resources — and exports CSV for a spreadsheet.
 */
import { csvText } from '../../platform/csv';
import { nextRowId, removeById, withIds } from '../shared/rows';

export const ROLES = ['traffic', 'sales', 'aftersales', 'support'] as const;
export type Role = (typeof ROLES)[number];
export const FIELDS = ['task', 'owner', 'deadline', 'resources'] as const;
export type TextField = (typeof FIELDS)[number];

export const MAX_ROWS = 30;
export const TEXT_MAX = 80;
/** Owners that are nobody in particular. */
export const VAGUE_OWNERS = ['全员', '全体', '大家', '所有人', '待定'] as const;
/** Deadlines that are no time at all. */
export const VAGUE_DEADLINES = ['尽快', '随时', '待定', '马上', 'ASAP'] as const;

export interface TaskRow {
  id: string;
  task: string;
  owner: string;
  /** Free text counted back from the activity day, e.g. D-7, D 日全天. */
  deadline: string;
  resources: string;
  role: Role | '';
}

export type RowIssueKind =
  'noTask' | 'noOwner' | 'vagueOwner' | 'noDeadline' | 'vagueDeadline' | 'noResources' | 'noRole';

export interface RowIssue {
  rowId: string;
  /** 1-based row number, for messages. */
  row: number;
  kind: RowIssueKind;
}

const blankRow = (id: string): TaskRow => ({ id, task: '', owner: '', deadline: '', resources: '', role: '' });
const isBlank = (row: TaskRow) => FIELDS.every((field) => !row[field].trim()) && !row.role;

export function addRow(rows: readonly TaskRow[]): TaskRow[] {
  if (rows.length >= MAX_ROWS) return [...rows];
  return [...rows, blankRow(nextRowId(rows, 'r'))];
}

export function removeRow(rows: readonly TaskRow[], id: string): TaskRow[] {
  return removeById(rows, id);
}

export function updateRow(rows: readonly TaskRow[], id: string, change: Partial<Omit<TaskRow, 'id'>>): TaskRow[] {
  return rows.map((row) => {
    if (row.id !== id) return row;
    const next = { ...row, ...change };
    for (const field of FIELDS) next[field] = next[field].slice(0, TEXT_MAX);
    return next;
  });
}

/** Problems per row, in order; rows left completely blank are ignored. */
export function checkRows(rows: readonly TaskRow[]): RowIssue[] {
  const issues: RowIssue[] = [];
  rows.forEach((row, index) => {
    if (isBlank(row)) return;
    const add = (kind: RowIssueKind) => issues.push({ rowId: row.id, row: index + 1, kind });
    const owner = row.owner.trim();
    const deadline = row.deadline.trim();
    if (!row.task.trim()) add('noTask');
    if (!owner) add('noOwner');
    else if (VAGUE_OWNERS.some((word) => owner.includes(word))) add('vagueOwner');
    if (!deadline) add('noDeadline');
    else if (VAGUE_DEADLINES.some((word) => deadline.toUpperCase().includes(word))) add('vagueDeadline');
    if (!row.resources.trim()) add('noResources');
    if (!row.role) add('noRole');
  });
  return issues;
}

/** Roles no filled-in task covers: someone must do 引流, 销售, 售后 and 支撑 on the day. */
export function uncoveredRoles(rows: readonly TaskRow[]): Role[] {
  return ROLES.filter((role) => !rows.some((row) => row.role === role && !isBlank(row)));
}

/** What a task's boxes are called, also the column headers of the CSV and of 我的行动计划. */
export type Columns = Readonly<Record<TextField | 'role', string>>;

/** The column headers in table order: the text fields, then the role. */
export const columnHeaders = (columns: Columns): string[] => [...FIELDS.map((field) => columns[field]), columns.role];

/** The filled-in rows as CSV (see csv.ts), with the column headers and role labels of the page. */
export function toCsv(rows: readonly TaskRow[], columns: Columns, roleLabels: Readonly<Record<Role, string>>): string {
  const filled = rows.filter((row) => !isBlank(row));
  return csvText([
    columnHeaders(columns),
    ...filled.map((row) => [...FIELDS.map((field) => row[field]), row.role ? roleLabels[row.role] : '']),
  ]);
}

/** Rows with text in at least one box (a chosen role alone does not count). */
export const filledCount = (rows: readonly TaskRow[]): number =>
  rows.filter((row) => FIELDS.some((field) => row[field].trim())).length;

export interface DivisionState {
  rows: TaskRow[];
  submitted: boolean;
}

/** The state after an edit: a finished table stays finished only while its rows still pass the check. */
export function editRows(state: DivisionState, rows: TaskRow[]): DivisionState {
  return { rows, submitted: state.submitted && checkRows(rows).length === 0 };
}

/** Marks the table finished, if it has tasks and they pass the check. */
export function submitRows(state: DivisionState): DivisionState {
  return filledCount(state.rows) > 0 && checkRows(state.rows).length === 0 ? { ...state, submitted: true } : state;
}

/** Decodes saved rows; `null` when anything is malformed. */
export function parseRows(value: unknown): TaskRow[] | null {
  if (!Array.isArray(value) || value.length > MAX_ROWS) return null;
  const rows: TaskRow[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null) return null;
    const raw = item as Record<string, unknown>;
    if (typeof raw.id !== 'string' || !/^r\d{1,6}$/.test(raw.id)) return null;
    if (!FIELDS.every((field) => typeof raw[field] === 'string')) return null;
    if (raw.role !== '' && !(ROLES as readonly unknown[]).includes(raw.role)) return null;
    rows.push({
      id: raw.id,
      task: (raw.task as string).slice(0, TEXT_MAX),
      owner: (raw.owner as string).slice(0, TEXT_MAX),
      deadline: (raw.deadline as string).slice(0, TEXT_MAX),
      resources: (raw.resources as string).slice(0, TEXT_MAX),
      role: raw.role as Role | '',
    });
  }
  return new Set(rows.map((row) => row.id)).size === rows.length ? rows : null;
}

/** The content file's sample tasks as rows, numbered r1, r2, … */
export const sampleRows = (sample: readonly Omit<TaskRow, 'id'>[]): TaskRow[] => withIds(sample, 'r');
