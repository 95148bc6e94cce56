/** Watchers that collect what went wrong while a page ran, for the page sweep and the journey specs. */
import type { BrowserContext, Page } from '@playwright/test';

/**
 * Collects the page's uncaught exceptions and console errors. `missingDocument` is the URL of the one
 * document that may answer 404 (Chromium logs that as an error too); nothing else is let through.
 */
export function recordConsoleErrors(page: Page, missingDocument?: string): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (message.location().url === missingDocument && /status of 404\b/.test(message.text())) return;
    errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Collects the CSP violations the page reports, and its console errors (Chromium logs each violation as one). */
export async function watchCsp(
  page: Page,
  missingDocument?: string,
): Promise<{ violations: string[]; errors: string[] }> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
          `${event.violatedDirective} ${event.blockedURI} on ${location.pathname}`,
        ),
      true,
    );
  });
  return { violations, errors: recordConsoleErrors(page, missingDocument) };
}

/**
 * Records every request the pages in `context` make to a host other than the test server's, and
 * aborts it, so nothing leaves the machine even when a page tries.
 */
export async function recordForeignRequests(context: BrowserContext, baseURL: string): Promise<string[]> {
  const own = new URL(baseURL).origin;
  const isForeign = (url: URL) => /^(https?|wss?):$/.test(url.protocol) && url.origin !== own;
  const foreign: string[] = [];
  context.on('request', (request) => {
    if (isForeign(new URL(request.url()))) foreign.push(request.url());
  });
  await context.route(isForeign, (route) => route.abort('blockedbyclient'));
  return foreign;
}

/**
 * Records every request in `context` that fails or is answered with a status of 400 or more, except
 * the 404 of `missingDocument` (the deliberate visit to a page that does not exist).
 */
export function recordFailedRequests(context: BrowserContext, missingDocument?: string): string[] {
  const failed: string[] = [];
  context.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
  context.on('response', (response) => {
    if (response.status() < 400) return;
    if (response.url() === missingDocument && response.status() === 404 && response.request().isNavigationRequest())
      return;
    failed.push(`${response.url()}: ${response.status()}`);
  });
  return failed;
}
