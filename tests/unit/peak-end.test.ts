import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/platform/template';
import { FEELING_MAX, FEELING_MIN, formatFeeling } from '../../src/exercises/peak-end/feeling';
import {
  MAX_TOUCHPOINTS,
  MINUTES_MAX,
  NAME_MAX_LENGTH,
  addTouchpoint,
  adviseJourney,
  analyseJourney,
  chartPoints,
  markerBaseline,
  namesFit,
  clampFeeling,
  formatScore,
  journeyOf,
  moveTouchpoint,
  nextTouchpointId,
  normaliseMinutes,
  normaliseName,
  parseJourney,
  peakIndexOf,
  removeTouchpoint,
  summariseJourney,
  updateTouchpoint,
  type Touchpoint,
} from '../../src/exercises/peak-end/logic';
import { schema, type Content } from '../../src/exercises/peak-end/content';
import { exerciseContent, rawContent } from './exercise-content';

const content = exerciseContent('peak-end') as Content;
const ADVICE_TEXTS = content.advice;
const hallJourney = () => journeyOf(content.hallJourney);
const ikeaJourney = () => journeyOf(content.ikeaJourney);

/** Builds a journey from [feeling, minutes] pairs with ids t1, t2, … and names A, B, … */
function journey(...rows: Array<[number, (number | null)?]>): Touchpoint[] {
  return rows.map(([feeling, minutes = null], index) => ({
    id: `t${index + 1}`,
    name: String.fromCharCode(65 + index),
    feeling,
    minutes,
  }));
}

const kinds = (touchpoints: readonly Touchpoint[]) =>
  adviseJourney(touchpoints, ADVICE_TEXTS).map((advice) => advice.kind);

describe('constants', () => {
  it('match the documented limits', () => {
    expect([FEELING_MIN, FEELING_MAX, MAX_TOUCHPOINTS, NAME_MAX_LENGTH, MINUTES_MAX]).toEqual([-5, 5, 12, 20, 240]);
  });
});

describe('clampFeeling', () => {
  it('keeps in-range integers', () => {
    expect(clampFeeling(-5)).toBe(-5);
    expect(clampFeeling(0)).toBe(0);
    expect(clampFeeling(3)).toBe(3);
    expect(clampFeeling(5)).toBe(5);
  });

  it('clamps to −5 … +5', () => {
    expect(clampFeeling(6)).toBe(5);
    expect(clampFeeling(100)).toBe(5);
    expect(clampFeeling(-6)).toBe(-5);
    expect(clampFeeling(-100)).toBe(-5);
  });

  it('rounds to whole numbers', () => {
    expect(clampFeeling(2.4)).toBe(2);
    expect(clampFeeling(2.6)).toBe(3);
    expect(clampFeeling(-2.6)).toBe(-3);
  });

  it('turns non-finite values into 0', () => {
    expect(clampFeeling(Number.NaN)).toBe(0);
    expect(clampFeeling(Number.POSITIVE_INFINITY)).toBe(0);
    expect(clampFeeling(Number.NEGATIVE_INFINITY)).toBe(0);
  });
});

describe('normaliseMinutes', () => {
  it('keeps positive whole minutes', () => {
    expect(normaliseMinutes(1)).toBe(1);
    expect(normaliseMinutes(20)).toBe(20);
  });

  it('rounds fractional minutes', () => {
    expect(normaliseMinutes(2.4)).toBe(2);
    expect(normaliseMinutes(2.5)).toBe(3);
  });

  it('caps at MINUTES_MAX', () => {
    expect(normaliseMinutes(240)).toBe(240);
    expect(normaliseMinutes(241)).toBe(240);
    expect(normaliseMinutes(10_000)).toBe(240);
  });

  it('turns blank, zero, negative and non-finite values into null', () => {
    expect(normaliseMinutes(null)).toBeNull();
    expect(normaliseMinutes(undefined)).toBeNull();
    expect(normaliseMinutes(0)).toBeNull();
    expect(normaliseMinutes(-3)).toBeNull();
    expect(normaliseMinutes(Number.NaN)).toBeNull();
    expect(normaliseMinutes(Number.POSITIVE_INFINITY)).toBeNull();
  });
});

describe('normaliseName', () => {
  it('trims and collapses whitespace', () => {
    expect(normaliseName('  排队   结账 ')).toBe('排队 结账');
    expect(normaliseName('a\t\nb')).toBe('a b');
  });

  it('returns an empty string for blank input', () => {
    expect(normaliseName('   \n ')).toBe('');
  });

  it('truncates to NAME_MAX_LENGTH characters', () => {
    expect(normaliseName('x'.repeat(25))).toBe('x'.repeat(20));
    expect(normaliseName('一二三四五六七八九十一二三四五六七八九十多余')).toBe(
      '一二三四五六七八九十一二三四五六七八九十',
    );
  });
});

