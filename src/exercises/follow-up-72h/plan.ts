/** 我的行动计划's section for this exercise: what the learner made, as blocks of text. */
import { type PlanBlock, hasText } from '../../features/action-plan/blocks';
import { WINDOWS, parseFollowUps } from './logic';
import type { Content } from './content';
import { parseWithSubmitted } from '../shared/submitted';

/** What the section says (picked at build time; travels as JSON in the plan page's HTML). */
export type PlanTexts = Pick<Content, 'windows' | 'groups' | 'channels' | 'noWindow'> & { columns: string[] };

export function planTexts(content: Content): PlanTexts {
  const { windows, groups, channels, noWindow, fields } = content;
  return { windows, groups, channels, noWindow, columns: [fields.group, fields.channel, fields.message] };
}

export function planBlocks(value: unknown, texts: PlanTexts, blank: string): PlanBlock[] | null {
  const actions = (parseWithSubmitted(value, 'actions', parseFollowUps)?.actions ?? []).filter(
    (action) => action.window || action.group || action.channel || hasText(action.message),
  );
  if (!actions.length) return null;
  const { windows, groups, channels, noWindow, columns } = texts;
  const table = (heading: string, list: typeof actions): PlanBlock => ({
    kind: 'table',
    heading,
    columns,
    rows: list.map((action) => [
      action.group ? groups[action.group] : blank,
      action.channel ? channels[action.channel] : blank,
      action.message.trim() || blank,
    ]),
  });
  const byWindow = [...WINDOWS, ''] as const;
  return byWindow.flatMap((window) => {
    const list = actions.filter((action) => action.window === window);
    return list.length ? [table(window ? windows[window] : noWindow, list)] : [];
  });
}
