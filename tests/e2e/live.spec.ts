/**
 * 课堂互动 end to end, against the real live server (live/server.ts) serving the built site with a
 * fresh SQLite file: the trainer's slide show on the projector (1280×720) opens a room, three phones
 * (390×844) join by the address the QR code encodes, and the room does a poll, DISC and the 峰终
 * ratings; the projector updates without a reload, a phone reloads mid-question and keeps its
 * answer, and the trainer's phone moves the slides.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { startLiveServer, type LiveServer } from '../../live/server.ts';
import { expectNoAxeViolations } from './helpers';
import { watchCsp } from './page-problems';
import { toNextSlide } from './slides';

// Ports from LIVE_E2E_PORT (default 4350), one per parallel worker, so that two checkouts (each with
// its own LIVE_E2E_PORT) and the two workers of one run never share a server.
const FIRST_PORT = Number(process.env.LIVE_E2E_PORT ?? 4350);
let ORIGIN = '';
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

let server: LiveServer;
let folder: string;

test.beforeAll(async () => {
  const port = FIRST_PORT + test.info().parallelIndex;
  ORIGIN = `http://127.0.0.1:${port}`;
  folder = mkdtempSync(join(tmpdir(), 'live-e2e-'));
  server = await startLiveServer({
    host: '127.0.0.1',
    port,
    dbPath: join(folder, 'live.db'),
    distDir: resolve(import.meta.dirname, '../../dist'),
    publicOrigin: ORIGIN,
  });
});
test.afterAll(async () => {
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** A phone of the room, with the problems its pages report. */
async function phone(browser: Browser) {
  const context = await browser.newContext({ ...PHONE, baseURL: ORIGIN });
  const page = await context.newPage();
  const problems = await watchCsp(page);
  return { context, page, problems };
}

/** Steps through the slide show until the exercise is on screen. */
async function showExercise(projector: Page, exerciseId: string): Promise<void> {
  const slot = projector.locator(`[data-blocks] > [data-exercise="${exerciseId}"]`);
  await projector.keyboard.press('Home');
  const total = Number(await projector.locator('[data-total]').textContent());
  for (let slide = 1; slide < total && !(await slot.isVisible()); slide += 1) {
    await toNextSlide(projector, () => projector.locator('[data-next]').click());
    await expect(projector.locator('[data-count]')).toHaveText(String(slide + 1));
  }
  await expect(slot).toBeVisible();
}

