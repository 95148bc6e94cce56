// A phone's layout: runs only in the phone project (tests/playwright.config.ts lists it with the trainee's specs).
import { expect, test } from '@playwright/test';

test.describe('on a phone (390×844)', () => {
  test('the header links, 讲师模式, module links and previous/next are tap targets of 44 px or more', async ({
    page,
  }) => {
    const targets: [string, string][] = [
      ['/', '.site-header a, .trainer-toggle, .module-card__link'],
      ['/progress/', '.status-table a'],
      ['/agenda/', '.agenda-table a'],
      ['/modules/m3/', '.site-header a, .trainer-toggle, .pager a, .nav-open'],
    ];
    for (const [path, selector] of targets) {
      await page.goto(path);
      const elements = page.locator(selector);
      expect(await elements.count(), selector).toBeGreaterThan(0);
      for (const element of await elements.all()) {
        const box = (await element.boundingBox())!;
        const name = `${path} ${(await element.innerText()).trim()}`;
        expect(box.height, name).toBeGreaterThanOrEqual(44);
        expect(box.width, name).toBeGreaterThanOrEqual(44);
      }
    }
    // The course list in the drawer too.
    await page.getByRole('link', { name: '☰ 课程目录' }).click();
    for (const link of await page.locator('.course-nav li a').all())
      expect((await link.boundingBox())!.height, await link.innerText()).toBeGreaterThanOrEqual(44);
  });

  test('no text on the course’s own pages is smaller than 12 px', async ({ page }) => {
    for (const path of ['/', '/progress/', '/agenda/', '/plan/', '/exam/', '/exam/certificate/', '/modules/m3/']) {
      await page.goto(path);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('body *')]
          .filter(
            (element) =>
              element.checkVisibility() &&
              [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) &&
              parseFloat(getComputedStyle(element).fontSize) < 12,
          )
          .map((element) => `${element.tagName} ${element.textContent!.trim().slice(0, 20)}`),
      );
      expect(small, path).toEqual([]);
    }
  });

  for (const width of [390, 360]) {
    test(`我的进度 at ${width} px: the short columns keep their words on one line, the page does not scroll sideways`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 844 });
      await page.goto('/progress/');
      const lines = await page
        .locator('.status-table')
        .first()
        .evaluate((table) =>
          [...table.querySelectorAll<HTMLElement>('thead th, td')].map((cell) => {
            // The lines the cell's visible text sits on (a text node that wraps gives a box per line).
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            const tops: number[] = [];
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (!node.textContent!.trim() || !node.parentElement!.checkVisibility()) continue;
              const range = document.createRange();
              range.selectNodeContents(node);
              tops.push(...[...range.getClientRects()].map((rect) => rect.top));
            }
            const oneLine = Math.max(...tops) - Math.min(...tops) < parseFloat(getComputedStyle(cell).fontSize) / 2;
            return `${cell.innerText.trim()}: ${oneLine ? 'one line' : 'wrapped'}`;
          }),
        );
      // The module column may wrap (its header is one word); every other cell is one line.
      for (const line of lines) expect(line).toMatch(/: one line$/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }
});
