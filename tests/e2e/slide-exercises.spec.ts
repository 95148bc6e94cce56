import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { expectExerciseFits, presentExercise } from './slides';

// The four live exercises that outgrew their slide: each now has a slide layout
// (src/styles/slide-exercises.css). A trainer drives them on the projector; whatever grows must
// still fit the slot, because the room cannot scroll it.

test('业绩公式 on its slide: levers, results and bad input all fit', async ({ page }) => {
  const exercise = await presentExercise(page, 'm2', 'performance-formula');
  await expect(exercise.getByTestId('compound')).toHaveText('+46.4%');
  await expect(exercise.getByText(/四个因素是相乘的关系/)).toBeHidden();
  await expectExerciseFits(exercise, 'example hall');

  // Keyboard on a lever: customers +10% → +15% compounds to 1.15 × 1.1³ − 1.
  await exercise.getByRole('slider', { name: '客户数量 提升' }).focus();
  for (let step = 0; step < 5; step += 1) await page.keyboard.press('ArrowRight');
  await expect(exercise.getByTestId('compound')).toHaveText('+53.1%');
  await exercise.getByRole('combobox', { name: '转化效率 所需力气' }).selectOption('1');
  await expect(exercise.getByTestId('ranking').locator('li').first()).toContainText('转化效率');
  await expectExerciseFits(exercise, 'levers moved');

  await exercise.getByRole('spinbutton', { name: '客户数量（人/月）' }).fill('-1');
  await expect(exercise.getByText('客户数量不能为负数。')).toBeVisible();
  await expect(exercise.getByTestId('baseline')).toHaveText('—');
  await expectExerciseFits(exercise, 'one bad number');
  await exercise.getByRole('spinbutton', { name: '转化效率（%）' }).fill('120');
  await exercise.getByRole('spinbutton', { name: '客单量（件）' }).fill('');
  await exercise.getByRole('spinbutton', { name: '个体复购率（%）' }).fill('-1');
  await expect(exercise.locator('.field__error')).toHaveCount(4);
  await expectExerciseFits(exercise, 'four bad numbers');

  for (const [name, value] of [
    ['客户数量（人/月）', '3000'],
    ['转化效率（%）', '15'],
    ['客单量（件）', '1.5'],
    ['个体复购率（%）', '15'],
  ] as const) {
    await exercise.getByRole('spinbutton', { name }).fill(value);
  }
  await expect(exercise.getByTestId('baseline')).toHaveText('810');
  await exercise.getByRole('button', { name: '记下我的提升计划' }).click();
  await expect(exercise.locator('.exercise__status')).toContainText('已完成');
  await expectExerciseFits(exercise, 'plan saved');
  await expectNoAxeViolations(page);
});

test('峰终体验设计器 on its slide: sliders move the remembered score; IKEA and 完成设计 still fit', async ({
  page,
}) => {
  const exercise = await presentExercise(page, 'm3', 'peak-end');
  const remembered = exercise.getByTestId('remembered');
  await expect(remembered).toHaveText('−1.5');
  // The room needs the feelings, not the minutes, the reordering or the add form.
  await expect(exercise.getByRole('spinbutton')).toHaveCount(0);
  await expect(exercise.getByRole('button', { name: /上移|下移|删除/ })).toHaveCount(0);
  await expect(exercise.getByRole('textbox', { name: '新增触点' })).toHaveCount(0);
  await expectExerciseFits(exercise, 'typical hall');

  // A warm goodbye: the last touchpoint from 0 to +4 becomes both peak and end.
  await exercise.getByRole('slider', { name: '「离店送别」的感受分' }).focus();
  for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowRight');
  await expect(remembered).toHaveText('+4.0');
  await expectExerciseFits(exercise, 'better ending');

  // The worst wait there is: a touchpoint at −5 puts the peak's label by the names under the chart.
  const wait = exercise.getByRole('slider', { name: '「等候」的感受分' });
  await wait.focus();
  await page.keyboard.press('Home');
  await expect(wait).toHaveValue('-5');
  await expectExerciseFits(exercise, 'a touchpoint at −5');
  await wait.press('End');
  await expectExerciseFits(exercise, 'a touchpoint at +5');

  await exercise.getByText('叠加「宜家」案例的曲线作对比').click();
  await expect(exercise.getByText('实线：你的设计 · 虚线：宜家（只比较曲线的形状）')).toBeVisible();
  await expect(exercise.getByText('宜家：记住 / 平均')).toBeVisible();
  await expectExerciseFits(exercise, 'IKEA comparison');

  await exercise.getByRole('button', { name: '完成设计' }).click();
  await expect(exercise.getByRole('button', { name: '已完成设计 ✓' })).toBeDisabled();
  await expect(exercise.locator('.exercise__status')).toContainText('已完成');
  await expectExerciseFits(exercise, 'design done');
  await expectNoAxeViolations(page);
});

