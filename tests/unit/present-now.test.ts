import { describe, expect, it } from 'vitest';
import { parsePresentNow, presentNowValue } from '../../src/features/slides/present-now';

describe('the slide on screen, for the agenda', () => {
  const now = Date.UTC(2026, 11, 3, 2, 0);
  const shown = { module: 'm3', title: '峰终定律：客户只记住两个瞬间', slide: 3, at: now - 60_000 };

  it('reads what a slide window wrote while it is fresh', () => {
    expect(parsePresentNow(presentNowValue(shown), now)).toEqual(shown);
  });

  it('forgets a session older than three hours, or one from the future', () => {
    expect(parsePresentNow(presentNowValue({ ...shown, at: now - 4 * 3_600_000 }), now)).toBeNull();
    expect(parsePresentNow(presentNowValue({ ...shown, at: now + 3_600_000 }), now)).toBeNull();
  });

  it('refuses anything malformed', () => {
    for (const raw of [
      null,
      '',
      '{',
      '[]',
      '"m3"',
      JSON.stringify({ ...shown, module: 'x' }),
      JSON.stringify({ ...shown, slide: 0 }),
      JSON.stringify({ ...shown, title: 'x'.repeat(200) }),
      JSON.stringify({ ...shown, at: 'now' }),
    ])
      expect(parsePresentNow(raw, now)).toBeNull();
  });
});
