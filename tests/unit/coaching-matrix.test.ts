import { describe, expect, it } from 'vitest';
import {
  addMember,
  cellAt,
  freeSpot,
  chipPlace,
  clampScore,
  countByQuadrant,
  HIGH_FROM,
  moveMember,
  MAX_MEMBERS,
  NAME_MAX,
  nextStep,
  parseTeam,
  placeMember,
  QUADRANTS,
  quadrantOf,
  removeMember,
  SCALE_MAX,
  teamOf,
  type Member,
  type Quadrant,
} from '../../src/exercises/coaching-matrix/logic';
import { schema, type Content } from '../../src/exercises/coaching-matrix/content';
import { exerciseContent, rawContent } from './exercise-content';

const content = exerciseContent('coaching-matrix') as Content;
const QUADRANT_TEXTS = content.quadrants;
const sampleTeam = () => teamOf(content.sampleTeam);

const ALL_QUADRANTS: Quadrant[] = ['delegate', 'teach', 'motivate', 'direct'];

const team3: readonly Member[] = Object.freeze([
  Object.freeze({ id: 'm1', name: '甲', will: 6, skill: 6 }),
  Object.freeze({ id: 'm2', name: '乙', will: 2, skill: 2 }),
  Object.freeze({ id: 'm3', name: '丙', will: 5, skill: 1 }),
]) as readonly Member[];

describe('constants', () => {
  it('has the documented values', () => {
    expect(SCALE_MAX).toBe(6);
    expect(HIGH_FROM).toBe(4);
    expect(MAX_MEMBERS).toBe(12);
    expect(NAME_MAX).toBe(10);
  });

  it('QUADRANTS lists each quadrant exactly once', () => {
    expect(QUADRANTS).toEqual(['teach', 'delegate', 'direct', 'motivate']);
    expect([...QUADRANTS].sort()).toEqual([...ALL_QUADRANTS].sort());
  });
});

describe('clampScore', () => {
  it('rounds to the nearest integer', () => {
    expect(clampScore(3.4)).toBe(3);
    expect(clampScore(3.5)).toBe(4);
    expect(clampScore(4.6)).toBe(5);
    expect(clampScore(1.49)).toBe(1);
    expect(clampScore(5.5)).toBe(6);
  });

  it('keeps integers inside the scale', () => {
    for (let score = 1; score <= 6; score += 1) expect(clampScore(score)).toBe(score);
  });

  it('clamps 0 up to 1 and 7 down to 6', () => {
    expect(clampScore(0)).toBe(1);
    expect(clampScore(-3)).toBe(1);
    expect(clampScore(7)).toBe(6);
    expect(clampScore(100)).toBe(6);
    expect(clampScore(0.4)).toBe(1);
    expect(clampScore(6.6)).toBe(6);
  });

  it('maps NaN and infinities to 1', () => {
    expect(clampScore(Number.NaN)).toBe(1);
    expect(clampScore(Number.NEGATIVE_INFINITY)).toBe(1);
    expect(clampScore(Number.POSITIVE_INFINITY)).toBe(1);
  });
});

describe('quadrantOf', () => {
  it('places each corner in its quadrant', () => {
    expect(quadrantOf({ will: 6, skill: 6 })).toBe('delegate');
    expect(quadrantOf({ will: 6, skill: 1 })).toBe('teach');
    expect(quadrantOf({ will: 1, skill: 6 })).toBe('motivate');
    expect(quadrantOf({ will: 1, skill: 1 })).toBe('direct');
  });

  it('treats 1–3 as low and 4–6 as high on the will axis', () => {
    expect(quadrantOf({ will: 3, skill: 4 })).toBe('motivate');
    expect(quadrantOf({ will: 4, skill: 4 })).toBe('delegate');
    expect(quadrantOf({ will: 3, skill: 3 })).toBe('direct');
    expect(quadrantOf({ will: 4, skill: 3 })).toBe('teach');
  });

  it('treats 1–3 as low and 4–6 as high on the skill axis', () => {
    expect(quadrantOf({ will: 6, skill: 3 })).toBe('teach');
    expect(quadrantOf({ will: 6, skill: 4 })).toBe('delegate');
    expect(quadrantOf({ will: 1, skill: 3 })).toBe('direct');
    expect(quadrantOf({ will: 1, skill: 4 })).toBe('motivate');
  });

  it('agrees with the split for every cell of the grid', () => {
    for (let will = 1; will <= 6; will += 1) {
      for (let skill = 1; skill <= 6; skill += 1) {
        const expected: Quadrant = will >= 4 ? (skill >= 4 ? 'delegate' : 'teach') : skill >= 4 ? 'motivate' : 'direct';
        expect(quadrantOf({ will, skill })).toBe(expected);
      }
    }
  });

  it('clamps before deciding', () => {
    expect(quadrantOf({ will: 3.5, skill: 3.4 })).toBe('teach');
    expect(quadrantOf({ will: 99, skill: -5 })).toBe('teach');
    expect(quadrantOf({ will: Number.NaN, skill: 10 })).toBe('motivate');
  });
});

