/**
 * The content lint: every rule over the course's files, given as text. Pure — reading the files
 * is `read-content.ts`, printing is `cli.ts` — so each rule is tested on small fixtures.
 */
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { CourseSchema } from '../schemas/course.ts';
import { QuizBankSchema } from '../schemas/quiz.ts';
import { bankFindings, bankStats, type Bank, type BankStats } from './bank.ts';
import { CastSchema, castFindings } from './cast.ts';
import type { Finding, SourceFile } from './finding.ts';
import { GlossarySchema, glossaryFindings } from './glossary.ts';
import { quoteFindings } from './quotes.ts';
import { dayHoursFindings, moduleTiming, noteTimingFindings } from './timing.ts';

/** The rules, in the order they are reported, with what each checks. */
export const RULES = {
  schema: 'a file the lint reads is valid YAML and matches its schema',
  'day-hours': "each day's module minutes add up to hoursPerDay × 60",
  'note-timing': "each module's trainer-note timing table adds up to its minutes",
  'quote-style': 'no “” quotes in course text',
  glossary: 'no refused variant of a glossary term outside its allow-list',
  cast: 'every name in a story is in the cast list, and every cast name is used',
  'bank-true-share': 'true/false keys are 35–65 % true',
  'bank-longest-key': 'at most 30 % of single-choice keys are strictly the longest option',
  'bank-give-away': 'no wrong option holds a give-away word',
  'bank-keys-by-length': "no multiple-choice item's keys are all longer (or all shorter) than its wrong options",
  'bank-explanation-length': 'every explanation is at most 120 characters',
} as const;

export type RuleId = keyof typeof RULES;

/** The course's files as the lint reads them. */
export interface ContentFiles {
  course: SourceFile;
  modules: SourceFile[];
  quizzes: SourceFile[];
  exercises: SourceFile[];
  /** `content/glossary.yaml` and `content/cast.yaml`; null when the file is missing. */
  glossary: SourceFile | { file: string; text: null };
  cast: SourceFile | { file: string; text: null };
}

export interface LintResult {
  findings: Finding[];
  stats: BankStats;
}

/** Parses a YAML file with a schema; a failure becomes `schema` findings naming the field. */
const read = <T>(
  source: { file: string; text: string | null },
  schema: z.ZodType<T>,
  findings: Finding[],
): T | null => {
  if (source.text === null) {
    findings.push({ file: source.file, where: '', rule: 'schema', message: '文件不存在' });
    return null;
  }
  let data: unknown;
  try {
    data = parse(source.text);
  } catch (error) {
    findings.push({
      file: source.file,
      where: '',
      rule: 'schema',
      message: `YAML 写错了：${(error as Error).message}`,
    });
    return null;
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues)
    findings.push({ file: source.file, where: issue.path.join('.'), rule: 'schema', message: issue.message });
  return null;
};

/** `content/course.yaml` holds the course under its top-level key `course`. */
const CourseFileSchema = z.object({ course: CourseSchema });

const order = Object.keys(RULES);

/** Runs every rule; findings come sorted by rule, then file. */
export const lintContent = (files: ContentFiles): LintResult => {
  const findings: Finding[] = [];
  const course = read(files.course, CourseFileSchema, findings)?.course;
  const modules = files.modules.map(moduleTiming);
  const text = [...files.modules, ...files.quizzes, ...files.exercises, files.course];

  const banks: Bank[] = files.quizzes.flatMap((source) => {
    const bank = read(source, QuizBankSchema, findings);
    return bank ? [{ file: source.file, questions: bank.questions }] : [];
  });

  if (course) findings.push(...dayHoursFindings({ file: files.course.file, ...course }, modules));
  findings.push(...noteTimingFindings(modules));
  findings.push(...quoteFindings(text));
  const glossary = read(files.glossary, GlossarySchema, findings);
  if (glossary) findings.push(...glossaryFindings(glossary, text));
  const cast = read(files.cast, CastSchema, findings);
  if (cast) findings.push(...castFindings(cast, files.cast.file, text));
  findings.push(...bankFindings(banks));

  findings.sort((a, b) => order.indexOf(a.rule) - order.indexOf(b.rule) || a.file.localeCompare(b.file));
  return { findings, stats: bankStats(banks) };
};
