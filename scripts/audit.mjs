// `npm run audit`: a benchmark, not part of `npm test`. Builds the course, serves dist/ on a free
// port, runs Lighthouse (mobile: its default form factor and throttling) on PAGES and prints one
// table of scores and gzip weights. Fails when a score is under MIN_SCORE or a page is over its
// JavaScript budget. Each page is audited RUNS times and the median run counts (Lighthouse's
// own pick), as scores vary with the machine's load. `--no-build` audits the dist/ that is there;
// `--runs=N` changes the number of runs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { pageWeight } from './lib/page-assets.mjs';

const PAGES = [
  '/',
  '/handout/', // reading only: the whole course's text, no islands
  '/modules/m6/', // the lightest module page (one island)
  '/modules/m4/', // the most exercises (three islands)
  '/modules/m3/check/',
  '/exam/',
  '/present/m3/',
];
const MIN_SCORE = 95;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const RUNS = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 3);
const dist = resolve('dist');

if (!process.argv.includes('--no-build') && spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0)
  process.exit(1);

const port = await new Promise((done) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => done(free));
  });
});
const server = spawn(process.execPath, ['scripts/serve-dist.mjs', String(port)], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((done) => server.stdout.once('data', done));
const chrome = await chromeLauncher.launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

const rows = [];
const problems = [];
try {
  for (const path of PAGES) {
    const file = join(dist, path, 'index.html');
    if (!existsSync(file)) {
      console.log(`audit: skipped ${path}: not in dist/ (the page is not built yet)`);
      continue;
    }
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) {
      const result = await lighthouse(`http://localhost:${port}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      runs.push(result.lhr);
    }
    const lhr = computeMedianRun(runs);
    const scores = CATEGORIES.map((id) => Math.round((lhr.categories[id].score ?? 0) * 100));
    const weight = pageWeight(dist, file);
    rows.push({
      path,
      scores,
      weight,
      benchmark: Math.round(lhr.environment.benchmarkIndex),
      version: lhr.lighthouseVersion,
    });
    CATEGORIES.forEach((id, index) => {
      if (scores[index] >= MIN_SCORE) return;
      // Name the audits that cost points, so the table says what to fix.
      const failing = lhr.categories[id].auditRefs
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
        .map((ref) => `${ref.id} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`);
      problems.push(`${path}: ${id} ${scores[index]} < ${MIN_SCORE}: ${failing.join(', ')}`);
    });
    if (weight.js > weight.jsBudget)
      problems.push(
        `${path}: JavaScript ${(weight.js / 1024).toFixed(2)} KB over its ${weight.jsBudget / 1024} KB budget`,
      );
  }
} finally {
  chrome.kill();
  server.kill();
}

const kb = (bytes) => (bytes / 1024).toFixed(2);
console.log('\n| page | Performance | Accessibility | Best Practices | SEO | HTML KB | CSS KB | JS KB (budget) |');
console.log('|---|---|---|---|---|---|---|---|');
for (const { path, scores, weight } of rows) {
  console.log(
    `| \`${path}\` | ${scores.join(' | ')} | ${kb(weight.html)} | ${kb(weight.css)} | ${kb(weight.js)} (${weight.jsBudget / 1024}) |`,
  );
}
const benchmarks = rows.map((row) => row.benchmark).join(', ');
console.log(
  `\nSizes are gzip. Scores: Lighthouse ${rows[0]?.version}, mobile (emulated phone, slow 4G, 4× CPU slowdown), median of ${RUNS} runs; CPU benchmark index per page: ${benchmarks} (a quiet desktop scores ~1000+; a busy machine lowers Performance).`,
);
if (problems.length) {
  console.error(`\naudit: ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`\naudit: ${rows.length} pages, every score ≥ ${MIN_SCORE}, every page within its JavaScript budget`);
