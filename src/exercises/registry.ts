/**
 * Every exercise the course knows, in teaching order: the one place an exercise's id and title are
 * written. A module's frontmatter may only list these ids, `<Exercise id="…" />` only renders these,
 * and the placeholder, the slides and 我的行动计划 read their titles and kinds from here.
 *
 * Build-time data: islands get what they need (their title, their texts) as props.
 */

/**
 * - `room`: the room does it together; it runs live on the projector.
 * - `worksheet`: a plan each trainee fills in for their own hall; on a slide it shows the task and the link.
 * - `card-sort`: a deck of cards sorted into categories (content only; the code is in `card-sort/`).
 * - `case`: a story with diagnosis questions (content only; the code is in `case/`).
 */
export type ExerciseKind = 'room' | 'worksheet' | 'card-sort' | 'case';

export interface ExerciseEntry {
  /** Shown on the exercise, on its handout box and on 我的行动计划. */
  title: string;
  kind: ExerciseKind;
  /** The heading of its section on 我的行动计划; absent when it produces nothing to take home. */
  plan?: string;
  /** It has a layout for a 1280×720 slide (`slide.css` in its code folder). */
  slideLayout?: boolean;
}

export const EXERCISES = {
  'five-shifts': { title: '五维转变分拣', kind: 'card-sort', slideLayout: true },
  'performance-formula': { title: '业绩公式模拟器', kind: 'room', plan: '业绩提升计划', slideLayout: true },
  'value-line': { title: '营业厅价值线分类', kind: 'card-sort', slideLayout: true },
  'disc-quiz': { title: '客户性格类型（DISC）', kind: 'room', plan: '客户性格类型：测评结果', slideLayout: true },
  'peak-end': { title: '峰终体验设计器', kind: 'room', plan: '峰终体验设计', slideLayout: true },
  'target-plan': { title: '季度工作铺排', kind: 'worksheet', plan: '季度工作铺排' },
  'coaching-matrix': { title: '辅导矩阵：四种员工', kind: 'room', plan: '团队辅导安排', slideLayout: true },
  pesos: { title: 'PESOS 岗上带教', kind: 'worksheet', plan: 'PESOS 带教计划' },
  'failed-activity': { title: '活动失败诊断', kind: 'case', slideLayout: true },
  'selling-points': { title: '从特点到话术（动能四阶）', kind: 'worksheet', plan: '话术卡：从特点到话术' },
  'value-grid': { title: '客户价值矩阵', kind: 'card-sort', slideLayout: true },
  'activity-canvas': { title: '六维活动方案', kind: 'worksheet', plan: '六维活动方案' },
  'outbound-call': { title: '电话外呼四步法', kind: 'room', plan: '外呼话术（四步法）', slideLayout: true },
  'division-table': { title: '营销活动分工计划表', kind: 'worksheet', plan: '营销活动分工计划表' },
  'follow-up-72h': { title: '黄金 72 小时跟进计划', kind: 'worksheet', plan: '黄金 72 小时跟进计划' },
} as const satisfies Record<string, ExerciseEntry>;

export type ExerciseId = keyof typeof EXERCISES;

export const EXERCISE_IDS = Object.keys(EXERCISES) as [ExerciseId, ...ExerciseId[]];

export function isExerciseId(value: unknown): value is ExerciseId {
  return typeof value === 'string' && Object.hasOwn(EXERCISES, value);
}

export function exercise(id: ExerciseId): ExerciseEntry {
  return EXERCISES[id];
}

/** The exercises with a section on 我的行动计划. */
export type PlanExerciseId = {
  [Id in ExerciseId]: (typeof EXERCISES)[Id] extends { plan: string } ? Id : never;
}[ExerciseId];

export function isPlanExercise(id: string): id is PlanExerciseId {
  return isExerciseId(id) && exercise(id).plan !== undefined;
}

/** The folder under src/exercises/ holding an exercise's code: its own, or its kind's for card sorts and cases. */
export function codeFolder(id: ExerciseId): string {
  const { kind } = exercise(id);
  return kind === 'card-sort' || kind === 'case' ? kind : id;
}

/** The collection holding `content/exercises/<id>.yaml` (one per exercise, each with its own schema). */
export const contentCollection = (id: ExerciseId) => `exercise-${id}` as const;
