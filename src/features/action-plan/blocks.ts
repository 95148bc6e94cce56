/** The pieces a section of 我的行动计划 is made of, and the helpers every exercise's plan.ts shares. */

export type PlanBlock =
  | { kind: 'fields'; heading?: string; items: { label: string; value: string }[] }
  | { kind: 'list'; heading?: string; items: string[] }
  | { kind: 'table'; heading?: string; columns: string[]; rows: string[][] };

/**
 * An exercise's section builder (the `planBlocks` of its plan.ts): its blocks for a saved state, or
 * `null` when the state is unreadable or holds nothing worth showing.
 */
export type PlanBuilder<Texts = never> = (state: unknown, texts: Texts, blank: string) => PlanBlock[] | null;

export const hasText = (...values: readonly string[]): boolean => values.some((value) => value.trim() !== '');

/** The learner's text, or the plan's mark for a field left blank. */
export const orBlank = (blank: string, text: string): string => text.trim() || blank;

/** Formats like the simulator: grouped digits, up to `most` decimals, at least `least`. */
export const formatNumber = (value: number, most = 0, least = 0): string =>
  value.toLocaleString('zh-CN', { maximumFractionDigits: most, minimumFractionDigits: least });
