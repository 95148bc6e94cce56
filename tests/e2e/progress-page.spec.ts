import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PROGRESS_KEY, expectNoAxeViolations, finishDiscQuiz, hydrated } from './helpers';

test.describe('my progress page', () => {
  test('export, reset with confirmation, then import restores everything', async ({ page }, testInfo) => {
    await page.goto('/modules/m3/');
    await finishDiscQuiz(page, 2);
    const designer = page.locator('#exercise-peak-end');
    await hydrated(designer);
    await designer.getByRole('slider', { name: '「等候」的感受分' }).fill('1');
    const before = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);

    await page.goto('/progress/');
    await expect(page.locator('[data-status-for="m3"]')).toHaveText('学习中', { useInnerText: true });
    await expectNoAxeViolations(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出进度文件' }).click();
    const file = testInfo.outputPath('progress.json');
    await (await download).saveAs(file);
    expect((await download).suggestedFilename()).toMatch(/^学习进度-\d{4}-\d\d-\d\d\.json$/);

    await page.getByRole('button', { name: '清空全部进度…' }).click();
    await expect(page.getByRole('group', { name: '确认清空' })).toBeVisible();
    await page.getByRole('button', { name: '取消' }).click();
    await expect(page.locator('[data-status-for="m3"]')).toHaveText('学习中', { useInnerText: true });
    await page.getByRole('button', { name: '清空全部进度…' }).click();
    await page.getByRole('button', { name: '确定清空' }).click();
    await expect(page.locator('[data-status-for="m3"]')).toHaveText('未开始', { useInnerText: true });

    await page.locator('input[type="file"]').setInputFiles(file);
    await expect(page.locator('[data-import-message]')).toContainText('已从「progress.json」导入');
    await expect(page.locator('[data-status-for="m3"]')).toHaveText('学习中', { useInnerText: true });
    expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(before);

    await page.goto('/modules/m3/');
    await hydrated(page.locator('#exercise-peak-end'));
    await expect(page.locator('#exercise-peak-end .journey__row').nth(2).locator('output')).toHaveText('+1');
    await hydrated(page.locator('#exercise-disc-quiz'));
    await expect(page.locator('#exercise-disc-quiz .disc-result__headline')).toBeVisible();
  });

  test('the certificate’s name travels in the progress file, so after an import the certificate does not ask again', async ({
    page,
  }, testInfo) => {
    await page.goto('/progress/');
    const at = new Date().toISOString();
    const passed = { seed: 7, startedAt: at, deadline: null, questionIds: [], answers: {}, submittedAt: at };
    const exam = { current: null, history: [{ ...passed, percent: 90, passed: true, passPercent: 80, byModule: {} }] };
    await page.evaluate(
      ({ key, exam, at }) =>
        localStorage.setItem(
          key,
          JSON.stringify({ version: 1, modules: {}, exercises: { exam: { done: true, updatedAt: at, state: exam } } }),
        ),
      { key: PROGRESS_KEY, exam, at },
    );
    await page.reload();
    await page.getByLabel('姓名（会写进成绩文件和结业证书）').fill('张晓燕');
    await page.getByLabel('姓名（会写进成绩文件和结业证书）').press('Tab');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出进度文件' }).click();
    const file = testInfo.outputPath('progress.json');
    await (await download).saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).learner).toBe('张晓燕');
    await expect(page.locator('[data-import-message]')).toContainText('证书上的姓名「张晓燕」');

    // Another browser: nothing saved, then the file imported.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.getByLabel('姓名（会写进成绩文件和结业证书）')).toHaveValue('');
    await page.locator('input[type="file"]').setInputFiles(file);
    await expect(page.locator('[data-import-message]')).toContainText('证书上的姓名「张晓燕」');
    await expect(page.getByLabel('姓名（会写进成绩文件和结业证书）')).toHaveValue('张晓燕');

    await page.goto('/exam/certificate/');
    await expect(page.locator('.certificate__name')).toHaveText('张晓燕');
    await expect(page.getByLabel('证书上的姓名')).toHaveValue('张晓燕');
    await expect(page.getByRole('button', { name: '打印 / 保存为 PDF' })).toBeEnabled();
  });

  test('importing over work already here asks first, and keeps what it replaced for download', async ({
    page,
  }, testInfo) => {
    const file = testInfo.outputPath('older.json');
    writeFileSync(
      file,
      JSON.stringify({
        kind: 'svc-course-progress',
        exportedAt: '2026-11-01T08:00:00.000Z',
        progress: { version: 1, modules: {}, exercises: {} },
      }),
    );
    await page.goto('/modules/m3/');
    await finishDiscQuiz(page, 0);
    await page.goto('/progress/');
    const choose = () => page.locator('input[type="file"]').setInputFiles(file);

    await choose();
    const confirm = page.getByRole('group', { name: '确认导入' });
    await expect(confirm).toContainText('本浏览器里已有进度（1 个练习的作答，0 个已完成的模块）');
    await expectNoAxeViolations(page);
    await confirm.getByRole('button', { name: '取消' }).click();
    await expect(page.locator('[data-import-message]')).toContainText('已取消导入');
    await expect(page.locator('[data-status-for="m3"]')).toHaveText('学习中', { useInnerText: true });

    await choose();
    await confirm.getByRole('button', { name: '确定导入' }).click();
    await expect(page.locator('[data-import-message]')).toContainText('替换前的进度已另存');
    await expect(page.locator('[data-status-for="m3"]')).toHaveText('未开始', { useInnerText: true });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /下载最近另存的一份/ }).click();
    expect(JSON.parse(readFileSync((await (await download).path())!, 'utf8')).exercises['disc-quiz'].done).toBe(true);
  });

  test('a wrong or hostile file gets a clear message and changes nothing', async ({ page }, testInfo) => {
    await page.goto('/modules/m1/');
    await page.goto('/progress/');
    const before = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
    const cases: Array<[string, string, RegExp]> = [
      ['notes.txt', 'hello', /不是有效的 JSON/],
      ['other.json', JSON.stringify({ kind: 'something', progress: {} }), /不是本课程导出/],
      [
        'hostile.json',
        JSON.stringify({
          kind: 'svc-course-progress',
          progress: { version: 1, modules: { '<img src=x onerror=alert(1)>': {} }, exercises: {} },
        }),
        /无法导入/,
      ],
      // Larger than anything the browser lets the course store (MAX_IMPORT_BYTES, about 16 MB).
      ['huge.json', `{"kind":"svc-course-progress","pad":"${'x'.repeat(17 * 1024 * 1024)}"}`, /文件太大/],
    ];
    for (const [name, content, message] of cases) {
      const path = testInfo.outputPath(name);
      writeFileSync(path, content);
      await page.locator('input[type="file"]').setInputFiles(path);
      await expect(page.locator('[data-import-message]')).toContainText(message);
      await expect(page.locator('[data-import-message]')).toContainText('未做任何改动');
    }
    expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(before);
    await expect(page.locator('[data-status-for="m1"]')).toHaveText('学习中', { useInnerText: true });
    expect(readFileSync(testInfo.outputPath('notes.txt'), 'utf8')).toBe('hello');
  });
});

