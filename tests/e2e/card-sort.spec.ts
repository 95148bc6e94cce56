import { expect, test, type Locator } from '@playwright/test';
import { expectNoAxeViolations, hydrated, openExercise, tabTo } from './helpers';
import { deck } from '../exercise-content';
import type { ExerciseId } from '../../src/exercises/registry';

/** Places every card of a deck: right, or (for the first `wrong` cards) in another category. */
async function sortDeck(exercise: Locator, id: ExerciseId, wrong = 0): Promise<void> {
  const { cards, categories } = deck(id);
  for (const [index, card] of cards.entries()) {
    const target =
      index < wrong
        ? categories.find((category) => category.id !== card.answer)!
        : categories.find((category) => category.id === card.answer)!;
    const item = exercise.locator(`[data-card="${card.id}"]`);
    if (categories.length <= 4) await item.getByText(target.label, { exact: true }).click();
    else await item.locator('select').selectOption(target.id);
  }
}

test.describe('card sort decks', () => {
  for (const [path, id] of [
    ['/modules/m1/', 'five-shifts'],
    ['/modules/m2/', 'value-line'],
    ['/modules/m5/', 'value-grid'],
  ] as const) {
    test(`${id}: a wrong card is explained, fixing it solves the deck, and it survives a reload`, async ({ page }) => {
      const exercise = await openExercise(page, path, id);
      const total = deck(id).cards.length;
      await expect(exercise.getByRole('button', { name: `还有 ${total} 张没放` })).toBeDisabled();
      await sortDeck(exercise, id, 2);
      await exercise.getByRole('button', { name: '检查' }).click();
      await expect(exercise.locator('.sorter-result')).toContainText(`放对 ${total - 2} / ${total} 张`);
      await expect(exercise.locator('[data-result="wrong"]')).toHaveCount(2);
      await expect(exercise.locator('[data-result="wrong"] .sort-card__why').first()).toContainText('应放在');
      await expectNoAxeViolations(page);

      await sortDeck(exercise, id, 0);
      await exercise.getByRole('button', { name: '检查' }).click();
      await expect(exercise.locator('.sorter-result')).toContainText('全部正确');
      await expect(exercise.locator('.exercise__status')).toContainText('已完成');

      await page.reload();
      await hydrated(page.locator(`#exercise-${id}`));
      await expect(page.locator(`#exercise-${id} .exercise__status`)).toContainText('已完成');
      await expect(page.locator(`#exercise-${id} [data-result]`)).toHaveCount(total);
    });
  }

  test('value-line can be sorted with the keyboard alone', async ({ page }) => {
    const exercise = await openExercise(page, '/modules/m2/', 'value-line');
    const { cards, categories } = deck('value-line');
    const first = exercise.locator(`[data-card]`).first();
    const cardId = await first.getAttribute('data-card');
    const answer = cards.find((card) => card.id === cardId)!.answer;
    await tabTo(page, first.getByRole('radio').first());
    for (let step = 0; step < categories.findIndex((category) => category.id === answer); step += 1)
      await page.keyboard.press('ArrowRight');
    await expect(
      first.getByRole('radio', { name: categories.find((category) => category.id === answer)!.label }),
    ).toBeChecked();
    await expect(exercise.locator('.sorter-progress')).toContainText(`已放好 1 / ${cards.length} 张`);
  });
});
