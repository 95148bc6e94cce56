// Makes sure the browser tests have a Chromium: Debian's, installed with apt-get when it is missing
// and we are root on Debian (Playwright cannot download its own browser on this network). Elsewhere
// it only says what it found; Playwright then uses its own browser (`npx playwright install`).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CHROMIUM = '/usr/bin/chromium';
if (existsSync(CHROMIUM)) {
  console.log(`setup-chromium: using ${CHROMIUM}`);
} else if (process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('setup-chromium: installing Debian chromium and CJK fonts with apt-get …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) {
      console.error(`setup-chromium: apt-get ${args.join(' ')} failed`);
      process.exit(1);
    }
  }
} else {
  console.log(
    'setup-chromium: no /usr/bin/chromium; Playwright will use its own browser (run `npx playwright install chromium` once).',
  );
}
