import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, hydrated, openExercise } from './helpers';

test('failed-activity case: a partial diagnosis is explained, the full one completes the exercise', async ({
  page,
}) => {
  const exercise = await openExercise(page, '/modules/m5/', 'failed-activity');
  await expect(exercise.getByRole('button', { name: '核对' })).toBeDisabled();
  const traps = exercise.locator('fieldset[data-question="failed-activity-traps"]');
  await traps.getByText('为了活动而活动，员工心里抵触').click();
  const elements = exercise.locator('fieldset[data-question="failed-activity-elements"]');
  for (const text of ['对象：', '互动：', '价格策略：']) await elements.getByText(text).click();
  await exercise.locator('fieldset[data-question="failed-activity-next"]').getByText('错', { exact: true }).click();
  await exercise.getByRole('button', { name: '核对' }).click();
  await expect(exercise.locator('.sorter-result')).toContainText('诊断得分');
  await expect(traps.locator('.feedback')).toContainText('来的人并不少');
  await expectNoAxeViolations(page);

  await exercise.getByRole('button', { name: '再诊断一次' }).click();
  for (const text of ['为了活动而活动', '礼品送了很多', '现场热闹']) await traps.getByText(text).click();
  for (const text of ['对象：', '互动：', '价格策略：']) await elements.getByText(text).click();
  await exercise.locator('fieldset[data-question="failed-activity-next"]').getByText('错', { exact: true }).click();
  await exercise.getByRole('button', { name: '核对' }).click();
  await expect(exercise.locator('.sorter-result')).toContainText('诊断完全正确');
  await page.reload();
  await hydrated(page.locator('#exercise-failed-activity'));
  await expect(page.locator('#exercise-failed-activity .exercise__status')).toContainText('已完成');
});