test('a room of three phones: poll, DISC, 峰终, a reload mid-question and the trainer’s phone as clicker', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const trainer = await browser.newContext({ viewport: { width: 1280, height: 720 }, baseURL: ORIGIN });
  await trainer.addInitScript(() => localStorage.setItem('svc-course:trainer', 'yes'));
  const projector = await trainer.newPage();
  const projectorProblems = await watchCsp(projector);
  await projector.goto('/present/m3/');
  await expect(projector.locator('body')).toHaveAttribute('data-ready', '');

  // 讲师模式 on a page the live server serves: the control appears; the room opens on the projector.
  await projector.getByRole('button', { name: '开启课堂互动' }).click();
  await projector.getByRole('button', { name: '开启新课堂' }).click();
  const cover = projector.locator('[data-room-cover]');
  await expect(cover.locator('[data-room-code]')).toHaveText(/^[A-Z0-9]{4}$/);
  const code = (await cover.locator('[data-room-code]').textContent())!;
  const joinUrl = (await cover.locator('[data-join-url]').textContent())!;
  expect(joinUrl).toBe(`${ORIGIN}/live/?room=${code}`);
  const qr = cover.locator('img.room-join__qr');
  await expect(qr).toHaveAttribute('src', `/api/live/rooms/${code}/qr.svg`);
  expect(await qr.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
  await expectNoAxeViolations(projector);

  // Three phones join by the QR code's address, one with a display name.
  const phones = await Promise.all([phone(browser), phone(browser), phone(browser)]);
  for (const [index, { page }] of phones.entries()) {
    await page.goto(joinUrl);
    if (index === 0) await page.getByLabel('显示名（可不填）').fill('小王');
    await page.getByRole('button', { name: '加入课堂' }).click();
    await expect(page.locator('[data-room-code]')).toHaveText(code);
  }
  await expect(cover.locator('[data-participants]')).toHaveText('已加入 3 人');
  await expect(phones[0]!.page.getByRole('heading', { name: '等待讲师开始互动' })).toBeVisible();

  // A poll: a single-choice question of the M3 bank.
  await projector.locator('#room-panel').getByLabel('互动').selectOption('poll:m3-peak-end-2');
  await projector.locator('#room-panel').getByRole('button', { name: '开始' }).click();
  await expect(cover.locator('[data-answered]')).toHaveText('已作答 0 / 3 人');
  const picks = ['−2 分', '−2 分', '+1 分'];
  for (const [index, { page }] of phones.entries()) {
    await page.getByRole('radio', { name: picks[index], exact: true }).check();
    await page.getByRole('button', { name: '提交' }).click();
    await expect(page.getByRole('status')).toContainText('已提交');
  }
  await expect(cover.locator('[data-answered]')).toHaveText('已作答 3 / 3 人');
  await expectNoAxeViolations(phones[0]!.page);
  // A narrow phone: nothing sideways, the answer buttons at least 44 px tall.
  await phones[1]!.page.setViewportSize({ width: 360, height: 740 });
  expect(
    await phones[1]!.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
  for (const target of await phones[1]!.page.locator('.live-item .choice, .live-item button').all())
    expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(44);

  // The first phone reloads mid-question: same participant, its answer still there; answering again replaces it.
  await phones[0]!.page.reload();
  await expect(phones[0]!.page.getByRole('radio', { name: '−2 分', exact: true })).toBeChecked();
  await expect(phones[0]!.page.getByRole('button', { name: '修改后重新提交' })).toBeVisible();
  await phones[0]!.page.getByRole('button', { name: '修改后重新提交' }).click();
  await expect(phones[0]!.page.getByRole('status')).toContainText('已提交');
  await expect(cover.locator('[data-answered]')).toHaveText('已作答 3 / 3 人');

  // Closed, then revealed: the distribution, the right answer, the explanation; the phones see it too.
  const panel = projector.locator('#room-panel');
  await panel.getByRole('button', { name: '结束作答' }).click();
  await expect(phones[1]!.page.locator('.live-item__state')).toHaveText('已结束作答，等讲师公布');
  await panel.getByRole('button', { name: '公布' }).click();
  await expect(cover.locator('[data-room-right]')).toContainText('正确答案：−2 分（全对 2 / 3 人）');
  await expect(cover.locator('.room-bars__row.is-right')).toContainText('2 人');
  await expect(cover).toContainText('(−4 + 0) ÷ 2 = −2');
  await expect(phones[2]!.page.locator('.feedback')).toContainText('回答错误');
  await expectNoAxeViolations(projector);

  // DISC on its slide: each phone does the quiz; the projector shows the room's types, anonymous.
  await panel.getByRole('button', { name: '回到幻灯片' }).click();
  await showExercise(projector, 'disc-quiz');
  await panel.getByLabel('互动').selectOption('disc');
  await panel.getByRole('button', { name: '开始' }).click();
  for (const [index, { page }] of phones.entries()) {
    // The DISC item's own heading first: until its snapshot arrives the phone still shows the poll.
    await expect(page.getByRole('heading', { name: '认识自己：你的沟通风格' })).toBeVisible();
    const questions = page.locator('.live-item fieldset.question');
    await expect(questions.first()).toBeVisible();
    for (const question of await questions.all())
      await question
        .getByRole('radio')
        .nth(index === 2 ? 3 : 0)
        .check();
    await page.getByRole('button', { name: '提交' }).click();
    await expect(page.getByRole('status')).toContainText('已提交');
  }
  await expect(cover.locator('[data-answered]')).toHaveText('已作答 3 / 3 人');
  await expect(cover.locator('.room-disc circle.point')).toHaveCount(3);
  await expect(cover.locator('.room-disc__counts')).toContainText('人');
  const counts = await cover.locator('.room-disc__counts li').allTextContents();
  // Each type by the name the course gives it.
  expect(counts.map((text) => text.replace(/\s*\d+ 人$/, ''))).toEqual([
    'D 支配型',
    'I 表达型',
    'S 和蔼型',
    'C 分析型',
  ]);
  expect(counts.reduce((sum, text) => sum + Number(/(\d+) 人/.exec(text)?.[1]), 0)).toBe(3);
  await expect(cover.locator('.point-label')).toHaveCount(0);

  // 峰终 on its slide: every phone rates the hall's touchpoints; the projector draws the room's curve.
  await panel.getByRole('button', { name: '结束作答' }).click();
  await panel.getByRole('button', { name: '回到幻灯片' }).click();
  await showExercise(projector, 'peak-end');
  await panel.getByLabel('互动').selectOption('peak-end');
  await panel.getByRole('button', { name: '开始' }).click();
  for (const [index, { page }] of phones.entries()) {
    // A slider per step, as on the module page: 提交 waits until every step is rated; a tap where a
    // slider rests rates it 0.
    const sliders = page.getByRole('slider');
    await expect(sliders.first()).toHaveAttribute('aria-valuetext', '未打分');
    const count = await sliders.count();
    const send = page.getByRole('button', { name: '提交' });
    for (let at = 0; at < count; at += 1) {
      await expect(send).toBeDisabled();
      const rating = at === 1 ? 4 : at === count - 1 ? -3 + index : 0;
      if (rating === 0) await sliders.nth(at).click();
      else await sliders.nth(at).fill(String(rating));
      await expect(sliders.nth(at)).toHaveAttribute(
        'aria-valuetext',
        rating > 0 ? `+${rating}` : `${rating}`.replace('-', '−'),
      );
    }
    if (index === 0) {
      for (const slider of await sliders.all()) expect((await slider.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      await expectNoAxeViolations(page);
    }
    await send.click();
    await expect(page.getByRole('status')).toContainText('已提交');
  }
  await expect(cover.locator('[data-answered]')).toHaveText('已作答 3 / 3 人');
  await expect(cover.locator('.room-peak-end__line')).toBeVisible();
  await expect(cover.locator('[data-room-peak]')).toContainText('+4.0');
  await expect(cover.locator('[data-room-end]')).toContainText('−2.0');

  // The trainer's phone, opened with the trainer's key, moves the slides; the projector follows.
  await panel.getByRole('button', { name: '回到幻灯片' }).click();
  await panel.getByRole('button', { name: '手机遥控链接（含讲师密钥）' }).click();
  const clickerLink = (await panel.locator('[data-clicker-link]').textContent())!;
  expect(clickerLink).toContain(`#live-key=`);
  const clicker = await phone(browser);
  await clicker.page.goto(clickerLink);
  await clicker.page.getByRole('button', { name: '加入课堂' }).click();
  await expect(clicker.page).not.toHaveURL(/live-key/);
  const before = Number(await projector.locator('[data-count]').textContent());
  await expect(clicker.page.locator('[data-clicker-slide]')).toHaveText(String(before));
  // On the 峰终 slide: its trainer notes, read from the slide show.
  await expect(clicker.page.locator('[data-clicker-notes]')).toContainText('怎么带（12 分钟）');
  await clicker.page.getByRole('button', { name: '下一张' }).click();
  await expect(projector.locator('[data-count]')).toHaveText(String(before + 1));
  await expect(clicker.page.locator('[data-clicker-slide]')).toHaveText(String(before + 1));
  for (const expected of [before, before - 1]) {
    await clicker.page.getByRole('button', { name: '上一张' }).click();
    await expect(projector.locator('[data-count]')).toHaveText(String(expected));
    await expect(clicker.page.locator('[data-clicker-slide]')).toHaveText(String(expected));
  }
  await expectNoAxeViolations(clicker.page);

  for (const { problems } of [...phones, clicker, { problems: projectorProblems }])
    expect(problems).toEqual({ violations: [], errors: [] });
  await Promise.all([trainer.close(), clicker.context.close(), ...phones.map(({ context }) => context.close())]);
});

test('the wall shows texts as text and hides one; a phone that missed the close is told why; a presenter on another device follows', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const trainer = await browser.newContext({ viewport: { width: 1280, height: 720 }, baseURL: ORIGIN });
  await trainer.addInitScript(() => localStorage.setItem('svc-course:trainer', 'yes'));
  const projector = await trainer.newPage();
  const projectorProblems = await watchCsp(projector);
  await projector.goto('/present/m6/');
  await expect(projector.locator('body')).toHaveAttribute('data-ready', '');
  await projector.getByRole('button', { name: '开启课堂互动' }).click();
  await projector.getByRole('button', { name: '开启新课堂' }).click();
  const cover = projector.locator('[data-room-cover]');
  const code = (await cover.locator('[data-room-code]').textContent())!;
  const joinUrl = (await cover.locator('[data-join-url]').textContent())!;
  const panel = projector.locator('#room-panel');

  // 一句话墙: what a phone types is shown as text, never as HTML; the trainer hides an entry.
  await panel.getByLabel('互动').selectOption('wall');
  await panel.getByLabel('题目（投影上显示）').fill('送别时你会说的一句话');
  await panel.getByRole('button', { name: '开始' }).click();
  const writer = await phone(browser);
  await writer.page.goto(joinUrl);
  await writer.page.getByRole('button', { name: '加入课堂' }).click();
  await expect(writer.page.locator('[data-room-code]')).toHaveText(code);
  await writer.page.getByRole('textbox').fill('<b>慢走</b>，欢迎再来');
  await writer.page.getByRole('button', { name: '提交' }).click();
  await expect(cover.locator('.room-wall__text')).toHaveText('<b>慢走</b>，欢迎再来');
  await expect(cover.locator('.room-wall b')).toHaveCount(0);
  await cover.getByRole('button', { name: '隐藏「<b>慢走</b>，欢迎再来」' }).click();
  await expect(cover.locator('.room-wall__text')).toHaveCount(0);
  await expect(cover).toContainText('还没有人写。');

  // A pulse, on a phone whose live connection delivers nothing (its socket never hears from the
  // server): it still shows the open item from joining; the trainer closes it; its answer gets the 409's message.
  await panel.getByLabel('互动').selectOption('pulse-agree');
  await panel.getByRole('button', { name: '开始' }).click();
  const late = await phone(browser);
  await late.page.routeWebSocket(/\/socket$/, () => {});
  await late.page.goto(joinUrl);
  await late.page.getByRole('button', { name: '加入课堂' }).click();
  await expect(late.page.getByRole('button', { name: '同意', exact: true })).toBeEnabled();
  await writer.page.getByRole('button', { name: '不同意' }).click();
  await expect(cover.locator('[data-answered]')).toHaveText('已作答 1 / 2 人');
  await panel.getByRole('button', { name: '结束作答' }).click();
  await expect(writer.page.locator('.live-item__state')).toHaveText('已结束作答，等讲师公布');
  await late.page.getByRole('button', { name: '同意', exact: true }).click();
  await expect(late.page.getByRole('alert')).toHaveText('这个活动已经结束作答，答案没有提交。');
  await expect(late.page.locator('.live-item__state')).toHaveText('已结束作答，等讲师公布');
  await expect(cover.locator('[data-answered]')).toHaveText('已作答 1 / 2 人 · 作答已结束');

  // The presenter view on another device (its own browser, the key in its address) finds the
  // module's open room and stays on the projector's slide through the server.
  const key = await projector.evaluate(() => localStorage.getItem('svc-course:live-key'));
  const laptop = await browser.newContext({ viewport: { width: 1280, height: 720 }, baseURL: ORIGIN });
  const presenter = await laptop.newPage();
  await presenter.goto(`/present/m6/?view=presenter#live-key=${key}`);
  await expect(presenter.locator('body')).toHaveAttribute('data-ready', '');
  await presenter.getByRole('button', { name: '开启课堂互动' }).click();
  await presenter.getByRole('button', { name: `接入课堂 ${code}` }).click();
  await expect(presenter.getByRole('button', { name: `课堂 ${code} · 2 人` })).toBeVisible();
  // Started from the presenter window, the room's view takes the slide's place there; the notes stay beside it.
  const presenterPanel = presenter.locator('#room-panel');
  await presenterPanel.getByLabel('互动').selectOption('pulse-five');
  await presenterPanel.getByRole('button', { name: '开始' }).click();
  const presenterCover = presenter.locator('[data-room-cover]');
  await expect(presenterCover.locator('[data-answered]')).toHaveText('已作答 0 / 2 人');
  await presenterPanel.getByRole('button', { name: '收起面板' }).click();
  const [coverBox, slideBox, notesBox] = await Promise.all(
    [presenterCover, presenter.locator('[data-viewport]'), presenter.locator('.presenter-notes')].map((box) =>
      box.boundingBox(),
    ),
  );
  for (const side of ['x', 'y', 'width', 'height'] as const) expect(coverBox![side]).toBeCloseTo(slideBox![side], 0);
  expect(coverBox!.x + coverBox!.width).toBeLessThanOrEqual(notesBox!.x);
  await panel.getByRole('button', { name: '收起面板' }).click();
  await projector.getByRole('button', { name: '下一张' }).click();
  await projector.getByRole('button', { name: '下一张' }).click();
  await expect(presenter.locator('[data-count]')).toHaveText('3');
  await presenter.getByRole('button', { name: '上一张' }).click();
  await expect(projector.locator('[data-count]')).toHaveText('2');

  // A phone that leaves is back at the join form and stays there across a reload.
  await writer.page.getByRole('button', { name: '离开房间' }).click();
  await expect(writer.page.getByRole('button', { name: '加入课堂' })).toBeVisible();
  await expect(writer.page).toHaveURL(/\/live\/$/);
  await writer.page.reload();
  await expect(writer.page.getByRole('button', { name: '加入课堂' })).toBeVisible();
  await expect(writer.page.locator('[data-room-code]')).toHaveCount(0);

  for (const { problems } of [writer, { problems: projectorProblems }])
    expect(problems).toEqual({ violations: [], errors: [] });
  // The browser logs the refused answer; nothing else went wrong on that phone.
  expect(late.problems).toEqual({
    violations: [],
    errors: [expect.stringMatching(/status of 409 \(Conflict\).*\/answers\)$/)],
  });
  await Promise.all([trainer.close(), laptop.close(), writer.context.close(), late.context.close()]);
});
