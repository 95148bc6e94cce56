import { describe, expect, it } from 'vitest';
import {
  STOPPED,
  elapsed,
  formatClock,
  formatDuration,
  pace,
  parseTimer,
  pauseTimer,
  startTimer,
} from '../../src/features/slides/present-timer';

describe('presenter timer', () => {
  it('counts only while running and keeps time across pauses', () => {
    let timer = startTimer(STOPPED, 1_000);
    expect(elapsed(timer, 61_000)).toBe(60_000);
    timer = pauseTimer(timer, 61_000);
    expect(elapsed(timer, 500_000)).toBe(60_000);
    timer = startTimer(timer, 500_000);
    expect(elapsed(timer, 530_000)).toBe(90_000);
  });

  it('ignores a second start or pause and a clock that went backwards', () => {
    const running = startTimer(STOPPED, 1_000);
    expect(startTimer(running, 9_000)).toBe(running);
    expect(pauseTimer(STOPPED, 9_000)).toBe(STOPPED);
    expect(elapsed(running, 0)).toBe(0);
  });

  it('formats durations and the clock', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65_999)).toBe('1:05');
    expect(formatDuration(90 * 60_000)).toBe('1:30:00');
    expect(formatDuration(-5_000)).toBe('0:00');
    expect(formatClock(new Date(2025, 0, 1, 9, 5))).toBe('09:05');
    expect(formatClock(new Date(2025, 0, 1, 14, 30))).toBe('14:30');
  });

  it('tells the pace against the planned minutes', () => {
    expect(pace(0, 90)).toBe('ok');
    expect(pace(80 * 60_000, 90)).toBe('ok');
    expect(pace(81 * 60_000, 90)).toBe('late');
    expect(pace(90 * 60_000, 90)).toBe('late');
    expect(pace(90 * 60_000 + 1, 90)).toBe('over');
  });

  it('reads a saved timer and refuses anything else', () => {
    expect(parseTimer(JSON.stringify({ banked: 5_000, since: 12 }))).toEqual({ banked: 5_000, since: 12 });
    expect(parseTimer(JSON.stringify({ banked: 5_000, since: null }))).toEqual({ banked: 5_000, since: null });
    for (const raw of [
      null,
      undefined,
      '',
      '{',
      'null',
      '7',
      '[]',
      '{"banked":-1,"since":null}',
      '{"banked":"5","since":null}',
      '{"banked":5}',
      '{"banked":5,"since":"x"}',
    ]) {
      expect(parseTimer(raw), String(raw)).toEqual(STOPPED);
    }
  });
});
