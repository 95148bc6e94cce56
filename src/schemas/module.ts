import { z } from 'astro/zod';
import { EXERCISE_IDS } from '../exercises/registry';

/**
 * Frontmatter of a course module (`content/modules/<id>.mdx`). The file name is the module id
 * (`m3.mdx` → `m3`); the order and day come from `content/course.yaml`.
 */
export const ModuleSchema = z.object({
  /** Full title shown on the home page, the sidebar and the page heading. Required. */
  title: z.string().min(2, '标题至少 2 个字'),
  /** Short code shown before the title, e.g. `M3`. Required. */
  code: z.string().regex(/^M\d+$/, '格式应为 M 加数字，例如 M3'),
  /** One line for the home page: what the learner gets from this module. Required. */
  summary: z.string().min(4).max(80, '一句话简介请控制在 80 字以内'),
  /** Planned classroom minutes (drives the agenda and the home page). Required, 10–480. */
  minutes: z.number().int().min(10).max(480),
  /** Learning goals (学习目标), shown at the top of the page. Required, at least one. */
  goals: z.array(z.string().min(2)).min(1, '至少写一条学习目标'),
  /**
   * Exercise islands this module embeds; all must be done before the module can be marked
   * complete. Each id must be one of `EXERCISE_IDS`. Default: none.
   */
  exercises: z.array(z.enum(EXERCISE_IDS)).default([]),
  /** `ready` when the text is written; `draft` shows 「编写中」 on the home page. Default: `ready`. */
  status: z.enum(['ready', 'draft']).default('ready'),
});

export type ModuleFrontmatter = z.infer<typeof ModuleSchema>;
