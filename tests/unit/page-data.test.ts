import { describe, expect, it } from 'vitest';
import { PAGE_TEXTS, pageDataJson } from '../../src/lib/page-data';
import { NOTICE_MESSAGES } from '../../src/lib/notices';
import type { OutlineModule } from '../../src/lib/course';

const module: OutlineModule = {
  id: 'm3',
  code: 'M3',
  title: '客户满意度管理',
  summary: '一句话',
  minutes: 90,
  exercises: ['disc-quiz'],
  status: 'ready',
  dayId: 'day1',
  dayTitle: '第一天',
  position: 2,
};

describe('pageDataJson', () => {
  it('carries only what the page script needs, plus the texts', () => {
    expect(JSON.parse(pageDataJson([module]))).toEqual({
      modules: [{ id: 'm3', code: 'M3', title: '客户满意度管理', exercises: ['disc-quiz'] }],
      text: PAGE_TEXTS,
    });
  });
  it('escapes "<" so a title can never close the script tag', () => {
    const json = pageDataJson([{ ...module, title: '</script><script>alert(1)</script>' }]);
    expect(json).not.toContain('<');
    expect(JSON.parse(json).modules[0].title).toBe('</script><script>alert(1)</script>');
  });
  it('has a label for every module status and a template for the overall line', () => {
    expect(PAGE_TEXTS['not-started']).toBe('未开始');
    expect(PAGE_TEXTS['in-progress']).toBe('学习中');
    expect(PAGE_TEXTS.complete).toBe('已完成');
    expect(PAGE_TEXTS.overall).toMatch(/\{0\}.*\{1\}.*\{2\}/);
  });
});

describe('NOTICE_MESSAGES', () => {
  it('explains every problem the store or the page can report', () => {
    expect(Object.keys(NOTICE_MESSAGES).sort()).toEqual(['corrupt', 'full', 'newer', 'outdated', 'unavailable']);
    for (const message of Object.values(NOTICE_MESSAGES)) expect(message.length).toBeGreaterThan(20);
  });
});
