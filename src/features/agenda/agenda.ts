/**
 * The two-day agenda's time maths: clock times, a day's schedule built from its modules, breaks and
 * start time, where the class should be at a given moment, and how far ahead or behind the trainer
 * is. Pure. Times are minutes after the midnight before the day starts, so a late session may run
 * past 24:00 (1500 = 次日 01:00).
 */
import type { Outline } from '../../platform/course';

export const MINUTES_PER_DAY = 24 * 60;
/** localStorage key of the trainer's agenda settings (start times, today, current module). */
export const AGENDA_KEY = 'svc-course:agenda';

export interface AgendaModule {
  id: string;
  code: string;
  title: string;
  minutes: number;
}

export interface AgendaBreak {
  /** Id of the module the break follows. */
  after: string;
  minutes: number;
  title: string;
}

/** One course day as the agenda needs it (also the JSON the agenda page script reads). */
export interface AgendaDay {
  id: string;
  title: string;
  /** Default start from content/course.yaml, HH:MM. */
  start: string;
  modules: AgendaModule[];
  breaks: AgendaBreak[];
}

interface RowTimes {
  start: number;
  end: number;
  minutes: number;
}

export type AgendaRow = RowTimes &
  ({ kind: 'module'; id: string; code: string; title: string } | { kind: 'break'; title: string });

export interface DaySchedule {
  start: number;
  end: number;
  rows: AgendaRow[];
  /** Minutes of modules, breaks excluded. */
  teachingMinutes: number;
  breakMinutes: number;
}

export type AgendaPosition = { state: 'before' } | { state: 'during'; index: number } | { state: 'after' };

const pad = (value: number) => String(value).padStart(2, '0');

/** 「09:05」 or 「9:05」 (seconds, as some time inputs send them, are ignored) → 545; anything else → null. */
export function parseClock(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const match = /^(\d{1,2}):(\d{2})(?::[0-5]\d)?$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

/** 545 → 「09:05」; a time past midnight says which day it falls on: 1500 → 「次日 01:00」. */
export function formatClock(minutes: number): string {
  if (!Number.isFinite(minutes)) return '--:--';
  const { day, clock } = splitDay(minutes);
  if (day === 0) return clock;
  if (day === 1) return `次日 ${clock}`;
  if (day === -1) return `前一日 ${clock}`;
  return day > 1 ? `${day} 天后 ${clock}` : `${-day} 天前 ${clock}`;
}

function splitDay(minutes: number): { day: number; clock: string } {
  const whole = Math.round(minutes);
  const day = Math.floor(whole / MINUTES_PER_DAY);
  const inDay = whole - day * MINUTES_PER_DAY;
  return { day, clock: `${pad(Math.floor(inDay / 60))}:${pad(inDay % 60)}` };
}

/** 45 → 「45 分钟」, 420 → 「7 小时」, 105 → 「1 小时 45 分钟」: exact, unlike the home page's rounded hours. */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (!hours) return `${rest} 分钟`;
  return rest ? `${hours} 小时 ${rest} 分钟` : `${hours} 小时`;
}

/** 「09:00–10:30」; the day is named once when both ends share it: 「次日 01:15–02:45」. */
export function formatSpan(row: { start: number; end: number }): string {
  const sameDay =
    Number.isFinite(row.start) && Number.isFinite(row.end) && splitDay(row.start).day === splitDay(row.end).day;
  return `${formatClock(row.start)}–${sameDay ? splitDay(row.end).clock : formatClock(row.end)}`;
}

export type StartCheck = { ok: true; minutes: number } | { ok: false; message: string };

/** Checks what the trainer typed as a day's start time. */
export function validateStart(text: string): StartCheck {
  if (!text.trim()) return { ok: false, message: '请填写开始时间，例如 09:00。' };
  const minutes = parseClock(text);
  return minutes === null
    ? { ok: false, message: '开始时间应在 00:00 到 23:59 之间，例如 09:00。' }
    : { ok: true, minutes };
}

