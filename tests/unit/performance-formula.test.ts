import { describe, expect, it } from 'vitest';
import {
  GAIN_MAX,
  LEVERS,
  additiveGain,
  checkBaseline,
  compoundBeatsAdding,
  compoundGain,
  gainFactors,
  improvedPerformance,
  initialPlan,
  parsePlan,
  performanceOf,
  rankLevers,
  repeatOf,
  withBaselineValue,
  withEffort,
  withGain,
  zeroFactors,
  type Baseline,
  type Gains,
  type Lever,
  type PlanState,
} from '../../src/exercises/performance-formula/logic';
import { schema, type Content } from '../../src/exercises/performance-formula/content';
import { exerciseContent, rawContent } from './exercise-content';

const EXAMPLE_HALL = (exerciseContent('performance-formula') as Content).exampleHall;

const ZERO: Gains = { customers: 0, conversion: 0, basket: 0, repeat: 0 };
const TEN: Gains = { customers: 10, conversion: 10, basket: 10, repeat: 10 };

const LABELS: Record<keyof Baseline, string> = {
  customers: '客户数量',
  conversion: '转化效率',
  basket: '客单量',
  repeatRate: '个体复购率',
  extension: '延展购买量',
};

describe('constants', () => {
  it('LEVERS lists the four factors in formula order', () => {
    expect(LEVERS).toEqual(['customers', 'conversion', 'basket', 'repeat']);
  });

  it('GAIN_MAX is 50', () => {
    expect(GAIN_MAX).toBe(50);
  });

  it('the example hall (content/exercises/performance-formula.yaml) is 2000 人 × 15% × 1.5 件 × (1 + 15% + 0.05) 倍', () => {
    expect(EXAMPLE_HALL).toEqual({ customers: 2000, conversion: 15, basket: 1.5, repeatRate: 15, extension: 0.05 });
  });
});

describe('repeatOf', () => {
  it('is 1 (the first purchase) plus the repeat rate in % plus the extension', () => {
    expect(repeatOf(EXAMPLE_HALL)).toBeCloseTo(1.2, 10);
    expect(repeatOf({ ...EXAMPLE_HALL, repeatRate: 100, extension: 0 })).toBe(2);
    expect(repeatOf({ ...EXAMPLE_HALL, repeatRate: 50, extension: 0.5 })).toBe(2);
  });

  it('is 1 with no repeat purchase at all, never 0', () => {
    expect(repeatOf({ ...EXAMPLE_HALL, repeatRate: 0, extension: 0 })).toBe(1);
  });

  it('a real repeat rate of 30% raises the multiplier to 1.3 instead of cutting sales to 30%', () => {
    expect(repeatOf({ ...EXAMPLE_HALL, repeatRate: 30, extension: 0 })).toBeCloseTo(1.3, 10);
  });
});

describe('performanceOf', () => {
  it('gives 540 for the example hall (2000 × 15% × 1.5 × 1.2)', () => {
    expect(performanceOf(EXAMPLE_HALL)).toBeCloseTo(540, 8);
  });

  it('multiplies the four factors, conversion and repeat rate in %', () => {
    expect(performanceOf({ customers: 100, conversion: 50, basket: 2, repeatRate: 0, extension: 0 })).toBe(100);
    expect(performanceOf({ customers: 1000, conversion: 10, basket: 1, repeatRate: 0, extension: 1 })).toBe(200);
    expect(performanceOf({ customers: 1000, conversion: 10, basket: 1, repeatRate: 50, extension: 0.5 })).toBe(200);
  });

  it('is 0 when customers, conversion or basket is 0', () => {
    expect(performanceOf({ ...EXAMPLE_HALL, customers: 0 })).toBe(0);
    expect(performanceOf({ ...EXAMPLE_HALL, conversion: 0 })).toBe(0);
    expect(performanceOf({ ...EXAMPLE_HALL, basket: 0 })).toBe(0);
  });

  it('keeps the first purchases when nobody buys again', () => {
    expect(performanceOf({ ...EXAMPLE_HALL, repeatRate: 0, extension: 0 })).toBeCloseTo(450, 8);
  });
});

