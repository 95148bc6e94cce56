import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, tabTo } from './helpers';

// The course runs in China; the page reads the browser's local clock.
test.use({ timezoneId: 'Asia/Shanghai' });
const on = (clock: string) => new Date(`2025-03-10T${clock}:00+08:00`);

const DAY1_AT_0900 = [
  /^09:00–10:15\s+M1 管理者的职能与核心价值\s+75 分钟$/,
  /^10:15–10:30\s+茶歇\s+15 分钟$/,
  /^10:30–11:40\s+M2 营业厅的核心价值：服务与销售\s+70 分钟$/,
  /^11:40–13:10\s+午餐与午休\s+90 分钟$/,
  /^13:10–14:30\s+M3 客户满意度管理\s+80 分钟$/,
  /^14:30–14:45\s+茶歇\s+15 分钟$/,
  /^14:45–17:00\s+M4 团队管理\s+135 分钟$/,
  /^17:00\s+下课\s*$/,
];
const DAY2_AT_0900 = ['09:00–11:00', '11:00–11:15', '11:15–12:45', '12:45–14:00', '14:00–16:30', '16:30'];

const day1 = (page: Page) => page.getByRole('region', { name: '第一天 · 营业厅的管理' });
const day2 = (page: Page) => page.getByRole('region', { name: '第二天 · 营销活动的策划与组织' });
const bodyRows = (day: Locator) => day.locator('tbody tr');
/** The first cell of each row: the times as the trainer reads them. */
const times = (day: Locator) => day.locator('tbody tr td:first-child');
const pace = (page: Page) => page.getByRole('region', { name: '课堂进度' });
/** 「我现在在讲」 for the day chosen as today (each day has its own; the others are hidden). */
const teachingNow = (page: Page) => pace(page).getByLabel('我现在在讲').filter({ visible: true });

