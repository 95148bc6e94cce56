// After the build: writes the host header files into dist/ (see scripts/lib/host-headers.mjs).
import { writeFileSync } from 'node:fs';
import { htaccess, netlifyHeaders } from './lib/host-headers.mjs';

writeFileSync('dist/_headers', netlifyHeaders());
writeFileSync('dist/.htaccess', htaccess());
console.log('host headers: dist/_headers, dist/.htaccess');
