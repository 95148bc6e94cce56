import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PROGRESS_KEY, WECHAT_USER_AGENT, expectNoAxeViolations } from './helpers';
import { allQuestions } from './quiz-helpers';
import { markAttempt, startAttempt, withExamAnswer } from '../../src/features/assessment/exam';
import { emptyCheckState } from '../../src/features/assessment/knowledge-check';
import { emptyProgress } from '../../src/platform/progress';
import { parseResultsFile } from '../../src/features/class-results/results-file';

/**
 * Saved progress with one passed final exam, as the exam page would have left it, and M2's
 * knowledge check finished twice (best 70 %).
 */
function progressWithPassedExam(): string {
  const questions = allQuestions();
  const pool = [...questions.values()];
  const modules = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'].map((id) => ({ id, minutes: 90 }));
  const now = new Date('2026-11-23T08:00:00.000Z');
  const attempt = startAttempt(pool, modules, { questions: 30, passPercent: 80, timeLimitMinutes: null }, 77, now);
  const answered = attempt.questionIds.reduce((next, id) => {
    const question = questions.get(id)!;
    return question.type === 'truefalse'
      ? withExamAnswer(next, id, { type: 'truefalse', value: question.answer })
      : next;
  }, attempt);
  // A 90 % pass: the marks agree with each other, as results-file.ts requires.
  const marked = {
    ...markAttempt(answered, questions, 80, now),
    percent: 90,
    passed: true,
    byModule: { m1: { earned: 27, possible: 30 } },
  };
  const progress = emptyProgress();
  progress.exercises.exam = { done: true, updatedAt: now.toISOString(), state: { current: null, history: [marked] } };
  progress.exercises['check-m2'] = {
    done: false,
    updatedAt: now.toISOString(),
    state: { ...emptyCheckState(), attempt: 3, best: 70, finished: 2 },
  };
  return JSON.stringify(progress);
}