describe('peakIndexOf', () => {
  it('returns −1 for no feelings', () => {
    expect(peakIndexOf([])).toBe(-1);
  });

  it('returns 0 for a single feeling', () => {
    expect(peakIndexOf([0])).toBe(0);
    expect(peakIndexOf([-2])).toBe(0);
  });

  it('picks the largest absolute value', () => {
    expect(peakIndexOf([1, 4, -2, 3])).toBe(1);
    expect(peakIndexOf([1, 2, -4, 3])).toBe(2);
  });

  it('on equal intensity the negative one wins, whichever comes first', () => {
    expect(peakIndexOf([3, -3])).toBe(1);
    expect(peakIndexOf([-3, 3])).toBe(0);
    expect(peakIndexOf([1, 4, 2, -4, 0])).toBe(3);
  });

  it('on equal feelings the earlier one wins', () => {
    expect(peakIndexOf([0, 4, 1, 4])).toBe(1);
    expect(peakIndexOf([-2, 0, -2])).toBe(0);
    expect(peakIndexOf([0, 0, 0])).toBe(0);
  });
});

describe('analyseJourney', () => {
  it('returns null for an empty journey', () => {
    expect(analyseJourney([])).toBeNull();
  });

  it('analyses a single touchpoint', () => {
    expect(analyseJourney(journey([2, 5]))).toEqual({
      peakIndex: 0,
      endIndex: 0,
      peak: 2,
      end: 2,
      remembered: 2,
      average: 2,
      timeWeighted: 2,
      lowestIndex: 0,
      tieIndex: null,
    });
  });

  it('computes the whole analysis of the hall journey', () => {
    expect(analyseJourney(hallJourney())).toEqual({
      peakIndex: 2,
      endIndex: 5,
      peak: -3,
      end: 0,
      remembered: -1.5,
      average: -0.3, // −2 / 6
      timeWeighted: -1.4, // −52 / 37
      lowestIndex: 2,
      tieIndex: null,
    });
  });

  it('remembered is (peak + end) / 2, rounded to 0.1', () => {
    expect(analyseJourney(journey([4], [1], [1]))?.remembered).toBe(2.5);
    expect(analyseJourney(journey([-5], [2]))?.remembered).toBe(-1.5);
    expect(analyseJourney(journey([1], [3]))?.remembered).toBe(3);
  });

  it('average is the plain mean rounded to 0.1', () => {
    expect(analyseJourney(journey([1], [1], [2]))?.average).toBe(1.3); // 4 / 3
    expect(analyseJourney(journey([1], [2], [2]))?.average).toBe(1.7); // 5 / 3
    expect(analyseJourney(journey([-1], [-1], [-2]))?.average).toBe(-1.3);
  });

  it('clamps out-of-range feelings before analysing', () => {
    const analysis = analyseJourney(journey([9], [-1]));
    expect(analysis?.peak).toBe(5);
    expect(analysis?.remembered).toBe(2);
    expect(analysis?.average).toBe(2);
  });

  it('timeWeighted is the minute-weighted mean when every touchpoint has minutes', () => {
    // (4·1 + −2·3) / 4 = −0.5
    expect(analyseJourney(journey([4, 1], [-2, 3]))?.timeWeighted).toBe(-0.5);
    // (1·10 + 2·20) / 30 = 1.666…
    expect(analyseJourney(journey([1, 10], [2, 20]))?.timeWeighted).toBe(1.7);
  });

  it('timeWeighted is null unless every touchpoint has minutes', () => {
    expect(analyseJourney(journey([4, 1], [-2, null]))?.timeWeighted).toBeNull();
    expect(analyseJourney(journey([4, 1], [-2, 0]))?.timeWeighted).toBeNull();
    expect(analyseJourney(journey([4], [-2]))?.timeWeighted).toBeNull();
  });

  it('lowestIndex is the first lowest feeling', () => {
    expect(analyseJourney(journey([1], [-2], [0], [-2]))?.lowestIndex).toBe(1);
    expect(analyseJourney(journey([3], [2], [1]))?.lowestIndex).toBe(2);
    expect(analyseJourney(journey([1], [1]))?.lowestIndex).toBe(0);
  });

  it('tieIndex is the first other moment as strong as the peak, and null when none is or all are 0', () => {
    expect(analyseJourney(journey([4], [1], [-4], [2]))).toMatchObject({ peakIndex: 2, tieIndex: 0 });
    expect(analyseJourney(journey([-4], [4], [4]))).toMatchObject({ peakIndex: 0, tieIndex: 1 });
    expect(analyseJourney(journey([3], [1], [3]))).toMatchObject({ peakIndex: 0, tieIndex: 2 });
    expect(analyseJourney(journey([3], [1], [-2]))?.tieIndex).toBeNull();
    expect(analyseJourney(journey([0], [0], [0]))?.tieIndex).toBeNull();
  });

  it('peakIndex uses the tie rule and endIndex is the last touchpoint', () => {
    const analysis = analyseJourney(journey([3], [1], [-3], [2]));
    expect(analysis?.peakIndex).toBe(2);
    expect(analysis?.peak).toBe(-3);
    expect(analysis?.endIndex).toBe(3);
    expect(analysis?.end).toBe(2);
  });
});

