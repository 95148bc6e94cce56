import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  normalizeQuery,
  searchMessage,
  sectionExcerpt,
  splitExcerpt,
  toSearchHit,
} from '../../src/features/search/search-results';

describe('splitExcerpt', () => {
  it('splits plain and marked runs in order', () => {
    expect(splitExcerpt('顾客只记住<mark>峰终</mark>两个瞬间，<mark>定律</mark>')).toEqual([
      { text: '顾客只记住', marked: false },
      { text: '峰终', marked: true },
      { text: '两个瞬间，', marked: false },
      { text: '定律', marked: true },
    ]);
  });
  it('returns one plain run when nothing is marked, and nothing for an empty excerpt', () => {
    expect(splitExcerpt('没有高亮')).toEqual([{ text: '没有高亮', marked: false }]);
    expect(splitExcerpt('')).toEqual([]);
  });
  it('joins adjacent marks into one run and drops empty marks', () => {
    expect(splitExcerpt('<mark>峰终</mark><mark>定律</mark><mark></mark>。')).toEqual([
      { text: '峰终定律', marked: true },
      { text: '。', marked: false },
    ]);
  });
  it('decodes the entities Pagefind escapes, so text shows as on the page', () => {
    expect(splitExcerpt('a &lt;b&gt; &amp; <mark>&quot;c&#39;</mark>')).toEqual([
      { text: 'a <b> & ', marked: false },
      { text: '"c\'', marked: true },
    ]);
  });
  it('decodes only once: an escaped entity stays an entity', () => {
    expect(splitExcerpt('&amp;lt;')).toEqual([{ text: '&lt;', marked: false }]);
  });
  it('keeps any other markup as literal text (it is rendered as a text node, never as HTML)', () => {
    const parts = splitExcerpt('<img src=x onerror=alert(1)><mark>词</mark><mark>未闭合');
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)>', marked: false },
      { text: '词', marked: true },
      { text: '<mark>未闭合', marked: false },
    ]);
  });
});

describe('sectionExcerpt', () => {
  it('drops the heading at the start, with the ". " Pagefind adds after it', () => {
    expect(sectionExcerpt('峰终定律：两个瞬间. 心理学家<mark>发现</mark>', '峰终定律：两个瞬间')).toEqual([
      { text: '心理学家', marked: false },
      { text: '发现', marked: true },
    ]);
  });
  it('drops a heading even when part of it is marked', () => {
    expect(sectionExcerpt('<mark>峰终定律</mark>：两个瞬间. 人们', '峰终定律：两个瞬间')).toEqual([
      { text: '人们', marked: false },
    ]);
  });
  it('keeps a heading that appears later, and text that merely starts like it', () => {
    expect(sectionExcerpt('前文 小结. 后文', '小结')).toEqual([{ text: '前文 小结。后文', marked: false }]);
    expect(sectionExcerpt('小结论', '小结论文')).toEqual([{ text: '小结论', marked: false }]);
  });
  it('turns the ". " between Chinese blocks into 「。」, also right after a mark, but leaves Latin text alone', () => {
    expect(sectionExcerpt('有心有力：<mark>授权</mark>. 有心无力：教技能. PDCA. Plan', '')).toEqual([
      { text: '有心有力：', marked: false },
      { text: '授权', marked: true },
      { text: '。有心无力：教技能。PDCA. Plan', marked: false },
    ]);
    expect(sectionExcerpt('明确要求.', '')).toEqual([{ text: '明确要求。', marked: false }]);
    expect(sectionExcerpt('v1.2 版', '')).toEqual([{ text: 'v1.2 版', marked: false }]);
    expect(sectionExcerpt('要求.5', '')).toEqual([{ text: '要求.5', marked: false }]);
  });
  it('drops a separator left at the start when the excerpt window begins on it', () => {
    expect(sectionExcerpt('. 意愿低', '')).toEqual([{ text: '意愿低', marked: false }]);
  });
});

describe('normalizeQuery', () => {
  it('trims and collapses whitespace', () => {
    expect(normalizeQuery('  峰终   定律\n')).toBe('峰终 定律');
  });
  it('treats null, undefined and blanks as empty', () => {
    expect(normalizeQuery(null)).toBe('');
    expect(normalizeQuery(undefined)).toBe('');
    expect(normalizeQuery(' \t ')).toBe('');
  });
  it('cuts long queries by characters, not UTF-16 units', () => {
    const query = normalizeQuery('𠀀'.repeat(MAX_QUERY_LENGTH + 5));
    expect([...query]).toHaveLength(MAX_QUERY_LENGTH);
    expect(query).toBe('𠀀'.repeat(MAX_QUERY_LENGTH));
  });
});

