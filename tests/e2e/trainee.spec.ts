import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, finishDiscQuiz, hydrated, openM3 } from './helpers';
import { checkQuestionsOf, doKnowledgeCheck } from './quiz-helpers';

test.describe('a trainee studies M3', () => {
  test('home page shows both days, all modules and where to start', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: '服务价值链：营业厅的管理与营销' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /第一天/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /第二天/ })).toBeVisible();
    for (const code of ['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7'])
      await expect(page.locator('.module-card__code', { hasText: code })).toBeVisible();
    await expect(page.getByText('已完成 0 / 7 个模块（0%）').first()).toBeVisible();
    await expect(page.getByRole('link', { name: /开始学习：\s*M1/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('with every module complete, the home page points to the exam, then the certificate, then the plan', async ({
    page,
  }) => {
    await page.goto('/');
    // Every module marked complete with its exercises done, as 我的进度 would import them.
    const save = (exam: boolean, name: string) =>
      page.evaluate(
        ({ exam, name }) => {
          const { modules } = JSON.parse(document.getElementById('page-data')!.textContent!) as {
            modules: { id: string; exercises: string[] }[];
          };
          const at = new Date().toISOString();
          const record = (done: boolean) => ({ done, updatedAt: at, state: null });
          const exercises = Object.fromEntries(
            modules.flatMap((module) => module.exercises.map((id) => [id, record(true)])),
          );
          if (exam) exercises.exam = record(true);
          const progress = {
            version: 1,
            modules: Object.fromEntries(modules.map((module) => [module.id, { visitedAt: at, completedAt: at }])),
            exercises,
            lastModule: 'm7',
          };
          localStorage.setItem('svc-course:progress', JSON.stringify(progress));
          localStorage.setItem('svc-course:learner', name);
        },
        { exam, name },
      );
    const hero = page.locator('.hero');
    await save(false, '');
    await page.reload();
    await expect(page.getByText('已完成 7 / 7 个模块（100%）').first()).toBeVisible();
    await expect(hero.getByRole('link', { name: /继续学习|开始学习/ })).toBeHidden();
    await expect(hero).toContainText('7 个模块都已学完，恭喜！下一步是结业考试。');
    await expect(hero.getByRole('link', { name: '参加结业考试' })).toHaveAttribute('href', '/exam/');
    await expectNoAxeViolations(page);

    await save(true, '');
    await page.reload();
    await expect(hero.getByRole('link', { name: '领取结业证书' })).toBeVisible();
    await expect(hero.getByRole('link', { name: '参加结业考试' })).toBeHidden();

    await save(true, '张晓燕');
    await page.reload();
    await expect(hero.getByRole('link', { name: '打开我的行动计划' })).toHaveAttribute('href', '/plan/');
    await expect(hero.getByRole('link', { name: '领取结业证书' })).toBeHidden();
  });

  test('M1 gives the learner the self-rating of the six functions that its text asks them to look back at', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/modules/m1/');
    // Trainer notes are hidden: the table is part of the learner's own text.
    await expect(page.locator('.trainer-notes').first()).toBeHidden();
    const rating = page.getByRole('table').filter({ hasText: '我的分数（1–5）' });
    await expect(rating).toBeVisible();
    await expect(rating.locator('tbody tr')).toHaveCount(6);
    for (const name of ['战略解读', '目标分解', '过程追踪', '复盘与提升', '资源整合', '团队管理'])
      await expect(rating.locator('tbody tr', { hasText: name })).toHaveCount(1);
    const lookBack = page.getByText(/回头看看你在「给自己打个分」里圈出的最低一项/);
    await expect(lookBack).toBeVisible();
    expect((await rating.boundingBox())!.y).toBeLessThan((await lookBack.boundingBox())!.y);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test('marks M3 complete once both exercises are done, and the home page shows it', async ({ page }) => {
    await openM3(page);
    const markButton = page.getByRole('button', { name: '标记本模块为已完成' });
    await expect(markButton).toBeDisabled();
    await expect(page.getByText('先完成本模块的练习和知识检测（已完成 0 / 3）。')).toBeVisible();

    await finishDiscQuiz(page, 3);
    await expect(page.getByText('先完成本模块的练习和知识检测（已完成 1 / 3）。')).toBeVisible();
    const designer = page.locator('#exercise-peak-end');
    await hydrated(designer);
    await designer.getByRole('button', { name: '完成设计' }).click();
    await expect(markButton).toBeDisabled();
    await page.getByRole('link', { name: '开始知识检测 →' }).click();
    const check = page.locator('#exercise-check-m3');
    await hydrated(check);
    await doKnowledgeCheck(check, 'm3', checkQuestionsOf('m3').length);
    await page.getByRole('link', { name: '回到模块，标记完成 →' }).click();

    await expect(markButton).toBeEnabled();
    await markButton.click();
    await expect(page.getByRole('button', { name: /已完成 ✓/ })).toBeVisible();
    await expect(page.locator('.course-nav [data-status-for="m3"]')).toHaveAttribute('data-status', 'complete');

    await page.goto('/');
    await expect(page.locator('.module-card [data-status-for="m3"]')).toHaveText('已完成', { useInnerText: true });
    await expect(page.getByText('已完成 1 / 7 个模块（14%）').first()).toBeVisible();
    await expect(page.getByRole('link', { name: /(开始|继续)学习：\s*M1/ })).toBeVisible();
  });

  test('moves between modules with previous/next and the course navigation', async ({ page, isMobile }) => {
    await page.goto('/modules/m3/');
    await page.getByRole('link', { name: /M4 团队管理 →/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: '团队管理' })).toBeVisible();
    // The page script has recorded the visit.
    await expect(page.locator('.course-nav [data-status-for="m4"]')).toHaveAttribute('data-status', 'in-progress');
    await page.getByRole('link', { name: /← M3 客户满意度管理/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: '客户满意度管理' })).toBeVisible();

    const nav = page.getByRole('navigation', { name: '课程目录' });
    const openNav = async () => {
      if (isMobile) {
        await expect(nav).toBeHidden();
        await page.getByRole('link', { name: '☰ 课程目录' }).click();
      }
      await expect(nav).toBeVisible();
    };
    await openNav();
    // Its own day in full, with this module marked and the status of the others (M4 was just visited);
    // the other day is one link, to its section on the home page.
    await expect(nav.getByRole('link', { name: /^M\d/ })).toHaveText([/^M1/, /^M2/, /^M3/, /^M4/]);
    await expect(nav.getByRole('link', { name: /^M3\s*客户满意度管理/ })).toHaveAttribute('aria-current', 'page');
    await expect(nav.locator('[data-status-for="m4"]')).toHaveAttribute('data-status', 'in-progress');
    await expect(nav.locator('[data-status-for="m1"]')).toHaveAttribute('data-status', 'not-started');
    await nav.getByRole('link', { name: /^第二天 · 营销活动的策划与组织/ }).click();
    await expect(page).toHaveURL(/\/#day2-title$/);
    await expect(page.getByRole('heading', { level: 2, name: /^第二天/ })).toBeInViewport();
    await page.getByRole('link', { name: /^M6\s*客户导向的活动经营思维$/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: '客户导向的活动经营思维' })).toBeVisible();

    await openNav();
    await expect(nav.getByRole('link', { name: /^M\d/ })).toHaveText([/^M5/, /^M6/, /^M7/]);
    await expect(nav.getByRole('link', { name: /^第一天 · 营业厅的管理/ })).toHaveAttribute('href', '/#day1-title');
    await expectNoAxeViolations(page);
  });

  test('trainer notes stay hidden until 讲师模式 is switched on, and the setting is remembered', async ({ page }) => {
    await page.goto('/modules/m3/');
    const notes = page.locator('.trainer-notes').first();
    await expect(notes).toBeHidden();
    await page.getByRole('checkbox', { name: '讲师模式' }).check();
    await expect(notes).toBeVisible();
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(page.locator('.trainer-notes').first()).toBeVisible();
    await page.getByRole('checkbox', { name: '讲师模式' }).uncheck();
    await expect(page.locator('.trainer-notes').first()).toBeHidden();
  });
});
