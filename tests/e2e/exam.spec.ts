import { expect, test, type Route } from '@playwright/test';
import { expectNoAxeViolations, hydrated } from './helpers';
import { allQuestions, answerCards } from './quiz-helpers';

test.describe('the final exam', () => {
  test('a trainee fails once, resumes after a reload, passes the second time and prints the certificate', async ({
    page,
  }) => {
    // Sixty questions answered by hand, two axe runs: a long walk, not a slow page.
    test.setTimeout(180_000);
    await page.goto('/exam/');
    const exam = page.locator('#exercise-exam');
    await hydrated(exam);
    await expect(exam).toContainText('随机抽 30 题');
    await expectNoAxeViolations(page);
    await exam.getByRole('button', { name: '开始考试' }).click();

    const cards = exam.locator('ol.questions > li');
    await expect(cards).toHaveCount(30);
    const order = await cards
      .locator(':scope > fieldset')
      .evaluateAll((sets) => sets.map((set) => set.getAttribute('data-question')));
    // Nothing counts as answered before the learner touches it, not even an ordering question in its shown order.
    await expect(exam.locator('.exam-bar')).toContainText('已答 0 / 30 题');
    await answerCards(cards, 3, true);
    const answered = 3;
    await expect(exam.locator('.exam-bar')).toContainText(`已答 ${answered} / 30 题`);

    // A reload resumes the same attempt: same questions, same answers.
    await page.reload();
    await hydrated(exam);
    await expect(exam.locator('.exam-bar')).toContainText(`已答 ${answered} / 30 题`);
    expect(
      await cards
        .locator(':scope > fieldset')
        .evaluateAll((sets) => sets.map((set) => set.getAttribute('data-question'))),
    ).toEqual(order);

    // Submitting with unanswered questions asks first; 继续作答 keeps the attempt open.
    await exam.getByRole('button', { name: '交卷' }).click();
    const confirm = exam.getByRole('alertdialog');
    await expect(confirm).toContainText(`还有 ${30 - answered} 题没有作答`);
    const untouchedOrdering = order.slice(answered).some((id) => allQuestions().get(id!)!.type === 'ordering');
    if (untouchedOrdering) await expect(confirm).toContainText('没有调整过的排序题按显示的顺序计分');
    await expect(confirm).toBeFocused();
    await confirm.getByRole('button', { name: '继续作答' }).click();
    await expect(cards).toHaveCount(30);
    await exam.getByRole('button', { name: '交卷' }).click();
    await exam.getByRole('button', { name: '确定交卷' }).click();

    const result = exam.locator('.exam-result');
    await expect(result.locator('.check-result')).toContainText('未通过');
    // The result replaces the questions: its headline has the focus and is on screen, not far above the view.
    const headline = result.getByRole('heading', { name: /本次成绩/ });
    await expect(headline).toBeFocused();
    await expect(headline).toBeInViewport();
    await expect(result.locator('.exam-modules tbody tr')).toHaveCount(7);
    await result.getByText(/逐题回顾/).click();
    await expect(result.locator('.feedback').first()).toBeVisible();
    await expect(exam.getByRole('link', { name: '查看结业证书' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await exam.getByRole('button', { name: /再考一次/ }).click();
    await expect(exam.locator('.exam-bar')).toContainText('/ 30 题');
    await answerCards(cards, 30, true);
    await expect(exam.locator('.exam-bar')).toContainText('已答 30 / 30 题');
    await exam.getByRole('button', { name: '交卷' }).click();
    await expect(result.locator('.check-result')).toContainText(/本次成绩：\d+% · 通过 ✓/);
    await expect(exam.locator('.exam-history tbody tr')).toHaveCount(2);

    // The first attempt can be reviewed again from the history.
    await exam.getByRole('button', { name: '查看第 1 次' }).click();
    await expect(result.locator('.check-result')).toContainText('历史成绩');
    await expect(result.locator('.check-result')).toContainText('未通过');

    await exam.getByRole('link', { name: '查看结业证书' }).click();
    await expect(page).toHaveURL(/\/exam\/certificate\/$/);
    const certificate = page.locator('.certificate');
    await expect(certificate.locator('dd').first()).toHaveText(/^\d+%$/);
    await expect(page.getByRole('button', { name: '打印 / 保存为 PDF' })).toBeDisabled();
    await page.getByLabel('证书上的姓名').fill('  张 晓燕 ');
    await expect(certificate.locator('.certificate__name')).toHaveText('张 晓燕');
    await expect(certificate).toContainText('服务价值链');
    await expect(certificate.locator('dd').nth(2)).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{3}$/);
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(page.locator('.certificate__name')).toHaveText('张 晓燕');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.certificate-controls')).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.certificate')).toBeVisible();
  });

  test('without a passed exam the certificate page says how to get one', async ({ page }) => {
    await page.goto('/exam/certificate/');
    await expect(page.getByRole('status')).toContainText('还没有通过的结业考试记录');
    await page.getByRole('link', { name: '去参加结业考试' }).click();
    await expect(page).toHaveURL(/\/exam\/$/);
  });

  test('a name with markup is shown as text on the certificate', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/exam/');
    const exam = page.locator('#exercise-exam');
    await hydrated(exam);
    await exam.getByRole('button', { name: '开始考试' }).click();
    await answerCards(exam.locator('ol.questions > li'), 30, true);
    await expect(exam.locator('.exam-bar')).toContainText('已答 30 / 30 题');
    await exam.getByRole('button', { name: '交卷' }).click();
    // The passed attempt must be saved before we leave the page.
    await expect(exam.getByRole('link', { name: '查看结业证书' })).toBeVisible();
    await page.goto('/exam/certificate/');
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.getByLabel('证书上的姓名').fill('<img src=x onerror=alert(1)>');
    await expect(page.locator('.certificate__name')).toHaveText('<img src=x onerror=alert(1)>');
    await expect(page.locator('.certificate img')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });
});

