// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

export default defineConfig({
  // The address the course is served from: printed on the handout's exercise boxes. Set SITE_URL when building for a host.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [mdx(), preact()],
  build: {
    // Small pages inline their CSS; no render-blocking request on a weak network.
    inlineStylesheets: 'auto',
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        output: {
          // What the reading pages' script (src/scripts/page.ts) shares with islands and tool pages, in
          // one chunk: a chunk of its own per shared module would push reading pages over 2.2 KB.
          codeSplitting: { groups: [{ name: 'progress', test: /src[\\/]platform[\\/](progress|safe-storage|decode)\.ts$/ }] },
        },
      },
    },
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
      // those attributes may be inline, <style> elements still need their hash.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
});
