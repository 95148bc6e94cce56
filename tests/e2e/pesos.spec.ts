import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, hydrated } from './helpers';

test('PESOS: wrong order gets hints, the right order unlocks the plan, the plan is kept and printable', async ({
  page,
}) => {
  await page.goto('/modules/m4/');
  const pesos = page.locator('#exercise-pesos');
  await hydrated(pesos);
  await pesos.getByRole('button', { name: '检查顺序' }).click();
  await expect(pesos.locator('.ordering__hint').first()).toBeVisible();
  await expect(pesos.getByRole('button', { name: '先排对第一步的顺序' })).toBeDisabled();

  // Bubble each step up into place with the ↑ buttons.
  const names = ['P 准备', 'E 讲解', 'S 示范', 'O 观察', 'S 督导'];
  const keys = ['prepare', 'explain', 'show', 'observe', 'supervise'];
  for (let target = 0; target < keys.length; target += 1) {
    for (;;) {
      const order = await pesos
        .locator('.ordering li')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-step')));
      const position = order.indexOf(keys[target]!);
      if (position <= target) break;
      await pesos
        .locator(`.ordering li[data-step="${keys[target]}"]`)
        .getByRole('button', { name: `上移「${names[target]}」` })
        .click();
      // The island redraws a moment after saving: read the order again only once this move shows.
      await expect(pesos.locator('.ordering li').nth(position - 1)).toHaveAttribute('data-step', keys[target]!);
    }
  }
  await pesos.getByRole('button', { name: '检查顺序' }).click();
  await expect(pesos.getByText('顺序正确！')).toBeVisible();

  await pesos.getByRole('textbox', { name: '要教的任务' }).fill('5G 套餐升级推荐');
  await pesos.getByRole('textbox', { name: '带教对象' }).fill('小郑');
  for (const name of names)
    await pesos.getByRole('textbox', { name: new RegExp(`^${name}`) }).fill(`${name}：具体做法`);
  await pesos.getByRole('button', { name: '完成带教计划' }).click();
  await expect(pesos.locator('.exercise__status')).toContainText('已完成');
  await expectNoAxeViolations(page);

  await page.reload();
  await hydrated(page.locator('#exercise-pesos'));
  await expect(page.locator('#exercise-pesos').getByRole('textbox', { name: '带教对象' })).toHaveValue('小郑');

  // Printing shows only the plan.
  await page.evaluate(() => (window.print = () => window.dispatchEvent(new Event('printed'))));
  await page.locator('#exercise-pesos').getByRole('button', { name: '打印带教计划' }).click();
  await expect(page.locator('[data-print-area]')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('[data-print-area] .plan__print-title')).toBeVisible();
});
