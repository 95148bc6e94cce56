import { expect, test } from '@playwright/test';
import { PROGRESS_KEY, expectNoAxeViolations, finishDiscQuiz, hydrated } from './helpers';

test.describe('saved data survives bad storage', () => {
  test('garbage in the progress key: the page still works, says so, and keeps a backup', async ({ page }) => {
    await page.goto('/');
    await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"modules":<<garbage'), PROGRESS_KEY);
    await page.goto('/modules/m3/');
    const notice = page.locator('#storage-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('已损坏');
    await expectNoAxeViolations(page);

    const designer = page.locator('#exercise-peak-end');
    await hydrated(designer);
    await designer.getByRole('slider', { name: '「等候」的感受分' }).fill('-1');
    await expect(designer.getByTestId('average')).toHaveText('0.0');
    const saved = await page.evaluate(
      (key) => ({ value: JSON.parse(localStorage.getItem(key)!), backup: localStorage.getItem(`${key}:backup`) }),
      PROGRESS_KEY,
    );
    expect(saved.backup).toBe('{"version":1,"modules":<<garbage');
    expect(saved.value.exercises['peak-end'].state.touchpoints[2].feeling).toBe(-1);

    // Told once: the next page finds clean data and shows no notice.
    await page.goto('/');
    await expect(page.locator('#storage-notice')).toBeHidden();
  });

  test('progress saved by a newer version of the course is set aside with a notice', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(
      (key) => localStorage.setItem(key, JSON.stringify({ version: 99, modules: {}, exercises: {} })),
      PROGRESS_KEY,
    );
    await page.reload();
    await expect(page.locator('#storage-notice')).toContainText('更新版本');
    await expect(page.getByText('已完成 0 / 7 个模块（0%）').first()).toBeVisible();
  });

  test('storage refused (private mode): exercises still work in memory, with a notice', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/modules/m3/');
    await expect(page.locator('#storage-notice')).toContainText('无痕');
    await finishDiscQuiz(page, 1);
    await expect(page.locator('#exercise-disc-quiz .disc-result__headline')).toBeVisible();
    await expect(page.locator('#exercise-disc-quiz .exercise__status')).toContainText('仅保存在本页面');
    expect(errors).toEqual([]);
  });

  test('storage full: the latest answer is kept for this visit and the learner is told', async ({ page }) => {
    await page.addInitScript(() => {
      const realSetItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key === 'svc-course:progress' && value.includes('peak-end'))
          throw new DOMException('full', 'QuotaExceededError');
        return realSetItem.call(this, key, value);
      };
    });
    await page.goto('/modules/m3/');
    const designer = page.locator('#exercise-peak-end');
    await hydrated(designer);
    await designer.getByRole('slider', { name: '「取号」的感受分' }).fill('3');
    await expect(page.locator('#storage-notice')).toContainText('存储空间已满');
    await expect(designer.locator('.journey__row').nth(1).locator('output')).toHaveText('+3');
  });

  test('two open tabs stay in step', async ({ page, context }) => {
    await page.goto('/');
    const other = await context.newPage();
    await other.goto('/modules/m3/');
    const designer = other.locator('#exercise-peak-end');
    await hydrated(designer);
    await designer.getByRole('button', { name: '完成设计' }).click();
    await expect(page.locator('.module-card [data-status-for="m3"]')).toHaveText('学习中', { useInnerText: true });

    await page.goto('/modules/m3/');
    await hydrated(page.locator('#exercise-peak-end'));
    await page.locator('#exercise-peak-end').getByRole('slider', { name: '「推荐」的感受分' }).fill('3');
    await expect(designer.locator('.journey__row').nth(4).locator('output')).toHaveText('+3');
  });
});
