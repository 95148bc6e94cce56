/**
 * Timing: each day's modules fill the course's hours per day, and each module's trainer-note
 * timing table (the first `<TrainerNotes>`, rows `| 导入 | 5 分钟 |`) adds up to its `minutes`.
 */
import { parse } from 'yaml';
import { numberedLines, type Finding, type SourceFile } from './finding.ts';

/** What the timing rules need of a module file. */
export interface ModuleTiming {
  file: string;
  id: string;
  /** Frontmatter `minutes`, or null when missing or not a number. */
  minutes: number | null;
  /** The rows of the timing table, with their line numbers; `total` is the 合计 row, if any. */
  rows: { line: number; label: string; minutes: number }[];
  total: { line: number; minutes: number } | null;
  /** Line of the first `<TrainerNotes>`, or null when there is none. */
  notesLine: number | null;
}

const ROW = /^\|\s*([^|]+?)\s*\|\s*\**\s*(\d+)\s*分钟\s*\**\s*\|\s*$/;
const TOTAL_LABEL = '合计';

/** Reads a module's frontmatter minutes and the timing table of its first trainer note. */
export const moduleTiming = (source: SourceFile): ModuleTiming => {
  const id = source.file.replace(/^.*\//, '').replace(/\.mdx$/, '');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source.text);
  let minutes: number | null = null;
  if (match) {
    const data: unknown = parse(match[1] as string);
    const value = (data as { minutes?: unknown } | null)?.minutes;
    if (typeof value === 'number') minutes = value;
  }
  const timing: ModuleTiming = { file: source.file, id, minutes, rows: [], total: null, notesLine: null };
  for (const { line, text } of numberedLines(source.text)) {
    if (timing.notesLine === null) {
      if (text.trim().startsWith('<TrainerNotes')) timing.notesLine = line;
      continue;
    }
    if (text.trim().startsWith('</TrainerNotes>')) break;
    const row = ROW.exec(text.trim());
    if (!row) continue;
    const label = (row[1] as string).replace(/\*/g, '').trim();
    const value = Number(row[2]);
    if (label === TOTAL_LABEL) timing.total = { line, minutes: value };
    else timing.rows.push({ line, label, minutes: value });
  }
  return timing;
};

/** Each module's timing table adds up to its minutes (and its 合计 row says the same). */
export const noteTimingFindings = (modules: ModuleTiming[]): Finding[] =>
  modules.flatMap((module): Finding[] => {
    const finding = (where: string, message: string): Finding => ({
      file: module.file,
      where,
      rule: 'note-timing',
      message,
    });
    if (module.minutes === null) return [finding('frontmatter', '没有 minutes（计划分钟数）')];
    if (module.rows.length === 0)
      return [
        finding(
          module.notesLine === null ? '' : `line ${module.notesLine}`,
          '第一个 <TrainerNotes> 里没有时间安排表（形如「| 导入 | 5 分钟 |」的行）',
        ),
      ];
    const sum = module.rows.reduce((total, row) => total + row.minutes, 0);
    const findings: Finding[] = [];
    const firstLine = module.rows[0]?.line ?? 0;
    if (sum !== module.minutes)
      findings.push(
        finding(
          `line ${firstLine}`,
          `讲师备注的时间安排合计 ${sum} 分钟，与 frontmatter 的 minutes: ${module.minutes} 不符`,
        ),
      );
    if (module.total && module.total.minutes !== module.minutes)
      findings.push(
        finding(
          `line ${module.total.line}`,
          `「合计」一行写 ${module.total.minutes} 分钟，与 minutes: ${module.minutes} 不符`,
        ),
      );
    return findings;
  });

/** What the day rule needs of course.yaml. */
export interface CourseDays {
  file: string;
  hoursPerDay: number;
  days: { id: string; modules: string[] }[];
}

/** Each day's module minutes add up to the course's hours per day. */
export const dayHoursFindings = (course: CourseDays, modules: ModuleTiming[]): Finding[] => {
  const minutesOf = new Map(modules.map((module) => [module.id, module.minutes]));
  const target = course.hoursPerDay * 60;
  return course.days.flatMap((day, index): Finding[] => {
    const where = `days[${index}] (${day.id})`;
    const missing = day.modules.filter((id) => typeof minutesOf.get(id) !== 'number');
    if (missing.length > 0)
      return [
        {
          file: course.file,
          where,
          rule: 'day-hours',
          message: `模块 ${missing.join('、')} 没有文件或没有 minutes，算不出这一天的时长`,
        },
      ];
    const sum = day.modules.reduce((total, id) => total + (minutesOf.get(id) ?? 0), 0);
    if (sum === target) return [];
    const parts = day.modules.map((id) => `${id} ${minutesOf.get(id)}`).join(' + ');
    return [
      {
        file: course.file,
        where,
        rule: 'day-hours',
        message: `这一天的模块合计 ${sum} 分钟（${parts}），应为 ${target} 分钟（hoursPerDay: ${course.hoursPerDay}）`,
      },
    ];
  });
};
