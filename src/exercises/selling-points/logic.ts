/**
 * 产品 → 卖点 canvas (动能四阶, M5): for a product, each 特点 gets a 场景 and a 卖点, then a short
 * script (挖需 · 展示 · 促成). A selling point must be the customer's gain, not the feature again:
 * the review flags points that repeat the feature, read like a spec sheet, or never mention the
 * customer or their situation (the M5 test: 「那又怎样？对他有什么好处？」).
 */
import { nextRowId, removeById } from '../shared/rows';
import { fillTemplate } from '../../platform/template';

export const MAX_POINTS = 8;
export const TEXT_MAX = 120;
export const SCRIPT_STEPS = ['dig', 'show', 'close'] as const;
export type ScriptStep = (typeof SCRIPT_STEPS)[number];

/** Words that put the customer and their situation in the sentence. */
export const CUSTOMER_WORDS = [
  '您',
  '你',
  '孩子',
  '家人',
  '全家',
  '老人',
  '父母',
  '省',
  '不用',
  '不怕',
  '不再',
  '再也',
  '放心',
  '方便',
  '随时',
  '不卡',
  '少跑',
  '安心',
] as const;
/** Spec-sheet words: fine in a 特点, a sign the 卖点 is still a feature. */
export const SPEC_WORDS = [
  'Mbps',
  'M ',
  'GB',
  'mAh',
  '像素',
  '核',
  '赫兹',
  'Hz',
  '支持',
  '采用',
  '配备',
  '搭载',
  '超高速',
  '参数',
] as const;

export interface PointRow {
  id: string;
  feature: string;
  scene: string;
  point: string;
}

export interface CanvasState {
  product: string;
  rows: PointRow[];
  script: Record<ScriptStep, string>;
  submitted: boolean;
}

export type PointField = 'feature' | 'scene' | 'point';
export type PointProblem = 'repeatsFeature' | 'specWords' | 'noCustomer';

export type PointIssue =
  | { kind: 'missing'; row: number; field: PointField }
  | { kind: PointProblem; row: number }
  | { kind: 'noProduct' }
  | { kind: 'noScript'; step: ScriptStep };

/** What the review says (content/exercises/selling-points.yaml): `{row}`, `{field}` and `{step}` are filled in. */
export interface ReviewTexts {
  fields: Record<PointField, string>;
  script: Record<ScriptStep, string>;
  issues: Record<PointIssue['kind'], string>;
}

export function emptyCanvas(): CanvasState {
  return { product: '', rows: addPoint([]), script: { dig: '', show: '', close: '' }, submitted: false };
}

export function addPoint(rows: readonly PointRow[]): PointRow[] {
  return rows.length >= MAX_POINTS
    ? [...rows]
    : [...rows, { id: nextRowId(rows, 's'), feature: '', scene: '', point: '' }];
}

export const removePoint = (rows: readonly PointRow[], id: string): PointRow[] => removeById(rows, id);

export function updatePoint(rows: readonly PointRow[], id: string, change: Partial<Omit<PointRow, 'id'>>): PointRow[] {
  return rows.map((row) =>
    row.id === id
      ? {
          ...row,
          ...Object.fromEntries(Object.entries(change).map(([key, value]) => [key, String(value).slice(0, TEXT_MAX)])),
        }
      : row,
  );
}

/** Why a selling point is not yet a selling point; `null` when it reads as the customer's gain. */
export function pointProblem(row: Pick<PointRow, 'feature' | 'point'>): PointProblem | null {
  const point = row.point.trim();
  const feature = row.feature.trim();
  if (!point) return null;
  if (feature && (point === feature || point.includes(feature) || feature.includes(point))) return 'repeatsFeature';
  const speaksToCustomer = CUSTOMER_WORDS.some((word) => point.includes(word));
  if (!speaksToCustomer && SPEC_WORDS.some((word) => point.includes(word.trim()))) return 'specWords';
  if (!speaksToCustomer) return 'noCustomer';
  return null;
}

export function reviewCanvas(state: CanvasState): PointIssue[] {
  const issues: PointIssue[] = [];
  if (!state.product.trim()) issues.push({ kind: 'noProduct' });
  state.rows.forEach((row, index) => {
    for (const field of ['feature', 'scene', 'point'] as const)
      if (!row[field].trim()) issues.push({ kind: 'missing', row: index + 1, field });
    const problem = pointProblem(row);
    if (problem) issues.push({ kind: problem, row: index + 1 });
  });
  for (const step of SCRIPT_STEPS) if (!state.script[step].trim()) issues.push({ kind: 'noScript', step });
  return issues;
}

/** The issue as the learner reads it. */
export function issueMessage(issue: PointIssue, texts: ReviewTexts): string {
  return fillTemplate(texts.issues[issue.kind], {
    row: 'row' in issue ? issue.row : '',
    field: issue.kind === 'missing' ? texts.fields[issue.field] : '',
    step: issue.kind === 'noScript' ? texts.script[issue.step] : '',
  });
}

export function withProduct(state: CanvasState, text: string): CanvasState {
  return { ...state, product: text.slice(0, TEXT_MAX) };
}

/** Applies `change` (addPoint, removePoint, updatePoint …) to the canvas's rows. */
export function editRows(state: CanvasState, change: (rows: readonly PointRow[]) => PointRow[]): CanvasState {
  return { ...state, rows: change(state.rows) };
}

export function withScript(state: CanvasState, step: ScriptStep, text: string): CanvasState {
  return { ...state, script: { ...state.script, [step]: text.slice(0, TEXT_MAX) } };
}

/** Marks the card finished, if the review finds nothing left to fix. */
export function submitCanvas(state: CanvasState): CanvasState {
  return { ...state, submitted: state.submitted || reviewCanvas(state).length === 0 };
}

/** Decodes saved state; `null` when malformed. */
export function parseCanvas(value: unknown): CanvasState | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  if (typeof raw.product !== 'string' || !Array.isArray(raw.rows) || raw.rows.length > MAX_POINTS) return null;
  const rows: PointRow[] = [];
  for (const item of raw.rows) {
    if (typeof item !== 'object' || item === null) return null;
    const { id, feature, scene, point } = item as Record<string, unknown>;
    if (
      typeof id !== 'string' ||
      !/^s\d{1,6}$/.test(id) ||
      typeof feature !== 'string' ||
      typeof scene !== 'string' ||
      typeof point !== 'string'
    )
      return null;
    rows.push({
      id,
      feature: feature.slice(0, TEXT_MAX),
      scene: scene.slice(0, TEXT_MAX),
      point: point.slice(0, TEXT_MAX),
    });
  }
  if (new Set(rows.map((row) => row.id)).size !== rows.length) return null;
  const script =
    typeof raw.script === 'object' && raw.script !== null && !Array.isArray(raw.script)
      ? (raw.script as Record<string, unknown>)
      : null;
  if (!script) return null;
  const steps = {} as Record<ScriptStep, string>;
  for (const step of SCRIPT_STEPS) {
    const text = script[step] ?? '';
    if (typeof text !== 'string') return null;
    steps[step] = text.slice(0, TEXT_MAX);
  }
  return { product: raw.product.slice(0, TEXT_MAX), rows, script: steps, submitted: raw.submitted === true };
}
