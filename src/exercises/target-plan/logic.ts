/**
 * 季度工作铺排 (M4): a quarterly target split into months, weeks and team members, with checkpoints
 * (关键节点). The M4 rule is 「加得起来、落得到人、查得到点」: every month and every person must add up
 * to the target, and there must be dated checks. These pure functions hold all of that logic; the
 * island only renders the plan and dispatches edits.
 *
 * Figures are kept as the learner typed them, even when negative or fractional: `checkPlan` then says
 * what to fix, which teaches more than silently rounding the number away. Only values that could not
 * be saved (NaN, ±Infinity, absurd sizes) are cleaned on the way in.
 */
import { fillTemplate } from '../../platform/template';

export type MonthFigures = [number, number, number];

export interface PlanMember {
  id: string;
  name: string;
  /** This member's share of each month's target. */
  months: MonthFigures;
}

export interface Checkpoint {
  id: string;
  /** Week of the quarter, 1–13. */
  week: number;
  /** Planned running total by the end of that week. */
  cumulative: number;
  /** What to check or do at this point. */
  action: string;
}

export interface TargetPlan {
  title: string;
  /** 户、件、万元 … shown after every figure. */
  unit: string;
  quarterTarget: number;
  months: MonthFigures;
  members: PlanMember[];
  checkpoints: Checkpoint[];
}

/** A 13-week quarter: the month's odd days go into its last week, so the third month gets a fifth. */
export const WEEKS_PER_MONTH = [4, 4, 5] as const;
export const WEEKS_PER_QUARTER = 13;
export const MAX_MEMBERS = 12;
export const MAX_CHECKPOINTS = 8;
export const NAME_MAX = 12;
export const TITLE_MAX = 40;
export const UNIT_MAX = 8;
export const ACTION_MAX = 80;
/** Largest figure anywhere in a plan; also bounds negative typos so saved state stays sane. */
export const TARGET_MAX = 1_000_000;
/** The worked example runs July–September. */
export const SAMPLE_FIRST_MONTH = 7;

const MONTH_INDEXES = [0, 1, 2] as const;
const MEMBER_ID = /^p\d{1,6}$/;
const CHECKPOINT_ID = /^k\d{1,6}$/;
const ID_NUMBER_MAX = 999_999;

/** Collapses line breaks and runs of spaces (every field is one line) and caps the length in characters, not UTF-16 units, so an emoji is never cut in half. */
function cleanText(text: string, max: number): string {
  return Array.from(text.replace(/\s+/g, ' ')).slice(0, max).join('');
}

/** NaN and ±Infinity become 0 (they cannot be saved as JSON); others are capped to ±TARGET_MAX; −0 becomes 0. */
function cleanFigure(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const capped = Math.min(TARGET_MAX, Math.max(-TARGET_MAX, value));
  return capped === 0 ? 0 : capped;
}

function cleanWeek(value: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(WEEKS_PER_QUARTER, Math.max(1, Math.round(value)));
}

function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

/**
 * 「8 月」 when the quarter's first calendar month is known (1–12, wrapping past December),
 * otherwise 「第 2 个月」: a plan does not record which quarter it is for.
 */
export function monthLabel(index: number, firstMonth?: number): string {
  if (firstMonth !== undefined && Number.isInteger(firstMonth) && firstMonth >= 1 && firstMonth <= 12) {
    return `${((firstMonth - 1 + index) % 12) + 1} 月`;
  }
  return `第 ${index + 1} 个月`;
}

/** A blank quarter for the learner's own target. */
export function emptyPlan(): TargetPlan {
  return { title: '本季度重点指标', unit: '户', quarterTarget: 0, months: [0, 0, 0], members: [], checkpoints: [] };
}

/**
 * Splits `total` into `parts` integers that add up exactly, as evenly as possible. The remainder goes
 * to the LAST parts because a team usually speeds up later in the quarter. Non-integer totals are
 * rounded first, non-finite ones count as 0; `parts` is floored and ≤ 0 (or not finite) gives [].
 */
export function evenSplit(total: number, parts: number): number[] {
  if (!Number.isFinite(parts)) return [];
  const count = Math.floor(parts);
  if (count <= 0) return [];
  const whole = Number.isFinite(total) ? Math.round(total) : 0;
  const base = Math.floor(whole / count);
  const remainder = whole - base * count;
  return Array.from({ length: count }, (_, index) => {
    const value = index >= count - remainder ? base + 1 : base;
    return value === 0 ? 0 : value;
  });
}