describe('adviseJourney', () => {
  it('returns no advice for an empty journey', () => {
    expect(adviseJourney([], ADVICE_TEXTS)).toEqual([]);
  });

  it('says well-designed only when nothing else applies', () => {
    const advice = adviseJourney(journey([1], [4], [3]), ADVICE_TEXTS);
    expect(advice).toHaveLength(1);
    expect(advice[0]?.kind).toBe('wellDesigned');
    expect(advice[0]?.text).toContain('记忆分 +3.5');
  });

  it('flags weak-end when the end is ≤ 0 and names the last touchpoint', () => {
    expect(kinds(journey([4], [3], [0]))).toEqual(['weakEnd', 'memoryBelowAverage']);
    const advice = adviseJourney(journey([4], [-1]), ADVICE_TEXTS);
    expect(advice[0]?.kind).toBe('weakEnd');
    expect(advice[0]?.text).toContain('「B」只有 −1');
    expect(kinds(journey([4], [1]))).not.toContain('weakEnd');
  });

  it('flags deep-valley when a feeling is ≤ −3, naming the lowest touchpoint', () => {
    const advice = adviseJourney(journey([5], [-3], [4]), ADVICE_TEXTS);
    expect(advice.map((item) => item.kind)).toEqual(['deepValley']);
    expect(advice[0]?.text).toContain('「B」是一个深谷（−3）');
    expect(advice[0]?.text).not.toContain('最强烈的感受');
    expect(kinds(journey([5], [-2], [4]))).toEqual(['wellDesigned']);
  });

  it('deep-valley says so when the valley is also the peak', () => {
    // −4 and +4 tie on intensity; the negative one is the peak → remembered 0 < average 1
    const advice = adviseJourney(journey([3], [-4], [4]), ADVICE_TEXTS);
    expect(advice.map((item) => item.kind)).toEqual(['deepValley', 'memoryBelowAverage']);
    expect(advice[0]?.text).toContain('最强烈的感受');
  });

  it('flags long-valley for each negative touchpoint with ≥ 10 minutes', () => {
    const advice = adviseJourney(journey([4, 5], [-1, 10], [-2, 9], [-1, 30], [0, 60], [4, 5]), ADVICE_TEXTS);
    expect(advice.map((item) => item.kind)).toEqual(['longValley', 'longValley']);
    expect(advice[0]?.text).toContain('「B」既难受又漫长（10 分钟）');
    expect(advice[1]?.text).toContain('「D」既难受又漫长（30 分钟）');
  });

  it('long-valley ignores touchpoints without minutes', () => {
    expect(kinds(journey([4, 5], [-1, null], [4, 5]))).toEqual(['wellDesigned']);
  });

  it('flags no-positive-peak when the best feeling is below +3', () => {
    expect(kinds(journey([2], [2]))).toEqual(['noPositivePeak']);
    expect(kinds(journey([3], [2]))).toEqual(['wellDesigned']);
  });

  it('flags memory-below-average when remembered < average', () => {
    // peak 3, end 1 → remembered 2; average (3 + 3 + 3 + 1) / 4 = 2.5
    const touchpoints = journey([3], [3], [3], [1]);
    expect(analyseJourney(touchpoints)).toMatchObject({ remembered: 2, average: 2.5 });
    const advice = adviseJourney(touchpoints, ADVICE_TEXTS);
    expect(advice.map((item) => item.kind)).toEqual(['memoryBelowAverage']);
    expect(advice[0]?.text).toContain('（+2.0）比平均感受（+2.5）');
    expect(kinds(journey([3], [3], [3], [3]))).toEqual(['wellDesigned']);
  });

  it('gives the hall journey all of its problems, in order', () => {
    expect(kinds(hallJourney())).toEqual([
      'weakEnd',
      'deepValley',
      'longValley',
      'noPositivePeak',
      'memoryBelowAverage',
    ]);
  });

  it('gives the IKEA journey its valleys but no memory problem', () => {
    expect(kinds(ikeaJourney())).toEqual(['deepValley', 'longValley', 'longValley']);
  });

  it('always returns at least one item for a non-empty journey', () => {
    expect(adviseJourney(journey([0]), ADVICE_TEXTS).length).toBeGreaterThan(0);
    expect(adviseJourney(journey([5]), ADVICE_TEXTS).length).toBeGreaterThan(0);
  });
});

