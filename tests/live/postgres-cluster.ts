/**
 * A throwaway PostgreSQL for the live tests: `initdb` in a temporary folder, the server on a free
 * loopback port with its socket in that folder, removed by `stop`. initdb and postgres refuse to
 * run as root, so as root they run as the package's `postgres` user (or `nobody`) via runuser.
 * `scripts/setup-postgres.mjs` (before `npm run test:unit`) installs the programs when missing.
 */
import { spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { postgresBinDir } from '../../scripts/lib/postgres-bin.mjs';

export interface Cluster {
  /** A new empty database on the cluster, as a postgres:// URL. */
  database(): Promise<string>;
  stop(): Promise<void>;
}

/** Why PostgreSQL tests cannot run here, or null when they can. */
export function unavailable(): string | null {
  return postgresBinDir()
    ? null
    : 'PostgreSQL 不可用：找不到 initdb（apt-get install postgresql，或以 root 运行 npm run test:unit 自动安装），跳过 PostgreSQL 部分的测试。';
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Runs a PostgreSQL program as an unprivileged user when we are root. */
function run(bin: string, program: string, args: string[], uid: { name: string; id: number } | null): void {
  const command = uid ? ['runuser', '-u', uid.name, '--', join(bin, program), ...args] : [join(bin, program), ...args];
  const result = spawnSync(command[0]!, command.slice(1), { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr || result.stdout || result.error}`);
}

function unprivilegedUser(): { name: string; id: number } | null {
  if (userInfo().uid !== 0) return null;
  for (const name of ['postgres', 'nobody']) {
    const found = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    if (found.status === 0) return { name, id: Number(found.stdout.trim()) };
  }
  throw new Error('以 root 运行时需要 postgres 或 nobody 用户来运行 PostgreSQL。');
}

export async function startCluster(): Promise<Cluster> {
  const bin = postgresBinDir();
  if (!bin) throw new Error(unavailable() ?? '');
  const dir = mkdtempSync(join(tmpdir(), 'live-pg-'));
  const data = join(dir, 'data');
  const user = unprivilegedUser();
  if (user) chownSync(dir, user.id, -1);
  const port = await freePort();
  try {
    run(bin, 'initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync'], user);
    // A throwaway cluster: no fsync. Only loopback and the socket in our folder.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
    run(bin, 'pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', 'start'], user);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const admin = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const sql = postgres(admin, { max: 1, onnotice: () => undefined });
  let count = 0;
  return {
    async database() {
      count += 1;
      const name = `live_${count}`;
      await sql.unsafe(`CREATE DATABASE ${name}`);
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      await sql.end({ timeout: 1 });
      try {
        run(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'], user);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
