import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PROGRESS_KEY, expectNoAxeViolations, finishDiscQuiz, hydrated } from './helpers';

/** The saved-data notice's text that is showing (the notice holds one text per problem; CSS shows one). */
const noticeText = (page: Page) => page.locator('#storage-notice [data-notice]:visible');

/** Makes localStorage throw on every access, as with cookies blocked or some private modes. */
async function refuseStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
}

test.describe('saved data survives bad storage', () => {
  test('garbage in the progress key: the page still works, says so, and keeps a backup', async ({ page }) => {
    await page.goto('/');
    await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"modules":<<garbage'), PROGRESS_KEY);
    await page.goto('/modules/m3/');
    await expect(noticeText(page)).toHaveCount(1);
    await expect(noticeText(page)).toContainText('已损坏');
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

    // 我的进度 offers what was set aside for download, as the notice says.
    await page.goto('/progress/');
    const setAside = page.getByRole('region', { name: '另存的原数据' });
    await expect(setAside).toBeVisible();
    const download = page.waitForEvent('download');
    await setAside.getByRole('button', { name: /下载最近另存的一份/ }).click();
    expect(readFileSync((await (await download).path())!, 'utf8')).toBe('{"version":1,"modules":<<garbage');
  });

  test('progress saved by a newer version of the course is set aside with a notice', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(
      (key) => localStorage.setItem(key, JSON.stringify({ version: 99, modules: {}, exercises: {} })),
      PROGRESS_KEY,
    );
    await page.reload();
    await expect(noticeText(page)).toContainText('更新版本');
    await expect(page.getByText('已完成 0 / 7 个模块（0%）').first()).toBeVisible();
  });

  test('storage refused (private mode): the page and its exercises share one copy, and 导出本页的进度 saves it', async ({
    page,
  }) => {
    await refuseStorage(page);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/modules/m3/');
    await expect(noticeText(page)).toContainText('无痕');
    await finishDiscQuiz(page, 1);
    await expect(page.locator('#exercise-disc-quiz .disc-result__headline')).toBeVisible();
    await expect(page.locator('#exercise-disc-quiz .exercise__status')).toContainText('仅保存在本页面');
    const designer = page.locator('#exercise-peak-end');
    await hydrated(designer);
    await designer.getByRole('button', { name: '完成设计' }).click();
    // The page script's completion box counts what the islands saved: one copy for the page.
    await expect(page.getByText('先完成本模块的练习和知识检测（已完成 2 / 3）。')).toBeVisible();
    await expectNoAxeViolations(page);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出本页的进度' }).click();
    const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
    expect(Object.keys(file.progress.exercises).sort()).toEqual(['disc-quiz', 'peak-end']);
    await expect(page.locator('#storage-notice')).toContainText('已导出进度文件（2 个练习的作答）');
    await expect(page.getByRole('textbox', { name: /长按下面的文字/ })).toHaveValue(/"peak-end"/);
    expect(errors).toEqual([]);
  });

  test('storage full to the last byte: what is saved still shows, and the notice says full, not private mode', async ({
    page,
  }) => {
    await page.goto('/modules/m3/');
    const designer = page.locator('#exercise-peak-end');
    await hydrated(designer);
    await designer.getByRole('button', { name: '完成设计' }).click();
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await page.goto('/');
    await expect(noticeText(page)).toContainText('存储空间已满');
    await expect(page.locator('.module-card [data-status-for="m3"]')).toHaveText('学习中', { useInnerText: true });
    await page.goto('/modules/m3/');
    await hydrated(page.locator('#exercise-peak-end'));
    await expect(page.locator('#exercise-peak-end .exercise__status')).toContainText('已完成');
  });

  test('the notice shows on whichever script meets a corrupt value first, even when the page script loads late', async ({
    page,
  }) => {
    await page.goto('/');
    await page.evaluate((key) => localStorage.setItem(key, 'not json at all'), PROGRESS_KEY);
    // Hold the page script back, as a slow phone would, so 我的进度's own script decodes first.
    await page.route(/BaseLayout\.astro_astro_type_script/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto('/progress/');
    await expect(noticeText(page)).toContainText('已损坏');
    await expect(noticeText(page)).toHaveCount(1);
  });

  test('WeChat’s copied progress can be pasted back on 我的进度', async ({ page }) => {
    await page.goto('/modules/m3/');
    const designer = page.locator('#exercise-peak-end');
    await hydrated(designer);
    await designer.getByRole('button', { name: '完成设计' }).click();
    const text = await page.evaluate(
      (key) =>
        JSON.stringify({
          kind: 'svc-course-progress',
          exportedAt: new Date().toISOString(),
          progress: JSON.parse(localStorage.getItem(key)!),
        }),
      PROGRESS_KEY,
    );
    await page.evaluate(() => localStorage.clear());
    await page.goto('/progress/');
    await page.getByText('粘贴导入（在微信里复制的进度）').click();
    const box = page.getByRole('textbox', { name: '把复制的进度文本粘贴到这里' });
    await box.fill('{"kind": "something else"}');
    await page.getByRole('button', { name: '导入粘贴的进度' }).click();
    await expect(page.locator('[data-import-message]')).toContainText('粘贴的文本未能导入');
    await box.fill(text);
    await page.getByRole('button', { name: '导入粘贴的进度' }).click();
    await expect(page.locator('[data-import-message]')).toContainText('已从粘贴的文本导入：1 个练习的作答');
    await expect(box).toHaveValue('');
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
    await expect(noticeText(page)).toContainText('存储空间已满');
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

  test('typing is never undone by another tab saving something else, and every keystroke is kept', async ({
    page,
    context,
  }) => {
    await page.goto('/modules/m3/');
    const designer = page.locator('#exercise-peak-end');
    await hydrated(designer);
    const name = designer.getByRole('textbox', { name: '第 3 个触点名称' });
    await name.click();
    await name.press('End');
    await name.pressSequentially('区');

    const other = await context.newPage();
    await other.goto('/modules/m3/');
    const otherDesigner = other.locator('#exercise-peak-end');
    await hydrated(otherDesigner);
    await otherDesigner.getByRole('slider', { name: '「取号」的感受分' }).fill('2');
    // This tab hears the other's save and redraws; the text being typed stays, cursor and all.
    await expect(designer.getByRole('slider', { name: '「取号」的感受分' })).toHaveValue('2');
    await name.pressSequentially('域');
    await expect(name).toHaveValue('等候区域');

    // Minutes are kept as they are typed, without Enter or leaving the field.
    await designer.getByRole('spinbutton', { name: '「等候区域」的分钟数' }).fill('25');
    await page.reload();
    await hydrated(page.locator('#exercise-peak-end'));
    await expect(page.getByRole('spinbutton', { name: '「等候区域」的分钟数' })).toHaveValue('25');
  });
});