/** The 13 week targets of the quarter: each month's target spread evenly over its weeks. */
export function weeklyTargets(plan: TargetPlan): number[] {
  return MONTH_INDEXES.flatMap((index) => evenSplit(plan.months[index], WEEKS_PER_MONTH[index]));
}

/** The 13 running totals of `weeklyTargets`: where the hall should stand at the end of each week. */
export function plannedCumulative(plan: TargetPlan): number[] {
  let running = 0;
  return weeklyTargets(plan).map((target) => (running += target));
}

export function memberTotal(member: PlanMember): number {
  return sum(member.months);
}

/** Column sums of the member × month table. */
export function monthMemberSums(plan: TargetPlan): MonthFigures {
  const column = (index: (typeof MONTH_INDEXES)[number]) => sum(plan.members.map((member) => member.months[index]));
  return [column(0), column(1), column(2)];
}

/** The issue sentences, with `{slot}` placeholders; they live in content/exercises/target-plan.yaml (`checks`) and reach the island as props. */
export type PlanTextKey =
  | 'targetRequired'
  | 'targetTooBig'
  | 'monthInvalid'
  | 'monthsSum'
  | 'membersSum'
  | 'less'
  | 'more'
  | 'memberNth'
  | 'nameMissing'
  | 'nameDuplicate'
  | 'memberFigure'
  | 'checkpointNth'
  | 'weekRange'
  | 'weekOrder'
  | 'cumulativeInvalid'
  | 'cumulativeOver'
  | 'cumulativeBackwards'
  | 'actionMissing';
export type PlanTexts = Record<PlanTextKey, string>;

export type PlanIssue = {
  /** Stable key of the place to fix: `quarterTarget`, `months`, `month-2`, `member-p3`, `checkpoint-k1`. */
  field: string;
  message: string;
};

/**
 * Every problem the learner must fix, in Chinese, in the order of the form. An empty list means the
 * plan adds up. A sum is only compared once all of its parts are valid, so one typo gives one issue
 * rather than a cascade. `firstMonth` (1–12) names months 「8 月」 instead of 「第 2 个月」.
 */
export function checkPlan(plan: TargetPlan, texts: PlanTexts, firstMonth?: number): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const add = (field: string, key: PlanTextKey, values: Record<string, string | number> = {}) =>
    issues.push({ field, message: fillTemplate(texts[key], values) });
  const diff = (actual: number, wanted: number) =>
    fillTemplate(actual < wanted ? texts.less : texts.more, { n: Math.abs(wanted - actual) });
  const label = (index: number) => monthLabel(index, firstMonth);

  const targetOk = Number.isInteger(plan.quarterTarget) && plan.quarterTarget > 0;
  if (!targetOk) add('quarterTarget', 'targetRequired');
  else if (plan.quarterTarget > TARGET_MAX) add('quarterTarget', 'targetTooBig', { max: TARGET_MAX });

  const monthOk = plan.months.map(isCount);
  monthOk.forEach((ok, index) => {
    if (!ok) add(`month-${index + 1}`, 'monthInvalid', { month: label(index) });
  });
  if (targetOk && monthOk.every(Boolean)) {
    const monthsTotal = sum(plan.months);
    if (monthsTotal !== plan.quarterTarget)
      add('months', 'monthsSum', { total: monthsTotal, diff: diff(monthsTotal, plan.quarterTarget) });
  }

  if (plan.members.length > 0) {
    MONTH_INDEXES.forEach((index) => {
      const target = plan.months[index];
      const figures = plan.members.map((member) => member.months[index]);
      if (!monthOk[index] || !figures.every(isCount)) return;
      const membersTotal = sum(figures);
      if (membersTotal !== target)
        add(`month-${index + 1}`, 'membersSum', {
          month: label(index),
          total: membersTotal,
          diff: diff(membersTotal, target),
        });
    });
  }

  const seenNames = new Set<string>();
  plan.members.forEach((member, position) => {
    const field = `member-${member.id}`;
    const name = member.name.replace(/\s+/g, ' ').trim();
    const who = name || fillTemplate(texts.memberNth, { n: position + 1 });
    if (!name) add(field, 'nameMissing', { n: position + 1 });
    else if (seenNames.has(name)) add(field, 'nameDuplicate', { n: position + 1, name });
    seenNames.add(name);
    member.months.forEach((value, index) => {
      if (!isCount(value)) add(field, 'memberFigure', { who, month: label(index) });
    });
  });

  let previousWeek: number | null = null;
  let highestCumulative: number | null = null;
  plan.checkpoints.forEach((checkpoint, position) => {
    const field = `checkpoint-${checkpoint.id}`;
    const where = fillTemplate(texts.checkpointNth, { n: position + 1 });
    const { week, cumulative } = checkpoint;
    if (!Number.isInteger(week) || week < 1 || week > WEEKS_PER_QUARTER) {
      add(field, 'weekRange', { where, max: WEEKS_PER_QUARTER });
    } else {
      if (previousWeek !== null && week <= previousWeek)
        add(field, 'weekOrder', { where, week, previous: previousWeek });
      previousWeek = week;
    }
    if (!isCount(cumulative)) {
      add(field, 'cumulativeInvalid', { where });
    } else {
      const overTarget = targetOk && cumulative > plan.quarterTarget;
      if (overTarget) add(field, 'cumulativeOver', { where, cumulative, target: plan.quarterTarget });
      if (highestCumulative !== null && cumulative < highestCumulative)
        add(field, 'cumulativeBackwards', { where, cumulative, highest: highestCumulative });
      // A total already reported as too big does not also make every later one look too small.
      if (!overTarget) highestCumulative = Math.max(highestCumulative ?? cumulative, cumulative);
    }
    if (!checkpoint.action.trim()) add(field, 'actionMissing', { where });
  });

  return issues;
}