/**
 * Lays out a day from its start: each module, and after it the breaks that follow it, in the
 * course file's order. Throws (naming the break) when a break follows a module the day lacks.
 */
export function planDay(day: Pick<AgendaDay, 'id' | 'modules' | 'breaks'>, start: number): DaySchedule {
  if (!Number.isFinite(start))
    throw new RangeError(`day "${day.id}": start time must be a number of minutes, got ${start}`);
  const stray = day.breaks.find((pause) => !day.modules.some((module) => module.id === pause.after));
  if (stray)
    throw new Error(
      `content/course.yaml: day "${day.id}" has a break 「${stray.title}」 after "${stray.after}", which is not one of its modules`,
    );
  const rows: AgendaRow[] = [];
  let clock = start;
  const add = (row: AgendaRow) => {
    rows.push(row);
    clock = row.end;
  };
  for (const { id, code, title, minutes } of day.modules) {
    add({ kind: 'module', id, code, title, minutes, start: clock, end: clock + minutes });
    for (const pause of day.breaks.filter((item) => item.after === id)) {
      add({ kind: 'break', title: pause.title, minutes: pause.minutes, start: clock, end: clock + pause.minutes });
    }
  }
  const teachingMinutes = day.modules.reduce((sum, module) => sum + module.minutes, 0);
  return { start, end: clock, rows, teachingMinutes, breakMinutes: clock - start - teachingMinutes };
}

/** How much longer than its target (`hoursPerDay` × 60 in course.yaml) the day's teaching is (0 when within it). */
export function minutesOverTarget(schedule: DaySchedule, targetMinutes: number): number {
  return Math.max(0, schedule.teachingMinutes - targetMinutes);
}

/** Minutes since midnight of a moment, in the browser's local time. */
export function minuteOfDay(date: Date): number {
  return date.getHours() * 60 + date.getMinutes();
}

/**
 * Puts a clock reading (0–1439) on the schedule's time line: after midnight, a day that runs past
 * 24:00 is still going on (or has just ended), so 00:30 reads as 1470 when the schedule lasts that
 * long; later readings count towards the next start.
 */
function onTimeline(schedule: DaySchedule, now: number): number {
  return now < schedule.start && now + MINUTES_PER_DAY <= schedule.end ? now + MINUTES_PER_DAY : now;
}

/** Where the class should be at `now` (minutes since midnight): before the start, in a row, or done. */
export function positionAt(schedule: DaySchedule, now: number): AgendaPosition {
  const time = onTimeline(schedule, now);
  if (time < schedule.start) return { state: 'before' };
  const index = schedule.rows.findIndex((row) => time >= row.start && time < row.end);
  return index === -1 ? { state: 'after' } : { state: 'during', index };
}

/**
 * How many minutes behind plan the trainer is when teaching `moduleId` at `now`: positive when the
 * module's planned time is already over, negative (ahead) when it has not begun yet, 0 inside it.
 * null when the module is not on this day.
 */
export function minutesBehind(schedule: DaySchedule, moduleId: string, now: number): number | null {
  const row = schedule.rows.find((item) => item.kind === 'module' && item.id === moduleId);
  if (!row) return null;
  const time = onTimeline(schedule, now);
  if (time < row.start) return time - row.start;
  return Math.max(0, time - row.end);
}

/** When the day ends if the rest keeps to plan from where the trainer is now. */
export function endAtCurrentPace(schedule: DaySchedule, behind: number): number {
  return schedule.end + behind;
}

/** 「比计划落后 15 分钟」, 「比计划提前 20 分钟」 or 「与计划一致」. */
export function formatPace(behind: number): string {
  if (behind > 0) return `比计划落后 ${behind} 分钟`;
  if (behind < 0) return `比计划提前 ${-behind} 分钟`;
  return '与计划一致';
}

