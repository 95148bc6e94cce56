/**
 * Saved state of the planner exercises: one decoded part (rows, team, plan …) under a named key,
 * plus whether the learner pressed 「完成」. One decoder instead of a near-copy in every island.
 */
export type WithSubmitted<K extends string, T> = { [key in K]: T } & { submitted: boolean };

/** Decodes `{ [key]: …, submitted }`; `null` when the part is missing or its parser rejects it. */
export function parseWithSubmitted<K extends string, T>(
  value: unknown,
  key: K,
  parse: (part: unknown) => T | null,
): WithSubmitted<K, T> | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  const part = parse(Object.hasOwn(raw, key) ? raw[key] : undefined);
  if (part === null) return null;
  return { [key]: part, submitted: raw.submitted === true } as WithSubmitted<K, T>;
}
