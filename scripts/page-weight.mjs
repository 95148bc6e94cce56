// Measures the gzip JavaScript each built page loads (see scripts/lib/page-assets.mjs) and fails
// when a page is over budget. Run after `astro build`.
//   reading page (no island): ≤ 2.7 KB · pages with islands and tool pages: ≤ 25 KB · slide shows: ≤ 27 KB
import { resolve } from 'node:path';
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
console.log(`\npage-weight: ${rows.length} pages within budget`);