describe('formatFeeling', () => {
  it('adds a plus sign only to positive values', () => {
    expect(formatFeeling(3)).toBe('+3');
    expect(formatFeeling(0)).toBe('0');
    expect(formatFeeling(-2)).toBe('−2');
  });
});

describe('formatScore', () => {
  it('shows one decimal and a sign for positive values', () => {
    expect(formatScore(3.5)).toBe('+3.5');
    expect(formatScore(2)).toBe('+2.0');
    expect(formatScore(0)).toBe('0.0');
    expect(formatScore(-1.5)).toBe('−1.5');
  });

  it('rounds to one decimal first', () => {
    expect(formatScore(1.66)).toBe('+1.7');
    expect(formatScore(-0.33)).toBe('−0.3');
    expect(formatScore(0.04)).toBe('0.0');
  });
});

describe('nextTouchpointId', () => {
  it('starts at t1', () => {
    expect(nextTouchpointId([])).toBe('t1');
  });

  it('is one past the highest numeric id, even with gaps', () => {
    expect(nextTouchpointId(journey([0], [0], [0]))).toBe('t4');
    expect(
      nextTouchpointId([
        { id: 't7', name: 'A', feeling: 0, minutes: null },
        { id: 't2', name: 'B', feeling: 0, minutes: null },
      ]),
    ).toBe('t8');
  });

  it('ignores ids not of the form t<n>', () => {
    expect(nextTouchpointId([{ id: 'x9', name: 'A', feeling: 0, minutes: null }])).toBe('t1');
    expect(
      nextTouchpointId([
        { id: 't3', name: 'A', feeling: 0, minutes: null },
        { id: 'foo', name: 'B', feeling: 0, minutes: null },
      ]),
    ).toBe('t4');
  });
});

describe('addTouchpoint', () => {
  it('appends a touchpoint with feeling 0 and no minutes', () => {
    expect(addTouchpoint([], '进门')).toEqual([{ id: 't1', name: '进门', feeling: 0, minutes: null }]);
    const base = journey([2, 3]);
    expect(addTouchpoint(base, '离店')).toEqual([...base, { id: 't2', name: '离店', feeling: 0, minutes: null }]);
  });

  it('trims, collapses whitespace and truncates the name', () => {
    expect(addTouchpoint([], '  排队   结账  ')[0]?.name).toBe('排队 结账');
    expect(addTouchpoint([], 'y'.repeat(30))[0]?.name).toBe('y'.repeat(NAME_MAX_LENGTH));
  });

  it('ignores blank names', () => {
    const base = journey([1]);
    expect(addTouchpoint(base, '')).toEqual(base);
    expect(addTouchpoint(base, '   ')).toEqual(base);
  });

  it('stops at MAX_TOUCHPOINTS', () => {
    const full = journey(...Array.from({ length: MAX_TOUCHPOINTS }, (): [number] => [0]));
    expect(full).toHaveLength(12);
    expect(addTouchpoint(full, '多一个')).toEqual(full);
    expect(addTouchpoint(full.slice(0, 11), '第十二个')).toHaveLength(12);
  });

  it('returns a new array and leaves the input alone', () => {
    const base = journey([1]);
    const snapshot = structuredClone(base);
    const ignored = addTouchpoint(base, '');
    const added = addTouchpoint(base, '新');
    expect(ignored).not.toBe(base);
    expect(added).not.toBe(base);
    expect(base).toEqual(snapshot);
  });
});

describe('removeTouchpoint', () => {
  it('removes the touchpoint with that id', () => {
    const base = journey([1], [2], [3]);
    expect(removeTouchpoint(base, 't2')).toEqual([base[0], base[2]]);
  });

  it('changes nothing for an unknown id', () => {
    const base = journey([1], [2]);
    expect(removeTouchpoint(base, 't9')).toEqual(base);
  });

  it('does not mutate the input', () => {
    const base = journey([1], [2]);
    removeTouchpoint(base, 't1');
    expect(base).toHaveLength(2);
  });
});

