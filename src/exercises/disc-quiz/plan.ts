/** 我的行动计划's section for this exercise: what the learner made, as blocks of text. */
import { type PlanBlock } from '../../features/action-plan/blocks';
import { discResult, parseDiscState } from './logic';
import type { Content } from './content';
import type { DiscMode, DiscProfile, DiscQuestion, DiscTypeId } from './types';
import { DISC_PROFILES, DISC_QUESTIONS, DISC_RESULT_LABELS } from './texts';

/** What the section says (picked at build time; travels as JSON in the plan page's HTML). */
export type PlanTexts = { questions: readonly DiscQuestion[]; profiles: Readonly<Record<DiscTypeId, DiscProfile>>; labels: typeof DISC_RESULT_LABELS };

export function planTexts(_content: Content): PlanTexts {
  return { questions: DISC_QUESTIONS, profiles: DISC_PROFILES, labels: DISC_RESULT_LABELS };
}

export function planBlocks(value: unknown, texts: PlanTexts): PlanBlock[] | null {
  const { questions, profiles, labels } = texts;
  const state = parseDiscState(value, questions);
  if (!state) return null;
  const blocks = (['customer', 'self'] as const satisfies readonly DiscMode[]).flatMap((mode): PlanBlock[] => {
    const result = discResult(questions, state.answers[mode]);
    if (!result) return [];
    const profile = profiles[result.type];
    const fields: PlanBlock = {
      kind: 'fields',
      items: [
        { label: labels.mode, value: labels.modes[mode] },
        { label: labels.type, value: `${profile.name}（${profile.axes}）` },
        ...(mode === 'self' ? [{ label: labels.selfTip, value: profile.selfTip }] : []),
      ],
    };
    return mode === 'customer' ? [fields, { kind: 'list', heading: labels.serve, items: profile.serve }] : [fields];
  });
  return blocks.length ? blocks : null;
}