describe('checkBaseline', () => {
  it('returns {} for a valid baseline', () => {
    expect(checkBaseline(EXAMPLE_HALL)).toEqual({});
    expect(checkBaseline({ customers: 1, conversion: 100, basket: 1, repeatRate: 0, extension: 0 })).toEqual({});
    expect(checkBaseline({ customers: 0.5, conversion: 0.1, basket: 0.1, repeatRate: 150, extension: 3 })).toEqual({});
  });

  const directFields = ['customers', 'conversion', 'basket'] as const;

  for (const field of directFields) {
    describe(field, () => {
      it('allows 0: the result is then 0 (任何一项为零，业绩就是零)', () => {
        const zero = { ...EXAMPLE_HALL, [field]: 0 };
        expect(checkBaseline(zero)).toEqual({});
        expect(performanceOf(zero)).toBe(0);
        expect(zeroFactors(zero)).toEqual([field]);
      });

      for (const [name, value, expected] of [
        ['negative', -1, `${LABELS[field]}不能为负数。`],
        ['-Infinity', Number.NEGATIVE_INFINITY, `${LABELS[field]}还没填。`],
        ['NaN (an empty field)', Number.NaN, `${LABELS[field]}还没填。`],
        ['Infinity', Number.POSITIVE_INFINITY, `${LABELS[field]}还没填。`],
      ] as const) {
        it(`rejects ${name} with a message naming ${LABELS[field]}`, () => {
          const errors = checkBaseline({ ...EXAMPLE_HALL, [field]: value });
          expect(errors).toEqual({ [field]: expected });
          expect(errors[field]).toContain(LABELS[field]);
        });
      }
    });
  }

  for (const [field, negative, empty] of [
    ['repeatRate', '个体复购率不能为负数，没有复购就填 0。', '个体复购率还没填，没有复购就填 0。'],
    ['extension', '延展购买量不能为负数，没有就填 0。', '延展购买量还没填，没有就填 0。'],
  ] as const) {
    describe(field, () => {
      it('allows 0, and 0 is not a zero factor (复购量 is still 1)', () => {
        expect(checkBaseline({ ...EXAMPLE_HALL, [field]: 0 })).toEqual({});
        expect(zeroFactors({ ...EXAMPLE_HALL, [field]: 0 })).toEqual([]);
      });

      for (const [name, value, expected] of [
        ['negative', -0.1, negative],
        ['NaN', Number.NaN, empty],
        ['Infinity', Number.POSITIVE_INFINITY, empty],
      ] as const) {
        it(`rejects ${name} with a message naming ${LABELS[field]}`, () => {
          const errors = checkBaseline({ ...EXAMPLE_HALL, [field]: value });
          expect(errors).toEqual({ [field]: expected });
          expect(errors[field]).toContain(LABELS[field]);
        });
      }
    });
  }

  it('rejects conversion above 100 with its own message', () => {
    expect(checkBaseline({ ...EXAMPLE_HALL, conversion: 100.5 })).toEqual({ conversion: '转化效率不会超过 100%。' });
    expect(checkBaseline({ ...EXAMPLE_HALL, conversion: 150 })).toEqual({ conversion: '转化效率不会超过 100%。' });
    expect(checkBaseline({ ...EXAMPLE_HALL, conversion: 150 }).conversion).toContain(LABELS.conversion);
  });

  it('allows conversion of exactly 100', () => {
    expect(checkBaseline({ ...EXAMPLE_HALL, conversion: 100 })).toEqual({});
  });

  it('reports every bad field at once', () => {
    expect(checkBaseline({ customers: -2, conversion: -5, basket: Number.NaN, repeatRate: -1, extension: -1 })).toEqual(
      {
        customers: '客户数量不能为负数。',
        conversion: '转化效率不能为负数。',
        basket: '客单量还没填。',
        repeatRate: '个体复购率不能为负数，没有复购就填 0。',
        extension: '延展购买量不能为负数，没有就填 0。',
      },
    );
  });

  it('does not mutate the baseline', () => {
    const baseline = { ...EXAMPLE_HALL, customers: -1 };
    checkBaseline(baseline);
    expect(baseline).toEqual({ ...EXAMPLE_HALL, customers: -1 });
  });
});

