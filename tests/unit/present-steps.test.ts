import { describe, expect, it } from 'vitest';
import { partsShown, shownAtStart, stepped, stepsOf } from '../../src/features/slides/present-steps';

describe('step-by-step reveal', () => {
  it('shows `start` parts at first, or all but some when negative, within the block', () => {
    expect(shownAtStart(7, 0)).toBe(0);
    expect(shownAtStart(7, 2)).toBe(2);
    expect(shownAtStart(7, -1)).toBe(6);
    expect(shownAtStart(3, 9)).toBe(3);
    expect(shownAtStart(3, -9)).toBe(0);
    expect(shownAtStart(3, Number.NaN)).toBe(0);
    expect(stepsOf(7, -1)).toBe(1);
    expect(stepsOf(4, 1)).toBe(3);
  });

  it('reveals within the slide before moving on, and hides again going back', () => {
    const counts = [0, 2, 0];
    let position = { slide: 0, step: 0 };
    const path: string[] = [];
    for (let click = 0; click < 5; click += 1) {
      position = stepped(position, 1, counts);
      path.push(`${position.slide}.${position.step}`);
    }
    expect(path).toEqual(['1.0', '1.1', '1.2', '2.0', '2.0']);
    // Back onto a built slide: everything shown, then one step at a time.
    expect(stepped({ slide: 2, step: 0 }, -1, counts)).toEqual({ slide: 1, step: 2 });
    expect(stepped({ slide: 1, step: 2 }, -1, counts)).toEqual({ slide: 1, step: 1 });
    expect(stepped({ slide: 0, step: 0 }, -1, counts)).toEqual({ slide: 0, step: 0 });
  });

  it('gives each block of a slide its own steps in order', () => {
    // Two blocks: 3 items from 0, then a table of 4 rows showing all but the last.
    expect(partsShown(3, 0, 0, 0)).toBe(0);
    expect(partsShown(3, 0, 2, 0)).toBe(2);
    expect(partsShown(3, 0, 4, 0)).toBe(3);
    expect(partsShown(4, -1, 3, 3)).toBe(3);
    expect(partsShown(4, -1, 4, 3)).toBe(4);
  });
});
