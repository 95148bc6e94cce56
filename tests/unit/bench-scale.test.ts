/** `npm run bench:scale`'s pure parts: the course made N modules long, the results check, the table. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readCourseTexts, scaleCourse } from '../../scripts/lib/bench-content.mjs';
import { benchTable, growth, growthLines } from '../../scripts/lib/bench-measure.mjs';
import { checkResultsImport } from '../../scripts/lib/bench-results.mjs';
import { lintContent } from '../../src/content-lint/lint';
import { MAX_RESULTS_BYTES } from '../../src/features/class-results/results-file';
import { CourseSchema } from '../../src/schemas/course';
import { ModuleSchema } from '../../src/schemas/module';
import { QuizBankSchema } from '../../src/schemas/quiz';

const CONTENT = resolve(import.meta.dirname, '../../content');
const today = readCourseTexts(CONTENT);
const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '');
const courseOf = (text: string) => CourseSchema.parse(parse(text).course);

/** The content lint over a scaled course, with today's exercises and cast. */
function lint(texts: ReturnType<typeof scaleCourse>) {
  const source = (file: string, text: string) => ({ file, text });
  const shared = (name: string) => source(`content/${name}`, readFileSync(join(CONTENT, name), 'utf8'));
  return lintContent({
    course: source('content/course.yaml', texts.course),
    modules: Object.entries(texts.modules).map(([id, text]) => source(`content/modules/${id}.mdx`, text)),
    quizzes: Object.entries(texts.quizzes).map(([id, text]) => source(`content/quizzes/${id}.yaml`, text)),
    exercises: readdirSync(join(CONTENT, 'exercises')).map((name) => shared(`exercises/${name}`)),
    glossary: source('content/glossary.yaml', texts.glossary),
    cast: shared('cast.yaml'),
  }).findings;
}

