import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, hydrated } from './helpers';
import { answerCards } from './quiz-helpers';

/** Waits until the service worker has precached the course and controls the page. */
async function workingOffline(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Whether a new version of the worker is installed and waiting for the learner's go-ahead. */
const updateWaiting = (page: Page) =>
  page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);

/**
 * The built site on an origin of its own, in front of the test server, whose sw.js changes when
 * `deploy()` is called, as after publishing a new build. (Playwright's routing cannot do this: it
 * does not see the browser's update check for a service worker.) `deploy(gone)` also leaves a
 * bundle out of the new version, as a real new build does with the bundles it replaced: the new
 * worker does not list it, and the server answers 404 for it.
 */
async function deployableSite(upstream: string) {
  let version = 1;
  let gone: string | null = null;
  const server = createServer(async (request, response) => {
    if (gone && request.url === gone) {
      response.writeHead(404).end();
      return;
    }
    const answer = await fetch(new URL(request.url ?? '/', upstream));
    let body = await answer.text();
    if (request.url === '/sw.js' && version > 1) {
      if (gone) body = body.replace(`{url:"${gone.slice(1)}",revision:null},`, '');
      body = `${body}\n// version ${version}\n`;
    }
    response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'text/plain' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: (path: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`,
    deploy: (without?: string) => {
      version += 1;
      gone = without ?? null;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

test.describe('offline', () => {
  // Each test first installs the course (every trainee page and bundle) into the worker's cache.
  test.describe.configure({ timeout: 90_000 });

  test('after a first visit, modules, exercises and knowledge checks work without a network', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await workingOffline(page);
    await context.setOffline(true);

    await page
      .getByRole('link', { name: /M6\s*客户导向的活动经营思维/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1, name: '客户导向的活动经营思维' })).toBeVisible();
    const canvas = page.locator('#exercise-activity-canvas');
    await hydrated(canvas);
    await canvas.getByRole('textbox', { name: '活动名称' }).fill('锦园小区新家网络日');
    await canvas.getByText('社区与销售联动').click();
    await expect(canvas.locator('.exercise__status')).toContainText('已自动保存');

    await page.reload();
    const again = page.locator('#exercise-activity-canvas');
    await hydrated(again);
    await expect(again.getByRole('textbox', { name: '活动名称' })).toHaveValue('锦园小区新家网络日');

    await page.getByRole('link', { name: '开始知识检测 →' }).click();
    await expect(page).toHaveURL(/\/modules\/m6\/check\/$/);
    const check = page.locator('#exercise-check-m6');
    await hydrated(check);
    await expect(check.getByRole('button', { name: '核对第 1 题' })).toBeVisible();
    await expectNoAxeViolations(page);

    // An address the course does not have answers with the saved 404 page, not the browser's error.
    await page.goto('/no-such-page/');
    await expect(page.getByRole('heading', { level: 1, name: '页面不存在' })).toBeVisible();
  });

  test('an exam started online resumes offline with its answers, and a new attempt starts offline', async ({
    page,
    context,
  }) => {
    await page.goto('/exam/');
    await workingOffline(page);
    const exam = page.locator('#exercise-exam');
    await hydrated(exam);
    await exam.getByRole('button', { name: '开始考试' }).click();
    const cards = exam.locator('ol.questions > li');
    await answerCards(cards, 3, true);
    await expect(exam.locator('.exam-bar')).toContainText('已答 3 / 30 题');
    const shown = () =>
      cards.locator(':scope > fieldset').evaluateAll((sets) => sets.map((set) => set.getAttribute('data-question')));
    const order = await shown();

    // The questions are not in the page: the worker answers with the saved pool file.
    await context.setOffline(true);
    await page.reload();
    await hydrated(exam);
    await expect(exam.locator('.exam-bar')).toContainText('已答 3 / 30 题');
    expect(await shown()).toEqual(order);

    await exam.getByRole('button', { name: '交卷' }).click();
    await exam.getByRole('button', { name: '确定交卷' }).click();
    await expect(exam.locator('.exam-result .check-result')).toContainText('未通过');
    await exam.getByRole('button', { name: /再考一次/ }).click();
    await expect(exam.locator('.exam-bar')).toContainText('已答 0 / 30 题');
    await expect(cards).toHaveCount(30);
  });

  test('a first visit saves what a trainee studies; slides and search are saved when first opened', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await workingOffline(page);
    const saved = (path: string) =>
      page.evaluate(async (url) => (await caches.match(url, { ignoreSearch: true })) !== undefined, path);
    expect(await saved('/modules/m7/check/index.html')).toBe(true);
    expect(await saved('/present/m3/index.html')).toBe(false);
    expect(await saved('/handout/index.html')).toBe(false);

    await page.goto('/present/m3/');
    await expect(page.locator('body')).toHaveAttribute('data-ready', '');
    await page.goto('/search/?q=峰终定律');
    const hit = page.locator('main .search-hit').first();
    await expect(hit.getByRole('heading', { level: 2 })).toHaveText('M3 客户满意度管理');

    await context.setOffline(true);
    await page.goto('/present/m3/');
    await expect(page.locator('body')).toHaveAttribute('data-ready', '');
    await expect(page.getByRole('heading', { level: 1, name: '客户满意度管理' })).toBeVisible();
    await page.goto('/search/?q=峰终定律');
    await expect(hit.getByRole('heading', { level: 2 })).toHaveText('M3 客户满意度管理');
    // Never opened: offline it is the saved 404 page.
    await page.goto('/handout/');
    await expect(page.getByRole('heading', { level: 1, name: '页面不存在' })).toBeVisible();
  });

  test('a new version waits for 重新加载 and never switches by itself', async ({ page, baseURL }) => {
    const site = await deployableSite(baseURL!);
    try {
      await page.goto(site.url('/modules/m6/'));
      await workingOffline(page);
      const notice = page.getByRole('status').filter({ hasText: '课程已更新' });
      await expect(notice).toBeHidden();

      site.deploy();
      // Opening another page makes the browser look for a new version.
      await page.getByRole('link', { name: '开始知识检测 →' }).click();
      await expect(notice).toBeVisible();
      await expect(notice).toContainText('课程已更新，重新加载即可使用新版本');
      expect(await updateWaiting(page)).toBe(true);
      await expectNoAxeViolations(page);

      await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: '重新加载' }).click()]);
      await workingOffline(page);
      expect(await updateWaiting(page)).toBe(false);
      await expect(notice).toBeHidden();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    } finally {
      await site.close();
    }
  });

  test('after 重新加载 in one tab, another tab of the old version still loads its exercises', async ({
    page,
    context,
    baseURL,
  }) => {
    const site = await deployableSite(baseURL!);
    try {
      await page.goto(site.url('/modules/m6/'));
      await workingOffline(page);
      const old = await context.newPage();
      await old.goto(site.url('/modules/m6/'));
      // The exercise is below the fold: its bundle is not loaded until the learner scrolls to it.
      const island = old.locator('astro-island', { has: old.locator('#exercise-activity-canvas') });
      const bundle = new URL((await island.getAttribute('component-url'))!, site.url('/')).pathname;

      site.deploy(bundle);
      await page.getByRole('link', { name: '开始知识检测 →' }).click();
      const notice = page.getByRole('status').filter({ hasText: '课程已更新' });
      await notice.getByRole('button', { name: '重新加载' }).click();
      // The new worker is active once nothing waits any more (the page reloads meanwhile).
      await expect.poll(() => updateWaiting(page).catch(() => true), { timeout: 30_000 }).toBe(false);

      const canvas = old.locator('#exercise-activity-canvas');
      await hydrated(canvas);
      await canvas.getByRole('textbox', { name: '活动名称' }).fill('锦园小区新家网络日');
      await expect(canvas.locator('.exercise__status')).toContainText('已自动保存');
    } finally {
      await site.close();
    }
  });
});
