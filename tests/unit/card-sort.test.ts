import { describe, expect, it } from 'vitest';
import {
  checkSorter,
  emptySorterState,
  parseSorterState,
  placeCard,
  sorterResult,
  type SortCard,
  type SorterState,
} from '../../src/exercises/card-sort/logic';

const CARDS: readonly SortCard[] = [
  { id: 'a', text: '甲卡', answer: 'red', why: '因为甲是红的' },
  { id: 'b', text: '乙卡', answer: 'blue', why: '因为乙是蓝的' },
  { id: 'c', text: '丙卡', answer: 'red', why: '因为丙是红的' },
];
const CATEGORIES = ['red', 'blue'] as const;

const allRight: Record<string, string> = { a: 'red', b: 'blue', c: 'red' };
const oneWrong: Record<string, string> = { a: 'red', b: 'red', c: 'red' };

function state(placements: Record<string, string>, checked = false, solved = false): SorterState {
  return { placements: { ...placements }, checked, solved };
}

describe('emptySorterState', () => {
  it('has no placements and is neither checked nor solved', () => {
    expect(emptySorterState()).toEqual({ placements: {}, checked: false, solved: false });
  });

  it('returns a fresh object each time', () => {
    const first = emptySorterState();
    const second = emptySorterState();
    expect(first).not.toBe(second);
    expect(first.placements).not.toBe(second.placements);
    first.placements.a = 'red';
    expect(second.placements).toEqual({});
  });
});

describe('placeCard', () => {
  it('places a card in a category', () => {
    expect(placeCard(emptySorterState(), 'a', 'red')).toEqual({
      placements: { a: 'red' },
      checked: false,
      solved: false,
    });
  });

  it('moves a placed card to another category', () => {
    const placed = placeCard(emptySorterState(), 'a', 'red');
    expect(placeCard(placed, 'a', 'blue').placements).toEqual({ a: 'blue' });
  });

  it('removes a card with null, leaving no key behind', () => {
    const placed = placeCard(placeCard(emptySorterState(), 'a', 'red'), 'b', 'blue');
    const removed = placeCard(placed, 'a', null);
    expect(removed.placements).toEqual({ b: 'blue' });
    expect(Object.keys(removed.placements)).toEqual(['b']);
    expect('a' in removed.placements).toBe(false);
  });

  it('removing a card that was never placed changes nothing but checked', () => {
    const before = state({ b: 'blue' }, true, false);
    expect(placeCard(before, 'a', null)).toEqual({ placements: { b: 'blue' }, checked: false, solved: false });
  });

  it('any change resets checked but keeps solved', () => {
    const solved = state(allRight, true, true);
    expect(placeCard(solved, 'b', 'red')).toEqual({ placements: oneWrong, checked: false, solved: true });
    expect(placeCard(solved, 'a', null)).toEqual({ placements: { b: 'blue', c: 'red' }, checked: false, solved: true });
    expect(placeCard(state(allRight, true, false), 'a', 'red')).toEqual({
      placements: allRight,
      checked: false,
      solved: false,
    });
  });

  it('does not mutate the given state or its placements', () => {
    const before = state({ a: 'red' }, true, true);
    const snapshot = structuredClone(before);
    const after = placeCard(before, 'b', 'blue');
    placeCard(before, 'a', null);
    placeCard(before, 'a', 'blue');
    expect(before).toEqual(snapshot);
    expect(after).not.toBe(before);
    expect(after.placements).not.toBe(before.placements);
  });
});

describe('sorterResult', () => {
  it('lists every card as unplaced when nothing is placed', () => {
    expect(sorterResult(CARDS, {})).toEqual({ right: [], wrong: [], unplaced: ['a', 'b', 'c'] });
  });

  it('splits cards into right, wrong and unplaced', () => {
    expect(sorterResult(CARDS, { a: 'blue', c: 'red' })).toEqual({ right: ['c'], wrong: ['a'], unplaced: ['b'] });
  });

  it('keeps card order in each list, not placement order', () => {
    const placements: Record<string, string> = {};
    placements.c = 'red';
    placements.a = 'red';
    expect(sorterResult(CARDS, placements)).toEqual({ right: ['a', 'c'], wrong: [], unplaced: ['b'] });
    const wrongFirst: Record<string, string> = {};
    wrongFirst.c = 'blue';
    wrongFirst.b = 'red';
    wrongFirst.a = 'blue';
    expect(sorterResult(CARDS, wrongFirst)).toEqual({ right: [], wrong: ['a', 'b', 'c'], unplaced: [] });
  });

  it('all right', () => {
    expect(sorterResult(CARDS, allRight)).toEqual({ right: ['a', 'b', 'c'], wrong: [], unplaced: [] });
  });

  it('ignores placements for unknown cards', () => {
    expect(sorterResult(CARDS, { ...allRight, zzz: 'red', other: 'nowhere' })).toEqual({
      right: ['a', 'b', 'c'],
      wrong: [],
      unplaced: [],
    });
    expect(sorterResult(CARDS, { zzz: 'red' })).toEqual({ right: [], wrong: [], unplaced: ['a', 'b', 'c'] });
  });

  it('gives empty lists for an empty deck', () => {
    expect(sorterResult([], { a: 'red' })).toEqual({ right: [], wrong: [], unplaced: [] });
  });
});

