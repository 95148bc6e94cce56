/**
 * 黄金 72 小时 (M7): after the activity every registered customer is sorted into A (bought),
 * B (interested), C (only took part) or D (signed up, did not come), and the team plans who is
 * contacted in 0–24, 24–48 and 48–72 hours, by which channel, with which message.
 */
import { nextRowId, removeById, withIds } from '../shared/rows';
import { fillTemplate } from '../../platform/template';
import type { Texts } from './content';

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
  | { kind: 'thinMessage'; row: number }
  | { kind: 'groupMissing'; group: Exclude<Group, 'all'> }
  | { kind: 'bOnce' }
  | { kind: 'tooMany'; group: Exclude<Group, 'all'>; count: number };

export function addFollowUp(list: readonly FollowUp[]): FollowUp[] {
  if (list.length >= MAX_ACTIONS) return [...list];
  return [...list, { id: nextRowId(list, 'f'), window: '', group: '', channel: '', message: '' }];
}

export const removeFollowUp = (list: readonly FollowUp[], id: string): FollowUp[] => removeById(list, id);

export function updateFollowUp(
  list: readonly FollowUp[],
  id: string,
  change: Partial<Omit<FollowUp, 'id'>>,
): FollowUp[] {
  return list.map((item) =>
    item.id === id ? { ...item, ...change, message: (change.message ?? item.message).slice(0, MESSAGE_MAX) } : item,
  );
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
    for (const field of ['window', 'group', 'channel'] as const)
      if (!item[field]) issues.push({ kind: 'missing', row, field });
    const message = item.message.trim();
    if (!message) issues.push({ kind: 'missing', row, field: 'message' });
    else if ([...message].length < MESSAGE_MIN) issues.push({ kind: 'thinMessage', row });
  });
  for (const group of ['A', 'B', 'C', 'D'] as const) {
    const contacts = contactsOf(list, group);
    if (contacts.length === 0) issues.push({ kind: 'groupMissing', group });
    else if (contacts.length > MAX_CONTACTS) issues.push({ kind: 'tooMany', group, count: contacts.length });
  }
  const bWindows = new Set(
    contactsOf(list, 'B')
      .map((item) => item.window)
      .filter(Boolean),
  );
  if (contactsOf(list, 'B').length > 0 && bWindows.size < 2) issues.push({ kind: 'bOnce' });
  return issues;
}

/** The sentence the page shows for an issue, with its slots filled in. */
export function describeIssue(issue: FollowUpIssue, texts: Pick<Texts, 'issues' | 'fields' | 'groups'>): string {
  return fillTemplate(texts.issues[issue.kind], {
    row: 'row' in issue ? issue.row : '',
    field: issue.kind === 'missing' ? texts.fields[issue.field] : '',
    group: 'group' in issue ? texts.groups[issue.group] : '',
    count: 'count' in issue ? issue.count : '',
  });
}

/** The content file's sample actions as a plan, numbered f1, f2, … */
export const sampleFollowUps = (sample: readonly Omit<FollowUp, 'id'>[]): FollowUp[] => withIds(sample, 'f');

export interface FollowUpState {
  actions: FollowUp[];
  submitted: boolean;
}

/** The state after an edit: a finished plan stays finished only while it still passes the check. */
export function editFollowUps(state: FollowUpState, actions: FollowUp[]): FollowUpState {
  return { actions, submitted: state.submitted && checkFollowUps(actions).length === 0 };
}

/** Marks the plan finished, if it passes the check. */
export function submitFollowUps(state: FollowUpState): FollowUpState {
  return checkFollowUps(state.actions).length === 0 ? { ...state, submitted: true } : state;
}

/** Decodes saved actions; `null` when anything is malformed. */
export function parseFollowUps(value: unknown): FollowUp[] | null {
  if (!Array.isArray(value) || value.length > MAX_ACTIONS) return null;
  const list: FollowUp[] = [];
  for (const raw of value) {
    if (typeof raw !== 'object' || raw === null) return null;
    const { id, window, group, channel, message } = raw as Record<string, unknown>;
    if (typeof id !== 'string' || !/^f\d{1,6}$/.test(id) || typeof message !== 'string') return null;
    const allowed = (option: unknown, options: readonly string[]) =>
      option === '' || options.includes(option as string);
    if (!allowed(window, WINDOWS) || !allowed(group, GROUPS) || !allowed(channel, CHANNELS)) return null;
    list.push({
      id,
      window: window as Window | '',
      group: group as Group | '',
      channel: channel as Channel | '',
      message: message.slice(0, MESSAGE_MAX),
    });
  }
  return new Set(list.map((item) => item.id)).size === list.length ? list : null;
}
