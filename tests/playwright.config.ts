import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium when present (Playwright cannot download its own browser here); otherwise Playwright's.
const debianChromium = '/usr/bin/chromium';
const launchOptions = {
  ...(existsSync(debianChromium) ? { executablePath: debianChromium } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
/** Spec files by name: `present` → `present.spec.ts`. */
const specs = (...names: string[]) => names.map((name) => `${name}.spec.ts`);
// Each spec runs where its users are; a spec in neither list (the page sweep, CSP, search, keyboard,
// a trainee's way through M3) runs on both.
/** What the trainer does from the laptop: slide shows, the agenda, the class results, printing the handout. */
const TRAINER_SPECS = specs('present', 'slide-stepping', 'slide-exercises', 'agenda', 'class-results', 'handout');
/** What a trainee does on their phone: the exercises (one spec per exercise), checks, exam, saved progress. */
const TRAINEE_SPECS = specs(
  'activity-canvas',
  'card-sort',
  'coaching-matrix',
  'disc-quiz',
  'division-table',
  'failed-activity',
  'follow-up-72h',
  'outbound-call',
  'peak-end',
  'pesos',
  'performance-formula',
  'selling-points',
  'target-plan',
  'action-plan',
  'exam',
  'phone-layout',
  'knowledge-check',
  'offline',
  'progress-page',
  'results-export',
  'saved-data',
);

/** 课堂互动: its own project, with the live server the spec starts (a projector and phones in one test). */
const LIVE_SPECS = specs('live');

// E2E_PORT lets a second checkout run its browser tests alongside this one.
const PORT = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: 'e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  // Axe on the longest module pages takes several seconds on a 2-core CI machine.
  timeout: 60_000,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions,
    trace: 'off',
    // No click or page load takes this long, even on a busy 2-core machine: one that hangs fails
    // here, naming itself, instead of using up the whole test's time without saying where.
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
  },
  projects: [
    {
      name: 'phone',
      testIgnore: [...TRAINER_SPECS, ...LIVE_SPECS],
      use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, launchOptions },
    },
    {
      name: 'projector',
      testIgnore: [...TRAINEE_SPECS, ...LIVE_SPECS],
      use: { viewport: { width: 1280, height: 720 }, launchOptions },
    },
    // The trainer's projector and the phones are contexts of one test, against the live server
    // (live/server.ts on LIVE_E2E_PORT, default 4350, with a fresh SQLite file) rather than the static host.
    { name: 'live', testMatch: LIVE_SPECS, use: { viewport: { width: 1280, height: 720 }, launchOptions } },
    // The LMS packages (npm run export:scorm) in a test LMS of their own (tests/scorm/lms-server.ts), on an office PC.
    { name: 'scorm', testDir: 'scorm', use: { viewport: { width: 1280, height: 720 }, launchOptions } },
  ],
  // Serves the built site (npm test builds it first) as a static host would.
  webServer: {
    command: `node scripts/serve-dist.mjs ${PORT}`,
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