test.describe('the final exam while its questions do not load', () => {
  // The questions come from the pool file; Playwright's routing sees the page's own requests only
  // without the offline worker, which would otherwise answer from its cache.
  test.use({ serviceWorkers: 'block' });

  test('a saved attempt waits for 重试, untouched, and resumes once the questions load', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/exam/');
    const exam = page.locator('#exercise-exam');
    await hydrated(exam);
    await exam.getByRole('button', { name: '开始考试' }).click();
    const cards = exam.locator('ol.questions > li');
    await answerCards(cards, 3, true);
    await expect(exam.locator('.exam-bar')).toContainText('已答 3 / 30 题');
    const saved = () => page.evaluate(() => localStorage.getItem('svc-course:progress'));
    const before = await saved();

    // The pool is slow, then the network fails.
    let release: (how: (route: Route) => Promise<void>) => void = () => undefined;
    const answered = new Promise<(route: Route) => Promise<void>>((resolve) => (release = resolve));
    await page.route('**/exam/pool-*.json', async (route) => (await answered)(route));
    await page.reload();
    await hydrated(exam);
    await expect(exam.getByRole('status').filter({ hasText: '正在载入题库…' })).toBeVisible();
    await expect(exam.getByRole('button', { name: /开始考试|交卷/ })).toHaveCount(0);
    release((route) => route.abort('internetdisconnected'));
    const problem = exam.getByRole('alert');
    await expect(problem).toContainText('题库没能载入，暂时不能开始或继续考试');
    await expect(problem).toContainText('已作答的内容仍保存在本浏览器，不会丢失');
    await expect(exam.locator('.exercise__status')).toContainText('进行中');
    await expectNoAxeViolations(page);

    // Something that is not the pool (a login page of the Wi-Fi, say) is refused the same way.
    await page.unroute('**/exam/pool-*.json');
    let portalAnswers = 0;
    await page.route('**/exam/pool-*.json', (route) => {
      portalAnswers += 1;
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<html><body>请先登录</body></html>' });
    });
    await problem.getByRole('button', { name: '重试' }).click();
    await expect.poll(() => portalAnswers).toBe(1);
    await expect(problem.getByRole('button', { name: '重试' })).toBeVisible();
    expect(await saved()).toBe(before);

    // The network is back. The questions take the place of the message; the rest of the exam stays
    // put (the keyboard focus too).
    await page.unroute('**/exam/pool-*.json');
    let arrive: () => void = () => undefined;
    const back = new Promise<void>((resolve) => (arrive = resolve));
    await page.route('**/exam/pool-*.json', async (route) => {
      await back;
      await route.continue();
    });
    await problem.getByRole('button', { name: '重试' }).click();
    const resetButton = exam.getByRole('button', { name: '清空考试记录' });
    await resetButton.focus();
    arrive();
    await expect(exam.locator('.exam-bar')).toContainText('已答 3 / 30 题');
    await expect(cards).toHaveCount(30);
    await expect(resetButton).toBeFocused();
    expect(await saved()).toBe(before);
  });
});