test.describe('results for the trainer', () => {
  test('a trainee exports a results file and a CSV under their name', async ({ page }, testInfo) => {
    await page.goto('/progress/');
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS_KEY, progressWithPassedExam()]);
    await page.reload();
    const section = page.locator('#results');

    // No name yet: nothing is exported, and the field says why.
    await section.getByRole('button', { name: '导出成绩文件（发给讲师）' }).click();
    await expect(section.getByRole('status')).toContainText('先填好姓名');
    await expect(section.getByLabel(/^姓名/)).toBeFocused();
    await expectNoAxeViolations(page);

    await section.getByLabel(/^姓名/).fill('  李 娜 ');
    const json = page.waitForEvent('download');
    await section.getByRole('button', { name: '导出成绩文件（发给讲师）' }).click();
    expect((await json).suggestedFilename()).toMatch(/^学习成绩-李_娜-\d{4}-\d\d-\d\d\.json$/);
    const path = testInfo.outputPath('results.json');
    await (await json).saveAs(path);
    const text = readFileSync(path, 'utf8');
    const parsed = parseResultsFile(text, text.length);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.file.learner).toBe('李 娜');
      expect(parsed.file.modules.map((module) => module.code)).toEqual(['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7']);
      expect(parsed.file.modules.map((module) => [module.checkBest, module.checkAttempts])).toEqual([
        [null, 0],
        [70, 2],
        ...Array(5).fill([null, 0]),
      ]);
      expect(parsed.file.exam.attempts).toHaveLength(1);
      expect(parsed.file.exam.attempts[0]).toMatchObject({ percent: 90, passed: true });
    }
    await expect(section.getByRole('status')).toContainText('1 次结业考试记录');

    const csv = page.waitForEvent('download');
    await section.getByRole('button', { name: /导出成绩表/ }).click();
    expect((await csv).suggestedFilename()).toMatch(/\.csv$/);
    const csvPath = testInfo.outputPath('results.csv');
    await (await csv).saveAs(csvPath);
    const table = readFileSync(csvPath, 'utf8');
    expect(table.startsWith('\uFEFF')).toBe(true);
    expect(table.split('\r\n')[0]).toBe(
      '\uFEFF学员,类别,项目,完成情况,得分（%）,是否通过,检测次数,提交时间（北京时间）',
    );
    expect(table).toContain('李 娜');
    expect(table).toContain('90');

    // The name is remembered, and the certificate uses it.
    await page.goto('/exam/certificate/');
    await expect(page.locator('.certificate__name')).toHaveText('李 娜');
  });

  test('where files cannot be downloaded (WeChat), the trainee copies the results and the trainer pastes the chat', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/progress/');
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS_KEY, progressWithPassedExam()]);
    await page.reload();
    const section = page.locator('#results');
    await section.getByLabel(/^姓名/).fill('李娜');
    await section.getByRole('button', { name: '复制成绩（用微信发送）' }).click();
    await expect(section.getByRole('status')).toContainText('成绩已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    await expect(section.getByLabel(/^复制的成绩/)).toHaveValue(copied);
    expect(parseResultsFile(copied, copied.length)).toMatchObject({ ok: true, file: { learner: '李娜' } });
    await expectNoAxeViolations(page);

    // A plain-HTTP intranet site has no clipboard API: the older copy command still copies.
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    await page.reload();
    await section.getByRole('button', { name: '复制成绩（用微信发送）' }).click();
    await expect(section.getByRole('status')).toContainText('成绩已复制');
    const copiedAgain = await section.getByLabel(/^复制的成绩/).inputValue();
    const reader = await context.newPage();
    await reader.goto('/');
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(copiedAgain);
    await reader.close();

    // The trainer copies two chat messages with names and times around them; the second was cut short.
    await page.goto('/trainer/results/');
    await page.getByText(/粘贴到这里$/).click();
    const paste = page.getByRole('textbox', { name: /^粘贴学员/ });
    await page.getByRole('button', { name: '添加粘贴的成绩' }).click();
    await expect(page.getByRole('status').filter({ hasText: '没有找到成绩' })).toBeVisible();
    await paste.fill(`李娜 10:32\n${copied}\n王芳 10:40\n${copied.slice(0, 300)}`);
    await page.getByRole('button', { name: '添加粘贴的成绩' }).click();
    await expect(page.getByRole('status').filter({ hasText: '粘贴 1：' })).toHaveText(
      '粘贴 1：读到 2 份，1 份有效，1 份不完整（李娜）。结果见下表。',
    );
    await expect(paste).toHaveValue('');
    await expect(page.locator('tbody[data-rows] th')).toHaveText(['李娜']);
    await expect(page.getByRole('row', { name: /李娜/ }).getByRole('cell').nth(3)).toHaveText('通过');
    await expect(page.getByRole('alert').getByRole('listitem')).toHaveText([
      '「粘贴 1 · 第 2 段」是「李娜」的成绩，但不完整（可能是消息被截断了），没有计入。请他重新「复制成绩」发来。',
    ]);
    await expectNoAxeViolations(page);
  });
});

test.describe('in WeChat’s own browser', () => {
  test.use({ userAgent: WECHAT_USER_AGENT });

  test('the export buttons say how to get the file instead of failing silently, and copying still works', async ({
    page,
  }) => {
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await page.goto('/progress/');
    const section = page.locator('#results');
    await section.getByLabel(/^姓名/).fill('李娜');
    await section.getByRole('button', { name: '导出成绩文件（发给讲师）' }).click();
    await expect(section.getByRole('status')).toContainText('微信里不能下载文件');
    await expect(section.getByRole('status')).toContainText('复制成绩');
    await page.getByRole('button', { name: '导出进度文件' }).click();
    // A browser opened from WeChat has storage of its own: the progress leaves as copied text instead.
    await expect(page.locator('[data-import-message]')).toContainText(/已把进度|请长按下面的文字/);
    await expect(page.getByLabel(/^复制的文字/)).toHaveValue(/"kind":"svc-course-progress"/);
    await section.getByRole('button', { name: '复制成绩（用微信发送）' }).click();
    await expect(section.getByRole('status')).toContainText(/成绩已复制|没能自动复制/);
    await expect(section.getByLabel(/^复制的成绩/)).toHaveValue(/"learner":"李娜"/);
    expect(downloads).toBe(0);
  });
});