test('辅导矩阵 on its slide: the example team, a full team, keyboard and drag all fit', async ({ page }) => {
  const exercise = await presentExercise(page, 'm4', 'coaching-matrix');
  await expectExerciseFits(exercise, 'empty team');

  await exercise.getByRole('button', { name: '载入示例团队' }).click();
  await expect(exercise.locator('[data-member]')).toHaveCount(5);
  await expect(exercise.locator('[data-member="小张"]')).toHaveAttribute('data-quadrant', 'motivate');
  await expectExerciseFits(exercise, 'example team');

  // Arrow keys on a chip: 小王 (意愿 6) three steps down → 意愿 3 → 有力无心.
  const wang = exercise.getByRole('button', { name: /^小王：/ });
  await wang.focus();
  for (const will of [5, 4, 3]) {
    await page.keyboard.press('ArrowDown');
    // One step at a time, as a trainer presses: each move starts from the last one shown.
    await expect(wang).toHaveAccessibleName(new RegExp(`意愿 ${will}，`));
  }
  await expect(exercise.locator('[data-member="小王"]')).toHaveAttribute('data-quadrant', 'motivate');
  await expect(exercise.locator('[data-member="小王"]').getByRole('combobox', { name: '小王的 意愿' })).toHaveValue(
    '3',
  );

  const name = exercise.getByRole('textbox', { name: '添加成员' });
  for (const [index, person] of [
    '阿敏',
    '小孙',
    '小周',
    '王建国经理',
    '李',
    '赵小六六六六六六六',
    '钱多多',
  ].entries()) {
    await name.fill(person);
    await name.press('Enter');
    await expect(exercise.locator('[data-member]')).toHaveCount(6 + index);
  }
  await expect(exercise.getByRole('button', { name: '添加', exact: true })).toBeDisabled();
  await expectExerciseFits(exercise, 'twelve people');
  // Each new member went to a cell of their own, not onto another chip.
  const places = await exercise
    .locator('.chip')
    .evaluateAll((chips) => chips.map((chip) => /意愿 \d，能力 \d/.exec(chip.getAttribute('aria-label')!)?.[0]));
  expect(new Set(places).size).toBe(12);

  // Drag a chip into the bottom-left corner → 无心无力.
  const box = (await exercise.locator('.matrix').boundingBox())!;
  const chip = (await exercise.getByRole('button', { name: /^钱多多：/ }).boundingBox())!;
  await page.mouse.move(chip.x + chip.width / 2, chip.y + chip.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 10, box.y + box.height - 10, { steps: 5 });
  await page.mouse.up();
  await expect(exercise.locator('[data-member="钱多多"]')).toHaveAttribute('data-quadrant', 'direct');

  await exercise.getByRole('button', { name: '完成辅导安排' }).click();
  await expect(exercise.locator('.exercise__status')).toContainText('已完成');
  await expectExerciseFits(exercise, 'coaching done');
  await expectNoAxeViolations(page);
});

test('电话外呼 on its slide: only the practice call, every turn and the end fit', async ({ page }) => {
  const exercise = await presentExercise(page, 'm7', 'outbound-call');
  // Writing one's own script is personal: it stays on the learner's page.
  await expect(exercise.getByRole('heading', { name: '第一步：写出你的外呼话术' })).toBeHidden();
  await expect(exercise.getByRole('textbox')).toHaveCount(0);
  await expect(exercise.getByRole('button', { name: '完成外呼练习' })).toBeHidden();
  await expectExerciseFits(exercise, 'call starts');

  const latest = exercise.locator('.call-log li:visible');
  // A call with every kind of answer: good ones, bad ones and the longest lines.
  const call: [customer: string, answer: RegExp, feedback: RegExp][] = [
    ['我现在有点忙', /^「打扰您一分钟可以吗/, /✗ 客户最顺口的回答/],
    ['到底什么事', /^「不是让您办新业务/, /✓ 补救得好/],
    ['是不是又要多交钱', /^「我们这次有七八项优惠/, /✗ 「倒口袋」/],
    ['我再考虑考虑吧', /^「名额就剩最后两个了/, /✗ 编造的紧迫感/],
    ['平时要接孙子', /^「周六周日都有/, /✓ 选择法/],
    ['那就周六上午吧', /^「好，我再跟您对一下/, /✓ 重复确认/],
  ];
  for (const [turn, [customer, answer, feedback]] of call.entries()) {
    await expect(exercise.locator('.call-turn legend')).toContainText(customer);
    const option = exercise.getByRole('button', { name: answer });
    // The trainer clicks, or uses the keyboard for every other answer.
    if (turn % 2 === 0) await option.click();
    else {
      await option.focus();
      await page.keyboard.press('Enter');
    }
    await expect(latest).toHaveCount(1);
    await expect(latest).toContainText(customer);
    await expect(latest.locator('.call-log__feedback')).toHaveText(feedback);
    await expectExerciseFits(exercise, `after answer ${turn + 1}`);
  }
  await expect(exercise.getByRole('status').filter({ hasText: '通话结束' })).toHaveText(
    '通话结束：6 次选择里有 3 次是好的应对。',
  );
  await expectExerciseFits(exercise, 'call ended');
  await expectNoAxeViolations(page);

  await exercise.getByRole('button', { name: '重新模拟通话' }).click();
  await expect(exercise.locator('.call-turn legend')).toContainText('我现在有点忙');
  await expect(latest).toHaveCount(0);
});
