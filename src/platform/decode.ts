/**
 * The small checks every decoder of saved or imported data is built from, one rule per concept, so
 * that a value one parser accepts no other parser refuses. Hand-written rather than zod: progress is
 * decoded on every reading page, whose whole script budget is 2.2 KB gzip. These four are what the
 * progress decoder needs, and travel in the reading pages' chunk (astro.config.mjs); the checks with
 * a limit are in decode-limits.ts, so reading pages never download them.
 */

/** A JSON object: not null, not an array. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The record's own field, never an inherited one such as `__proto__` or `toString`. */
export const ownField = (record: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** A module, exercise or question id: lower-case letters, digits and hyphens, at most 40. */
export const isId = (value: unknown): value is string =>
  typeof value === 'string' && /^[a-z0-9][a-z0-9-]{0,39}$/.test(value);

/**
 * A UTC time as `toISOString()` writes it (milliseconds optional) that names a real moment:
 * `2026-02-31T10:00:00Z` or `T24:00:00Z`, which `Date.parse` would roll over, are refused.
 */
export const isIsoTime = (value: unknown): value is string =>
  typeof value === 'string' &&
  // Years 2000–2999: nothing this course wrote is older, and a later year is a typo or a forgery
  // (year 9999 in Beijing time would print as +010000).
  /^2\d{3}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/.test(value) &&
  // Garbage parses as NaN; the epoch stands in for it, and only the epoch itself matches that.
  new Date(Date.parse(value) || 0).toISOString().slice(0, 19) === value.slice(0, 19);
