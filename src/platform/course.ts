/**
 * Joins the course definition (days, order, schedule) with the module files into the outline every
 * page uses. Pure: the Astro side passes in what the content collections loaded.
 */

export interface ModuleInfo {
  id: string;
  code: string;
  title: string;
  summary: string;
  minutes: number;
  /** Everything that must be done before the module can be completed: its exercises and, if it has one, its knowledge check. */
  exercises: readonly string[];
  /** Whether the module has a knowledge check (its id is then among `exercises`). */
  hasCheck: boolean;
  status: 'ready' | 'draft';
}

export interface DayPlan {
  id: string;
  title: string;
  modules: readonly string[];
}

export interface OutlineModule extends ModuleInfo {
  dayId: string;
  dayTitle: string;
  /** 0-based position in the whole course. */
  position: number;
}

export interface OutlineDay {
  id: string;
  title: string;
  minutes: number;
  modules: OutlineModule[];
}

export interface Outline {
  days: OutlineDay[];
  modules: OutlineModule[];
}

/** Throws a message naming the problem when the course file and the module files disagree. */
export function buildOutline(days: readonly DayPlan[], modules: readonly ModuleInfo[]): Outline {
  const byId = new Map(modules.map((module) => [module.id, module]));
  const seen = new Set<string>();
  const ordered: OutlineModule[] = [];
  const outlineDays = days.map((day) => {
    const dayModules = day.modules.map((id) => {
      const module = byId.get(id);
      if (!module)
        throw new Error(
          `content/course.yaml: day "${day.id}" lists module "${id}", but content/modules/${id}.mdx does not exist`,
        );
      if (seen.has(id)) throw new Error(`content/course.yaml: module "${id}" is listed more than once`);
      seen.add(id);
      const entry: OutlineModule = { ...module, dayId: day.id, dayTitle: day.title, position: ordered.length };
      ordered.push(entry);
      return entry;
    });
    return {
      id: day.id,
      title: day.title,
      minutes: dayModules.reduce((sum, module) => sum + module.minutes, 0),
      modules: dayModules,
    };
  });
  const unlisted = modules.filter((module) => !seen.has(module.id)).map((module) => module.id);
  if (unlisted.length)
    throw new Error(
      `content/course.yaml: module file(s) ${unlisted.map((id) => `content/modules/${id}.mdx`).join(', ')} not listed under any day`,
    );
  return { days: outlineDays, modules: ordered };
}

export function neighbours(
  outline: Outline,
  id: string,
): { previous: OutlineModule | null; next: OutlineModule | null } {
  const index = outline.modules.findIndex((module) => module.id === id);
  if (index === -1) return { previous: null, next: null };
  return { previous: outline.modules[index - 1] ?? null, next: outline.modules[index + 1] ?? null };
}

/** The day a module belongs to (null for an id the course does not have). */
export function dayOf(outline: Outline, id: string): OutlineDay | null {
  return outline.days.find((day) => day.modules.some((module) => module.id === id)) ?? null;
}

/**
 * The days the course navigation shows on a page: the page's day with the days either side (so a
 * long course costs each page three days, not all of them), or every day on a page of no day;
 * `hidden` is how many are left to the home page's list.
 */
export function navDays(
  outline: Outline,
  id: string,
): { current: OutlineDay | null; shown: OutlineDay[]; hidden: number } {
  const current = dayOf(outline, id);
  const index = current ? outline.days.indexOf(current) : -1;
  const shown = index < 0 ? outline.days : outline.days.slice(Math.max(0, index - 1), index + 2);
  return { current, shown, hidden: outline.days.length - shown.length };
}

/** 90 → 「1.5 小时」, 45 → 「45 分钟」. */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} 分钟`;
  return `${Number((minutes / 60).toFixed(1))} 小时`;
}
