// Makes sure the browser tests have a Chromium: Debian's, with CJK fonts, installed with apt-get when
// it is missing and we are root on Debian (Playwright cannot download its own browser on this network).
// Elsewhere it only says what it found; Playwright then uses its own browser.
import { ensureDebianTool } from './lib/apt-install.mjs';

ensureDebianTool(
  'setup-chromium',
  '/usr/bin/chromium',
  ['chromium', 'fonts-noto-cjk'],
  'Playwright will use its own browser (run `npx playwright install chromium` once).',
);
