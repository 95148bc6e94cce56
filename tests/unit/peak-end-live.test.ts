import { describe, expect, it } from 'vitest';
import { checkRatings, checkTouchpoints, describeRatings, peakEndAggregate } from '../../src/exercises/peak-end/live';

describe('峰终 ratings for the room', () => {
  it('draws the mean curve with its spread and marks the peak and the end', () => {
    const aggregate = peakEndAggregate(3, [
      [1, -4, 3],
      [3, -2, 3],
    ]);
    expect(aggregate).toEqual({ kind: 'peak-end', means: [2, -3, 3], spreads: [1, 1, 0], peak: 1, end: 2 });
  });

  it('has no curve before anyone rates', () => {
    expect(peakEndAggregate(2, [])).toEqual({
      kind: 'peak-end',
      means: [null, null],
      spreads: [null, null],
      peak: null,
      end: null,
    });
  });

  it('takes one whole rating −5…+5 per touchpoint', () => {
    expect(checkRatings(2, [5, -5]).ok).toBe(true);
    expect(checkRatings(2, [5]).ok).toBe(false);
    expect(checkRatings(2, [6, 0]).ok).toBe(false);
    expect(checkRatings(2, [1.5, 0]).ok).toBe(false);
    expect(checkRatings(2, 'high').ok).toBe(false);
  });

  it('takes 2…12 named touchpoints, cleaned', () => {
    expect(checkTouchpoints(['  进门 ', '离开'])).toEqual({ ok: true, value: ['进门', '离开'] });
    expect(checkTouchpoints(['进门']).ok).toBe(false);
    expect(checkTouchpoints(['进门', '   ']).ok).toBe(false);
    expect(checkTouchpoints(['进门', 3]).ok).toBe(false);
  });

  it('writes ratings with true signs', () => {
    expect(describeRatings([3, -2, 0])).toBe('+3，−2，0');
  });
});