describe('updateTouchpoint', () => {
  it('updates only the matching touchpoint and keeps the others identical', () => {
    const base = journey([1, 5], [2, 5], [3, 5]);
    const next = updateTouchpoint(base, 't2', { feeling: -4 });
    expect(next).toEqual([base[0], { id: 't2', name: 'B', feeling: -4, minutes: 5 }, base[2]]);
    expect(next[0]).toBe(base[0]);
    expect(next[2]).toBe(base[2]);
  });

  it('clamps and rounds the feeling', () => {
    const base = journey([0]);
    expect(updateTouchpoint(base, 't1', { feeling: 9 })[0]?.feeling).toBe(5);
    expect(updateTouchpoint(base, 't1', { feeling: -9 })[0]?.feeling).toBe(-5);
    expect(updateTouchpoint(base, 't1', { feeling: 1.6 })[0]?.feeling).toBe(2);
    expect(updateTouchpoint(base, 't1', { feeling: Number.NaN })[0]?.feeling).toBe(0);
  });

  it('normalises a rename and keeps the old name when the new one is blank', () => {
    const base = journey([0]);
    expect(updateTouchpoint(base, 't1', { name: '  新  名字 ' })[0]?.name).toBe('新 名字');
    expect(updateTouchpoint(base, 't1', { name: 'z'.repeat(25) })[0]?.name).toBe('z'.repeat(20));
    expect(updateTouchpoint(base, 't1', { name: '' })[0]?.name).toBe('A');
    expect(updateTouchpoint(base, 't1', { name: '   ' })[0]?.name).toBe('A');
  });

  it('normalises minutes', () => {
    const base = journey([0, 5]);
    expect(updateTouchpoint(base, 't1', { minutes: 12.4 })[0]?.minutes).toBe(12);
    expect(updateTouchpoint(base, 't1', { minutes: 999 })[0]?.minutes).toBe(240);
    expect(updateTouchpoint(base, 't1', { minutes: 0 })[0]?.minutes).toBeNull();
    expect(updateTouchpoint(base, 't1', { minutes: -1 })[0]?.minutes).toBeNull();
    expect(updateTouchpoint(base, 't1', { minutes: null })[0]?.minutes).toBeNull();
  });

  it('leaves fields that are not in the change untouched', () => {
    const base = journey([3, 7]);
    expect(updateTouchpoint(base, 't1', { name: '新' })).toEqual([{ id: 't1', name: '新', feeling: 3, minutes: 7 }]);
    expect(updateTouchpoint(base, 't1', {})).toEqual(base);
  });

  it('changes nothing for an unknown id', () => {
    const base = journey([1], [2]);
    expect(updateTouchpoint(base, 't9', { feeling: 5 })).toEqual(base);
  });

  it('does not mutate the input array or its touchpoints', () => {
    const base = journey([1, 5], [2, 5]);
    const snapshot = structuredClone(base);
    const next = updateTouchpoint(base, 't1', { name: '改', feeling: -5, minutes: 30 });
    expect(base).toEqual(snapshot);
    expect(next).not.toBe(base);
    expect(next[0]).not.toBe(base[0]);
  });
});

describe('moveTouchpoint', () => {
  const base = journey([1], [2], [3]);
  const ids = (touchpoints: readonly Touchpoint[]) => touchpoints.map((touchpoint) => touchpoint.id);

  it('moves a touchpoint one step up', () => {
    expect(ids(moveTouchpoint(base, 't2', -1))).toEqual(['t2', 't1', 't3']);
    expect(ids(moveTouchpoint(base, 't3', -1))).toEqual(['t1', 't3', 't2']);
  });

  it('moves a touchpoint one step down', () => {
    expect(ids(moveTouchpoint(base, 't1', 1))).toEqual(['t2', 't1', 't3']);
    expect(ids(moveTouchpoint(base, 't2', 1))).toEqual(['t1', 't3', 't2']);
  });

  it('changes nothing when the move would leave the list', () => {
    expect(moveTouchpoint(base, 't1', -1)).toEqual(base);
    expect(moveTouchpoint(base, 't3', 1)).toEqual(base);
  });

  it('changes nothing for an unknown id', () => {
    expect(moveTouchpoint(base, 't9', 1)).toEqual(base);
    expect(moveTouchpoint(base, 't9', -1)).toEqual(base);
  });

  it('does not mutate the input', () => {
    const snapshot = structuredClone(base);
    const moved = moveTouchpoint(base, 't1', 1);
    expect(base).toEqual(snapshot);
    expect(moveTouchpoint(base, 't1', -1)).not.toBe(base);
    expect(moved[1]).toBe(base[0]);
  });
});

describe('the hall journey (content/exercises/peak-end.yaml)', () => {
  it('is the six-step hall visit', () => {
    expect(hallJourney()).toEqual([
      { id: 't1', name: '进门迎接', feeling: 1, minutes: 1 },
      { id: 't2', name: '取号', feeling: 0, minutes: 2 },
      { id: 't3', name: '等候', feeling: -3, minutes: 20 },
      { id: 't4', name: '业务办理', feeling: 1, minutes: 10 },
      { id: 't5', name: '推荐', feeling: -1, minutes: 3 },
      { id: 't6', name: '离店送别', feeling: 0, minutes: 1 },
    ]);
  });

  it('is numbered afresh each time, so changing one copy leaves the content alone', () => {
    const first = hallJourney();
    first[0]!.feeling = 5;
    expect(hallJourney()[0]?.feeling).toBe(1);
    expect(content.hallJourney[0]?.feeling).toBe(1);
  });

  it('is remembered worse than its average', () => {
    const analysis = analyseJourney(hallJourney());
    expect(analysis!.remembered).toBeLessThan(analysis!.average);
  });
});

