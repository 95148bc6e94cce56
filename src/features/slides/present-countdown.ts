/**
 * Countdowns for group work, offered from the minutes the trainer notes give (「讨论 6 分钟」,
 * 「（12 分钟）」). A countdown is the moment it ends; both slide windows show it. Pure; times are
 * milliseconds and `now` is passed in.
 */

export interface Countdown {
  /** Minutes it was started with. */
  minutes: number;
  /** When it ends (epoch ms). */
  endsAt: number;
}

/** Longer than any activity in the notes; a number above it is not a duration to count down. */
const MAX_MINUTES = 60;
const MAX_OFFERS = 4;

/** The distinct minute counts a notes text mentions, smallest first, at most four. */
export function countdownOffers(notes: string): number[] {
  const minutes = [...notes.matchAll(/(\d{1,3})\s*分钟/g)]
    .map((match) => Number(match[1]))
    .filter((value) => value >= 1 && value <= MAX_MINUTES);
  return [...new Set(minutes)].sort((a, b) => a - b).slice(0, MAX_OFFERS);
}

export const startCountdown = (minutes: number, now: number): Countdown => ({
  minutes,
  endsAt: now + minutes * 60_000,
});

/** Milliseconds left, never below zero. */
export const remaining = (countdown: Countdown, now: number): number => Math.max(0, countdown.endsAt - now);

/** Reads a saved countdown; anything malformed, or one that ended over an hour ago, is none. */
export function parseCountdown(raw: string | null | undefined, now: number): Countdown | null {
  try {
    const value: unknown = JSON.parse(raw ?? '');
    if (typeof value !== 'object' || value === null) return null;
    const { minutes, endsAt } = value as Record<string, unknown>;
    if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 1 || minutes > MAX_MINUTES) return null;
    if (typeof endsAt !== 'number' || !Number.isFinite(endsAt)) return null;
    if (endsAt < now - 3_600_000 || endsAt > now + minutes * 60_000 + 60_000) return null;
    return { minutes, endsAt };
  } catch {
    return null;
  }
}
