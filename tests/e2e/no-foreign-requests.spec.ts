import { expect, test, type BrowserContext } from '@playwright/test';
import { builtPages, hydrateAll } from './built-pages';
import { hydrated } from './helpers';
import { answer, checkQuestionsOf } from './quiz-helpers';

/**
 * Records every request the pages in `context` make to a host other than the test server's, and
 * aborts it, so nothing leaves the machine even when a page tries.
 */
async function recordForeignRequests(context: BrowserContext, baseURL: string): Promise<string[]> {
  const own = new URL(baseURL).origin;
  const isForeign = (url: URL) => /^(https?|wss?):$/.test(url.protocol) && url.origin !== own;
  const foreign: string[] = [];
  context.on('request', (request) => {
    if (isForeign(new URL(request.url()))) foreign.push(request.url());
  });
  await context.route(isForeign, (route) => route.abort('blockedbyclient'));
  return foreign;
}

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
    expect(builtPages().length).toBeGreaterThan(10);
  });

  for (const { path } of builtPages()) {
    test(`${path} with all its islands running asks only the site itself`, async ({ page, context, baseURL }, testInfo) => {
      // What a page loads does not depend on the screen size: one project is enough for the sweep.
      test.skip(testInfo.project.name !== 'phone', 'the sweep runs on the phone project');
      const foreign = await recordForeignRequests(context, baseURL!);
      await page.goto(path);
      await hydrateAll(page);
      expect(foreign).toEqual([]);
    });
  }

  test('doing an exercise, a knowledge check and a search asks only the site itself', async ({ page, context, baseURL }) => {
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
    await answer(card, checkQuestionsOf('m1').find((item) => item.id === id)!, false);
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
