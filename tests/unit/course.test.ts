import { describe, expect, it } from 'vitest';
import {
  buildOutline,
  dayOf,
  formatMinutes,
  navDays,
  neighbours,
  type DayPlan,
  type ModuleInfo,
} from '../../src/platform/course';

function module(id: string, minutes: number, overrides: Partial<ModuleInfo> = {}): ModuleInfo {
  return {
    id,
    code: id.toUpperCase(),
    title: `Title ${id}`,
    summary: `Summary ${id}`,
    minutes,
    exercises: [],
    hasCheck: false,
    status: 'ready',
    ...overrides,
  };
}

// Files arrive in an arbitrary order; the course file decides the order.
const MODULES: readonly ModuleInfo[] = [
  module('m3', 60),
  module('m1', 45, { exercises: ['peak-end'] }),
  module('m4', 30, { status: 'draft' }),
  module('m2', 90),
];
const DAYS: readonly DayPlan[] = [
  { id: 'day1', title: '第一天', modules: ['m1', 'm2'] },
  { id: 'day2', title: '第二天', modules: ['m3', 'm4'] },
];

describe('buildOutline', () => {
  it('orders modules by day and records day and position', () => {
    const outline = buildOutline(DAYS, MODULES);
    expect(outline.modules.map((entry) => entry.id)).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(outline.modules.map((entry) => entry.position)).toEqual([0, 1, 2, 3]);
    expect(outline.modules.map((entry) => entry.dayId)).toEqual(['day1', 'day1', 'day2', 'day2']);
    expect(outline.modules.map((entry) => entry.dayTitle)).toEqual(['第一天', '第一天', '第二天', '第二天']);
  });

  it('keeps every field of the module file', () => {
    const outline = buildOutline(DAYS, MODULES);
    expect(outline.modules[0]).toEqual({
      id: 'm1',
      code: 'M1',
      title: 'Title m1',
      summary: 'Summary m1',
      minutes: 45,
      exercises: ['peak-end'],
      hasCheck: false,
      status: 'ready',
      dayId: 'day1',
      dayTitle: '第一天',
      position: 0,
    });
    expect(outline.modules[3]?.status).toBe('draft');
  });

  it('builds days with their modules and summed minutes', () => {
    const outline = buildOutline(DAYS, MODULES);
    expect(outline.days.map(({ id, title, minutes }) => ({ id, title, minutes }))).toEqual([
      { id: 'day1', title: '第一天', minutes: 135 },
      { id: 'day2', title: '第二天', minutes: 90 },
    ]);
    expect(outline.days[0]?.modules.map((entry) => entry.id)).toEqual(['m1', 'm2']);
    expect(outline.days[1]?.modules.map((entry) => entry.id)).toEqual(['m3', 'm4']);
    // Day entries and the flat list share the same objects.
    expect(outline.days[1]?.modules[0]).toBe(outline.modules[2]);
  });

  it('follows the order inside a day, not the file order', () => {
    const outline = buildOutline([{ id: 'd', title: 'D', modules: ['m4', 'm2', 'm3', 'm1'] }], MODULES);
    expect(outline.modules.map((entry) => `${entry.position}:${entry.id}`)).toEqual(['0:m4', '1:m2', '2:m3', '3:m1']);
  });

  it('allows a day without modules', () => {
    const outline = buildOutline([{ id: 'd0', title: 'Empty', modules: [] }, ...DAYS], MODULES);
    expect(outline.days[0]).toEqual({ id: 'd0', title: 'Empty', minutes: 0, modules: [] });
    expect(outline.modules[0]?.position).toBe(0);
  });

  it('returns an empty outline for no days and no modules', () => {
    expect(buildOutline([], [])).toEqual({ days: [], modules: [] });
  });

  it('does not mutate the module files', () => {
    const modules = [module('m1', 45)];
    buildOutline([{ id: 'd', title: 'D', modules: ['m1'] }], modules);
    expect(modules[0]).toEqual(module('m1', 45));
  });

  it('throws when a listed module has no file', () => {
    const days = [{ id: 'day1', title: '第一天', modules: ['m1', 'm9'] }];
    expect(() => buildOutline(days, [module('m1', 45)])).toThrow(
      'content/course.yaml: day "day1" lists module "m9", but content/modules/m9.mdx does not exist',
    );
  });

  it('throws when a module is listed twice', () => {
    const sameDay = [{ id: 'day1', title: '第一天', modules: ['m1', 'm1'] }];
    expect(() => buildOutline(sameDay, [module('m1', 45)])).toThrow(
      'content/course.yaml: module "m1" is listed more than once',
    );
    const twoDays = [
      { id: 'day1', title: '第一天', modules: ['m1', 'm2'] },
      { id: 'day2', title: '第二天', modules: ['m2'] },
    ];
    expect(() => buildOutline(twoDays, [module('m1', 45), module('m2', 45)])).toThrow(
      /content\/course\.yaml.*"m2".*more than once/,
    );
  });

  it('throws when a module file is not listed under any day, naming every such file', () => {
    expect(() => buildOutline([{ id: 'day1', title: '第一天', modules: ['m1'] }], MODULES)).toThrow(
      'content/course.yaml: module file(s) content/modules/m3.mdx, content/modules/m4.mdx, content/modules/m2.mdx not listed under any day',
    );
    expect(() => buildOutline([], [module('m7', 10)])).toThrow(
      /content\/course\.yaml.*content\/modules\/m7\.mdx not listed under any day/,
    );
  });
});

