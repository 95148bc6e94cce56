import { describe, expect, it } from 'vitest';
import { cssString, modulePage, pageFootersCss } from '../../src/features/handout/page-footers';

describe('cssString', () => {
  it('quotes text so that no title can end the string or the rule', () => {
    expect(cssString('M3 客户满意度管理')).toBe('"M3 客户满意度管理"');
    expect(cssString('说「好」"; } body { color: red')).toBe('"说「好」\\"; } body { color: red"');
    expect(cssString('a\\b')).toBe('"a\\\\b"');
    expect(cssString('one\ntwo\r\nthree')).toBe('"one\\A two\\A three"');
  });
});

describe('pageFootersCss', () => {
  const modules = [
    { id: 'm1', code: 'M1', title: '管理者的职能与核心价值' },
    { id: 'm3', code: 'M3', title: '客户满意度管理' },
  ];

  it('gives each module a named page whose footer names it, and the title pages the course', () => {
    const css = pageFootersCss('服务价值链', modules);
    expect(css).toContain('.handout__cover { page: handout-cover; }');
    expect(css).toContain('@page handout-cover { @bottom-left { content: "服务价值链 · 课程讲义"; } }');
    expect(css).toContain(`#${modulePage('m3')} { page: handout-m3; }`);
    expect(css).toContain('@page handout-m3 { @bottom-left { content: "M3 客户满意度管理"; } }');
    expect(css.match(/@page /g)).toHaveLength(3);
  });

  it('refuses a module id that is not a plain CSS name', () => {
    for (const id of ['M1', 'm1 x', 'm1{', '', '-m1']) {
      expect(() => pageFootersCss('课程', [{ id, code: 'M1', title: 't' }])).toThrow(/\[a-z0-9-\]/);
    }
  });

  it('is only the title pages for a course without modules', () => {
    expect(pageFootersCss('课程', []).match(/@page /g)).toHaveLength(1);
  });
});
