/** 我的行动计划's section for this exercise: what the learner made, as blocks of text. */
import { type PlanBlock, hasText, orBlank } from '../../features/action-plan/blocks';
import { PESOS_STEPS, parsePesos, type PlanField } from './logic';
import type { Content } from './content';

/** What the section says (picked at build time; travels as JSON in the plan page's HTML): a label per field. */
export type PlanTexts = Record<PlanField, string>;

export function planTexts(content: Content): PlanTexts {
  return {
    task: content.task.label,
    learner: content.learner.label,
    ...Object.fromEntries(PESOS_STEPS.map((step) => [step, content.steps[step].name])),
  } as PlanTexts;
}

export function planBlocks(value: unknown, labels: PlanTexts, blank: string): PlanBlock[] | null {
  const state = parsePesos(value);
  if (!state || !hasText(state.task, state.learner, ...Object.values(state.notes))) return null;
  return [
    {
      kind: 'fields',
      items: [
        { label: labels.task, value: orBlank(blank, state.task) },
        { label: labels.learner, value: orBlank(blank, state.learner) },
        ...PESOS_STEPS.map((step) => ({ label: labels[step], value: orBlank(blank, state.notes[step]) })),
      ],
    },
  ];
}
