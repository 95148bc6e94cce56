/** What the 72 小时跟进 planner says (passed to the island as props). */
import type { Channel, FollowUpIssue, Group, Window } from './logic';

export interface FollowUpTexts {
  windows: Record<Window, string>;
  groups: Record<Group, string>;
  channels: Record<Channel, string>;
  fields: Record<'window' | 'group' | 'channel' | 'message', string>;
  /** `{row}`, `{field}`, `{group}`, `{count}` are filled in. */
  issues: Record<FollowUpIssue['kind'], string>;
}

export const FOLLOW_UP_TEXTS: FollowUpTexts = {
  windows: { h24: '0–24 小时', h48: '24–48 小时', h72: '48–72 小时' },
  groups: { all: '所有到场客户', A: 'A 类：已成交', B: 'B 类：有意向未成交', C: 'C 类：只参与', D: 'D 类：报名没到场' },
  channels: { phone: '电话', wechat: '企业微信', sms: '短信', visit: '上门' },
  fields: { window: '什么时候', group: '对谁', channel: '用什么渠道', message: '说什么' },
  issues: {
    missing: '第 {row} 项：还没选「{field}」。',
    'thin-message': '第 {row} 项：要说的话太短，写出这次联系能带给客户的新东西。',
    'group-missing': '「{group}」还没有人跟进。',
    'b-once': 'B 类是 72 小时的重点：至少在两个时段跟进（比如先发对比图，再打电话）。',
    'too-many': '「{group}」在 72 小时里被联系了 {count} 次，太频繁了，两三次就够。',
  },
};

/** Heading for actions whose time window is not chosen yet (我的行动计划). */
export const FOLLOW_UP_LABELS = { noWindow: '时段未定' };
