/** 我的行动计划's section for this exercise: what the learner made, as blocks of text. */
import { type PlanBlock, hasText, orBlank } from '../../features/action-plan/blocks';
import { PESOS_STEPS, parsePesos, type PesosStep } from './logic';
import type { Content } from './content';
import { PESOS_PLAN_LABELS, PESOS_TEXTS, type PesosStepText } from './texts';

/** What the section says (picked at build time; travels as JSON in the plan page's HTML). */
export type PlanTexts = { steps: Readonly<Record<PesosStep, Pick<PesosStepText, 'name'>>>; labels: typeof PESOS_PLAN_LABELS };

export function planTexts(_content: Content): PlanTexts {
  return { steps: PESOS_TEXTS, labels: PESOS_PLAN_LABELS };
}

export function planBlocks(value: unknown, texts: PlanTexts, blank: string): PlanBlock[] | null {
  const state = parsePesos(value);
  if (!state || !hasText(state.task, state.learner, ...Object.values(state.notes))) return null;
  const { steps, labels } = texts;
  return [
    {
      kind: 'fields',
      items: [
        { label: labels.task, value: orBlank(blank, state.task) },
        { label: labels.learner, value: orBlank(blank, state.learner) },
        ...PESOS_STEPS.map((step) => ({ label: steps[step].name, value: orBlank(blank, state.notes[step]) })),
      ],
    },
  ];
}
