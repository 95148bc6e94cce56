import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, hydrated } from './helpers';

test('72-hour planner: missing groups and a single B contact are flagged; the sample passes and is kept', async ({
  page,
}) => {
  await page.goto('/modules/m7/');
  const planner = page.locator('#exercise-follow-up-72h');
  await hydrated(planner);
  const first = planner.locator('[data-row="1"]');
  await first.getByRole('combobox', { name: '什么时候' }).selectOption({ label: '0–24 小时' });
  await first.getByRole('combobox', { name: '对谁' }).selectOption({ label: 'B 类：有意向未成交' });
  await first.getByRole('combobox', { name: '用什么渠道' }).selectOption({ label: '企业微信' });
  await first.getByRole('textbox', { name: '说什么' }).fill('把当天聊过的方案整理成对比图发过去');
  const issues = planner.locator('.plan-issues');
  await expect(issues).toContainText('「A 类：已成交」还没有人跟进');
  await expect(issues).toContainText('B 类是 72 小时的重点');
  await expect(planner.getByRole('button', { name: '完成跟进计划' })).toBeDisabled();

  await planner.getByRole('button', { name: '载入示例' }).click();
  await expect(issues).toContainText('四类客户都有人跟进');
  await planner.getByRole('button', { name: '完成跟进计划' }).click();
  await expect(planner.locator('.exercise__status')).toContainText('已完成');
  await expectNoAxeViolations(page);

  await page.reload();
  await hydrated(page.locator('#exercise-follow-up-72h'));
  await expect(page.locator('#exercise-follow-up-72h [data-row]')).toHaveCount(6);
});
