/** The response headers: one list, written the same way for every host the README names. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOST_HEADERS, htaccess, netlifyHeaders } from '../../scripts/lib/host-headers.mjs';

const deploy = (file: string) => readFileSync(resolve(import.meta.dirname, '../../deploy', file), 'utf8');

describe('host headers', () => {
  it('stop other sites from framing the course', () => {
    expect(Object.fromEntries(HOST_HEADERS)).toMatchObject({
      'Content-Security-Policy': "frame-ancestors 'self'",
      'X-Frame-Options': 'SAMEORIGIN',
    });
  });
  it.each([
    ['_headers (Netlify, Cloudflare)', netlifyHeaders()],
    ['.htaccess (Apache)', htaccess()],
    ['deploy/nginx.conf', deploy('nginx.conf')],
    ['deploy/Caddyfile', deploy('Caddyfile')],
  ])('%s sends every one of them, each on a line with its value', (_name, config) => {
    const lines = config.split('\n');
    const missing = HOST_HEADERS.filter(
      ([name, value]) => !lines.some((line) => line.includes(name) && line.includes(value)),
    );
    expect(missing).toEqual([]);
  });
});
