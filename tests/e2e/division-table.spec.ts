import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { WECHAT_USER_AGENT, expectNoAxeViolations, hydrated } from './helpers';

test('division table: gaps are named by row, the sample is complete, CSV export opens in a spreadsheet, kept after reload', async ({
  page,
}) => {
  await page.goto('/modules/m7/');
  const table = page.locator('#exercise-division-table');
  await hydrated(table);
  const first = table.locator('[data-row="1"]');
  await first.getByRole('textbox', { name: '任务' }).fill('外呼邀约老客户');
  await first.getByRole('textbox', { name: '负责人' }).fill('全员');
  await first.getByRole('textbox', { name: '完成时限' }).fill('尽快');
  await expect(table.locator('.plan-issues')).toContainText('第 1 行：负责人要写具体的名字');
  await expect(table.locator('.plan-issues')).toContainText('第 1 行：「尽快」不是时限');
  await expect(table.locator('.plan-issues')).toContainText('第 1 行：所需资源空着');
  await expect(table.getByRole('button', { name: '完成分工' })).toBeDisabled();

  await table.getByRole('button', { name: '载入示例' }).click();
  await expect(table.locator('[data-row]')).toHaveCount(5);
  await expect(table.locator('.plan-issues')).toContainText('每项任务都有人、有时限、有资源');
  await table.getByRole('button', { name: '完成分工' }).click();
  await expect(table.locator('.exercise__status')).toContainText('已完成');
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await table.getByRole('button', { name: '导出 CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('营销活动分工计划表.csv');
  const csv = readFileSync((await file.path())!, 'utf8');
  expect(csv.startsWith('\uFEFF任务,负责人,完成时限,所需资源,活动当天职能')).toBe(true);
  expect(csv).toContain('受理办理、预约装机时间、使用指导,小赵,D 日全天,受理台、装机预约表,售后');

  await page.reload();
  await hydrated(page.locator('#exercise-division-table'));
  await expect(page.locator('#exercise-division-table [data-row]')).toHaveCount(5);
  await expect(page.locator('#exercise-division-table .exercise__status')).toContainText('已完成');
});

test.describe('in WeChat’s own browser', () => {
  test.use({ userAgent: WECHAT_USER_AGENT });

  test('division table: 导出 CSV copies the table as CSV text, since a browser opened from WeChat has none of it', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await page.goto('/modules/m7/');
    const table = page.locator('#exercise-division-table');
    await hydrated(table);
    await table.getByRole('button', { name: '载入示例' }).click();
    await table.getByRole('button', { name: '导出 CSV' }).click();
    const status = table.getByRole('status').filter({ hasText: '微信里不能下载文件' });
    await expect(status).toContainText('已把分工表复制成 CSV 文字');
    await expect(status).not.toContainText('在浏览器打开');
    const text = table.getByLabel('分工表的 CSV 文字');
    await expect(text).toHaveValue(/^任务,负责人,完成时限,所需资源,活动当天职能\n确定活动方案/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await text.inputValue());
    expect(downloads).toBe(0);
    await expectNoAxeViolations(page);
    // A changed table takes the old copy off the screen.
    await table.getByLabel('任务', { exact: true }).first().fill('改过的任务');
    await expect(text).toBeHidden();
  });
});
