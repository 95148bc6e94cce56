import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, hydrated } from './helpers';
import { checkQuestionsOf, doKnowledgeCheck } from './quiz-helpers';

test.describe('a module knowledge check', () => {
  test('fails once, passes on the second try, keeps the best score after a reload', async ({ page }) => {
    await page.goto('/modules/m3/');
    await page.getByRole('link', { name: '开始知识检测 →' }).click();
    await expect(page).toHaveURL(/\/modules\/m3\/check\/$/);
    const check = page.locator('#exercise-check-m3');
    await hydrated(check);
    const total = checkQuestionsOf('m3').length;

    await doKnowledgeCheck(check, 'm3', 1);
    await expect(check.locator('.check-result')).toContainText('还差一点');
    await expect(check.locator('.feedback').first()).toBeVisible();
    await expectNoAxeViolations(page);

    await check.getByRole('button', { name: /再做一次/ }).click();
    await expect(check.getByText(`已核对 0 / ${total} 题`)).toBeVisible();
    await doKnowledgeCheck(check, 'm3', total);
    await expect(check.locator('.check-result')).toContainText('本次得分 100%');
    await expect(check.locator('.check-summary')).toContainText('最好成绩 100%');
    await expect(check.locator('.check-summary')).toContainText('已通过');

    await page.reload();
    await hydrated(page.locator('#exercise-check-m3'));
    await expect(page.locator('#exercise-check-m3 .check-summary')).toContainText('最好成绩 100%');
  });

  test('a wrong answer shows why, and checked answers cannot be changed', async ({ page }) => {
    await page.goto('/modules/m2/check/');
    const check = page.locator('#exercise-check-m2');
    await hydrated(check);
    const first = check.locator('ol.questions > li').first();
    // Questions appear in bank order; an unanswered choice question cannot be checked yet.
    const [firstQuestion] = checkQuestionsOf('m2');
    await expect(first.locator('fieldset')).toHaveAttribute('data-question', firstQuestion!.id);
    if (firstQuestion!.type !== 'ordering')
      await expect(first.getByRole('button', { name: '核对第 1 题' })).toBeDisabled();
    await doKnowledgeCheck(check, 'm2', 0);
    await expect(first.locator('.feedback__verdict')).toContainText(/错误|部分正确/);
    await expect(first.locator('.feedback')).toContainText(firstQuestion!.explanation.slice(0, 10));
    await expect(first.getByRole('button', { name: '核对第 1 题' })).toHaveCount(0);
  });
});
