/**
 * 我的行动计划: turns the learner's progress into one section per exercise that produces something
 * to take back to the hall, in course order. Each exercise's plan.ts decodes its saved state and
 * builds its section; a state it rejects (or none at all) gives an empty section that names the
 * exercise which fills it. Texts come in as an argument (they travel as JSON in the page's HTML).
 */
import type { Progress } from '../../platform/progress';
import { isRecord } from '../../platform/decode';
import { cutText, isCalendarDate } from '../../platform/decode-limits';
import type { PlanBlock, PlanBuilder } from './blocks';

export interface PlanSection {
  exerciseId: string;
  moduleId: string;
  /** e.g. 「M3 客户满意度管理」 */
  moduleLabel: string;
  /** The section's heading in the plan. */
  title: string;
  /** The exercise that fills the section, as titled on its module page. */
  exercise: string;
  /** The exercise on its module page (ExerciseFrame gives it the id `exercise-<id>`). */
  href: string;
  filled: boolean;
  /** The learner pressed 「完成」 (the exercise counts as done). */
  done: boolean;
  blocks: PlanBlock[];
}

/** Everything the plan says (see plan-texts.ts): per section its heading, exercise title and texts. */
export interface ActionPlanTexts {
  sections: Record<string, { title: string; exercise: string; texts: unknown }>;
  /** Shown for a field the learner left blank. */
  blank: string;
}

/** Each plan exercise's section builder, by exercise id (see plan-builders.ts). */
export type PlanBuilders = Readonly<Record<string, PlanBuilder<never>>>;

/** A module as the page data lists it: its exercises in teaching order. */
export interface PlanModule {
  id: string;
  code: string;
  title: string;
  exercises: readonly string[];
}

export const exerciseHref = (moduleId: string, exerciseId: string): string =>
  `/modules/${moduleId}/#exercise-${exerciseId}`;

/** One section per plan exercise, in the order the modules (and their exercises) are taught. */
export function buildActionPlan(
  progress: Progress,
  modules: readonly PlanModule[],
  texts: ActionPlanTexts,
  builders: PlanBuilders,
): PlanSection[] {
  return modules.flatMap((module) =>
    module.exercises
      .filter((id) => Object.hasOwn(builders, id) && Object.hasOwn(texts.sections, id))
      .map((exerciseId): PlanSection => {
        const record = progress.exercises[exerciseId];
        const { texts: sectionTexts, ...section } = texts.sections[exerciseId]!;
        const blocks = record ? builders[exerciseId]!(record.state, sectionTexts as never, texts.blank) : null;
        return {
          exerciseId,
          moduleId: module.id,
          moduleLabel: `${module.code} ${module.title}`,
          ...section,
          href: exerciseHref(module.id, exerciseId),
          filled: blocks !== null,
          done: record?.done === true,
          blocks: blocks ?? [],
        };
      }),
  );
}

/** The plan's header: who, which hall, which date, and whether empty sections are left out of the print. */
export interface PlanHeader {
  name: string;
  hall: string;
  /** `YYYY-MM-DD` or empty. */
  date: string;
  hideEmptyInPrint: boolean;
}

export const PLAN_HEADER_KEY = 'svc-course:plan-header';
export const HEADER_TEXT_MAX = 40;

export function emptyPlanHeader(): PlanHeader {
  return { name: '', hall: '', date: '', hideEmptyInPrint: true };
}

/** Decodes the stored header; whatever is missing or malformed falls back to its default, field by field. */
export function parsePlanHeader(raw: string | undefined): PlanHeader {
  const header = emptyPlanHeader();
  let value: unknown;
  try {
    value = raw ? JSON.parse(raw) : null;
  } catch {
    return header;
  }
  if (!isRecord(value)) return header;
  const { name, hall, date, hideEmptyInPrint } = value;
  if (typeof name === 'string') header.name = cutText(name, HEADER_TEXT_MAX);
  if (typeof hall === 'string') header.hall = cutText(hall, HEADER_TEXT_MAX);
  if (isCalendarDate(date)) header.date = date;
  if (typeof hideEmptyInPrint === 'boolean') header.hideEmptyInPrint = hideEmptyInPrint;
  return header;
}
