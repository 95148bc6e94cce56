/**
 * Proves that broken content fails the real build with a message naming the file and the field:
 * once for a schema error (`astro sync`) and once for a module-body check (`astro build`). Each case
 * copies the project into a temporary folder with one deliberately broken file and runs the CLI
 * there, so the working tree is never touched. Every case expects its own exact message, so a copy
 * that fails for another reason fails the test too. The other kinds of broken content are checked
 * without a build in content-errors.test.ts; `npm run test:fast` leaves this file out.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const made: string[] = [];

/** A copy of the project whose content is changed by `edit(path, text) → text`. */
function projectWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'course-content-'));
  made.push(dir);
  for (const entry of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

/** Runs the Astro CLI on the Node that runs this test (Node 24), returning its combined output. */
async function astro(dir: string, command: 'sync' | 'build'): Promise<{ failed: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), command], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    return { failed: false, output: stdout + stderr };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    return { failed: true, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('broken content fails the build, naming file and field', { timeout: 120_000 }, () => {
  it('a module without a summary', async () => {
    const dir = projectWith('content/modules/m1.mdx', (text) => text.replace(/^summary:.*\n/m, ''));
    const { failed, output } = await astro(dir, 'sync');
    expect(failed).toBe(true);
    expect(output).toMatch(/modules → m1/);
    expect(output).toMatch(/content\/modules\/m1\.mdx/);
    expect(output).toMatch(/summary.*Required/);
  });

  it('a module text that embeds an exercise its frontmatter does not list', async () => {
    const dir = projectWith('content/modules/m1.mdx', (text) => `${text}\n\n<Exercise id="peak-end" />\n`);
    const { failed, output } = await astro(dir, 'build');
    expect(failed).toBe(true);
    expect(output).toContain(
      'content/modules/m1.mdx: <Exercise id="peak-end" /> is embedded but missing from the frontmatter field "exercises"',
    );
  });
});
