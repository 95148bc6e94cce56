// The response headers every host of the course should send (a page cannot set them itself), and
// the same list as each common static host writes it. `npm start`'s server (serve-dist.mjs) sends
// them; the build writes dist/_headers (Netlify, Cloudflare Pages) and dist/.htaccess (Apache);
// deploy/nginx.conf and deploy/Caddyfile hold them for those servers (a unit test keeps them in step).

/**
 * [name, value]: frame-ancestors stops other sites from framing 我的进度 (清空, 导入) inside theirs.
 * @type {[string, string][]}
 */
export const HOST_HEADERS = [
  ['Content-Security-Policy', "frame-ancestors 'self'"],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'same-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
];

/** Netlify and Cloudflare Pages: `_headers` in the site's root. */
export const netlifyHeaders = () => `/*\n${HOST_HEADERS.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;

/** Apache: `.htaccess` in the site's root (needs mod_headers). */
export const htaccess = () =>
  `<IfModule mod_headers.c>\n${HOST_HEADERS.map(([name, value]) => `  Header always set ${name} "${value}"`).join('\n')}\n</IfModule>\n`;
