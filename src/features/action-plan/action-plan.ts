/**
 * 我的行动计划: turns the learner's progress into one section per exercise that produces something
 * to take back to the hall, in course order. Every saved state is decoded with its exercise's own
 * parser; a state the parser rejects (or none at all) gives an empty section that names the
 * exercise which fills it. Texts come in as an argument (they travel as JSON in the page's HTML).
 */
import type { Progress } from '../../platform/progress';
import { fillTemplate } from '../../platform/template';
import { discResult, parseDiscState } from '../../exercises/disc-quiz/logic';
import type { DiscMode, DiscProfile, DiscQuestion, DiscTypeId } from '../../exercises/disc-quiz/types';
import type { DISC_RESULT_LABELS } from '../../exercises/disc-quiz/texts';
import { adviseJourney, analyseJourney, formatFeeling, formatScore, parseDesigner, type AdviceTexts } from '../../exercises/peak-end/logic';
import type { PEAK_END_LABELS } from '../../exercises/peak-end/texts';
import { checkBaseline, compoundGain, improvedPerformance, parsePlan, performanceOf, rankLevers, type Baseline } from '../../exercises/performance-formula/logic';
import type { PERFORMANCE_LABELS } from '../../exercises/performance-formula/texts';
import { memberTotal, monthLabel, parseTargetPlan } from '../../exercises/target-plan/logic';
import type { TARGET_PLAN_LABELS } from '../../exercises/target-plan/texts';
import { nextStep, parseTeam, quadrantOf, type Quadrant, type QuadrantText } from '../../exercises/coaching-matrix/logic';
import type { COACHING_LABELS } from '../../exercises/coaching-matrix/texts';
import { PESOS_STEPS, parsePesos, type PesosStep } from '../../exercises/pesos/logic';
import type { PESOS_PLAN_LABELS, PesosStepText } from '../../exercises/pesos/texts';
import { SCRIPT_STEPS, parseCanvas } from '../../exercises/selling-points/logic';
import type { SELLING_POINT_LABELS, SellingPointTexts } from '../../exercises/selling-points/texts';
import { DIMENSIONS, parseActivityPlan } from '../../exercises/activity-canvas/logic';
import type { ACTIVITY_PLAN_LABELS, ActivityPlanTexts } from '../../exercises/activity-canvas/texts';
import { parseCallState } from '../../exercises/outbound-call/logic';
import type { OutboundCallTexts } from '../../exercises/outbound-call/texts';
import { FIELDS as TASK_FIELDS, parseRows } from '../../exercises/division-table/logic';
import type { DivisionTexts } from '../../exercises/division-table/texts';
import { WINDOWS, parseFollowUps } from '../../exercises/follow-up-72h/logic';
import type { FOLLOW_UP_LABELS, FollowUpTexts } from '../../exercises/follow-up-72h/texts';
import { parseWithSubmitted } from '../../exercises/shared/submitted';

/** The exercises whose result belongs in the plan. Sorting decks, case diagnoses and knowledge checks are learning checks, not plans. */
export const PLAN_EXERCISES = ['disc-quiz', 'peak-end', 'performance-formula', 'target-plan', 'coaching-matrix', 'pesos', 'selling-points', 'activity-canvas', 'outbound-call', 'division-table', 'follow-up-72h'] as const;
export type PlanExerciseId = (typeof PLAN_EXERCISES)[number];

export type PlanBlock =
  | { kind: 'fields'; heading?: string; items: { label: string; value: string }[] }
  | { kind: 'list'; heading?: string; items: string[] }
  | { kind: 'table'; heading?: string; columns: string[]; rows: string[][] };

