// What a built page downloads, in gzip bytes: the document, its stylesheets, and the JavaScript it
// loads (its scripts, island components and renderers, and every chunk they import), with the
// JavaScript budget it must keep. Shared by the page-weight check and the Lighthouse audit.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * A reading page (no island): 2.2 KB for its page script and the offline worker's registration and
 * update notice (src/scripts/sw-register.ts), plus 0.5 KB since the page script saves the page's work
 * when storage is refused or full (the one page storage, the storage notice, 「导出本页的进度」), plus
 * 0.1 KB since the home page points to the exam, the certificate or the plan once every module is done.
 */
export const BUDGET_READING = 2.8 * 1024;
export const BUDGET_ANY = 25 * 1024;
/**
 * The 课程讲义 (/handout/): a reading page plus, since December 2026, ~1.7 KB that lays the page out
 * as printed when printing starts, to put each module's first page in the contents
 * (src/features/handout/contents-pages.ts). It cannot load later: `beforeprint` does not wait.
 */
export const BUDGET_HANDOUT = 5 * 1024;
const HANDOUT_PAGE = '/handout/index.html';
/**
 * A slide show: the module's room exercises as on its page (M3's DISC and 峰终 are 18 KB) plus the
 * show itself, ~5 KB since December 2026 (cutting and fitting, the clicker's keys, black screen, jump
 * by number). The presenter's tools, the countdown, the QR encoder and the live room panel load
 * only when used.
 */
export const BUDGET_SLIDES = 27 * 1024;
/**
 * The phone page of 课堂互动 (/live/): every kind of answer a room can ask for (all six question
 * types, DISC, 峰终, wall, pulse) and the connection to the live server, for phones on the
 * training room's Wi-Fi; 20 KB so that it stays well below what a slide show may load.
 */
export const BUDGET_LIVE = 20 * 1024;
const LIVE_PAGE = '/live/index.html';
/** Pages that are tools rather than reading pages (they ship their own script). */
const TOOL_PAGES = new Set([
  '/progress/index.html',
  '/trainer/results/index.html',
  '/agenda/index.html',
  '/search/index.html',
  '/plan/index.html',
]);

/**
 * Every HTML file under `dir`. Shared by the page-weight check, the audit and the browser tests' page sweep.
 * @param {string} dir
 * @returns {string[]}
 */
export function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

const gzip = (text) => gzipSync(text).length;

/**
 * A script and everything it imports statically. Dynamic `import()` is not followed: in the build
 * that is @astrojs/preact's signals runtime, loaded only for signal props, which no island
 * receives, and the slides' QR encoder (uqr, ~4.5 KB gzip), loaded only by a deck showing an address.
 */
function closure(entry, seen, toFile) {
  if (seen.has(entry)) return;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g))
    closure(toFile(match[1], entry), seen, toFile);
}

/**
 * The weights of one built page (`page` is the path of its HTML file inside `dist`). The HTML is the
 * document as downloaded (inline styles and scripts included); CSS counts linked stylesheets and
 * inline styles; JS counts script files and inline scripts.
 */
export function pageWeight(dist, page) {
  const root = resolve(dist);
  const toFile = (url, from) => (url.startsWith('/') ? join(root, url) : resolve(dirname(from), url));
  const html = readFileSync(page, 'utf8');
  const entries = [
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)].map((match) => match[1]),
    ...[...html.matchAll(/\b(?:component-url|renderer-url)="([^"]+\.js)"/g)].map((match) => match[1]),
    ...[...html.matchAll(/<script[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)].flatMap((match) =>
      [...match[1].matchAll(/["'](\/[^"']+\.js)["']/g)].map((inner) => inner[1]),
    ),
  ];
  const scripts = new Set();
  for (const url of new Set(entries)) closure(toFile(url, page), scripts, toFile);
  const inlineScripts = [
    ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g),
  ].reduce((sum, match) => sum + (match[1].trim() ? gzip(match[1]) : 0), 0);
  const stylesheets = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) =>
    toFile(match[1], page),
  );
  const inlineStyles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce(
    (sum, match) => sum + gzip(match[1]),
    0,
  );
  const islands = (html.match(/<astro-island/g) ?? []).length;
  const name = `/${relative(root, page)}`;
  return {
    page: name,
    islands,
    html: gzip(html),
    css: stylesheets.reduce((sum, file) => sum + gzip(readFileSync(file)), 0) + inlineStyles,
    js: [...scripts].reduce((sum, file) => sum + gzip(readFileSync(file)), 0) + inlineScripts,
    jsBudget: name.startsWith('/present/')
      ? BUDGET_SLIDES
      : name === LIVE_PAGE
        ? BUDGET_LIVE
        : name === HANDOUT_PAGE
          ? BUDGET_HANDOUT
          : islands || TOOL_PAGES.has(name)
            ? BUDGET_ANY
            : BUDGET_READING,
  };
}
