// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [mdx(), preact()],
  build: {
    // Small pages inline their CSS; no render-blocking request on a weak network.
    inlineStylesheets: 'auto',
  },
  devToolbar: { enabled: false },
});
