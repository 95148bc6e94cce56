/**
 * The SCORM packages in an LMS: scorm-again (the test player, player.js) stands in for the LMS and logs
 * every call. scorm-again is lenient (it takes 64,000 characters of suspend_data and calls after
 * Finish), so the limits and the order are asserted here.
 */
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { finishDiscQuiz, hydrated } from '../e2e/helpers';
import { answerCards, checkQuestionsOf, doKnowledgeCheck } from '../e2e/quiz-helpers';
import { CONTENT, startLmsServer, type LmsServer, type Version } from './lms-server';

interface Call {
  method: string;
  args: string[];
  result: string;
}

const API = {
  '1.2': {
    init: 'LMSInitialize',
    finish: 'LMSFinish',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    status: 'cmi.core.lesson_status',
    raw: 'cmi.core.score.raw',
    location: 'cmi.core.lesson_location',
    id: 'cmi.core.student_id',
    name: 'cmi.core.student_name',
    mode: 'cmi.core.lesson_mode',
    entry: 'cmi.core.entry',
    time: 'cmi.core.session_time',
    wrong: 'wrong',
  },
  '2004': {
    init: 'Initialize',
    finish: 'Terminate',
    set: 'SetValue',
    commit: 'Commit',
    status: 'cmi.success_status',
    raw: 'cmi.score.raw',
    location: 'cmi.location',
    id: 'cmi.learner_id',
    name: 'cmi.learner_name',
    mode: 'cmi.mode',
    entry: 'cmi.entry',
    time: 'cmi.session_time',
    wrong: 'incorrect',
  },
} as const;

let lms: LmsServer;
test.beforeAll(async () => {
  lms = await startLmsServer();
});
test.afterAll(async () => lms.close());
test.afterEach(() => expect(lms.missing, 'requests the package could not answer').toEqual([]));

/** The launcher's notice line (no LMS, browse mode, the LMS not keeping data, a lost LMS). */
const launcherNotice = (page: Page) => page.frameLocator('iframe[title="课件"]').locator('#lms-notice');
const course = (page: Page): FrameLocator => page.frameLocator('iframe[title="课件"]').frameLocator('#course-frame');

/** Opens the LMS's player with the data it holds for the learner (flattened cmi elements). */
async function launch(page: Page, version: Version, data: Record<string, string>): Promise<FrameLocator> {
  await page.addInitScript((json) => Object.assign(window, { __LMS_DATA__: JSON.parse(json) }), JSON.stringify(data));
  await page.goto(`${lms.origin}/mod/scorm/player.html?version=${version}`);
  return course(page);
}