describe('neighbours', () => {
  const outline = buildOutline(DAYS, MODULES);

  it('gives the first module no previous', () => {
    const { previous, next } = neighbours(outline, 'm1');
    expect(previous).toBeNull();
    expect(next?.id).toBe('m2');
  });

  it('crosses day boundaries', () => {
    const { previous, next } = neighbours(outline, 'm2');
    expect(previous?.id).toBe('m1');
    expect(next?.id).toBe('m3');
    expect(next).toBe(outline.modules[2]);
  });

  it('gives the last module no next', () => {
    const { previous, next } = neighbours(outline, 'm4');
    expect(previous?.id).toBe('m3');
    expect(next).toBeNull();
  });

  it('gives an unknown id neither', () => {
    expect(neighbours(outline, 'nope')).toEqual({ previous: null, next: null });
  });

  it('gives a lone module neither', () => {
    const single = buildOutline([{ id: 'd', title: 'D', modules: ['m1'] }], [module('m1', 45)]);
    expect(neighbours(single, 'm1')).toEqual({ previous: null, next: null });
  });
});

describe('navDays', () => {
  const days = (count: number): DayPlan[] =>
    Array.from({ length: count }, (_, index) => ({
      id: `day${index + 1}`,
      title: `第 ${index + 1} 天`,
      modules: [`m${index + 1}`],
    }));
  const outlineOf = (count: number) =>
    buildOutline(
      days(count),
      Array.from({ length: count }, (_, index) => module(`m${index + 1}`, 60)),
    );
  const ids = (shown: { id: string }[]) => shown.map((day) => day.id);

  it('shows both days of a two-day course on either day', () => {
    expect(ids(navDays(outlineOf(2), 'm1').shown)).toEqual(['day1', 'day2']);
    expect(navDays(outlineOf(2), 'm2')).toMatchObject({ hidden: 0, current: { id: 'day2' } });
  });

  it("shows a long course's current day and its neighbours, and counts the rest", () => {
    const outline = outlineOf(20);
    expect(navDays(outline, 'm10')).toMatchObject({ hidden: 17, current: { id: 'day10' } });
    expect(ids(navDays(outline, 'm10').shown)).toEqual(['day9', 'day10', 'day11']);
    expect(ids(navDays(outline, 'm1').shown)).toEqual(['day1', 'day2']);
    expect(ids(navDays(outline, 'm20').shown)).toEqual(['day19', 'day20']);
  });

  it('shows every day on a page of no module', () => {
    expect(navDays(outlineOf(20), '')).toMatchObject({ current: null, hidden: 0 });
    expect(navDays(outlineOf(20), '').shown).toHaveLength(20);
  });
});

describe('dayOf', () => {
  const outline = buildOutline(DAYS, MODULES);

  it('finds the day of a first, a middle and a last module', () => {
    expect(dayOf(outline, 'm1')?.id).toBe('day1');
    expect(dayOf(outline, 'm2')).toBe(outline.days[0]);
    expect(dayOf(outline, 'm4')).toBe(outline.days[1]);
  });

  it('gives an unknown id, an empty id and a day id no day', () => {
    expect(dayOf(outline, 'nope')).toBeNull();
    expect(dayOf(outline, '')).toBeNull();
    expect(dayOf(outline, 'day1')).toBeNull();
  });

  it('gives no day in an outline without days', () => {
    expect(dayOf(buildOutline([], []), 'm1')).toBeNull();
  });
});

describe('formatMinutes', () => {
  it('shows minutes below an hour', () => {
    expect(formatMinutes(45)).toBe('45 分钟');
    expect(formatMinutes(59)).toBe('59 分钟');
    expect(formatMinutes(0)).toBe('0 分钟');
  });

  it('shows whole hours without a decimal', () => {
    expect(formatMinutes(60)).toBe('1 小时');
    expect(formatMinutes(120)).toBe('2 小时');
  });

  it('shows other durations in hours with one decimal', () => {
    expect(formatMinutes(90)).toBe('1.5 小时');
    expect(formatMinutes(150)).toBe('2.5 小时');
    expect(formatMinutes(100)).toBe('1.7 小时');
  });
});

describe('formatMinutes rounding', () => {
  it('drops a trailing .0', () => {
    expect(formatMinutes(61)).toBe('1 小时');
    expect(formatMinutes(119)).toBe('2 小时');
    expect(formatMinutes(100)).toBe('1.7 小时');
  });
});
