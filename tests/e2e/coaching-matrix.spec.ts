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

test('coaching matrix on a phone: chips at 1 and 6 stay inside their quadrant and off its label, the 意愿 arrow points up, labels are readable', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/modules/m4/');
  const matrix = page.locator('#exercise-coaching-matrix');
  await hydrated(matrix);
  // Ten-character names in every corner and beside the middle lines.
  const places = [
    [1, 1],
    [1, 6],
    [6, 1],
    [6, 6],
    [3, 3],
    [3, 4],
    [4, 3],
    [4, 4],
  ] as const;
  for (const [index, [will, skill]] of places.entries()) {
    const name = `${index + 1}号员工的名字很长很`;
    await matrix.getByRole('textbox', { name: '添加成员' }).fill(name);
    await matrix.getByRole('button', { name: '添加', exact: true }).click();
    const member = matrix.locator(`[data-member="${name}"]`);
    await member.getByRole('combobox', { name: `${name}的 意愿` }).selectOption(String(will));
    await member.getByRole('combobox', { name: `${name}的 能力` }).selectOption(String(skill));
  }
  const cells = await matrix.locator('.matrix__cell').evaluateAll((elements) =>
    elements.map((cell) => {
      const box = cell.getBoundingClientRect();
      const label = cell.querySelector('strong')!.getBoundingClientRect();
      return { left: box.left, right: box.right, top: box.top, bottom: box.bottom, labelBottom: label.bottom };
    }),
  );
  const chips = await matrix.locator('.chip').evaluateAll((elements) =>
    elements.map((chip) => {
      const box = chip.getBoundingClientRect();
      return { name: chip.textContent, left: box.left, right: box.right, top: box.top, bottom: box.bottom };
    }),
  );
  expect(chips).toHaveLength(places.length);
  for (const chip of chips) {
    // Inside one quadrant, below its label.
    const home = cells.find(
      (cell) => chip.left >= cell.left - 0.5 && chip.right <= cell.right + 0.5 && chip.bottom <= cell.bottom + 0.5,
    );
    expect(home, `${chip.name} inside a quadrant`).toBeDefined();
    expect(chip.top, `${chip.name} below its quadrant's label`).toBeGreaterThanOrEqual(home!.labelBottom);
  }

  const axis = matrix.locator('.matrix-axis--y');
  await expect(axis).toHaveText(/^↑/);
  expect(
    await axis.evaluate((element) => {
      const style = getComputedStyle(element);
      return { transform: style.transform, orientation: style.textOrientation };
    }),
  ).toEqual({ transform: 'none', orientation: 'upright' });
  const sizes = await matrix
    .locator('.matrix-wrap :is(.matrix-axis, .matrix__cell strong, .chip)')
    .evaluateAll((elements) => elements.map((element) => Number.parseFloat(getComputedStyle(element).fontSize)));
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  await expectNoAxeViolations(page);
});