describe('addMember', () => {
  it('adds a member with default will 4 and skill 3 and id m1', () => {
    expect(addMember([], '小李')).toEqual([{ id: 'm1', name: '小李', will: 4, skill: 3 }]);
  });

  it('puts each new member on a free cell, in 有心无力 while it has room, then the nearest elsewhere', () => {
    let team: Member[] = [];
    for (let i = 0; i < MAX_MEMBERS; i += 1) team = addMember(team, `人${i}`);
    const cells = team.map((member) => `${member.will},${member.skill}`);
    expect(new Set(cells).size).toBe(MAX_MEMBERS);
    expect(team.slice(0, 9).every((member) => quadrantOf(member) === 'teach')).toBe(true);
    // The second and third go up a row each (a chip is wider than a cell), the fourth beside the first.
    expect(team.slice(1, 4)).toMatchObject([
      { will: 5, skill: 3 },
      { will: 6, skill: 3 },
      { will: 4, skill: 2 },
    ]);
  });

  it('starts at 意愿 4 · 能力 3 when every cell is taken (a saved team beyond the cap)', () => {
    const everyCell = Array.from({ length: 36 }, (_, index) => ({
      id: `m${index + 1}`,
      name: `人${index}`,
      will: Math.floor(index / 6) + 1,
      skill: (index % 6) + 1,
    }));
    expect(freeSpot(everyCell)).toEqual({ will: 4, skill: 3 });
  });

  it('treats out-of-range saved scores as the cell they show in', () => {
    const team = [{ id: 'm1', name: '甲', will: 4.4, skill: 3 }];
    expect(addMember(team, '乙')[1]).toMatchObject({ will: 5, skill: 3 });
  });

  it('trims and collapses whitespace in the name', () => {
    expect(addMember([], '   小李  ')[0]?.name).toBe('小李');
    expect(addMember([], '\t李 \n 四\n')[0]?.name).toBe('李 四');
  });

  it('truncates the name to NAME_MAX characters', () => {
    const added = addMember([], 'abcdefghijklmnop');
    expect(added[0]?.name).toBe('abcdefghij');
    expect(added[0]?.name).toHaveLength(NAME_MAX);
    expect(addMember([], '一二三四五六七八九十十一')[0]?.name).toBe('一二三四五六七八九十');
  });

  it('ignores blank names, returning an equal copy', () => {
    const result = addMember(team3, '');
    expect(result).toEqual(team3);
    expect(result).not.toBe(team3);
    expect(addMember(team3, '   \n\t ')).toEqual(team3);
  });

  it('caps the team at MAX_MEMBERS', () => {
    let team: Member[] = [];
    for (let i = 0; i < MAX_MEMBERS; i += 1) team = addMember(team, `人${i}`);
    expect(team).toHaveLength(MAX_MEMBERS);
    const full = addMember(team, '多一个');
    expect(full).toHaveLength(MAX_MEMBERS);
    expect(full).toEqual(team);
    expect(full.map((member) => member.name)).not.toContain('多一个');
  });

  it('numbers ids m1, m2, … in order', () => {
    let team: Member[] = [];
    for (const name of ['a', 'b', 'c']) team = addMember(team, name);
    expect(team.map((member) => member.id)).toEqual(['m1', 'm2', 'm3']);
  });

  it('keeps ids unique after removals', () => {
    let team: Member[] = [];
    for (const name of ['a', 'b', 'c']) team = addMember(team, name);
    team = removeMember(team, 'm3');
    team = removeMember(team, 'm1');
    team = addMember(team, 'd');
    expect(team.map((member) => member.id)).toEqual(['m2', 'm3']);
    team = addMember(team, 'e');
    expect(team.map((member) => member.id)).toEqual(['m2', 'm3', 'm4']);
    expect(new Set(team.map((member) => member.id)).size).toBe(team.length);
  });

  it('continues after the highest id even when ids are out of order', () => {
    const team: Member[] = [
      { id: 'm7', name: 'x', will: 1, skill: 1 },
      { id: 'm2', name: 'y', will: 1, skill: 1 },
    ];
    expect(addMember(team, 'z').at(-1)?.id).toBe('m8');
  });

  it('does not mutate the input team', () => {
    const team: Member[] = [{ id: 'm1', name: 'a', will: 2, skill: 2 }];
    const snapshot = structuredClone(team);
    const result = addMember(team, 'b');
    expect(team).toEqual(snapshot);
    expect(result).not.toBe(team);
    expect(result[0]).toBe(team[0]);
    expect(result).toHaveLength(2);
    expect(() => addMember(team3, 'new')).not.toThrow();
  });
});

