/**
 * The learner's progress: one versioned record, the rules that derive module status from it, and
 * its decoder (built from platform/decode, since it runs on every reading page).
 */
import { isId, isIsoTime, isRecord } from './decode.ts';

export const PROGRESS_VERSION = 1;
export const PROGRESS_KEY = 'svc-course:progress';
/** Where an unreadable saved value is copied before it is replaced, so nothing is lost for good. */
export const PROGRESS_BACKUP_KEY = 'svc-course:progress:backup';
/** Where the backup before the last one is kept, so a second unreadable value does not overwrite the first. */
export const PROGRESS_OLDER_BACKUP_KEY = 'svc-course:progress:backup-2';
/** Display setting 「讲师模式」: `yes` shows trainer notes (same encoding as persistentBoolean). */
export const TRAINER_KEY = 'svc-course:trainer';
/** The learner's name (certificate, results); its rules are in platform/learner.ts. */
export const LEARNER_KEY = 'svc-course:learner';
/**
 * Window event fired after any script on the page writes progress to storage. Storage is the one
 * source of truth: the nanostore (islands) and the page script both re-read it on this event,
 * as they do on the browser's `storage` event from other tabs.
 */
export const PROGRESS_EVENT = 'svc-progress';
/** Window event (detail: a NoticeCode) by which the store asks the page to show the saved-data notice. */
export const NOTICE_EVENT = 'svc-notice';

export interface ExerciseRecord {
  done: boolean;
  /** ISO time of the last save. */
  updatedAt: string;
  /** The exercise's own state; each exercise decodes it with its own parser. */
  state: unknown;
}

export interface ModuleRecord {
  visitedAt?: string;
  /** Set by 「标记为已完成」; the module only counts as complete while its exercises are also done. */
  completedAt?: string;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  modules: Record<string, ModuleRecord>;
  exercises: Record<string, ExerciseRecord>;
  /** The module the learner last opened, for 「继续学习」. */
  lastModule?: string;
}

export type ProgressProblem = 'corrupt' | 'outdated' | 'newer';

export interface ModuleRef {
  id: string;
  exercises: readonly string[];
}

export type ModuleStatus = 'not-started' | 'in-progress' | 'complete';

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, modules: {}, exercises: {} };
}

const isOptionalTime = (value: unknown) => value === undefined || isIsoTime(value);

/** Copies the entries whose key is a safe id and whose value `read` accepts; `null` if any is bad. */
function readRecords<T>(value: unknown, read: (entry: Record<string, unknown>) => T | null): Record<string, T> | null {
  if (!isRecord(value)) return null;
  const result: Record<string, T> = {};
  for (const key of Object.keys(value)) {
    const entry = value[key];
    const decoded = isId(key) && isRecord(entry) ? read(entry) : null;
    if (decoded === null) return null;
    result[key] = decoded;
  }
  return result;
}

/** Validates an already-parsed value as current-version progress; `null` when anything is off. */
export function validateProgress(value: unknown): Progress | null {
  if (!isRecord(value) || value.version !== PROGRESS_VERSION) return null;
  // Every field read is named here, none comes from saved keys, so none can reach the prototype.
  const modules = readRecords<ModuleRecord>(value.modules, ({ visitedAt, completedAt }) =>
    isOptionalTime(visitedAt) && isOptionalTime(completedAt) ? { visitedAt, completedAt } : null,
  );
  const exercises = readRecords<ExerciseRecord>(value.exercises, ({ done, updatedAt, state }) =>
    typeof done === 'boolean' && isIsoTime(updatedAt) ? { done, updatedAt, state: state ?? null } : null,
  );
  if (!modules || !exercises) return null;
  const progress: Progress = { version: PROGRESS_VERSION, modules, exercises };
  const { lastModule } = value;
  if (lastModule !== undefined) {
    if (!isId(lastModule)) return null;
    progress.lastModule = lastModule;
  }
  return progress;
}

/**
 * Decodes the stored string. Missing → empty progress, no problem. Unreadable, from an older
 * format, or from a newer version of the course → empty progress plus the problem to tell the
 * learner about. (There is no older format yet; when one appears, migrate it here.)
 */