/** What the island saves: the plan, and whether the learner marked it finished. */
export interface TargetPlanState {
  plan: TargetPlan;
  submitted: boolean;
}

/** The plan can be marked finished: it adds up, and it has people and checkpoints. */
export function isPlanReady(plan: TargetPlan, texts: PlanTexts): boolean {
  return checkPlan(plan, texts).length === 0 && plan.members.length > 0 && plan.checkpoints.length > 0;
}

/** Applies one edit to the plan; a finished plan stays finished only while it still adds up. */
export function editPlan(
  state: TargetPlanState,
  edit: (plan: TargetPlan) => TargetPlan,
  texts: PlanTexts,
): TargetPlanState {
  const plan = edit(state.plan);
  return { plan, submitted: state.submitted && checkPlan(plan, texts).length === 0 };
}

/** Marks the plan finished, if it is ready. */
export function submitPlan(state: TargetPlanState, texts: PlanTexts): TargetPlanState {
  return { ...state, submitted: state.submitted || isPlanReady(state.plan, texts) };
}

/** Next free id `<prefix><n>`: one past the highest, or the lowest free number once that would pass six digits. */
function nextId(prefix: 'p' | 'k', ids: readonly string[]): string {
  const pattern = prefix === 'p' ? MEMBER_ID : CHECKPOINT_ID;
  const used = new Set(ids.filter((id) => pattern.test(id)).map((id) => Number(id.slice(1))));
  const highest = Math.max(0, ...used);
  if (highest < ID_NUMBER_MAX) return `${prefix}${highest + 1}`;
  let candidate = 1;
  while (used.has(candidate)) candidate += 1;
  return `${prefix}${candidate}`;
}

/** Title, unit and quarter target; months go through `updateMonthTarget`. */
export function updatePlan(
  plan: TargetPlan,
  change: Partial<Pick<TargetPlan, 'title' | 'unit' | 'quarterTarget'>>,
): TargetPlan {
  const next = { ...plan };
  if (change.title !== undefined) next.title = cleanText(change.title, TITLE_MAX);
  if (change.unit !== undefined) next.unit = cleanText(change.unit, UNIT_MAX);
  if (change.quarterTarget !== undefined) next.quarterTarget = cleanFigure(change.quarterTarget);
  return next;
}

/** Sets one month's target (index 0–2); other indexes change nothing. */
export function updateMonthTarget(plan: TargetPlan, index: number, value: number): TargetPlan {
  if (index !== 0 && index !== 1 && index !== 2) return { ...plan };
  const months: MonthFigures = [...plan.months];
  months[index] = cleanFigure(value);
  return { ...plan, months };
}