describe('removeMember', () => {
  it('removes the member with the id', () => {
    expect(removeMember(team3, 'm2').map((member) => member.id)).toEqual(['m1', 'm3']);
  });

  it('returns an equal copy for an unknown id', () => {
    const result = removeMember(team3, 'm9');
    expect(result).toEqual(team3);
    expect(result).not.toBe(team3);
  });

  it('does not mutate the input', () => {
    const team = structuredClone(team3) as Member[];
    removeMember(team, 'm1');
    expect(team).toHaveLength(3);
    expect(removeMember([], 'm1')).toEqual([]);
  });
});

describe('moveMember', () => {
  it('moves one member by the given steps, the others untouched', () => {
    expect(moveMember(team3, 'm3', 1, -1)).toEqual([team3[0], team3[1], { id: 'm3', name: '丙', will: 6, skill: 1 }]);
    expect(moveMember(team3, 'm2', -1, 1)[1]).toEqual({ id: 'm2', name: '乙', will: 1, skill: 3 });
  });

  it('stays on the scale', () => {
    expect(moveMember(team3, 'm1', 1, 1)[0]).toMatchObject({ will: SCALE_MAX, skill: SCALE_MAX });
    expect(moveMember(team3, 'm3', 0, -1)[2]).toMatchObject({ will: 5, skill: 1 });
  });

  it('changes nothing for an unknown id', () => {
    expect(moveMember(team3, 'm9', 1, 1)).toEqual(team3);
  });
});

describe('placeMember', () => {
  it('sets both scores', () => {
    const result = placeMember(team3, 'm2', { will: 5, skill: 4 });
    expect(result[1]).toEqual({ id: 'm2', name: '乙', will: 5, skill: 4 });
  });

  it('clamps the scores', () => {
    const result = placeMember(team3, 'm2', { will: 9, skill: 0 });
    expect(result[1]).toEqual({ id: 'm2', name: '乙', will: 6, skill: 1 });
    expect(placeMember(team3, 'm2', { will: 2.6, skill: Number.NaN })[1]).toEqual({
      id: 'm2',
      name: '乙',
      will: 3,
      skill: 1,
    });
  });

  it('updates only will when only will is given', () => {
    expect(placeMember(team3, 'm3', { will: 1 })[2]).toEqual({ id: 'm3', name: '丙', will: 1, skill: 1 });
    expect(placeMember(team3, 'm1', { will: 2 })[0]).toEqual({ id: 'm1', name: '甲', will: 2, skill: 6 });
  });

  it('updates only skill when only skill is given', () => {
    expect(placeMember(team3, 'm3', { skill: 6 })[2]).toEqual({ id: 'm3', name: '丙', will: 5, skill: 6 });
  });

  it('keeps the member unchanged for an empty place', () => {
    expect(placeMember(team3, 'm3', {})).toEqual(team3);
  });

  it('leaves other members untouched (same objects)', () => {
    const result = placeMember(team3, 'm2', { will: 5 });
    expect(result).toHaveLength(3);
    expect(result[0]).toBe(team3[0]);
    expect(result[2]).toBe(team3[2]);
    expect(result[1]).not.toBe(team3[1]);
    expect(team3[1]).toEqual({ id: 'm2', name: '乙', will: 2, skill: 2 });
  });

  it('changes nothing for an unknown id', () => {
    expect(placeMember(team3, 'm42', { will: 1, skill: 1 })).toEqual(team3);
  });
});

