/** Reads the course's files for the content lint: the only part of it that touches the disk. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { SourceFile } from './finding.ts';
import type { ContentFiles } from './lint.ts';

/**
 * Reads `<dir>/course.yaml`, modules, quizzes, exercises, glossary and cast. Paths are relative to
 * `root`, by default the folder that holds `dir`, so they read `content/…` wherever the copy is
 * (the glossary's `allow` entries name files that way).
 */
export const readContent = (dir: string, root = dirname(resolve(dir))): ContentFiles => {
  const name = (path: string) => relative(root, path).split('\\').join('/');
  const file = (path: string): SourceFile => ({ file: name(path), text: readFileSync(path, 'utf8') });
  const optional = (path: string) => (existsSync(path) ? file(path) : { file: name(path), text: null });
  const folder = (sub: string, extension: string): SourceFile[] => {
    const path = join(dir, sub);
    if (!existsSync(path)) return [];
    return readdirSync(path)
      .filter((entry) => entry.endsWith(extension))
      .sort()
      .map((entry) => file(join(path, entry)));
  };
  return {
    course: file(join(dir, 'course.yaml')),
    modules: folder('modules', '.mdx'),
    quizzes: folder('quizzes', '.yaml'),
    exercises: folder('exercises', '.yaml'),
    glossary: optional(join(dir, 'glossary.yaml')),
    cast: optional(join(dir, 'cast.yaml')),
  };
};
