// Adds lockfile entries for optional platform binaries the registry mirror here does not serve
// (e.g. darwin/win32 builds of @astrojs/compiler-binding-*). Without them `npm ci` refuses the
// lockfile ("Missing: … from lock file"), and a Mac or Windows user could not install at all.
// Run after every `npm install` that changes the lockfile: `node scripts/fix-lockfile.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;

/** Infers npm's os/cpu/libc fields from a platform package's name suffix. */
function platformOf(name) {
  const os = ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openbsd', 'sunos', 'aix', 'netbsd'].find((candidate) =>
    name.includes(`-${candidate}-`),
  );
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'riscv64', 'ppc64', 's390x', 'loong64', 'mips64el', 'wasm32'].find(
    (candidate) => new RegExp(`-${candidate}(-|$)`).test(name),
  );
  const entry = {};
  if (os) entry.os = [os];
  if (cpu) entry.cpu = [cpu];
  if (os === 'linux' && /-musl$/.test(name)) entry.libc = ['musl'];
  if (os === 'linux' && /-gnu/.test(name)) entry.libc = ['glibc'];
  return entry;
}

let added = 0;
for (const [location, meta] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const parentDir = location === '' ? '' : `${location}/`;
    const candidates = [`${parentDir}node_modules/${dep}`, `node_modules/${dep}`];
    if (candidates.some((candidate) => packages[candidate])) continue;
    if (!/^\d+\.\d+\.\d+/.test(version)) continue; // only exact versions can be recorded
    packages[`node_modules/${dep}`] = { version, optional: true, ...platformOf(dep) };
    added += 1;
  }
}

// npm sorts package keys; keep that so diffs stay small.
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`fix-lockfile: added ${added} missing optional platform entries`);
