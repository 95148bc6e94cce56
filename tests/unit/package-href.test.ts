import { describe, expect, it } from 'vitest';
import { isRootPath, packageHref, rootFor } from '../../src/platform/package-href';
import { relativizePage } from '../../scripts/lib/scorm-package.mjs';

describe('packageHref', () => {
  it('makes a root path relative, naming index.html (an LMS maps no folder to it)', () => {
    expect(packageHref('/modules/m3/', '../../')).toBe('../../modules/m3/index.html');
    expect(packageHref('/modules/m3/#exercise-peak-end', '../')).toBe('../modules/m3/index.html#exercise-peak-end');
    expect(packageHref('/search/?q=峰终', '../')).toBe('../search/index.html?q=峰终');
    expect(packageHref('/_astro/page.js', '../../')).toBe('../../_astro/page.js');
    expect(packageHref('/', '')).toBe('index.html');
    expect(packageHref('/favicon.svg', '')).toBe('favicon.svg');
  });

  it('knows the way up from each page, and which links are root paths', () => {
    expect(rootFor('index.html')).toBe('');
    expect(rootFor('modules/m3/check/index.html')).toBe('../../../');
    expect(isRootPath('/modules/')).toBe(true);
    for (const other of ['//cdn.example/x.js', 'https://example.com/', '#main', 'modules/', ''])
      expect(isRootPath(other)).toBe(false);
  });
});

describe('relativizePage', () => {
  it("rewrites links, assets, forms and Astro's island URLs, and leaves the rest alone", () => {
    const html =
      '<html lang="zh-CN"><head><link rel="stylesheet" href="/_astro/site.css"></head><body>' +
      '<a href="#main">跳到正文</a><a href="/modules/m1/">M1</a><a href="https://example.com/">外链</a>' +
      '<form action="/search/"></form><script type="module" src="/_astro/page.js"></script>' +
      '<astro-island component-url="/_astro/Quiz.js" renderer-url="/_astro/client.js"></astro-island>' +
      '<p>路径 /modules/m1/ 写在正文里</p></body></html>';
    expect(relativizePage(html, 'modules/m2/index.html')).toBe(
      '<html data-root="../../" lang="zh-CN"><head><link rel="stylesheet" href="../../_astro/site.css"></head><body>' +
        '<a href="#main">跳到正文</a><a href="../../modules/m1/index.html">M1</a><a href="https://example.com/">外链</a>' +
        '<form action="../../search/index.html"></form><script type="module" src="../../_astro/page.js"></script>' +
        '<astro-island component-url="../../_astro/Quiz.js" renderer-url="../../_astro/client.js"></astro-island>' +
        '<p>路径 /modules/m1/ 写在正文里</p></body></html>',
    );
  });
});
