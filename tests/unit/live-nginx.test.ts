/** deploy/live-nginx.conf, the README's sample for several live servers behind nginx. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const config = readFileSync(resolve(import.meta.dirname, '../../deploy/live-nginx.conf'), 'utf8');
/** The directives, without comments. */
const directives = config
  .split('\n')
  .map((line) => line.replace(/#.*/, '').trim())
  .filter(Boolean);
const has = (directive: string) => directives.some((line) => line.replace(/\s+/g, ' ') === `${directive};`);

describe('deploy/live-nginx.conf', () => {
  it('spreads requests over several servers with no sticky sessions', () => {
    const upstream = config.slice(config.indexOf('upstream live_servers'), config.indexOf('}'));
    expect(upstream.match(/^\s*server\s+\S+/gm)?.length).toBeGreaterThanOrEqual(2);
    expect(directives.filter((line) => /^(ip_hash|hash|sticky)\b/.test(line))).toEqual([]);
    expect(has('proxy_pass http://live_servers')).toBe(true);
  });

  it('passes WebSocket upgrades and the Host the server checks the Origin against', () => {
    expect(has('proxy_http_version 1.1')).toBe(true);
    expect(has('proxy_set_header Upgrade $http_upgrade')).toBe(true);
    expect(has('proxy_set_header Connection $connection_upgrade')).toBe(true);
    expect(has('proxy_set_header Host $host')).toBe(true);
    expect(config).toMatch(/map \$http_upgrade \$connection_upgrade \{\s*default upgrade;\s*'' close;\s*\}/);
  });

  it('does not buffer event streams nor time out a socket between two heartbeats (25 s)', () => {
    expect(has('proxy_buffering off')).toBe(true);
    const timeout = /proxy_read_timeout (\d+)s;/.exec(config)?.[1];
    expect(Number(timeout)).toBeGreaterThan(25);
  });
});
