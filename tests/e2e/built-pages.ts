/** The pages of the built site (dist/), for specs that must visit every one of them. */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { htmlFiles } from '../../scripts/lib/page-assets.mjs';
import { toNextSlide } from './slides';

const dist = resolve(import.meta.dirname, '../../dist');

/** Every built page as a URL path: `modules/m3/index.html` → `/modules/m3/`, `404.html` → `/404.html`. */
export function builtPages(): Array<{ path: string; file: string }> {
  // Without a build there are no pages; the specs that need them fail on that, not on a crash here.
  return (existsSync(dist) ? htmlFiles(dist) : [])
    .map((file) => ({
      file,
      path: `/${relative(dist, file).split('\\').join('/')}`.replace(/(^|\/)index\.html$/, '$1'),
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Brings each island into view in turn and waits until it has hydrated (client:visible loads it only
 * then): on a reading page by scrolling to it, in a slide show by stepping through the slides.
 */
export async function hydrateAll(page: Page): Promise<void> {
  const islands = page.locator('astro-island');
  if (new URL(page.url()).pathname.startsWith('/present/')) {
    const total = Number(await page.locator('[data-total]').textContent());
    for (let slide = 1; slide <= total; slide += 1) {
      await expect(page.locator('[data-count]')).toHaveText(String(slide));
      // Islands are display: contents, so their first element tells whether they are shown.
      for (const island of await islands.all()) {
        if (await island.locator(':scope > *').first().isVisible())
          await expect(island).not.toHaveAttribute('ssr', /.*/);
      }
      if (slide < total) await toNextSlide(page, () => page.locator('[data-next]').click());
    }
    return;
  }
  for (let index = 0; index < (await islands.count()); index += 1) {
    const island = islands.nth(index);
    // Islands are display: contents, so scroll to their first element.
    await island.evaluate((element) => element.firstElementChild?.scrollIntoView({ block: 'center' }));
    await expect(island).not.toHaveAttribute('ssr', /.*/);
  }
}
