import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PROGRESS_KEY, expectNoAxeViolations } from './helpers';
import { allQuestions } from './quiz-helpers';
import { markAttempt, startAttempt, withExamAnswer } from '../../src/lib/exam';
import { emptyProgress } from '../../src/lib/progress';
import { parseResultsFile } from '../../src/lib/results-file';

/** Saved progress with one passed final exam, as the exam page would have left it. */
function progressWithPassedExam(): string {
  const questions = allQuestions();
  const pool = [...questions.values()];
  const modules = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'].map((id) => ({ id, minutes: 90 }));
  const now = new Date('2026-11-23T08:00:00.000Z');
  const attempt = startAttempt(pool, modules, { questions: 30, passPercent: 80, timeLimitMinutes: null }, 77, now);
  const answered = attempt.questionIds.reduce((next, id) => {
    const question = questions.get(id)!;
    return question.type === 'truefalse' ? withExamAnswer(next, id, { type: 'truefalse', value: question.answer }) : next;
  }, attempt);
  const marked = { ...markAttempt(answered, questions, 80, now), percent: 90, passed: true };
  const progress = emptyProgress();
  progress.exercises.exam = { done: true, updatedAt: now.toISOString(), state: { current: null, history: [marked] } };
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
    expect(table).toContain('李 娜');
    expect(table).toContain('90');

    // The name is remembered, and the certificate uses it.
    await page.goto('/exam/certificate/');
    await expect(page.locator('.certificate__name')).toHaveText('李 娜');
  });
});
