/**
 * `npm run lint:content [-- <content dir>]`: runs the content lint over `content/` (or the folder
 * given), prints each finding as `file · where · rule: message`, a count per rule and the bank's
 * statistics, and exits 1 when anything was found.
 */
import { describeStats } from './bank.ts';
import { formatFinding } from './finding.ts';
import { lintContent, RULES } from './lint.ts';
import { readContent } from './read-content.ts';

const dir = process.argv[2] ?? 'content';
const { findings, stats } = lintContent(readContent(dir));

for (const finding of findings) console.log(formatFinding(finding));
console.log('');
for (const rule of Object.keys(RULES)) {
  const count = findings.filter((finding) => finding.rule === rule).length;
  console.log(`${count === 0 ? '✓' : '✗'} ${rule}: ${count === 0 ? 'ok' : `${count} finding${count > 1 ? 's' : ''}`}`);
}
console.log('');
console.log('题库统计：');
for (const line of describeStats(stats)) console.log(`  ${line}`);
process.exitCode = findings.length > 0 ? 1 : 0;
