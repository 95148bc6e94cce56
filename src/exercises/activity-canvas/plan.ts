/** 我的行动计划's section for this exercise: what the learner made, as blocks of text. */
import { type PlanBlock, hasText, orBlank } from '../../features/action-plan/blocks';
import { DIMENSIONS, parseActivityPlan, type Dimension } from './logic';
import type { Content } from './content';

/** What the section says (picked at build time; travels as JSON in the plan page's HTML): the labels, the types' names and the questions. */
export type PlanTexts = Pick<Content, 'labels' | 'types'> & { questions: Record<Dimension, string> };

export function planTexts({ labels, types, dimensions }: Content): PlanTexts {
  return {
    labels,
    types,
    questions: Object.fromEntries(
      DIMENSIONS.map((dimension) => [dimension, dimensions[dimension].question]),
    ) as PlanTexts['questions'],
  };
}

export function planBlocks(value: unknown, texts: PlanTexts, blank: string): PlanBlock[] | null {
  const plan = parseActivityPlan(value);
  if (!plan || (!plan.type && !hasText(plan.name, ...Object.values(plan.answers)))) return null;
  const { types, questions, labels } = texts;
  return [
    {
      kind: 'fields',
      items: [
        { label: labels.name, value: orBlank(blank, plan.name) },
        { label: labels.type, value: plan.type ? types[plan.type] : blank },
        ...DIMENSIONS.map((dimension) => ({
          label: questions[dimension],
          value: orBlank(blank, plan.answers[dimension]),
        })),
      ],
    },
  ];
}
