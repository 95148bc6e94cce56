/**
 * Peak–end rule (峰终定律): a visit is remembered by its most intense moment and its end.
 * Pure functions over a customer journey; the designer island only renders and dispatches.
 */
import { fillTemplate } from '../../platform/template.ts';
import { FEELING_MAX, FEELING_MIN, formatFeeling, signed } from './feeling.ts';

export const MAX_TOUCHPOINTS = 12;
export const NAME_MAX_LENGTH = 20;
export const MINUTES_MAX = 240;

export interface Touchpoint {
  id: string;
  name: string;
  /** −5 (very bad) … +5 (delighted). */
  feeling: number;
  /** Optional duration; `null` when the learner leaves it blank. */
  minutes: number | null;
}

export interface JourneyAnalysis {
  peakIndex: number;
  endIndex: number;
  peak: number;
  end: number;
  /** What the customer remembers: (peak + end) / 2. */
  remembered: number;
  /** Plain mean of all feelings. */
  average: number;
  /** Mean weighted by minutes, when every touchpoint has minutes; otherwise `null`. */
  timeWeighted: number | null;
  lowestIndex: number;
  /** The first other moment exactly as strong as the peak (e.g. +4 beside a −4 peak), or `null`. */
  tieIndex: number | null;
}

export type AdviceKind =
  'weakEnd' | 'deepValley' | 'longValley' | 'noPositivePeak' | 'memoryBelowAverage' | 'wellDesigned';

export interface Advice {
  kind: AdviceKind;
  text: string;
}

/**
 * The advice sentences, with `{name}`-style slots (content/exercises/peak-end.yaml). `dominant` is
 * the clause added to a deep valley that is also the peak.
 */
export type AdviceTexts = Record<AdviceKind | 'dominant', string>;

export function clampFeeling(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(FEELING_MAX, Math.max(FEELING_MIN, Math.round(value)));
}

/** Blank, negative or non-numeric minutes become `null`; others are rounded and capped. */
export function normaliseMinutes(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value) || value <= 0) return null;
  return Math.min(MINUTES_MAX, Math.round(value));
}

export function normaliseName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, NAME_MAX_LENGTH);
}

/**
 * Index of the most intense feeling (largest absolute value). On equal intensity the negative
 * moment wins — bad moments weigh more in memory — and then the earlier one. The rule is the
 * course's (content/exercises/peak-end.yaml, instructions and summary.tie*), and the tool says it
 * whenever it decides (JourneyAnalysis.tieIndex).
 */
export function peakIndexOf(feelings: readonly number[]): number {
  let best = -1;
  feelings.forEach((feeling, index) => {
    if (best === -1) {
      best = index;
      return;
    }
    const current = feelings[best] as number;
    const stronger = Math.abs(feeling) > Math.abs(current);
    const sameButWorse = Math.abs(feeling) === Math.abs(current) && feeling < current;
    if (stronger || sameButWorse) best = index;
  });
  return best;
}

/** Rounds half away from zero, so −0.05 and +0.05 round alike, and never returns −0. */
function round1(value: number): number {
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * 10)) / 10;
  return rounded === 0 ? 0 : rounded;
}

/** Returns `null` for an empty journey: there is nothing to remember. */
export function analyseJourney(touchpoints: readonly Touchpoint[]): JourneyAnalysis | null {
  if (touchpoints.length === 0) return null;
  const feelings = touchpoints.map((touchpoint) => clampFeeling(touchpoint.feeling));
  const peakIndex = peakIndexOf(feelings);
  const endIndex = feelings.length - 1;
  const peak = feelings[peakIndex] as number;
  const end = feelings[endIndex] as number;
  const average = feelings.reduce((sum, feeling) => sum + feeling, 0) / feelings.length;
  const minutes = touchpoints.map((touchpoint) => normaliseMinutes(touchpoint.minutes));
  const allTimed = minutes.every((value) => value !== null);
  const totalMinutes = minutes.reduce<number>((sum, value) => sum + (value ?? 0), 0);
  const timeWeighted = allTimed
    ? round1(feelings.reduce((sum, feeling, index) => sum + feeling * (minutes[index] as number), 0) / totalMinutes)
    : null;
  const lowestIndex = feelings.reduce((low, feeling, index) => (feeling < (feelings[low] as number) ? index : low), 0);
  // A journey all at 0 has no moment stronger than another: nothing to explain.
  const tie = feelings.findIndex(
    (feeling, index) => index !== peakIndex && peak !== 0 && Math.abs(feeling) === Math.abs(peak),
  );
  return {
    peakIndex,
    endIndex,
    peak,
    end,
    remembered: round1((peak + end) / 2),
    average: round1(average),
    timeWeighted,
    lowestIndex,
    tieIndex: tie === -1 ? null : tie,
  };
}

/**
 * The sentences under the scores (content/exercises/peak-end.yaml `summary`): which moments are peak
 * and end, why a tie went the way it did, and what the other scores show — 按时长加权 only when it is
 * shown, i.e. when every touchpoint has minutes.
 */
