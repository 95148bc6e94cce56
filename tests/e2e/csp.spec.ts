import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages } from './built-pages';
import { hydrated, openM3 } from './helpers';
import { watchCsp } from './page-problems';
import { answer, checkQuestionsOf } from './quiz-helpers';

/** The directives of a built page's CSP meta, by name. */
function policyOf(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
  return new Map(
    content
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!, values]),
  );
}

test.describe('content security policy', () => {
  test('every built page carries it before any script: scripts from the site only, nothing inline without a hash', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(10);
    for (const { path, file } of pages) {
      const html = readFileSync(file, 'utf8');
      expect(html.match(/http-equiv="content-security-policy"/g), path).toHaveLength(1);
      expect(html.indexOf('http-equiv="content-security-policy"'), path).toBeLessThan(html.search(/<script|<style/));
      const policy = policyOf(html);
      const scripts = policy.get('script-src') ?? [];
      expect(scripts[0], path).toBe("'self'");
      expect(
        scripts.filter((value) => !/^'sha256-[A-Za-z0-9+/=]+'$/.test(value)),
        path,
      ).toEqual(path === '/search/' ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"]);
      expect(policy.get('style-src')?.includes("'unsafe-inline'"), path).toBe(false);
      for (const [name, values] of [
        ['default-src', ["'self'"]],
        ['connect-src', ["'self'"]],
        ['worker-src', ["'self'"]],
        ['object-src', ["'none'"]],
        ['base-uri', ["'self'"]],
        ['form-action', ["'self'"]],
      ] as const) {
        expect(policy.get(name), `${path} ${name}`).toEqual(values);
      }
    }
  });

  test('a blocked inline script is reported and logged as a console error, so the page sweep (every-page.spec.ts) catches violations', async ({
    page,
  }) => {
    const { violations, errors } = await watchCsp(page);
    await page.goto('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.injected = "ran";';
      document.body.append(script);
    });
    await expect.poll(() => violations).toEqual([expect.stringMatching(/^script-src(-elem)? inline on \/$/)]);
    await expect.poll(() => errors.some((text) => /Content Security Policy/.test(text))).toBe(true);
    await expect(page.locator('body')).not.toHaveAttribute('data-injected', 'ran');
  });

  test('no violation while studying: a module and its exercises, a knowledge check, 我的进度 export and import, search', async ({
    page,
  }, testInfo) => {
    const { violations, errors } = await watchCsp(page);
    await openM3(page);
    const quiz = page.locator('#exercise-disc-quiz');
    await hydrated(quiz);
    await quiz.getByRole('radio').first().check();
    await quiz.getByRole('button', { name: '下一题' }).click();
    await expect(quiz.getByText('第 2 / 12 题')).toBeVisible();
    const designer = page.locator('#exercise-peak-end');
    await hydrated(designer);
    await designer.getByRole('slider', { name: '「等候」的感受分' }).fill('-3');

    await page.getByRole('link', { name: '开始知识检测 →' }).click();
    const check = page.locator('#exercise-check-m3');
    await hydrated(check);
    const first = check.locator('ol.questions > li').first();
    const card = first.locator(':scope > fieldset');
    const id = await card.getAttribute('data-question');
    await answer(
      card,
      checkQuestionsOf('m3').find((item) => item.id === id)!,
      true,
    );
    await first.getByRole('button', { name: '核对第 1 题' }).click();
    await expect(card.locator(':scope > .feedback')).toContainText(/回答正确|全部正确/);

    await page.getByRole('link', { name: '我的进度' }).click();
    // Its buttons work once the page script has run, which is by the load event.
    await page.waitForURL(/\/progress\/$/);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出进度文件' }).click();
    const file = testInfo.outputPath('progress.json');
    await (await download).saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).kind).toBe('svc-course-progress');
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole('group', { name: '确认导入' }).getByRole('button', { name: '确定导入' }).click();
    await expect(page.locator('[data-import-message]')).toContainText('已从「progress.json」导入');

    await page.getByRole('searchbox', { name: '搜索课程内容' }).fill('峰终定律');
    await page.getByRole('searchbox', { name: '搜索课程内容' }).press('Enter');
    await expect(page.locator('main .search-hit').first()).toContainText('M3 客户满意度管理');

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('search works without a violation when the browser cannot start a worker (Pagefind then runs on the page)', async ({
    page,
  }) => {
    const { violations, errors } = await watchCsp(page);
    await page.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
    await page.goto(`/search/?q=${encodeURIComponent('峰终定律')}`);
    await expect(page.locator('main .search-hit').first()).toContainText('M3 客户满意度管理');
    expect(await page.evaluate(() => typeof Worker)).toBe('undefined');
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a CSV export still downloads (a Blob URL and <a download>)', async ({ page }) => {
    const { violations } = await watchCsp(page);
    await page.goto('/modules/m7/');
    const table = page.locator('#exercise-division-table');
    await hydrated(table);
    await table.getByRole('button', { name: '载入示例' }).click();
    const download = page.waitForEvent('download');
    await table.getByRole('button', { name: '导出 CSV' }).click();
    expect(readFileSync((await (await download).path())!, 'utf8')).toContain('任务,负责人');
    expect(violations).toEqual([]);
  });
});
