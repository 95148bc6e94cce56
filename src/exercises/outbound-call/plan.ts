/** 我的行动计划's section for this exercise: what the learner made, as blocks of text. */
import { type PlanBlock, hasText, orBlank } from '../../features/action-plan/blocks';
import { parseCallState } from './logic';
import type { Content } from './content';
import { OUTBOUND_CALL_TEXTS, type OutboundCallTexts } from './texts';

/** What the section says (picked at build time; travels as JSON in the plan page's HTML). */
export type PlanTexts = Pick<OutboundCallTexts, 'fields' | 'closes' | 'closeTypeLabel'>;

export function planTexts(_content: Content): PlanTexts {
  return { fields: OUTBOUND_CALL_TEXTS.fields, closes: OUTBOUND_CALL_TEXTS.closes, closeTypeLabel: OUTBOUND_CALL_TEXTS.closeTypeLabel };
}

export function planBlocks(value: unknown, texts: PlanTexts, blank: string): PlanBlock[] | null {
  const script = parseCallState(value)?.script;
  if (!script || (!script.closeType && !hasText(script.opening, script.benefit, script.close, script.confirm))) return null;
  const { fields, closes, closeTypeLabel } = texts;
  return [
    {
      kind: 'fields',
      items: [
        { label: fields.opening.label, value: orBlank(blank, script.opening) },
        { label: fields.benefit.label, value: orBlank(blank, script.benefit) },
        { label: closeTypeLabel, value: script.closeType ? closes[script.closeType] : blank },
        { label: fields.close.label, value: orBlank(blank, script.close) },
        { label: fields.confirm.label, value: orBlank(blank, script.confirm) },
      ],
    },
  ];
}