describe('scaleCourse', () => {
  it('keeps today’s seven modules as they are', () => {
    const same = scaleCourse(today, 7);
    expect(same.modules).toEqual(today.modules);
    expect(same.quizzes).toEqual(today.quizzes);
    expect(parse(same.course)).toEqual(parse(today.course));
    expect(parse(same.glossary)).toEqual(parse(today.glossary));
  });

  describe.each([14, 70])('%i modules', (size) => {
    const scaled = scaleCourse(today, size);
    const course = courseOf(scaled.course);
    const ids = Object.keys(scaled.modules);

    it('has that many module files, each on exactly one day, the days filling their hours', () => {
      expect(ids).toHaveLength(size);
      const onDays = course.days.flatMap((day) => day.modules);
      expect(onDays.toSorted()).toEqual(ids.toSorted());
      expect(new Set(course.days.map((day) => day.id)).size).toBe(course.days.length);
      expect(course.days).toHaveLength((size / 7) * 2);
      const minutes = (id: string) => frontmatter(scaled.modules[id] as string).minutes as number;
      for (const day of course.days)
        expect(day.modules.reduce((sum, id) => sum + minutes(id), 0)).toBe(course.hoursPerDay * 60);
      for (const day of course.days) for (const pause of day.breaks) expect(day.modules).toContain(pause.after);
    });

    it('gives every copy its own code and title, and valid frontmatter', () => {
      const modules = ids.map((id) => ModuleSchema.parse(frontmatter(scaled.modules[id] as string)));
      expect(new Set(modules.map((module) => module.code)).size).toBe(size);
      expect(new Set(modules.map((module) => module.title)).size).toBe(size);
      expect(ModuleSchema.parse(frontmatter(scaled.modules.m10 as string))).toMatchObject({
        code: 'M10',
        title: `${frontmatter(today.modules.m3 as string).title}（第 2 轮）`,
      });
    });

    it('gives every question, scenario parts too, an id of its own module, unique in the course', () => {
      const questionIds = Object.entries(scaled.quizzes).flatMap(([id, text]) =>
        QuizBankSchema.parse(parse(text)).questions.flatMap((question) => {
          expect(question.module).toBe(id);
          const parts = question.type === 'scenario' ? question.questions.map((part) => part.id) : [];
          return [question.id, ...parts].map((questionId) => {
            expect(questionId.startsWith(`${id}-`)).toBe(true);
            return questionId;
          });
        }),
      );
      expect(new Set(questionIds).size).toBe(questionIds.length);
      expect(questionIds.length).toBe((size / 7) * Object.values(today.quizzes).join('').match(/\bid:/g)!.length);
    });

    it('passes the content lint (hours per day, timing, glossary exceptions in the copies, bank balance)', () => {
      expect(lint(scaled)).toEqual([]);
    });

    it('makes a learner’s results file that 班级成绩 imports', () => {
      const results = checkResultsImport(scaled);
      expect(results).toMatchObject({ ok: true, message: `${size} modules, 30 attempts` });
      expect(results.bytes).toBeLessThan(MAX_RESULTS_BYTES / 4);
    });
  });

  it.each([0, -7, 10, 7.5, Number.NaN])('refuses %d modules: only whole copies of the course', (size) => {
    expect(() => scaleCourse(today, size)).toThrow(/not a whole number of copies of the course's 7 \(try 7, 14, 70\)/);
  });

  it('names a module file the course lists but content/ lacks', () => {
    const { m4: _, ...modules } = today.modules;
    expect(() => scaleCourse({ ...today, modules }, 14)).toThrow('content/modules/m4.mdx is missing');
  });
});

const sizes = {
  pages: 32,
  html: 1_760_541,
  modulePages: 762_460,
  exam: 124_356,
  examData: 0,
  handout: 265_004,
  search: 837_095,
  precache: { files: 101, bytes: 1_330_631, gzipBytes: 477_936 },
};
const passed = { ok: true, bytes: 27_483, message: '7 modules, 30 attempts' };
const row = (modules: number, seconds: number, scale: number) => ({
  modules,
  build: { ok: true, seconds, cpuSeconds: seconds / 2 },
  dist: {
    ...sizes,
    modulePages: sizes.modulePages * scale,
    precache: { ...sizes.precache, gzipBytes: sizes.precache.gzipBytes * scale },
  },
  results: passed,
});

describe('the bench table', () => {
  it('prints a row per size, with an exam data file when the build has one', () => {
    const [header, , first, second] = benchTable([
      row(7, 30, 1),
      { ...row(14, 50, 2), dist: { ...sizes, examData: 40_960 } },
    ]);
    expect(header).toMatch(/^\| modules \| build s \| build CPU s \| pages \|/);
    expect(first).toBe('| 7 | 30 | 15 | 32 | 1,719 | 745 | 121 | 259 | 817 | 101 | 467 | pass | pass (27 KB file) |');
    expect(second).toContain('| 121 + 40 data |');
  });

  it('marks a failed build and a failed import 「失败」, without sizes', () => {
    const failed = {
      modules: 70,
      build: { ok: false, seconds: 12.4, cpuSeconds: null },
      dist: null,
      results: { ok: false, bytes: 0, message: '文件太大（1100 KB）' },
    };
    expect(benchTable([failed])[2]).toBe(
      '| 70 | 12 | — | — | — | — | — | — | — | — | — | 失败 fail | 失败 fail: 文件太大（1100 KB） |',
    );
  });

  it('compares each size with the smallest that built: CPU time, precache and module pages at most linear', () => {
    const failed = { ...row(14, 1, 1), build: { ok: false, seconds: 1, cpuSeconds: 1 }, dist: null };
    const entries = growth([row(70, 500, 9), failed, row(7, 30, 1)]);
    expect(entries.map(({ from, to, measures }) => [from, to, measures.map((measure) => measure.ok)])).toEqual([
      [7, 70, [false, true, true]],
    ]);
    expect(growthLines(entries)).toEqual([
      "- 7 → 70 modules (10×, target: each at most that, the HTML within 2 % for the copies' longer names): build CPU time 16.7× ✗ · precache gzip 9.0× ✓ · module-page HTML 9.0× ✓",
    ]);
  });

  it("lets the module pages grow 2 % over linear for the copies' longer names, and no more", () => {
    const pages = (modules: number, modulePages: number) => {
      const built = row(modules, 1, 1);
      return { ...built, dist: { ...built.dist, modulePages } };
    };
    const ok = (modulePages: number) => growth([pages(7, 1000), pages(70, modulePages)])[0]!.measures[2]!.ok;
    expect(ok(10_200)).toBe(true);
    expect(ok(10_201)).toBe(false);
  });

  it('falls back to the clock when CPU time was not measured, and says nothing without two built sizes', () => {
    const clock = (modules: number, seconds: number) => ({
      ...row(modules, seconds, 2),
      build: { ok: true, seconds, cpuSeconds: null },
    });
    expect(growthLines(growth([clock(7, 30), clock(14, 45)]))[0]).toContain('build time 1.5× ✓');
    expect(growth([row(7, 30, 1)])).toEqual([]);
  });

  it('counts a measure the build did not write (no precache.json) as missed', () => {
    const noPrecache = { ...row(14, 40, 2), dist: { ...sizes, precache: null } };
    const [entry] = growth([row(7, 30, 1), noPrecache]);
    expect(entry?.measures[1]).toEqual({ name: 'precache gzip', growth: null, ok: false });
    expect(growthLines(growth([row(7, 30, 1), noPrecache]))[0]).toContain('precache gzip —');
  });
});
