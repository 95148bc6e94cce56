import { describe, expect, it } from 'vitest';
import {
  MAX_POINTS,
  TEXT_MAX,
  addPoint,
  editRows,
  emptyCanvas,
  issueMessage,
  parseCanvas,
  pointProblem,
  removePoint,
  reviewCanvas,
  submitCanvas,
  updatePoint,
  withProduct,
  withScript,
  type CanvasState,
} from '../../src/exercises/selling-points/logic';
import { schema, type Content } from '../../src/exercises/selling-points/content';
import { exerciseContent, rawContent } from './exercise-content';

const content = exerciseContent('selling-points') as Content;
/** The worked example from the content file, copied so a test may change it. */
const sampleCanvas = (): CanvasState => structuredClone(content.sample);

describe('pointProblem', () => {
  it('accepts a point that names the customer and their gain', () => {
    expect(pointProblem({ feature: '1000M 带宽', point: '全家一起用也不卡' })).toBeNull();
    expect(pointProblem({ feature: '大电池', point: '您两三天充一次，不怕忘了充' })).toBeNull();
  });
  it('catches a point that repeats the feature', () => {
    expect(pointProblem({ feature: '1000M 带宽', point: '1000M 带宽' })).toBe('repeatsFeature');
    expect(pointProblem({ feature: '全屋 Wi-Fi', point: '有全屋 Wi-Fi 组网' })).toBe('repeatsFeature');
  });
  it('catches spec-sheet wording without the customer', () => {
    expect(pointProblem({ feature: '大屏', point: '5000mAh 超大电池' })).toBe('specWords');
    expect(pointProblem({ feature: '网速', point: '超高速网络' })).toBe('specWords');
  });
  it('catches a point with no customer in it', () => {
    expect(pointProblem({ feature: '套餐', point: '性价比很高' })).toBe('noCustomer');
  });
  it('says nothing about an empty point (the missing-field check does)', () => {
    expect(pointProblem({ feature: '套餐', point: '  ' })).toBeNull();
  });
});

describe('reviewCanvas', () => {
  it('finds nothing wrong with the sample', () => {
    expect(reviewCanvas(sampleCanvas())).toEqual([]);
  });
  it('lists what a new canvas is missing, in order', () => {
    expect(reviewCanvas(emptyCanvas())).toEqual([
      { kind: 'noProduct' },
      { kind: 'missing', row: 1, field: 'feature' },
      { kind: 'missing', row: 1, field: 'scene' },
      { kind: 'missing', row: 1, field: 'point' },
      { kind: 'noScript', step: 'dig' },
      { kind: 'noScript', step: 'show' },
      { kind: 'noScript', step: 'close' },
    ]);
  });
  it('reports a feature-like point by row', () => {
    const state: CanvasState = {
      ...sampleCanvas(),
      rows: updatePoint(sampleCanvas().rows, 's2', { point: 'FTTR 全屋光纤组网' }),
    };
    expect(reviewCanvas(state)).toEqual([{ kind: 'repeatsFeature', row: 2 }]);
  });
});

describe('editing', () => {
  it('adds up to MAX_POINTS rows with unique ids, updates with truncation, removes, never mutates', () => {
    let rows = emptyCanvas().rows;
    for (let index = 0; index < MAX_POINTS + 2; index += 1) rows = addPoint(rows);
    expect(rows).toHaveLength(MAX_POINTS);
    expect(new Set(rows.map((row) => row.id)).size).toBe(MAX_POINTS);
    const original = sampleCanvas().rows;
    const changed = updatePoint(original, 's1', { scene: '长'.repeat(TEXT_MAX + 3) });
    expect(changed[0]?.scene).toHaveLength(TEXT_MAX);
    expect(original[0]?.scene).not.toHaveLength(TEXT_MAX);
    expect(removePoint(original, 's1').map((row) => row.id)).toEqual(['s2']);
  });
});

describe('parseCanvas', () => {
  it('round-trips', () => {
    expect(parseCanvas(JSON.parse(JSON.stringify(sampleCanvas())))).toEqual(sampleCanvas());
  });
  it.each([
    ['null', null],
    ['rows not an array', { ...sampleCanvas(), rows: {} }],
    ['a bad row id', { ...sampleCanvas(), rows: [{ id: 'x', feature: '', scene: '', point: '' }] }],
    ['duplicate row ids', { ...sampleCanvas(), rows: [sampleCanvas().rows[0], sampleCanvas().rows[0]] }],
    ['script as an array', { ...sampleCanvas(), script: [] }],
    ['a numeric script step', { ...sampleCanvas(), script: { dig: 1 } }],
  ])('rejects %s', (_label, value) => {
    expect(parseCanvas(value)).toBeNull();
  });
});

describe('issueMessage', () => {
  it('fills in the row, the field’s name and the step’s name', () => {
    expect(issueMessage({ kind: 'missing', row: 2, field: 'scene' }, content)).toBe(
      '第 2 个卖点：「场景（谁、在什么情况下用）」还空着。',
    );
    expect(issueMessage({ kind: 'noScript', step: 'close' }, content)).toBe(
      '话术还缺「促成：给他一个好做的决定」这一步。',
    );
    expect(issueMessage({ kind: 'noProduct' }, content)).toBe('先写下要分析的产品。');
  });
});

describe('editing the latest canvas', () => {
  it('changes only its own part, capped at TEXT_MAX, never mutating', () => {
    const state = Object.freeze(sampleCanvas());
    expect(withProduct(state, '长'.repeat(TEXT_MAX + 1))).toEqual({
      ...sampleCanvas(),
      product: '长'.repeat(TEXT_MAX),
    });
    expect(withScript(state, 'show', '看')).toEqual({
      ...sampleCanvas(),
      script: { ...sampleCanvas().script, show: '看' },
    });
    expect(editRows(state, (rows) => removePoint(rows, 's1')).rows.map((row) => row.id)).toEqual(['s2']);
    expect(editRows(state, addPoint).rows).toHaveLength(3);
  });

  it('finishes the card only when the review finds nothing', () => {
    expect(submitCanvas(sampleCanvas()).submitted).toBe(true);
    expect(submitCanvas(withScript(sampleCanvas(), 'dig', '')).submitted).toBe(false);
    expect(submitCanvas({ ...emptyCanvas(), submitted: true }).submitted).toBe(true);
  });
});

describe('the content schema', () => {
  const raw = () => structuredClone(rawContent('selling-points')) as Record<string, any>;
  const issues = (value: unknown) =>
    (schema.safeParse(value).error?.issues ?? []).map((found) => [found.path.join('.'), found.message]);

  it('parses the real file, numbering the sample’s rows', () => {
    expect(issues(raw())).toEqual([]);
    expect(content.sample.rows.map((row) => row.id)).toEqual(['s1', 's2']);
    expect(content.sample.submitted).toBe(false);
  });

  it('needs a sentence for every issue kind, with its slots', () => {
    const file = raw();
    delete file.issues.noScript;
    file.issues.missing = '第 {row} 个卖点还有空着的。';
    file.issues['spec-words'] = file.issues.specWords;
    expect(issues(file).map(([path]) => path)).toEqual(['issues.missing', 'issues.noScript', 'issues']);
  });

  it('refuses a sample the review would flag, pointing at the selling point', () => {
    const file = raw();
    file.sample.rows[1].point = file.sample.rows[1].feature;
    expect(issues(file)).toEqual([
      [
        'sample.rows.1.point',
        '示例要过得了检查：第 2 个卖点只是把特点又说了一遍。追问一句「那又怎样？对他有什么好处？」',
      ],
    ]);
  });
});