describe('cellAt', () => {
  it('maps the top-left corner to skill 1, will 6', () => {
    expect(cellAt(0, 0, 300, 300)).toEqual({ skill: 1, will: 6 });
  });

  it('maps the bottom-right corner to skill 6, will 1', () => {
    expect(cellAt(299, 299, 300, 300)).toEqual({ skill: 6, will: 1 });
    expect(cellAt(300, 300, 300, 300)).toEqual({ skill: 6, will: 1 });
  });

  it('maps the other two corners', () => {
    expect(cellAt(299, 0, 300, 300)).toEqual({ skill: 6, will: 6 });
    expect(cellAt(0, 299, 300, 300)).toEqual({ skill: 1, will: 1 });
  });

  it('maps the centre to skill 4, will 3', () => {
    expect(cellAt(150, 150, 300, 300)).toEqual({ skill: 4, will: 3 });
    expect(cellAt(149, 149, 300, 300)).toEqual({ skill: 3, will: 4 });
  });

  it('uses 50-pixel cells on a 300×300 chart', () => {
    expect(cellAt(49, 49, 300, 300)).toEqual({ skill: 1, will: 6 });
    expect(cellAt(50, 50, 300, 300)).toEqual({ skill: 2, will: 5 });
    expect(cellAt(125, 225, 300, 300)).toEqual({ skill: 3, will: 2 });
  });

  it('clamps points outside the chart', () => {
    expect(cellAt(-50, -50, 300, 300)).toEqual({ skill: 1, will: 6 });
    expect(cellAt(1000, 1000, 300, 300)).toEqual({ skill: 6, will: 1 });
    expect(cellAt(-10, 1000, 300, 300)).toEqual({ skill: 1, will: 1 });
    expect(cellAt(1000, -10, 300, 300)).toEqual({ skill: 6, will: 6 });
    expect(cellAt(150, -1, 300, 300)).toEqual({ skill: 4, will: 6 });
  });

  it('always returns scores on the scale', () => {
    for (let x = -60; x <= 360; x += 30) {
      for (let y = -60; y <= 360; y += 30) {
        const { skill, will } = cellAt(x, y, 300, 300);
        expect(skill).toBeGreaterThanOrEqual(1);
        expect(skill).toBeLessThanOrEqual(6);
        expect(will).toBeGreaterThanOrEqual(1);
        expect(will).toBeLessThanOrEqual(6);
      }
    }
  });
});

describe('countByQuadrant', () => {
  it('is all zero for an empty team', () => {
    expect(countByQuadrant([])).toEqual({ delegate: 0, teach: 0, motivate: 0, direct: 0 });
  });

  it('counts members per quadrant', () => {
    expect(countByQuadrant(team3)).toEqual({ delegate: 1, teach: 1, motivate: 0, direct: 1 });
    expect(countByQuadrant(sampleTeam())).toEqual({ delegate: 2, teach: 1, motivate: 1, direct: 1 });
  });
});

