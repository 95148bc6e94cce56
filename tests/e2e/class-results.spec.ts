import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { createResultsFile, type ExamAttemptSummary } from '../../src/features/class-results/results-file';
import { expectNoAxeViolations, tabTo } from './helpers';

const attempt = (id: string, percent: number): ExamAttemptSummary => ({
  id,
  seed: 42,
  startedAt: '2026-11-23T06:00:00.000Z',
  submittedAt: '2026-11-23T06:45:00.000Z',
  percent,
  passed: percent >= 80,
  passPercent: 80,
  questions: 30,
  // Points that give the percent (results-file.ts refuses marks that disagree).
  byModule: { m1: { earned: (percent * 30) / 100, possible: 30 } },
});

/**
 * A results file as a trainee would export it, written to the test's own folder: each completed
 * module's check passed at 90 % in `checkAttempts` attempts (null: a file from before they were counted).
 */
function resultsFile(
  testInfo: TestInfo,
  name: string,
  learner: string,
  complete: number,
  attempts: ExamAttemptSummary[],
  checkAttempts: number | null = 1,
): string {
  const modules = Array.from({ length: 7 }, (_, index) => ({
    id: `m${index + 1}`,
    code: `M${index + 1}`,
    title: `模块 ${index + 1}`,
    complete: index < complete,
    checkBest: index < complete ? 90 : null,
    checkPassed: index < complete,
    checkAttempts: index < complete ? checkAttempts : 0,
  }));
  const text = createResultsFile({
    exportedAt: '2026-11-23T08:00:00.000Z',
    learner,
    course: '服务价值链：营业厅的管理与营销',
    modules,
    exam: { attempts },
  });
  if (checkAttempts !== null) return writeFile(testInfo, name, text);
  // Files exported before the count have no such field.
  const old = JSON.parse(text) as { modules: Array<Record<string, unknown>> };
  for (const module of old.modules) delete module.checkAttempts;
  return writeFile(testInfo, name, JSON.stringify(old, null, 2));
}

function writeFile(testInfo: TestInfo, name: string, content: string): string {
  const path = testInfo.outputPath(name);
  writeFileSync(path, content);
  return path;
}

async function openAsTrainer(page: Page): Promise<void> {
  await page.goto('/progress/');
  const link = page.getByRole('link', { name: '班级成绩（讲师）' });
  await expect(link).toBeHidden();
  await page.getByRole('checkbox', { name: '讲师模式' }).check();
  await link.click();
  // The page script reads chosen files once it has run, which is by the load event; a second batch
  // set before that would replace the first in the input itself.
  await page.waitForURL(/\/trainer\/results\/$/);
  await expect(page.getByRole('heading', { level: 1, name: '班级成绩' })).toBeVisible();
}

const learnerColumn = (page: Page) => page.locator('tbody[data-rows] th');

