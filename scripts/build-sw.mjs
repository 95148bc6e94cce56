// Writes the offline service worker dist/sw.js with Workbox (generateSW) after `astro build` and
// after Pagefind has indexed dist/. A first visit precaches what a trainee needs to keep studying
// without a network (every module, its exercises and knowledge check, the exam, 我的进度, the plan,
// the agenda, and every script and style); what only some open, or only in class (slides, the
// handout, the trainer's pages, search and its index, the live phone page), is cached when first
// opened. A new build gives a new sw.js; the page script offers 「重新加载」 instead of switching
// mid-exercise (skipWaiting stays off). Prints what it precaches.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateSW, getManifest } from 'workbox-build';

const dist = resolve(process.argv[2] ?? 'dist');

/**
 * Old tabs keep working after an update: when a new worker installs, it first copies the current
 * version's bundles (`_astro/`) into a cache of their own, which replaces the copy from the update
 * before. Once 「重新加载」 in one tab activates the new worker and it drops the old bundles from its
 * precache, another tab still on the old page finds an island it has not loaded yet there, instead
 * of a 404 from the new deployment. Written next to sw.js and loaded with importScripts.
 */
const PREVIOUS_ASSETS_CACHE = 'course-previous-assets';
const KEEP_PREVIOUS_ASSETS = 'sw-keep-previous-assets.js';
writeFileSync(
  join(dist, KEEP_PREVIOUS_ASSETS),
  `const name = '${PREVIOUS_ASSETS_CACHE}';
// The bundles kept, by URL: a fetch handler must decide at once whether it answers.
let kept = new Set();
const remember = () =>
  caches
    .open(name)
    .then((cache) => cache.keys())
    .then((requests) => (kept = new Set(requests.map((request) => request.url))));
remember();
self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      await caches.delete(name);
      const keep = await caches.open(name);
      for (const cacheName of await caches.keys()) {
        if (!cacheName.startsWith('workbox-precache')) continue;
        const cache = await caches.open(cacheName);
        for (const request of await cache.keys()) {
          if (!new URL(request.url).pathname.startsWith('/_astro/')) continue;
          const response = await cache.match(request);
          if (response) await keep.put(request, response);
        }
      }
      await remember();
    })(),
  );
});
// Registered before Workbox's own handler, so a kept bundle is answered here; anything else
// (the current version's files, a file that never existed) goes on to Workbox and the network.
self.addEventListener('fetch', (event) => {
  if (kept.has(event.request.url))
    event.respondWith(caches.match(event.request, { cacheName: name }).then((hit) => hit ?? fetch(event.request)));
});
`,
);

/**
 * Cached on first use, not on a first visit: the slides and the handout (about 240 KB gzip for
 * today's seven modules, growing with every module), the trainer's pages, search with its index
 * (330 KB) and the live phone page. They work offline once opened; Pagefind's index parts are
 * cached as searches fetch them.
 */
const ON_USE = ['present', 'handout', 'trainer', 'search', 'pagefind', 'live'];
const ON_USE_CACHE = 'course-on-use';

const files = {
  globDirectory: dist,
  // Pages, scripts, styles, images, the manifest, and the exam's question pool (the exam page loads it).
  globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}', 'exam/pool-*.json'],
  globIgnores: ['sw.js', KEEP_PREVIOUS_ASSETS, 'precache.json', ...ON_USE.map((folder) => `${folder}/**`)],
};

// A file Workbox skips (over its 2 MB limit) would be missing offline: name it and say what to do.
const { manifestEntries, count, size, warnings } = await getManifest(files);
if (warnings.length) {
  console.error(
    `build-sw: ${warnings.join('\n')}\n` +
      'build-sw: a page or file above would not work offline. Make it smaller (split the page), or add its ' +
      'folder to ON_USE in scripts/build-sw.mjs so it is cached when first opened instead of precached.',
  );
  process.exit(1);
}

await generateSW({
  ...files,
  swDest: join(dist, 'sw.js'),
  // Astro's bundles carry a content hash in their names: no revision needed.
  dontCacheBustURLsMatching: /^_astro\//,
  // `/modules/m3/` is served from the precached `/modules/m3/index.html` (Workbox's default, stated).
  directoryIndex: 'index.html',
  // A query never changes a static page or file: `/search/?q=…` and Pagefind's `?ts=…` hit the cache.
  ignoreURLParametersMatching: [/.*/],
  importScripts: [KEEP_PREVIOUS_ASSETS],
  runtimeCaching: [
    // Pages not precached (the ON_USE folders; precached pages are answered before these routes):
    // fresh from the network while online, the last copy offline, else the saved 404 page. Queries
    // are ignored, so `/search/?q=…` and `?view=presenter` find the copy.
    {
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkFirst',
      options: {
        cacheName: ON_USE_CACHE,
        matchOptions: { ignoreSearch: true },
        precacheFallback: { fallbackURL: '/404.html' },
      },
    },
    // What those pages load from their folders: Pagefind's index parts, the live room data.
    {
      urlPattern: new RegExp(`^https?://[^/]+/(?:${ON_USE.join('|')})/`),
      handler: 'NetworkFirst',
      options: { cacheName: ON_USE_CACHE, matchOptions: { ignoreSearch: true } },
    },
  ],
  skipWaiting: false,
  // The first worker takes over the open page at once, so it works offline without a reload.
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
});

const gzipTotal = manifestEntries.reduce((sum, entry) => sum + gzipSync(readFileSync(join(dist, entry.url))).length, 0);
// For `npm run docs:numbers` (scripts/docs-numbers.mjs); not precached itself.
writeFileSync(join(dist, 'precache.json'), `${JSON.stringify({ files: count, bytes: size, gzipBytes: gzipTotal })}\n`);
console.log(
  `build-sw: dist/sw.js precaches ${count} files, ${(size / 1024).toFixed(0)} KB (${(gzipTotal / 1024).toFixed(0)} KB gzip)`,
);
