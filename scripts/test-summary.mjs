// Reads the output of `npm test` and prints one line, "N passed, N failed", summing Vitest's and
// Playwright's counts (colour codes stripped). A suite that never ran counts as nothing.
import { readFileSync } from 'node:fs';

// eslint-disable-next-line no-control-regex -- the escape character is what is being matched
const text = readFileSync(process.argv[2], 'utf8').replace(/\u001b\[[0-9;]*m/g, '');
let passed = 0;
let failed = 0;
// Vitest: "Tests  288 passed (288)" or "Tests  2 failed | 286 passed (288)"
for (const line of text.split('\n').filter((row) => /^\s*Tests\s+\d/.test(row))) {
  passed += Number(/(\d+) passed/.exec(line)?.[1] ?? 0);
  failed += Number(/(\d+) failed/.exec(line)?.[1] ?? 0);
}
// Playwright: "  30 passed (1.1m)", "  2 failed", "  1 flaky"
for (const line of text.split('\n').filter((row) => /^\s+\d+ (passed|failed|flaky)( \(|$)/.test(row))) {
  const [, count, kind] = /^\s+(\d+) (passed|failed|flaky)/.exec(line) ?? [];
  if (kind === 'passed') passed += Number(count);
  else failed += Number(count);
}
console.log(`${passed} passed, ${failed} failed`);
