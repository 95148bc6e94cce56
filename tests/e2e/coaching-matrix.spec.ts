import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, hydrated, tabTo } from './helpers';

test('coaching matrix: add people, move them by keyboard and by dragging, the advice follows, kept after reload', async ({
  page,
}) => {
  await page.goto('/modules/m4/');
  const matrix = page.locator('#exercise-coaching-matrix');
  await hydrated(matrix);
  await matrix.getByRole('textbox', { name: '添加成员' }).fill('阿敏');
  await matrix.getByRole('button', { name: '添加', exact: true }).click();
  const member = matrix.locator('[data-member="阿敏"]');
  await expect(member).toHaveAttribute('data-quadrant', 'teach');
  await expect(member.locator('.member__step')).toContainText('PESOS');

  // Keyboard: two steps right raises skill from 3 to 5 → 有心有力.
  const chip = matrix.getByRole('button', { name: /^阿敏：/ });
  await tabTo(page, chip);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(member).toHaveAttribute('data-quadrant', 'delegate');
  await expect(member.locator('.member__step')).toContainText('阿敏');
  // A held key: the press and its repeat each count, with no pause between them (will 4 → 6).
  await page.keyboard.down('ArrowUp');
  await page.keyboard.down('ArrowUp');
  await page.keyboard.up('ArrowUp');
  await expect(member.getByRole('combobox', { name: '阿敏的 意愿' })).toHaveValue('6');

  // Drag: drop the chip in the bottom-left corner → 无心无力.
  const box = (await matrix.locator('.matrix').boundingBox())!;
  const from = (await chip.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 10, box.y + box.height - 10, { steps: 5 });
  await page.mouse.up();
  await expect(member).toHaveAttribute('data-quadrant', 'direct');
  await expect(member.getByRole('combobox', { name: '阿敏的 意愿' })).toHaveValue('1');

  await member.getByRole('combobox', { name: '阿敏的 意愿' }).selectOption('6');
  await expect(member).toHaveAttribute('data-quadrant', 'teach');
  await matrix.getByRole('button', { name: '载入示例团队' }).click();
  await expect(matrix.locator('[data-member]')).toHaveCount(5);
  await expect(matrix.locator('[data-member="小张"]')).toHaveAttribute('data-quadrant', 'motivate');
  await matrix.getByRole('button', { name: '完成辅导安排' }).click();
  await expectNoAxeViolations(page);

  await page.reload();
  await hydrated(page.locator('#exercise-coaching-matrix'));
  await expect(page.locator('#exercise-coaching-matrix [data-member]')).toHaveCount(5);
  await expect(page.locator('#exercise-coaching-matrix .exercise__status')).toContainText('已完成');
});
