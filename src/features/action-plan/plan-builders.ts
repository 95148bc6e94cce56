/** Every exercise's section builder (the `planBlocks` of src/exercises/<id>/plan.ts), by exercise id. */
import type { PlanBuilders } from './action-plan';
import type { PlanBuilder } from './blocks';

// Only `planBlocks` is imported, so the build-time texts in each plan.ts stay out of the page's JavaScript.
const modules = import.meta.glob<PlanBuilder<never>>('../../exercises/*/plan.ts', {
  eager: true,
  import: 'planBlocks',
});

export const PLAN_BUILDERS: PlanBuilders = Object.fromEntries(
  Object.entries(modules).map(([path, build]) => [path.split('/').at(-2)!, build]),
);