/** Sets one month of one member's share (index 0–2); other indexes or unknown ids change nothing. */
export function updateMemberMonth(plan: TargetPlan, id: string, index: number, value: number): TargetPlan {
  const member = plan.members.find((candidate) => candidate.id === id);
  if (!member || (index !== 0 && index !== 1 && index !== 2)) return { ...plan };
  const months: MonthFigures = [...member.months];
  months[index] = value;
  return updateMember(plan, id, { months });
}

/** Fills the three months with an even split of the quarter target. */
export function splitAcrossMonths(plan: TargetPlan): TargetPlan {
  const [first = 0, second = 0, third = 0] = evenSplit(plan.quarterTarget, 3);
  return { ...plan, months: [first, second, third] };
}

/** Adds a member with a trimmed name and no figures yet; a blank name or a full team changes nothing. */
export function addMember(plan: TargetPlan, name: string): TargetPlan {
  const clean = cleanText(name.trim(), NAME_MAX).trim();
  if (!clean || plan.members.length >= MAX_MEMBERS) return { ...plan };
  const id = nextId(
    'p',
    plan.members.map((member) => member.id),
  );
  return { ...plan, members: [...plan.members, { id, name: clean, months: [0, 0, 0] }] };
}

export function removeMember(plan: TargetPlan, id: string): TargetPlan {
  return { ...plan, members: plan.members.filter((member) => member.id !== id) };
}

/**
 * Renames a member or replaces their figures. The name is not trimmed, so spaces can be typed in an
 * input, and may be left empty: `checkPlan` asks for it rather than the field refusing to clear.
 */
export function updateMember(plan: TargetPlan, id: string, change: Partial<Omit<PlanMember, 'id'>>): TargetPlan {
  return {
    ...plan,
    members: plan.members.map((member) => {
      if (member.id !== id) return member;
      const next: PlanMember = { ...member, months: [...member.months] };
      if (change.name !== undefined) next.name = cleanText(change.name, NAME_MAX);
      if (change.months !== undefined) {
        const figure = (index: (typeof MONTH_INDEXES)[number]) => {
          const value = change.months?.[index];
          return typeof value === 'number' ? cleanFigure(value) : member.months[index];
        };
        next.months = [figure(0), figure(1), figure(2)];
      }
      return next;
    }),
  };
}

/**
 * Fills every member's months with an even split of each month's target: a starting point that
 * adds up, which the learner then adjusts (骨干多担一些，新员工逐月爬坡).
 */
export function splitAcrossMembers(plan: TargetPlan): TargetPlan {
  const count = plan.members.length;
  const shares = plan.months.map((target) => evenSplit(target, count));
  return {
    ...plan,
    members: plan.members.map((member, position) => ({
      ...member,
      months: [shares[0]?.[position] ?? 0, shares[1]?.[position] ?? 0, shares[2]?.[position] ?? 0],
    })),
  };
}

/**
 * Adds a checkpoint the week after the latest one (week 4, the end of the first month, when there is
 * none yet; never past week 13), planned at the running total for that week. Full lists change nothing.
 */
export function addCheckpoint(plan: TargetPlan): TargetPlan {
  if (plan.checkpoints.length >= MAX_CHECKPOINTS) return { ...plan };
  const weeks = plan.checkpoints
    .map((checkpoint) => checkpoint.week)
    .filter((week) => Number.isInteger(week) && week >= 1 && week <= WEEKS_PER_QUARTER);
  const week = weeks.length > 0 ? Math.min(WEEKS_PER_QUARTER, Math.max(...weeks) + 1) : 4;
  const id = nextId(
    'k',
    plan.checkpoints.map((checkpoint) => checkpoint.id),
  );
  const cumulative = plannedCumulative(plan)[week - 1] ?? 0;
  return { ...plan, checkpoints: [...plan.checkpoints, { id, week, cumulative: cleanFigure(cumulative), action: '' }] };
}

export function removeCheckpoint(plan: TargetPlan, id: string): TargetPlan {
  return { ...plan, checkpoints: plan.checkpoints.filter((checkpoint) => checkpoint.id !== id) };
}

