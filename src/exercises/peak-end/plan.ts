/** 我的行动计划's section for this exercise: what the learner made, as blocks of text. */
import { type PlanBlock } from '../../features/action-plan/blocks';
import { formatFeeling } from './feeling';
import { adviseJourney, analyseJourney, formatScore, parseDesigner, type AdviceTexts } from './logic';
import type { Content } from './content';

/** What the section says (picked at build time; travels as JSON in the plan page's HTML). */
export type PlanTexts = { advice: AdviceTexts; labels: Content['planLabels'] };

export function planTexts(content: Content): PlanTexts {
  return { advice: content.advice, labels: content.planLabels };
}

export function planBlocks(value: unknown, texts: PlanTexts, blank: string): PlanBlock[] | null {
  const { advice, labels } = texts;
  const touchpoints = parseDesigner(value)?.touchpoints ?? [];
  const analysis = analyseJourney(touchpoints);
  if (!analysis) return null;
  return [
    {
      kind: 'table',
      columns: [labels.touchpoint, labels.feeling, labels.minutes],
      rows: touchpoints.map((touchpoint) => [
        touchpoint.name,
        formatFeeling(touchpoint.feeling),
        touchpoint.minutes === null ? blank : String(touchpoint.minutes),
      ]),
    },
    {
      kind: 'fields',
      items: [
        { label: labels.remembered, value: formatScore(analysis.remembered) },
        { label: labels.average, value: formatScore(analysis.average) },
        {
          label: labels.peak,
          value: `${touchpoints[analysis.peakIndex]?.name ?? ''}（${formatFeeling(analysis.peak)}）`,
        },
        { label: labels.end, value: `${touchpoints[analysis.endIndex]?.name ?? ''}（${formatFeeling(analysis.end)}）` },
      ],
    },
    { kind: 'list', heading: labels.advice, items: adviseJourney(touchpoints, advice).map((item) => item.text) },
  ];
}
