import { describe, expect, it } from 'vitest';
import { shownItem } from '../../src/features/slides/slide-position';

describe('shownItem', () => {
  it('reads a saved index within the items', () => {
    expect(shownItem('0', 12)).toBe(0);
    expect(shownItem('7', 12)).toBe(7);
    expect(shownItem('11', 12)).toBe(11);
  });

  it('starts at the first item when nothing or nonsense is saved', () => {
    expect(shownItem(undefined, 12)).toBe(0);
    expect(shownItem('', 12)).toBe(0);
    expect(shownItem('abc', 12)).toBe(0);
    expect(shownItem('2.5', 12)).toBe(0);
    expect(shownItem('-1', 12)).toBe(0);
  });

  it('stays on the last item when the deck has become shorter', () => {
    expect(shownItem('20', 12)).toBe(11);
  });

  it('gives 0 for an empty list', () => {
    expect(shownItem('3', 0)).toBe(0);
  });
});