describe('zeroFactors', () => {
  it('lists every direct factor at 0, in formula order, and nothing for a usable hall', () => {
    expect(zeroFactors(EXAMPLE_HALL)).toEqual([]);
    expect(zeroFactors({ ...EXAMPLE_HALL, basket: 0, customers: 0 })).toEqual(['customers', 'basket']);
    expect(zeroFactors({ ...EXAMPLE_HALL, conversion: Number.NaN })).toEqual([]);
  });
});

describe('gainFactors and compoundBeatsAdding', () => {
  it('gives each lever 1 + its gain, printing as the decimal it is', () => {
    expect(gainFactors(TEN)).toEqual([1.1, 1.1, 1.1, 1.1]);
    expect(gainFactors({ customers: 20, conversion: 7, basket: 0, repeat: 15 }).map(String)).toEqual([
      '1.2',
      '1.07',
      '1',
      '1.15',
    ]);
    const product = gainFactors({ customers: 20, conversion: 10, basket: 0, repeat: 10 }).reduce((a, b) => a * b, 1);
    expect((product - 1) * 100).toBeCloseTo(compoundGain({ customers: 20, conversion: 10, basket: 0, repeat: 10 }), 10);
  });

  it('says multiplying beats adding only when two or more levers move', () => {
    expect(compoundBeatsAdding(TEN)).toBe(true);
    expect(compoundBeatsAdding({ customers: 0, conversion: 5, basket: 0, repeat: 1 })).toBe(true);
    expect(compoundBeatsAdding({ customers: 0, conversion: 50, basket: 0, repeat: 0 })).toBe(false);
    expect(compoundBeatsAdding({ customers: 0, conversion: 0, basket: 0, repeat: 0 })).toBe(false);
  });
});

describe('compoundGain', () => {
  it('all four at 10% compound to ≈ 46.41%', () => {
    expect(compoundGain(TEN)).toBeCloseTo(46.41, 10);
  });

  it('all 0 gives 0', () => {
    expect(compoundGain(ZERO)).toBe(0);
  });

  it('one lever at 10% gives exactly 10%, whichever lever', () => {
    for (const lever of LEVERS) {
      expect(compoundGain({ ...ZERO, [lever]: 10 })).toBeCloseTo(10, 10);
    }
  });

  it('two levers at 50% give 125%', () => {
    expect(compoundGain({ ...ZERO, customers: 50, basket: 50 })).toBeCloseTo(125, 10);
  });

  it('is more than the additive sum for positive gains', () => {
    expect(compoundGain(TEN)).toBeGreaterThan(additiveGain(TEN));
  });
});

describe('additiveGain', () => {
  it('adds the gains up', () => {
    expect(additiveGain(TEN)).toBe(40);
    expect(additiveGain(ZERO)).toBe(0);
    expect(additiveGain({ customers: 5, conversion: 10, basket: 0, repeat: 20 })).toBe(35);
    expect(additiveGain({ ...ZERO, repeat: 10 })).toBe(10);
  });
});

describe('improvedPerformance', () => {
  it('example hall with every lever +10% ≈ 790.6 (540 × 1.4641)', () => {
    expect(improvedPerformance(EXAMPLE_HALL, TEN)).toBeCloseTo(540 * 1.4641, 8);
    expect(improvedPerformance(EXAMPLE_HALL, TEN)).toBeCloseTo(790.614, 8);
  });

  it('is the baseline performance when nothing improves', () => {
    expect(improvedPerformance(EXAMPLE_HALL, ZERO)).toBeCloseTo(540, 8);
  });

  it('one lever +10% gives 594', () => {
    expect(improvedPerformance(EXAMPLE_HALL, { ...ZERO, conversion: 10 })).toBeCloseTo(594, 8);
  });
});

