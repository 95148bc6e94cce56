// The course made N modules long for `npm run bench:scale` (scripts/bench-scale.mjs): whole copies of
// today's course, each with its own module ids, codes, titles, question ids and days, so that the copy
// passes the schemas and the content lint like the real course. scaleCourse is pure (texts in, texts
// out); readCourseTexts and writeCourseTexts are its two ends on disk.
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument, stringify } from 'yaml';

/**
 * The files of content/ that name modules; exercises and the cast stay shared by every copy.
 * @typedef {object} CourseTexts
 * @property {string} course content/course.yaml
 * @property {Record<string, string>} modules content/modules/<id>.mdx by module id
 * @property {Record<string, string>} quizzes content/quizzes/<id>.yaml by module id
 * @property {string} glossary content/glossary.yaml
 */

const FRONTMATTER = /^---\n([\s\S]*?\n)---\n/;
// No folding of long lines: the copy's texts stay the original's, line for line.
const AS_WRITTEN = { lineWidth: 0, flowCollectionPadding: false };

/** `m1-peak-end-1` in module m1 → `m8-peak-end-1` in module m8; an id without the prefix gets it. */
const renameQuestion = (id, from, to) => (id.startsWith(`${from}-`) ? `${to}${id.slice(from.length)}` : `${to}-${id}`);

/** A module file under a new id: its code and title say which copy it is; the text is unchanged. */
function copyModule(text, code, round) {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error('a module file has no frontmatter between --- lines');
  const frontmatter = parseDocument(match[1]);
  frontmatter.set('code', code);
  frontmatter.set('title', `${frontmatter.get('title')}（第 ${round + 1} 轮）`);
  return `---\n${frontmatter.toString(AS_WRITTEN)}---\n${text.slice(match[0].length)}`;
}

/** A question bank under a new module id: every question's `module` and every id (scenario parts too). */
function copyBank(text, from, to) {
  const bank = parseDocument(text);
  const questions = bank.get('questions');
  for (const question of questions?.items ?? []) {
    question.set('id', renameQuestion(String(question.get('id')), from, to));
    if (question.get('module') === from) question.set('module', to);
    for (const part of question.get('questions')?.items ?? [])
      part.set('id', renameQuestion(String(part.get('id')), from, to));
  }
  return bank.toString(AS_WRITTEN);
}

/**
 * Today's course repeated `size / modules` times: copy 1 is today's course as it is; copy r (r ≥ 2)
 * has modules `m<n>` (n counting on from today's last), codes `M<n>`, titles ending 「（第 r 轮）」,
 * question ids `m<n>-…`, and its own days (same modules, minutes and breaks, so every day still
 * fills hoursPerDay). Glossary exceptions for a module or bank hold in its copies too.
 * @param {CourseTexts} texts
 * @param {number} size modules wanted: a whole multiple of today's module count
 * @returns {CourseTexts}
 */
export function scaleCourse(texts, size) {
  const courseFile = parse(texts.course);
  const course = courseFile.course;
  const order = course.days.flatMap((day) => day.modules);
  if (!Number.isInteger(size) || size < order.length || size % order.length !== 0)
    throw new Error(
      `bench: ${size} modules is not a whole number of copies of the course's ${order.length} (try ${order.length}, ${order.length * 2}, ${order.length * 10})`,
    );
  const rounds = size / order.length;
  const dayCount = course.days.length;
  /** Module id of copy `round` (0-based) of today's module at `index`. */
  const idOf = (round, index) => (round === 0 ? order[index] : `m${round * order.length + index + 1}`);
  const copies = Array.from(
    { length: rounds },
    (_, round) => new Map(order.map((id, index) => [id, idOf(round, index)])),
  );
  const dayIdOf = (round, index) => (round === 0 ? course.days[index].id : `day${round * dayCount + index + 1}`);
  const clash = copies
    .slice(1)
    .flatMap((copy, round) => [
      ...[...copy.values()].filter((id) => order.includes(id)),
      ...course.days
        .map((_, index) => dayIdOf(round + 1, index))
        .filter((id) => course.days.some((day) => day.id === id)),
    ])[0];
  if (clash) throw new Error(`bench: the copies' id ${clash} is already taken in content/course.yaml`);

  const days = copies.flatMap((copy, round) =>
    course.days.map((day, index) => {
      if (round === 0) return day;
      const number = round * dayCount + index + 1;
      const theme = day.title.split(' · ').slice(1).join(' · ') || day.title;
      return {
        ...day,
        id: dayIdOf(round, index),
        title: `第 ${number} 天 · ${theme}`,
        modules: day.modules.map((id) => copy.get(id)),
        ...(day.breaks && { breaks: day.breaks.map((pause) => ({ ...pause, after: copy.get(pause.after) })) }),
      };
    }),
  );

  const modules = {};
  const quizzes = {};
  copies.forEach((copy, round) => {
    for (const [from, to] of copy) {
      const text = texts.modules[from];
      if (text === undefined) throw new Error(`bench: content/modules/${from}.mdx is missing`);
      modules[to] = round === 0 ? text : copyModule(text, `M${to.slice(1)}`, round);
      const bank = texts.quizzes[from];
      if (bank !== undefined) quizzes[to] = round === 0 ? bank : copyBank(bank, from, to);
    }
  });

  const glossary = parse(texts.glossary);
  for (const term of glossary.terms.filter((item) => item.allow))
    term.allow = term.allow.flatMap((entry) => {
      const match = /^content\/(modules|quizzes)\/([^/]+)\.(mdx|yaml)$/.exec(entry.file);
      if (!match || !order.includes(match[2])) return [entry];
      return copies.map((copy) => ({ ...entry, file: `content/${match[1]}/${copy.get(match[2])}.${match[3]}` }));
    });

  return {
    course: stringify({ ...courseFile, course: { ...course, days } }, AS_WRITTEN),
    modules,
    quizzes,
    glossary: stringify(glossary, AS_WRITTEN),
  };
}

/** The names of the files in `dir` that end in `extension`. */
const namesIn = (dir, extension) => readdirSync(dir).filter((name) => name.endsWith(extension));

/** Those files' texts by module id (the name without the extension). */
const filesOf = (dir, extension) =>
  Object.fromEntries(
    namesIn(dir, extension).map((name) => [name.slice(0, -extension.length), readFileSync(join(dir, name), 'utf8')]),
  );

/**
 * Reads what scaleCourse needs from a content/ folder.
 * @param {string} dir
 * @returns {CourseTexts}
 */
export function readCourseTexts(dir) {
  return {
    course: readFileSync(join(dir, 'course.yaml'), 'utf8'),
    modules: filesOf(join(dir, 'modules'), '.mdx'),
    quizzes: filesOf(join(dir, 'quizzes'), '.yaml'),
    glossary: readFileSync(join(dir, 'glossary.yaml'), 'utf8'),
  };
}

/**
 * Replaces the modules, banks, course.yaml and glossary of a content/ folder (a copy's) with `texts`.
 * @param {string} dir
 * @param {CourseTexts} texts
 */
export function writeCourseTexts(dir, texts) {
  for (const [folder, extension, files] of [
    ['modules', '.mdx', texts.modules],
    ['quizzes', '.yaml', texts.quizzes],
  ]) {
    for (const name of namesIn(join(dir, folder), extension)) rmSync(join(dir, folder, name));
    for (const [id, text] of Object.entries(files)) writeFileSync(join(dir, folder, `${id}${extension}`), text);
  }
  writeFileSync(join(dir, 'course.yaml'), texts.course);
  writeFileSync(join(dir, 'glossary.yaml'), texts.glossary);
}
