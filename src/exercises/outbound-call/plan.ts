/** 我的行动计划's section for this exercise: what the learner made, as blocks of text. */
import { type PlanBlock, hasText, orBlank } from '../../features/action-plan/blocks';
import { SCRIPT_FIELDS, parseCallState, type ScriptField } from './logic';
import type { Content } from './content';

/** What the section says (picked at build time; travels as JSON in the plan page's HTML). */
export type PlanTexts = Pick<Content, 'closes' | 'closeTypeLabel'> & { labels: Record<ScriptField, string> };

export function planTexts(content: Content): PlanTexts {
  const labels = Object.fromEntries(SCRIPT_FIELDS.map((field) => [field, content.fields[field].label])) as Record<
    ScriptField,
    string
  >;
  return { labels, closes: content.closes, closeTypeLabel: content.closeTypeLabel };
}

export function planBlocks(value: unknown, texts: PlanTexts, blank: string): PlanBlock[] | null {
  const script = parseCallState(value)?.script;
  if (!script || (!script.closeType && !hasText(script.opening, script.benefit, script.close, script.confirm)))
    return null;
  const { labels, closes, closeTypeLabel } = texts;
  return [
    {
      kind: 'fields',
      items: [
        { label: labels.opening, value: orBlank(blank, script.opening) },
        { label: labels.benefit, value: orBlank(blank, script.benefit) },
        { label: closeTypeLabel, value: script.closeType ? closes[script.closeType] : blank },
        { label: labels.close, value: orBlank(blank, script.close) },
        { label: labels.confirm, value: orBlank(blank, script.confirm) },
      ],
    },
  ];
}
