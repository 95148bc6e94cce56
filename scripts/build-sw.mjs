// Writes the offline service worker dist/sw.js with Workbox (generateSW) after `astro build` and
// after Pagefind has indexed dist/. It precaches every page and asset, so after a first visit the
// whole course (pages, exercises, knowledge checks, search) works without a network. A new build
// gives a new sw.js; the page script offers 「重新加载」 instead of switching mid-exercise
// (skipWaiting stays off). Prints what it precaches.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateSW, getManifest } from 'workbox-build';

const dist = resolve(process.argv[2] ?? 'dist');

/**
 * Pagefind writes three search interfaces and a highlighter; precache only those the site
 * actually loads (named in a page or a bundled script), not ~400 KB of unused alternatives.
 */
function unusedPagefindExtras() {
  const dir = join(dist, 'pagefind');
  if (!existsSync(dir)) return [];
  const site = [
    ...readdirSync(dist, { recursive: true })
      .filter((name) => name.endsWith('.html'))
      .map((name) => join(dist, name)),
    ...readdirSync(join(dist, '_astro')).map((name) => join(dist, '_astro', name)),
  ]
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  return readdirSync(dir)
    .filter((name) => /^pagefind-(?:.*ui|highlight)\.(?:js|css)$/.test(name) && !site.includes(name))
    .map((name) => `pagefind/${name}`);
}

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

const files = {
  globDirectory: dist,
  // Pages, scripts, styles, images, the manifest, and Pagefind's index (wasm, meta, index, fragments).
  globPatterns: ['**/*.{html,js,css,svg,png,webmanifest,json,wasm,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}'],
  // Room data (live/*.json) is read only through the live server, which is never offline.
  globIgnores: ['sw.js', KEEP_PREVIOUS_ASSETS, 'precache.json', 'live/*.json', ...unusedPagefindExtras()],
};

// A file Workbox skips (e.g. over its 2 MB limit) would be missing offline.
const { manifestEntries, count, size, warnings } = await getManifest(files);
if (warnings.length) {
  console.error(`build-sw: ${warnings.join('\n')}`);
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
  // Any other address goes to the network; offline, the precached 404 page (with its links) answers.
  importScripts: [KEEP_PREVIOUS_ASSETS],
  runtimeCaching: [
    {
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkOnly',
      options: { precacheFallback: { fallbackURL: '/404.html' } },
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