describe('checkSorter', () => {
  it('is a no-op while a card is unplaced', () => {
    const partial = state({ a: 'red', b: 'blue' });
    const after = checkSorter(partial, CARDS);
    expect(after).toBe(partial);
    expect(after).toEqual({ placements: { a: 'red', b: 'blue' }, checked: false, solved: false });
  });

  it('is a no-op on an empty state', () => {
    const empty = emptySorterState();
    expect(checkSorter(empty, CARDS)).toBe(empty);
  });

  it('marks checked but not solved when a card is wrong', () => {
    expect(checkSorter(state(oneWrong), CARDS)).toEqual({ placements: oneWrong, checked: true, solved: false });
  });

  it('marks checked and solved when every card is right', () => {
    expect(checkSorter(state(allRight), CARDS)).toEqual({ placements: allRight, checked: true, solved: true });
  });

  it('once solved stays solved after a later wrong check', () => {
    const solved = checkSorter(state(allRight), CARDS);
    expect(solved.solved).toBe(true);
    const changed = placeCard(solved, 'b', 'red');
    expect(changed).toEqual({ placements: oneWrong, checked: false, solved: true });
    expect(checkSorter(changed, CARDS)).toEqual({ placements: oneWrong, checked: true, solved: true });
  });

  it('counts only known cards: extra placements do not block or spoil the check', () => {
    expect(checkSorter(state({ ...allRight, ghost: 'blue' }), CARDS)).toMatchObject({ checked: true, solved: true });
  });

  it('does not mutate its input', () => {
    const before = state(allRight);
    const snapshot = structuredClone(before);
    const after = checkSorter(before, CARDS);
    expect(before).toEqual(snapshot);
    expect(after).not.toBe(before);
  });
});

describe('parseSorterState', () => {
  it('round-trips a saved state through JSON', () => {
    for (const saved of [
      emptySorterState(),
      state({ a: 'red' }),
      state(oneWrong, true, false),
      state(allRight, true, true),
      state(oneWrong, false, true),
    ]) {
      expect(parseSorterState(JSON.parse(JSON.stringify(saved)), CARDS, CATEGORIES)).toEqual(saved);
    }
  });

  it('drops placements for unknown cards', () => {
    expect(
      parseSorterState({ placements: { a: 'red', ghost: 'blue' }, checked: true, solved: false }, CARDS, CATEGORIES),
    ).toEqual({
      placements: { a: 'red' },
      checked: true,
      solved: false,
    });
  });

  it('drops placements for unknown categories', () => {
    expect(parseSorterState({ placements: { a: 'green', b: 'blue' } }, CARDS, CATEGORIES)).toEqual({
      placements: { b: 'blue' },
      checked: false,
      solved: false,
    });
  });

  it('drops non-string placement values', () => {
    expect(
      parseSorterState({ placements: { a: 1, b: null, c: ['red'] }, checked: true, solved: true }, CARDS, CATEGORIES),
    ).toEqual({ placements: {}, checked: true, solved: true });
    expect(parseSorterState({ placements: { a: { id: 'red' }, b: true, c: 'red' } }, CARDS, CATEGORIES)).toEqual({
      placements: { c: 'red' },
      checked: false,
      solved: false,
    });
  });

  it('treats only a literal true as checked or solved', () => {
    expect(parseSorterState({ placements: {}, checked: 'true', solved: 1 }, CARDS, CATEGORIES)).toEqual({
      placements: {},
      checked: false,
      solved: false,
    });
  });

  it('gives empty placements when placements is missing or not an object', () => {
    const empty = { placements: {}, checked: false, solved: false };
    expect(parseSorterState({}, CARDS, CATEGORIES)).toEqual(empty);
    expect(parseSorterState({ placements: null }, CARDS, CATEGORIES)).toEqual(empty);
    expect(parseSorterState({ placements: 'a:red' }, CARDS, CATEGORIES)).toEqual(empty);
    expect(parseSorterState({ placements: 3, solved: true }, CARDS, CATEGORIES)).toEqual({ ...empty, solved: true });
  });

  it('rejects non-objects', () => {
    for (const value of [null, undefined, 0, 1, '', '{"placements":{}}', true, false, Symbol('x'), () => ({})]) {
      expect(parseSorterState(value, CARDS, CATEGORIES)).toBeNull();
    }
  });

  it('gives clean placements for hostile input', () => {
    const hostile = JSON.parse(
      '{"placements":{"__proto__":"x","constructor":"red","a":"red"},"__proto__":{"checked":true}}',
    );
    const parsed = parseSorterState(hostile, CARDS, CATEGORIES);
    expect(parsed).toEqual({ placements: { a: 'red' }, checked: false, solved: false });
    expect(Object.keys(parsed!.placements)).toEqual(['a']);
    expect(Object.getPrototypeOf(parsed!.placements)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(parsed!.placements, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).checked).toBeUndefined();

    const proto = parseSorterState(JSON.parse('{"placements":{"__proto__":"x"}}'), CARDS, CATEGORIES);
    expect(proto).toEqual({ placements: {}, checked: false, solved: false });
    expect(Object.keys(proto!.placements)).toEqual([]);
    expect(Object.getPrototypeOf(proto!.placements)).toBe(Object.prototype);
  });

  it('does not read inherited card ids from the prototype chain as placements', () => {
    const cards: SortCard[] = [{ id: 'toString', text: '怪卡', answer: 'red', why: '测试原型链' }];
    expect(parseSorterState({ placements: {} }, cards, CATEGORIES)).toEqual({
      placements: {},
      checked: false,
      solved: false,
    });
  });
});
