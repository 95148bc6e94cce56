import { describe, expect, it } from 'vitest';
import {
  MAX_IMPORT_BYTES,
  MAX_STORED_CHARACTERS,
  describeProgress,
  parseProgressImport,
} from '../../src/platform/progress-file';
import { EXPORT_KIND, createProgressExport, exportFileName } from '../../src/platform/progress-export';
import { emptyProgress, type Progress } from '../../src/platform/progress';

const NOW = '2026-11-23T09:15:00.000Z';
const progress: Progress = {
  version: 1,
  modules: { m3: { visitedAt: NOW, completedAt: NOW } },
  exercises: { 'peak-end': { done: true, updatedAt: NOW, state: { touchpoints: [] } } },
  lastModule: 'm3',
};
const bytes = (text: string) => new TextEncoder().encode(text).length;
const importText = (text: string) => parseProgressImport(text, bytes(text));

describe('createProgressExport', () => {
  it('writes the kind, the time and the progress', () => {
    expect(JSON.parse(createProgressExport(progress, NOW))).toEqual({ kind: EXPORT_KIND, exportedAt: NOW, progress });
  });
  it('round-trips through parseProgressImport', () => {
    expect(importText(createProgressExport(progress, NOW))).toEqual({ ok: true, progress });
  });
  it('carries the certificate’s name when there is one, and leaves it out when there is none', () => {
    expect(JSON.parse(createProgressExport(progress, NOW, '张 晓燕')).learner).toBe('张 晓燕');
    expect(JSON.parse(createProgressExport(progress, NOW, ''))).not.toHaveProperty('learner');
    expect(importText(createProgressExport(progress, NOW, '张 晓燕'))).toEqual({
      ok: true,
      progress,
      learner: '张 晓燕',
    });
  });
});

describe('the certificate’s name in an imported file', () => {
  const withLearner = (learner: unknown) => JSON.stringify({ kind: EXPORT_KIND, exportedAt: NOW, progress, learner });
  it.each([
    ['a number', 42],
    ['null', null],
    ['an empty name', ''],
    ['spaces around it', ' 张晓燕 '],
    ['a line break', '张\n晓燕'],
    ['a blank letter', '\u3164'],
    ['more than 40 characters', '张'.repeat(41)],
    ['markup is fine as text, but a control character is not', '<b>\u0007</b>'],
  ])('refuses %s and changes nothing', (_, learner) => {
    const result = importText(withLearner(learner));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('证书上的姓名');
  });
  it('takes a name written as the course saves it, markup included (shown as text)', () => {
    expect(importText(withLearner('<img src=x>'))).toEqual({ ok: true, progress, learner: '<img src=x>' });
  });
});

describe('describeProgress', () => {
  it('counts the exercises answered and the modules completed', () => {
    expect(describeProgress(progress)).toMatch(/^\d+ 个练习的作答，\d+ 个已完成的模块$/);
  });
  it('says plainly when there is nothing in it', () => {
    expect(describeProgress(emptyProgress())).toBe('还没有任何作答和已完成的模块');
  });
});

describe('exportFileName', () => {
  it('names the file with the date', () => {
    expect(exportFileName(NOW)).toBe('学习进度-2026-11-23.json');
  });
});

describe('parseProgressImport', () => {
  it('takes back an export as large as the browser lets the course store (everything in storage is progress)', () => {
    const big = structuredClone(progress);
    // Long Chinese texts in a saved exercise state, up to what localStorage holds for the site.
    const text = '店长复盘：'.repeat(MAX_STORED_CHARACTERS / 5 / 8);
    big.exercises['activity-canvas'] = {
      state: { notes: Array.from({ length: 8 }, () => text) },
      done: true,
      updatedAt: NOW,
    };
    const exported = createProgressExport(big, NOW);
    expect(JSON.stringify(big).length).toBeLessThanOrEqual(MAX_STORED_CHARACTERS + 10_000);
    const result = parseProgressImport(exported, new TextEncoder().encode(exported).length);
    expect(result.ok).toBe(true);
  });
  it('refuses a file over the size limit without reading it', () => {
    const result = parseProgressImport('', MAX_IMPORT_BYTES + 1);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('文件太大') });
  });
  it('refuses text that is not JSON', () => {
    expect(importText('<html>hello</html>')).toEqual({
      ok: false,
      message: expect.stringContaining('不是有效的 JSON'),
    });
  });
  it.each([
    ['an array', '[]'],
    ['null', 'null'],
    ['another kind', JSON.stringify({ kind: 'something-else', progress: emptyProgress() })],
    ['no kind', JSON.stringify({ progress: emptyProgress() })],
  ])('refuses %s as not our file', (_label, text) => {
    expect(importText(text)).toEqual({ ok: false, message: expect.stringContaining('不是本课程导出') });
  });
  it('refuses a file whose progress is broken or from another version', () => {
    const broken = JSON.stringify({
      kind: EXPORT_KIND,
      exportedAt: NOW,
      progress: { version: 1, modules: [], exercises: 'x' },
    });
    expect(importText(broken)).toEqual({ ok: false, message: expect.stringContaining('无法导入') });
    const newer = JSON.stringify({ kind: EXPORT_KIND, exportedAt: NOW, progress: { ...progress, version: 9 } });
    expect(importText(newer).ok).toBe(false);
  });
  it('refuses hostile keys instead of copying them', () => {
    const hostile = `{"kind":"${EXPORT_KIND}","progress":{"version":1,"modules":{"__proto__":{"isAdmin":true}},"exercises":{}}}`;
    expect(importText(hostile).ok).toBe(false);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
  it('says in every refusal that nothing was changed', () => {
    for (const text of ['x', '[]', JSON.stringify({ kind: EXPORT_KIND, progress: null })]) {
      const result = importText(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain('未做任何改动');
    }
  });
});
