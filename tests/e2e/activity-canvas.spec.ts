import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, hydrated } from './helpers';

test('activity canvas: empty and vague answers are flagged, a finished plan is kept and prints as one page', async ({
  page,
}) => {
  await page.goto('/modules/m6/');
  const canvas = page.locator('#exercise-activity-canvas');
  await hydrated(canvas);
  await expect(canvas.getByRole('status').filter({ hasText: '还有 8 项没填' })).toBeVisible();
  await expect(canvas.getByRole('button', { name: '完成方案' })).toBeDisabled();

  await canvas.getByRole('textbox', { name: '活动名称' }).fill('锦园小区新家网络日');
  await canvas.getByText('社区与销售联动').click();
  const answers: Record<string, string> = {
    '1. 目的是什么？': '提升小区宽带的办理量',
    '2. 他们是谁？': '锦园小区刚装修完、还没选宽带的业主家庭',
    '3. 他们在哪里？': '小区业主群、物业服务中心和周末的建材市场',
    '4. 怎么让他知道？': '通过多种方式宣传，让大家都知道',
    '5. 怎么吸引他来？': '到场免费测网速，前 20 户送智能门铃一只',
    '6. 来了怎么让他买？': '现场演示全屋 Wi-Fi，两档方案对比卡，当场约安装时间',
  };
  for (const [question, answer] of Object.entries(answers))
    await canvas.getByRole('textbox', { name: question }).fill(answer);
  await expect(canvas.locator('[data-dimension="purpose"] .field__error')).toContainText('目的里没有数字');
  await expect(canvas.locator('[data-dimension="reach"] .field__error')).toContainText('「大家」太笼统');
  await expect(canvas.getByRole('status').filter({ hasText: '还有 2 条改进建议' })).toBeVisible();

  await canvas.getByRole('textbox', { name: '1. 目的是什么？' }).fill('两天办理千兆宽带 40 户，其中融合套餐 25 户');
  await canvas
    .getByRole('textbox', { name: '4. 怎么让他知道？' })
    .fill('请物业在业主群发通知，电梯口贴海报，外呼老客户 80 户');
  await expect(canvas.getByRole('status').filter({ hasText: '每一维都写得具体' })).toBeVisible();
  await canvas.getByRole('button', { name: '完成方案' }).click();
  await expect(canvas.locator('.exercise__status')).toContainText('已完成');
  await expectNoAxeViolations(page);

  await page.reload();
  const again = page.locator('#exercise-activity-canvas');
  await hydrated(again);
  await expect(again.getByRole('textbox', { name: '活动名称' })).toHaveValue('锦园小区新家网络日');
  await page.evaluate(() => (window.print = () => undefined));
  await again.getByRole('button', { name: '打印一页方案' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-print-area] .plan__print-title')).toContainText('锦园小区新家网络日');
  await expect(page.locator('[data-print-area]')).toContainText('社区与销售联动');
});
