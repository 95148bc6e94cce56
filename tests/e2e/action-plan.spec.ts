import { expect, test, type Page } from '@playwright/test';
import { PROGRESS_KEY, expectNoAxeViolations, finishDiscQuiz, hydrated } from './helpers';

/** The eleven sections in course order, with the module whose exercise fills each. */
const SECTIONS: ReadonlyArray<[string, string]> = [
  ['performance-formula', 'm2'],
  ['disc-quiz', 'm3'],
  ['peak-end', 'm3'],
  ['target-plan', 'm4'],
  ['coaching-matrix', 'm4'],
  ['pesos', 'm4'],
  ['selling-points', 'm5'],
  ['activity-canvas', 'm6'],
  ['outbound-call', 'm7'],
  ['division-table', 'm7'],
  ['follow-up-72h', 'm7'],
];
const HOSTILE = '<img src=x onerror=alert(1)>';
const section = (page: Page, id: string) => page.locator(`[data-section="${id}"]`);

async function writeActivityPlan(page: Page, name: string): Promise<void> {
  await page.goto('/modules/m6/');
  const canvas = page.locator('#exercise-activity-canvas');
  await hydrated(canvas);
  await canvas.getByRole('textbox', { name: '活动名称' }).fill(name);
  await canvas.getByText('社区与销售联动').click();
  const answers = [
    '两天办理千兆宽带 40 户，其中融合套餐 25 户',
    '锦园小区刚装修完、还没选宽带的业主家庭',
    '小区业主群、物业服务中心和周末的建材市场',
    '请物业在业主群发通知，电梯口贴海报',
    '到场免费测网速，前 20 户送智能门铃一只',
    '现场演示全屋 Wi-Fi，当场约安装时间',
  ];
  for (const [index, answer] of answers.entries())
    await canvas.getByRole('textbox', { name: new RegExp(`^${index + 1}\\. `) }).fill(answer);
  await canvas.getByRole('button', { name: '完成方案' }).click();
  await expect(canvas.locator('.exercise__status')).toContainText('已完成');
}

