import { describe, expect, it } from 'vitest';
import { gridMove } from '../../src/features/slides/present-overview-keys';

// 11 thumbnails, 4 to a row:  0  1  2  3 /  4  5  6  7 /  8  9 10
describe('gridMove', () => {
  it('moves one thumbnail left or right, without wrapping past either end', () => {
    expect(gridMove('ArrowRight', 3, 11, 4)).toBe(4);
    expect(gridMove('ArrowLeft', 4, 11, 4)).toBe(3);
    expect(gridMove('ArrowRight', 10, 11, 4)).toBe(10);
    expect(gridMove('ArrowLeft', 0, 11, 4)).toBe(0);
  });

  it('moves a row up or down; down into a short last row lands on its last thumbnail', () => {
    expect(gridMove('ArrowDown', 1, 11, 4)).toBe(5);
    expect(gridMove('ArrowUp', 5, 11, 4)).toBe(1);
    expect(gridMove('ArrowDown', 7, 11, 4)).toBe(10);
    expect(gridMove('ArrowDown', 9, 11, 4)).toBe(9);
    expect(gridMove('ArrowUp', 2, 11, 4)).toBe(2);
  });

  it('goes to the first or the last with Home and End', () => {
    expect(gridMove('Home', 6, 11, 4)).toBe(0);
    expect(gridMove('End', 6, 11, 4)).toBe(10);
  });

  it('leaves every other key alone (Enter jumps, Esc closes, Tab moves as usual)', () => {
    for (const key of ['Enter', 'Escape', 'Tab', ' ', 'o', 'PageDown']) expect(gridMove(key, 2, 11, 4)).toBeNull();
  });

  it('copes with one column, one thumbnail, none, and nonsense', () => {
    expect(gridMove('ArrowDown', 0, 3, 1)).toBe(1);
    expect(gridMove('ArrowRight', 0, 1, 4)).toBe(0);
    expect(gridMove('ArrowDown', 0, 1, 4)).toBe(0);
    expect(gridMove('ArrowRight', 0, 0, 4)).toBeNull();
    expect(gridMove('ArrowDown', Number.NaN, 5, 0)).toBe(1);
    expect(gridMove('ArrowRight', 99, 5, 2)).toBe(4);
    expect(gridMove('ArrowLeft', -3, 5, 2)).toBe(0);
  });
});
