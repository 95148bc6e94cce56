/** 我的行动计划's section for this exercise: what the learner made, as blocks of text. */
import { type PlanBlock, hasText, orBlank } from '../../features/action-plan/blocks';
import { SCRIPT_STEPS, parseCanvas } from './logic';
import type { Content } from './content';

/** What the section says (picked at build time; travels as JSON in the plan page's HTML). */
export type PlanTexts = Pick<Content, 'fields' | 'script' | 'labels'>;

export function planTexts({ fields, script, labels }: Content): PlanTexts {
  return { fields, script, labels };
}

export function planBlocks(value: unknown, texts: PlanTexts, blank: string): PlanBlock[] | null {
  const state = parseCanvas(value);
  const rows = state?.rows.filter((row) => hasText(row.feature, row.scene, row.point)) ?? [];
  if (!state || (!hasText(state.product, ...Object.values(state.script)) && !rows.length)) return null;
  const { fields, script, labels } = texts;
  const blocks: PlanBlock[] = [
    { kind: 'fields', items: [{ label: labels.product, value: orBlank(blank, state.product) }] },
  ];
  if (rows.length)
    blocks.push({
      kind: 'table',
      columns: [fields.feature, fields.scene, fields.point],
      rows: rows.map((row) => [orBlank(blank, row.feature), orBlank(blank, row.scene), orBlank(blank, row.point)]),
    });
  blocks.push({
    kind: 'fields',
    heading: labels.script,
    items: SCRIPT_STEPS.map((step) => ({ label: script[step], value: orBlank(blank, state.script[step]) })),
  });
  return blocks;
}
