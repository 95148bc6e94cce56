// The class-results import at a given course size, for `npm run bench:scale`: the results file of a
// learner who has done everything — every module complete, every check passed, the exam's 30 kept
// attempts drawn and marked by the exam's own code — written as 我的进度 writes it and checked by
// the parser 班级成绩 uses. Runs the site's TypeScript: under Node, register bench-ts-resolve.mjs first.
import { parse } from 'yaml';
import { CourseSchema } from '../../src/schemas/course.ts';
import { QuizBankSchema } from '../../src/schemas/quiz.ts';
import { EXAM_ID, emptyProgress } from '../../src/platform/progress.ts';
import { MAX_HISTORY, markAttempt, startAttempt, withExamAnswer } from '../../src/features/assessment/exam.ts';
import { keyAnswer } from '../../src/features/assessment/quiz.ts';
import { checkIdFor, emptyCheckState } from '../../src/features/assessment/knowledge-check.ts';
import { resultsInput } from '../../src/features/my-progress/results-export.ts';
import { createResultsFile, parseResultsFile } from '../../src/features/class-results/results-file.ts';

const LEARNER = '张三';
const START = Date.parse('2026-11-23T01:00:00.000Z');
const HOUR = 3600_000;

/**
 * Writes and re-reads the results file of a course (its content texts, as scaleCourse gives them).
 * @param {import('./bench-content.mjs').CourseTexts} texts
 * @returns {{ ok: boolean, bytes: number, message: string }}
 */
export function checkResultsImport(texts) {
  const course = CourseSchema.parse(parse(texts.course).course);
  const banks = Object.fromEntries(
    Object.entries(texts.quizzes).map(([id, text]) => [id, QuizBankSchema.parse(parse(text)).questions]),
  );
  const order = course.days.flatMap((day) => day.modules);
  const modules = order.map((id) => {
    const frontmatter = parse(/^---\n([\s\S]*?)\n---\n/.exec(texts.modules[id] ?? '')?.[1] ?? '');
    const hasCheck = (banks[id] ?? []).some((question) => question.use.includes('check'));
    return {
      id,
      code: frontmatter.code,
      title: frontmatter.title,
      minutes: frontmatter.minutes,
      exercises: [...(frontmatter.exercises ?? []), ...(hasCheck ? [checkIdFor(id)] : [])],
    };
  });
  const pool = order.flatMap((id) => (banks[id] ?? []).filter((question) => question.use.includes('exam')));
  const byId = new Map(pool.map((question) => [question.id, question]));

  const time = (hours) => new Date(START + hours * HOUR);
  const done = (state, hours) => ({ done: true, updatedAt: time(hours).toISOString(), state });
  const progress = emptyProgress();
  modules.forEach((module, index) => {
    progress.modules[module.id] = { visitedAt: time(index).toISOString(), completedAt: time(index + 1).toISOString() };
    for (const id of module.exercises)
      progress.exercises[id] = done(
        id.startsWith('check-') ? { ...emptyCheckState(), best: 90, finished: 1 } : {},
        index,
      );
  });
  // Every other attempt all right, the rest right on every other question: passes and failures.
  const history = Array.from({ length: MAX_HISTORY }, (_, index) => {
    const begun = startAttempt(pool, modules, course.exam, index + 1, time(modules.length + index));
    const answered = begun.questionIds
      .filter((_, position) => index % 2 === 0 || position % 2 === 0)
      .reduce((attempt, id) => withExamAnswer(attempt, id, keyAnswer(byId.get(id))), begun);
    return markAttempt(answered, byId, course.exam.passPercent, time(modules.length + index + 0.5));
  });
  progress.exercises[EXAM_ID] = done({ current: null, history }, modules.length + MAX_HISTORY);

  const context = { modules, checkPassPercent: course.checkPassPercent, course: course.title };
  const text = createResultsFile(
    resultsInput(progress, context, LEARNER, time(modules.length + MAX_HISTORY).toISOString()),
  );
  const bytes = new TextEncoder().encode(text).length;
  const parsed = parseResultsFile(text, bytes);
  if (!parsed.ok) return { ok: false, bytes, message: parsed.message };
  const attempts = parsed.file.exam.attempts.length;
  const complete = parsed.file.modules.filter((module) => module.complete).length;
  if (parsed.file.modules.length !== modules.length || complete !== modules.length || attempts !== MAX_HISTORY)
    return {
      ok: false,
      bytes,
      message: `read back ${complete}/${modules.length} modules complete, ${attempts} attempts`,
    };
  return { ok: true, bytes, message: `${modules.length} modules, ${attempts} attempts` };
}
