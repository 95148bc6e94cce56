// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { scormLauncher } from './scripts/lib/scorm-launcher.mjs';

// The LMS package variant (npm run export:scorm): the launcher page, relative links, no offline worker.
const scormPackage = process.env.SCORM_PACKAGE === '1';

/**
 * Astro marks each MDX entry's ?astroPropagatedAssets proxy module with "use astro:head-inject";
 * Astro reads that marker itself before bundling, so the bundler dropping it is harmless. Known Astro 7
 * issue: https://github.com/withastro/astro/issues/18087. Only that directive's warning is muted.
 * @type {NonNullable<NonNullable<import('vite').BuildEnvironmentOptions['rolldownOptions']>['onwarn']>}
 */
const withoutHeadInjectDirectiveWarning = (warning, warn) => {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
  warn(warning);
};

export default defineConfig({
  // The address the course is served from: printed on the handout's exercise boxes. Set SITE_URL when building for a host.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [mdx(), preact(), ...(scormPackage ? [scormLauncher()] : [])],
  build: {
    // Small pages inline their CSS; no render-blocking request on a weak network.
    inlineStylesheets: 'auto',
  },
  devToolbar: { enabled: false },
  // The course has no code blocks; Shiki (the default) would also need inline styles the CSP forbids.
  markdown: { syntaxHighlight: false },
  vite: {
    // The slide shows' room panel is built like a worker, as an ES module it loads by address
    // (src/features/slides/present-live.ts); the course has no other Vite worker.
    worker: { format: 'es' },
    // src/browser/site-href.ts and sw-register.ts read it; the site's bundles keep none of the package code.
    define: { 'import.meta.env.SCORM_PACKAGE': JSON.stringify(scormPackage) },
    build: {
      rolldownOptions: {
        output: {
          // What the reading pages' script (src/scripts/page.ts) shares with islands and tool pages, in
          // one chunk: a chunk of its own per shared module would push reading pages over their budget.
          codeSplitting: {
            groups: [
              {
                name: 'progress',
                test: /src[\\/](platform[\\/](progress|progress-export|safe-storage|decode)|browser[\\/]page-storage|scripts[\\/](save-page-progress|sw-register))\.ts$/,
              },
              // Preact, its hooks and its JSX runtime, which every island page loads, as one chunk:
              // split by whichever pages share which part they cost a slide show 0.3 KB more.
              { name: 'preact', test: /node_modules[\\/]preact[\\/]/ },
            ],
          },
        },
      },
    },
    // Astro bundles in several Vite environments (prerender, client, …), each with its own build
    // options, so these are set on every one of them. No module preload lists: what a part loaded
    // later imports (the progress chunk, dom helpers) the page has mostly loaded already, and the
    // lists cost a slide show 0.2 KB.
    plugins: [
      {
        name: 'every-environment-build-options',
        configEnvironment: () => ({
          build: { modulePreload: false, rolldownOptions: { onwarn: withoutHeadInjectDirectiveWarning } },
        }),
      },
    ],
  },
  // Content-Security-Policy as a <meta> on every page (see README「搜索、安全与隐私」). Astro adds
  // script-src and style-src with the hashes of the inline scripts and styles it emits.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      // Islands render a few style="" attributes on the server (e.g. a progress bar's width); only
      // those attributes may be inline, <style> elements still need their hash. Both sources carry a
      // kind, so Astro writes style-src-elem 'self' <hashes> and style-src-attr 'unsafe-inline'
      // ('self' means nothing for an attribute; a kind-less 'self' next to an attribute source is
      // what Astro warns about).
      styleDirective: {
        resources: [
          { resource: "'self'", kind: 'element' },
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
      },
    },
  },
});
