/** 我的行动计划's section for this exercise: what the learner made, as blocks of text. */
import { type PlanBlock } from '../../features/action-plan/blocks';
import { nextStep, parseTeam, quadrantOf, type Quadrant, type QuadrantText } from './logic';
import type { Content } from './content';
import { parseWithSubmitted } from '../shared/submitted';

/** What the section says (picked at build time; travels as JSON in the plan page's HTML). */
export type PlanTexts = { quadrants: Readonly<Record<Quadrant, QuadrantText>>; labels: Content['planLabels'] };

export function planTexts(content: Content): PlanTexts {
  return { quadrants: content.quadrants, labels: content.planLabels };
}

export function planBlocks(value: unknown, texts: PlanTexts): PlanBlock[] | null {
  const team = parseWithSubmitted(value, 'team', parseTeam)?.team;
  if (!team?.length) return null;
  const { quadrants, labels } = texts;
  return [
    {
      kind: 'table',
      columns: [labels.member, labels.will, labels.skill, labels.quadrant, labels.step],
      rows: team.map((member) => [
        member.name,
        String(member.will),
        String(member.skill),
        quadrants[quadrantOf(member)].name,
        nextStep(member, quadrants),
      ]),
    },
  ];
}
