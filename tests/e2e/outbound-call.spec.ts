import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, hydrated } from './helpers';

test('outbound call: the script is reviewed, the practice call gives feedback on each choice, and the result is kept', async ({
  page,
}) => {
  await page.goto('/modules/m7/');
  const call = page.locator('#exercise-outbound-call');
  await hydrated(call);
  await call
    .getByRole('textbox', { name: '1. 开场（前 10 秒）' })
    .fill('张阿姨您好，我是楼下营业厅的小陈，给您留了一个免费提速的名额。');
  await call.getByRole('textbox', { name: '2. 邀约呈现（只讲一个好处）' }).fill('月费不变，网速升到 1000M。');
  await expect(call.locator('.plan-issues')).toContainText('简单来说');
  await call.getByRole('textbox', { name: '2. 邀约呈现（只讲一个好处）' }).fill('简单来说，月费不变，网速升到 1000M。');
  await call.getByText('选择法').click();
  await call.getByRole('textbox', { name: '3. 完美促成' }).fill('您看是周六上午来，还是周日下午来方便？');
  await call
    .getByRole('textbox', { name: '4. 重复确认（时间、地点、好处）' })
    .fill('我再跟您对一下：本周六上午十点，东湖路营业厅。');
  await expect(call.locator('.plan-issues')).toContainText('四步都写好了');

  // A poor opening is explained; then the good lines lead to the end of the call.
  await call.getByRole('button', { name: /打扰您一分钟可以吗/ }).click();
  await expect(call.locator('.call-log__feedback').first()).toContainText('✗');
  await call.getByRole('button', { name: /不是让您办新业务/ }).click();
  await call.getByRole('button', { name: /^「不会。简单来说/ }).click();
  await call.getByRole('button', { name: /您主要是担心费用/ }).click();
  await call.getByRole('button', { name: /周六周日都有/ }).click();
  await call.getByRole('button', { name: /我再跟您对一下/ }).click();
  await expect(call.getByText('通话结束：6 次选择里有 5 次是好的应对。')).toBeVisible();
  await call.getByRole('button', { name: '完成外呼练习' }).click();
  await expect(call.locator('.exercise__status')).toContainText('已完成');
  await expectNoAxeViolations(page);

  await page.reload();
  const again = page.locator('#exercise-outbound-call');
  await hydrated(again);
  await expect(again.getByText('通话结束：6 次选择里有 5 次是好的应对。')).toBeVisible();
  await again.getByRole('button', { name: '重新模拟通话' }).click();
  await expect(again.locator('.call-turn legend')).toContainText('我现在有点忙');
});

test('outbound call: an unchosen close method says 「还没选」, and a call the customer hung up does not finish the exercise unless the learner ends it anyway', async ({
  page,
}) => {
  await page.goto('/modules/m7/');
  const call = page.locator('#exercise-outbound-call');
  await hydrated(call);
  const issues = call.locator('.plan-issues');
  await expect(issues).toContainText('「用哪种促成方法」还没选。');
  await expect(issues).not.toContainText('「用哪种促成方法」还没写');
  await call.getByRole('radio', { name: '惋惜法' }).check();
  await expect(issues).not.toContainText('用哪种促成方法');
  await call
    .getByRole('textbox', { name: '1. 开场（前 10 秒）' })
    .fill('张阿姨您好，我是楼下营业厅的小陈，给您留了一个免费提速的名额。');
  await call.getByRole('textbox', { name: '2. 邀约呈现（只讲一个好处）' }).fill('简单来说，月费不变，网速升到 1000M。');
  await call.getByRole('textbox', { name: '3. 完美促成' }).fill('这个名额本周日到期，过了就要按原价。');
  await call
    .getByRole('textbox', { name: '4. 重复确认（时间、地点、好处）' })
    .fill('我再跟您对一下：本周六上午十点，东湖路营业厅。');
  await expect(issues).toContainText('四步都写好了');
  await page.reload();
  await hydrated(call);
  await expect(call.getByRole('radio', { name: '惋惜法' })).toBeChecked();
  await expect(issues).toContainText('四步都写好了');

  // The customer hangs up: the call has ended, but nothing was agreed.
  await call.getByRole('button', { name: /打扰您一分钟可以吗/ }).click();
  await call.getByRole('button', { name: /那不打扰您了/ }).click();
  await expect(call.getByText('通话结束，但没有约成：2 次选择里有 0 次是好的应对。', { exact: false })).toBeVisible();
  const finish = call.getByRole('button', { name: '完成外呼练习' });
  await expect(finish).toBeDisabled();
  await expectNoAxeViolations(page);

  // A call that ends well enables it again …
  await call.getByRole('button', { name: '重新模拟通话' }).click();
  await expect(call.getByRole('button', { name: '仍然结束练习' })).toHaveCount(0);
  for (const line of [/一句话：您家宽带/, /^「不会。简单来说/, /您主要是担心费用/, /周六周日都有/, /我再跟您对一下/])
    await call.getByRole('button', { name: line }).click();
  await expect(finish).toBeEnabled();

  // … and after another hang-up the learner may still choose to end the exercise.
  await call.getByRole('button', { name: '重新模拟通话' }).click();
  await call.getByRole('button', { name: /一句话：您家宽带/ }).click();
  await call.getByRole('button', { name: /^「不会。简单来说/ }).click();
  await call.getByRole('button', { name: /那您考虑好了再打给我们吧/ }).click();
  await expect(finish).toBeDisabled();
  await call.getByRole('button', { name: '仍然结束练习' }).click();
  await expect(call.locator('.exercise__status')).toContainText('已完成');
  await expect(call.getByRole('button', { name: '已完成外呼练习 ✓' })).toBeDisabled();
});