test.describe('我的行动计划', () => {
  test('with nothing done, every section names the exercise that fills it and links to it', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/');
    await page.getByRole('navigation', { name: '站点' }).getByRole('link', { name: '行动计划' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '我的行动计划' })).toBeVisible();
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('[data-section]')).toHaveCount(SECTIONS.length);
    await expect(page.getByRole('status').filter({ hasText: '/ 11 个部分已有内容' })).toContainText('0 / 11');

    for (const [index, [id, moduleId]] of SECTIONS.entries()) {
      const part = page.locator('[data-section]').nth(index);
      await expect(part).toHaveAttribute('data-section', id);
      await expect(part.locator('.plan-section__empty')).toBeVisible();
      await expect(part.locator('.plan-section__module')).toHaveText(new RegExp(`^${moduleId.toUpperCase()} `));
      const link = part.locator('.plan-section__empty a');
      await expect(link).toHaveAttribute('href', `/modules/${moduleId}/#exercise-${id}`);
      // The anchor exists on the module page as served (islands render on the server too).
      const html = await (await page.request.get(`/modules/${moduleId}/`)).text();
      expect(html, id).toContain(`id="exercise-${id}"`);
    }
    await expectNoAxeViolations(page);

    await section(page, 'activity-canvas')
      .getByRole('link', { name: /完成练习「六维活动方案」/ })
      .click();
    await expect(page).toHaveURL(/\/modules\/m6\/#exercise-activity-canvas$/);
    await expect(page.locator('#exercise-activity-canvas')).toBeInViewport();
    expect(errors).toEqual([]);
  });

  test('a trainee’s DISC result, activity plan and division table appear in course order and survive a reload', async ({
    page,
  }) => {
    test.slow(); // three module pages and three exercises, done the way a trainee does them
    await page.goto('/modules/m3/');
    await finishDiscQuiz(page, 1);
    const type = await page.locator('#exercise-disc-quiz .disc-result__headline strong').innerText();
    const firstTip = await page.locator('#exercise-disc-quiz .disc-result ul li').first().innerText();

    await writeActivityPlan(page, '锦园小区新家网络日');

    await page.goto('/modules/m7/');
    const table = page.locator('#exercise-division-table');
    await hydrated(table);
    await table.getByRole('button', { name: '载入示例' }).click();
    await table.locator('[data-row="1"]').getByRole('textbox', { name: '负责人' }).fill('王店长');
    await table.getByRole('button', { name: '完成分工' }).click();

    await page.getByRole('link', { name: '行动计划' }).click();
    await expect(page.getByRole('status').filter({ hasText: '个部分已有内容' })).toContainText('3 / 11');
    const disc = section(page, 'disc-quiz');
    await expect(disc).toHaveAttribute('data-filled', 'true');
    await expect(disc.locator('dl')).toContainText('识别一位客户');
    await expect(disc.locator('dd').nth(1)).toContainText(type);
    await expect(disc.getByRole('heading', { name: '在营业厅这样接待' })).toBeVisible();
    await expect(disc.locator('li').first()).toHaveText(firstTip);

    const activity = section(page, 'activity-canvas');
    await expect(activity.locator('.plan-section__module')).toHaveText('M6 客户导向的活动经营思维');
    await expect(activity.locator('dl > div').filter({ hasText: '活动名称' }).locator('dd')).toHaveText(
      '锦园小区新家网络日',
    );
    await expect(activity.locator('dl > div').filter({ hasText: '活动类型' }).locator('dd')).toHaveText(
      '社区与销售联动',
    );
    await expect(activity.locator('dl > div').filter({ hasText: '目的是什么？' }).locator('dd')).toHaveText(
      '两天办理千兆宽带 40 户，其中融合套餐 25 户',
    );
    await expect(activity.getByText('已完成')).toBeVisible();

    const division = section(page, 'division-table');
    const region = division.getByRole('region', { name: '营销活动分工计划表' });
    await expect(region.getByRole('columnheader')).toHaveText([
      '任务',
      '负责人',
      '完成时限',
      '所需资源',
      '活动当天职能',
    ]);
    await expect(region.locator('tbody tr')).toHaveCount(5);
    await expect(region.locator('tbody tr').first().locator('td')).toHaveText([
      '确定活动方案、优惠政策和礼品预算',
      '王店长',
      'D-10',
      '分公司政策、活动预算',
      '配合支撑',
    ]);

    // Course order: M3 before M6 before M7, whatever order the exercises were done in.
    const order = await page
      .locator('[data-filled="true"]')
      .evaluateAll((parts) => parts.map((part) => (part as HTMLElement).dataset.section));
    expect(order).toEqual(['disc-quiz', 'activity-canvas', 'division-table']);
    await expect(section(page, 'peak-end').locator('.plan-section__empty')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(section(page, 'division-table').locator('tbody tr')).toHaveCount(5);
    await expect(section(page, 'activity-canvas').locator('dd').first()).toHaveText('锦园小区新家网络日');
  });

  test('name, hall and date are kept, and the printout shows them as text without the site’s chrome', async ({
    page,
  }) => {
    await writeActivityPlan(page, '锦园小区新家网络日');
    await page.goto('/plan/');
    await page.getByRole('textbox', { name: '姓名' }).fill('王芳');
    await page.getByRole('textbox', { name: '营业厅' }).fill('东湖路营业厅');
    await page.getByLabel('日期').fill('2025-06-18');
    await page.reload();
    await expect(page.getByRole('textbox', { name: '姓名' })).toHaveValue('王芳');
    await expect(page.getByRole('textbox', { name: '营业厅' })).toHaveValue('东湖路营业厅');
    await expect(page.getByLabel('日期')).toHaveValue('2025-06-18');
    await expect(page.getByRole('checkbox', { name: '打印时隐藏空白部分' })).toBeChecked();

    let printed = 0;
    await page.exposeFunction('countPrint', () => (printed += 1));
    await page.evaluate(() => (window.print = () => (window as unknown as { countPrint: () => void }).countPrint()));
    await page.getByRole('button', { name: '打印 / 保存为 PDF' }).click();
    await expect.poll(() => printed).toBe(1);

    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      '.site-header',
      '.site-footer',
      '.plan-intro',
      '[data-print]',
      '#plan-name',
      '.plan-section__edit',
    ])
      await expect(page.locator(hidden).first(), hidden).toBeHidden();
    await expect(page.locator('[data-header-print="name"]')).toHaveText('王芳');
    await expect(page.locator('[data-header-print="name"]')).toBeVisible();
    await expect(page.locator('[data-header-print="hall"]')).toHaveText('东湖路营业厅');
    await expect(page.locator('[data-header-print="date"]')).toHaveText('2025-06-18');
    await expect(section(page, 'activity-canvas')).toBeVisible();
    await expect(section(page, 'activity-canvas')).toContainText('锦园小区新家网络日');
    await expect(section(page, 'peak-end')).toBeHidden();

    // With the box unticked, the empty parts print as one short line each.
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('checkbox', { name: '打印时隐藏空白部分' }).uncheck();
    await page.emulateMedia({ media: 'print' });
    await expect(section(page, 'peak-end')).toBeVisible();
    await expect(section(page, 'peak-end').locator('.plan-section__empty')).toContainText('还没有内容');
    await page.emulateMedia({ media: 'screen' });
    await page.reload();
    await expect(page.getByRole('checkbox', { name: '打印时隐藏空白部分' })).not.toBeChecked();
  });

  test('printed on A4, table cells break between phrases only, the 72-hour tables line up, and a long table may break across pages', async ({
    page,
  }) => {
    const samples: [string, string, string][] = [
      ['/modules/m4/', 'coaching-matrix', '载入示例团队'],
      ['/modules/m7/', 'follow-up-72h', '载入示例'],
      ['/modules/m7/', 'division-table', '载入示例'],
    ];
    for (const [path, id, button] of samples) {
      await page.goto(path);
      const exercise = page.locator(`#exercise-${id}`);
      await hydrated(exercise);
      await exercise.getByRole('button', { name: button, exact: true }).click();
    }
    await page.goto('/plan/');
    await expect(section(page, 'follow-up-72h').locator('table')).toHaveCount(3);
    // A4 less the page's margins (14 mm each side) is 182 mm: 688 CSS pixels.
    await page.setViewportSize({ width: 688, height: 1000 });
    await page.emulateMedia({ media: 'print' });

    const badBreaks = await page.locator('.plan-block td').evaluateAll((cells) => {
      // A line may end after punctuation or a space, or before an opening bracket or a space.
      const after = /[\s，。、；：！？）」』”’,.;:!?)\]–—-]/;
      const before = /[\s（「『“‘([]/;
      const found: string[] = [];
      for (const cell of cells) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent!;
          const range = document.createRange();
          const top = (index: number) => {
            range.setStart(node, index);
            range.setEnd(node, index + 1);
            return range.getBoundingClientRect().top;
          };
          for (let index = 1; index < text.length; index += 1) {
            const [previous, current] = [text[index - 1]!, text[index]!];
            if (top(index) > top(index - 1) + 2 && !after.test(previous) && !before.test(current))
              found.push(`${text.slice(0, index)} / ${text.slice(index)}`);
          }
        }
      }
      return found;
    });
    expect(badBreaks).toEqual([]);

    const widths = await section(page, 'follow-up-72h')
      .locator('table')
      .evaluateAll((tables) =>
        tables.map((table) =>
          [...table.querySelectorAll('th')].map((th) => Math.round(th.getBoundingClientRect().width)),
        ),
      );
    expect(widths[1]).toEqual(widths[0]);
    expect(widths[2]).toEqual(widths[0]);
    // A table may break between its rows; only rows, fields and short sections are kept whole.
    const scrollers = await page
      .locator('.plan-block .table-scroll')
      .evaluateAll((elements) => elements.map((element) => getComputedStyle(element).breakInside));
    expect(new Set(scrollers)).toEqual(new Set(['auto']));
    expect((await page.pdf({ format: 'A4' })).length).toBeGreaterThan(0);
  });

  test('learner text like HTML shows literally and runs nothing', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await writeActivityPlan(page, HOSTILE);
    await page.goto('/plan/');
    await page.getByRole('textbox', { name: '姓名' }).fill(HOSTILE);
    const activity = section(page, 'activity-canvas');
    await expect(activity.locator('dd').first()).toHaveText(HOSTILE);
    await expect(page.locator('[data-header-print="name"]')).toHaveText(HOSTILE);
    await expect(page.locator('main img')).toHaveCount(0);
    await page.reload();
    await expect(section(page, 'activity-canvas').locator('dd').first()).toHaveText(HOSTILE);
    expect(dialogs).toEqual([]);
  });

  test('an exercise done in another tab appears without a reload; unreadable saved data leaves sections empty', async ({
    page,
    context,
  }) => {
    await page.goto('/plan/');
    await expect(section(page, 'activity-canvas')).toHaveAttribute('data-filled', 'false');
    const other = await context.newPage();
    await writeActivityPlan(other, '社区健康日');
    await expect(section(page, 'activity-canvas')).toHaveAttribute('data-filled', 'true');
    await expect(section(page, 'activity-canvas').locator('dd').first()).toHaveText('社区健康日');

    // A hand-edited record the exercise's own decoder rejects: the section is empty again, the page keeps working.
    await page.evaluate((key) => {
      const progress = JSON.parse(localStorage.getItem(key)!);
      progress.exercises['activity-canvas'].state = { name: 42 };
      localStorage.setItem(key, JSON.stringify(progress));
    }, PROGRESS_KEY);
    await page.reload();
    await expect(section(page, 'activity-canvas')).toHaveAttribute('data-filled', 'false');
    await expect(section(page, 'activity-canvas').locator('.plan-section__empty')).toBeVisible();
  });

  test('fits a 360 px screen, header links included', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/plan/');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole('navigation', { name: '站点' }).getByRole('link')).toHaveText([
      '课程首页',
      '我的进度',
      '行动计划',
      '课程日程',
    ]);
    await page.goto('/progress/');
    await page.getByRole('link', { name: /我的行动计划/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: '我的行动计划' })).toBeVisible();
  });
});
