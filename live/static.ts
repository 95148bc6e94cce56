/**
 * The built course (dist/) as the live server serves it: like scripts/serve-dist.mjs (the same host
 * headers, `/path/` → index.html, unknown paths → 404.html, gzip for text), except that
 * `connect-src` allows exactly the server's own origin in both its http: and ws: forms, in the
 * header and in each page's CSP <meta> (Safari's engine does not count ws: under 'self').
 */
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HOST_HEADERS } from '../scripts/lib/host-headers.mjs';
import { CONTENT_TYPES } from '../scripts/lib/content-types.mjs';

const COMPRESSIBLE = /^(text\/|image\/svg|application\/(json|manifest|xml))/;
/** host or host:port as a browser sends it; anything else is not put into a header. */
const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/** The origin the request was made to, in both forms, for connect-src: `http://host ws://host`. */
export function ownOrigins(host: string | undefined, fallbackHost: string): string {
  const name = host && HOST.test(host) ? host : fallbackHost;
  return `http://${name} ws://${name}`;
}

/** Every host header, the CSP one with connect-src limited to these origins. */
export function liveHeaders(origins: string): Record<string, string> {
  return Object.fromEntries(
    HOST_HEADERS.map(([name, value]) =>
      name === 'Content-Security-Policy' ? [name, `${value}; connect-src 'self' ${origins}`] : [name, value],
    ),
  );
}

/** The page's own CSP <meta> with the same connect-src (the build wrote `connect-src 'self'`). */
export function withLiveConnectSrc(html: string, origins: string): string {
  return html.replace(/<meta http-equiv="content-security-policy" content="[^"]*"/i, (meta) =>
    meta.replace(/connect-src 'self'(?=[;"])/, `connect-src 'self' ${origins}`),
  );
}

interface Cached {
  mtimeMs: number;
  body: Buffer;
  gzip: Buffer | null;
}

export function staticFiles(distDir: string, fallbackHost: string) {
  const root = resolve(distDir);
  // Pages are small and few; compressed copies are kept until the file changes.
  const cache = new Map<string, Cached>();

  async function load(file: string): Promise<Cached | null> {
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return null;
    const known = cache.get(file);
    if (known && known.mtimeMs === info.mtimeMs) return known;
    const body = await readFile(file);
    const type = CONTENT_TYPES[extname(file)] ?? '';
    const entry = { mtimeMs: info.mtimeMs, body, gzip: COMPRESSIBLE.test(type) ? gzipSync(body) : null };
    cache.set(file, entry);
    return entry;
  }

  return async function serve(request: IncomingMessage, response: ServerResponse, pathname: string): Promise<void> {
    const origins = ownOrigins(request.headers.host, fallbackHost);
    const headers = liveHeaders(origins);
    let path: string;
    try {
      path = decodeURIComponent(pathname);
    } catch {
      path = '/404.html';
    }
    let file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) {
      response.writeHead(403, headers).end();
      return;
    }
    let status = 200;
    let found = await load(file);
    if (!found) {
      status = 404;
      file = join(root, '404.html');
      found = await load(file);
    }
    if (!found) {
      response.writeHead(404, { ...headers, 'content-type': CONTENT_TYPES['.html'] }).end('Not found');
      return;
    }
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    let body = found.body;
    let gzip = found.gzip;
    if (extname(file) === '.html') {
      // The meta policy names this request's origin, so the page is rewritten per host.
      body = Buffer.from(withLiveConnectSrc(body.toString('utf8'), origins));
      gzip = gzipSync(body);
    }
    const useGzip = gzip !== null && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response
      .writeHead(status, {
        ...headers,
        'content-type': type,
        vary: 'accept-encoding',
        ...(useGzip ? { 'content-encoding': 'gzip' } : {}),
      })
      .end(request.method === 'HEAD' ? undefined : useGzip ? gzip : body);
  };
}