/** The agenda's 「现在应在」 line for a position on the schedule. */
export function describePosition(schedule: DaySchedule, position: AgendaPosition): string {
  if (position.state === 'before') return `还没到上课时间：${formatClock(schedule.start)} 开始。`;
  if (position.state === 'after') return `按计划，今天的课已在 ${formatClock(schedule.end)} 结束。`;
  const row = schedule.rows[position.index]!;
  return `现在应在：${row.kind === 'module' ? `${row.code} ${row.title}` : row.title}（${formatSpan(row)}）`;
}

/** The agenda's pace line: ahead or behind while teaching `moduleId` at `now`, and the day's end at that pace. */
export function describePace(schedule: DaySchedule, moduleId: string, now: number): string {
  const behind = minutesBehind(schedule, moduleId, now);
  const row = schedule.rows.find((item) => item.kind === 'module' && item.id === moduleId);
  if (behind === null || row?.kind !== 'module') return '选好「我现在在讲」的模块，就能看到比计划提前还是落后。';
  return `${formatPace(behind)}（${row.code} 计划 ${formatSpan(row)}）。按现在的进度，今天约 ${formatClock(endAtCurrentPace(schedule, behind))} 结束。`;
}

/** The days as the agenda needs them: the course file's schedule joined with the outline's modules. */
export function agendaDays(
  days: ReadonlyArray<{ id: string; start: string; breaks: readonly AgendaBreak[] }>,
  outline: Outline,
): AgendaDay[] {
  return outline.days.map((outlineDay) => {
    const day = days.find((item) => item.id === outlineDay.id);
    if (!day) throw new Error(`agenda: day "${outlineDay.id}" is in the outline but not in the course file`);
    return {
      id: day.id,
      title: outlineDay.title,
      start: day.start,
      modules: outlineDay.modules.map(({ id, code, title, minutes }) => ({ id, code, title, minutes })),
      breaks: day.breaks.map(({ after, minutes, title }) => ({ after, minutes, title })),
    };
  });
}

/** Serialises the days for a `<script type="application/json">`; `<` is escaped so no text can close the tag. */
export function agendaDataJson(days: readonly AgendaDay[]): string {
  return JSON.stringify(days).replace(/</g, '\\u003c');
}

/** What the trainer chose, remembered in localStorage under AGENDA_KEY. */
export interface AgendaSettings {
  /** Start time per day id, HH:MM, when the trainer changed it. */
  starts: Record<string, string>;
  /** Id of the day being taught today ('' = not chosen). */
  today: string;
  /** Module the trainer is teaching now, per day id. */
  current: Record<string, string>;
}

const ID = /^[a-z0-9-]{1,40}$/;

function idMap(value: unknown, keep: (text: string) => boolean): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => ID.test(entry[0]) && typeof entry[1] === 'string' && keep(entry[1]),
    ),
  );
}

/** Decodes saved settings; anything missing, malformed or hostile falls back to defaults. */
export function parseAgendaSettings(raw: string | undefined): AgendaSettings {
  let value: unknown;
  try {
    value = JSON.parse(raw ?? '');
  } catch {
    value = null;
  }
  const record = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  return {
    starts: idMap(record.starts, (text) => parseClock(text) !== null),
    today: typeof record.today === 'string' && ID.test(record.today) ? record.today : '',
    current: idMap(record.current, (text) => ID.test(text)),
  };
}

/** One thing the trainer changes on the page: a day's start (null: back to the default), today's day, or the module being taught. */
export type AgendaChange =
  | { kind: 'start'; day: string; start: string | null }
  | { kind: 'today'; day: string }
  | { kind: 'current'; day: string; module: string };

/**
 * Applies one change to the settings saved now, not to those the page read when it opened: another
 * tab may have saved since, and its unrelated changes must survive this save.
 */
export function withAgendaChange(saved: AgendaSettings, change: AgendaChange): AgendaSettings {
  const next: AgendaSettings = { starts: { ...saved.starts }, today: saved.today, current: { ...saved.current } };
  if (change.kind === 'today') next.today = change.day;
  else if (change.kind === 'current') next.current[change.day] = change.module;
  else if (change.start === null) delete next.starts[change.day];
  else next.starts[change.day] = change.start;
  return next;
}
