/** Driving a slide show as a trainer: open the slide where an exercise runs live, and check it fits. */
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Moves to the next slide with `press` (a click, a key), pressing again while a step-by-step slide
 * (`<Steps>`) still reveals its parts.
 */
export async function toNextSlide(page: Page, press: () => Promise<void>): Promise<void> {
  const count = page.locator('[data-count]');
  const before = await count.textContent();
  for (let presses = 0; presses < 12; presses += 1) {
    await press();
    if ((await count.textContent()) !== before) return;
  }
  throw new Error(`still on slide ${before} after 12 presses`);
}

/** Opens a module's slides and steps with → to the slide where `exerciseId` runs live; returns the hydrated exercise. */
export async function presentExercise(page: Page, moduleId: string, exerciseId: string, query = ''): Promise<Locator> {
  await page.goto(`/present/${moduleId}/${query}`);
  await expect(page.locator('body')).toHaveAttribute('data-ready', '');
  const slot = page.locator(`[data-blocks] > .exercise-slot[data-exercise="${exerciseId}"]`);
  const total = Number(await page.locator('[data-total]').innerText());
  for (let slide = 1; slide < total && !(await slot.isVisible()); slide += 1)
    await toNextSlide(page, () => page.keyboard.press('ArrowRight'));
  await expect(slot).toBeVisible();
  await expect(slot.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  return slot.locator(`#exercise-${exerciseId}`);
}

/** The room cannot scroll a projector: the exercise's slot has nothing to scroll either way and no visible text under 16 px, and no chart label over another. */
export async function expectExerciseFits(exercise: Locator, state: string): Promise<void> {
  const measured = await exercise.evaluate((element) => {
    const slot = element.closest('.exercise-slot')!;
    const withText = [...slot.querySelectorAll<HTMLElement>('*')].filter(
      (child) =>
        child.offsetHeight > 0 &&
        [...child.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== ''),
    );
    // A chart's labels are SVG text: their size on screen is the font size times the drawing's scale.
    const labels = [...slot.querySelectorAll<SVGTextElement>('svg text')].filter(
      (label) => label.getClientRects().length > 0 && label.textContent!.trim() !== '',
    );
    const labelSizes = labels.map((label) => parseFloat(getComputedStyle(label).fontSize) * label.getScreenCTM()!.a);
    const boxes = labels.map((label) => ({ text: label.textContent!.trim(), box: label.getBoundingClientRect() }));
    const overlapping = boxes.flatMap((one, index) =>
      boxes
        .slice(index + 1)
        .filter(
          ({ box }) =>
            box.left < one.box.right - 1 &&
            one.box.left < box.right - 1 &&
            box.top < one.box.bottom - 1 &&
            one.box.top < box.bottom - 1,
        )
        .map((other) => `${one.text} / ${other.text}`),
    );
    return {
      overflowY: slot.scrollHeight - slot.clientHeight,
      overflowX: slot.scrollWidth - slot.clientWidth,
      smallestType: Math.min(...withText.map((child) => parseFloat(getComputedStyle(child).fontSize)), ...labelSizes),
      overlapping,
    };
  });
  expect(measured.overflowY, `${state}: the exercise is taller than its slide`).toBeLessThanOrEqual(0);
  expect(measured.overflowX, `${state}: the exercise is wider than its slide`).toBeLessThanOrEqual(0);
  expect(measured.smallestType, `${state}: type under 16 px`).toBeGreaterThanOrEqual(16);
  expect(measured.overlapping, `${state}: chart labels on top of each other`).toEqual([]);
}
