/**
 * The decoders with a limit: whole numbers in a range, texts and lists up to a length, calendar
 * days. Apart from decode.ts only so that reading pages, which need none of them, never download them.
 */
import { isIsoTime } from './decode.ts';

/** A day as `YYYY-MM-DD` (what `<input type="date">` gives) that exists: `2026-02-31` is refused. */
export const isCalendarDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value) && isIsoTime(`${value}T00:00:00Z`);

export const isWholeNumber = (value: unknown, min: number, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** Length in characters as a reader counts them: 𠮷 (two UTF-16 units) is one. */
export const textLength = (text: string): number => Array.from(text).length;

/** At most `max` characters, never cutting a character in half. */
export const cutText = (text: string, max: number): string => Array.from(text).slice(0, max).join('');

/** A string of at most `max` characters; a huge string is refused without being split up. */
export const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && (value.length <= max || (value.length <= 2 * max && textLength(value) <= max));

export const isList = (value: unknown, max: number): value is unknown[] => Array.isArray(value) && value.length <= max;
