// Serves the built site (dist/) on localhost for `npm start`, the browser tests and the audit, like a
// plain static host with the course's response headers (lib/host-headers.mjs): `/path/` → `/path/index.html`, unknown paths → 404.html, text gzipped when the
// browser accepts it (as any real host does, so the audit sees realistic transfer sizes). Used instead of `astro preview` so the
// tests run even while an author has their own preview server open.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HOST_HEADERS } from './lib/host-headers.mjs';
import { CONTENT_TYPES } from './lib/content-types.mjs';

const root = resolve('dist');
const port = Number(process.argv[2] ?? 4322);

createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(root)) {
    response.writeHead(403).end();
    return;
  }
  const send = (status, type, body) => {
    const gzip =
      /^(text\/|image\/svg|application\/(json|manifest))/.test(type) &&
      /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response
      .writeHead(status, {
        ...Object.fromEntries(HOST_HEADERS),
        'content-type': type,
        vary: 'accept-encoding',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      })
      .end(gzip ? gzipSync(body) : body);
  };
  try {
    send(200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
  } catch {
    send(404, CONTENT_TYPES['.html'], await readFile(join(root, '404.html')).catch(() => 'Not found'));
  }
}).listen(port, '127.0.0.1', () => console.log(`serving dist/ on http://localhost:${port}/`));
