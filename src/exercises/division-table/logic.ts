/**
 * 营销活动分工计划表 (M7): every task has an owner, a deadline (counted back from D 日), the
 * resources it needs and its role on the day. The check catches M7's three usual gaps — an owner
 * like 「全员」, a deadline like 「尽快」, empty resources — and exports CSV for a spreadsheet.
 */
import { csvText } from '../../platform/csv';
import { nextRowId, removeById } from '../shared/rows';

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

export type RowIssueKind = 'no-task' | 'no-owner' | 'vague-owner' | 'no-deadline' | 'vague-deadline' | 'no-resources' | 'no-role';

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
    if (!row.task.trim()) add('no-task');
    if (!owner) add('no-owner');
    else if (VAGUE_OWNERS.some((word) => owner.includes(word))) add('vague-owner');
    if (!deadline) add('no-deadline');
    else if (VAGUE_DEADLINES.some((word) => deadline.toUpperCase().includes(word))) add('vague-deadline');
    if (!row.resources.trim()) add('no-resources');
    if (!row.role) add('no-role');
  });
  return issues;
}

/** Roles no filled-in task covers: someone must do 引流, 销售, 售后 and 支撑 on the day. */
export function uncoveredRoles(rows: readonly TaskRow[]): Role[] {
  return ROLES.filter((role) => !rows.some((row) => row.role === role && !isBlank(row)));
}

/** The filled-in rows as CSV (see csv.ts), with the headers and role labels of the page. */
export function toCsv(rows: readonly TaskRow[], headers: readonly string[], roleLabels: Readonly<Record<Role, string>>): string {
  const filled = rows.filter((row) => !isBlank(row));
  return csvText([headers, ...filled.map((row) => [row.task, row.owner, row.deadline, row.resources, row.role ? roleLabels[row.role] : ''])]);
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

/** Part of M7's example table (东湖路营业厅「家庭宽带焕新日」), one row per role at least. */
export function sampleRows(): TaskRow[] {
  const row = (id: string, task: string, owner: string, deadline: string, resources: string, role: Role): TaskRow => ({ id, task, owner, deadline, resources, role });
  return [
    row('r1', '确定活动方案、优惠政策和礼品预算', '店长', 'D-10', '分公司政策、活动预算', 'support'),
    row('r2', '外呼邀约，确认到店 30 人以上', '小陈、小刘', 'D-3', '名单、外呼话术、登记表', 'traffic'),
    row('r3', '体验区讲解提速效果，促成办理', '小陈', 'D 日全天', '测速演示机、资费对比单', 'sales'),
    row('r4', '受理办理、预约装机时间、使用指导', '小赵', 'D 日全天', '受理台、装机预约表', 'aftersales'),
    row('r5', '72 小时跟进名单分配', '店长', 'D 日闭店前', '客户登记表', 'support'),
  ];
}
