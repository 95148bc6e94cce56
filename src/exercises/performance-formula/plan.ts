/** 我的行动计划's section for this exercise: what the learner made, as blocks of text. */
import { type PlanBlock, formatNumber } from '../../features/action-plan/blocks';
import {
  checkBaseline,
  compoundGain,
  improvedPerformance,
  parsePlan,
  performanceOf,
  rankLevers,
  repeatOf,
  type Baseline,
} from './logic';
import type { Content } from './content';

/** What the section says (picked at build time; travels as JSON in the plan page's HTML). */
export type PlanTexts = Pick<Content, 'leverNames' | 'baselineLabels' | 'planLabels'>;

export function planTexts({ leverNames, baselineLabels, planLabels }: Content): PlanTexts {
  return { leverNames, baselineLabels, planLabels };
}

export function planBlocks(value: unknown, texts: PlanTexts, blank: string): PlanBlock[] | null {
  const plan = parsePlan(value);
  if (!plan) return null;
  const { leverNames, baselineLabels, planLabels: labels } = texts;
  const valid = Object.keys(checkBaseline(plan.baseline)).length === 0;
  const keys = Object.keys(baselineLabels) as (keyof Baseline)[];
  return [
    {
      kind: 'fields',
      items: [
        ...keys.map((key) => ({
          label: `${baselineLabels[key].label}（${baselineLabels[key].unit}）`,
          value: Number.isFinite(plan.baseline[key]) ? formatNumber(plan.baseline[key], 2) : blank,
        })),
        { label: labels.repeat, value: valid ? formatNumber(repeatOf(plan.baseline), 2) : blank },
        { label: labels.before, value: valid ? formatNumber(performanceOf(plan.baseline)) : blank },
        { label: labels.after, value: valid ? formatNumber(improvedPerformance(plan.baseline, plan.gains)) : blank },
        { label: labels.compound, value: `+${formatNumber(compoundGain(plan.gains), 1, 1)}%` },
      ],
    },
    {
      kind: 'table',
      columns: [labels.lever, labels.gain, labels.effort, labels.perEffort],
      rows: rankLevers(plan.gains, plan.efforts).map((item) => [
        leverNames[item.lever],
        `${item.gain}%`,
        String(item.effort),
        `+${formatNumber(item.perEffort, 1, 1)}%`,
      ]),
    },
  ];
}