describe('the IKEA journey (content/exercises/peak-end.yaml)', () => {
  it('is the five-step IKEA visit', () => {
    expect(ikeaJourney()).toEqual([
      { id: 't1', name: '进店', feeling: 1, minutes: 5 },
      { id: 't2', name: '逛样板间', feeling: 4, minutes: 60 },
      { id: 't3', name: '自己找货、搬货', feeling: -2, minutes: 30 },
      { id: 't4', name: '排队结账', feeling: -3, minutes: 20 },
      { id: 't5', name: '出口的甜筒', feeling: 3, minutes: 5 },
    ]);
  });

  it('is remembered far more fondly than its average — the point of the case', () => {
    const analysis = analyseJourney(ikeaJourney());
    expect(analysis).toEqual({
      peakIndex: 1,
      endIndex: 4,
      peak: 4,
      end: 3,
      remembered: 3.5,
      average: 0.6,
      timeWeighted: 1.2, // 140 / 120
      lowestIndex: 3,
      tieIndex: null,
    });
    expect(analysis!.remembered).toBeGreaterThan(analysis!.average);
  });

  it('survives a parse round-trip', () => {
    expect(parseJourney(JSON.parse(JSON.stringify(ikeaJourney())))).toEqual(ikeaJourney());
  });
});