/** Weeks are rounded into 1–13 (they come from a picker); the action is kept as typed, like a name. */
export function updateCheckpoint(plan: TargetPlan, id: string, change: Partial<Omit<Checkpoint, 'id'>>): TargetPlan {
  return {
    ...plan,
    checkpoints: plan.checkpoints.map((checkpoint) => {
      if (checkpoint.id !== id) return checkpoint;
      const next = { ...checkpoint };
      if (change.week !== undefined) next.week = cleanWeek(change.week, checkpoint.week);
      if (change.cumulative !== undefined) next.cumulative = cleanFigure(change.cumulative);
      if (change.action !== undefined) next.action = cleanText(change.action, ACTION_MAX);
      return next;
    }),
  };
}

/** Own properties only: a key inherited through a prototype is never taken as saved data. */
function field(record: object, key: string): unknown {
  return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

function isRecord(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Anything the edit helpers can store: finite and within ±TARGET_MAX (negative or fractional figures are for `checkPlan` to flag). */
function parseFigure(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= TARGET_MAX
    ? cleanFigure(value)
    : null;
}

function parseMonths(value: unknown): MonthFigures | null {
  if (!Array.isArray(value) || value.length !== 3) return null;
  const figures = value.map(parseFigure);
  const [first, second, third] = figures;
  if (
    first === null ||
    second === null ||
    third === null ||
    first === undefined ||
    second === undefined ||
    third === undefined
  )
    return null;
  return [first, second, third];
}

function parseText(value: unknown, max: number): string | null {
  return typeof value === 'string' ? cleanText(value, max) : null;
}

function parseMember(value: unknown): PlanMember | null {
  if (!isRecord(value)) return null;
  const id = field(value, 'id');
  const name = parseText(field(value, 'name'), NAME_MAX);
  const months = parseMonths(field(value, 'months'));
  if (typeof id !== 'string' || !MEMBER_ID.test(id) || name === null || months === null) return null;
  return { id, name, months };
}

function parseCheckpoint(value: unknown): Checkpoint | null {
  if (!isRecord(value)) return null;
  const id = field(value, 'id');
  const week = field(value, 'week');
  const cumulative = parseFigure(field(value, 'cumulative'));
  const action = parseText(field(value, 'action'), ACTION_MAX);
  if (typeof id !== 'string' || !CHECKPOINT_ID.test(id) || cumulative === null || action === null) return null;
  if (typeof week !== 'number' || !Number.isInteger(week) || week < 1 || week > WEEKS_PER_QUARTER) return null;
  return { id, week, cumulative, action };
}

/**
 * Decodes saved state; anything malformed yields `null` so the caller can start fresh. Accepts exactly
 * what the edit helpers can produce, so a half-finished plan with mistakes survives a reload. Text
 * stays plain text (never parsed as HTML) and is cut to the field's length.
 */
export function parseTargetPlan(value: unknown): TargetPlan | null {
  if (!isRecord(value)) return null;
  const title = parseText(field(value, 'title'), TITLE_MAX);
  const unit = parseText(field(value, 'unit'), UNIT_MAX);
  const quarterTarget = parseFigure(field(value, 'quarterTarget'));
  const months = parseMonths(field(value, 'months'));
  const rawMembers = field(value, 'members');
  const rawCheckpoints = field(value, 'checkpoints');
  if (title === null || unit === null || quarterTarget === null || months === null) return null;
  if (!Array.isArray(rawMembers) || rawMembers.length > MAX_MEMBERS) return null;
  if (!Array.isArray(rawCheckpoints) || rawCheckpoints.length > MAX_CHECKPOINTS) return null;
  const members: PlanMember[] = [];
  for (const raw of rawMembers) {
    const member = parseMember(raw);
    if (!member) return null;
    members.push(member);
  }
  const checkpoints: Checkpoint[] = [];
  for (const raw of rawCheckpoints) {
    const checkpoint = parseCheckpoint(raw);
    if (!checkpoint) return null;
    checkpoints.push(checkpoint);
  }
  if (new Set(members.map((member) => member.id)).size !== members.length) return null;
  if (new Set(checkpoints.map((checkpoint) => checkpoint.id)).size !== checkpoints.length) return null;
  return { title, unit, quarterTarget, months, members, checkpoints };
}