export interface PlanSection {
  exerciseId: PlanExerciseId;
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

/** Everything the plan says, gathered from the exercises' own texts files (see action-plan-texts.ts). */
export interface ActionPlanTexts {
  sections: Record<PlanExerciseId, { title: string; exercise: string }>;
  /** Shown for a field the learner left blank. */
  blank: string;
  disc: { questions: readonly DiscQuestion[]; profiles: Readonly<Record<DiscTypeId, DiscProfile>>; labels: typeof DISC_RESULT_LABELS };
  peakEnd: { advice: AdviceTexts; labels: typeof PEAK_END_LABELS };
  performance: typeof PERFORMANCE_LABELS;
  targetPlan: typeof TARGET_PLAN_LABELS;
  coaching: { quadrants: Readonly<Record<Quadrant, QuadrantText>>; labels: typeof COACHING_LABELS };
  pesos: { steps: Readonly<Record<PesosStep, Pick<PesosStepText, 'name'>>>; labels: typeof PESOS_PLAN_LABELS };
  sellingPoints: Pick<SellingPointTexts, 'fields' | 'script'> & { labels: typeof SELLING_POINT_LABELS };
  activity: Pick<ActivityPlanTexts, 'types' | 'dimensions'> & { labels: typeof ACTIVITY_PLAN_LABELS };
  outboundCall: Pick<OutboundCallTexts, 'fields' | 'closes' | 'closeTypeLabel'>;
  division: Pick<DivisionTexts, 'roles' | 'headers'>;
  followUp: Pick<FollowUpTexts, 'windows' | 'groups' | 'channels' | 'fields'> & { labels: typeof FOLLOW_UP_LABELS };
}

/** A module as the page data lists it: its exercises in teaching order. */
export interface PlanModule {
  id: string;
  code: string;
  title: string;
  exercises: readonly string[];
}

export const exerciseHref = (moduleId: string, exerciseId: string): string => `/modules/${moduleId}/#exercise-${exerciseId}`;

const hasText = (...values: readonly string[]): boolean => values.some((value) => value.trim() !== '');
/** Formats like the simulator: grouped digits, up to `most` decimals, at least `least`. */
const number = (value: number, most = 0, least = 0): string => value.toLocaleString('zh-CN', { maximumFractionDigits: most, minimumFractionDigits: least });

/** What a section builder returns for a decoded state: its blocks, or `null` when there is nothing to show. */
type Build = (state: unknown, texts: ActionPlanTexts) => PlanBlock[] | null;

function discBlocks(value: unknown, texts: ActionPlanTexts): PlanBlock[] | null {
  const { questions, profiles, labels } = texts.disc;
  const state = parseDiscState(value, questions);
  if (!state) return null;
  const blocks = (['customer', 'self'] as const satisfies readonly DiscMode[]).flatMap((mode): PlanBlock[] => {
    const result = discResult(questions, state.answers[mode]);
    if (!result) return [];
    const profile = profiles[result.type];
    const fields: PlanBlock = {
      kind: 'fields',
      items: [
        { label: labels.mode, value: labels.modes[mode] },
        { label: labels.type, value: `${profile.name}（${profile.axes}）` },
        ...(mode === 'self' ? [{ label: labels.selfTip, value: profile.selfTip }] : []),
      ],
    };
    return mode === 'customer' ? [fields, { kind: 'list', heading: labels.serve, items: profile.serve }] : [fields];
  });
  return blocks.length ? blocks : null;
}

function peakEndBlocks(value: unknown, texts: ActionPlanTexts): PlanBlock[] | null {
  const { advice, labels } = texts.peakEnd;
  const touchpoints = parseDesigner(value)?.touchpoints ?? [];
  const analysis = analyseJourney(touchpoints);
  if (!analysis) return null;
  return [
    {
      kind: 'table',
      columns: [labels.touchpoint, labels.feeling, labels.minutes],
      rows: touchpoints.map((touchpoint) => [touchpoint.name, formatFeeling(touchpoint.feeling), touchpoint.minutes === null ? texts.blank : String(touchpoint.minutes)]),
    },
    {
      kind: 'fields',
      items: [
        { label: labels.remembered, value: formatScore(analysis.remembered) },
        { label: labels.average, value: formatScore(analysis.average) },
        { label: labels.peak, value: `${touchpoints[analysis.peakIndex]?.name ?? ''}（${formatFeeling(analysis.peak)}）` },
        { label: labels.end, value: `${touchpoints[analysis.endIndex]?.name ?? ''}（${formatFeeling(analysis.end)}）` },
      ],
    },
    { kind: 'list', heading: labels.advice, items: adviseJourney(touchpoints, advice).map((item) => item.text) },
  ];
}

function performanceBlocks(value: unknown, texts: ActionPlanTexts): PlanBlock[] | null {
  const plan = parsePlan(value);
  if (!plan) return null;
  const labels = texts.performance;
  const valid = Object.keys(checkBaseline(plan.baseline)).length === 0;
  const keys = Object.keys(labels.baseline) as (keyof Baseline)[];
  return [
    {
      kind: 'fields',
      items: [
        ...keys.map((key) => ({ label: `${labels.baseline[key].label}（${labels.baseline[key].unit}）`, value: Number.isFinite(plan.baseline[key]) ? number(plan.baseline[key], 2) : texts.blank })),
        { label: labels.before, value: valid ? number(performanceOf(plan.baseline)) : texts.blank },
        { label: labels.after, value: valid ? number(improvedPerformance(plan.baseline, plan.gains)) : texts.blank },
        { label: labels.compound, value: `+${number(compoundGain(plan.gains), 1, 1)}%` },
      ],
    },
    {
      kind: 'table',
      columns: [labels.lever, labels.gain, labels.effort, labels.perEffort],
      rows: rankLevers(plan.gains, plan.efforts).map((item) => [labels.levers[item.lever], `${item.gain}%`, String(item.effort), `+${number(item.perEffort, 1, 1)}%`]),
    },
  ];
}

function targetPlanBlocks(value: unknown, texts: ActionPlanTexts): PlanBlock[] | null {
  const plan = parseWithSubmitted(value, 'plan', parseTargetPlan)?.plan;
  if (!plan || (plan.quarterTarget === 0 && plan.months.every((month) => month === 0) && !plan.members.length && !plan.checkpoints.length)) return null;
  const labels = texts.targetPlan;
  const withUnit = (figure: number) => (plan.unit ? `${figure} ${plan.unit}` : String(figure));
  const months = [0, 1, 2].map((index) => monthLabel(index));
  const blocks: PlanBlock[] = [
    {
      kind: 'fields',
      items: [
        { label: labels.title, value: plan.title || texts.blank },
        { label: labels.quarterTarget, value: withUnit(plan.quarterTarget) },
        ...months.map((month, index) => ({ label: fillTemplate(labels.monthTarget, { month }), value: withUnit(plan.months[index] ?? 0) })),
      ],
    },
  ];
  if (plan.members.length) {
    blocks.push({
      kind: 'table',
      heading: labels.members,
      columns: [labels.member, ...months, labels.total],
      rows: plan.members.map((member) => [member.name || texts.blank, ...member.months.map(String), String(memberTotal(member))]),
    });
  }
  if (plan.checkpoints.length) {
    blocks.push({
      kind: 'table',
      heading: labels.checkpoints,
      columns: [labels.week, labels.cumulative, labels.action],
      rows: plan.checkpoints.map((checkpoint) => [fillTemplate(labels.weekValue, { week: checkpoint.week }), withUnit(checkpoint.cumulative), checkpoint.action || texts.blank]),
    });
  }
  return blocks;
}

function coachingBlocks(value: unknown, texts: ActionPlanTexts): PlanBlock[] | null {
  const team = parseWithSubmitted(value, 'team', parseTeam)?.team;
  if (!team?.length) return null;
  const { quadrants, labels } = texts.coaching;
  return [
    {
      kind: 'table',
      columns: [labels.member, labels.will, labels.skill, labels.quadrant, labels.step],
      rows: team.map((member) => [member.name, String(member.will), String(member.skill), quadrants[quadrantOf(member)].name, nextStep(member, quadrants)]),
    },
  ];
}

function pesosBlocks(value: unknown, texts: ActionPlanTexts): PlanBlock[] | null {
  const state = parsePesos(value);
  if (!state || !hasText(state.task, state.learner, ...Object.values(state.notes))) return null;
  const { steps, labels } = texts.pesos;
  const or = (text: string) => text.trim() || texts.blank;
  return [
    {
      kind: 'fields',
      items: [
        { label: labels.task, value: or(state.task) },
        { label: labels.learner, value: or(state.learner) },
        ...PESOS_STEPS.map((step) => ({ label: steps[step].name, value: or(state.notes[step]) })),
      ],
    },
  ];
}

function sellingPointBlocks(value: unknown, texts: ActionPlanTexts): PlanBlock[] | null {
  const state = parseCanvas(value);
  const rows = state?.rows.filter((row) => hasText(row.feature, row.scene, row.point)) ?? [];
  if (!state || (!hasText(state.product, ...Object.values(state.script)) && !rows.length)) return null;
  const { fields, script, labels } = texts.sellingPoints;
  const or = (text: string) => text.trim() || texts.blank;
  const blocks: PlanBlock[] = [{ kind: 'fields', items: [{ label: labels.product, value: or(state.product) }] }];
  if (rows.length) blocks.push({ kind: 'table', columns: [fields.feature, fields.scene, fields.point], rows: rows.map((row) => [or(row.feature), or(row.scene), or(row.point)]) });
  blocks.push({ kind: 'fields', heading: labels.script, items: SCRIPT_STEPS.map((step) => ({ label: script[step], value: or(state.script[step]) })) });
  return blocks;
}

function activityBlocks(value: unknown, texts: ActionPlanTexts): PlanBlock[] | null {
  const plan = parseActivityPlan(value);
  if (!plan || (!plan.type && !hasText(plan.name, ...Object.values(plan.answers)))) return null;
  const { types, dimensions, labels } = texts.activity;
  const or = (text: string) => text.trim() || texts.blank;
  return [
    {
      kind: 'fields',
      items: [
        { label: labels.name, value: or(plan.name) },
        { label: labels.type, value: plan.type ? types[plan.type] : texts.blank },
        ...DIMENSIONS.map((dimension) => ({ label: dimensions[dimension].question, value: or(plan.answers[dimension]) })),
      ],
    },
  ];
}

function outboundCallBlocks(value: unknown, texts: ActionPlanTexts): PlanBlock[] | null {
  const script = parseCallState(value)?.script;
  if (!script || (!script.closeType && !hasText(script.opening, script.benefit, script.close, script.confirm))) return null;
  const { fields, closes, closeTypeLabel } = texts.outboundCall;
  const or = (text: string) => text.trim() || texts.blank;
  return [
    {
      kind: 'fields',
      items: [
        { label: fields.opening.label, value: or(script.opening) },
        { label: fields.benefit.label, value: or(script.benefit) },
        { label: closeTypeLabel, value: script.closeType ? closes[script.closeType] : texts.blank },
        { label: fields.close.label, value: or(script.close) },
        { label: fields.confirm.label, value: or(script.confirm) },
      ],
    },
  ];
}

function divisionBlocks(value: unknown, texts: ActionPlanTexts): PlanBlock[] | null {
  const rows = (parseWithSubmitted(value, 'rows', parseRows)?.rows ?? []).filter((row) => row.role || hasText(...TASK_FIELDS.map((field) => row[field])));
  if (!rows.length) return null;
  const { roles, headers } = texts.division;
  const or = (text: string) => text.trim() || texts.blank;
  return [{ kind: 'table', columns: [...headers], rows: rows.map((row) => [...TASK_FIELDS.map((field) => or(row[field])), row.role ? roles[row.role] : texts.blank]) }];
}

function followUpBlocks(value: unknown, texts: ActionPlanTexts): PlanBlock[] | null {
  const actions = (parseWithSubmitted(value, 'actions', parseFollowUps)?.actions ?? []).filter((action) => action.window || action.group || action.channel || hasText(action.message));
  if (!actions.length) return null;
  const { windows, groups, channels, fields, labels } = texts.followUp;
  const table = (heading: string, list: typeof actions): PlanBlock => ({
    kind: 'table',
    heading,
    columns: [fields.group, fields.channel, fields.message],
    rows: list.map((action) => [action.group ? groups[action.group] : texts.blank, action.channel ? channels[action.channel] : texts.blank, action.message.trim() || texts.blank]),
  });
  const byWindow = [...WINDOWS, ''] as const;
  return byWindow.flatMap((window) => {
    const list = actions.filter((action) => action.window === window);
    return list.length ? [table(window ? windows[window] : labels.noWindow, list)] : [];
  });
}

const BUILDERS: Record<PlanExerciseId, Build> = {
  'disc-quiz': discBlocks,
  'peak-end': peakEndBlocks,
  'performance-formula': performanceBlocks,
  'target-plan': targetPlanBlocks,
  'coaching-matrix': coachingBlocks,
  pesos: pesosBlocks,
  'selling-points': sellingPointBlocks,
  'activity-canvas': activityBlocks,
  'outbound-call': outboundCallBlocks,
  'division-table': divisionBlocks,
  'follow-up-72h': followUpBlocks,
};

const isPlanExercise = (id: string): id is PlanExerciseId => (PLAN_EXERCISES as readonly string[]).includes(id);

/** One section per plan exercise, in the order the modules (and their exercises) are taught. */
export function buildActionPlan(progress: Progress, modules: readonly PlanModule[], texts: ActionPlanTexts): PlanSection[] {
  return modules.flatMap((module) =>
    module.exercises.filter(isPlanExercise).map((exerciseId): PlanSection => {
      const record = progress.exercises[exerciseId];
      const blocks = record ? BUILDERS[exerciseId](record.state, texts) : null;
      return {
        exerciseId,
        moduleId: module.id,
        moduleLabel: `${module.code} ${module.title}`,
        ...texts.sections[exerciseId],
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
  if (typeof value !== 'object' || value === null) return header;
  const { name, hall, date, hideEmptyInPrint } = value as Record<string, unknown>;
  if (typeof name === 'string') header.name = name.slice(0, HEADER_TEXT_MAX);
  if (typeof hall === 'string') header.hall = hall.slice(0, HEADER_TEXT_MAX);
  if (typeof date === 'string' && /^\d{4}-\d\d-\d\d$/.test(date)) header.date = date;
  if (typeof hideEmptyInPrint === 'boolean') header.hideEmptyInPrint = hideEmptyInPrint;
  return header;
}
