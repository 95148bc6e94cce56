import { expect, test, type Locator } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { expectExerciseFits, presentExercise } from './slides';
import { deck } from '../exercise-content';

test.describe('on a slide, exercises go one item at a time', () => {
  for (const [moduleId, id] of [
    ['m1', 'five-shifts'],
    ['m2', 'value-line'],
    ['m5', 'value-grid'],
  ] as const) {
    test(`${id}: the room sorts one card at a time; 检查 opens the first miss; it fits throughout`, async ({
      page,
    }) => {
      const { cards, categories } = deck(id);
      const exercise = await presentExercise(page, moduleId, id);
      const shownCard = exercise.locator('.sort-card:visible');
      const pager = exercise.getByRole('navigation', { name: '逐张查看' });
      await expect(shownCard).toHaveCount(1);
      await expect(pager).toContainText(`第 1 / ${cards.length} 张`);
      await expectExerciseFits(exercise, 'first card');

      // Every category is a button on the slide, also for decks that use a drop-down on the page.
      await expect(shownCard.getByRole('radio')).toHaveCount(categories.length);
      for (let position = 0; position < cards.length; position += 1) {
        await expect(pager).toContainText(`第 ${position + 1} / ${cards.length} 张`);
        const cardId = await shownCard.getAttribute('data-card');
        const card = cards.find((item) => item.id === cardId)!;
        const target =
          position === 0
            ? categories.find((category) => category.id !== card.answer)!
            : categories.find((category) => category.id === card.answer)!;
        await shownCard.locator('.segmented__choice').filter({ hasText: target.label }).click();
        if (position < cards.length - 1) await pager.getByRole('button', { name: '下一张 →' }).click();
      }
      await expect(pager).toContainText(`第 ${cards.length} / ${cards.length} 张`);
      await exercise.getByRole('button', { name: '检查' }).click();

      await expect(pager).toContainText(`第 1 / ${cards.length} 张`);
      await expect(shownCard).toHaveAttribute('data-result', 'wrong');
      await expect(shownCard.locator('.sort-card__why')).toContainText('应放在');
      await expect(pager.getByRole('button', { name: /：不对$/ })).toHaveCount(1);
      await expect(pager.getByRole('button', { name: /：对了$/ })).toHaveCount(cards.length - 1);
      await expectExerciseFits(exercise, 'checked');
      await expectNoAxeViolations(page);

      // Jump to a card from its dot; the keys stay with the exercise, not the slide show.
      await pager.getByRole('button', { name: `第 ${cards.length} 张：对了` }).click();
      await expect(shownCard).toHaveAttribute('data-result', 'right');
      const slide = page.url();
      await page.keyboard.press('ArrowRight');
      expect(page.url()).toBe(slide);
    });
  }

  test('failed-activity: the story with one sub-question at a time; the diagnosis is checked and fits', async ({
    page,
  }) => {
    const exercise = await presentExercise(page, 'm5', 'failed-activity');
    const pager = exercise.getByRole('navigation', { name: '逐题查看' });
    const parts = exercise.locator('fieldset fieldset');
    await expect(exercise).toContainText('5G 嘉年华');
    await expect(parts).toHaveCount(1);
    await expect(pager).toContainText('第 1 / 3 题');
    await expect(exercise.getByRole('button', { name: '核对' })).toBeDisabled();
    for (let part = 1; part <= 3; part += 1) {
      await expect(pager).toContainText(`第 ${part} / 3 题`);
      await parts.locator('input').first().check();
      await expectExerciseFits(exercise, `sub-question ${part}`);
      if (part < 3) await pager.getByRole('button', { name: '下一题 →' }).click();
    }
    await expect(pager.getByRole('button', { name: /：已作答$/ })).toHaveCount(3);
    await exercise.getByRole('button', { name: '核对' }).click();
    await expect(exercise.locator('.sorter-result')).toContainText('诊断得分');
    for (let part = 1; part <= 3; part += 1) {
      await pager.getByRole('button', { name: new RegExp(`^第 ${part} 题：`) }).click();
      await expect(pager).toContainText(`第 ${part} / 3 题`);
      await expect(parts.locator('.feedback')).toBeVisible();
      await expectExerciseFits(exercise, `feedback ${part}`);
    }
    await expectNoAxeViolations(page);
  });

  test('the audience and presenter windows show the same card, and a reload keeps it', async ({ page, context }) => {
    const audience = await presentExercise(page, 'm2', 'value-line');
    const presenter = await presentExercise(await context.newPage(), 'm2', 'value-line', '?view=presenter');
    const shownCard = (exercise: Locator) => exercise.locator('.sort-card:visible');
    await expect(shownCard(audience)).toHaveAttribute(
      'data-card',
      (await shownCard(presenter).getAttribute('data-card'))!,
    );

    await presenter.getByRole('button', { name: '下一张 →' }).click();
    await expect(audience.getByRole('navigation', { name: '逐张查看' })).toContainText('第 2 / 12 张');
    await audience.getByRole('button', { name: /^第 5 张：/ }).click();
    await expect(presenter.getByRole('navigation', { name: '逐张查看' })).toContainText('第 5 / 12 张');
    const fifth = await shownCard(audience).getAttribute('data-card');
    await expect(shownCard(presenter)).toHaveAttribute('data-card', fifth!);

    await page.reload();
    await expect(shownCard(page.locator('#exercise-value-line'))).toHaveAttribute('data-card', fifth!);
  });

  test('DISC: the question and the result shown follow in both windows, and a reload keeps them', async ({
    page,
    context,
  }) => {
    const audience = await presentExercise(page, 'm3', 'disc-quiz');
    const presenter = await presentExercise(await context.newPage(), 'm3', 'disc-quiz', '?view=presenter');
    const count = (exercise: Locator) => exercise.locator('.disc-question__count');
    await expect(count(audience)).toHaveText('第 1 / 12 题');
    for (let question = 1; question <= 12; question += 1) {
      await expect(count(presenter)).toHaveText(`第 ${question} / 12 题`);
      await presenter.locator('.choice').first().click();
      if (question < 12) await presenter.getByRole('button', { name: '下一题' }).click();
    }
    await expect(count(audience)).toHaveText('第 12 / 12 题');
    await expectExerciseFits(audience, 'last question');

    await audience.getByRole('button', { name: '查看结果' }).click();
    await expect(presenter.locator('.disc-result__headline')).toContainText('这位客户更接近');
    await page.reload();
    await expect(audience.locator('.disc-result__headline')).toContainText('这位客户更接近');
    await expectExerciseFits(audience, 'result');

    await presenter.getByRole('button', { name: '查看我的作答' }).click();
    await expect(count(audience)).toHaveText('第 1 / 12 题');
  });
});