describe('the sample team (content/exercises/coaching-matrix.yaml)', () => {
  it('has M4’s four people, one in each quadrant', () => {
    const team = sampleTeam();
    const byName = new Map(team.map((member) => [member.name, member]));
    const expected: Record<string, Quadrant> = { 小王: 'delegate', 小郑: 'teach', 小张: 'motivate', 小彭: 'direct' };
    for (const [name, quadrant] of Object.entries(expected)) {
      const member = byName.get(name);
      expect(member, name).toBeDefined();
      expect(quadrantOf(member as Member)).toBe(quadrant);
    }
    expect(team.slice(0, 4).map((member) => member.name)).toEqual(['小王', '小郑', '小张', '小彭']);
    expect(new Set(team.map(quadrantOf))).toEqual(new Set(ALL_QUADRANTS));
  });

  it('is a valid team that parseTeam accepts unchanged', () => {
    const team = sampleTeam();
    expect(team.length).toBeLessThanOrEqual(MAX_MEMBERS);
    expect(new Set(team.map((member) => member.id)).size).toBe(team.length);
    expect(parseTeam(team)).toEqual(team);
  });

  it('is numbered afresh each time, so changing one copy leaves the content alone', () => {
    const a = sampleTeam();
    const b = sampleTeam();
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    a[0]!.will = 1;
    expect(sampleTeam()[0]?.will).toBe(6);
  });
});

describe('the quadrant texts (content/exercises/coaching-matrix.yaml)', () => {
  it('has name, focus and step for all four quadrants', () => {
    expect(Object.keys(QUADRANT_TEXTS).sort()).toEqual([...ALL_QUADRANTS].sort());
    for (const quadrant of ALL_QUADRANTS) {
      const text = QUADRANT_TEXTS[quadrant];
      expect(typeof text.name).toBe('string');
      expect(text.name.length).toBeGreaterThan(0);
      expect(text.focus.length).toBeGreaterThan(0);
      expect(text.step.length).toBeGreaterThan(0);
      expect(text.step).toContain('{name}');
    }
  });

  it('uses the four matrix names', () => {
    expect(QUADRANT_TEXTS.delegate.name).toBe('有心有力');
    expect(QUADRANT_TEXTS.teach.name).toBe('有心无力');
    expect(QUADRANT_TEXTS.motivate.name).toBe('有力无心');
    expect(QUADRANT_TEXTS.direct.name).toBe('无心无力');
  });
});

describe('nextStep', () => {
  it('uses the step of the member’s quadrant with the name filled in', () => {
    for (const member of sampleTeam()) {
      const step = nextStep(member, QUADRANT_TEXTS);
      expect(step).toBe(QUADRANT_TEXTS[quadrantOf(member)].step.replaceAll('{name}', member.name));
      expect(step).toContain(member.name);
      expect(step).not.toContain('{name}');
    }
  });

  it('gives 小郑 the teaching step', () => {
    const zheng = sampleTeam().find((member) => member.name === '小郑') as Member;
    expect(nextStep(zheng, QUADRANT_TEXTS)).toBe(
      '挑一项小郑最常卡住的业务，用 PESOS 手把手地教：先示范，再看着他做，当天给反馈。',
    );
  });

  it('replaces every {name}', () => {
    const texts = {
      delegate: { name: 'd', focus: 'f', step: '{name}-{name}-{name}' },
      teach: { name: 't', focus: 'f', step: 'teach {name}' },
      motivate: { name: 'm', focus: 'f', step: 'no placeholder' },
      direct: { name: 'x', focus: 'f', step: '{name}{name}' },
    };
    expect(nextStep({ id: 'm1', name: 'A', will: 6, skill: 6 }, texts)).toBe('A-A-A');
    expect(nextStep({ id: 'm1', name: 'B', will: 6, skill: 1 }, texts)).toBe('teach B');
    expect(nextStep({ id: 'm1', name: 'C', will: 1, skill: 6 }, texts)).toBe('no placeholder');
    expect(nextStep({ id: 'm1', name: 'D', will: 1, skill: 1 }, texts)).toBe('DD');
  });

  it('keeps a hostile name as plain text', () => {
    const member: Member = { id: 'm1', name: '<b>x</b>', will: 1, skill: 1 };
    const step = nextStep(member, QUADRANT_TEXTS);
    expect(step).toBe(QUADRANT_TEXTS.direct.step.replace('{name}', '<b>x</b>'));
    expect(step).toContain('<b>x</b>');
    expect(step).not.toContain('&lt;');
  });

  // A replacement *string* would expand `$&`, `$'`, `` $` `` and `$$` in a name.
  it('does not interpret $ patterns in the name', () => {
    const member: Member = { id: 'm1', name: "$&$'$`", will: 6, skill: 6 };
    expect(nextStep(member, { ...QUADRANT_TEXTS, delegate: { name: 'd', focus: 'f', step: '[{name}]' } })).toBe(
      "[$&$'$`]",
    );
  });
});