describe('parseJourney', () => {
  const item = (overrides: Record<string, unknown> = {}) => ({
    id: 't1',
    name: '进门',
    feeling: 1,
    minutes: null,
    ...overrides,
  });

  it('round-trips a valid journey', () => {
    const saved = hallJourney();
    expect(parseJourney(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
  });

  it('accepts an empty list', () => {
    expect(parseJourney([])).toEqual([]);
  });

  it('rejects anything that is not an array', () => {
    expect(parseJourney(null)).toBeNull();
    expect(parseJourney(undefined)).toBeNull();
    expect(parseJourney('[]')).toBeNull();
    expect(parseJourney({ 0: item(), length: 1 })).toBeNull();
    expect(parseJourney(42)).toBeNull();
  });

  it('rejects more than MAX_TOUCHPOINTS items', () => {
    const thirteen = Array.from({ length: MAX_TOUCHPOINTS + 1 }, (_, index) => item({ id: `t${index + 1}` }));
    expect(parseJourney(thirteen)).toBeNull();
    expect(parseJourney(thirteen.slice(0, MAX_TOUCHPOINTS))).toHaveLength(12);
  });

  it('rejects non-object items', () => {
    expect(parseJourney([null])).toBeNull();
    expect(parseJourney(['t1'])).toBeNull();
    expect(parseJourney([item(), 3])).toBeNull();
  });

  it('rejects bad ids', () => {
    expect(parseJourney([item({ id: 1 })])).toBeNull();
    expect(parseJourney([item({ id: '' })])).toBeNull();
    expect(parseJourney([item({ id: 'x1' })])).toBeNull();
    expect(parseJourney([item({ id: 'T1' })])).toBeNull();
    expect(parseJourney([item({ id: 't' })])).toBeNull();
    expect(parseJourney([item({ id: 't1234567890' })])).toBeNull();
    expect(parseJourney([item({ id: 't1 ' })])).toBeNull();
    expect(parseJourney([item({ id: 't9999' })])).toEqual([item({ id: 't9999' })]);
  });

  it('rejects duplicate ids', () => {
    expect(parseJourney([item(), item({ name: '另一个' })])).toBeNull();
  });

  it('rejects empty or non-string names', () => {
    expect(parseJourney([item({ name: '' })])).toBeNull();
    expect(parseJourney([item({ name: '   ' })])).toBeNull();
    expect(parseJourney([item({ name: 5 })])).toBeNull();
    expect(parseJourney([item({ name: undefined })])).toBeNull();
  });

  it('rejects non-numeric and non-finite feelings', () => {
    expect(parseJourney([item({ feeling: Number.NaN })])).toBeNull();
    expect(parseJourney([item({ feeling: Number.POSITIVE_INFINITY })])).toBeNull();
    expect(parseJourney([item({ feeling: Number.NEGATIVE_INFINITY })])).toBeNull();
    expect(parseJourney([item({ feeling: '3' })])).toBeNull();
    expect(parseJourney([item({ feeling: null })])).toBeNull();
  });

  it('rejects minutes that are neither null nor a number', () => {
    expect(parseJourney([item({ minutes: '10' })])).toBeNull();
    expect(parseJourney([item({ minutes: undefined })])).toBeNull();
    expect(parseJourney([item({ minutes: {} })])).toBeNull();
  });

  it('clamps out-of-range feelings and normalises names and minutes', () => {
    expect(
      parseJourney([
        item({ id: 't1', feeling: 42, minutes: 999 }),
        item({ id: 't2', name: '  排队   结账 ', feeling: -7.2, minutes: -5 }),
        item({ id: 't3', feeling: 2.6, minutes: 12.4 }),
      ]),
    ).toEqual([
      { id: 't1', name: '进门', feeling: 5, minutes: 240 },
      { id: 't2', name: '排队 结账', feeling: -5, minutes: null },
      { id: 't3', name: '进门', feeling: 3, minutes: 12 },
    ]);
  });

  it('drops unknown extra fields', () => {
    expect(parseJourney([item({ extra: 'x', feeling: 2 })])).toEqual([
      { id: 't1', name: '进门', feeling: 2, minutes: null },
    ]);
  });

  it('keeps hostile markup as plain text, truncated to NAME_MAX_LENGTH', () => {
    const parsed = parseJourney(
      JSON.parse('[{"id":"t1","name":"<script>alert(1)</script>","feeling":1,"minutes":null}]'),
    );
    expect(parsed).toEqual([{ id: 't1', name: '<script>alert(1)</sc', feeling: 1, minutes: null }]);
    expect(parsed?.[0]?.name).toHaveLength(NAME_MAX_LENGTH);
  });
});

describe('chartPoints', () => {
  // width 100, height 120, margins 10 → inner 80 × 100
  const frame = (width: number, height: number) => ({ width, height, top: 10, bottom: 10, side: 10 });
  it('spreads points evenly from the left padding edge to the right one', () => {
    const points = chartPoints(journey([0], [0], [0]), frame(100, 120));
    expect(points.map((point) => point.x)).toEqual([10, 50, 90]);
  });

  it('puts +5 at the top padding, −5 at the bottom and 0 in the middle', () => {
    expect(chartPoints(journey([5], [0], [-5]), frame(100, 120)).map((point) => point.y)).toEqual([10, 60, 110]);
  });

  it('scales intermediate feelings linearly', () => {
    expect(chartPoints(journey([3], [-1]), frame(100, 120))).toEqual([
      { x: 10, y: 30 },
      { x: 90, y: 70 },
    ]);
  });

  it('clamps out-of-range feelings', () => {
    expect(chartPoints(journey([9], [-9]), frame(100, 120)).map((point) => point.y)).toEqual([10, 110]);
  });

  it('centres a single point horizontally', () => {
    expect(chartPoints(journey([5]), frame(100, 120))).toEqual([{ x: 50, y: 10 }]);
  });

  it('rounds coordinates to 0.1', () => {
    // inner width 100, step 33.33…
    expect(chartPoints(journey([0], [0], [0], [0]), frame(120, 100)).map((point) => point.x)).toEqual([
      10, 43.3, 76.7, 110,
    ]);
  });

  it('keeps a taller margin below the plot than above it', () => {
    const points = chartPoints(journey([5], [-5]), { width: 100, height: 120, top: 10, bottom: 30, side: 10 });
    expect(points.map((point) => point.y)).toEqual([10, 90]);
  });

  it('returns no points for an empty journey', () => {
    expect(chartPoints([], frame(100, 120))).toEqual([]);
  });
});

describe('namesFit', () => {
  it('fits names whose halves together are no wider than the step', () => {
    expect(namesFit(['进门迎接', '取号', '业务办理'], 60, 15)).toBe(true);
    expect(namesFit(['进门迎接', '业务办理'], 59, 15)).toBe(false);
  });

  it('measures only the characters the chart writes', () => {
    expect(namesFit(['一段很长很长的触点名称', '另一段很长的名称'], 60, 15)).toBe(true);
  });

  it('always fits one name or none', () => {
    expect(namesFit(['一'], 0, 15)).toBe(true);
    expect(namesFit([], 0, 15)).toBe(true);
  });
});

describe('markerBaseline', () => {
  // zero line at 100; labels 18 high; the label must stay within 0 and 192
  it('puts the label above a point over the zero line and below one under it', () => {
    expect(markerBaseline(60, 100, 18, 0, 192)).toBe(44);
    expect(markerBaseline(140, 100, 18, 0, 192)).toBe(166);
    expect(markerBaseline(100, 100, 18, 0, 192)).toBe(126);
  });

  it('moves the label to the other side where its own has no room', () => {
    // +5 at the top edge: no room above
    expect(markerBaseline(28, 100, 18, 0, 192)).toBe(54);
    // −5 just over the names: no room below
    expect(markerBaseline(184, 100, 18, 0, 192)).toBe(168);
  });
});

describe('rounding of negative scores', () => {
  it('rounds negative halves like positive ones and never shows −0', () => {
    expect(formatScore(-0.05)).toBe('−0.1');
    expect(formatScore(0.05)).toBe('+0.1');
    expect(formatScore(-0.04)).toBe('0.0');
    const tps = [0, 0, 0, -1].map((feeling, index) => ({
      id: `t${index + 1}`,
      name: `触点${index + 1}`,
      feeling,
      minutes: null,
    }));
    expect(analyseJourney(tps)!.average).toBe(-0.3);
  });
  it('keeps a journey whose ids grew past four digits', () => {
    expect(parseJourney([{ id: 't10000', name: 'a', feeling: 0, minutes: null }])).not.toBeNull();
  });
});

describe('fillTemplate', () => {
  it('fills known slots and leaves unknown ones', () => {
    expect(fillTemplate('「{name}」只有 {value}，{other}', { name: '离店', value: '-1' })).toBe(
      '「离店」只有 -1，{other}',
    );
  });
  it('fills a slot every time it appears and accepts numbers', () => {
    expect(fillTemplate('{n}+{n}', { n: 2 })).toBe('2+2');
  });
});

describe('the content schema', () => {
  type Raw = {
    advice: Record<string, string>;
    hallJourney: Record<string, unknown>[];
    ikeaJourney: Record<string, unknown>[];
  };
  /** The real file with one change. */
  const changed = (change: (copy: Raw) => void): unknown => {
    const copy = structuredClone(rawContent('peak-end')) as Raw;
    change(copy);
    return copy;
  };
  const failing = (value: unknown) =>
    (schema.safeParse(value).error?.issues ?? []).map((issue) => issue.path.join('.'));

  it('parses the real file', () => {
    expect(failing(rawContent('peak-end'))).toEqual([]);
  });

  it('needs every slot adviseJourney fills, and no other', () => {
    expect(failing(changed((copy) => (copy.advice.weakEnd = '结尾偏弱：只有 {value}。')))).toEqual(['advice.weakEnd']);
    expect(failing(changed((copy) => (copy.advice.longValley += '{nmae}')))).toEqual(['advice.longValley']);
    expect(failing(changed((copy) => (copy.advice.noPositivePeak = '没有亮点：{name}')))).toEqual([
      'advice.noPositivePeak',
    ]);
  });

  it('needs a sentence for every advice kind', () => {
    expect(failing(changed((copy) => delete copy.advice.wellDesigned))).toEqual(['advice.wellDesigned']);
  });

  it('keeps feelings within −5 … +5 and minutes optional', () => {
    expect(failing(changed((copy) => (copy.hallJourney[2]!.feeling = -6)))).toEqual(['hallJourney.2.feeling']);
    const withoutMinutes = schema.parse(changed((copy) => delete copy.ikeaJourney[0]!.minutes));
    expect(withoutMinutes.ikeaJourney[0]).toEqual({ name: '进店', feeling: 1, minutes: null });
  });

  it('needs at least two touchpoints in a journey', () => {
    expect(failing(changed((copy) => copy.hallJourney.splice(1)))).toEqual(['hallJourney']);
  });
});

describe('summariseJourney (the sentences under the scores)', () => {
  const texts = content.summary;

  it('names peak and end, and speaks of 按时长加权 only when every touchpoint has minutes', () => {
    const timed = summariseJourney(hallJourney(), texts);
    expect(timed).toBe(
      fillTemplate(texts.peakAndEnd, { peak: '等候', peakValue: '−3', end: '离店送别', endValue: '0' }) +
        texts.withTime,
    );
    expect(timed).toContain('按时长加权');
    const untimed = hallJourney().map((touchpoint) => ({ ...touchpoint, minutes: 0 }));
    expect(analyseJourney(untimed)?.timeWeighted).toBeNull();
    expect(summariseJourney(untimed, texts)).not.toContain('按时长加权');
    expect(summariseJourney(journey([1, 5], [2, null]), texts)).not.toContain('按时长加权');
  });

  it('says which of two equally strong moments is the peak, and why', () => {
    // +4 and −4: the negative one counts.
    const opposite = summariseJourney(journey([4], [1], [-4], [2]), texts);
    expect(opposite).toContain('峰值是「C」（−4）');
    expect(opposite).toContain(
      fillTemplate(texts.tieOpposite, { peak: 'C', peakValue: '−4', other: 'A', otherValue: '+4' }),
    );
    expect(opposite).toContain('算负面的「C」为峰值');
    // Two +3: the earlier one counts.
    const same = summariseJourney(journey([3], [1], [3], [2]), texts);
    expect(same).toContain(fillTemplate(texts.tieSame, { peak: 'A', peakValue: '+3', other: 'C' }));
    expect(summariseJourney(journey([3], [1], [-2]), texts)).not.toContain('一样强烈');
  });

  it('is empty for an empty journey', () => {
    expect(summariseJourney([], texts)).toBe('');
  });

  it('refuses a withoutTime sentence that speaks of 按时长加权', () => {
    const raw = structuredClone(rawContent('peak-end')) as Content;
    raw.summary.withoutTime = '按时长加权的分数也很重要。';
    const result = schema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['summary.withoutTime']);
  });
});
