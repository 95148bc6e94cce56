import { expect, test } from '@playwright/test';
import { PROGRESS_KEY, expectNoAxeViolations, hydrated, openExercise, smallestChartLabel } from './helpers';

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

test('peak-end designer on a phone: a tie says which moment is the peak and why, no 按时长加权 without minutes, 44 px buttons and sliders, readable chart at 360 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const designer = await openExercise(page, '/modules/m3/', 'peak-end');
  const summary = designer.getByTestId('summary');

  // +4 and −4 are equally strong: the negative one counts, and the tool says so.
  await designer.getByRole('slider', { name: '「业务办理」的感受分' }).fill('4');
  await designer.getByRole('slider', { name: '「等候」的感受分' }).fill('-4');
  await expect(summary).toContainText('峰值是「等候」（−4）');
  await expect(summary).toContainText('「业务办理」（+4）和「等候」（−4）一样强烈，按规则算负面的「等候」为峰值');
  await expect(designer.locator('.exercise__instructions')).toContainText('算负面的那个');

  // Minutes all at 0: there is no time-weighted score, and nothing speaks of one.
  await expect(designer).toContainText('按时长加权');
  for (const name of ['进门迎接', '取号', '等候', '业务办理', '推荐', '离店送别']) {
    const minutes = designer.getByRole('spinbutton', { name: `「${name}」的分钟数` });
    await minutes.fill('0');
    await minutes.press('Enter');
  }
  await expect(designer).not.toContainText('按时长加权');

  for (const button of await designer.locator('.journey__actions button').all()) {
    const box = (await button.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
  }
  for (const slider of await designer.getByRole('slider').all())
    expect((await slider.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  expect(await smallestChartLabel(designer.locator('.journey-chart'))).toBeGreaterThanOrEqual(12);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await expectNoAxeViolations(page);
});
