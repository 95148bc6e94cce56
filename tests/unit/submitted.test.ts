import { describe, expect, it } from 'vitest';
import { parseWithSubmitted } from '../../src/exercises/shared/submitted';
import { parseDesigner } from '../../src/exercises/peak-end/logic';

const numbers = (part: unknown) =>
  Array.isArray(part) && part.every((item) => typeof item === 'number') ? (part as number[]) : null;

describe('parseWithSubmitted', () => {
  it('decodes the named part and the submitted flag', () => {
    expect(parseWithSubmitted({ rows: [1, 2], submitted: true }, 'rows', numbers)).toEqual({
      rows: [1, 2],
      submitted: true,
    });
    expect(parseWithSubmitted({ rows: [] }, 'rows', numbers)).toEqual({ rows: [], submitted: false });
  });
  it('treats anything but true as not submitted', () => {
    expect(parseWithSubmitted({ rows: [], submitted: 'yes' }, 'rows', numbers)?.submitted).toBe(false);
  });
  it('rejects non-objects and parts the parser refuses', () => {
    expect(parseWithSubmitted(null, 'rows', numbers)).toBeNull();
    expect(parseWithSubmitted('rows', 'rows', numbers)).toBeNull();
    expect(parseWithSubmitted({ rows: ['x'] }, 'rows', numbers)).toBeNull();
    expect(parseWithSubmitted({ team: [1] }, 'rows', numbers)).toBeNull();
  });
  it('does not read the part from the prototype', () => {
    expect(parseWithSubmitted(Object.create({ rows: [1] }), 'rows', numbers)).toBeNull();
  });
});

describe('parseDesigner', () => {
  it('round-trips the designer state', () => {
    const touchpoints = [
      { id: 't1', name: '进门迎接', feeling: 1, minutes: 1 },
      { id: 't2', name: '等候', feeling: -3, minutes: null },
    ];
    const state = { touchpoints, compareIkea: true, submitted: true };
    expect(parseDesigner(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });
  it('rejects a broken journey and defaults the flags', () => {
    expect(parseDesigner({ touchpoints: 'x' })).toBeNull();
    expect(parseDesigner(null)).toBeNull();
    expect(parseDesigner({ touchpoints: [] })).toEqual({ touchpoints: [], compareIkea: false, submitted: false });
  });
});
