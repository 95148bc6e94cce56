/**
 * The test LMS's web server: the player page (player.html, scorm-again as the API) and each package,
 * unzipped in memory, under a deep path as Moodle serves it (`/pluginfile.php/<id>/mod_scorm/content/1/`).
 * Like an LMS's file server it maps no folder to index.html; every request it cannot answer is kept
 * in `missing`, so a test can say that none was made.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { unzipSync } from 'fflate';

export type Version = '1.2' | '2004';
const ROOT = resolve(import.meta.dirname, '../..');
export const ZIPS: Record<Version, string> = {
  '1.2': resolve(ROOT, 'scorm/服务价值链-scorm12.zip'),
  '2004': resolve(ROOT, 'scorm/服务价值链-scorm2004.zip'),
};
/** The deep path each package is served under. */
export const CONTENT: Record<Version, string> = {
  '1.2': '/pluginfile.php/42/mod_scorm/content/1/',
  '2004': '/pluginfile.php/43/mod_scorm/content/1/',
};
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

export function readPackage(version: Version): Record<string, Uint8Array> {
  try {
    return unzipSync(readFileSync(ZIPS[version]));
  } catch {
    throw new Error(`${ZIPS[version]} is missing: run \`npm run export:scorm\` first`);
  }
}

export interface LmsServer {
  origin: string;
  missing: string[];
  close(): Promise<void>;
}

export async function startLmsServer(): Promise<LmsServer> {
  const packages = { '1.2': readPackage('1.2'), '2004': readPackage('2004') };
  const own: Record<string, [string, string]> = {
    '/mod/scorm/player.html': [resolve(import.meta.dirname, 'player.html'), TYPES['.html']!],
    '/lms/player.js': [resolve(import.meta.dirname, 'player.js'), TYPES['.js']!],
    '/lms/scorm-again.js': [resolve(ROOT, 'node_modules/scorm-again/dist/scorm-again.min.js'), TYPES['.js']!],
  };
  const missing: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://lms').pathname);
    const mine = own[path];
    if (mine) return response.writeHead(200, { 'content-type': mine[1] }).end(readFileSync(mine[0]));
    for (const version of ['1.2', '2004'] as const) {
      if (!path.startsWith(CONTENT[version])) continue;
      const bytes = packages[version][path.slice(CONTENT[version].length)];
      if (bytes)
        return response
          .writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' })
          .end(bytes);
    }
    if (path !== '/favicon.ico') missing.push(path);
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    missing,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
