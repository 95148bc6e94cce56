import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const PAGES = ['/', '/progress/', '/modules/m1/', '/modules/m2/', '/modules/m3/', '/modules/m4/', '/modules/m5/', '/modules/m6/', '/modules/m7/', '/modules/m1/check/', '/modules/m4/check/', '/modules/m7/check/', '/exam/', '/exam/certificate/', '/trainer/results/', '/agenda/', '/search/?q=峰终', '/no-such-page/'];

test.describe('every page', () => {
  for (const path of PAGES) {
    test(`${path} has one h1, lang zh-CN, no console errors, fits the screen and passes axe`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error' && !/404/.test(message.text())) errors.push(message.text());
      });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(page.locator('h1')).toHaveCount(1);
      // Markdown that failed to render (e.g. ** next to Chinese punctuation) would show as-is.
      expect(await page.locator('main').innerText()).not.toMatch(/\*\*|\]\(/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
      // The same page with trainer notes shown must be accessible too.
      await page.getByRole('checkbox', { name: '讲师模式' }).check();
      await expectNoAxeViolations(page);
      expect(errors).toEqual([]);
    });
  }

  // Slide shows have no 讲师模式 switch (their notes live in the presenter view); otherwise the same checks.
  for (const path of ['/present/m1/', '/present/m4/', '/present/m7/?view=presenter']) {
    test(`${path} has one h1, lang zh-CN, no console errors, fits the screen and passes axe`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(path);
      await expect(page.locator('body')).toHaveAttribute('data-ready', '');
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(page.locator('h1')).toHaveCount(1);
      expect(await page.locator('main').innerText()).not.toMatch(/\*\*|\]\(/);
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 720 });
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      }
      await expectNoAxeViolations(page);
      expect(errors).toEqual([]);
    });
  }

  test('at 360 px wide nothing overflows', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of PAGES) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
