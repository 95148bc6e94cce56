import { describe, expect, it } from 'vitest';
import { MAX_POINTS, TEXT_MAX, addPoint, emptyCanvas, parseCanvas, pointProblem, removePoint, reviewCanvas, sampleCanvas, updatePoint, type CanvasState } from '../../src/exercises/selling-points/logic';
import { SELLING_POINT_TEXTS } from '../../src/exercises/selling-points/texts';

describe('pointProblem', () => {
  it('accepts a point that names the customer and their gain', () => {
    expect(pointProblem({ feature: '1000M 带宽', point: '全家一起用也不卡' })).toBeNull();
    expect(pointProblem({ feature: '大电池', point: '您两三天充一次，不怕忘了充' })).toBeNull();
  });
  it('catches a point that repeats the feature', () => {
    expect(pointProblem({ feature: '1000M 带宽', point: '1000M 带宽' })).toBe('repeats-feature');
    expect(pointProblem({ feature: '全屋 Wi-Fi', point: '有全屋 Wi-Fi 组网' })).toBe('repeats-feature');
  });
  it('catches spec-sheet wording without the customer', () => {
    expect(pointProblem({ feature: '大屏', point: '5000mAh 超大电池' })).toBe('spec-words');
    expect(pointProblem({ feature: '网速', point: '超高速网络' })).toBe('spec-words');
  });
  it('catches a point with no customer in it', () => {
    expect(pointProblem({ feature: '套餐', point: '性价比很高' })).toBe('no-customer');
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
      { kind: 'no-product' },
      { kind: 'missing', row: 1, field: 'feature' },
      { kind: 'missing', row: 1, field: 'scene' },
      { kind: 'missing', row: 1, field: 'point' },
      { kind: 'no-script', step: 'dig' },
      { kind: 'no-script', step: 'show' },
      { kind: 'no-script', step: 'close' },
    ]);
  });
  it('reports a feature-like point by row', () => {
    const state: CanvasState = { ...sampleCanvas(), rows: updatePoint(sampleCanvas().rows, 's2', { point: '全屋 Wi-Fi 组网' }) };
    expect(reviewCanvas(state)).toEqual([{ kind: 'repeats-feature', row: 2 }]);
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

describe('SELLING_POINT_TEXTS', () => {
  it('has a sentence for every issue kind and a label for every field and step', () => {
    expect(Object.keys(SELLING_POINT_TEXTS.issues).sort()).toEqual(['missing', 'no-customer', 'no-product', 'no-script', 'repeats-feature', 'spec-words']);
    expect(Object.keys(SELLING_POINT_TEXTS.script)).toEqual(['dig', 'show', 'close']);
  });
});
