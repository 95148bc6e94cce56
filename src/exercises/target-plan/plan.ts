/** 我的行动计划's section for this exercise: what the learner made, as blocks of text. */
import { type PlanBlock } from '../../features/action-plan/blocks';
import { memberTotal, monthLabel, parseTargetPlan } from './logic';
import type { Content } from './content';
import { parseWithSubmitted } from '../shared/submitted';
import { fillTemplate } from '../../platform/template';

/** What the section says (picked at build time; travels as JSON in the plan page's HTML). */
export type PlanTexts = Content['labels'];

export function planTexts(content: Content): PlanTexts {
  return content.labels;
}

export function planBlocks(value: unknown, labels: PlanTexts, blank: string): PlanBlock[] | null {
  const plan = parseWithSubmitted(value, 'plan', parseTargetPlan)?.plan;
  if (
    !plan ||
    (plan.quarterTarget === 0 &&
      plan.months.every((month) => month === 0) &&
      !plan.members.length &&
      !plan.checkpoints.length)
  )
    return null;
  const withUnit = (figure: number) => (plan.unit ? `${figure} ${plan.unit}` : String(figure));
  const months = [0, 1, 2].map((index) => monthLabel(index));
  const blocks: PlanBlock[] = [
    {
      kind: 'fields',
      items: [
        { label: labels.title, value: plan.title || blank },
        { label: labels.quarterTarget, value: withUnit(plan.quarterTarget) },
        ...months.map((month, index) => ({
          label: fillTemplate(labels.monthTarget, { month }),
          value: withUnit(plan.months[index] ?? 0),
        })),
      ],
    },
  ];
  if (plan.members.length) {
    blocks.push({
      kind: 'table',
      heading: labels.members,
      columns: [labels.member, ...months, labels.total],
      rows: plan.members.map((member) => [
        member.name || blank,
        ...member.months.map(String),
        String(memberTotal(member)),
      ]),
    });
  }
  if (plan.checkpoints.length) {
    blocks.push({
      kind: 'table',
      heading: labels.checkpoints,
      columns: [labels.week, labels.cumulative, labels.action],
      rows: plan.checkpoints.map((checkpoint) => [
        fillTemplate(labels.weekValue, { week: checkpoint.week }),
        withUnit(checkpoint.cumulative),
        checkpoint.action || blank,
      ]),
    });
  }
  return blocks;
}
