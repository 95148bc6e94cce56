/**
 * Everything 我的行动计划 says, gathered at build time: each plan exercise's heading and title from
 * the registry and its texts from its plan.ts. The page serialises it into its HTML for the page
 * script, so none of it is in the JavaScript.
 */
import type { ActionPlanTexts } from './action-plan';
import { EXERCISE_IDS, exercise } from '../../exercises/registry';

const pickers = import.meta.glob<() => unknown>('../../exercises/*/plan.ts', { eager: true, import: 'planTexts' });

export function actionPlanTexts(): ActionPlanTexts {
  const sections: ActionPlanTexts['sections'] = {};
  for (const id of EXERCISE_IDS) {
    const { title, plan } = exercise(id);
    const pick = pickers[`../../exercises/${id}/plan.ts`];
    if (plan === undefined || !pick) continue;
    sections[id] = { title: plan, exercise: title, texts: pick() };
  }
  return { sections, blank: '—' };
}