test.describe('课程日程', () => {
  test('both days show their modules, breaks and clock times for a 09:00 start, and each day fits its 6 hours', async ({
    page,
  }) => {
    await page.clock.setFixedTime(on('07:00'));
    await page.goto('/');
    await page.getByRole('navigation', { name: '站点' }).getByRole('link', { name: '课程日程' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '课程日程' })).toBeVisible();

    await expect(bodyRows(day1(page))).toHaveText(DAY1_AT_0900, { useInnerText: true });
    await expect(times(day2(page))).toHaveText(DAY2_AT_0900);
    await expect(
      day1(page).getByText(/全天 09:00–17:00 · 教学 6 小时（目标 6 小时）· 休息与午餐 2 小时/),
    ).toBeVisible();
    await expect(day1(page).getByText('注意：教学时间超出目标。')).toHaveCount(0);
    await expect(
      day2(page).getByText(/全天 09:00–16:30 · 教学 6 小时（目标 6 小时）· 休息与午餐 1 小时 30 分钟/),
    ).toBeVisible();
    await expect(day2(page).getByText('注意：教学时间超出目标。')).toHaveCount(0);

    // Before class nothing is marked as 「现在」.
    await expect(pace(page).getByText('还没到上课时间：09:00 开始。')).toBeVisible();
    await expect(page.locator('tr[aria-current]')).toHaveCount(0);
    await expect(page.locator('[data-now-tag]:visible')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('a new start time re-plans the day at once, survives a reload, and 恢复默认 brings 09:00 back', async ({
    page,
  }) => {
    await page.clock.setFixedTime(on('07:00'));
    await page.goto('/agenda/');
    const start = day1(page).getByLabel('开始时间');
    await expect(start).toHaveValue('09:00');
    await start.fill('08:30');
    await expect(times(day1(page))).toHaveText([
      '08:30–09:45',
      '09:45–10:00',
      '10:00–11:10',
      '11:10–12:40',
      '12:40–14:00',
      '14:00–14:15',
      '14:15–16:30',
      '16:30',
    ]);
    await expect(day1(page).getByText(/全天 08:30–16:30/)).toBeVisible();
    // The other day keeps its own start.
    await expect(times(day2(page))).toHaveText(DAY2_AT_0900);

    // An emptied field says what is wrong and keeps the last good plan.
    await start.fill('');
    await expect(day1(page).getByRole('alert')).toHaveText('请填写开始时间，例如 09:00。');
    await expect(start).toHaveAttribute('aria-invalid', 'true');
    await expect(times(day1(page)).first()).toHaveText('08:30–09:45');

    await start.fill('08:30');
    await expect(day1(page).getByRole('alert')).toBeHidden();
    await page.reload();
    await expect(start).toHaveValue('08:30');
    await expect(times(day1(page)).last()).toHaveText('16:30');
    await expect(times(day2(page)).first()).toHaveText('09:00–11:00');

    // 恢复默认 by keyboard.
    const reset = day1(page).getByRole('button', { name: '恢复默认（09:00）' });
    await tabTo(page, reset);
    await page.keyboard.press('Enter');
    await expect(start).toHaveValue('09:00');
    await expect(bodyRows(day1(page))).toHaveText(DAY1_AT_0900, { useInnerText: true });
    await page.reload();
    await expect(start).toHaveValue('09:00');
    await expect(times(day1(page)).first()).toHaveText('09:00–10:15');
  });

  test('during M2 it shows where the class should be, how far ahead or behind the trainer is, and follows the clock', async ({
    page,
  }) => {
    await page.clock.install({ time: on('11:00') });
    await page.goto('/agenda/');
    const panel = pace(page);
    await expect(
      panel.getByText('现在 11:00 · 现在应在：M2 营业厅的核心价值：服务与销售（10:30–11:40）'),
    ).toBeVisible();
    const m2 = bodyRows(day1(page)).nth(2);
    await expect(m2).toHaveAttribute('aria-current', 'time');
    await expect(m2.getByText('现在', { exact: true })).toBeVisible();
    await expect(page.locator('tr[aria-current]')).toHaveCount(1);
    await expect(panel.getByText(/选好「我现在在讲」的模块/)).toBeVisible();

    // Still on M1 at 11:00: M1 was planned to end at 10:15.
    await teachingNow(page).selectOption({ label: 'M1 管理者的职能与核心价值' });
    await expect(
      panel.getByText('比计划落后 45 分钟（M1 计划 09:00–10:15）。按现在的进度，今天约 17:45 结束。'),
    ).toBeVisible();
    await expect(bodyRows(day1(page)).nth(0).getByText('正在讲')).toBeVisible();

    await teachingNow(page).selectOption({ label: 'M2 营业厅的核心价值：服务与销售' });
    await expect(panel.getByText('与计划一致（M2 计划 10:30–11:40）。按现在的进度，今天约 17:00 结束。')).toBeVisible();
    await expectNoAxeViolations(page);

    // An hour and a half later, still teaching M2: the page moves on by itself.
    await page.clock.fastForward('01:30:00');
    await expect(panel.getByText('现在 12:30 · 现在应在：午餐与午休（11:40–13:10）')).toBeVisible();
    await expect(
      panel.getByText('比计划落后 50 分钟（M2 计划 10:30–11:40）。按现在的进度，今天约 17:50 结束。'),
    ).toBeVisible();
    await expect(bodyRows(day1(page)).nth(3)).toHaveAttribute('aria-current', 'time');
    await expect(page.locator('tr[aria-current]')).toHaveCount(1);

    // The pace follows a changed start time too.
    await day1(page).getByLabel('开始时间').fill('10:00');
    await expect(panel.getByText('与计划一致（M2 计划 11:30–12:40）。按现在的进度，今天约 18:00 结束。')).toBeVisible();
  });

  test('it follows the slide show on screen: the module being taught, its slide, and how far behind', async ({
    page,
    context,
  }) => {
    await context.clock.install({ time: on('15:00') });
    const slides = await context.newPage();
    await slides.goto('/present/m3/');
    await expect(slides.locator('body')).toHaveAttribute('data-ready', '');
    await page.goto('/agenda/');
    const panel = pace(page);
    await expect(panel.getByText(/^正在放映：M3 第 1 张「/)).toBeVisible();
    await expect(bodyRows(day1(page)).nth(4).getByText('正在讲')).toBeVisible();
    await expect(panel.getByText(/^比计划落后 30 分钟（M3 计划 13:10–14:30）/)).toBeVisible();
    await slides.keyboard.press('PageDown');
    await expect(panel.getByText(/^正在放映：M3 第 2 张「/)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the trainer picks today’s day; the choice and the module being taught are remembered', async ({ page }) => {
    await page.clock.install({ time: on('12:30') });
    await page.goto('/agenda/');
    const panel = pace(page);
    await expect(panel.getByLabel('今天是')).toHaveValue('day1');
    await panel.getByLabel('今天是').selectOption({ label: '第二天 · 营销活动的策划与组织' });
    await expect(panel.getByText('现在 12:30 · 现在应在：M6 客户导向的活动经营思维（11:15–12:45）')).toBeVisible();
    await expect(bodyRows(day2(page)).nth(2)).toHaveAttribute('aria-current', 'time');
    await expect(page.locator('tr[aria-current]')).toHaveCount(1);
    // Teaching M7 already at 12:30: it was planned for 14:00.
    await teachingNow(page).selectOption({ label: 'M7 营销活动的实施' });
    await expect(
      panel.getByText('比计划提前 90 分钟（M7 计划 14:00–16:30）。按现在的进度，今天约 15:00 结束。'),
    ).toBeVisible();

    await page.reload();
    await expect(panel.getByLabel('今天是')).toHaveValue('day2');
    await expect(teachingNow(page)).toHaveValue('m7');
    await expect(panel.getByText(/比计划提前 90 分钟/)).toBeVisible();
    await expect(bodyRows(day2(page)).nth(4).getByText('正在讲')).toBeVisible();
  });

  test('two tabs: each follows the other, no save undoes the other tab’s change, and a field being edited is left alone', async ({
    page,
  }) => {
    await page.goto('/agenda/');
    const other = await page.context().newPage();
    await other.goto('/agenda/');

    await day1(page).getByLabel('开始时间').fill('08:30');
    // The other tab shows the new start and the day it plans, without a reload.
    await expect(day1(other).getByLabel('开始时间')).toHaveValue('08:30');
    await expect(times(day1(other)).first()).toHaveText('08:30–09:45');

    // An unrelated change in the other tab keeps this tab's start.
    await pace(other).getByLabel('今天是').selectOption({ label: '第二天 · 营销活动的策划与组织' });
    await page.reload();
    await expect(day1(page).getByLabel('开始时间')).toHaveValue('08:30');
    await expect(pace(page).getByLabel('今天是')).toHaveValue('day2');

    // A start being edited (emptied, its message showing) is not replaced when the first tab saves.
    const editing = day2(other).getByLabel('开始时间');
    await editing.fill('');
    await expect(day2(other).getByRole('alert')).toHaveText('请填写开始时间，例如 09:00。');
    await teachingNow(page).selectOption({ label: 'M7 营销活动的实施' });
    await expect(teachingNow(other)).toHaveValue('m7');
    await expect(editing).toHaveValue('');
    await expect(editing).toBeFocused();
    await expect(day2(other).getByRole('alert')).toBeVisible();
    await editing.fill('10:00');
    await page.reload();
    await expect(day2(page).getByLabel('开始时间')).toHaveValue('10:00');
    await expect(day1(page).getByLabel('开始时间')).toHaveValue('08:30');
    await expect(teachingNow(page)).toHaveValue('m7');
    await other.close();
  });

  test('at 360 px the table and the header fit', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.clock.setFixedTime(on('11:00'));
    await page.goto('/agenda/');
    await expect(
      page.getByRole('navigation', { name: '站点' }).getByRole('link', { name: '课程日程' }),
    ).toBeInViewport();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
