import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, hydrated, openExercise } from './helpers';

test('performance formula: baseline 540, 复购量 is 1 with no repeat purchase, four gains of 10% compound to 46%, bad input gets a message and loses nothing', async ({
  page,
}) => {
  const exercise = await openExercise(page, '/modules/m2/', 'performance-formula');
  await expect(exercise.getByTestId('baseline')).toHaveText('540');
  await expect(exercise.getByTestId('improved')).toHaveText('791');
  await expect(exercise.getByTestId('compound')).toHaveText('+46.4%');
  // 复购量 = 1 + 个体复购率 + 延展购买量: with no repeat purchase the first purchases stay.
  await expect(exercise.getByText(/1 是首次购买本身/)).toBeVisible();
  const repeatRate = exercise.getByRole('spinbutton', { name: '个体复购率（%）' });
  const extension = exercise.getByRole('spinbutton', { name: '延展购买量（笔/位）' });
  await repeatRate.fill('0');
  await extension.fill('0');
  await expect(exercise.getByTestId('baseline')).toHaveText('450');
  await repeatRate.fill('-5');
  await expect(exercise.getByText('个体复购率不能为负数，没有复购就填 0。')).toBeVisible();
  await repeatRate.fill('15');
  await extension.fill('0.05');
  await expect(exercise.getByTestId('baseline')).toHaveText('540');

  await exercise.getByRole('slider', { name: '客单量 提升' }).fill('0');
  await expect(exercise.getByTestId('compound')).toHaveText('+33.1%');
  await exercise.getByRole('combobox', { name: '转化效率 所需力气' }).selectOption('1');
  await expect(exercise.getByTestId('ranking').locator('li').first()).toContainText('转化效率');

  const customers = exercise.getByRole('spinbutton', { name: '客户数量（人/月）' });
  await customers.fill('-1');
  await expect(exercise.getByText('客户数量不能为负数。')).toBeVisible();
  await expect(exercise.getByTestId('baseline')).toHaveText('—');
  await customers.fill('0');
  // A negative or emptied field keeps everything else the learner set, even across a reload.
  const basket = exercise.getByRole('spinbutton', { name: '客单量（件）' });
  await basket.fill('-2');
  await expect(exercise.getByText('客单量不能为负数。')).toBeVisible();
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

/** The numbers the browser gives the items of `list` (its accessibility tree's list markers), e.g. 「1. 2. 3. 4.」. */
async function listMarkers(page: Page, list: Locator): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  await list.evaluate((element) => ((element as HTMLElement).dataset.markersProbe = 'yes'));
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-markers-probe]' });
  const { node } = await cdp.send('DOM.describeNode', { nodeId });
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((item) => [item.nodeId, item]));
  const markers: string[] = [];
  const walk = (item: (typeof nodes)[number] | undefined) => {
    if (!item) return;
    if (item.role?.value === 'ListMarker') markers.push(String(item.name?.value ?? '').trim());
    for (const child of item.childIds ?? []) walk(byId.get(child));
  };
  walk(nodes.find((item) => item.backendDOMNodeId === node.backendNodeId));
  await list.evaluate((element) => delete (element as HTMLElement).dataset.markersProbe);
  await cdp.detach();
  return markers.join(' ');
}

test('performance formula on a phone: an empty field shows no NaN, a zero factor gives zero and says why, the hint follows the lifts set, the ranking stays numbered 1–4, 44 px sliders', async ({
  page,
}) => {
  const exercise = await openExercise(page, '/modules/m2/', 'performance-formula');
  const formula = exercise.locator('.formula');
  const basket = exercise.getByRole('spinbutton', { name: '客单量（件）', exact: true });
  await exercise.getByRole('spinbutton', { name: '客户数量（人/月）', exact: true }).fill('999999999');
  await basket.fill('');
  await expect(exercise.getByText('客单量还没填。')).toBeVisible();
  await expect(formula).toContainText('业绩 = 999,999,999 × 15.0% × — × — = —');
  await expect(formula).not.toContainText('NaN');

  // The message describes the field; it is not part of its name.
  await basket.fill('-1');
  await expect(basket).toHaveAccessibleName('客单量（件）');
  await expect(basket).toHaveAccessibleDescription('客单量不能为负数。');
  await expect(basket).toHaveAttribute('aria-errormessage', /\S/);

  // 任何一项为零，业绩就是零: zero is allowed and explained.
  await basket.fill('0');
  await expect(exercise.getByTestId('baseline')).toHaveText('0');
  await expect(exercise.getByTestId('improved')).toHaveText('0');
  await expect(exercise.getByText(/客单量为 0：任何一项为零，业绩就是零/)).toBeVisible();
  await expect(basket).toHaveAttribute('aria-invalid', 'false');
  await basket.fill('1.5');
  await expect(exercise.getByText(/任何一项为零/)).toHaveCount(0);

  // The hint speaks of the lifts the learner set.
  const hint = exercise.getByTestId('compound-hint');
  await expect(hint).toContainText('1.1 × 1.1 × 1.1 × 1.1 ≈ 1.46');
  await exercise.getByRole('slider', { name: '客户数量 提升' }).fill('20');
  await exercise.getByRole('slider', { name: '客单量 提升' }).fill('0');
  await expect(hint).toContainText('1.2 × 1.1 × 1 × 1.1 ≈ 1.45');
  await expect(hint).toContainText('+45.2%');
  await expect(hint).toContainText('相加的 40%');
  await expect(hint).not.toContainText('10%');

  // Reordering the ranking keeps its numbers in order.
  const ranking = exercise.getByTestId('ranking');
  for (const [lever, effort] of [
    ['客户数量', '5'],
    ['转化效率', '1'],
    ['复购量', '2'],
    ['客单量', '4'],
    ['客户数量', '1'],
    ['转化效率', '4'],
  ] as const) {
    await exercise.getByRole('combobox', { name: `${lever} 所需力气` }).selectOption(effort);
    await expect.poll(() => listMarkers(page, ranking)).toBe('1. 2. 3. 4.');
  }
  // Each lift slider is a 44 px tap target.
  for (const slider of await exercise.getByRole('slider').all())
    expect((await slider.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await expectNoAxeViolations(page);
});
