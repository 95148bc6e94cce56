import { describe, expect, it } from 'vitest';
import {
  countdownOffers,
  parseCountdown,
  remaining,
  startCountdown,
} from '../../src/features/slides/present-countdown';

describe('group-work countdowns', () => {
  it('offers the distinct minute counts the notes mention, smallest first', () => {
    expect(
      countdownOffers('案例与研讨（12 分钟） 请一位学员朗读案例（2 分钟）。4–6 人一组讨论 6 分钟，各用 1 分钟汇报。'),
    ).toEqual([1, 2, 6, 12]);
    expect(countdownOffers('讨论 6 分钟，再讨论 6分钟')).toEqual([6]);
    expect(countdownOffers('没有时长')).toEqual([]);
  });

  it('leaves out what is not an activity length and offers at most four', () => {
    expect(countdownOffers('本模块合计 135 分钟，0 分钟，导入 5 分钟')).toEqual([5]);
    expect(countdownOffers('1 分钟 2 分钟 3 分钟 4 分钟 5 分钟')).toEqual([1, 2, 3, 4]);
  });

  it('counts down to zero and stays there', () => {
    const countdown = startCountdown(6, 1_000);
    expect(remaining(countdown, 1_000)).toBe(360_000);
    expect(remaining(countdown, 301_000)).toBe(60_000);
    expect(remaining(countdown, 999_999)).toBe(0);
  });

  it('reads a saved countdown and refuses a malformed, stale or impossible one', () => {
    const now = 10_000_000;
    const saved = JSON.stringify(startCountdown(6, now));
    expect(parseCountdown(saved, now + 5_000)).toEqual({ minutes: 6, endsAt: now + 360_000 });
    for (const raw of [
      null,
      '',
      '{',
      '[]',
      '{"minutes":6}',
      '{"minutes":0,"endsAt":1}',
      '{"minutes":2.5,"endsAt":10000000}',
    ])
      expect(parseCountdown(raw, now)).toBeNull();
    // Ended long ago, or ends later than its own length allows.
    expect(parseCountdown(JSON.stringify({ minutes: 6, endsAt: now - 4_000_000 }), now)).toBeNull();
    expect(parseCountdown(JSON.stringify({ minutes: 6, endsAt: now + 9_000_000 }), now)).toBeNull();
  });
});
