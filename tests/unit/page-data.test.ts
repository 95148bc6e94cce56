import { describe, expect, it } from 'vitest';
import { pageDataJson } from '../../src/platform/page-data';
import { NOTICE_MESSAGES } from '../../src/platform/notices';
import type { OutlineModule } from '../../src/platform/course';

const module: OutlineModule = {
  id: 'm3',
  code: 'M3',
  title: '客户满意度管理',
  summary: '一句话',
  minutes: 90,
  exercises: ['disc-quiz'],
  hasCheck: false,
  status: 'ready',
  dayId: 'day1',
  dayTitle: '第一天',
  position: 2,
};

describe('pageDataJson', () => {
  it('carries only what the page script needs', () => {
    expect(JSON.parse(pageDataJson([module]))).toEqual({
      modules: [{ id: 'm3', code: 'M3', title: '客户满意度管理', exercises: ['disc-quiz'] }],
    });
  });
  it('escapes "<" so a title can never close the script tag', () => {
    const json = pageDataJson([{ ...module, title: '</script><script>alert(1)</script>' }]);
    expect(json).not.toContain('<');
    expect(JSON.parse(json).modules[0].title).toBe('</script><script>alert(1)</script>');
  });
});

describe('NOTICE_MESSAGES', () => {
  it('explains every problem the store or the page can report', () => {
    expect(Object.keys(NOTICE_MESSAGES).sort()).toEqual(['corrupt', 'full', 'newer', 'outdated', 'unavailable']);
    for (const message of Object.values(NOTICE_MESSAGES)) expect(message.length).toBeGreaterThan(20);
  });
});