describe('rankLevers', () => {
  const threes: Record<Lever, number> = { customers: 3, conversion: 3, basket: 3, repeat: 3 };

  it('orders by gain ÷ effort, best first', () => {
    const ranked = rankLevers(
      { customers: 10, conversion: 20, basket: 6, repeat: 15 },
      { customers: 5, conversion: 2, basket: 1, repeat: 5 },
    );
    expect(ranked).toEqual([
      { lever: 'conversion', gain: 20, effort: 2, perEffort: 10 },
      { lever: 'basket', gain: 6, effort: 1, perEffort: 6 },
      { lever: 'repeat', gain: 15, effort: 5, perEffort: 3 },
      { lever: 'customers', gain: 10, effort: 5, perEffort: 2 },
    ]);
  });

  it('ties keep LEVERS order', () => {
    expect(rankLevers(TEN, threes).map((value) => value.lever)).toEqual([
      'customers',
      'conversion',
      'basket',
      'repeat',
    ]);
    const ranked = rankLevers(
      { customers: 5, conversion: 10, basket: 10, repeat: 5 },
      { customers: 1, conversion: 2, basket: 1, repeat: 1 },
    );
    expect(ranked.map((value) => [value.lever, value.perEffort])).toEqual([
      ['basket', 10],
      ['customers', 5],
      ['conversion', 5],
      ['repeat', 5],
    ]);
  });

  it('effort 0 gives perEffort 0 (not Infinity) and ranks last among positive values', () => {
    const ranked = rankLevers(
      { customers: 50, conversion: 1, basket: 0, repeat: 0 },
      { customers: 0, conversion: 5, basket: 3, repeat: 0 },
    );
    expect(ranked).toEqual([
      { lever: 'conversion', gain: 1, effort: 5, perEffort: 0.2 },
      { lever: 'customers', gain: 50, effort: 0, perEffort: 0 },
      { lever: 'basket', gain: 0, effort: 3, perEffort: 0 },
      { lever: 'repeat', gain: 0, effort: 0, perEffort: 0 },
    ]);
  });

  it('returns one entry per lever without mutating its inputs', () => {
    const gains = { ...TEN };
    const efforts = { ...threes };
    const ranked = rankLevers(gains, efforts);
    expect(ranked).toHaveLength(4);
    expect(new Set(ranked.map((value) => value.lever))).toEqual(new Set(LEVERS));
    expect(gains).toEqual(TEN);
    expect(efforts).toEqual(threes);
    expect(LEVERS).toEqual(['customers', 'conversion', 'basket', 'repeat']);
  });
});

describe('initialPlan', () => {
  it('starts from the example hall, +10% everywhere, effort 3, not submitted', () => {
    expect(initialPlan(EXAMPLE_HALL)).toEqual({
      baseline: { customers: 2000, conversion: 15, basket: 1.5, repeatRate: 15, extension: 0.05 },
      gains: { customers: 10, conversion: 10, basket: 10, repeat: 10 },
      efforts: { customers: 3, conversion: 3, basket: 3, repeat: 3 },
      submitted: false,
    });
  });

  it('copies the example hall rather than sharing it', () => {
    const plan = initialPlan(EXAMPLE_HALL);
    expect(plan.baseline).not.toBe(EXAMPLE_HALL);
    plan.baseline.customers = 1;
    expect(EXAMPLE_HALL.customers).toBe(2000);
    expect(initialPlan(EXAMPLE_HALL).baseline.customers).toBe(2000);
  });

  it('is accepted by checkBaseline and parsePlan', () => {
    expect(checkBaseline(initialPlan(EXAMPLE_HALL).baseline)).toEqual({});
    expect(parsePlan(initialPlan(EXAMPLE_HALL))).toEqual(initialPlan(EXAMPLE_HALL));
  });
});

