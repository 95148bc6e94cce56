// `npm run docs:numbers`: rewrites the measured numbers in the documentation from the build, so no
// table of sizes is typed by hand. Run it after `npm run build`. Each table sits between markers
//   <!-- numbers:NAME -->  …  <!-- /numbers:NAME -->
// in README.md, CONTRIBUTING.md or content/README.md; everything between them is replaced.
//   page-weights  gzip weights of every built page with its JavaScript budget (scripts/lib/page-assets.mjs,
//                 the same measure as `npm run test:weight`)
//   precache      what the offline worker precaches (dist/precache.json, written by scripts/build-sw.mjs)
//   search        Pagefind's files in dist/pagefind/
//   scorm         the LMS packages in scorm/ (`npm run export:scorm` first)
//   audit         the Lighthouse table `npm run audit` prints: pass its saved output with
//                 `--audit=FILE` (e.g. `npm run audit | tee audit.log`); without it the table is left as it is
//   bench         the live-server table `npm run bench:live` prints: `--bench=FILE`, as for audit
//   scale         the course-size table `npm run bench:scale` prints: `--scale=FILE`, as for audit
// `--check` changes nothing and fails when a table is out of date (e.g. in CI after a build).
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { format, getFileInfo, resolveConfig } from 'prettier';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlFiles, pageWeight } from './lib/page-assets.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const DOCS = ['README.md', 'CONTRIBUTING.md', 'content/README.md'];
const check = process.argv.includes('--check');
const auditFile = process.argv.find((arg) => arg.startsWith('--audit='))?.slice(8);
const benchFile = process.argv.find((arg) => arg.startsWith('--bench='))?.slice(8);
const scaleFile = process.argv.find((arg) => arg.startsWith('--scale='))?.slice(8);

const fail = (message) => {
  console.error(`docs-numbers: ${message}`);
  process.exit(1);
};
if (!existsSync(join(dist, 'index.html')) || !existsSync(join(dist, 'precache.json')))
  fail('no complete build in dist/: run `npm run build` first');

const kb = (bytes) => (bytes / 1024).toFixed(2);
const gzip = (file) => gzipSync(readFileSync(file)).length;

/** `/modules/m3/index.html` → `/modules/m3/`; `<title>` without the course name after the last ` · `. */
function describe(file) {
  const path = `/${relative(dist, file)}`.replace(/index\.html$/, '');
  const title = readFileSync(file, 'utf8').match(/<title>([^<]*)<\/title>/)?.[1] ?? '';
  const parts = title.split(' · ');
  return { path, name: parts.length > 1 ? parts.slice(0, -1).join(' · ') : '课程首页' };
}

function pageWeights() {
  const rows = htmlFiles(dist)
    .map((file) => ({ ...describe(file), ...pageWeight(dist, file) }))
    .sort((a, b) => a.path.localeCompare(b.path));
  return [
    '| page | title | islands | HTML KB | CSS KB | JS KB | JS budget KB |',
    '|---|---|--:|--:|--:|--:|--:|',
    ...rows.map(
      (row) =>
        `| \`${row.path}\` | ${row.name} | ${row.islands} | ${kb(row.html)} | ${kb(row.css)} | ${kb(row.js)} | ${row.jsBudget / 1024} |`,
    ),
    '',
    `All sizes gzip; ${rows.length} pages. JS is what the page loads (its scripts, islands and every chunk they import).`,
  ];
}

function precache() {
  const { files, bytes, gzipBytes } = JSON.parse(readFileSync(join(dist, 'precache.json'), 'utf8'));
  return [
    '| files | size | gzip |',
    '|--:|--:|--:|',
    `| ${files} | ${(bytes / 1024).toFixed(0)} KB | ${(gzipBytes / 1024).toFixed(0)} KB |`,
  ];
}

function search() {
  const dir = join(dist, 'pagefind');
  if (!existsSync(dir)) fail('dist/pagefind/ is missing: run `npm run build` (not `astro build`)');
  const group = (label, files) => {
    const sizes = files.map((file) => statSync(file).size);
    const zipped = files.map(gzip);
    const sum = (list) => list.reduce((total, size) => total + size, 0);
    const each = files.length > 1 ? ` (largest ${kb(Math.max(...zipped))})` : '';
    return `| ${label} | ${files.length} | ${kb(sum(sizes))} | ${kb(sum(zipped))}${each} |`;
  };
  const inDir = (sub, test) =>
    readdirSync(join(dir, sub))
      .filter(test)
      .map((name) => join(dir, sub, name));
  return [
    '| file | files | KB | KB gzip |',
    '|---|--:|--:|--:|',
    group('`pagefind.js`', [join(dir, 'pagefind.js')]),
    group('`pagefind-worker.js`', [join(dir, 'pagefind-worker.js')]),
    group(
      'WebAssembly (`wasm.*.pagefind`)',
      inDir('.', (name) => name.startsWith('wasm.')),
    ),
    group(
      'index metadata (`*.pf_meta`)',
      inDir('.', (name) => name.endsWith('.pf_meta')),
    ),
    group(
      'index parts (`index/*.pf_index`)',
      inDir('index', () => true),
    ),
    group(
      'fragments (`fragment/*.pf_fragment`)',
      inDir('fragment', () => true),
    ),
    '',
    'Pagefind stores its index files compressed already, so gzip gains nothing on them.',
  ];
}

