/**
 * 六维活动方案 (M6): an activity plan answers six questions — 目的是什么？他们是谁？他们在哪里？
 * 怎么让他知道？怎么吸引他来？来了怎么让他买？ — and names its type. The review flags empty,
 * too-short and vague answers, and a purpose without a number, so the plan can be acted on.
 */

export const ACTIVITY_TYPES = ['media', 'community', 'entertainment', 'bundle'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const DIMENSIONS = ['purpose', 'who', 'where', 'reach', 'attract', 'convert'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const ANSWER_MAX = 300;
export const NAME_MAX = 40;
/** Answers shorter than this are too thin to act on. */
export const SHORT_BELOW = 8;
/** Words that usually mean the answer has not been thought through yet. */
export const VAGUE_WORDS = [
  '大家',
  '所有人',
  '所有客户',
  '广大',
  '尽量',
  '适当',
  '多种方式',
  '等等',
  '一些',
  '相关',
  '有需要的',
] as const;

export interface ActivityPlan {
  name: string;
  type: ActivityType | '';
  answers: Record<Dimension, string>;
  submitted: boolean;
}

export type WarningKind = 'empty' | 'short' | 'vague' | 'noNumber';

export interface PlanWarning {
  /** Which field: a dimension, the plan's name or its type. */
  field: Dimension | 'name' | 'type';
  kind: WarningKind;
  /** The vague word found, for `vague`. */
  word?: string;
}

export function emptyActivityPlan(): ActivityPlan {
  return {
    name: '',
    type: '',
    answers: { purpose: '', who: '', where: '', reach: '', attract: '', convert: '' },
    submitted: false,
  };
}

/** Every warning, in form order: name, type, then the six dimensions. */
export function reviewActivityPlan(plan: ActivityPlan): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  if (!plan.name.trim()) warnings.push({ field: 'name', kind: 'empty' });
  if (!plan.type) warnings.push({ field: 'type', kind: 'empty' });
  for (const dimension of DIMENSIONS) {
    const answer = plan.answers[dimension].trim();
    if (!answer) {
      warnings.push({ field: dimension, kind: 'empty' });
      continue;
    }
    if ([...answer].length < SHORT_BELOW) warnings.push({ field: dimension, kind: 'short' });
    const word = VAGUE_WORDS.find((vague) => answer.includes(vague));
    if (word) warnings.push({ field: dimension, kind: 'vague', word });
    if (dimension === 'purpose' && !/[0-9０-９一二三四五六七八九十百千万]/.test(answer))
      warnings.push({ field: dimension, kind: 'noNumber' });
  }
  return warnings;
}

/** A plan can be completed once nothing is empty; the other warnings are advice. */
export function isPlanComplete(warnings: readonly PlanWarning[]): boolean {
  return !warnings.some((warning) => warning.kind === 'empty');
}

export function withAnswer(plan: ActivityPlan, field: Dimension | 'name', text: string): ActivityPlan {
  if (field === 'name') return { ...plan, name: text.slice(0, NAME_MAX) };
  return { ...plan, answers: { ...plan.answers, [field]: text.slice(0, ANSWER_MAX) } };
}

export function withType(plan: ActivityPlan, type: ActivityType): ActivityPlan {
  return { ...plan, type };
}

/** Marks the plan finished once nothing is empty (advice does not hold it back). */
export function submitActivityPlan(plan: ActivityPlan): ActivityPlan {
  return { ...plan, submitted: plan.submitted || isPlanComplete(reviewActivityPlan(plan)) };
}

/** Decodes saved state; `null` when a field has the wrong type or the type is unknown. */
export function parseActivityPlan(value: unknown): ActivityPlan | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  if (typeof raw.name !== 'string' || typeof raw.type !== 'string') return null;
  if (raw.type !== '' && !(ACTIVITY_TYPES as readonly string[]).includes(raw.type)) return null;
  const saved = raw.answers;
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return null;
  const answers = emptyActivityPlan().answers;
  for (const dimension of DIMENSIONS) {
    const answer = (saved as Record<string, unknown>)[dimension] ?? '';
    if (typeof answer !== 'string') return null;
    answers[dimension] = answer.slice(0, ANSWER_MAX);
  }
  return {
    name: raw.name.slice(0, NAME_MAX),
    type: raw.type as ActivityType | '',
    answers,
    submitted: raw.submitted === true,
  };
}
