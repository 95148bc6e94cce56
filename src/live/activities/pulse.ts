/** A quick check of the room: 1…5, or 同意 / 不同意. */
import { PULSE_MAX, type Aggregate, type ItemSpec } from '../protocol.ts';
import { accept, refuse, type Checked } from '../check.ts';

export type PulseScale = Extract<ItemSpec, { kind: 'pulse' }>['scale'];

/** The values a scale allows: five 1…5; agree 0 = 不同意, 1 = 同意. */
export const pulseValues = (scale: PulseScale): number[] =>
  scale === 'five' ? Array.from({ length: PULSE_MAX }, (_, index) => index + 1) : [0, 1];

export function checkPulseValue(scale: PulseScale, value: unknown): Checked<number> {
  return typeof value === 'number' && pulseValues(scale).includes(value)
    ? accept(value)
    : refuse(scale === 'five' ? `请选 1 到 ${PULSE_MAX} 之间的一个分数。` : '请选「同意」或「不同意」。');
}

/**
 * counts[i] is the number of phones that chose the scale's i-th value (five: 1…5; agree: 不同意,
 * 同意); mean is the mean value (agree: the share who agree), one decimal (two for agree).
 */
export function pulseAggregate(scale: PulseScale, values: readonly number[]): Extract<Aggregate, { kind: 'pulse' }> {
  const allowed = pulseValues(scale);
  const counts = allowed.map((option) => values.filter((value) => value === option).length);
  const places = scale === 'five' ? 10 : 100;
  const mean = values.length
    ? Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * places) / places
    : null;
  return { kind: 'pulse', counts, mean };
}

export const describePulse = (scale: PulseScale, value: number): string =>
  scale === 'five' ? String(value) : value === 1 ? '同意' : '不同意';
