import AxeBuilder from '@axe-core/playwright';
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

export const PROGRESS_KEY = 'svc-course:progress';

/** Fails with the list of WCAG 2.1 A/AA violations axe finds on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Only violations are reported in full (passes and the rest are summarised): the same check, faster on long pages.
  // options() replaces the options object, so it goes before withTags().
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // The presenter's picture of the next slide is an aria-hidden miniature of blocks checked on their
    // own slide; scaled to a fifth, axe measures its text against the dark bar behind it.
    .exclude('.next-preview')
    .analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/** The smallest label shown on the SVG chart `chart`, in CSS pixels as drawn (the SVG is scaled to its box). */
export function smallestChartLabel(chart: Locator): Promise<number> {
  return chart
    .locator('text')
    .evaluateAll((texts) =>
      Math.min(
        ...texts
          .filter((text) => text.checkVisibility())
          .map(
            (text) => (text as SVGTextElement).getScreenCTM()!.a * Number.parseFloat(getComputedStyle(text).fontSize),
          ),
      ),
    );
}

/** Presses Tab until `target` has focus (at most 80 times), proving it is reachable by keyboard. */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let step = 0; step < 80; step += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with the Tab key`);
}

/** Waits until the island inside `exercise` has hydrated (its reset button reacts only then). */
export async function hydrated(exercise: Locator): Promise<void> {
  await exercise.scrollIntoViewIfNeeded();
  await expect(exercise.locator('xpath=ancestor::astro-island')).not.toHaveAttribute('ssr', /.*/);
}

/** Opens the page at `path` and returns the exercise `exerciseId` on it once it has hydrated. */
export async function openExercise(page: Page, path: string, exerciseId: string): Promise<Locator> {
  await page.goto(path);
  const exercise = page.locator(`#exercise-${exerciseId}`);
  await hydrated(exercise);
  return exercise;
}

export async function openM3(page: Page): Promise<void> {
  await page.goto('/');
  await page
    .getByRole('link', { name: /M3\s*客户满意度管理/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '客户满意度管理' })).toBeVisible();
}

/** Answers every DISC question with the option at `optionIndex` (0–3) by clicking. */
export async function finishDiscQuiz(page: Page | FrameLocator, optionIndex = 0): Promise<void> {
  const quiz = page.locator('#exercise-disc-quiz');
  await hydrated(quiz);
  for (let question = 1; question <= 12; question += 1) {
    await expect(quiz.getByText(`第 ${question} / 12 题`)).toBeVisible();
    await quiz.getByRole('radio').nth(optionIndex).check();
    await quiz.getByRole('button', { name: question < 12 ? '下一题' : '查看结果' }).click();
  }
}

/** WeChat's own browser on Android, as its user agent says: it ignores downloads. */
export const WECHAT_USER_AGENT =
  'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36 MicroMessenger/8.0.50.2701 NetType/WIFI Language/zh_CN';
