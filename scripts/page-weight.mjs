// Measures the gzip JavaScript each built page loads (its scripts, island components and renderers,
// and every chunk they import) and fails when a page is over budget. Run after `astro build`.
//   reading page (no island): ≤ 2 KB · pages with islands, tool pages and slide shows: ≤ 25 KB
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.argv[2] ?? 'dist');
const BUDGET_READING = 2 * 1024;
const BUDGET_ANY = 25 * 1024;
/** Pages that are tools rather than reading pages (they ship their own script). */
const TOOL_PAGES = new Set(['/progress/index.html', '/trainer/results/index.html', '/agenda/index.html', '/search/index.html', '/plan/index.html']);

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

const gz = (path) => gzipSync(readFileSync(path)).length;
const toFile = (url, from) => (url.startsWith('/') ? join(dist, url) : resolve(dirname(from), url));

/**
 * A script and everything it imports statically. Dynamic `import()` is not followed: the only one
 * in the build is @astrojs/preact's signals runtime, loaded only for signal props, which no island
 * receives.
 */
function closure(entry, seen) {
  if (seen.has(entry)) return;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g)) closure(toFile(match[1], entry), seen);
}

const rows = [];
let failed = false;
for (const page of htmlFiles(dist)) {
  const html = readFileSync(page, 'utf8');
  const entries = [
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)].map((match) => match[1]),
    ...[...html.matchAll(/\b(?:component-url|renderer-url)="([^"]+\.js)"/g)].map((match) => match[1]),
    ...[...html.matchAll(/<script[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)].flatMap((match) => [...match[1].matchAll(/["'](\/[^"']+\.js)["']/g)].map((inner) => inner[1])),
  ];
  const files = new Set();
  for (const url of new Set(entries)) closure(toFile(url, page), files);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, match) => sum + (match[1].trim() ? gzipSync(match[1]).length : 0), 0);
  const bytes = [...files].reduce((sum, file) => sum + gz(file), 0) + inline;
  const islands = (html.match(/<astro-island/g) ?? []).length;
  const name = `/${relative(dist, page)}`;
  const budget = islands || TOOL_PAGES.has(name) || name.startsWith('/present/') ? BUDGET_ANY : BUDGET_READING;
  const ok = bytes <= budget;
  failed ||= !ok;
  rows.push({ page: name, islands, kb: (bytes / 1024).toFixed(2), budget: `${budget / 1024}`, ok });
}
rows.sort((a, b) => a.page.localeCompare(b.page));
console.log('page                          islands  JS gzip KB  budget KB');
for (const row of rows) console.log(`${row.page.padEnd(30)}${String(row.islands).padStart(7)}${row.kb.padStart(12)}${row.budget.padStart(11)}  ${row.ok ? 'ok' : 'OVER BUDGET'}`);
if (failed) {
  console.error('\npage-weight: at least one page is over its JavaScript budget');
  process.exit(1);
}
console.log(`\npage-weight: ${rows.length} pages within budget`);
