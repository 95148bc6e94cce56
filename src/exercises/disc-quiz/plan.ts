/** 我的行动计划's section for this exercise: what the learner made, as blocks of text. */
import { type PlanBlock } from '../../features/action-plan/blocks';
import { discResult, parseDiscState, type ScoredQuestion } from './logic';
import type { Content, DiscMode, DiscProfile, DiscTypeId } from './content';

type PlanProfile = Pick<DiscProfile, 'name' | 'axes' | 'serve' | 'selfTip'>;

/** What the section says (picked at build time; travels as JSON in the plan page's HTML). */
export interface PlanTexts {
  modes: Content['modes'];
  /** Enough of each question to score the saved answers; the plan shows no question text. */
  questions: ScoredQuestion[];
  profiles: Record<DiscTypeId, PlanProfile>;
  labels: Content['planLabels'];
}

export function planTexts({ modes, questions, profiles, planLabels }: Content): PlanTexts {
  const shown = ({ name, axes, serve, selfTip }: DiscProfile): PlanProfile => ({ name, axes, serve, selfTip });
  return {
    modes,
    questions: questions.map(({ id, axis, options }) => ({
      id,
      axis,
      options: options.map(({ value }) => ({ value })),
    })),
    profiles: { D: shown(profiles.D), I: shown(profiles.I), S: shown(profiles.S), C: shown(profiles.C) },
    labels: planLabels,
  };
}

export function planBlocks(value: unknown, texts: PlanTexts): PlanBlock[] | null {
  const { modes, questions, profiles, labels } = texts;
  const state = parseDiscState(value, questions);
  if (!state) return null;
  const blocks = (['customer', 'self'] as const satisfies readonly DiscMode[]).flatMap((mode): PlanBlock[] => {
    const result = discResult(questions, state.answers[mode]);
    if (!result) return [];
    const profile = profiles[result.type];
    const fields: PlanBlock = {
      kind: 'fields',
      items: [
        { label: labels.mode, value: modes[mode].label },
        { label: labels.type, value: `${profile.name}（${profile.axes}）` },
        ...(mode === 'self' ? [{ label: labels.selfTip, value: profile.selfTip }] : []),
      ],
    };
    return mode === 'customer'
      ? [fields, { kind: 'list', heading: modes.customer.serveHeading, items: profile.serve }]
      : [fields];
  });
  return blocks.length ? blocks : null;
}
