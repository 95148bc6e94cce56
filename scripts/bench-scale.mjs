// `npm run bench:scale [-- --sizes=7,14,70] [--json=FILE]`: how the build grows with the course. For
// each size it copies the project into a temporary folder (without node_modules, dist and .git; the
// packages are linked, their caches are not, so every build is cold), makes the course that many
// modules long (scripts/lib/bench-content.mjs: whole copies with new ids, titles, question ids and
// days), runs `npm run build` there, measures dist/ (scripts/lib/bench-measure.mjs) and checks that a
// learner's results file of that course imports (scripts/lib/bench-results.mjs). Prints one Markdown
// table, the growth against the smallest size, and the machine. Not part of `npm test`: a 70-module
// build takes minutes. A failed build is reported with its last lines and marked 「失败」 in the table.
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { registerHooks } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { readCourseTexts, scaleCourse, writeCourseTexts } from './lib/bench-content.mjs';
import { benchTable, growth, growthLines, measureDist } from './lib/bench-measure.mjs';
import { resolveTypeScript } from './lib/bench-ts-resolve.mjs';

// bench-results.mjs runs the site's own TypeScript (the results file's writer and parser).
registerHooks({ resolve: resolveTypeScript });
const { checkResultsImport } = await import('./lib/bench-results.mjs');

const root = resolve(import.meta.dirname, '..');
const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const sizes = (option('sizes') ?? '7,14,70').split(',').map(Number);
const jsonFile = option('json');
/** What the copy leaves out: installs, builds, reports and local data (see .gitignore). */
const LEFT_OUT = new Set([
  'node_modules',
  'dist',
  '.git',
  '.astro',
  'test-results',
  'playwright-report',
  'dist-scorm',
  'scorm',
  'live-data',
]);
const LOG_TAIL = 25;

const say = (message) => console.error(`bench:scale: ${message}`);

const texts = readCourseTexts(join(root, 'content'));
// Checked before anything is built, so a wrong size fails at once.
const courses = sizes.map((size) => ({ size, texts: scaleCourse(texts, size) }));

/** Temporary folders still on disk and the build still running, for Ctrl-C. */
const open = new Set();
let running = null;
const cleanUp = () => {
  running?.kill();
  for (const dir of open) rmSync(dir, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });

/** The project in a new temporary folder: its own node_modules folder whose packages link to ours. */
function copyProject(size) {
  const dir = mkdtempSync(join(tmpdir(), `bench-scale-${size}-`));
  open.add(dir);
  cpSync(root, dir, {
    recursive: true,
    filter: (source) => !LEFT_OUT.has(relative(root, source).split(/[\\/]/)[0]),
  });
  mkdirSync(join(dir, 'node_modules'));
  // Dot folders (.vite, .astro, …) are caches: the copy makes its own.
  for (const name of readdirSync(join(root, 'node_modules')).filter(
    (entry) => !entry.startsWith('.') || entry === '.bin',
  ))
    symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  return dir;
}

/**
 * CPU seconds used by this process's finished children and theirs (Linux: /proc/self/stat's cutime and
 * cstime, in the kernel's 100 ticks a second), or null elsewhere. Unlike the clock, it hardly moves
 * when other work shares the machine.
 */
function childCpuSeconds() {
  if (!existsSync('/proc/self/stat')) return null;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** `npm run build` in `dir`: whether it passed, how long it took (clock and CPU), its output's last lines. */
function build(dir) {
  return new Promise((done) => {
    const started = performance.now();
    const cpuBefore = childCpuSeconds();
    const lines = [];
    running = spawn('npm', ['run', 'build'], { cwd: dir, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [running.stdout, running.stderr])
      stream.on('data', (chunk) => lines.push(...String(chunk).split('\n').filter(Boolean)));
    running.on('close', (code) => {
      running = null;
      const cpuAfter = childCpuSeconds();
      const cpuSeconds = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
      done({ ok: code === 0, seconds: (performance.now() - started) / 1000, cpuSeconds, tail: lines.slice(-LOG_TAIL) });
    });
  });
}

const loadBefore = loadavg()[0];
const rows = [];
for (const { size, texts: course } of courses) {
  const dir = copyProject(size);
  try {
    writeCourseTexts(join(dir, 'content'), course);
    say(`${size} modules: building in ${dir}`);
    const { ok, seconds, cpuSeconds, tail } = await build(dir);
    if (ok) say(`${size} modules: built in ${seconds.toFixed(1)} s (${cpuSeconds?.toFixed(1) ?? '?'} s CPU)`);
    else say(`${size} modules: THE BUILD FAILED after ${seconds.toFixed(1)} s; its last lines:\n${tail.join('\n')}`);
    let results;
    try {
      results = checkResultsImport(course);
    } catch (error) {
      results = { ok: false, bytes: 0, message: error.message };
    }
    if (!results.ok) say(`${size} modules: the results file does not import: ${results.message}`);
    rows.push({
      modules: size,
      build: { ok, seconds, cpuSeconds },
      dist: ok ? measureDist(join(dir, 'dist')) : null,
      results,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
    open.delete(dir);
  }
}

const growthFromSmallest = growth(rows);
const growthList = growthLines(growthFromSmallest);
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version.slice(1)}`;
console.log(
  [
    ...benchTable(rows),
    '',
    ...(growthList.length > 0 ? [...growthList, ''] : []),
    `Measured on ${machine}, load average ${loadBefore.toFixed(1)} before the run. Sizes are raw bytes, the precache gzip.`,
  ].join('\n'),
);
if (jsonFile) writeFileSync(resolve(jsonFile), `${JSON.stringify({ machine, loadBefore, rows }, null, 2)}\n`);
const failed = rows.filter((row) => !row.build.ok || !row.results.ok).map((row) => row.modules);
const missed = growthFromSmallest.flatMap(({ to, measures }) =>
  measures.filter((measure) => !measure.ok).map((measure) => `${measure.name} at ${to} modules`),
);
if (failed.length > 0) say(`FAILED at ${failed.join(', ')} modules (build or results import)`);
if (missed.length > 0) say(`targets missed: ${missed.join(', ')}`);
if (failed.length > 0 || missed.length > 0) process.exitCode = 1;