export interface SummaryTexts {
  peakAndEnd: string;
  tieOpposite: string;
  tieSame: string;
  withTime: string;
  withoutTime: string;
}

export function summariseJourney(touchpoints: readonly Touchpoint[], texts: SummaryTexts): string {
  const analysis = analyseJourney(touchpoints);
  if (!analysis) return '';
  const name = (index: number) => touchpoints[index]?.name ?? '';
  const parts = [
    fillTemplate(texts.peakAndEnd, {
      peak: name(analysis.peakIndex),
      peakValue: formatFeeling(analysis.peak),
      end: name(analysis.endIndex),
      endValue: formatFeeling(analysis.end),
    }),
  ];
  if (analysis.tieIndex !== null) {
    const other = clampFeeling(touchpoints[analysis.tieIndex]?.feeling ?? 0);
    parts.push(
      fillTemplate(other === analysis.peak ? texts.tieSame : texts.tieOpposite, {
        peak: name(analysis.peakIndex),
        peakValue: formatFeeling(analysis.peak),
        other: name(analysis.tieIndex),
        otherValue: formatFeeling(other),
      }),
    );
  }
  parts.push(analysis.timeWeighted === null ? texts.withoutTime : texts.withTime);
  return parts.join('');
}

/** Concrete, ordered advice for a store manager; always at least one item for a non-empty journey. */
export function adviseJourney(touchpoints: readonly Touchpoint[], texts: AdviceTexts): Advice[] {
  const analysis = analyseJourney(touchpoints);
  if (!analysis) return [];
  const advice: Advice[] = [];
  const endName = touchpoints[analysis.endIndex]?.name ?? '最后一步';
  const lowest = touchpoints[analysis.lowestIndex];
  const lowestFeeling = clampFeeling(lowest?.feeling ?? 0);

  if (analysis.end <= 0) {
    advice.push({
      kind: 'weakEnd',
      text: fillTemplate(texts.weakEnd, { name: endName, value: formatFeeling(analysis.end) }),
    });
  }
  if (lowest && lowestFeeling <= -3) {
    advice.push({
      kind: 'deepValley',
      text: fillTemplate(texts.deepValley, {
        name: lowest.name,
        value: formatFeeling(lowestFeeling),
        dominant: analysis.lowestIndex === analysis.peakIndex ? texts.dominant : '',
      }),
    });
  }
  const longValleys = touchpoints.filter(
    (touchpoint) => clampFeeling(touchpoint.feeling) < 0 && (normaliseMinutes(touchpoint.minutes) ?? 0) >= 10,
  );
  for (const valley of longValleys) {
    advice.push({
      kind: 'longValley',
      text: fillTemplate(texts.longValley, { name: valley.name, minutes: normaliseMinutes(valley.minutes) ?? 0 }),
    });
  }
  const highest = Math.max(...touchpoints.map((touchpoint) => clampFeeling(touchpoint.feeling)));
  if (highest < 3) {
    advice.push({
      kind: 'noPositivePeak',
      text: texts.noPositivePeak,
    });
  }
  if (analysis.remembered < analysis.average) {
    advice.push({
      kind: 'memoryBelowAverage',
      text: fillTemplate(texts.memoryBelowAverage, {
        remembered: formatScore(analysis.remembered),
        average: formatScore(analysis.average),
      }),
    });
  }
  if (advice.length === 0) {
    advice.push({
      kind: 'wellDesigned',
      text: fillTemplate(texts.wellDesigned, { remembered: formatScore(analysis.remembered) }),
    });
  }
  return advice;
}

export function formatScore(value: number): string {
  const rounded = round1(value);
  return signed(rounded, rounded.toFixed(1));
}

/** Next free id of the form `t<n>`. */
export function nextTouchpointId(touchpoints: readonly Touchpoint[]): string {
  const used = touchpoints.map((touchpoint) => Number(/^t(\d+)$/.exec(touchpoint.id)?.[1] ?? 0));
  return `t${Math.max(0, ...used) + 1}`;
}

export function addTouchpoint(touchpoints: readonly Touchpoint[], name: string): Touchpoint[] {
  const clean = normaliseName(name);
  if (!clean || touchpoints.length >= MAX_TOUCHPOINTS) return [...touchpoints];
  return [...touchpoints, { id: nextTouchpointId(touchpoints), name: clean, feeling: 0, minutes: null }];
}

export function removeTouchpoint(touchpoints: readonly Touchpoint[], id: string): Touchpoint[] {
  return touchpoints.filter((touchpoint) => touchpoint.id !== id);
}

export function updateTouchpoint(
  touchpoints: readonly Touchpoint[],
  id: string,
  change: Partial<Omit<Touchpoint, 'id'>>,
): Touchpoint[] {
  return touchpoints.map((touchpoint) => {
    if (touchpoint.id !== id) return touchpoint;
    const next = { ...touchpoint };
    if (change.name !== undefined) next.name = normaliseName(change.name) || touchpoint.name;
    if (change.feeling !== undefined) next.feeling = clampFeeling(change.feeling);
    if (change.minutes !== undefined) next.minutes = normaliseMinutes(change.minutes);
    return next;
  });
}