/**
 * The Markdown table in a saved output of `command` (the file given with `--audit=FILE` and the like),
 * the lines after it, and the day the file was written; null when no file was given.
 */
function savedOutput(file, command, header) {
  if (!file) return null;
  const lines = readFileSync(resolve(file), 'utf8').split('\n');
  const start = lines.findIndex((line) => line.startsWith(header));
  if (start < 0) fail(`${file}: no table in it (the output of \`${command}\`)`);
  let end = start;
  while (lines[end + 1]?.startsWith('|')) end += 1;
  const date = new Date(statSync(resolve(file)).mtime).toISOString().slice(0, 10);
  return { table: lines.slice(start, end + 1), after: lines.slice(end + 1), date };
}

/**
 * The saved table, the lines `between` (if any), then 「Run of <day>.」 and the line after the table that
 * starts with `noteStart`.
 */
function tableWithNote(saved, noteStart, between = []) {
  if (!saved) return null;
  const note = saved.after.find((line) => line.startsWith(noteStart));
  return [
    ...saved.table,
    '',
    ...between,
    ...(between.length > 0 ? [''] : []),
    `Run of ${saved.date}. ${note ?? ''}`.trim(),
  ];
}

/** The Markdown table in `npm run audit`'s output and the line after it that says how it was measured. */
const audit = () => tableWithNote(savedOutput(auditFile, 'npm run audit', '| page | Performance'), 'Sizes are gzip.');

/** The Markdown table in `npm run bench:live`'s output and the line after it that says where it ran. */
const bench = () => tableWithNote(savedOutput(benchFile, 'npm run bench:live', '| live bench |'), 'Measured on');

/** `npm run bench:scale`'s table, its growth list (「- 7 → 70 modules …」) and where it ran. */
function scale() {
  const saved = savedOutput(scaleFile, 'npm run bench:scale', '| modules | build s |');
  const growth = saved?.after.filter((line) => /^- \d+ → \d+ modules/.test(line));
  return tableWithNote(saved, 'Measured on', growth);
}

/** The SCORM zips `npm run export:scorm` wrote (scripts/lib/scorm-package.mjs names them). */
function scorm() {
  const folder = join(root, 'scorm');
  const zips = existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith('.zip'))
        .sort()
    : [];
  if (zips.length === 0) fail('no SCORM packages in scorm/: run `npm run export:scorm` first');
  return [
    '| package | size KB |',
    '|---|--:|',
    ...zips.map((name) => `| \`scorm/${name}\` | ${(statSync(join(folder, name)).size / 1024).toFixed(0)} |`),
  ];
}

const TABLES = { 'page-weights': pageWeights, precache, search, scorm, audit, bench, scale };
const made = new Map();
const table = (name) => {
  if (!(name in TABLES)) fail(`unknown marker numbers:${name} (known: ${Object.keys(TABLES).join(', ')})`);
  if (!made.has(name)) made.set(name, TABLES[name]());
  return made.get(name);
};

const stale = [];
for (const doc of DOCS) {
  const path = join(root, doc);
  if (!existsSync(path)) continue;
  const text = readFileSync(path, 'utf8');
  // Markers count only on a line of their own, so the docs can mention them in passing.
  for (const [, name] of text.matchAll(/^<!-- numbers:([\w-]+) -->$/gm)) {
    if (!text.includes(`\n<!-- /numbers:${name} -->`))
      fail(`${doc}: <!-- numbers:${name} --> has no closing <!-- /numbers:${name} -->`);
  }
  const replaced = text.replace(
    /^(<!-- numbers:([\w-]+) -->)$[\s\S]*?^(<!-- \/numbers:\2 -->)$/gm,
    (whole, open, name, close) => {
      const lines = table(name);
      return lines ? `${open}\n${lines.join('\n')}\n${close}` : whole;
    },
  );
  // Formatted here, so the options above reach this script through `npm run docs:numbers -- …`.
  const { ignored } = await getFileInfo(path, { ignorePath: join(root, '.prettierignore') });
  const next = ignored ? replaced : await format(replaced, { ...(await resolveConfig(path)), filepath: path });
  if (next === text) continue;
  stale.push(doc);
  if (!check) writeFileSync(path, next);
}

if (check && stale.length) fail(`out of date: ${stale.join(', ')} (run \`npm run docs:numbers\` after a build)`);
console.log(
  stale.length
    ? `docs-numbers: ${check ? 'checked' : 'rewrote'} ${stale.join(', ')}`
    : 'docs-numbers: every table is up to date',
);
