/** Starting the live server for the integration tests: in this process, or as `npm run live` would (a child process to kill). */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TRAINER_KEY_HEADER } from '../../src/live/protocol';
import { afterAll, beforeAll, describe } from 'vitest';
import WebSocket from 'ws';
import type { Snapshot } from '../../src/live/protocol';
import { startLiveServer, type LiveServerOptions } from '../../live/server';
import { startCluster, unavailable, type Cluster } from './postgres-cluster';
import { writeDist } from './room-data';

const root = resolve(import.meta.dirname, '../..');

/**
 * A temporary folder with a small dist/ and a place for the SQLite file, or `databaseUrl` (a new
 * PostgreSQL database) when given; removed by `cleanup`.
 */
export function workspace(databaseUrl?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'live-test-'));
  const distDir = join(dir, 'dist');
  const data = writeDist(distDir);
  return {
    dir,
    distDir,
    dbPath: join(dir, 'rooms.sqlite'),
    databaseUrl,
    data,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export type Workspace = ReturnType<typeof workspace>;

/** The engines the integration tests run against. */
export const ENGINES = ['sqlite', 'postgres'] as const;
export type Engine = (typeof ENGINES)[number];

/**
 * `describe` for one engine: for PostgreSQL it starts a throwaway cluster for the block (or skips
 * the block, saying why, where PostgreSQL cannot be had). `fn` gets a maker of workspaces, each
 * on a new database.
 */
export function describeEngine(engine: Engine, name: string, fn: (makeSpace: () => Promise<Workspace>) => void) {
  const missing = engine === 'postgres' ? unavailable() : null;
  if (missing) {
    console.warn(missing);
    return describe.skip(`${name} (${engine})`, () => fn(async () => workspace()));
  }
  return describe(`${name} (${engine})`, { timeout: 60_000 }, () => {
    let cluster: Cluster | null = null;
    if (engine === 'postgres') {
      beforeAll(async () => {
        cluster = await startCluster();
      }, 60_000);
      afterAll(() => cluster?.stop());
    }
    fn(async () => workspace(cluster ? await cluster.database() : undefined));
  });
}

export async function inProcess(space: Workspace, options: LiveServerOptions = {}) {
  const server = await startLiveServer({
    host: '127.0.0.1',
    port: 0,
    dbPath: space.dbPath,
    ...(space.databaseUrl ? { databaseUrl: space.databaseUrl } : {}),
    distDir: space.distDir,
    ...options,
  });
  return { ...server, api: api(server.localUrl, server.key) };
}

/** `npm run live -- --host 127.0.0.1 --port 0 --no-build …` as a child process, resolved once it prints its address. */
export function childProcess(space: Workspace, args: string[] = []) {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      'live/cli.ts',
      '--host',
      '127.0.0.1',
      '--port',
      '0',
      '--no-build',
      '--db',
      space.dbPath,
      '--dist',
      space.distDir,
      ...(space.databaseUrl ? ['--database-url', space.databaseUrl] : []),
      ...args,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise<{
    url: string;
    key: string;
    child: ChildProcess;
    api: ReturnType<typeof api>;
    output: () => string;
  }>((resolvePromise, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /本机地址：(http:\/\/[^\s/]+)/.exec(output)?.[1];
      const key = /#live-key=(\S+)/.exec(output)?.[1];
      if (url && key) resolvePromise({ url, key, child, api: api(url, key), output: () => output });
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`live server exited (${code}): ${output}`)));
  });
}

export function stopped(child: ChildProcess): Promise<number | null> {
  return new Promise((resolvePromise) => {
    if (child.exitCode !== null || child.signalCode !== null) resolvePromise(child.exitCode);
    else child.once('exit', (code) => resolvePromise(code));
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- replies are read field by field in the tests' expectations
export type Reply = { status: number; body: any; headers: Headers };

/** JSON calls to the live API; `trainer: true` sends the key. */
export function api(base: string, key: string) {
  async function call(method: string, path: string, body?: unknown, trainer = false, raw?: string): Promise<Reply> {
    const response = await fetch(`${base}/api/live${path}`, {
      method,
      headers: {
        ...(body !== undefined || raw !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(trainer ? { [TRAINER_KEY_HEADER]: key } : {}),
      },
      ...(raw !== undefined ? { body: raw } : body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // CSV, SVG: kept as text
    }
    return { status: response.status, body: parsed, headers: response.headers };
  }
  return {
    call,
    get: (path: string, trainer = false) => call('GET', path, undefined, trainer),
    post: (path: string, body: unknown, trainer = false) => call('POST', path, body, trainer),
    async room(moduleId = 'm3') {
      const reply = await call('POST', '/rooms', { moduleId }, true);
      if (reply.status !== 201) throw new Error(`create room: ${reply.status} ${JSON.stringify(reply.body)}`);
      return reply.body as { code: string; joinUrl: string };
    },
  };
}

/** Collects snapshots from a message stream until `done` says so. */
export function until(snapshots: Snapshot[], done: (latest: Snapshot) => boolean): Promise<Snapshot> {
  return new Promise((resolve) => {
    const check = setInterval(() => {
      const latest = snapshots.at(-1);
      if (latest && done(latest)) {
        clearInterval(check);
        resolve(latest);
      }
    }, 5);
  });
}

/** A phone's WebSocket on a room, with every snapshot pushed to it. */
export function phoneSocket(base: string, code: string) {
  const socket = new WebSocket(`${base.replace('http', 'ws')}/api/live/rooms/${code}/socket`);
  const snapshots: Snapshot[] = [];
  socket.on('message', (text) => snapshots.push(JSON.parse(String(text)).snapshot));
  return { socket, snapshots };
}
