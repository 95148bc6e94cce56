// npm run export:scorm — the course as SCORM packages for an LMS: builds the package variant of the
// site (SCORM_PACKAGE=1: the launcher page, no offline worker) into dist-scorm/, indexes it for search,
// makes every link relative (scripts/lib/scorm-package.mjs), then writes one zip per SCORM version into
// scorm/ with its imsmanifest.xml and the schema files the standard requires.
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { relativizeSite, writePackages } from './lib/scorm-package.mjs';

const OUT = 'dist-scorm';

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`export-scorm: ${command} ${args.join(' ')} failed`);
    process.exit(1);
  }
}

if (!process.argv.includes('--no-build')) {
  run('npx', ['astro', 'build', '--outDir', OUT], { SCORM_PACKAGE: '1' });
  run('npx', ['pagefind', '--site', OUT]);
  relativizeSite(OUT);
}
mkdirSync('scorm', { recursive: true });
for (const zip of writePackages(OUT, 'scorm')) {
  console.log(`export-scorm: ${zip} (${(statSync(zip).size / 1024).toFixed(0)} KB)`);
}
