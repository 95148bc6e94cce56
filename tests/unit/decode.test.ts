import { describe, expect, it } from 'vitest';
import { isId, isIsoTime, isRecord, ownField } from '../../src/platform/decode';
import { cutText, isCalendarDate, isList, isText, isWholeNumber, textLength } from '../../src/platform/decode-limits';

/** 30 characters from CJK Extension B: two UTF-16 units each. */
const ASTRAL_30 = '𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇𠀈𠀉'.repeat(3);

describe('isRecord', () => {
  it('accepts plain objects only', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord(JSON.parse('{"a":1}'))).toBe(true);
    expect(isRecord(Object.create(null))).toBe(true);
    for (const value of [null, undefined, [], [1], 'text', 7, true, () => ({})])
      expect(isRecord(value), String(value)).toBe(false);
  });
});

describe('ownField', () => {
  it('reads own fields and never inherited ones', () => {
    const record = JSON.parse('{"name":"张三","__proto__":{"polluted":1}}');
    expect(ownField(record, 'name')).toBe('张三');
    expect(ownField(record, 'toString')).toBeUndefined();
    expect(ownField(record, 'constructor')).toBeUndefined();
    expect(ownField(record, 'hasOwnProperty')).toBeUndefined();
    // JSON.parse makes `__proto__` an own field; it is read as data, the prototype is untouched.
    expect(ownField(record, '__proto__')).toEqual({ polluted: 1 });
    expect(ownField({}, '__proto__')).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('isId', () => {
  it('accepts lower-case ids of up to 40 characters', () => {
    expect(isId('m3')).toBe(true);
    expect(isId('check-m3')).toBe(true);
    expect(isId('a'.repeat(40))).toBe(true);
  });

  it('refuses anything else', () => {
    for (const value of ['', '-m3', 'M3', 'm 3', 'm3\n', 'a'.repeat(41), '__proto__', 'toString', 3, null])
      expect(isId(value), String(value)).toBe(false);
  });
});

describe('isIsoTime', () => {
  it('accepts what toISOString writes, with or without milliseconds', () => {
    expect(isIsoTime('2026-11-23T09:00:00.000Z')).toBe(true);
    expect(isIsoTime('2026-11-23T09:00:00Z')).toBe(true);
    expect(isIsoTime('2028-02-29T23:59:59.999Z')).toBe(true);
  });

  it('refuses years the course cannot have written: before 2000 and after 2999', () => {
    expect(isIsoTime(new Date(0).toISOString())).toBe(false);
    expect(isIsoTime('1999-12-31T23:59:59Z')).toBe(false);
    expect(isIsoTime('2000-01-01T00:00:00Z')).toBe(true);
    expect(isIsoTime('2999-12-31T23:59:59Z')).toBe(true);
    expect(isIsoTime('9999-12-31T23:00:00Z')).toBe(false);
  });

  it('refuses impossible dates and times that Date.parse would roll over', () => {
    for (const value of [
      '2026-13-45T10:00:00Z',
      '2026-02-31T99:99:99Z',
      '2026-02-31T10:00:00Z',
      '2026-02-29T10:00:00Z',
      '2026-11-23T24:00:00Z',
      '2026-11-23T10:60:00Z',
      '2026-00-10T10:00:00Z',
    ]) {
      expect(isIsoTime(value), value).toBe(false);
    }
  });

  it('refuses other shapes', () => {
    for (const value of [
      '2026-99-99T::Z',
      '2026-11-23',
      '2026-11-23T09:00Z',
      '2026-11-23T09:00:00',
      '2026-11-23T09:00:00+08:00',
      '2026-11-23 09:00:00Z',
      ' 2026-11-23T09:00:00Z',
      '2026-11-23T09:00:00.0000Z',
      '+002026-11-23T09:00:00Z',
      Date.now(),
      null,
      {},
    ]) {
      expect(isIsoTime(value), String(value)).toBe(false);
    }
  });
});

describe('isCalendarDate', () => {
  it('accepts real days only', () => {
    expect(isCalendarDate('2026-11-23')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    for (const value of ['2026-02-29', '2026-13-01', '2026-11-31', '2026-11-23T00:00:00Z', '1 June', 20261123])
      expect(isCalendarDate(value), String(value)).toBe(false);
  });
});

describe('isWholeNumber', () => {
  it('accepts integers within the range, both ends included', () => {
    expect(isWholeNumber(0, 0, 100)).toBe(true);
    expect(isWholeNumber(100, 0, 100)).toBe(true);
    expect(isWholeNumber(-1, -1, 100)).toBe(true);
  });

  it('refuses fractions, out-of-range, non-finite and non-numbers', () => {
    for (const value of [1.5, -1, 101, NaN, Infinity, -Infinity, '5', null, true])
      expect(isWholeNumber(value, 0, 100), String(value)).toBe(false);
  });
});

describe('text length: characters, not UTF-16 units', () => {
  it('counts an astral character once', () => {
    expect(ASTRAL_30).toHaveLength(60);
    expect(textLength(ASTRAL_30)).toBe(30);
    expect(textLength('张三')).toBe(2);
    expect(textLength('')).toBe(0);
  });

  it('cuts without splitting a character', () => {
    expect(cutText(ASTRAL_30, 5)).toBe(ASTRAL_30.slice(0, 10));
    expect(cutText('张三', 40)).toBe('张三');
  });

  it('isText counts the same way', () => {
    expect(isText(ASTRAL_30, 30)).toBe(true);
    expect(isText(ASTRAL_30, 29)).toBe(false);
    expect(isText('a'.repeat(40), 40)).toBe(true);
    expect(isText('a'.repeat(41), 40)).toBe(false);
    expect(isText('', 40)).toBe(true);
  });

  it('refuses huge strings and non-strings', () => {
    expect(isText('a'.repeat(10_000_000), 100)).toBe(false);
    for (const value of [null, 3, ['a'], { length: 1 }]) expect(isText(value, 40)).toBe(false);
  });
});

describe('isList', () => {
  it('accepts arrays up to the maximum', () => {
    expect(isList([], 0)).toBe(true);
    expect(isList([1, 2], 2)).toBe(true);
    expect(isList([1, 2, 3], 2)).toBe(false);
  });

  it('refuses look-alikes', () => {
    for (const value of [{ length: 1, 0: 'a' }, 'ab', null, new Set([1])]) expect(isList(value, 10)).toBe(false);
  });
});
