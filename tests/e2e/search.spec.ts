import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, tabTo } from './helpers';

const headerBox = (page: Page) =>
  page.getByRole('search', { name: '站内搜索' }).getByRole('searchbox', { name: '搜索课程内容' });
const pageBox = (page: Page) => page.locator('main').getByRole('searchbox', { name: '搜索词' });
const status = (page: Page) => page.locator('main').getByRole('status');
const hits = (page: Page) => page.locator('main .search-hit');

test.describe('search', () => {
  test('the header box finds 峰终定律 in M3, and its section link opens that section', async ({ page }) => {
    await page.goto('/modules/m1/');
    await headerBox(page).fill('峰终定律');
    await headerBox(page).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=/);
    await expect(pageBox(page)).toHaveValue('峰终定律');
    await expect(status(page)).toHaveText(/找到 \d 个模块讲到「峰终定律」/);
    const first = hits(page).first();
    await expect(first.getByRole('heading', { level: 2 })).toHaveText('M3 客户满意度管理');
    await expect(first.locator('mark').first()).toContainText(/峰终/);
    await expectNoAxeViolations(page);

    await first.getByRole('link', { name: '峰终定律：客户只记住两个瞬间' }).click();
    await expect(page).toHaveURL(/\/modules\/m3\/#/);
    const heading = page.getByRole('heading', { level: 2, name: '峰终定律：客户只记住两个瞬间' });
    await expect(heading).toBeInViewport();
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#${await heading.getAttribute('id')}`);
  });

  test('typing on the search page updates the results: 有心无力 finds M4, nonsense finds nothing', async ({ page }) => {
    await page.goto('/search/');
    await expect(status(page)).toContainText('输入一个词');
    await pageBox(page).pressSequentially('有心无力');
    await expect(status(page)).toHaveText('找到 1 个模块讲到「有心无力」。');
    await expect(hits(page).getByRole('heading', { level: 2 })).toHaveText(['M4 团队管理']);
    await expect(page).toHaveURL(/\?q=%E6%9C%89%E5%BF%83%E6%97%A0%E5%8A%9B$/);

    await pageBox(page).fill('qwzxv');
    await expect(status(page)).toHaveText(/没有找到与「qwzxv」相关的内容/);
    await expect(hits(page)).toHaveCount(0);
    await expectNoAxeViolations(page);

    await pageBox(page).fill('');
    await expect(status(page)).toContainText('输入一个词');
    await expect(hits(page)).toHaveCount(0);
  });

  test('works with the keyboard alone, from the header box to the section', async ({ page }) => {
    await page.goto('/');
    await tabTo(page, headerBox(page));
    await page.keyboard.type('有心无力');
    await page.keyboard.press('Enter');
    await expect(status(page)).toHaveText('找到 1 个模块讲到「有心无力」。');
    const section = hits(page).first().locator('.search-hit__sections a').first();
    const target = await section.getAttribute('href');
    await tabTo(page, section);
    const outline = await section.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new URL(target!, page.url()).href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('团队管理');
  });

  test('trainer notes are not searchable', async ({ page }) => {
    // 「本模块时间安排」 appears in M3 only inside its trainer notes (讲师备注).
    await page.goto(`/search/?q=${encodeURIComponent('"本模块时间安排"')}`);
    await expect(status(page)).toHaveText(/没有找到/);
  });

  test('says so when the search index is missing (as under astro dev)', async ({ page }) => {
    await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`/search/?q=${encodeURIComponent('峰终定律')}`);
    await expect(status(page)).toContainText('搜索暂时不可用');
    await expect(hits(page)).toHaveCount(0);
  });

  test('the search page has one h1, lang zh-CN and fits 360 px with results', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/search/?q=${encodeURIComponent('满意')}`);
    await expect(status(page)).toHaveText(/找到 \d 个模块/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('h1')).toHaveCount(1);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});
