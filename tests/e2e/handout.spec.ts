import { expect, test, type Page } from '@playwright/test';
import { hydrated, openM3 } from './helpers';
import { pdfPageTexts } from './pdf-text';

const MODULE_TITLES = [
  'M1 管理者的职能与核心价值',
  'M2 营业厅的核心价值：服务与销售',
  'M3 客户满意度管理',
  'M4 团队管理',
  'M5 营销活动的关键要素',
  'M6 客户导向的活动经营思维',
  'M7 营销活动的实施',
];

/** The footer's page number on page `index` (0-based) of `total`. */
const pageNumber = (index: number, total: number) => `第 ${index + 1} 页 / 共 ${total} 页`;

/** Every page of the printed PDF carries its own number, of the right total. */
function expectNumberedPages(pages: readonly string[]): void {
  expect(pages.map((text, index) => text.includes(pageNumber(index, pages.length)))).toEqual(pages.map(() => true));
}

const trainerMode = (page: Page) => page.getByRole('checkbox', { name: '讲师模式' });

test.describe('printing a module', () => {
  test('prints the text and the learner’s answers without the site’s chrome; trainer notes only in 讲师模式', async ({
    page,
  }) => {
    await openM3(page);
    const designer = page.locator('#exercise-peak-end');
    await page.emulateMedia({ media: 'print' });
    // An exercise that has not loaded yet says so on paper.
    const note = (exercise: typeof designer) =>
      exercise.locator('.exercise__header').evaluate((header) => getComputedStyle(header, '::after').content);
    expect(await note(designer)).toContain('尚未载入');

    await page.emulateMedia({ media: 'screen' });
    await hydrated(designer);
    await designer.getByRole('slider', { name: '「等候」的感受分' }).fill('2');
    await page.emulateMedia({ media: 'print' });

    for (const chrome of [
      page.locator('.site-header'),
      page.getByRole('navigation', { name: '课程目录' }),
      page.getByRole('link', { name: '☰ 课程目录' }),
      page.locator('.site-footer'),
      page.getByRole('region', { name: '完成本模块' }),
      page.getByRole('navigation', { name: '上一个 / 下一个模块' }),
      designer.getByRole('button', { name: '重置练习' }),
    ]) {
      await expect(chrome).toBeHidden();
    }
    await expect(page.getByRole('heading', { level: 1, name: '客户满意度管理' })).toBeVisible();
    await expect(page.getByRole('region', { name: '学习目标' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: '案例：宜家：累了一下午，为什么还想再去' })).toBeVisible();
    await expect(designer.getByRole('slider', { name: '「等候」的感受分' })).toHaveValue('2');
    await expect(designer).toBeVisible();
    expect(await note(designer)).toBe('none');
    const notes = page.getByRole('complementary', { name: '讲师备注', includeHidden: true });
    expect(await notes.count()).toBeGreaterThan(1);
    await expect(notes.first()).toBeHidden();

    await page.emulateMedia({ media: 'screen' });
    await trainerMode(page).check();
    await page.emulateMedia({ media: 'print' });
    await expect(notes.first()).toBeVisible();
    const pages = pdfPageTexts(await page.pdf({ format: 'A4' }));
    expect(pages.length).toBeGreaterThan(3);
    expectNumberedPages(pages);
  });
});