test.describe('class results (trainer)', () => {
  test('loads the trainees’ files by keyboard, reports the broken one, sorts and downloads CSV', async ({
    page,
  }, testInfo) => {
    const files = [
      resultsFile(testInfo, '张三.json', '张三', 7, [attempt('A7K2-9F3Q', 92)], 3),
      resultsFile(testInfo, '李四.json', '李四', 5, [attempt('B000-0001', 65)]),
      writeFile(testInfo, 'broken.json', '{"kind": "svc-course-results", "learner": '),
    ];
    await openAsTrainer(page);
    await expect(page.getByRole('status').filter({ hasText: '还没有读取任何文件' })).toBeVisible();
    await expect(page.getByRole('button', { name: '下载 CSV' })).toBeDisabled();

    // A keyboard user reaches the file input (Space then opens the browser's own file chooser,
    // which headless Chromium does not always report; the files are set on the input instead).
    const input = page.getByLabel('选择成绩文件');
    await tabTo(page, input);
    await expect(input).toBeFocused();
    await input.setInputFiles(files);

    await expect(page.getByRole('status').filter({ hasText: '共 2 名学员' })).toHaveText(
      '共 2 名学员：1 人通过结业考试，1 人未通过，0 人未参加。另有 1 个文件未计入，原因见下方。',
    );
    const problems = page.getByRole('alert').filter({ hasText: '未计入的文件' });
    await expect(problems.getByRole('listitem')).toHaveText([
      '「broken.json」文件不是有效的 JSON，可能已损坏或选错了文件。',
    ]);
    const table = page.getByRole('table', { name: /学员成绩/ });
    await expect(table.getByRole('row')).toHaveCount(3);
    // Names first, in pinyin order: 李 before 张.
    await expect(learnerColumn(page)).toHaveText(['李四', '张三']);
    // Then a column per module: its knowledge check's best score, ✓ when it passes, over its attempts;
    // a screen reader hears 通过 for the ✓.
    await expect(table.getByRole('row', { name: /张三/ }).getByRole('cell')).toHaveText([
      '7 / 7',
      '7 / 7',
      '92%',
      '通过',
      '1',
      '2026-11-23',
      '2026-11-23',
      ...Array<string>(7).fill('90% ✓，通过，3 次'),
    ]);
    const firstCheck = table.getByRole('row', { name: /张三/ }).getByRole('cell').nth(7);
    await expect(firstCheck.getByText('3 次')).toBeVisible();
    await expect(firstCheck.getByText('，通过')).toHaveClass('visually-hidden');
    // The attempts sit under the score, so the column is as narrow as the score.
    const [triesLine, cell] = await Promise.all([firstCheck.getByText('3 次').boundingBox(), firstCheck.boundingBox()]);
    expect(cell!.height).toBeGreaterThan(triesLine!.height * 1.5);
    await expect(table.getByRole('row', { name: /李四/ }).getByRole('cell')).toHaveText([
      '5 / 7',
      '5 / 7',
      '65%',
      '未通过',
      '1',
      '2026-11-23',
      '2026-11-23',
      ...Array<string>(5).fill('90% ✓，通过，1 次'),
      '—',
      '—',
    ]);
    await expectNoAxeViolations(page);

    const score = table.getByRole('columnheader', { name: '考试最高分' });
    await score.getByRole('button').click();
    await expect(score).toHaveAttribute('aria-sort', 'descending');
    await expect(table.getByRole('columnheader', { name: '学员' })).not.toHaveAttribute('aria-sort', /.*/);
    await expect(learnerColumn(page)).toHaveText(['张三', '李四']);
    await score.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(score).toHaveAttribute('aria-sort', 'ascending');
    await expect(learnerColumn(page)).toHaveText(['李四', '张三']);
    // Both passed M1's check at 90 %: best first puts 李四's one attempt above 张三's three.
    const m1 = table.getByRole('columnheader', { name: /^M1 / });
    await m1.getByRole('button').click();
    await expect(m1).toHaveAttribute('aria-sort', 'descending');
    await expect(learnerColumn(page)).toHaveText(['李四', '张三']);
    await m1.getByRole('button').click();
    await expect(learnerColumn(page)).toHaveText(['张三', '李四']);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 CSV' }).click();
    expect((await download).suggestedFilename()).toMatch(/^班级成绩-\d{4}-\d\d-\d\d\.csv$/);
    const csvPath = testInfo.outputPath('class.csv');
    await (await download).saveAs(csvPath);
    expect(readFileSync(csvPath, 'utf8').split('\r\n')).toEqual([
      `\uFEFF学员,完成模块,模块总数,通过检测,检测总数,考试最高分（%）,考试结果,考试次数,考试日期,导出日期,备注,文件,${[1, 2, 3, 4, 5, 6, 7].map((n) => `M${n} 检测最高分（%）,M${n} 检测次数`).join(',')}`,
      '张三,7,7,7,7,92,通过,1,2026-11-23,2026-11-23,,张三.json,90,3,90,3,90,3,90,3,90,3,90,3,90,3',
      '李四,5,7,5,7,65,未通过,1,2026-11-23,2026-11-23,,李四.json,90,1,90,1,90,1,90,1,90,1,,0,,0',
      '',
    ]);

    await page.getByRole('button', { name: '清空' }).click();
    await expect(page.getByRole('status').filter({ hasText: '还没有读取任何文件' })).toBeVisible();
    await expect(table).toBeHidden();
    await expect(problems).toBeHidden();
  });

  test('filters to who has not passed, keeps the names in view beside the module columns, and prints a clean list', async ({
    page,
  }, testInfo) => {
    // 李四's file says he passed at 40 % (its own pass mark was edited to 30): the course's 80 % decides.
    const claimed = { ...attempt('B000-0002', 40), passed: true, passPercent: 30 };
    const files = [
      resultsFile(testInfo, '张三.json', '张三', 7, [attempt('A7K2-9F3Q', 92)]),
      resultsFile(testInfo, '李四.json', '李四', 5, [claimed]),
      resultsFile(testInfo, '王五.json', '王五', 2, []),
    ];
    await openAsTrainer(page);
    await expect(page.getByRole('button', { name: '打印名单' })).toBeDisabled();
    await page.getByLabel('选择成绩文件').setInputFiles(files);
    await expect(page.getByRole('status').filter({ hasText: '共 3 名学员' })).toHaveText(
      '共 3 名学员：1 人通过结业考试，1 人未通过，1 人未参加。',
    );
    const table = page.getByRole('table', { name: /学员成绩/ });
    await expect(table.getByRole('row', { name: /李四/ }).getByRole('cell').nth(3)).toHaveText('未通过');
    await expect(table.getByRole('columnheader', { name: /^M\d / })).toHaveCount(7);

    // 只看未通过, by keyboard: Space toggles it; the count is in its name.
    const filter = page.getByRole('checkbox', { name: '只看未通过（2 人，含未参加考试的）' });
    await filter.focus();
    await page.keyboard.press('Space');
    await expect(filter).toBeChecked();
    await expect(learnerColumn(page)).toHaveText(['李四', '王五']);
    // Sorting still works on the filtered rows: by M3's check score, highest first (王五 has none).
    await table.getByRole('columnheader', { name: /^M3 / }).getByRole('button').click();
    await expect(table.getByRole('columnheader', { name: /^M3 / })).toHaveAttribute('aria-sort', 'descending');
    await expect(learnerColumn(page)).toHaveText(['李四', '王五']);
    await table.getByRole('columnheader', { name: '模块完成' }).getByRole('button').click();
    await expect(learnerColumn(page)).toHaveText(['李四', '王五']);
    await table.getByRole('columnheader', { name: '模块完成' }).getByRole('button').click();
    await expect(learnerColumn(page)).toHaveText(['王五', '李四']);
    await expectNoAxeViolations(page);
    await filter.press('Space');
    await expect(filter).not.toBeChecked();
    await expect(learnerColumn(page)).toHaveText(['王五', '李四', '张三']);

    // On a phone the module columns scroll inside the table; the names stay in view, the page does not scroll.
    await page.setViewportSize({ width: 390, height: 844 });
    const region = page.getByRole('region', { name: /学员成绩/ });
    const scrolled = await region.evaluate((element) => {
      element.scrollLeft = element.scrollWidth;
      return element.scrollLeft;
    });
    expect(scrolled).toBeGreaterThan(0);
    const regionBox = (await region.boundingBox())!;
    const nameBox = (await learnerColumn(page).first().boundingBox())!;
    expect(Math.abs(nameBox.x - regionBox.x)).toBeLessThan(2);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 720 });

    // 打印名单 opens the browser's print dialog; on paper the page's controls and the module columns are gone.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', '');
    });
    await page.getByRole('button', { name: '打印名单' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', '');
    await page.emulateMedia({ media: 'print' });
    for (const chrome of [
      page.locator('.site-header'),
      page.locator('.site-footer'),
      page.locator('[data-drop-zone]'),
      page.getByText(/粘贴到这里$/),
      filter,
      page.getByRole('button', { name: '打印名单' }),
      page.getByRole('button', { name: '下载 CSV' }),
      table.getByRole('columnheader', { name: /^M1 / }),
    ])
      await expect(chrome).toBeHidden();
    await expect(page.getByText(/^全部学员，共 3 人 · 打印于 \d{4}-\d\d-\d\d$/)).toBeVisible();
    await expect(table.getByRole('columnheader')).toHaveText([
      '学员',
      '模块完成',
      '检测通过',
      '考试最高分',
      '考试结果',
      '考试次数',
      '考试日期',
      '导出日期',
    ]);
    await expect(table.getByRole('row', { name: /张三/ }).getByRole('cell').filter({ visible: true })).toHaveCount(7);
    // The table spans the page; its header row repeats on each printed page.
    expect(await table.locator('thead').evaluate((element) => getComputedStyle(element).display)).toBe(
      'table-header-group',
    );
    const mainWidth = await page.locator('main').evaluate((element) => element.clientWidth);
    expect((await table.boundingBox())!.width).toBeGreaterThan(mainWidth * 0.95);
    await page.emulateMedia({ media: 'screen' });
    await expect(filter).toBeVisible();
  });

  test('says whose pasted results were cut off, and counts the paste', async ({ page }, testInfo) => {
    const text = (learner: string, attempts: ExamAttemptSummary[]) =>
      readFileSync(resultsFile(testInfo, `${learner}.json`, learner, 7, attempts), 'utf8');
    const zhang = text('张三', [attempt('A7K2-9F3Q', 92)]);
    const chat = [
      `张三 10:32\n${zhang}`,
      `王磊 10:35\n${text('王磊', []).slice(0, 200)}`,
      `李四 10:36\n${text('李四', []).slice(0, 40)}`,
      `张三 10:40\n${zhang}`,
    ].join('\n');
    await openAsTrainer(page);
    await page.getByText(/粘贴到这里$/).click();
    await page.getByRole('textbox', { name: /^粘贴学员/ }).fill(chat);
    await page.getByRole('button', { name: '添加粘贴的成绩' }).click();
    await expect(page.getByRole('status').filter({ hasText: '粘贴 1：' })).toHaveText(
      '粘贴 1：读到 4 份，1 份有效，2 份不完整（王磊、第 3 段），1 份重复。结果见下表。',
    );
    await expect(learnerColumn(page)).toHaveText(['张三']);
    await expect(page.getByRole('alert').getByRole('listitem')).toHaveText([
      '「粘贴 1 · 第 2 段」是「王磊」的成绩，但不完整（可能是消息被截断了），没有计入。请他重新「复制成绩」发来。',
      /^「粘贴 1 · 第 3 段」不完整（开头是「\{ "kind": "svc-course-re…」），看不出是谁的/,
      '「粘贴 1 · 第 4 段」与「粘贴 1 · 第 1 段」内容相同，已跳过。',
    ]);
    await expectNoAxeViolations(page);
  });

  test('reads a live room’s results.json as one trainee per participant', async ({ page }, testInfo) => {
    // `npm run live` exports a room as a list of results files, one per phone (src/live/export.ts).
    const participant = (learner: string, checkBest: number) =>
      JSON.parse(
        createResultsFile({
          exportedAt: '2026-12-03T08:00:00.000Z',
          learner,
          course: '服务价值链：营业厅的管理与营销',
          modules: [
            {
              id: 'm3',
              code: 'M3',
              title: '客户满意度管理',
              complete: false,
              checkBest,
              checkPassed: checkBest >= 80,
              // Polls are not check attempts: the room does not count them.
              checkAttempts: null,
            },
          ],
          exam: { attempts: [] },
        }),
      );
    const room = writeFile(
      testInfo,
      'live-ABCD-results.json',
      JSON.stringify([participant('张三', 100), participant('匿名 1', 50)]),
    );
    // With a trainee's file from before check attempts were counted.
    const old = resultsFile(testInfo, '李四-旧.json', '李四', 3, [], null);
    await openAsTrainer(page);
    await page.getByLabel('选择成绩文件').setInputFiles([room, old]);
    await expect(page.getByRole('status').filter({ hasText: '共 3 名学员' })).toBeVisible();
    // Sorted by name, in pinyin order.
    await expect(learnerColumn(page)).toHaveText(['李四', '匿名 1', '张三']);
    await expect(page.getByRole('alert')).toBeHidden();
    // Neither counts check attempts: 「— 次」.
    const m3 = (learner: string) =>
      page
        .getByRole('row', { name: new RegExp(learner) })
        .getByRole('cell')
        .nth(7 + 2);
    await expect(m3('匿名 1')).toHaveText('50%，未通过，— 次');
    await expect(m3('李四')).toHaveText('90% ✓，通过，— 次');
  });

  test('shows markup in a name or file name as text, refuses a huge file, and adds files in batches', async ({
    page,
  }, testInfo) => {
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const hostileName = '<img src=x onerror=alert(1)>';
    await openAsTrainer(page);
    const input = page.getByLabel('选择成绩文件');
    await input.setInputFiles([resultsFile(testInfo, 'hostile.json', hostileName, 1, [])]);
    await input.setInputFiles([
      writeFile(testInfo, 'huge.json', `{"kind":"svc-course-results","pad":"${'x'.repeat(1100 * 1024)}"}`),
      writeFile(testInfo, '<b>bold<i>.json', 'not json'),
      resultsFile(testInfo, 'hostile-copy.json', hostileName, 1, []),
    ]);

    await expect(page.getByRole('status').filter({ hasText: '共 1 名学员' })).toContainText(
      '0 人通过结业考试，0 人未通过，1 人未参加。另有 3 个文件未计入',
    );
    await expect(learnerColumn(page)).toHaveText([hostileName]);
    await expect(page.getByRole('row', { name: hostileName }).getByRole('cell').nth(3)).toHaveText('未参加');
    await expect(page.getByRole('alert').getByRole('listitem')).toHaveText([
      /^「huge\.json」文件太大（\d+ KB）/,
      '「<b>bold<i>.json」文件不是有效的 JSON，可能已损坏或选错了文件。',
      '「hostile-copy.json」与「hostile.json」内容相同，已跳过。',
    ]);
    await expect(page.locator('main img, main b, main i')).toHaveCount(0);
    await expectNoAxeViolations(page);
    // The wide table scrolls inside its own region; the page itself never overflows at 360 px.
    await page.setViewportSize({ width: 360, height: 740 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
