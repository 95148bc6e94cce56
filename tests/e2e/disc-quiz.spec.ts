import { expect, test } from '@playwright/test';
import { PROGRESS_KEY, expectNoAxeViolations, finishDiscQuiz, hydrated, openExercise } from './helpers';

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
