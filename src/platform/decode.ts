/**
 * The small checks every decoder of saved or imported data is built from, one rule per concept, so
 * that a value one parser accepts no other parser refuses. Hand-written rather than zod: progress is
 * decoded on every reading page, whose whole script budget is 2.2 KB gzip.
 */

/** A JSON object: not null, not an array. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The record's own field, never an inherited one such as `__proto__` or `toString`. */
export const ownField = (record: Record<string, unknown>, key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);

/** A module, exercise or question id: lower-case letters, digits and hyphens, at most 40. */
export const isId = (value: unknown): value is string => typeof value === 'string' && /^[a-z0-9][a-z0-9-]{0,39}$/.test(value);

/**
 * A UTC time as `toISOString()` writes it (milliseconds optional) that names a real moment:
 * `2026-02-31T10:00:00Z` or `T24:00:00Z`, which `Date.parse` would roll over, are refused.
 */
export function isIsoTime(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/.test(value)) return false;
  const time = Date.parse(value);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 19) === value.slice(0, 19);
}

/** A day as `YYYY-MM-DD` (what `<input type="date">` gives) that exists: `2026-02-31` is refused. */
export const isCalendarDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value) && isIsoTime(`${value}T00:00:00Z`);

export const isWholeNumber = (value: unknown, min: number, max: number): value is number => Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** Length in characters as a reader counts them: 𠮷 (two UTF-16 units) is one. */
export const textLength = (text: string): number => Array.from(text).length;

/** At most `max` characters, never cutting a character in half. */
export const cutText = (text: string, max: number): string => Array.from(text).slice(0, max).join('');

/** A string of at most `max` characters; a huge string is refused without being split up. */
export const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && (value.length <= max || (value.length <= 2 * max && textLength(value) <= max));

export const isList = (value: unknown, max: number): value is unknown[] => Array.isArray(value) && value.length <= max;
