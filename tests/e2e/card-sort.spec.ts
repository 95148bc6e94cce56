import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, hydrated, tabTo } from './helpers';
import { deck } from '../exercise-content';
import type { ExerciseId } from '../../src/exercises/registry';


/** Places every card of a deck: right, or (for the first `wrong` cards) in another category. */
async function sortDeck(exercise: Locator, id: ExerciseId, wrong = 0): Promise<void> {
  const { cards, categories } = deck(id);
  for (const [index, card] of cards.entries()) {
    const target = index < wrong ? categories.find((category) => category.id !== card.answer)! : categories.find((category) => category.id === card.answer)!;
    const item = exercise.locator(`[data-card="${card.id}"]`);
    if (categories.length <= 4) await item.getByText(target.label, { exact: true }).click();
    else await item.locator('select').selectOption(target.id);
  }
}

async function open(page: Page, path: string, exerciseId: string): Promise<Locator> {
  await page.goto(path);
  const exercise = page.locator(`#exercise-${exerciseId}`);
  await hydrated(exercise);
  return exercise;
}

test.describe('sorting, formula and case exercises', () => {
  for (const [path, id] of [
    ['/modules/m1/', 'five-shifts'],
    ['/modules/m2/', 'value-line'],
    ['/modules/m5/', 'value-grid'],
  ] as const) {
    test(`${id}: a wrong card is explained, fixing it solves the deck, and it survives a reload`, async ({ page }) => {
      const exercise = await open(page, path, id);
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
    const exercise = await open(page, '/modules/m2/', 'value-line');
    const { cards, categories } = deck('value-line');
    const first = exercise.locator(`[data-card]`).first();
    const cardId = await first.getAttribute('data-card');
    const answer = cards.find((card) => card.id === cardId)!.answer;
    await tabTo(page, first.getByRole('radio').first());
    for (let step = 0; step < categories.findIndex((category) => category.id === answer); step += 1) await page.keyboard.press('ArrowRight');
    await expect(first.getByRole('radio', { name: categories.find((category) => category.id === answer)!.label })).toBeChecked();
    await expect(exercise.locator('.sorter-progress')).toContainText(`已放好 1 / ${cards.length} 张`);
  });

  test('performance formula: baseline 540, four gains of 10% compound to 46%, bad input gets a message and loses nothing', async ({ page }) => {
    const exercise = await open(page, '/modules/m2/', 'performance-formula');
    await expect(exercise.getByTestId('baseline')).toHaveText('540');
    await expect(exercise.getByTestId('improved')).toHaveText('791');
    await expect(exercise.getByTestId('compound')).toHaveText('+46.4%');

    await exercise.getByRole('slider', { name: '客单量 提升' }).fill('0');
    await expect(exercise.getByTestId('compound')).toHaveText('+33.1%');
    await exercise.getByRole('combobox', { name: '转化效率 所需力气' }).selectOption('1');
    await expect(exercise.getByTestId('ranking').locator('li').first()).toContainText('转化效率');

    const customers = exercise.getByRole('spinbutton', { name: '客户数量（人/月）' });
    await customers.fill('0');
    await expect(exercise.getByText('客户数量要填一个大于 0 的数。')).toBeVisible();
    await expect(exercise.getByTestId('baseline')).toHaveText('—');
    // A negative or emptied field keeps everything else the learner set, even across a reload.
    const basket = exercise.getByRole('spinbutton', { name: '客单量（件）' });
    await basket.fill('-2');
    await expect(exercise.getByText('客单量要填一个大于 0 的数。')).toBeVisible();
    await basket.fill('');
    await page.reload();
    await hydrated(exercise);
    await expect(basket).toHaveValue('');
    await expect(customers).toHaveValue('0');
    await expect(exercise.getByRole('slider', { name: '客单量 提升' })).toHaveValue('0');
    await expect(exercise.getByRole('combobox', { name: '转化效率 所需力气' })).toHaveValue('1');
    await basket.fill('1.5');
    await customers.fill('3000');
    await expect(exercise.getByTestId('baseline')).toHaveText('810');
    await expectNoAxeViolations(page);

    await exercise.getByRole('button', { name: '记下我的提升计划' }).click();
    await page.reload();
    const again = page.locator('#exercise-performance-formula');
    await hydrated(again);
    await expect(again.getByTestId('baseline')).toHaveText('810');
    await expect(again.locator('.exercise__status')).toContainText('已完成');
  });
});

test('failed-activity case: a partial diagnosis is explained, the full one completes the exercise', async ({ page }) => {
  const exercise = await open(page, '/modules/m5/', 'failed-activity');
  await expect(exercise.getByRole('button', { name: '核对' })).toBeDisabled();
  const traps = exercise.locator('fieldset[data-question="failed-activity-traps"]');
  await traps.getByText('为了活动而活动，员工心里抵触').click();
  const elements = exercise.locator('fieldset[data-question="failed-activity-elements"]');
  for (const text of ['对象：', '互动：', '价格策略：']) await elements.getByText(text).click();
  await exercise.locator('fieldset[data-question="failed-activity-next"]').getByText('错', { exact: true }).click();
  await exercise.getByRole('button', { name: '核对' }).click();
  await expect(exercise.locator('.sorter-result')).toContainText('诊断得分');
  await expect(traps.locator('.feedback')).toContainText('来的人并不少');
  await expectNoAxeViolations(page);

  await exercise.getByRole('button', { name: '再诊断一次' }).click();
  for (const text of ['为了活动而活动', '礼品送了很多', '现场热闹']) await traps.getByText(text).click();
  for (const text of ['对象：', '互动：', '价格策略：']) await elements.getByText(text).click();
  await exercise.locator('fieldset[data-question="failed-activity-next"]').getByText('错', { exact: true }).click();
  await exercise.getByRole('button', { name: '核对' }).click();
  await expect(exercise.locator('.sorter-result')).toContainText('诊断完全正确');
  await page.reload();
  await hydrated(page.locator('#exercise-failed-activity'));
  await expect(page.locator('#exercise-failed-activity .exercise__status')).toContainText('已完成');
});