export function decodeProgress(raw: string | null | undefined): { progress: Progress; problem?: ProgressProblem } {
  if (!raw) return { progress: emptyProgress() };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), problem: 'corrupt' };
  }
  const progress = validateProgress(parsed);
  if (progress) return { progress };
  const version = isRecord(parsed) ? Number(parsed.version) : NaN;
  return {
    progress: emptyProgress(),
    problem: version > PROGRESS_VERSION ? 'newer' : version < PROGRESS_VERSION ? 'outdated' : 'corrupt',
  };
}

/** Keeps a saved value under the backup key before it is replaced; the backup already there moves to the older slot. */
export function setAside(raw: string, storage: Record<string, string>): void {
  const previous = storage[PROGRESS_BACKUP_KEY];
  if (previous !== undefined) storage[PROGRESS_OLDER_BACKUP_KEY] = previous;
  storage[PROGRESS_BACKUP_KEY] = raw;
}

/**
 * Decodes the stored value; when it is unreadable, keeps the raw text under the backup key (the
 * backup already there moves to the older slot) and stores a clean record, so the learner is told
 * once and nothing is lost for good (我的进度 offers the backups for download).
 */
export function recoverProgress(
  raw: string | undefined,
  storage: Record<string, string>,
): { progress: Progress; problem?: ProgressProblem } {
  const result = decodeProgress(raw);
  if (result.problem && raw !== undefined) {
    setAside(raw, storage);
    storage[PROGRESS_KEY] = JSON.stringify(result.progress);
  }
  return result;
}

export function exercisesDone(progress: Progress, exerciseIds: readonly string[]): number {
  return exerciseIds.filter((id) => progress.exercises[id]?.done).length;
}

/** A module is complete when it was marked complete and all of its exercises are (still) done. */
export function moduleStatus(progress: Progress, module: ModuleRef): ModuleStatus {
  const record = progress.modules[module.id];
  const allDone = exercisesDone(progress, module.exercises) === module.exercises.length;
  if (record?.completedAt && allDone) return 'complete';
  if (record || module.exercises.some((id) => progress.exercises[id])) return 'in-progress';
  return 'not-started';
}

export function courseCompletion(
  progress: Progress,
  modules: readonly ModuleRef[],
): { complete: number; total: number; percent: number } {
  const complete = modules.filter((module) => moduleStatus(progress, module) === 'complete').length;
  return {
    complete,
    total: modules.length,
    percent: modules.length ? Math.round((complete / modules.length) * 100) : 0,
  };
}

/** Where 「继续学习」 goes: the last module opened if unfinished, else the first unfinished one. */
export function continueTarget(progress: Progress, modules: readonly ModuleRef[]): string | null {
  const unfinished = modules.filter((module) => moduleStatus(progress, module) !== 'complete');
  const last = unfinished.find((module) => module.id === progress.lastModule);
  return (last ?? unfinished[0])?.id ?? null;
}

/** The progress id of the final exam; its record is done once an attempt has passed. */
export const EXAM_ID = 'exam';

/** What comes once every module is complete: the exam, then the certificate (until it has a name), then the plan. */
export type StepAfterModules = 'exam' | 'certificate' | 'plan';

export function stepAfterModules(progress: Progress, learnerName: string | undefined): StepAfterModules {
  if (!progress.exercises[EXAM_ID]?.done) return 'exam';
  return learnerName?.trim() ? 'plan' : 'certificate';
}

export function withVisit(progress: Progress, moduleId: string, now: string): Progress {
  const record = progress.modules[moduleId];
  return {
    ...progress,
    lastModule: moduleId,
    modules: { ...progress.modules, [moduleId]: { ...record, visitedAt: record?.visitedAt ?? now } },
  };
}

/** Marks a module complete; refused (returns the same object) until its exercises are done. */
export function withCompletion(progress: Progress, module: ModuleRef, complete: boolean, now: string): Progress {
  if (complete && exercisesDone(progress, module.exercises) < module.exercises.length) return progress;
  const { completedAt: _dropped, ...rest } = progress.modules[module.id] ?? {};
  return {
    ...progress,
    modules: { ...progress.modules, [module.id]: complete ? { ...rest, completedAt: now } : rest },
  };
}
