/**
 * Every exercise island the course knows. A module's frontmatter may only list these ids, and
 * `<Exercise id="…" />` in MDX only renders these; anything else fails the build.
 */
export const EXERCISE_IDS = ['disc-quiz', 'peak-end', 'five-shifts', 'value-line', 'performance-formula', 'coaching-matrix', 'pesos', 'target-plan', 'value-grid', 'failed-activity', 'activity-canvas', 'division-table', 'follow-up-72h', 'selling-points', 'outbound-call'] as const;

/** Exercises that are a card-sorting deck in content/decks/<id>.yaml. */
export const DECK_EXERCISES: readonly ExerciseId[] = ['five-shifts', 'value-line', 'value-grid'];

/** Exercises that are a case with diagnosis questions in content/cases/<id>.yaml. */
export const CASE_EXERCISES: readonly ExerciseId[] = ['failed-activity'];
/**
 * Personal worksheets: plans a trainee fills in for their own hall. In class each trainee does them
 * on their own phone, so slides show the task and the link instead of running them on the projector.
 */
export const WORKSHEET_EXERCISES: readonly ExerciseId[] = ['pesos', 'target-plan', 'activity-canvas', 'division-table', 'follow-up-72h', 'selling-points'];

export type ExerciseId = (typeof EXERCISE_IDS)[number];

export function isExerciseId(value: unknown): value is ExerciseId {
  return typeof value === 'string' && (EXERCISE_IDS as readonly string[]).includes(value);
}
