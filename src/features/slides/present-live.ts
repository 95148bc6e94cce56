/**
 * 课堂互动 on a slide show, kept tiny because slide shows are near their JavaScript budget: only in
 * 讲师模式 (or with a trainer's key on this device or in the address), ask whether the live server
 * serves this page (`/live/health.json`: a static host serves the built file, which says no), and only
 * when it does, load the room panel; the panel's code is a separate chunk (src/live/client/room-panel.tsx).
 * It runs before present.ts, which rewrites the address: a `#live-key=…` is read here first.
 *
 * The panel is built as a bundle of its own (`?worker&url`, an ES module: `worker.format` in
 * astro.config.mjs) and loaded by its address: a plain `import()` would add Vite's preload helper
 * (0.9 KB) to every slide show, which the fullest ones have no room for. A worker bundle keeps no
 * exports, so the panel starts itself and reads the page's fragment from its own `import.meta.url`.
 */
import panelUrl from '../../live/client/room-panel.tsx?worker&url';
import { pageStorage } from '../../browser/page-storage';
import { TRAINER_KEY } from '../../platform/progress';
import { LIVE_HEALTH_PATH, type HealthResponse } from '../../live/protocol';

const hash = location.hash;
const storage = pageStorage();
// The key's storage name is LIVE_KEY_STORAGE in src/live/client/trainer-key.ts.
if (/live-key=/.test(hash) || storage[TRAINER_KEY] === 'yes' || storage['svc-course:live-key'])
  fetch(LIVE_HEALTH_PATH, { cache: 'no-store' })
    .then((response) => (response.ok ? (response.json() as Promise<HealthResponse>) : null))
    .then((health) => {
      // The address's fragment travels in the module's own URL (never sent to the server).
      if (health?.live && health.protocol === 1) void import(/* @vite-ignore */ panelUrl + hash);
    })
    .catch(() => {});
