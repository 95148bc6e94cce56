/** Whether dist/ must be (re)built before the live server starts: missing, or older than a source. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a build reads. node_modules and generated folders are left out. */
export const SOURCES = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'pagefind.yml'];

function newest(path: string): number {
  let info;
  try {
    info = statSync(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), info.mtimeMs);
}

/** `null` when dist/ is up to date, else the reason (for the terminal). */
export function buildNeeded(root: string, distDir: string): string | null {
  const built = newest(join(distDir, 'index.html'));
  if (!built) return '还没有构建课程';
  const changed = Math.max(...SOURCES.map((source) => newest(join(root, source))));
  return changed > built ? '课程内容或代码比上次构建新' : null;
}
