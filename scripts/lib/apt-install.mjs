// Installs Debian packages with apt-get when a tool is missing and we are root on Debian, as
// scripts/setup-chromium.mjs does for the browser; elsewhere it only says what is missing.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/**
 * Makes sure `binary` exists; returns false when it is missing and cannot be installed here, after
 * printing `otherwise` (what happens then) or which packages to install.
 */
export function ensureDebianTool(label, binary, packages, otherwise) {
  if (existsSync(binary)) {
    console.log(`${label}: using ${binary}`);
    return true;
  }
  if (!(process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get'))) {
    console.log(
      `${label}: no ${binary}; ${otherwise ?? `install ${packages.join(' ')} (Debian/Ubuntu) to run the tests that need it.`}`,
    );
    return false;
  }
  console.log(`${label}: installing ${packages.join(' ')} with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', ...packages],
  ]) {
    if (spawnSync('apt-get', args, { stdio: 'inherit', env }).status !== 0) {
      console.error(`${label}: apt-get ${args.join(' ')} failed`);
      process.exit(1);
    }
  }
  return true;
}
