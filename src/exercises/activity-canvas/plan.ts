/** 我的行动计划's section for this exercise: what the learner made, as blocks of text. */
import { type PlanBlock, hasText, orBlank } from '../../features/action-plan/blocks';
import { DIMENSIONS, parseActivityPlan } from './logic';
import type { Content } from './content';
import { ACTIVITY_PLAN_LABELS, ACTIVITY_PLAN_TEXTS, type ActivityPlanTexts } from './texts';

/** What the section says (picked at build time; travels as JSON in the plan page's HTML). */
export type PlanTexts = Pick<ActivityPlanTexts, 'types' | 'dimensions'> & { labels: typeof ACTIVITY_PLAN_LABELS };

export function planTexts(_content: Content): PlanTexts {
  return { types: ACTIVITY_PLAN_TEXTS.types, dimensions: ACTIVITY_PLAN_TEXTS.dimensions, labels: ACTIVITY_PLAN_LABELS };
}

export function planBlocks(value: unknown, texts: PlanTexts, blank: string): PlanBlock[] | null {
  const plan = parseActivityPlan(value);
  if (!plan || (!plan.type && !hasText(plan.name, ...Object.values(plan.answers)))) return null;
  const { types, dimensions, labels } = texts;
  return [
    {
      kind: 'fields',
      items: [
        { label: labels.name, value: orBlank(blank, plan.name) },
        { label: labels.type, value: plan.type ? types[plan.type] : blank },
        ...DIMENSIONS.map((dimension) => ({ label: dimensions[dimension].question, value: orBlank(blank, plan.answers[dimension]) })),
      ],
    },
  ];
}