test.describe('课程讲义 /handout/', () => {
  test('has the title page, the agenda and all seven modules in order, with exercises as pointers to the site', async ({
    page,
  }) => {
    await page.goto('/agenda/');
    await page.getByRole('link', { name: '打印整套讲义（A4）' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '服务价值链：营业厅的管理与营销' })).toBeVisible();
    await expect(
      page.getByRole('region', { name: '第一天 · 营业厅的管理' }).locator('tbody tr td:first-child'),
    ).toHaveText([
      '09:00–10:15',
      '10:15–10:30',
      '10:30–11:40',
      '11:40–13:10',
      '13:10–14:30',
      '14:30–14:45',
      '14:45–17:00',
      '17:00',
    ]);
    await expect(page.getByText('注意：教学时间超出目标。')).toHaveCount(0);
    await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(MODULE_TITLES);
    await expect(page.getByRole('list').filter({ hasText: 'M1 管理者的职能与核心价值' }).getByRole('link')).toHaveText(
      MODULE_TITLES,
    );

    const m3 = page.getByRole('article', { name: 'M3 客户满意度管理' });
    await expect(m3.getByRole('heading', { level: 3, name: '学习目标' })).toBeVisible();
    const placeholder = m3.getByRole('complementary', { name: '练习：峰终体验设计器' });
    await expect(placeholder).toContainText('请在课程网站上完成此练习');
    await expect(placeholder.getByRole('link')).toHaveText(/\/modules\/m3\/#exercise-peak-end$/);
    await expect(page.getByRole('complementary', { name: /^练习：/ })).toHaveCount(15);
    await expect(page.locator('astro-island')).toHaveCount(0);

    // The link leads to the exercise itself.
    await placeholder.getByRole('link').click();
    await expect(page).toHaveURL(/\/modules\/m3\/#exercise-peak-end$/);
    await expect(page.getByRole('heading', { name: '峰终体验设计器' })).toBeVisible();
  });

  // Axe on the handout, with its trainer notes shown, is part of the page sweep (every-page.spec.ts).
  test('shows trainer notes only in 讲师模式', async ({ page }) => {
    await page.goto('/handout/');
    const notes = page.getByRole('complementary', { name: '讲师备注', includeHidden: true });
    expect(await notes.count()).toBeGreaterThan(7);
    await expect(notes.first()).toBeHidden();
    await trainerMode(page).check();
    await expect(notes.first()).toBeVisible();
    await expect(notes.last()).toBeVisible();
  });

  test('prints as a long A4 document without the site’s chrome: every page numbered and named in the footer, the contents with each module’s first page, no trainer notes', async ({
    page,
  }) => {
    test.slow();
    await page.goto('/handout/');
    await expect(page.getByText('打印时，目录按这台电脑的排版填上每个模块的起始页码')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('heading', { level: 2, name: 'M7 营销活动的实施' })).toBeVisible();
    const { pages, starts } = await printHandout(page);
    // The title pages (course, schedule, contents), then each module from a page of its own to the
    // next one's; each module's heading is at the top of its page: only the footer and that line come first.
    expect(starts[0]).toBeGreaterThan(0);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const start of starts) {
      const meta = lines(pages[start]!).findIndex((line) => /^第.天 · /.test(line));
      expect([0, 1]).toContain(meta);
    }
    const footerOf = (index: number) => {
      const module = starts.findLastIndex((start) => start <= index);
      return module < 0 ? '服务价值链：营业厅的管理与营销 · 课程讲义' : MODULE_TITLES[module]!;
    };
    expect(pages.map((text, index) => text.includes(footerOf(index)))).toEqual(pages.map(() => true));
    // The participants' copy: no trainer notes on paper.
    expect(pages.some((text) => text.includes('讲师备注'))).toBe(false);
    // A trainer's copy from a phone-sized window: more pages (the notes), and the contents follow.
    // Working the numbers out does not move the reader.
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 390, height: 844 });
    await trainerMode(page).check();
    await page.emulateMedia({ media: 'print' });
    await page.getByRole('heading', { level: 2, name: 'M3 客户满意度管理' }).scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => scrollY);
    expect(scrolled).toBeGreaterThan(0);
    const trainers = await printHandout(page);
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    expect(trainers.pages.some((text) => text.includes('讲师备注'))).toBe(true);
    expect(trainers.pages.length).toBeGreaterThan(pages.length);
    expect(trainers.starts.at(-1)).toBeGreaterThan(starts.at(-1)!);
  });
});

const lines = (text: string) => text.split('\n').map((line) => line.trim());

/**
 * Prints the handout to PDF and returns its pages' text and where each module starts (0-based),
 * after checking every page's number and that the contents list gives each module's real first page.
 */
async function printHandout(page: Page): Promise<{ pages: string[]; starts: number[] }> {
  const pages = pdfPageTexts(await page.pdf({ format: 'A4' }));
  expectNumberedPages(pages);
  // A module starts where its heading follows its line of day, code and length.
  const starts = MODULE_TITLES.map((title) =>
    pages.findIndex((text) =>
      lines(text).some((line, at, all) => line === title && all[at - 1]?.includes(` · ${title.split(' ')[0]} · `)),
    ),
  );
  expect(starts).not.toContain(-1);
  // The contents, on the title pages: 「M3 客户满意度管理（1.3 小时）第 22 页」.
  const contents = MODULE_TITLES.map((title) => {
    const entry = pages
      .slice(0, starts[0])
      .flatMap(lines)
      .find((line) => line.startsWith(`${title}（`));
    return Number(/第 (\d+) 页$/.exec(entry ?? '')?.[1]);
  });
  expect(contents).toEqual(starts.map((start) => start + 1));
  return { pages, starts };
}
