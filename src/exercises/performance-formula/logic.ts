/**
 * 业绩公式: 业绩 = 客户数量 × 转化效率 × 客单量 × 复购量, 复购量（倍数）= 1 + 个体复购率 + 延展购买量.
 * 复购量 counts purchases per first purchase: the 1 is the first purchase itself, so a hall with no
 * repeat buyers keeps its sales (×1) instead of losing them (×0).
 * Because the factors multiply, small gains on all four compound (1.1⁴ ≈ 1.46).
 */

export const LEVERS = ['customers', 'conversion', 'basket', 'repeat'] as const;
export type Lever = (typeof LEVERS)[number];

export interface Baseline {
  /** 进厅（或触达）的客户数，人/月 */
  customers: number;
  /** 转化效率，% */
  conversion: number;
  /** 客单量，每位成交客户办理的件数 */
  basket: number;
  /** 个体复购率，%: of the customers who bought, how many buy again themselves (0 = none) */
  repeatRate: number;
  /** 延展购买量，笔 per customer who bought: purchases it brings through family and friends (0 = none) */
  extension: number;
}

export type BaselineErrors = Partial<Record<keyof Baseline, string>>;

/** The three factors that multiply the result directly: a 0 in any of them makes the result 0. */
export const DIRECT_FACTORS = ['customers', 'conversion', 'basket'] as const satisfies readonly (keyof Baseline)[];

/**
 * Clear messages for unusable inputs; an empty object means the baseline can be computed. A 0 is
 * usable: the result is then 0, which is what the course teaches (任何一项为零，业绩就是零; see zeroFactors).
 */
export function checkBaseline(baseline: Baseline): BaselineErrors {
  const errors: BaselineErrors = {};
  const zeroOrMore = (key: keyof Baseline, label: string, none = '') => {
    const value = baseline[key];
    if (!Number.isFinite(value)) errors[key] = `${label}还没填${none ? `，${none}就填 0` : ''}。`;
    else if (value < 0) errors[key] = `${label}不能为负数${none ? `，${none}就填 0` : ''}。`;
  };
  zeroOrMore('customers', '客户数量');
  zeroOrMore('conversion', '转化效率');
  zeroOrMore('basket', '客单量');
  zeroOrMore('repeatRate', '个体复购率', '没有复购');
  zeroOrMore('extension', '延展购买量', '没有');
  if (!errors.conversion && baseline.conversion > 100) errors.conversion = '转化效率不会超过 100%。';
  return errors;
}

/** The direct factors that are exactly 0, in formula order (each makes the whole result 0). */
export function zeroFactors(baseline: Baseline): (typeof DIRECT_FACTORS)[number][] {
  return DIRECT_FACTORS.filter((key) => baseline[key] === 0);
}

/** 复购量 as a multiplier: 1 (the first purchase) + the repeat rate + the extension. */
export function repeatOf(baseline: Baseline): number {
  return 1 + baseline.repeatRate / 100 + baseline.extension;
}

export function performanceOf(baseline: Baseline): number {
  return baseline.customers * (baseline.conversion / 100) * baseline.basket * repeatOf(baseline);
}

export type Gains = Record<Lever, number>;

/** Total change in % when every lever improves by its gain in %. */
export function compoundGain(gains: Gains): number {
  return (LEVERS.reduce((product, lever) => product * (1 + gains[lever] / 100), 1) - 1) * 100;
}

/** Each lever's multiplier, 1 + gain (10 % → 1.1), in LEVERS order; their product is the result's growth. */
export function gainFactors(gains: Gains): number[] {
  // (100 + g) / 100 is the double nearest the decimal, so it prints as 1.1, not 1.1000000000000001.
  return LEVERS.map((lever) => (100 + gains[lever]) / 100);
}

/** Multiplying beats adding only when two or more levers move; with one (or none) they are equal. */
export function compoundBeatsAdding(gains: Gains): boolean {
  return LEVERS.filter((lever) => gains[lever] > 0).length >= 2;
}

