import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, hydrated } from './helpers';

test('selling-point canvas: a feature dressed as a selling point is caught; the sample passes, prints as a card and is kept', async ({
  page,
}) => {
  await page.goto('/modules/m5/');
  const canvas = page.locator('#exercise-selling-points');
  await hydrated(canvas);
  await canvas.getByRole('textbox', { name: '产品', exact: true }).fill('5G 畅享套餐');
  const first = canvas.locator('[data-row="1"]');
  await first.getByRole('textbox', { name: '特点（产品有什么）' }).fill('每月 100GB 流量');
  await first.getByRole('textbox', { name: '场景（谁、在什么情况下用）' }).fill('外卖骑手整天在路上用导航');
  await first.getByRole('textbox', { name: '卖点（客户得到什么）' }).fill('每月 100GB 流量');
  await expect(canvas.locator('.plan-issues')).toContainText('第 1 个卖点只是把特点又说了一遍');
  await first.getByRole('textbox', { name: '卖点（客户得到什么）' }).fill('跑一整天导航也不用担心流量超出');
  await expect(canvas.locator('.plan-issues')).not.toContainText('第 1 个卖点');
  await expect(canvas.locator('.plan-issues')).toContainText('话术还缺');

  await canvas.getByRole('button', { name: '载入示例（千兆宽带）' }).click();
  await expect(canvas.locator('.plan-issues')).toContainText('每个卖点都说到了客户的好处');
  await canvas.getByRole('button', { name: '完成话术卡' }).click();
  await expect(canvas.locator('.exercise__status')).toContainText('已完成');
  await expectNoAxeViolations(page);

  await page.reload();
  const again = page.locator('#exercise-selling-points');
  await hydrated(again);
  await expect(again.getByRole('textbox', { name: '产品', exact: true })).toHaveValue(
    '千兆宽带（含 FTTR 全屋光纤组网）',
  );
  await page.evaluate(() => (window.print = () => undefined));
  await again.getByRole('button', { name: '打印话术卡' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-print-area] .plan__print-title')).toContainText('话术卡：千兆宽带');
});
