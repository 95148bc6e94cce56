// Makes sure the live tests can start a throwaway PostgreSQL cluster: Debian's postgresql package,
// installed with apt-get when missing and we are root on Debian (like setup-chromium.mjs). Runs
// before `npm run test:unit`; without it the PostgreSQL half of tests/live is skipped, saying why.
import { ensureDebianTool } from './lib/apt-install.mjs';
import { postgresBinDir } from './lib/postgres-bin.mjs';

const found = postgresBinDir();
ensureDebianTool(
  'setup-postgres',
  found ? `${found}/initdb` : '/usr/lib/postgresql/<version>/bin/initdb',
  ['postgresql'],
  'install the postgresql package (Debian/Ubuntu) to run the live tests against PostgreSQL; they are skipped without it.',
);