describe('parseTeam', () => {
  it('round-trips a team through JSON', () => {
    const team = placeMember(addMember(sampleTeam(), '新人'), 'm6', { will: 1, skill: 6 });
    expect(parseTeam(JSON.parse(JSON.stringify(team)))).toEqual(team);
    expect(parseTeam([])).toEqual([]);
  });

  it('rejects non-arrays', () => {
    for (const value of [
      null,
      undefined,
      'm1',
      42,
      {},
      { 0: { id: 'm1', name: 'a', will: 1, skill: 1 }, length: 1 },
      true,
    ]) {
      expect(parseTeam(value)).toBeNull();
    }
  });

  it('rejects too many members', () => {
    const many = Array.from({ length: MAX_MEMBERS + 1 }, (_, i) => ({
      id: `m${i + 1}`,
      name: `n${i}`,
      will: 3,
      skill: 3,
    }));
    expect(parseTeam(many)).toBeNull();
    expect(parseTeam(many.slice(0, MAX_MEMBERS))).toHaveLength(MAX_MEMBERS);
  });

  it('rejects non-object items', () => {
    expect(parseTeam([null])).toBeNull();
    expect(parseTeam(['m1'])).toBeNull();
    expect(parseTeam([1])).toBeNull();
  });

  it('rejects bad ids', () => {
    for (const id of ['x1', 'm', 'M1', 'm1a', ' m1', 'm1234567', '', 1, null, undefined]) {
      expect(parseTeam([{ id, name: 'a', will: 3, skill: 3 }]), String(id)).toBeNull();
    }
    expect(parseTeam([{ id: 'm123456', name: 'a', will: 3, skill: 3 }])).toEqual([
      { id: 'm123456', name: 'a', will: 3, skill: 3 },
    ]);
  });

  it('rejects duplicate ids', () => {
    expect(
      parseTeam([
        { id: 'm1', name: 'a', will: 3, skill: 3 },
        { id: 'm1', name: 'b', will: 4, skill: 4 },
      ]),
    ).toBeNull();
  });

  it('rejects empty or non-string names', () => {
    expect(parseTeam([{ id: 'm1', name: '', will: 3, skill: 3 }])).toBeNull();
    expect(parseTeam([{ id: 'm1', name: '   ', will: 3, skill: 3 }])).toBeNull();
    expect(parseTeam([{ id: 'm1', name: 5, will: 3, skill: 3 }])).toBeNull();
    expect(parseTeam([{ id: 'm1', will: 3, skill: 3 }])).toBeNull();
  });

  it('cleans names like addMember does', () => {
    expect(parseTeam([{ id: 'm1', name: '  小  李 ', will: 3, skill: 3 }])).toEqual([
      { id: 'm1', name: '小 李', will: 3, skill: 3 },
    ]);
    expect(parseTeam([{ id: 'm1', name: 'abcdefghijkl', will: 3, skill: 3 }])?.[0]?.name).toBe('abcdefghij');
  });

  it('rejects non-numeric or non-finite scores', () => {
    for (const bad of ['3', null, undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, [3], {}]) {
      expect(parseTeam([{ id: 'm1', name: 'a', will: bad, skill: 3 }]), `will ${String(bad)}`).toBeNull();
      expect(parseTeam([{ id: 'm1', name: 'a', will: 3, skill: bad }]), `skill ${String(bad)}`).toBeNull();
    }
  });

  it('clamps out-of-range scores', () => {
    expect(
      parseTeam([
        { id: 'm1', name: 'a', will: 0, skill: 9 },
        { id: 'm2', name: 'b', will: -4, skill: 3.6 },
      ]),
    ).toEqual([
      { id: 'm1', name: 'a', will: 1, skill: 6 },
      { id: 'm2', name: 'b', will: 1, skill: 4 },
    ]);
  });

  it('drops unknown fields', () => {
    expect(parseTeam([{ id: 'm1', name: 'a', will: 3, skill: 3, extra: '<script>' }])).toEqual([
      { id: 'm1', name: 'a', will: 3, skill: 3 },
    ]);
  });
});

