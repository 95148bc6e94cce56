/**
 * The presenter's module timer: elapsed time that can be started, paused and reset, compared with
 * the module's planned minutes. Times are milliseconds; `now` is passed in so it can be tested.
 */

export interface Timer {
  /** Time counted before the current run. */
  banked: number;
  /** When the current run started, or null while paused. */
  since: number | null;
}

export const STOPPED: Timer = { banked: 0, since: null };

export const elapsed = (timer: Timer, now: number): number =>
  timer.banked + (timer.since === null ? 0 : Math.max(0, now - timer.since));

export const startTimer = (timer: Timer, now: number): Timer =>
  timer.since === null ? { banked: timer.banked, since: now } : timer;

export const pauseTimer = (timer: Timer, now: number): Timer =>
  timer.since === null ? timer : { banked: elapsed(timer, now), since: null };

/** `m:ss` under an hour, `h:mm:ss` from an hour on; negative input counts as zero. */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** `HH:MM` on a 24-hour clock. */
export const formatClock = (date: Date): string =>
  `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;

/** `over` once the planned minutes are used up, `late` in their last tenth, else `ok`. */
export function pace(ms: number, plannedMinutes: number): 'ok' | 'late' | 'over' {
  const planned = plannedMinutes * 60_000;
  if (ms > planned) return 'over';
  return ms >= planned * 0.9 ? 'late' : 'ok';
}

/** Reads a timer saved as JSON; anything else is a stopped timer. */
export function parseTimer(raw: string | null | undefined): Timer {
  try {
    const value: unknown = JSON.parse(raw ?? '');
    if (typeof value !== 'object' || value === null) return STOPPED;
    const { banked, since } = value as Record<string, unknown>;
    const okNumber = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;
    if (!okNumber(banked) || !(since === null || okNumber(since))) return STOPPED;
    return { banked, since };
  } catch {
    return STOPPED;
  }
}
