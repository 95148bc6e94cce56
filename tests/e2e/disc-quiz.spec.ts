import { readFileSync } from 'node:fs';
import { expect, test, type Locator } from '@playwright/test';
import { parse } from 'yaml';
import {
  PROGRESS_KEY,
  expectNoAxeViolations,
  finishDiscQuiz,
  hydrated,
  openExercise,
  smallestChartLabel,
} from './helpers';

test('DISC quiz: twelve answers give a type, its chart and how to serve it; the result survives a reload', async ({
  page,
}) => {
  const quiz = await openExercise(page, '/modules/m3/', 'disc-quiz');
  await expectNoAxeViolations(page);
  await expect(quiz.getByRole('button', { name: '下一题' })).toBeDisabled();

  await finishDiscQuiz(page, 0);
  const headline = quiz.locator('.disc-result__headline');
  await expect(headline).toContainText(/这位客户更接近(支配型|表达型|和蔼型|分析型)/);
  const typeText = await headline.innerText();
  await expect(quiz.getByRole('img', { name: /这位客户的位置/ })).toBeVisible();
  await expect(quiz.getByRole('heading', { name: '在营业厅这样接待' })).toBeVisible();
  await expect(quiz.locator('.exercise__status')).toContainText('已完成');
  await expectNoAxeViolations(page);

  await page.reload();
  const again = page.locator('#exercise-disc-quiz');
  await hydrated(again);
  await expect(again.locator('.disc-result__headline')).toHaveText(typeText);
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), PROGRESS_KEY);
  expect(stored.exercises['disc-quiz'].done).toBe(true);
});

interface Question {
  axis: 'assertive' | 'responsive';
  options: { text: string; value: number }[];
}
const QUESTIONS = (
  parse(readFileSync(new URL('../../content/exercises/disc-quiz.yaml', import.meta.url), 'utf8')) as {
    questions: Question[];
  }
).questions;

/** Answers the twelve questions, each with the option whose value `valueFor` gives (question index on its axis). */
async function answerDisc(quiz: Locator, valueFor: (axis: Question['axis'], nth: number) => number): Promise<void> {
  const seen = { assertive: 0, responsive: 0 };
  for (const question of QUESTIONS) {
    const value = valueFor(question.axis, seen[question.axis]++);
    const option = question.options.find((candidate) => candidate.value === value)!;
    await quiz.getByRole('radio', { name: option.text, exact: true }).check();
    await quiz.getByRole('button', { name: /下一题|查看结果/ }).click();
  }
}

test('DISC quiz on a phone: the chart has the corners of M3’s table, both axes at 0 are named as such, labels are readable at 360 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const quiz = await openExercise(page, '/modules/m3/', 'disc-quiz');
  // Clearly assertive, clearly unemotional: 支配型, top-left as in the table (表达度高 · 情感度低).
  await answerDisc(quiz, (axis) => (axis === 'assertive' ? 2 : -2));
  await expect(quiz.locator('.disc-result__headline')).toHaveText('这位客户更接近支配型（高表达 · 低情感）');
  const chart = quiz.getByRole('img', { name: /这位客户的位置/ });
  const box = (await chart.boundingBox())!;
  const on = (await chart.locator('.quadrant--on').boundingBox())!;
  expect(on.x + on.width / 2).toBeLessThan(box.x + box.width / 2);
  expect(on.y + on.height / 2).toBeLessThan(box.y + box.height / 2);
  const point = (await chart.locator('.point').boundingBox())!;
  expect(point.x).toBeLessThan(box.x + box.width / 2);
  expect(point.y).toBeLessThan(box.y + box.height / 2);
  expect(await smallestChartLabel(chart)).toBeGreaterThanOrEqual(12);

  // Every axis total exactly 0 (+2 −2 +2 −2 …): both axes are tied, and the note says so.
  await quiz.getByRole('button', { name: '重新作答（识别一位客户）' }).click();
  await answerDisc(quiz, (_axis, nth) => (nth % 2 === 0 ? 2 : -2));
  await expect(quiz.locator('.disc-result__headline')).toContainText('分析型（低表达 · 低情感）');
  const note = quiz.locator('.disc-result > .hint');
  await expect(note).toContainText('两条轴的得分都正好为 0');
  await expect(note).not.toContainText('有一条轴');
  await expectNoAxeViolations(page);
});
