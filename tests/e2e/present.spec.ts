import { expect, test, type Page } from '@playwright/test';
import { recordConsoleErrors } from './page-problems';
import { expectNoAxeViolations, hydrated } from './helpers';
import { decodeQr } from './qr';
import { toNextSlide } from './slides';

const MODULES = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'];

const counter = (page: Page) => page.locator('.controls__count');
const stageText = (page: Page) => page.locator('[data-stage]');

async function openDeck(page: Page, path: string): Promise<number> {
  await page.goto(path);
  await expect(page.locator('body')).toHaveAttribute('data-ready', '');
  return Number(await page.locator('[data-total]').innerText());
}

/** Opens the overview with O and chooses the slide titled `title` by clicking it. */
async function jumpTo(page: Page, title: string | RegExp): Promise<void> {
  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: /幻灯片总览/ });
  await expect(overview).toBeVisible();
  await overview.getByRole('button', { name: title }).click();
  await expect(overview).toBeHidden();
}

/** Waits until a live exercise on the current slide has hydrated, so its real layout is measured. */
async function hydratedSlide(page: Page): Promise<void> {
  const island = page.locator('[data-blocks] > .exercise-slot:visible astro-island');
  if ((await island.count()) > 0) await expect(island).not.toHaveAttribute('ssr', /.*/);
}

/** Puts the focus in the exercise on the current slide, as a click on one of its controls would. */
async function touchExercise(page: Page): Promise<void> {
  const control = page
    .locator('[data-blocks] > .exercise-slot:visible')
    .locator('button:visible, input:visible, a:visible, select:visible, textarea:visible');
  await control.first().focus();
  await expect(control.first()).toBeFocused();
}