/** Moves a touchpoint one step earlier (−1) or later (+1); out-of-range moves change nothing. */
export function moveTouchpoint(touchpoints: readonly Touchpoint[], id: string, direction: -1 | 1): Touchpoint[] {
  const from = touchpoints.findIndex((touchpoint) => touchpoint.id === id);
  const to = from + direction;
  if (from === -1 || to < 0 || to >= touchpoints.length) return [...touchpoints];
  const next = [...touchpoints];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as Touchpoint);
  return next;
}

/** A touchpoint as a content file writes it (the example journeys): the journey numbers them. */
export type JourneyStep = Omit<Touchpoint, 'id'>;

/** A journey from its steps, with ids t1, t2 … (fresh objects each time, so a saved journey never shares them). */
export function journeyOf(steps: readonly JourneyStep[]): Touchpoint[] {
  return steps.map((step, index) => ({ id: `t${index + 1}`, ...step }));
}

/** Decodes saved state; anything malformed yields `null` so the caller can start fresh. */
export function parseJourney(value: unknown): Touchpoint[] | null {
  if (!Array.isArray(value) || value.length > MAX_TOUCHPOINTS) return null;
  const touchpoints: Touchpoint[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null) return null;
    const { id, name, feeling, minutes } = item as Record<string, unknown>;
    if (typeof id !== 'string' || !/^t\d{1,9}$/.test(id)) return null;
    if (typeof name !== 'string' || !normaliseName(name)) return null;
    if (typeof feeling !== 'number' || !Number.isFinite(feeling)) return null;
    if (minutes !== null && typeof minutes !== 'number') return null;
    touchpoints.push({
      id,
      name: normaliseName(name),
      feeling: clampFeeling(feeling),
      minutes: normaliseMinutes(minutes),
    });
  }
  if (new Set(touchpoints.map((touchpoint) => touchpoint.id)).size !== touchpoints.length) return null;
  return touchpoints;
}

export interface ChartPoint {
  x: number;
  y: number;
}

/** The curve's drawing: its size and the margins around the plot (axis labels at the side, names below). */
export interface ChartFrame {
  width: number;
  height: number;
  top: number;
  bottom: number;
  side: number;
}

/** Positions for the SVG curve: evenly spaced, +5 at the top of the plot, −5 at its bottom. */
export function chartPoints(touchpoints: readonly Touchpoint[], frame: ChartFrame): ChartPoint[] {
  const innerWidth = frame.width - frame.side * 2;
  const innerHeight = frame.height - frame.top - frame.bottom;
  const step = touchpoints.length > 1 ? innerWidth / (touchpoints.length - 1) : 0;
  return touchpoints.map((touchpoint, index) => ({
    x: round1(frame.side + (touchpoints.length > 1 ? step * index : innerWidth / 2)),
    y: round1(
      frame.top + ((FEELING_MAX - clampFeeling(touchpoint.feeling)) / (FEELING_MAX - FEELING_MIN)) * innerHeight,
    ),
  }));
}

/** How much of a touchpoint's name the chart writes under its point. */
export const TICK_NAME_CHARS = 4;

/**
 * Whether the names under the curve fit between their neighbours, `step` apart, at `unitsPerChar`
 * per character (a Chinese character is one em wide); where they do not, the chart shows the rows' numbers.
 */
export function namesFit(names: readonly string[], step: number, unitsPerChar: number): boolean {
  const halfWidth = (name: string) => ([...name.slice(0, TICK_NAME_CHARS)].length * unitsPerChar) / 2;
  return names.every((name, index) => index === 0 || halfWidth(names[index - 1] as string) + halfWidth(name) <= step);
}

/**
 * The 峰/终 label's baseline for a point at `y`: on the side away from the zero line, or on the other
 * side where the `size`-high label would leave [minY, maxY] (the top edge, the names under the curve).
 */
export function markerBaseline(y: number, zeroY: number, size: number, minY: number, maxY: number): number {
  const above = y - 16;
  const below = y + 26;
  if (y < zeroY) return above - size >= minY ? above : below;
  return below <= maxY ? below : above;
}

/** The designer's saved state: the journey, whether IKEA's curve is overlaid, and 「完成设计」. */
export interface DesignerState {
  touchpoints: Touchpoint[];
  compareIkea: boolean;
  submitted: boolean;
}

export function parseDesigner(value: unknown): DesignerState | null {
  if (typeof value !== 'object' || value === null) return null;
  const { touchpoints, compareIkea, submitted } = value as Record<string, unknown>;
  const journey = parseJourney(touchpoints);
  return journey ? { touchpoints: journey, compareIkea: compareIkea === true, submitted: submitted === true } : null;
}
