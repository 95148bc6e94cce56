/**
 * 黄金72小时 (M7): after the activity every registered customer is sorted into A (bought),
 * B (interested), C (only took part) or D (signed up, did not come), and the team plans who is
 * contacted in 0–24, 24–48 and 48–72 hours, by which channel, with which message.
 */
import { nextRowId, removeById } from '../shared/rows';

export const WINDOWS = ['h24', 'h48', 'h72'] as const;
export type Window = (typeof WINDOWS)[number];
export const GROUPS = ['all', 'A', 'B', 'C', 'D'] as const;
export type Group = (typeof GROUPS)[number];
export const CHANNELS = ['phone', 'wechat', 'sms', 'visit'] as const;
export type Channel = (typeof CHANNELS)[number];

export const MAX_ACTIONS = 20;
export const MESSAGE_MAX = 120;
/** A message shorter than this says nothing the customer can use. */
export const MESSAGE_MIN = 10;
/** More contacts than this in 72 hours is pestering, not following up. */
export const MAX_CONTACTS = 3;

export interface FollowUp {
  id: string;
  window: Window | '';
  group: Group | '';
  channel: Channel | '';
  message: string;
}

export type FollowUpIssue =
  | { kind: 'missing'; row: number; field: 'window' | 'group' | 'channel' | 'message' }
  | { kind: 'thin-message'; row: number }
  | { kind: 'group-missing'; group: Exclude<Group, 'all'> }
  | { kind: 'b-once' }
  | { kind: 'too-many'; group: Exclude<Group, 'all'>; count: number };

export function addFollowUp(list: readonly FollowUp[]): FollowUp[] {
  if (list.length >= MAX_ACTIONS) return [...list];
  return [...list, { id: nextRowId(list, 'f'), window: '', group: '', channel: '', message: '' }];
}

export const removeFollowUp = (list: readonly FollowUp[], id: string): FollowUp[] => removeById(list, id);

export function updateFollowUp(list: readonly FollowUp[], id: string, change: Partial<Omit<FollowUp, 'id'>>): FollowUp[] {
  return list.map((item) => (item.id === id ? { ...item, ...change, message: (change.message ?? item.message).slice(0, MESSAGE_MAX) } : item));
}

/** Contacts a group gets: its own actions plus those addressed to all customers. */
export function contactsOf(list: readonly FollowUp[], group: Exclude<Group, 'all'>): FollowUp[] {
  return list.filter((item) => item.group === group || item.group === 'all');
}

/**
 * Row problems first (in row order), then plan problems: every group A–D is contacted, group B —
 * the focus of the 72 hours — in at least two different windows, and nobody more than MAX_CONTACTS times.
 */
export function checkFollowUps(list: readonly FollowUp[]): FollowUpIssue[] {
  const issues: FollowUpIssue[] = [];
  list.forEach((item, index) => {
    const row = index + 1;
    for (const field of ['window', 'group', 'channel'] as const) if (!item[field]) issues.push({ kind: 'missing', row, field });
    const message = item.message.trim();
    if (!message) issues.push({ kind: 'missing', row, field: 'message' });
    else if ([...message].length < MESSAGE_MIN) issues.push({ kind: 'thin-message', row });
  });
  for (const group of ['A', 'B', 'C', 'D'] as const) {
    const contacts = contactsOf(list, group);
    if (contacts.length === 0) issues.push({ kind: 'group-missing', group });
    else if (contacts.length > MAX_CONTACTS) issues.push({ kind: 'too-many', group, count: contacts.length });
  }
  const bWindows = new Set(contactsOf(list, 'B').map((item) => item.window).filter(Boolean));
  if (contactsOf(list, 'B').length > 0 && bWindows.size < 2) issues.push({ kind: 'b-once' });
  return issues;
}

/** M7's example: thanks to everyone, then A, B, C and D each followed up in their own way. */
export function sampleFollowUps(): FollowUp[] {
  const item = (id: string, window: Window, group: Group, channel: Channel, message: string): FollowUp => ({ id, window, group, channel, message });
  return [
    item('f1', 'h24', 'all', 'sms', '感谢到场，附上负责人的名字和电话，有问题随时找我。'),
    item('f2', 'h24', 'B', 'wechat', '把当天聊过的两档方案整理成一张对比图发过去。'),
    item('f3', 'h48', 'B', 'phone', '问清还在犹豫什么，对症回应，约好到店或上门时间。'),
    item('f4', 'h48', 'D', 'phone', '说明活动名额还为他保留到周三，邀请他再来一次。'),
    item('f5', 'h72', 'A', 'phone', '回访装机和使用感受，请他推荐亲友办理。'),
    item('f6', 'h72', 'C', 'wechat', '邀请进社群，告诉他群里每周有流量福利和用机小课堂。'),
  ];
}

/** Decodes saved actions; `null` when anything is malformed. */
export function parseFollowUps(value: unknown): FollowUp[] | null {
  if (!Array.isArray(value) || value.length > MAX_ACTIONS) return null;
  const list: FollowUp[] = [];
  for (const raw of value) {
    if (typeof raw !== 'object' || raw === null) return null;
    const { id, window, group, channel, message } = raw as Record<string, unknown>;
    if (typeof id !== 'string' || !/^f\d{1,6}$/.test(id) || typeof message !== 'string') return null;
    const allowed = (option: unknown, options: readonly string[]) => option === '' || options.includes(option as string);
    if (!allowed(window, WINDOWS) || !allowed(group, GROUPS) || !allowed(channel, CHANNELS)) return null;
    list.push({ id, window: window as Window | '', group: group as Group | '', channel: channel as Channel | '', message: message.slice(0, MESSAGE_MAX) });
  }
  return new Set(list.map((item) => item.id)).size === list.length ? list : null;
}
