/**
 * 峰终 ratings for a room: every phone rates each touchpoint of the hall's journey −5…+5; the room
 * sees the mean curve, its spread, and where its peak and end fall (the peak chosen by logic.ts's rule).
 */
import type { Aggregate } from '../../live/protocol.ts';
import { accept, refuse, type Checked } from '../../live/check.ts';
import { FEELING_MAX, FEELING_MIN, formatFeeling } from './feeling.ts';
import { MAX_TOUCHPOINTS, normaliseName, peakIndexOf } from './logic.ts';

export function checkRatings(touchpoints: number, value: unknown): Checked<number[]> {
  if (!Array.isArray(value) || value.length !== touchpoints)
    return refuse(`请为全部 ${touchpoints} 个触点打分后再提交。`);
  if (!value.every((rating) => Number.isInteger(rating) && rating >= FEELING_MIN && rating <= FEELING_MAX))
    return refuse(`每个触点的分数应在 ${formatFeeling(FEELING_MIN)} 到 ${formatFeeling(FEELING_MAX)} 之间。`);
  return accept(value as number[]);
}

/** The trainer's touchpoints: 2…12 names, each cleaned as the designer cleans them. */
export function checkTouchpoints(value: unknown): Checked<string[]> {
  if (!Array.isArray(value) || value.length < 2 || value.length > MAX_TOUCHPOINTS)
    return refuse(`触点应为 2 到 ${MAX_TOUCHPOINTS} 个。`);
  const names = value.map((name) => (typeof name === 'string' ? normaliseName(name) : ''));
  return names.every(Boolean) ? accept(names) : refuse('每个触点都要有名称。');
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export function peakEndAggregate(
  touchpoints: number,
  ratingSets: readonly number[][],
): Extract<Aggregate, { kind: 'peak-end' }> {
  const means: (number | null)[] = [];
  const spreads: (number | null)[] = [];
  for (let index = 0; index < touchpoints; index += 1) {
    const values = ratingSets.map((ratings) => ratings[index]).filter((value): value is number => value !== undefined);
    if (!values.length) {
      means.push(null);
      spreads.push(null);
      continue;
    }
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    // Population standard deviation: the spread of this room, not an estimate for others.
    const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
    means.push(round1(mean));
    spreads.push(round1(Math.sqrt(variance)));
  }
  const rated = ratingSets.length > 0 && touchpoints > 0;
  return {
    kind: 'peak-end',
    means,
    spreads,
    peak: rated ? peakIndexOf(means.map((mean) => mean ?? 0)) : null,
    end: rated ? touchpoints - 1 : null,
  };
}

export const describeRatings = (ratings: readonly number[]): string => ratings.map(formatFeeling).join('，');
