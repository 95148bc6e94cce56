import { expect, test } from '@playwright/test';
import { hydrated } from './helpers';
import { recordForeignRequests } from './page-problems';
import { answer, checkQuestionsOf } from './quiz-helpers';

test.describe('no request to another host', () => {
  // The pages' CSP would block most such requests before they are made; bypass it here so this test
  // sees every attempt on its own (csp.spec.ts checks the policy).
  test.use({ bypassCSP: true });

  test('the recorder catches a request to another host', async ({ page, context, baseURL }) => {
    const foreign = await recordForeignRequests(context, baseURL!);
    await page.goto('/');
    expect(foreign).toEqual([]);
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'http://example.com/x.png';
      document.body.append(image);
    });
    await page.evaluate(() => fetch('https://example.org/data.json').catch(() => null));
    await expect.poll(() => [...foreign].sort()).toEqual(['http://example.com/x.png', 'https://example.org/data.json']);
  });

  test('doing an exercise, a knowledge check and a search asks only the site itself', async ({
    page,
    context,
    baseURL,
  }) => {
    const foreign = await recordForeignRequests(context, baseURL!);
    await page.goto('/modules/m4/');
    const matrix = page.locator('#exercise-coaching-matrix');
    await hydrated(matrix);
    await matrix.getByRole('textbox', { name: '添加成员' }).fill('阿敏');
    await matrix.getByRole('button', { name: '添加', exact: true }).click();
    await expect(matrix.locator('[data-member="阿敏"]')).toBeVisible();

    await page.goto('/modules/m1/check/');
    const check = page.locator('#exercise-check-m1');
    await hydrated(check);
    const card = check.locator('ol.questions > li').first().locator(':scope > fieldset');
    const id = await card.getAttribute('data-question');
    await answer(
      card,
      checkQuestionsOf('m1').find((item) => item.id === id)!,
      false,
    );
    await check.getByRole('button', { name: '核对第 1 题' }).click();
    await expect(card.locator(':scope > .feedback')).toBeVisible();

    await page.getByRole('searchbox', { name: '搜索课程内容' }).fill('辅导');
    await page.getByRole('searchbox', { name: '搜索课程内容' }).press('Enter');
    await expect(page.locator('main .search-hit').first()).toBeVisible();
    await page.locator('main .search-hit__sections a').first().click();
    await expect(page).toHaveURL(/\/modules\/m\d\/#/);
    expect(foreign).toEqual([]);
  });
});
