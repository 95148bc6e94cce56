// Measures the gzip JavaScript each built page loads (see scripts/lib/page-assets.mjs) and fails
// when a page is over budget. Run after `astro build`.
//   reading page (no island): ≤ 2.8 KB · the handout: ≤ 5 KB · pages with islands and tool pages: ≤ 25 KB ·
//   slide shows: ≤ 27 KB · /live/: ≤ 20 KB
// It also fails when a page that must not grow with the course is over its HTML budget.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { htmlFiles, pageWeight } from './lib/page-assets.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
const rows = htmlFiles(dist)
  .map((page) => pageWeight(dist, page))
  .sort((a, b) => a.page.localeCompare(b.page));
console.log('page                          islands  JS gzip KB  budget KB');
for (const row of rows) {
  const ok = row.js <= row.jsBudget;
  console.log(
    `${row.page.padEnd(30)}${String(row.islands).padStart(7)}${(row.js / 1024).toFixed(2).padStart(12)}${String(row.jsBudget / 1024).padStart(11)}  ${ok ? 'ok' : 'OVER BUDGET'}`,
  );
}
if (rows.some((row) => row.js > row.jsBudget)) {
  console.error('\npage-weight: at least one page is over its JavaScript budget');
  process.exit(1);
}

/**
 * Raw HTML bytes of pages that stay the same size however many modules the course has: the exam
 * loads its questions from a file of its own (/exam/pool-<hash>.json) instead of carrying them.
 */
const HTML_BUDGETS = { '/exam/index.html': 40 * 1024 };
for (const [page, budget] of Object.entries(HTML_BUDGETS)) {
  const file = join(dist, page);
  const bytes = existsSync(file) ? statSync(file).size : Infinity;
  console.log(`${page}: HTML ${(bytes / 1024).toFixed(1)} KB raw, budget ${budget / 1024} KB`);
  if (bytes > budget) {
    console.error(`page-weight: ${page} is missing or over its HTML budget: does it carry what it should load?`);
    process.exit(1);
  }
}
console.log(`\npage-weight: ${rows.length} pages within budget`);