/** What the stage shows now: overflow of the slide area and the smallest type size outside exercises. */
function measureSlide(page: Page) {
  return page.evaluate(() => {
    const blocks = document.querySelector<HTMLElement>('[data-blocks]')!;
    const shown = [...blocks.children].filter((element) => !(element as HTMLElement).hidden) as HTMLElement[];
    const text = shown.filter((element) => !element.matches('.exercise-slot'));
    const sizes = text
      .flatMap((element) => [element, ...element.querySelectorAll<HTMLElement>('li, td, th, p')])
      .filter((element) => element.offsetHeight > 0)
      .map((element) => parseFloat(getComputedStyle(element).fontSize));
    const tableSizes = text
      .flatMap((element) => [...element.querySelectorAll<HTMLElement>('td, th')])
      .filter((element) => element.offsetHeight > 0)
      .map((element) => parseFloat(getComputedStyle(element).fontSize));
    // A live exercise must fit its slot too: the room cannot scroll the projector.
    const slot = shown.find((element) => element.matches('.exercise-slot'));
    const exerciseSizes = slot
      ? [...slot.querySelectorAll<HTMLElement>('*')]
          .filter(
            (element) =>
              element.offsetHeight > 0 &&
              [...element.childNodes].some(
                (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
              ),
          )
          .map((element) => parseFloat(getComputedStyle(element).fontSize))
      : [];
    const stage = document.querySelector<HTMLElement>('[data-stage]')!.getBoundingClientRect();
    return {
      slide: location.hash,
      exercise: slot?.getAttribute('data-exercise') ?? null,
      shown: shown.length,
      onlyHeading: shown.length > 0 && shown.every((element) => element.matches('h2, h3')),
      overflowY: Math.max(blocks.scrollHeight - blocks.clientHeight, slot ? slot.scrollHeight - slot.clientHeight : 0),
      overflowX: Math.max(blocks.scrollWidth - blocks.clientWidth, slot ? slot.scrollWidth - slot.clientWidth : 0),
      smallestExerciseType: Math.min(...exerciseSizes, 99),
      smallestType: Math.min(...sizes, 99),
      smallestTableType: Math.min(...tableSizes, 99),
      stageInWindow:
        stage.left >= -1 && stage.top >= -1 && stage.right <= innerWidth + 1 && stage.bottom <= innerHeight + 1,
    };
  });
}

test.describe('a trainer presents a module', () => {
  test('opens the slides from the module page in 讲师模式 and starts on the title slide', async ({ page }) => {
    // In 讲师模式 the slide show asks whether a live server serves it; a static host answers without an error.
    const errors = recordConsoleErrors(page);
    const health = page.waitForResponse((response) => response.url().endsWith('/live/health.json'));
    await page.goto('/modules/m3/');
    const link = page.getByRole('link', { name: '放映幻灯片' });
    await expect(link).toBeHidden();
    await page.getByRole('checkbox', { name: '讲师模式' }).check();
    await link.click();
    await expect(page).toHaveURL(/\/present\/m3\/#\/1$/);
    await expect(page.getByRole('heading', { level: 1, name: '客户满意度管理' })).toBeVisible();
    await expect(stageText(page)).toContainText('学习目标');
    await expect(counter(page)).toHaveText(/^1 \/ \d+$/);
    await expect(page.getByRole('button', { name: '上一张' })).toBeDisabled();
    expect(await (await health).json()).toEqual({ live: false });
    await expect(page.getByRole('button', { name: '开启课堂互动' })).toHaveCount(0);
    expect(errors).toEqual([]);
    await expectNoAxeViolations(page);
  });

  test('steps through slides with keys and buttons; the address keeps the slide across a reload', async ({ page }) => {
    const total = await openDeck(page, '/present/m3/');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { name: '导入：满意度为什么是店长的事' })).toBeVisible();
    // Reading text is hidden on slides; the list of questions stays.
    await expect(page.getByText('客户走进营业厅，很少是来「逛」的')).toBeHidden();
    await expect(page.getByText('客户是怎样「记住」一次服务的？')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
    await page.keyboard.press('Space');
    await page.keyboard.press('PageDown');
    await expect(counter(page)).toHaveText(`4 / ${total}`);
    await expect(page).toHaveURL(/#\/4$/);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    await expect(counter(page)).toHaveText(`2 / ${total}`);
    await page.getByRole('button', { name: '下一张' }).click();
    await expect(counter(page)).toHaveText(`3 / ${total}`);
    // The button keeps focus; the clicker's keys still work.
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(`4 / ${total}`);
    await page.reload();
    await expect(counter(page)).toHaveText(`4 / ${total}`);
    await expect(page.getByRole('heading', { name: '把峰终定律用到营业厅' })).toBeVisible();
    await page.keyboard.press('End');
    await expect(page.getByRole('heading', { name: '本模块结束' })).toBeVisible();
    await expect(page.getByRole('link', { name: /\/modules\/m3\/check\/$/ })).toBeVisible();
    await expect(page.getByRole('button', { name: '下一张' })).toBeDisabled();
    await page.keyboard.press('Home');
    await expect(counter(page)).toHaveText(`1 / ${total}`);
  });

  test('the overview lists every slide; Enter or a click jumps, Esc closes', async ({ page }) => {
    const total = await openDeck(page, '/present/m3/');
    await page.keyboard.press('o');
    const overview = page.getByRole('dialog', { name: /幻灯片总览/ });
    await expect(overview).toBeVisible();
    await expect(overview.getByRole('button')).toHaveCount(total);
    await page.keyboard.press('Escape');
    await expect(overview).toBeHidden();
    await expect(counter(page)).toHaveText(`1 / ${total}`);

    await page.getByRole('button', { name: '总览' }).click();
    await expect(overview.getByRole('button').first()).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(overview).toBeHidden();
    await expect(counter(page)).toHaveText(`3 / ${total}`);

    await jumpTo(page, '满足顾客十戒');
    await expect(page.getByRole('heading', { name: '满足顾客十戒' })).toBeVisible();
    await expect(page).toHaveURL(/#\/\d+$/);
  });

  test('the overview shows every slide as a thumbnail; arrows move, Enter jumps, Esc closes; no island hydrates twice', async ({
    page,
  }) => {
    const total = await openDeck(page, '/present/m3/');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(`3 / ${total}`);
    const islands = await page.locator('astro-island').count();
    await page.keyboard.press('o');
    const overview = page.getByRole('dialog', { name: /幻灯片总览/ });
    await expect(overview).toBeVisible();
    const cards = overview.getByRole('listitem');
    await expect(cards).toHaveCount(total);
    await expect(overview.locator('.overview__picture .slide-picture')).toHaveCount(total);
    // Each card: a picture of the slide, its number and title; the first is the title slide.
    await expect(cards.first().locator('.overview__picture')).toContainText('客户满意度管理');
    await expect(cards.first().getByRole('button')).toHaveText(/^1\s*M3 客户满意度管理/);
    const disc = cards.filter({ hasText: '练习：客户性格类型（DISC）' });
    await expect(disc.locator('.overview__picture')).toContainText('DISC');
    // Pictures are static: no island in them, none hydrated again, nothing in them to tab to.
    await expect(overview.locator('astro-island')).toHaveCount(0);
    expect(await page.locator('astro-island').count()).toBe(islands);
    await expect(overview.locator('.overview__picture').first()).toHaveAttribute('aria-hidden', 'true');

    // The current slide is marked and focused, with a visible outline.
    const buttons = overview.getByRole('button');
    await expect(buttons.nth(2)).toBeFocused();
    await expect(buttons.nth(2)).toHaveAttribute('aria-current', 'true');
    await expect(overview.locator('[aria-current]')).toHaveCount(1);
    const outline = (index: number) =>
      buttons.nth(index).evaluate((button) => getComputedStyle(button, '::after').outlineStyle);
    await page.keyboard.press('ArrowRight');
    await expect(buttons.nth(3)).toBeFocused();
    expect(await outline(3)).toBe('solid');

    // On the projector the grid fits across: several to a row and no sideways scrolling.
    const layout = await overview.evaluate((dialog) => {
      const items = [...dialog.querySelectorAll<HTMLElement>('.overview__item')];
      const box = dialog.getBoundingClientRect();
      return {
        columns: items.filter((item) => item.offsetTop === items[0]!.offsetTop).length,
        inside: items.every((item) => item.getBoundingClientRect().right <= box.right),
        scrolls: dialog.scrollWidth > dialog.clientWidth,
      };
    });
    expect(layout.columns).toBeGreaterThanOrEqual(4);
    expect(layout).toMatchObject({ inside: true, scrolls: false });
    await page.keyboard.press('ArrowDown');
    await expect(buttons.nth(3 + layout.columns)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowLeft');
    await expect(buttons.nth(2)).toBeFocused();
    await page.keyboard.press('End');
    await expect(buttons.nth(total - 1)).toBeFocused();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await expect(buttons.nth(layout.columns)).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
    await expect(overview).toBeHidden();
    await expect(counter(page)).toHaveText(`${layout.columns + 1} / ${total}`);

    // Esc closes without moving; a click on a card's picture jumps too.
    await page.getByRole('button', { name: '总览' }).click();
    await expect(buttons.nth(layout.columns)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(overview).toBeHidden();
    await expect(counter(page)).toHaveText(`${layout.columns + 1} / ${total}`);
    await page.keyboard.press('o');
    await expect(overview.locator('.overview__picture')).toHaveCount(total);
    // Reopened within the same task as the close (a quick Esc then O): the close event, which
    // comes a task later, must not take the new pictures away.
    await page.evaluate(() => {
      document.querySelector<HTMLDialogElement>('[data-overview]')!.close();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'o', bubbles: true }));
    });
    await expect(overview).toBeVisible();
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    await expect(overview.locator('.overview__picture')).toHaveCount(total);
    const picture = (await cards.nth(1).locator('.overview__picture').boundingBox())!;
    await page.mouse.click(picture.x + picture.width / 2, picture.y + picture.height / 2);
    await expect(overview).toBeHidden();
    await expect(counter(page)).toHaveText(`2 / ${total}`);

    // On a phone-sized window the grid still fits across.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.keyboard.press('o');
    await expect(overview).toBeVisible();
    expect(await overview.evaluate((dialog) => dialog.scrollWidth <= dialog.clientWidth)).toBe(true);
  });

  test('the DISC quiz runs live on its slide, and keys inside it stay with the quiz', async ({ page }) => {
    await openDeck(page, '/present/m3/');
    await jumpTo(page, '练习：客户性格类型（DISC）');
    // The slide is headed by the topic, not by the last type described before the quiz.
    await expect(page.locator('[data-slide-heading]')).toHaveText('四种客户性格：看人服务');
    const quiz = page.locator('#exercise-disc-quiz');
    await hydrated(quiz);
    const address = page.url();
    await expect(quiz.getByText('第 1 / 12 题')).toBeVisible();
    const first = quiz.getByRole('radio').first();
    await first.check();
    // Arrow keys move between the options, not between slides.
    await page.keyboard.press('ArrowDown');
    await expect(quiz.getByRole('radio').nth(1)).toBeChecked();
    expect(page.url()).toBe(address);
    await quiz.getByRole('button', { name: '下一题' }).click();
    await expect(quiz.getByText('第 2 / 12 题')).toBeVisible();
    // Esc hands the keys back to the slides.
    await quiz.getByRole('radio').first().focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowRight');
    await expect(quiz).toBeHidden();
    await expectNoAxeViolations(page);
  });

  test('a clicker moves on from inside an exercise, blanks the screen and jumps to a typed number', async ({
    page,
  }) => {
    const total = await openDeck(page, '/present/m3/');
    await jumpTo(page, '练习：客户性格类型（DISC）');
    const quiz = page.locator('#exercise-disc-quiz');
    await hydrated(quiz);
    const here = Number((await counter(page).innerText()).split(' / ')[0]);
    await quiz.getByRole('radio').first().check();
    await page.keyboard.press('PageDown');
    await expect(counter(page)).toHaveText(`${here + 1} / ${total}`);
    await expect(page.locator(':focus')).toHaveCount(0);
    await page.keyboard.press('PageUp');
    await expect(counter(page)).toHaveText(`${here} / ${total}`);

    const blank = page.locator('[data-blank]');
    await page.keyboard.press('b');
    await expect(blank).toBeVisible();
    await expect(blank).toHaveCSS('background-color', 'rgb(0, 0, 0)');
    // The key that brings the picture back does nothing else.
    await page.keyboard.press('PageDown');
    await expect(blank).toBeHidden();
    await expect(counter(page)).toHaveText(`${here} / ${total}`);
    await page.keyboard.press('w');
    await expect(blank).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    await blank.click();
    await expect(blank).toBeHidden();

    await page.keyboard.press('1');
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await expect(counter(page)).toHaveText(`12 / ${total}`);
    await expect(page).toHaveURL(/#\/12$/);
  });

  test('the presenter window opens with P, and both windows follow each other', async ({ page, context }) => {
    const total = await openDeck(page, '/present/m3/#/2');
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await expect(presenter).toHaveURL(/\/present\/m3\/\?view=presenter#\/2$/);
    await expect(presenter.locator('body')).toHaveAttribute('data-ready', '');
    await expect(presenter.locator('[data-current-title]')).toHaveText('导入：满意度为什么是店长的事');
    await expect(presenter.locator('[data-next-title]')).toHaveText('峰终定律：客户只记住两个瞬间');
    const notes = presenter.locator('.presenter-notes');
    await expect(notes).toContainText('本模块时间安排（合计 80 分钟）');
    await expect(presenter.locator('[data-clock]')).toHaveText(/^\d\d:\d\d$/);

    await page.keyboard.press('ArrowRight');
    await expect(presenter.locator('.controls__count')).toHaveText(`3 / ${total}`);
    await expect(presenter.locator('[data-current-title]')).toHaveText('峰终定律：客户只记住两个瞬间');
    await expect(notes).toContainText('这一张没有备注');

    await presenter.getByRole('button', { name: '下一张' }).click();
    await presenter.getByRole('button', { name: '下一张' }).click();
    await expect(counter(page)).toHaveText(`5 / ${total}`);
    await expect(page).toHaveURL(/#\/5$/);
    await expect(notes).toContainText('怎么带（12 分钟）');
    await presenter.keyboard.press('Home');
    await expect(counter(page)).toHaveText(`1 / ${total}`);
  });

  test('the presenter shows a note from the first slide of its section, and a section made of reading text shows its key sentence', async ({
    page,
  }) => {
    await openDeck(page, '/present/m3/?view=presenter');
    const notes = page.locator('.presenter-notes');
    await jumpTo(page, '客户为什么离开');
    await expect(notes).toContainText('先遮住最后一行');
    await jumpTo(page, '口碑的账：坏事传千里');
    await expect(notes).not.toContainText('先遮住最后一行');

    await openDeck(page, '/present/m4/?view=presenter');
    await jumpTo(page, '目标分解与执行六步法');
    await expect(notes).toContainText('六步法讲解（15 分钟）');
    // Every ### slide of the section keeps the section's note.
    await jumpTo(page, '第一步：解读——先弄懂这个数字');
    await expect(notes).toContainText('六步法讲解（15 分钟）');
    // Written for the slide, not shown on the reading page.
    await jumpTo(page, '第三步：分解——按时间拆，也按人拆');
    await expect(stageText(page).locator('.on-slide')).toContainText('按人拆');
    await jumpTo(page, '第六步：提升——复盘，把经验留下来');
    await expect(stageText(page).locator('p:visible')).toHaveCount(1);
    await page.goto('/modules/m4/');
    await expect(page.locator('.on-slide')).toBeHidden();
  });

  test('a clicker reveals a table step by step, and the other window follows the step', async ({ page, context }) => {
    const total = await openDeck(page, '/present/m3/');
    const presenter = await context.newPage();
    await openDeck(presenter, '/present/m3/?view=presenter');
    await jumpTo(page, '客户为什么离开');
    const here = await counter(page).innerText();
    const lastRow = (window: Page) => stageText(window).getByRole('row', { name: /漠不关心/ });
    await expect(lastRow(page)).toBeHidden();
    // The presenter sees what is still hidden, faintly.
    await expect(lastRow(presenter)).toBeVisible();
    await expect(lastRow(presenter)).toHaveCSS('opacity', '0.3');

    await page.keyboard.press('PageDown');
    await expect(lastRow(page)).toBeVisible();
    await expect(counter(page)).toHaveText(here);
    await expect(lastRow(presenter)).toHaveCSS('opacity', '1');
    await page.keyboard.press('PageDown');
    await expect(counter(page)).not.toHaveText(here);
    // Back onto the slide: it is shown built, then back one step.
    await page.keyboard.press('PageUp');
    await expect(counter(page)).toHaveText(here);
    await expect(lastRow(page)).toBeVisible();
    await page.keyboard.press('PageUp');
    await expect(lastRow(page)).toBeHidden();
    expect(total).toBeGreaterThan(10);

    // A table revealed column by column: 4P first, then 4C, then what it means in the hall.
    await openDeck(page, '/present/m2/');
    await jumpTo(page, '从 4P 到 4C：换到客户的位置上看');
    const cell = (text: string) => stageText(page).getByRole('cell', { name: text });
    await expect(cell('产品 Product')).toBeVisible();
    await expect(cell('客户需求 Customer needs')).toBeHidden();
    await page.keyboard.press('ArrowRight');
    await expect(cell('客户需求 Customer needs')).toBeVisible();
    await expect(cell('先问清他要什么，再决定推荐什么')).toBeHidden();
    await page.keyboard.press('ArrowRight');
    await expect(cell('先问清他要什么，再决定推荐什么')).toBeVisible();
  });

  test('a case slide names its case once and shows its opening paragraph whole', async ({ page }) => {
    await openDeck(page, '/present/m1/');
    await jumpTo(page, '案例：店长小李的痛苦');
    const stage = stageText(page);
    await expect(stage.getByText('店长小李的痛苦', { exact: false }).filter({ visible: true })).toHaveCount(1);
    const story = stage.locator('.case > p:nth-of-type(2)');
    await expect(story).toBeVisible();
    await expect(story).toContainText('手下六个人。');
    // Under a heading that does not name it, the case keeps its own title.
    await openDeck(page, '/present/m5/');
    await jumpTo(page, '案例：这个活动为什么失败了？');
    await expect(stage.locator('.case__title:visible')).toHaveCount(1);
    await expect(stage.locator('.case__kicker:visible')).toHaveCount(0);
  });

  test('worksheet and closing slides show the address they were served from, with a QR code of it', async ({
    page,
    baseURL,
  }) => {
    const total = await openDeck(page, '/present/m4/');
    await jumpTo(page, '练习：PESOS 岗上带教');
    const worksheet = page.locator('.exercise-slot--worksheet:visible');
    const expected = `${baseURL}/modules/m4/#exercise-pesos`;
    await expect(worksheet.getByRole('link')).toHaveText(expected);
    await expect(worksheet.locator('[data-qr] svg')).toBeVisible();
    expect(await decodeQr(worksheet.locator('[data-qr]'))).toBe(expected);
    const title = await worksheet
      .locator('.exercise-placeholder__title')
      .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(title).toBeGreaterThanOrEqual(32);

    await page.keyboard.press('End');
    await expect(counter(page)).toHaveText(`${total} / ${total}`);
    const closing = page.locator('.closing-slide');
    await expect(closing.getByRole('link')).toHaveText(`${baseURL}/modules/m4/check/`);
    expect(await decodeQr(closing.locator('[data-qr]'))).toBe(`${baseURL}/modules/m4/check/`);
    await expectNoAxeViolations(page);
  });

  test('the presenter times the module against its planned minutes', async ({ page: presenter }) => {
    await presenter.clock.install();
    await openDeck(presenter, '/present/m3/?view=presenter');
    await expect(presenter.locator('.presenter-timer')).toContainText('0:00 / 1.3 小时');
    const timer = presenter.getByRole('button', { name: '开始计时' });
    await timer.click();
    await expect(presenter.getByRole('button', { name: '暂停' })).toHaveAttribute('aria-pressed', 'true');
    await presenter.clock.fastForward(65_000);
    await presenter.getByRole('button', { name: '暂停' }).click();
    await expect(presenter.locator('[data-elapsed]')).toHaveText(/^1:0\d$/);
    const shown = await presenter.locator('[data-elapsed]').innerText();

    // Closing the presenter window and opening it again keeps the time.
    const reopened = await presenter.context().newPage();
    await presenter.close();
    await openDeck(reopened, '/present/m3/?view=presenter');
    await expect(reopened.locator('[data-elapsed]')).toHaveText(shown);
    await expect(reopened.getByRole('button', { name: '继续计时' })).toBeVisible();

    // Reset asks first.
    reopened.once('dialog', (dialog) => void dialog.dismiss());
    await reopened.getByRole('button', { name: '重置' }).click();
    await expect(reopened.locator('[data-elapsed]')).toHaveText(shown);
    reopened.once('dialog', (dialog) => void dialog.accept());
    await reopened.getByRole('button', { name: '重置' }).click();
    await expect(reopened.locator('[data-elapsed]')).toHaveText('0:00');
    await expect(reopened.getByRole('button', { name: '开始计时' })).toBeVisible();
    await expectNoAxeViolations(reopened);
  });

  test('the presenter sees the next slide, sizes the notes, and starts a countdown both windows show', async ({
    page,
    context,
  }) => {
    await openDeck(page, '/present/m1/');
    const presenter = await context.newPage();
    await openDeck(presenter, '/present/m1/?view=presenter');
    await jumpTo(presenter, '案例：店长小李的痛苦');
    const preview = presenter.locator('[data-next-preview]');
    await expect(preview.locator('.slide-picture')).toContainText('小李到底哪里出了问题');

    const notes = presenter.locator('[data-notes]');
    const size = () => notes.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    const before = await size();
    await presenter.getByRole('button', { name: /放大备注字号/ }).click();
    expect(await size()).toBeGreaterThan(before);
    await presenter.reload();
    await expect(presenter.locator('body')).toHaveAttribute('data-ready', '');
    expect(await size()).toBeGreaterThan(before);

    // The case's notes plan a 6-minute group discussion: one click counts it down on the projector.
    await expect(presenter.getByRole('button', { name: '倒计时 6 分钟' })).toBeVisible();
    await presenter.getByRole('button', { name: '倒计时 6 分钟' }).click();
    const projectorCountdown = page.getByRole('timer', { name: '小组活动倒计时' });
    await expect(projectorCountdown).toBeVisible();
    await expect(projectorCountdown).toContainText(/[56]:\d\d/);
    await expect(projectorCountdown.getByRole('button', { name: '结束' })).toBeHidden();
    await expectNoAxeViolations(presenter);
    await presenter.getByRole('button', { name: '结束' }).click();
    await expect(projectorCountdown).toBeHidden();
  });

  test('the projector’s buttons step aside without the mouse and come back when it moves', async ({ page }) => {
    await page.clock.install();
    await openDeck(page, '/present/m3/');
    const controls = page.getByRole('navigation', { name: '幻灯片' });
    await expect(controls).toHaveCSS('opacity', '1');
    await page.clock.fastForward(4000);
    await expect(controls).toHaveCSS('opacity', '0');
    await page.mouse.move(600, 300);
    await expect(controls).toHaveCSS('opacity', '1');
    // Keyboard users keep them while a button has focus.
    await page.getByRole('button', { name: '总览' }).focus();
    await page.clock.fastForward(4000);
    await expect(controls).toHaveCSS('opacity', '1');
  });

  test('a window that opens or reloads joins the slide the other window shows', async ({ page, context }) => {
    const total = await openDeck(page, '/present/m2/#/3');
    const presenter = await context.newPage();
    await openDeck(presenter, '/present/m2/?view=presenter');
    await expect(presenter.locator('.controls__count')).toHaveText(`3 / ${total}`);
    await presenter.keyboard.press('End');
    await expect(counter(page)).toHaveText(`${total} / ${total}`);
    await page.goto('about:blank');
    await openDeck(page, '/present/m2/#/1');
    await expect(counter(page)).toHaveText(`${total} / ${total}`);
    // Another module's slides are not driven by this presenter.
    const other = await context.newPage();
    await openDeck(other, '/present/m5/#/2');
    await presenter.keyboard.press('Home');
    await expect(counter(page)).toHaveText(`1 / ${total}`);
    await expect(other.locator('.controls__count')).toHaveText(/^2 \//);
  });

  test('a slide show tells the trainer when saved data was set aside, and with storage refused offers to save it', async ({
    page,
  }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('svc-course:progress', '{broken'));
    await openDeck(page, '/present/m3/');
    const notice = page.locator('#storage-notice [data-notice]:visible');
    await expect(notice).toContainText('已损坏');
    await expectNoAxeViolations(page);

    const refused = await page.context().newPage();
    await refused.addInitScript(() =>
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      }),
    );
    await openDeck(refused, '/present/m3/');
    await expect(refused.locator('#storage-notice [data-notice]:visible')).toContainText('无痕');
    const download = refused.waitForEvent('download');
    await refused.getByRole('button', { name: '导出本页的进度' }).click();
    expect((await download).suggestedFilename()).toMatch(/^学习进度-\d{4}-\d{2}-\d{2}\.json$/);
  });

  test('prints one slide per page, with the trainer notes only when asked', async ({ page }) => {
    const total = await openDeck(page, '/present/m3/?view=presenter');
    await page.emulateMedia({ media: 'print' });
    const starts = page.locator('[data-slide-start]');
    await expect(starts).toHaveCount(total);
    for (let index = 0; index < total; index += 1) await expect(starts.nth(index)).toBeVisible();
    const breaks = await starts.evaluateAll((elements) =>
      elements.map((element) => getComputedStyle(element).breakBefore),
    );
    expect(breaks).toEqual(Array(total).fill('page'));
    await expect(page.locator('[data-role="hidden"]').first()).toBeHidden();
    await expect(page.locator('[data-blocks] > [data-role="notes"]').first()).toBeHidden();
    await expect(page.locator('.controls')).toBeHidden();
    // Printed from the presenter window too, the pages are white to their edges.
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    await expect(page.locator('.present__main')).toHaveCSS('padding-left', '0px');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('checkbox', { name: '打印讲师备注' }).check();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-blocks] > [data-role="notes"]').first()).toBeVisible();
    await expect(page.locator('[data-blocks] > [data-role="notes"]').first()).toHaveCSS('break-inside', 'avoid');
    // Each slide begins a new page of the printed file.
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(total);
  });
});

test.describe('every slide fits the stage', () => {
  for (const id of MODULES) {
    test(`${id}: a clicker reaches the last slide through every exercise; no slide overflows 1280×720, is only a heading or has small type (tables 18 px)`, async ({
      page,
    }) => {
      const total = await openDeck(page, `/present/${id}/`);
      expect(total).toBeGreaterThan(5);
      const problems: string[] = [];
      for (let index = 0; index < total; index += 1) {
        await hydratedSlide(page);
        const slide = await measureSlide(page);
        if (
          slide.shown === 0 ||
          slide.onlyHeading ||
          slide.overflowY > 0 ||
          slide.overflowX > 0 ||
          slide.smallestType < 16 ||
          slide.smallestTableType < 18 ||
          slide.smallestExerciseType < 16 ||
          !slide.stageInWindow
        )
          problems.push(JSON.stringify(slide));
        // Someone touches the exercise; the clicker (PageDown only) must still move on, past any steps.
        if (slide.exercise) await touchExercise(page);
        if (index < total - 1) await toNextSlide(page, () => page.keyboard.press('PageDown'));
      }
      await expect(counter(page)).toHaveText(`${total} / ${total}`);
      await page.keyboard.press('PageUp');
      await expect(counter(page)).toHaveText(`${total - 1} / ${total}`);
      expect(problems).toEqual([]);
    });
  }

  test('at 1920×1080 the stage scales up and still fits', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    const total = await openDeck(page, '/present/m4/');
    for (let index = 0; index < total; index += 1) {
      const slide = await measureSlide(page);
      expect(slide.stageInWindow, slide.slide).toBe(true);
      expect(slide.overflowY, slide.slide).toBeLessThanOrEqual(0);
      if (index < total - 1) await page.keyboard.press('PageDown');
    }
    const box = await page.locator('[data-stage]').boundingBox();
    expect(box!.width).toBeCloseTo(1920, 0);
    expect(box!.height).toBeCloseTo(1080, 0);
  });
});