test.describe('我的进度 inside another site (clickjacking)', () => {
  const OTHER_SITE = 'http://other-site.test/';
  const showInsideOtherSite = (page: Page, baseURL: string) =>
    page.route(OTHER_SITE, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<iframe src="${baseURL}/progress/" title="课程"></iframe>` }),
    );

  test('the server’s headers stop the frame', async ({ page, baseURL }) => {
    await showInsideOtherSite(page, baseURL!);
    await page.goto(OTHER_SITE);
    await expect(page.frameLocator('iframe').getByRole('button', { name: '清空全部进度…' })).toHaveCount(0);
  });

  test('on a host that sends no headers, the page turns 导入 and 清空 off itself', async ({ page, baseURL }) => {
    await showInsideOtherSite(page, baseURL!);
    await page.route(`${baseURL}/progress/`, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['x-frame-options'];
      delete headers['content-security-policy'];
      await route.fulfill({ response, headers });
    });
    await page.goto(OTHER_SITE);
    const framed = page.frameLocator('iframe');
    await expect(framed.getByRole('button', { name: '清空全部进度…' })).toBeDisabled();
    await expect(framed.locator('[data-import-paste]')).toBeDisabled(); // inside the closed 「粘贴导入」
    await expect(framed.locator('[data-import-message]')).toContainText('导入和清空已停用');
  });
});
