import { expect, test } from '@playwright/test';
import { hydrated, tabTo } from './helpers';

test.describe('keyboard only', () => {
  test('completes the DISC quiz with Tab, arrows, Space and Enter', async ({ page }) => {
    await page.goto('/modules/m3/');
    const quiz = page.locator('#exercise-disc-quiz');
    await hydrated(quiz);
    await tabTo(page, quiz.getByRole('button', { name: '认识自己' }));
    await page.keyboard.press('Enter');
    await expect(quiz.getByRole('button', { name: '认识自己' })).toHaveAttribute('aria-pressed', 'true');
    for (let question = 1; question <= 12; question += 1) {
      await expect(quiz.getByText(`第 ${question} / 12 题`)).toBeVisible();
      await tabTo(page, quiz.getByRole('radio').first());
      await page.keyboard.press('ArrowDown'); // moves to and selects the second option
      await expect(quiz.getByRole('radio').nth(1)).toBeChecked();
      await tabTo(page, quiz.getByRole('button', { name: question < 12 ? '下一题' : '查看结果' }));
      await page.keyboard.press('Enter');
    }
    await expect(quiz.locator('.disc-result__headline')).toContainText('你更接近');
    await expect(quiz.locator('.disc-result__headline')).toBeFocused();
    await expect(quiz.locator('.callout')).toBeVisible();
  });

  test('edits and completes the peak-end design with the keyboard, with a visible focus ring', async ({ page }) => {
    await page.goto('/modules/m3/');
    const designer = page.locator('#exercise-peak-end');
    await hydrated(designer);
    const endSlider = designer.getByRole('slider', { name: '「离店送别」的感受分' });
    await tabTo(page, endSlider);
    const outline = await endSlider.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
    for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowRight');
    await expect(designer.locator('.journey__row').nth(5).locator('output')).toHaveText('+3');

    await tabTo(page, designer.getByRole('button', { name: '把「推荐」下移' }));
    await page.keyboard.press('Enter');
    await expect(designer.locator('.journey__row').nth(5).locator('input[type="text"]')).toHaveValue('推荐');

    await tabTo(page, designer.getByRole('textbox', { name: '新增触点' }));
    await page.keyboard.type('递上便签');
    await page.keyboard.press('Enter');
    await expect(designer.locator('.journey__row')).toHaveCount(7);

    await tabTo(page, designer.getByRole('button', { name: '完成设计' }));
    await page.keyboard.press('Enter');
    await expect(designer.locator('.exercise__status')).toContainText('已完成');
  });
});
