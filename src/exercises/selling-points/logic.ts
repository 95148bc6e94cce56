/**
 * 产品 → 卖点 canvas (动能四阶, M5): for a product, each 特点 gets a 场景 and a 卖点, then a short
 * script (挖需 · 展示 · 促成). A selling point must be the customer's gain, not the feature again:
 * the review flags points that repeat the feature, read like a spec sheet, or never mention the
 * customer or their situation (the M5 test: 「那又怎样？对他有什么好处？」).
 */
import { nextRowId, removeById } from '../shared/rows';

export const MAX_POINTS = 8;
export const TEXT_MAX = 120;
export const SCRIPT_STEPS = ['dig', 'show', 'close'] as const;
export type ScriptStep = (typeof SCRIPT_STEPS)[number];

/** Words that put the customer and their situation in the sentence. */
export const CUSTOMER_WORDS = ['您', '你', '孩子', '家人', '全家', '老人', '父母', '省', '不用', '不怕', '不再', '再也', '放心', '方便', '随时', '不卡', '少跑', '安心'] as const;
/** Spec-sheet words: fine in a 特点, a sign the 卖点 is still a feature. */
export const SPEC_WORDS = ['Mbps', 'M ', 'GB', 'mAh', '像素', '核', '赫兹', 'Hz', '支持', '采用', '配备', '搭载', '超高速', '参数'] as const;

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

export type PointIssue =
  | { kind: 'missing'; row: number; field: 'feature' | 'scene' | 'point' }
  | { kind: 'repeats-feature' | 'spec-words' | 'no-customer'; row: number }
  | { kind: 'no-product' }
  | { kind: 'no-script'; step: ScriptStep };

export function emptyCanvas(): CanvasState {
  return { product: '', rows: addPoint([]), script: { dig: '', show: '', close: '' }, submitted: false };
}

export function addPoint(rows: readonly PointRow[]): PointRow[] {
  return rows.length >= MAX_POINTS ? [...rows] : [...rows, { id: nextRowId(rows, 's'), feature: '', scene: '', point: '' }];
}

export const removePoint = (rows: readonly PointRow[], id: string): PointRow[] => removeById(rows, id);

export function updatePoint(rows: readonly PointRow[], id: string, change: Partial<Omit<PointRow, 'id'>>): PointRow[] {
  return rows.map((row) => (row.id === id ? { ...row, ...Object.fromEntries(Object.entries(change).map(([key, value]) => [key, String(value).slice(0, TEXT_MAX)])) } : row));
}

/** Why a selling point is not yet a selling point; `null` when it reads as the customer's gain. */
export function pointProblem(row: Pick<PointRow, 'feature' | 'point'>): 'repeats-feature' | 'spec-words' | 'no-customer' | null {
  const point = row.point.trim();
  const feature = row.feature.trim();
  if (!point) return null;
  if (feature && (point === feature || point.includes(feature) || feature.includes(point))) return 'repeats-feature';
  const speaksToCustomer = CUSTOMER_WORDS.some((word) => point.includes(word));
  if (!speaksToCustomer && SPEC_WORDS.some((word) => point.includes(word.trim()))) return 'spec-words';
  if (!speaksToCustomer) return 'no-customer';
  return null;
}

export function reviewCanvas(state: CanvasState): PointIssue[] {
  const issues: PointIssue[] = [];
  if (!state.product.trim()) issues.push({ kind: 'no-product' });
  state.rows.forEach((row, index) => {
    for (const field of ['feature', 'scene', 'point'] as const) if (!row[field].trim()) issues.push({ kind: 'missing', row: index + 1, field });
    const problem = pointProblem(row);
    if (problem) issues.push({ kind: problem, row: index + 1 });
  });
  for (const step of SCRIPT_STEPS) if (!state.script[step].trim()) issues.push({ kind: 'no-script', step });
  return issues;
}

/** The worked example of M5: 千兆宽带 for a family. */
export function sampleCanvas(): CanvasState {
  return {
    product: '千兆宽带（含全屋 Wi-Fi）',
    rows: [
      { id: 's1', feature: '1000M 带宽', scene: '晚上全家同时上网：孩子上网课、老人看电视、大人刷视频', point: '全家一起用也不卡，孩子上网课不掉线' },
      { id: 's2', feature: '全屋 Wi-Fi 组网', scene: '三居室，卧室和书房信号弱', point: '每个房间都有满格信号，您不用再抱着手机找信号' },
    ],
    script: {
      dig: '晚上家里几个人同时上网？卧室那边信号怎么样？',
      show: '现场用测速仪对比，再给您看全屋 Wi-Fi 的覆盖图。',
      close: '这周办理可以免费上门装，您看周六上午还是周日下午方便？',
    },
    submitted: false,
  };
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
    if (typeof id !== 'string' || !/^s\d{1,6}$/.test(id) || typeof feature !== 'string' || typeof scene !== 'string' || typeof point !== 'string') return null;
    rows.push({ id, feature: feature.slice(0, TEXT_MAX), scene: scene.slice(0, TEXT_MAX), point: point.slice(0, TEXT_MAX) });
  }
  if (new Set(rows.map((row) => row.id)).size !== rows.length) return null;
  const script = typeof raw.script === 'object' && raw.script !== null && !Array.isArray(raw.script) ? (raw.script as Record<string, unknown>) : null;
  if (!script) return null;
  const steps = {} as Record<ScriptStep, string>;
  for (const step of SCRIPT_STEPS) {
    const text = script[step] ?? '';
    if (typeof text !== 'string') return null;
    steps[step] = text.slice(0, TEXT_MAX);
  }
  return { product: raw.product.slice(0, TEXT_MAX), rows, script: steps, submitted: raw.submitted === true };
}
