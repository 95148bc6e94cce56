import { z } from 'astro/zod';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM，例如 09:00');

/** A break in a day's schedule, placed after a module. */
const BreakSchema = z.object({
  /** Module id the break follows. */
  after: z.string(),
  /** Length in minutes. */
  minutes: z.number().int().min(5).max(120),
  /** What it is called on the agenda, e.g. 茶歇 or 午餐. */
  title: z.string().min(1),
});

const DaySchema = z.object({
  /** Stable id, e.g. `day1`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Heading shown on the home page and in the navigation. */
  title: z.string().min(2),
  /** Module ids in teaching order; each must match a file in `content/modules/`. */
  modules: z.array(z.string()).min(1),
  /** Class start time for this day. Default `09:00`. */
  start: clockTime.default('09:00'),
  /** Breaks and lunch. Default: none. */
  breaks: z.array(BreakSchema).default([]),
});

/** The final exam (结业考试). Every field has a default, so `exam:` may be left out. */
const ExamSchema = z.object({
  /** Questions drawn per attempt, across modules in proportion to their minutes. Default 30. */
  questions: z.number().int().min(5).max(200).default(30),
  /** Score (0–100) that passes. Default 80. */
  passPercent: z.number().int().min(1).max(100).default(80),
  /** Minutes allowed per attempt; leave out for no limit (the default). */
  timeLimitMinutes: z.number().int().min(5).max(600).nullable().default(null),
});

/** The course definition in `content/course.yaml`. */
export const CourseSchema = z.object({
  title: z.string().min(2),
  subtitle: z.string().default(''),
  /** Who the course is for, one line for the home page. */
  audience: z.string().default(''),
  /** Planned teaching hours per day; each day's module minutes must add up to it (`npm run lint:content`). Default 6. */
  hoursPerDay: z.number().min(1).max(12).default(6),
  days: z.array(DaySchema).min(1),
  /** Score (0–100) a module's knowledge check needs to count as passed. Default 80. */
  checkPassPercent: z.number().int().min(1).max(100).default(80),
  exam: ExamSchema.default({ questions: 30, passPercent: 80, timeLimitMinutes: null }),
});

export type Course = z.infer<typeof CourseSchema>;
export type CourseDay = Course['days'][number];
