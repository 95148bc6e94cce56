// A phone's layout: runs only in the phone project (tests/playwright.config.ts lists it with the trainee's specs).
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './built-pages';

const modulePages = builtPages()
  .map(({ path }) => path)
  .filter((path) => /^\/modules\/[^/]+\/$/.test(path));

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
    // The course list in the drawer too: the day's modules and the other day.
    await page.getByRole('link', { name: '☰ 课程目录' }).click();
    const drawerLinks = await page.locator('.course-nav li a').all();
    expect(drawerLinks.length).toBeGreaterThan(1);
    for (const link of drawerLinks)
      expect((await link.boundingBox())!.height, await link.innerText()).toBeGreaterThanOrEqual(44);
  });

  test('a module page’s first screen shows its title, code and minutes, its first learning goal and the start of its text', async ({
    page,
  }) => {
    expect(modulePages.length).toBeGreaterThan(1);
    const fold = page.viewportSize()!.height;
    for (const path of modulePages) {
      await page.goto(path);
      const main = page.getByRole('main');
      const boxes = {
        'code and minutes': await main.locator('.module__code').boundingBox(),
        title: await main.getByRole('heading', { level: 1 }).boundingBox(),
        'first goal': await page.getByRole('region', { name: '学习目标' }).getByRole('listitem').first().boundingBox(),
      };
      for (const [what, box] of Object.entries(boxes))
        expect(box!.y + box!.height, `${path} ${what}`).toBeLessThan(fold);
      // At least a line of it.
      const firstParagraph = (await main.locator('.prose p').first().boundingBox())!;
      expect(firstParagraph.y, `${path} first paragraph`).toBeLessThan(fold - 30);
      await expectNavButtonBesideTheFirstLine(page, path);
    }
  });

  test('at 360 px the module pages and a knowledge check do not scroll sideways and 「课程目录」 covers no words', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of [...modulePages, '/modules/m3/check/']) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
      await expectNavButtonBesideTheFirstLine(page, path);
    }
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

/** 「课程目录」 sits in the module's top corner, beside its first line (day, code, minutes), and covers none of its words. */
async function expectNavButtonBesideTheFirstLine(page: Page, path: string): Promise<void> {
  const button = (await page.getByRole('link', { name: '☰ 课程目录' }).boundingBox())!;
  const first = page.getByRole('main').locator('.module__meta');
  const firstBox = (await first.boundingBox())!;
  expect(button.y, path).toBeLessThan(firstBox.y + firstBox.height);
  expect(button.y + button.height, path).toBeGreaterThan(firstBox.y);
  const words = await first.evaluate((meta) => {
    const range = document.createRange();
    range.selectNodeContents(meta);
    return [...range.getClientRects()].map(({ right, top, bottom }) => ({ right, top, bottom }));
  });
  expect(words.length, path).toBeGreaterThan(0);
  for (const word of words.filter((rect) => rect.bottom > button.y && rect.top < button.y + button.height))
    expect(word.right, path).toBeLessThanOrEqual(button.x);
}
