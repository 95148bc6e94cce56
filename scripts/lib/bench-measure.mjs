// What `npm run bench:scale` measures in a built dist/, and the table it prints. Files are found by
// what they are (HTML pages, anything of the exam that is not code, the folders the build writes),
// not by today's list of files, so a build that moves the exam's questions into a data file or
// splits a page is measured as it is. measureDist reads the disk; the rest is pure.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * @typedef {object} DistSizes
 * @property {number} pages HTML files
 * @property {number} html bytes of every HTML file
 * @property {number} modulePages bytes of the HTML under /modules/ (module pages and their checks)
 * @property {number} exam bytes of /exam/index.html
 * @property {number} examData bytes of the exam's files that are not HTML, script or style (e.g. a question pool)
 * @property {number} handout bytes under /handout/
 * @property {number} search bytes under /pagefind/ (the search index and its code)
 * @property {{ files: number, bytes: number, gzipBytes: number } | null} precache dist/precache.json (scripts/build-sw.mjs)
 */

/**
 * @typedef {object} BenchRow
 * @property {number} modules
 * @property {{ ok: boolean, seconds: number, cpuSeconds: number | null }} build clock and CPU seconds (null: not measured)
 * @property {DistSizes | null} dist null when the build failed
 * @property {{ ok: boolean, bytes: number, message: string }} results the class-results import (bench-results.mjs)
 */

/** Every file under `dir`, or none when it does not exist. */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const bytesOf = (files) => files.reduce((sum, file) => sum + statSync(file).size, 0);
const CODE = /\.(html|js|mjs|css|map)$/;

/**
 * @param {string} dist
 * @returns {DistSizes}
 */
export function measureDist(dist) {
  const files = filesUnder(dist).map((file) => ({ file, path: relative(dist, file).split('\\').join('/') }));
  const pick = (test) => files.filter(({ path }) => test(path)).map(({ file }) => file);
  const html = pick((path) => path.endsWith('.html'));
  const precacheFile = join(dist, 'precache.json');
  return {
    pages: html.length,
    html: bytesOf(html),
    modulePages: bytesOf(pick((path) => path.startsWith('modules/') && path.endsWith('.html'))),
    exam: bytesOf(pick((path) => path === 'exam/index.html')),
    examData: bytesOf(pick((path) => /exam/i.test(path) && !CODE.test(path) && !path.startsWith('pagefind/'))),
    handout: bytesOf(pick((path) => path.startsWith('handout/'))),
    search: bytesOf(pick((path) => path.startsWith('pagefind/'))),
    precache: existsSync(precacheFile) ? JSON.parse(readFileSync(precacheFile, 'utf8')) : null,
  };
}

const kb = (bytes) => Math.round(bytes / 1024).toLocaleString('en-US');
const FAIL = '失败 fail';

/**
 * The Markdown table: one row per course size.
 * @param {BenchRow[]} rows
 * @returns {string[]}
 */
export function benchTable(rows) {
  const header = [
    'modules',
    'build s',
    'build CPU s',
    'pages',
    'HTML KB',
    'module pages KB',
    '`/exam/` KB',
    'handout KB',
    'search index KB',
    'precache files',
    'precache KB gzip',
    'build',
    'results import',
  ];
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [
    line(header),
    line(header.map((_, index) => (index >= 11 ? '---' : '--:'))),
    ...rows.map(({ modules, build, dist, results }) => {
      const sizes = dist
        ? [
            dist.pages,
            kb(dist.html),
            kb(dist.modulePages),
            dist.examData ? `${kb(dist.exam)} + ${kb(dist.examData)} data` : kb(dist.exam),
            kb(dist.handout),
            kb(dist.search),
            dist.precache?.files ?? '—',
            dist.precache ? kb(dist.precache.gzipBytes) : '—',
          ]
        : Array(8).fill('—');
      const imported = results.ok ? `pass (${kb(results.bytes)} KB file)` : `${FAIL}: ${results.message}`;
      return line([
        modules,
        build.seconds.toFixed(0),
        build.cpuSeconds?.toFixed(0) ?? '—',
        ...sizes,
        build.ok ? 'pass' : FAIL,
        imported,
      ]);
    }),
  ];
}

/**
 * @typedef {object} Growth
 * @property {number} from modules of the smallest size that built
 * @property {number} to modules of a larger one
 * @property {{ name: string, growth: number | null, ok: boolean }[]} measures null: not measured
 */

/**
 * How far over linear the module pages' HTML may grow: each copy's ids and titles are a few characters
 * longer than its original's (m10 for m1, 「（第 2 轮）」), which adds about 0.5 % per page.
 */
export const HTML_NAME_ALLOWANCE = 1.02;

/**
 * The targets, from the smallest size that built to each larger one: build time, precache and the
 * module pages' HTML grow at most as the number of modules does (the HTML within HTML_NAME_ALLOWANCE).
 * @param {BenchRow[]} rows
 * @returns {Growth[]}
 */
export function growth(rows) {
  const built = rows.filter((row) => row.build.ok && row.dist).sort((a, b) => a.modules - b.modules);
  const base = built[0];
  if (!base) return [];
  return built.slice(1).map((row) => {
    const factor = row.modules / base.modules;
    const measures = [
      // CPU time when measured: the clock also counts whatever else the machine was doing.
      row.build.cpuSeconds && base.build.cpuSeconds
        ? ['build CPU time', row.build.cpuSeconds, base.build.cpuSeconds]
        : ['build time', row.build.seconds, base.build.seconds],
      ['precache gzip', row.dist?.precache?.gzipBytes, base.dist?.precache?.gzipBytes],
      ['module-page HTML', row.dist?.modulePages, base.dist?.modulePages, HTML_NAME_ALLOWANCE],
    ].map(([name, value, from, allowance = 1]) => {
      const times = value && from ? value / from : null;
      return { name, growth: times, ok: times !== null && times <= factor * allowance };
    });
    return { from: base.modules, to: row.modules, measures };
  });
}

/**
 * One list item per larger size: 「- 7 → 70 modules (10×, …): build CPU time 6.1× ✓ · …」.
 * @param {Growth[]} entries
 * @returns {string[]}
 */
export function growthLines(entries) {
  return entries.map(({ from, to, measures }) => {
    const parts = measures.map(({ name, growth: times, ok }) =>
      times === null ? `${name} —` : `${name} ${times.toFixed(1)}× ${ok ? '✓' : '✗'}`,
    );
    const target = `target: each at most that, the HTML within ${Math.round((HTML_NAME_ALLOWANCE - 1) * 100)} % for the copies' longer names`;
    return `- ${from} → ${to} modules (${(to / from).toFixed(0)}×, ${target}): ${parts.join(' · ')}`;
  });
}
