import { expect, test } from '@playwright/test';
import { PROGRESS_KEY, expectNoAxeViolations, hydrated, openExercise } from './helpers';

test('peak-end designer: the remembered score follows peak and end, touchpoints can be added and removed, and the design is kept', async ({
  page,
}) => {
  const designer = await openExercise(page, '/modules/m3/', 'peak-end');
  const remembered = designer.getByTestId('remembered');
  await expect(remembered).toHaveText('−1.5');
  await expect(designer.locator('.advice li[data-kind="weakEnd"]')).toHaveCount(1);

  await designer.getByRole('slider', { name: '「离店送别」的感受分' }).fill('2');
  await expect(remembered).toHaveText('−0.5');
  await expect(designer.locator('.advice li[data-kind="weakEnd"]')).toHaveCount(0);

  await designer.getByRole('textbox', { name: '新增触点' }).fill('递上便签');
  await designer.getByRole('button', { name: '添加' }).click();
  await expect(designer.getByRole('slider', { name: '「递上便签」的感受分' })).toBeVisible();
  await designer.getByRole('button', { name: '删除「递上便签」' }).click();
  await expect(designer.getByRole('slider', { name: '「递上便签」的感受分' })).toHaveCount(0);
  await expect(remembered).toHaveText('−0.5');

  await designer.getByRole('button', { name: '完成设计' }).click();
  await expect(designer.locator('.exercise__status')).toContainText('已完成');
  await expectNoAxeViolations(page);

  await page.reload();
  const again = page.locator('#exercise-peak-end');
  await hydrated(again);
  await expect(again.getByTestId('remembered')).toHaveText('−0.5');
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), PROGRESS_KEY);
  expect(stored.exercises['peak-end'].done).toBe(true);
});
