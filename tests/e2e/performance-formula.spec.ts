import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, hydrated, openExercise } from './helpers';

test('performance formula: baseline 540, 复购量 is 1 with no repeat purchase, four gains of 10% compound to 46%, bad input gets a message and loses nothing', async ({
  page,
}) => {
  const exercise = await openExercise(page, '/modules/m2/', 'performance-formula');
  await expect(exercise.getByTestId('baseline')).toHaveText('540');
  await expect(exercise.getByTestId('improved')).toHaveText('791');
  await expect(exercise.getByTestId('compound')).toHaveText('+46.4%');
  // 复购量 = 1 + 个体复购率 + 延展购买量: with no repeat purchase the first purchases stay.
  await expect(exercise.getByText(/1 是首次购买本身/)).toBeVisible();
  const repeatRate = exercise.getByRole('spinbutton', { name: '个体复购率（%）' });
  const extension = exercise.getByRole('spinbutton', { name: '延展购买量（笔/位）' });
  await repeatRate.fill('0');
  await extension.fill('0');
  await expect(exercise.getByTestId('baseline')).toHaveText('450');
  await repeatRate.fill('-5');
  await expect(exercise.getByText('个体复购率不能为负数，没有复购就填 0。')).toBeVisible();
  await repeatRate.fill('15');
  await extension.fill('0.05');
  await expect(exercise.getByTestId('baseline')).toHaveText('540');

  await exercise.getByRole('slider', { name: '客单量 提升' }).fill('0');
  await expect(exercise.getByTestId('compound')).toHaveText('+33.1%');
  await exercise.getByRole('combobox', { name: '转化效率 所需力气' }).selectOption('1');
  await expect(exercise.getByTestId('ranking').locator('li').first()).toContainText('转化效率');

  const customers = exercise.getByRole('spinbutton', { name: '客户数量（人/月）' });
  await customers.fill('0');
  await expect(exercise.getByText('客户数量要填一个大于 0 的数。')).toBeVisible();
  await expect(exercise.getByTestId('baseline')).toHaveText('—');
  // A negative or emptied field keeps everything else the learner set, even across a reload.
  const basket = exercise.getByRole('spinbutton', { name: '客单量（件）' });
  await basket.fill('-2');
  await expect(exercise.getByText('客单量要填一个大于 0 的数。')).toBeVisible();
  await basket.fill('');
  await page.reload();
  await hydrated(exercise);
  await expect(basket).toHaveValue('');
  await expect(customers).toHaveValue('0');
  await expect(exercise.getByRole('slider', { name: '客单量 提升' })).toHaveValue('0');
  await expect(exercise.getByRole('combobox', { name: '转化效率 所需力气' })).toHaveValue('1');
  await basket.fill('1.5');
  await customers.fill('3000');
  await expect(exercise.getByTestId('baseline')).toHaveText('810');
  await expectNoAxeViolations(page);

  await exercise.getByRole('button', { name: '记下我的提升计划' }).click();
  await page.reload();
  const again = page.locator('#exercise-performance-formula');
  await hydrated(again);
  await expect(again.getByTestId('baseline')).toHaveText('810');
  await expect(again.locator('.exercise__status')).toContainText('已完成');
});
