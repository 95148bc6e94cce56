// Where PostgreSQL's server programs are: Debian's /usr/lib/postgresql/<version>/bin (newest
// version first), else initdb on the PATH. Shared by scripts/setup-postgres.mjs and the tests'
// throwaway cluster (tests/live/postgres-cluster.ts).
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';

const DEBIAN = '/usr/lib/postgresql';

/** The folder holding initdb, pg_ctl and postgres, or null. */
export function postgresBinDir() {
  if (existsSync(DEBIAN)) {
    const versions = readdirSync(DEBIAN)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions)
      if (existsSync(join(DEBIAN, version, 'bin', 'initdb'))) return join(DEBIAN, version, 'bin');
  }
  const found = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  return found && existsSync(join(dirname(found), 'pg_ctl')) ? dirname(found) : null;
}
