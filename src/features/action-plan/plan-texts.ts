/**
 * Everything 我的行动计划 says, gathered at build time: each plan exercise's heading and title from
 * the registry and the texts its plan.ts picks from its content file. The page serialises it into
 * its HTML for the page script, so none of it is in the JavaScript.
 */
import type { ActionPlanTexts } from './action-plan';
import { EXERCISE_IDS, exercise, type ExerciseId } from '../../exercises/registry';

const pickers = import.meta.glob<(content: never) => unknown>('../../exercises/*/plan.ts', {
  eager: true,
  import: 'planTexts',
});

/** `contentOf(id)` is the exercise's parsed content file (content/exercises/<id>.yaml). */
export async function actionPlanTexts(contentOf: (id: ExerciseId) => Promise<unknown>): Promise<ActionPlanTexts> {
  const sections: ActionPlanTexts['sections'] = {};
  for (const id of EXERCISE_IDS) {
    const { title, plan } = exercise(id);
    const pick = pickers[`../../exercises/${id}/plan.ts`];
    if (plan === undefined || !pick) continue;
    sections[id] = { title: plan, exercise: title, texts: pick((await contentOf(id)) as never) };
  }
  return { sections, blank: '—' };
}