/** Every call the SCO has made to the LMS so far; a player page that stops answering fails here, saying so. */
async function lmsCalls(page: Page): Promise<Call[]> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silent = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the LMS player page did not answer for 20 s')), 20_000);
  });
  try {
    return await Promise.race([
      page.evaluate(() => (window as unknown as { __LMS_CALLS__: Call[] }).__LMS_CALLS__),
      silent,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Ends the SCO as an LMS does when the learner leaves it (the frame goes elsewhere), and returns every call. */
async function close(page: Page): Promise<Call[]> {
  await page.locator('iframe[title="课件"]').evaluate((frame: HTMLIFrameElement) => (frame.src = 'about:blank'));
  await expect.poll(async () => (await lmsCalls(page)).length).toBeGreaterThan(0);
  return lmsCalls(page);
}

const sets = (calls: Call[], version: Version) => calls.filter((call) => call.method === API[version].set);
const lastSet = (calls: Call[], version: Version, element: string) =>
  sets(calls, version).findLast((call) => call.args[0] === element)?.args[1];

/** The interactions' results, in the order they were set. */
const interactionResults = (calls: Call[], version: Version) =>
  sets(calls, version).filter((call) => /^cmi\.interactions\.\d+\.result$/.test(call.args[0]!));

/** What an LMS keeps for next time: the learner, and every value the SCO wrote that the LMS hands back. */
function lmsDataAfter(calls: Call[], version: Version, before: Record<string, string>): Record<string, string> {
  const kept = { ...before, [API[version].entry]: 'resume' };
  for (const call of sets(calls, version)) {
    const [element, value] = call.args as [string, string];
    if (/suspend_data|location|status|score\./.test(element)) kept[element] = value;
  }
  return kept;
}

/** The rules every session keeps, whatever the learner did. */
function expectWellBehaved(calls: Call[], version: Version): void {
  const api = API[version];
  expect(calls.filter((call) => call.method === api.init)).toHaveLength(1);
  expect(calls.filter((call) => call.method === api.finish)).toHaveLength(1);
  expect(calls.at(-1)?.method, 'no call after Finish').toBe(api.finish);
  expect(calls[0]?.method).toBe(api.init);
  for (const call of sets(calls, version)) {
    expect(call.result, `${call.args[0]} = ${call.args[1]}`).toBe('true');
    if (call.args[0] === 'cmi.suspend_data') expect(call.args[1]!.length).toBeLessThanOrEqual(4096);
    if (call.args[0] === api.location) expect(call.args[1]!.length).toBeLessThanOrEqual(255);
  }
  // The score is set before any status that depends on it.
  const order = sets(calls, version).map((call) => call.args.join('='));
  const firstVerdict = order.findIndex((entry) => /status=(passed|failed)$/.test(entry));
  if (firstVerdict >= 0) expect(order.findIndex((entry) => entry.startsWith(`${api.raw}=`))).toBeLessThan(firstVerdict);
}

async function studyM3(frame: FrameLocator): Promise<void> {
  await frame
    .getByRole('link', { name: /M3\s*客户满意度管理/ })
    .first()
    .click();
  await expect(frame.getByRole('heading', { level: 1, name: '客户满意度管理' })).toBeVisible();
  await finishDiscQuiz(frame, 3);
  const designer = frame.locator('#exercise-peak-end');
  await hydrated(designer);
  await designer.getByRole('button', { name: '完成设计' }).click();
  await frame.getByRole('link', { name: '开始知识检测 →' }).click();
  const check = frame.locator('#exercise-check-m3');
  await hydrated(check);
  await doKnowledgeCheck(check, 'm3', checkQuestionsOf('m3').length);
  await frame.getByRole('link', { name: '回到模块，标记完成 →' }).click();
  await frame.getByRole('button', { name: '标记本模块为已完成' }).click();
  await expect(frame.getByRole('button', { name: /已完成 ✓/ })).toBeVisible();
}

async function sitExam(frame: FrameLocator, pass: boolean): Promise<void> {
  await frame.getByRole('link', { name: '课程首页' }).first().click();
  await frame
    .getByRole('link', { name: /结业考试/ })
    .first()
    .click();
  const exam = frame.locator('#exercise-exam');
  await hydrated(exam);
  await exam.getByRole('button', { name: /开始考试|再考一次/ }).click();
  const cards = exam.locator('ol.questions > li');
  await expect(cards).toHaveCount(30);
  if (pass) {
    await answerCards(cards, 30, true);
    await exam.getByRole('button', { name: '交卷' }).click();
  } else {
    await exam.getByRole('button', { name: '交卷' }).click();
    await exam.getByRole('button', { name: '确定交卷' }).click();
  }
  await expect(exam.locator('.exam-result .check-result')).toContainText(pass ? '通过 ✓' : '未通过');
}

for (const version of ['1.2', '2004'] as const) {
  const api = API[version];
  const learner = { [api.id]: 'u-1001', [api.name]: '张, 晓燕' };

  test.describe(`SCORM ${version} in an LMS`, () => {
    test('a learner studies a module, fails then passes the exam, and resumes in a new browser', async ({
      browser,
    }) => {
      test.setTimeout(240_000);
      const first = await browser.newPage();
      let frame = await launch(first, version, learner);
      await expect(frame.getByRole('heading', { level: 1, name: '服务价值链：营业厅的管理与营销' })).toBeVisible();
      await studyM3(frame);
      await sitExam(frame, false);
      await expect.poll(async () => lastSet(await lmsCalls(first), version, api.status)).toBe('failed');
      await sitExam(frame, true);
      await frame.getByRole('link', { name: '查看结业证书' }).click();
      await expect(frame.locator('.certificate__name')).toHaveText('张晓燕');
      // A session that went well shows no notice.
      await expect(launcherNotice(first)).toBeHidden();
      let calls = await close(first);
      expectWellBehaved(calls, version);

      // What the LMS recorded: failed with 0, then passed with 100; 30 interactions per attempt.
      const verdicts = sets(calls, version)
        .filter((call) => call.args[0] === api.status)
        .map((call) => call.args[1]);
      expect(verdicts.slice(-2)).toEqual(['failed', 'passed']);
      expect(lastSet(calls, version, api.raw)).toBe('100');
      expect(lastSet(calls, version, version === '1.2' ? 'cmi.core.score.max' : 'cmi.score.max')).toBe('100');
      const results = interactionResults(calls, version);
      expect(results.map((call) => call.args[1])).toEqual([...Array(30).fill(api.wrong), ...Array(30).fill('correct')]);
      expect(sets(calls, version).filter((call) => /^cmi\.interactions\.\d+\.id$/.test(call.args[0]!))).toHaveLength(
        60,
      );
      // What was answered, in the LMS's own notation (scorm-again checks the format and refuses a wrong one).
      const responses = sets(calls, version).filter((call) =>
        /^cmi\.interactions\.\d+\.(learner|student)_response$/.test(call.args[0]!),
      );
      expect(responses.length).toBeGreaterThanOrEqual(30);
      if (version === '2004') expect(lastSet(calls, version, 'cmi.completion_status')).toBe('incomplete');
      expect(lastSet(calls, version, api.time)).toMatch(
        version === '1.2' ? /^\d{2,4}:\d\d:\d\d\.\d\d$/ : /^PT\d+H\d+M[\d.]+S$/,
      );
      expect(lastSet(calls, version, api.location)).toBe('exam/certificate/index.html');
      const suspend = lastSet(calls, version, 'cmi.suspend_data')!;
      console.log(`SCORM ${version}: suspend_data ${suspend.length} characters: ${suspend}`);
      expect(JSON.parse(suspend)).toMatchObject({ v: 1, m: ['m3'], c: { m3: 100 } });
      const data = lmsDataAfter(calls, version, learner);

      // The same browser, launched again: Initialize once more, where the learner left off.
      await first.close();
      // Another browser: a new context, with nothing in its storage.
      const again = await browser.newPage();
      frame = await launch(again, version, data);
      await expect(frame.locator('.certificate__name')).toHaveText('张晓燕');
      await frame.getByRole('link', { name: '课程首页' }).first().click();
      await expect(frame.locator('.module-card [data-status-for="m3"]')).toHaveText('已完成', { useInnerText: true });
      await frame
        .getByRole('link', { name: /M3\s*客户满意度管理/ })
        .first()
        .click();
      await expect(frame.getByRole('button', { name: /已完成 ✓/ })).toBeVisible();
      calls = await close(again);
      expectWellBehaved(calls, version);
      // Nothing new to report about the exam: its interactions are not sent twice.
      expect(sets(calls, version).filter((call) => call.args[0]!.startsWith('cmi.interactions.'))).toEqual([]);
      await again.close();
    });

    test('when the launcher cannot read the exam’s questions, the result is reported and the answers follow at the next launch', async ({
      page,
    }) => {
      test.setTimeout(180_000);
      // Only the launcher's copy of the pool fails; the exam page in the course frame gets its own.
      await page.route('**/exam/pool-*.json', (route) =>
        route.request().frame().url().endsWith('/launch/index.html')
          ? route.fulfill({ status: 503, body: '' })
          : route.fallback(),
      );
      let frame = await launch(page, version, learner);
      await sitExam(frame, true);
      const notice = launcherNotice(page);
      await expect(notice).toContainText('考试的逐题作答记录暂时没能交到学习平台');
      let calls = await close(page);
      expectWellBehaved(calls, version);
      // The result is in the LMS; the answers are not, and the resume record says they are still to be sent.
      expect(lastSet(calls, version, api.status)).toBe('passed');
      expect(lastSet(calls, version, api.raw)).toBe('100');
      expect(sets(calls, version).filter((call) => call.args[0]!.startsWith('cmi.interactions.'))).toEqual([]);
      expect(JSON.parse(lastSet(calls, version, 'cmi.suspend_data')!)).not.toHaveProperty('r');

      // The next launch in this browser reads the questions and sends the attempt's 30 answers.
      await page.unrouteAll();
      frame = await launch(page, version, lmsDataAfter(calls, version, learner));
      await expect(frame.getByRole('heading', { level: 1, name: '结业考试' })).toBeVisible();
      await expect.poll(async () => interactionResults(await lmsCalls(page), version).length).toBe(30);
      await expect(notice).toBeHidden();
      calls = await close(page);
      expectWellBehaved(calls, version);
      expect(interactionResults(calls, version).map((call) => call.args[1])).toEqual(Array(30).fill('correct'));
      expect(JSON.parse(lastSet(calls, version, 'cmi.suspend_data')!)).toHaveProperty('r');
    });

    test('a reload in the same browser resumes, and keeps what the learner typed', async ({ page }) => {
      let frame = await launch(page, version, learner);
      await frame
        .getByRole('link', { name: /M3\s*客户满意度管理/ })
        .first()
        .click();
      await finishDiscQuiz(frame, 1);
      let calls = await close(page);
      expectWellBehaved(calls, version);
      // The section the learner had scrolled to, though no section link was clicked.
      const place = lastSet(calls, version, api.location)!;
      expect(place).toMatch(/^modules\/m3\/index\.html#.+/);
      const section = place.split('#')[1]!;
      const data = lmsDataAfter(calls, version, learner);
      frame = await launch(page, version, data);
      await expect(frame.locator(`[id="${section}"]`)).toBeInViewport();
      const quiz = frame.locator('#exercise-disc-quiz');
      await hydrated(quiz);
      await expect(quiz.locator('.disc-result__headline')).toBeVisible();
      await expect(launcherNotice(page)).toBeHidden();
      calls = await close(page);
      expectWellBehaved(calls, version);
    });

    test('an LMS that does not keep what it is given, then one that is gone, are told to the learner', async ({
      page,
    }) => {
      const frame = await launch(page, version, learner);
      const notice = launcherNotice(page);
      await expect(frame.getByRole('heading', { level: 1, name: '服务价值链：营业厅的管理与营销' })).toBeVisible();
      await expect(notice).toBeHidden();
      await page.evaluate(() =>
        (window as unknown as { __forget__(element: string): void }).__forget__('cmi.suspend_data'),
      );
      await frame
        .getByRole('link', { name: /M3\s*客户满意度管理/ })
        .first()
        .click();
      await finishDiscQuiz(frame, 2);
      await expect(notice).toContainText('学习平台没有完整保存本次的学习记录');
      await page.evaluate(() => (window as unknown as { __loseLms__(): void }).__loseLms__());
      const designer = frame.locator('#exercise-peak-end');
      await hydrated(designer);
      await designer.getByRole('button', { name: '完成设计' }).click();
      await expect(notice).toContainText('与学习平台的连接断开了');
      // The course goes on in the browser.
      await expect(frame.getByText('先完成本模块的练习和知识检测（已完成 2 / 3）。')).toBeVisible();
    });

    test('browse mode records nothing', async ({ page }) => {
      const frame = await launch(page, version, { ...learner, [api.mode]: 'browse' });
      await expect(launcherNotice(page)).toContainText('浏览模式');
      await frame
        .getByRole('link', { name: /M3\s*客户满意度管理/ })
        .first()
        .click();
      await finishDiscQuiz(frame, 0);
      const calls = await close(page);
      expectWellBehaved(calls, version);
      expect(sets(calls, version)).toEqual([]);
      expect(calls.filter((call) => call.method === api.commit)).toEqual([]);
    });

    test('opened without an LMS, the course says so and works', async ({ page }) => {
      await page.goto(`${lms.origin}${CONTENT[version]}launch/index.html`);
      await expect(page.locator('#lms-notice')).toContainText('没有连接到学习平台');
      const frame = page.frameLocator('#course-frame');
      await frame
        .getByRole('link', { name: /M3\s*客户满意度管理/ })
        .first()
        .click();
      await expect(frame.getByRole('heading', { level: 1, name: '客户满意度管理' })).toBeVisible();
      await frame.getByRole('searchbox').first().fill('峰终定律');
      await frame.getByRole('button', { name: '搜索' }).first().click();
      await expect(frame.locator('.search-hit').first()).toBeVisible();
    });
  });
}