describe('withBaselineValue, withGain and withEffort', () => {
  const plan = initialPlan(EXAMPLE_HALL);

  it('change one number and keep everything else', () => {
    expect(withBaselineValue(plan, 'basket', 2)).toEqual({ ...plan, baseline: { ...plan.baseline, basket: 2 } });
    expect(withBaselineValue(plan, 'customers', Number.NaN).baseline.customers).toBeNaN();
    expect(withGain(plan, 'repeat', 25)).toEqual({ ...plan, gains: { ...plan.gains, repeat: 25 } });
    expect(withEffort(plan, 'conversion', 5)).toEqual({ ...plan, efforts: { ...plan.efforts, conversion: 5 } });
  });

  it('leave the plan they start from as it was', () => {
    const before = structuredClone(plan);
    withBaselineValue(plan, 'basket', 2);
    withGain(plan, 'repeat', 25);
    withEffort(plan, 'conversion', 5);
    expect(plan).toEqual(before);
  });
});

describe('parsePlan', () => {
  const valid: PlanState = {
    baseline: { customers: 1500, conversion: 20, basket: 1.2, repeatRate: 10, extension: 0.3 },
    gains: { customers: 0, conversion: 50, basket: 5, repeat: 12 },
    efforts: { customers: 1, conversion: 5, basket: 2, repeat: 4 },
    submitted: true,
  };

  function withField(section: 'baseline' | 'gains' | 'efforts', key: string, value: unknown): unknown {
    const copy = structuredClone(valid) as unknown as Record<string, Record<string, unknown>>;
    copy[section]![key] = value;
    return copy;
  }

  function without(section: 'baseline' | 'gains' | 'efforts', key: string): unknown {
    const copy = structuredClone(valid) as unknown as Record<string, Record<string, unknown>>;
    delete copy[section]![key];
    return copy;
  }

  it('round-trips through JSON', () => {
    expect(parsePlan(JSON.parse(JSON.stringify(valid)))).toEqual(valid);
    expect(parsePlan(JSON.parse(JSON.stringify(initialPlan(EXAMPLE_HALL))))).toEqual(initialPlan(EXAMPLE_HALL));
  });

  it('treats only a literal true as submitted', () => {
    expect(parsePlan({ ...valid, submitted: 'true' })?.submitted).toBe(false);
    expect(parsePlan({ ...valid, submitted: 1 })?.submitted).toBe(false);
    const { submitted: _ignored, ...noSubmitted } = valid;
    expect(parsePlan(noSubmitted)?.submitted).toBe(false);
  });

  it('keeps only the known fields', () => {
    const parsed = parsePlan({
      ...valid,
      extra: 1,
      gains: { ...valid.gains, bonus: 3 },
      baseline: { ...valid.baseline, note: 'x' },
    });
    expect(parsed).toEqual(valid);
  });

  it('accepts the edges of each range', () => {
    expect(parsePlan(withField('gains', 'customers', 0))).not.toBeNull();
    expect(parsePlan(withField('gains', 'customers', GAIN_MAX))).not.toBeNull();
    expect(parsePlan(withField('efforts', 'basket', 1))).not.toBeNull();
    expect(parsePlan(withField('efforts', 'basket', 5))).not.toBeNull();
    expect(parsePlan(withField('baseline', 'extension', 0))).not.toBeNull();
    expect(parsePlan(withField('baseline', 'customers', 1e9))).not.toBeNull();
  });

  it('rejects non-objects', () => {
    for (const value of [null, undefined, 0, 42, '', JSON.stringify(valid), true, Number.NaN]) {
      expect(parsePlan(value)).toBeNull();
    }
  });

  it('rejects missing or non-object sections', () => {
    for (const section of ['baseline', 'gains', 'efforts'] as const) {
      const copy = structuredClone(valid) as unknown as Record<string, unknown>;
      delete copy[section];
      expect(parsePlan(copy)).toBeNull();
      expect(parsePlan({ ...valid, [section]: null })).toBeNull();
      expect(parsePlan({ ...valid, [section]: 10 })).toBeNull();
      expect(parsePlan({ ...valid, [section]: 'x' })).toBeNull();
    }
    expect(parsePlan({})).toBeNull();
  });

  for (const lever of LEVERS) {
    it(`rejects a missing, negative, out-of-range, non-integer or non-number gain for ${lever}`, () => {
      expect(parsePlan(without('gains', lever))).toBeNull();
      expect(parsePlan(withField('gains', lever, -1))).toBeNull();
      expect(parsePlan(withField('gains', lever, GAIN_MAX + 1))).toBeNull();
      expect(parsePlan(withField('gains', lever, 10.5))).toBeNull();
      expect(parsePlan(withField('gains', lever, Number.NaN))).toBeNull();
      expect(parsePlan(withField('gains', lever, '10'))).toBeNull();
      expect(parsePlan(withField('gains', lever, null))).toBeNull();
    });

    it(`rejects a missing, out-of-range, non-integer or non-number effort for ${lever}`, () => {
      expect(parsePlan(without('efforts', lever))).toBeNull();
      expect(parsePlan(withField('efforts', lever, 0))).toBeNull();
      expect(parsePlan(withField('efforts', lever, -1))).toBeNull();
      expect(parsePlan(withField('efforts', lever, 6))).toBeNull();
      expect(parsePlan(withField('efforts', lever, 2.5))).toBeNull();
      expect(parsePlan(withField('efforts', lever, Number.NaN))).toBeNull();
      expect(parsePlan(withField('efforts', lever, '3'))).toBeNull();
    });
  }

  for (const key of ['customers', 'conversion', 'basket', 'repeatRate', 'extension'] as const) {
    it(`rejects a missing, infinite, huge or non-number baseline ${key}`, () => {
      expect(parsePlan(without('baseline', key))).toBeNull();
      expect(parsePlan(withField('baseline', key, Number.POSITIVE_INFINITY))).toBeNull();
      expect(parsePlan(withField('baseline', key, -1e9 - 1))).toBeNull();
      expect(parsePlan(withField('baseline', key, 1e9 + 1))).toBeNull();
      expect(parsePlan(withField('baseline', key, '1'))).toBeNull();
    });

    it(`keeps a baseline ${key} that is being typed: empty or negative stays, with checkBaseline's message`, () => {
      const negative = parsePlan(withField('baseline', key, -1));
      expect(negative?.baseline[key]).toBe(-1);
      expect(negative?.gains).toEqual(valid.gains);
      expect(checkBaseline(negative!.baseline)[key]).toBeTruthy();
      expect(parsePlan(withField('baseline', key, Number.NaN))?.baseline[key]).toBeNaN();
    });
  }

  it('reads an empty field that JSON saved as null back as empty, keeping everything else', () => {
    const json = JSON.parse(JSON.stringify({ ...valid, baseline: { ...valid.baseline, customers: Number.NaN } }));
    expect(json.baseline.customers).toBeNull();
    const parsed = parsePlan(json)!;
    expect(parsed.baseline.customers).toBeNaN();
    expect(parsed.baseline.conversion).toBe(valid.baseline.conversion);
    expect(checkBaseline(parsed.baseline).customers).toBe('客户数量还没填。');
  });
});