describe('the content schema', () => {
  type Raw = { quadrants: Record<string, Record<string, string>>; sampleTeam: Record<string, unknown>[] };
  /** The real file with one change. */
  const changed = (change: (copy: Raw) => void): unknown => {
    const copy = structuredClone(rawContent('coaching-matrix')) as Raw;
    change(copy);
    return copy;
  };
  const failing = (value: unknown) =>
    (schema.safeParse(value).error?.issues ?? []).map((issue) => issue.path.join('.'));

  it('parses the real file', () => {
    expect(failing(rawContent('coaching-matrix'))).toEqual([]);
  });

  it('needs {name} in every next step, and no other slot', () => {
    expect(failing(changed((copy) => (copy.quadrants.teach!.step = '挑一项最常卡住的业务，手把手地教。')))).toEqual([
      'quadrants.teach.step',
    ]);
    expect(failing(changed((copy) => (copy.quadrants.direct!.step += '{member}')))).toEqual(['quadrants.direct.step']);
  });

  it('needs all four quadrants', () => {
    expect(failing(changed((copy) => delete copy.quadrants.motivate))).toEqual(['quadrants.motivate']);
  });

  it('keeps the sample team on the 1–6 scale, with names told apart', () => {
    expect(failing(changed((copy) => (copy.sampleTeam[1]!.will = 7)))).toEqual(['sampleTeam.1.will']);
    expect(failing(changed((copy) => (copy.sampleTeam[3]!.name = copy.sampleTeam[0]!.name)))).toEqual([
      'sampleTeam.3.name',
    ]);
  });
});

describe('chipPlace', () => {
  it('puts a chip in its own quadrant, in the third of its score: 1 and 6 at the outer thirds', () => {
    expect(chipPlace({ will: 1, skill: 1 })).toEqual({ column: 0, row: 0, across: 1 / 6, up: 1 / 6, fanDown: false });
    expect(chipPlace({ will: 6, skill: 6 })).toEqual({ column: 1, row: 1, across: 5 / 6, up: 5 / 6, fanDown: true });
    expect(chipPlace({ will: 3, skill: 4 })).toEqual({ column: 1, row: 0, across: 1 / 6, up: 5 / 6, fanDown: true });
    expect(chipPlace({ will: 5, skill: 2 })).toEqual({ column: 0, row: 1, across: 0.5, up: 0.5, fanDown: false });
  });

  it('agrees with quadrantOf for every score, QUADRANTS being top-left, top-right, bottom-left, bottom-right', () => {
    for (let will = 1; will <= SCALE_MAX; will += 1)
      for (let skill = 1; skill <= SCALE_MAX; skill += 1) {
        const { column, row } = chipPlace({ will, skill });
        expect(QUADRANTS[(1 - row) * 2 + column], `${will}/${skill}`).toBe(quadrantOf({ will, skill }));
      }
  });

  it('keeps every fraction strictly inside 0 … 1, and clamps scores off the scale', () => {
    for (const score of [-3, 0, 1, 2, 3, 4, 5, 6, 9, Number.NaN]) {
      const { across, up } = chipPlace({ will: score, skill: score });
      expect(across).toBeGreaterThan(0);
      expect(across).toBeLessThan(1);
      expect(up).toBeGreaterThan(0);
      expect(up).toBeLessThan(1);
    }
    expect(chipPlace({ will: 9, skill: -3 })).toEqual(chipPlace({ will: 6, skill: 1 }));
  });
});
