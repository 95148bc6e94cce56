import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, hydrated, tabTo } from './helpers';

test.describe('M4 coaching exercises', () => {
  test('coaching matrix: add people, move them by keyboard and by dragging, the advice follows, kept after reload', async ({ page }) => {
    await page.goto('/modules/m4/');
    const matrix = page.locator('#exercise-coaching-matrix');
    await hydrated(matrix);
    await matrix.getByRole('textbox', { name: '添加成员' }).fill('阿敏');
    await matrix.getByRole('button', { name: '添加', exact: true }).click();
    const member = matrix.locator('[data-member="阿敏"]');
    await expect(member).toHaveAttribute('data-quadrant', 'teach');
    await expect(member.locator('.member__step')).toContainText('PESOS');

    // Keyboard: two steps right raises skill from 3 to 5 → 有心有力.
    const chip = matrix.getByRole('button', { name: /^阿敏：/ });
    await tabTo(page, chip);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(member).toHaveAttribute('data-quadrant', 'delegate');
    await expect(member.locator('.member__step')).toContainText('阿敏');
    // A held key: the press and its repeat each count, with no pause between them (will 4 → 6).
    await page.keyboard.down('ArrowUp');
    await page.keyboard.down('ArrowUp');
    await page.keyboard.up('ArrowUp');
    await expect(member.getByRole('combobox', { name: '阿敏的 意愿' })).toHaveValue('6');

    // Drag: drop the chip in the bottom-left corner → 无心无力.
    const box = (await matrix.locator('.matrix').boundingBox())!;
    const from = (await chip.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 10, box.y + box.height - 10, { steps: 5 });
    await page.mouse.up();
    await expect(member).toHaveAttribute('data-quadrant', 'direct');
    await expect(member.getByRole('combobox', { name: '阿敏的 意愿' })).toHaveValue('1');

    await member.getByRole('combobox', { name: '阿敏的 意愿' }).selectOption('6');
    await expect(member).toHaveAttribute('data-quadrant', 'teach');
    await matrix.getByRole('button', { name: '载入示例团队' }).click();
    await expect(matrix.locator('[data-member]')).toHaveCount(5);
    await expect(matrix.locator('[data-member="小张"]')).toHaveAttribute('data-quadrant', 'motivate');
    await matrix.getByRole('button', { name: '完成辅导安排' }).click();
    await expectNoAxeViolations(page);

    await page.reload();
    await hydrated(page.locator('#exercise-coaching-matrix'));
    await expect(page.locator('#exercise-coaching-matrix [data-member]')).toHaveCount(5);
    await expect(page.locator('#exercise-coaching-matrix .exercise__status')).toContainText('已完成');
  });

  test('PESOS: wrong order gets hints, the right order unlocks the plan, the plan is kept and printable', async ({ page }) => {
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
        const order = await pesos.locator('.ordering li').evaluateAll((items) => items.map((item) => item.getAttribute('data-step')));
        const position = order.indexOf(keys[target]!);
        if (position <= target) break;
        await pesos.locator(`.ordering li[data-step="${keys[target]}"]`).getByRole('button', { name: `上移「${names[target]}」` }).click();
        // The island redraws a moment after saving: read the order again only once this move shows.
        await expect(pesos.locator('.ordering li').nth(position - 1)).toHaveAttribute('data-step', keys[target]!);
      }
    }
    await pesos.getByRole('button', { name: '检查顺序' }).click();
    await expect(pesos.getByText('顺序正确！')).toBeVisible();

    await pesos.getByRole('textbox', { name: '要教的任务' }).fill('5G 套餐升级推荐');
    await pesos.getByRole('textbox', { name: '带教对象' }).fill('小郑');
    for (const name of names) await pesos.getByRole('textbox', { name: new RegExp(`^${name}`) }).fill(`${name}：具体做法`);
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
});
