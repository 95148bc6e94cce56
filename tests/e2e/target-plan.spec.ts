import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, hydrated } from './helpers';

test('quarterly target plan: sums are checked with clear messages, the sample adds up, kept after reload, printable', async ({
  page,
}) => {
  await page.goto('/modules/m4/');
  const planner = page.locator('#exercise-target-plan');
  await hydrated(planner);
  await expect(planner.locator('.plan-issues')).toContainText('季度目标要填一个大于 0 的整数');

  await planner.getByRole('spinbutton', { name: '季度目标' }).fill('300');
  await planner.getByRole('button', { name: '按月平均拆分' }).click();
  await expect(planner.getByRole('spinbutton', { name: '第 3 个月目标' })).toHaveValue('100');
  await planner.getByRole('spinbutton', { name: '第 1 个月目标' }).fill('90');
  await expect(planner.locator('.plan-issues')).toContainText('三个月合计 290，比季度目标少 10');

  await planner.getByRole('textbox', { name: '添加成员' }).fill('阿敏');
  await planner.getByRole('button', { name: '添加', exact: true }).click();
  await planner.getByRole('textbox', { name: '添加成员' }).fill('小周');
  await planner.getByRole('button', { name: '添加', exact: true }).click();
  await planner.getByRole('button', { name: '按人数平均分' }).click();
  await expect(planner.getByRole('spinbutton', { name: '阿敏第 1 个月' })).toHaveValue('45');
  await planner.getByRole('spinbutton', { name: '第 1 个月目标' }).fill('100');
  await expect(planner.locator('.plan-issues')).toContainText('第 1 个月：成员合计 90，比月目标少 10');
  await expect(planner.getByRole('button', { name: '先把数字对齐、加上成员和节点' })).toBeDisabled();

  await planner.getByRole('button', { name: '载入示例（600 户）' }).click();
  await expect(planner.locator('.plan-issues')).toContainText('数字都对得上');
  await expect(planner.locator('[data-member]')).toHaveCount(5);
  await planner.getByRole('button', { name: '完成铺排' }).click();
  await expect(planner.locator('.exercise__status')).toContainText('已完成');
  await expectNoAxeViolations(page);

  await page.reload();
  const again = page.locator('#exercise-target-plan');
  await hydrated(again);
  await expect(again.getByRole('spinbutton', { name: '季度目标' })).toHaveValue('600');
  await expect(again.locator('.exercise__status')).toContainText('已完成');

  await page.evaluate(() => (window.print = () => undefined));
  await again.getByRole('button', { name: '打印铺排表' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-print-area] .plan__print-title')).toContainText('第三季度套餐升档');
});

test('quarterly target plan: with the member table showing, M4 does not scroll sideways at 360 or 390 px', async ({
  page,
}) => {
  for (const width of [360, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/modules/m4/');
    const planner = page.locator('#exercise-target-plan');
    await hydrated(planner);
    await planner.getByRole('button', { name: '载入示例（600 户）' }).click();
    await expect(planner.locator('[data-member]')).toHaveCount(5);
    // On a phone the browser widens innerWidth to fit wide content, so compare with the layout width.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `sideways overflow at ${width} px`).toBe(0);
  }
});
