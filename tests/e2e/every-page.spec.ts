/**
 * The page sweep: every built page (found in dist/), plus the views that are not files of their
 * own, is loaded once per project with every island running, and must show no console error, no
 * failed request, no CSP violation and no request to another host, and fit the screen. Axe runs once
 * per page, on the screen of the page's users: the trainer's pages on the projector, every other page
 * on the phone (the journey specs run axe again after their clicks).
 */
import { expect, test } from '@playwright/test';
import { builtPages, hydrateAll } from './built-pages';
import { expectNoAxeViolations } from './helpers';
import { recordFailedRequests, recordForeignRequests, watchCsp } from './page-problems';

const MISSING_PAGE = '/no-such-page/';
/** Views that are not files of their own: search results, the presenter view, and a page that does not exist. */
const VIEWS = [`/search/?q=${encodeURIComponent('峰终')}`, '/present/m7/?view=presenter', MISSING_PAGE];
const isSlideShow = (path: string) => path.startsWith('/present/');
/** Pages made for the trainer's laptop and projector (the handout is printed from one); every other page is for phones. */
const TRAINER_PAGES = ['/present/', '/trainer/', '/agenda/', '/handout/'];
const audienceOf = (path: string) => (TRAINER_PAGES.some((prefix) => path.startsWith(prefix)) ? 'projector' : 'phone');

test('the sweep’s watchers catch a stylesheet and a script that are missing', async ({ page, context, baseURL }) => {
  const failed = recordFailedRequests(context);
  const { errors } = await watchCsp(page);
  await page.goto('/');
  await page.evaluate(() => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/_astro/missing.css' });
    const script = Object.assign(document.createElement('script'), { type: 'module', src: '/_astro/missing.js' });
    document.head.append(link, script);
  });
  // A 404 page in place of a stylesheet or script is refused under nosniff (serve-dist sends the host
  // headers), which the browser reports as an aborted request: either way it is recorded.
  const missing = (file: string) =>
    expect.stringMatching(new RegExp(`^${baseURL}/_astro/${file}: (404|net::ERR_ABORTED)$`));
  await expect.poll(() => failed).toEqual(expect.arrayContaining([missing('missing\\.css'), missing('missing\\.js')]));
  await expect.poll(() => errors.length).toBeGreaterThan(0);
});

test.describe('every page', () => {
  // Axe on the handout (all seven modules on one page) takes over a minute on a busy machine.
  test.describe.configure({ timeout: 180_000 });
  const paths = [...builtPages().map((page) => page.path), ...VIEWS];
  test('is found in dist', () => expect(paths.length).toBeGreaterThan(10 + VIEWS.length));

  for (const path of paths) {
    test(`${path}: one h1, lang zh-CN, fits the screen, islands run, no console error, failed request, CSP violation or foreign request; axe on the ${audienceOf(path)}`, async ({
      page,
      context,
      baseURL,
      viewport,
    }, testInfo) => {
      const missingDocument = path === MISSING_PAGE ? `${baseURL}${MISSING_PAGE}` : undefined;
      const failed = recordFailedRequests(context, missingDocument);
      const foreign = await recordForeignRequests(context, baseURL!);
      const { violations, errors } = await watchCsp(page, missingDocument);
      const response = await page.goto(path);
      expect(response?.status()).toBe(path === MISSING_PAGE ? 404 : 200);
      if (isSlideShow(path)) await expect(page.locator('body')).toHaveAttribute('data-ready', '');
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(page.locator('h1')).toHaveCount(1);
      // Markdown that failed to render (e.g. ** next to Chinese punctuation) would show as-is.
      expect(await page.locator('main').innerText()).not.toMatch(/\*\*|\]\(/);
      // With trainer notes shown axe sees everything the page can show; slide shows keep their notes in the presenter view.
      if (!isSlideShow(path)) await page.getByRole('checkbox', { name: '讲师模式' }).check();
      if (testInfo.project.name === audienceOf(path)) await expectNoAxeViolations(page);
      await hydrateAll(page);
      for (const width of [viewport!.width, 360]) {
        await page.setViewportSize({ width, height: viewport!.height });
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
          `overflow at ${width} px`,
        ).toBeLessThanOrEqual(0);
      }
      expect({ errors, failed, violations, foreign }).toEqual({ errors: [], failed: [], violations: [], foreign: [] });
    });
  }
});
