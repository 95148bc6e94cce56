/**
 * The registry and the folders agree: every exercise has its content file, parsed by the schema in
 * its code folder (no build needed), and every folder holds the parts the registry promises.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXERCISES, EXERCISE_IDS, codeFolder, exercise, isPlanExercise } from '../../src/exercises/registry';
import { contentSchema, rawContent } from './exercise-content';

const exercisesDir = resolve(import.meta.dirname, '../../src/exercises');
const testsDir = resolve(import.meta.dirname, '..');
const contentDir = resolve(import.meta.dirname, '../../content/exercises');
const has = (folder: string, file: string) => existsSync(resolve(exercisesDir, folder, file));

describe('the exercise registry', () => {
  it('has a content file for every exercise, and no content file without an exercise', () => {
    const files = readdirSync(contentDir).map((name) => name.replace(/\.yaml$/, ''));
    expect(files.sort()).toEqual([...EXERCISE_IDS].sort());
  });

  it('has a code folder for every exercise and kind, and no folder it does not know', () => {
    const folders = readdirSync(exercisesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    const known = new Set(['shared', ...EXERCISE_IDS.map(codeFolder)]);
    expect(folders.filter((folder) => !known.has(folder))).toEqual([]);
    expect([...known].filter((folder) => !folders.includes(folder))).toEqual([]);
  });

  it('writes each title once, and no two exercises share one', () => {
    const titles = Object.values(EXERCISES).map((entry) => entry.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  describe.each(EXERCISE_IDS)('%s', (id) => {
    const folder = codeFolder(id);
    it('its folder has Embed.astro, content.ts and logic.ts', () => {
      expect(['Embed.astro', 'content.ts', 'logic.ts'].filter((file) => !has(folder, file))).toEqual([]);
    });
    it('its content file parses with its schema', () => {
      const result = contentSchema(id).safeParse(rawContent(id));
      expect(result.error?.issues ?? []).toEqual([]);
    });
    it('has plan.ts exactly when it feeds 我的行动计划', () => {
      expect(has(folder, 'plan.ts')).toBe(isPlanExercise(id));
    });
    it('has slide.css exactly when the registry says it has a slide layout', () => {
      expect(has(folder, 'slide.css')).toBe(exercise(id).slideLayout === true);
    });
    it('has tests named by its folder (unit) and by its id or folder (browser)', () => {
      expect(existsSync(resolve(testsDir, 'unit', `${folder}.test.ts`))).toBe(true);
      const specs = [id, folder].map((name) => resolve(testsDir, 'e2e', `${name}.spec.ts`));
      expect(specs.some((spec) => existsSync(spec))).toBe(true);
    });
  });
});

describe('titles come from the registry', () => {
  it('no island writes its own title', () => {
    const islands = readdirSync(exercisesDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.tsx'),
    );
    const titled = islands.filter((file) =>
      /<ExerciseFrame[^>]*\stitle="/.test(readFileSync(resolve(exercisesDir, file), 'utf8')),
    );
    expect(titled).toEqual([]);
  });
});

describe('each exercise styles itself', () => {
  const folders = [...new Set(EXERCISE_IDS.map(codeFolder))];
  const classesIn = (css: string) => new Set([...css.matchAll(/\.([a-z][\w-]*)/g)].map((match) => match[1] ?? ''));
  /** The class names an exercise folder's islands write in class="…" (static strings only). */
  const islandClasses = (folder: string) => {
    const islands = readdirSync(resolve(exercisesDir, folder)).filter((file) => file.endsWith('.tsx'));
    const source = islands.map((file) => readFileSync(resolve(exercisesDir, folder, file), 'utf8')).join('\n');
    return new Set(
      [...source.matchAll(/class=\{?["'`]([^"'`]+)["'`]/g)].flatMap((match) => (match[1] ?? '').split(/\s+/)),
    );
  };

  it.each(folders.filter((folder) => has(folder, 'styles.css')))('%s/Embed.astro imports its styles.css', (folder) => {
    expect(readFileSync(resolve(exercisesDir, folder, 'Embed.astro'), 'utf8')).toContain("import './styles.css';");
  });

  it('the site stylesheets hold no class that only one exercise uses (it belongs in that exercise’s styles.css)', () => {
    const site = ['global.css', 'print.css']
      .map((file) => readFileSync(resolve(exercisesDir, '../styles', file), 'utf8'))
      .join('\n');
    const siteClasses = classesIn(site);
    const usedBy = new Map<string, string[]>();
    for (const folder of [...folders, 'shared']) {
      for (const name of islandClasses(folder)) usedBy.set(name, [...(usedBy.get(name) ?? []), folder]);
    }
    const elsewhere = readdirSync(resolve(exercisesDir, '..'), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(astro|tsx|ts)$/.test(file) && !file.startsWith('exercises'))
      .map((file) => readFileSync(resolve(exercisesDir, '..', file), 'utf8'))
      .join('\n');
    const misplaced = [...usedBy]
      .filter(([name, users]) => users.length === 1 && users[0] !== 'shared' && siteClasses.has(name))
      .filter(([name]) => !new RegExp(`\\b${name}\\b`).test(elsewhere))
      .map(([name, [folder]]) => `.${name} → src/exercises/${folder}/styles.css`);
    expect(misplaced).toEqual([]);
  });
});