describe('the content schema', () => {
  type Raw = {
    exampleHall: Record<string, number>;
    leverNames: Record<string, string>;
    baselineLabels: Record<string, unknown>;
  };
  /** The real file with one change. */
  const changed = (change: (copy: Raw) => void): unknown => {
    const copy = structuredClone(rawContent('performance-formula')) as Raw;
    change(copy);
    return copy;
  };
  const failing = (value: unknown) =>
    (schema.safeParse(value).error?.issues ?? []).map((issue) => issue.path.join('.'));

  it('parses the real file', () => {
    expect(failing(rawContent('performance-formula'))).toEqual([]);
  });

  it('needs an example hall the simulator can compute, naming the field', () => {
    expect(failing(changed((copy) => (copy.exampleHall.conversion = 150)))).toEqual(['exampleHall.conversion']);
    expect(failing(changed((copy) => (copy.exampleHall.customers = 0)))).toEqual(['exampleHall.customers']);
    expect(failing(changed((copy) => (copy.exampleHall.extension = -1)))).toEqual(['exampleHall.extension']);
  });

  it('needs a name for each lever and a label for each number', () => {
    expect(failing(changed((copy) => delete copy.leverNames.repeat))).toEqual(['leverNames.repeat']);
    expect(failing(changed((copy) => delete copy.baselineLabels.extension))).toEqual(['baselineLabels.extension']);
  });
});