describe('toSearchHit', () => {
  const data = {
    url: '/modules/m3/',
    excerpt: '整页<mark>峰终</mark>',
    meta: { title: '客户满意度管理', code: 'M3' },
    sub_results: [
      {
        title: '峰终定律：顾客只记住两个瞬间',
        url: '/modules/m3/#峰终定律顾客只记住两个瞬间',
        excerpt: '这就是“<mark>峰终定律</mark>”。',
      },
      { title: '把峰终定律用到营业厅', url: '/modules/m3/#把峰终定律用到营业厅', excerpt: '<mark>峰终</mark>' },
      { title: '研讨', url: '/modules/m3/#研讨', excerpt: '三' },
      { title: '小结', url: '/modules/m3/#小结', excerpt: '四' },
    ],
  };

  it('titles the hit with code and h1, and keeps the first sections with their anchors', () => {
    const hit = toSearchHit(data);
    expect(hit?.title).toBe('M3 客户满意度管理');
    expect(hit?.url).toBe('/modules/m3/');
    expect(hit?.sections.map((section) => section.url)).toEqual([
      '/modules/m3/#峰终定律顾客只记住两个瞬间',
      '/modules/m3/#把峰终定律用到营业厅',
      '/modules/m3/#研讨',
    ]);
    expect(hit?.sections[0]?.excerpt).toEqual([
      { text: '这就是“', marked: false },
      { text: '峰终定律', marked: true },
      { text: '”。', marked: false },
    ]);
  });
  it('keeps the sections with the most matches, shown in page order', () => {
    const subResults = data.sub_results.map((sub, index) => ({
      ...sub,
      locations: Array.from({ length: [1, 5, 0, 3][index] ?? 0 }, (_, n) => n),
    }));
    expect(toSearchHit({ ...data, sub_results: subResults }, 2)?.sections.map((section) => section.title)).toEqual([
      '把峰终定律用到营业厅',
      '小结',
    ]);
  });
  it('honours maxSections', () => {
    expect(toSearchHit(data, 1)?.sections).toHaveLength(1);
  });
  it('falls back to the page excerpt without sub results, and to the h1 or URL without a code', () => {
    const hit = toSearchHit({ url: '/modules/m9/', excerpt: '<mark>词</mark>', meta: { title: '标题' } });
    expect(hit).toEqual({
      title: '标题',
      url: '/modules/m9/',
      sections: [{ title: '标题', url: '/modules/m9/', excerpt: [{ text: '词', marked: true }] }],
    });
    expect(toSearchHit({ url: '/x/', meta: null, sub_results: 'nope' })).toEqual({
      title: '/x/',
      url: '/x/',
      sections: [],
    });
  });
  it('names an untitled section after the page', () => {
    const hit = toSearchHit({ ...data, sub_results: [{ url: '/modules/m3/', excerpt: '' }] });
    expect(hit?.sections[0]?.title).toBe('M3 客户满意度管理');
  });
  it('refuses links that leave the site and skips bad sections', () => {
    for (const url of ['https://example.com/', '//example.com/x', 'javascript:alert(1)', 42, undefined]) {
      expect(toSearchHit({ ...data, url })).toBeNull();
    }
    const hit = toSearchHit({
      ...data,
      sub_results: [null, 'x', { title: '外链', url: 'http://example.com/#a', excerpt: '' }, data.sub_results[2]],
    });
    expect(hit?.sections.map((section) => section.title)).toEqual(['研讨']);
  });
  it('returns null for data that is not an object', () => {
    expect(toSearchHit(null)).toBeNull();
    expect(toSearchHit('/modules/m3/')).toBeNull();
  });
});

describe('searchMessage', () => {
  it('has a message for every state, quoting the query', () => {
    expect(searchMessage({ kind: 'empty' })).toContain('输入一个词');
    expect(searchMessage({ kind: 'loading', query: '峰终' })).toBe('正在搜索「峰终」…');
    expect(searchMessage({ kind: 'unavailable' })).toContain('搜索暂时不可用');
    expect(searchMessage({ kind: 'done', query: 'xyz', count: 0 })).toContain('没有找到与「xyz」相关的内容');
    expect(searchMessage({ kind: 'done', query: '峰终定律', count: 2 })).toBe('找到 2 个模块讲到「峰终定律」。');
  });
});