/** What most people expect: the gains simply added up. */
export function additiveGain(gains: Gains): number {
  return LEVERS.reduce((sum, lever) => sum + gains[lever], 0);
}

export function improvedPerformance(baseline: Baseline, gains: Gains): number {
  return performanceOf(baseline) * (1 + compoundGain(gains) / 100);
}

export interface LeverValue {
  lever: Lever;
  gain: number;
  effort: number;
  /** Growth of the result per unit of effort, in % of the result. */
  perEffort: number;
}

/**
 * Each lever alone moves the result by exactly its own gain (the factors multiply), so what
 * separates the levers is the effort each gain costs. Best value first; ties keep LEVERS order.
 */
export function rankLevers(gains: Gains, efforts: Record<Lever, number>): LeverValue[] {
  return LEVERS.map((lever) => ({
    lever,
    gain: gains[lever],
    effort: efforts[lever],
    perEffort: efforts[lever] > 0 ? gains[lever] / efforts[lever] : 0,
  })).sort((a, b) => b.perEffort - a.perEffort);
}

export interface PlanState {
  baseline: Baseline;
  gains: Gains;
  /** 1 (easy) … 5 (hard) */
  efforts: Record<Lever, number>;
  submitted: boolean;
}

export const GAIN_MAX = 50;

/** The plan the exercise opens with: the example hall (content/exercises/performance-formula.yaml), every lever +10 %, middling effort. */
export function initialPlan(exampleHall: Baseline): PlanState {
  return {
    baseline: { ...exampleHall },
    gains: { customers: 10, conversion: 10, basket: 10, repeat: 10 },
    efforts: { customers: 3, conversion: 3, basket: 3, repeat: 3 },
    submitted: false,
  };
}

/** The plan with one number of the hall changed (NaN while its field is empty). */
export function withBaselineValue(plan: PlanState, key: keyof Baseline, value: number): PlanState {
  return { ...plan, baseline: { ...plan.baseline, [key]: value } };
}

export function withGain(plan: PlanState, lever: Lever, gain: number): PlanState {
  return { ...plan, gains: { ...plan.gains, [lever]: gain } };
}

export function withEffort(plan: PlanState, lever: Lever, effort: number): PlanState {
  return { ...plan, efforts: { ...plan.efforts, [lever]: effort } };
}

/** Decodes saved state; any field out of range makes it unusable (`null`). */
export function parsePlan(value: unknown): PlanState | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  /** Each key read with `read`, which gives undefined for a value it rejects. */
  const record = (
    input: unknown,
    keys: readonly string[],
    read: (value: unknown) => number | undefined,
  ): Record<string, number> | null => {
    if (typeof input !== 'object' || input === null) return null;
    const out: Record<string, number> = {};
    for (const key of keys) {
      const number = read((input as Record<string, unknown>)[key]);
      if (number === undefined) return null;
      out[key] = number;
    }
    return out;
  };
  const integerIn = (min: number, max: number) => (value: unknown) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max ? (value as number) : undefined;
  // A field being typed may be empty (saved as null) or wrong (negative): it is kept, and checkBaseline says what to fix.
  // (In memory an empty field is NaN; JSON saves it as null.)
  const baseline = record(raw.baseline, ['customers', 'conversion', 'basket', 'repeatRate', 'extension'], (value) =>
    value === null || Number.isNaN(value)
      ? Number.NaN
      : typeof value === 'number' && Math.abs(value) <= 1e9
        ? value
        : undefined,
  );
  const gains = record(raw.gains, LEVERS, integerIn(0, GAIN_MAX));
  const efforts = record(raw.efforts, LEVERS, integerIn(1, 5));
  if (!baseline || !gains || !efforts) return null;
  return {
    baseline: baseline as unknown as Baseline,
    gains: gains as Gains,
    efforts: efforts as Record<Lever, number>,
    submitted: raw.submitted === true,
  };
}
