/**
 * The resume record kept in the LMS's `suspend_data`: what a learner needs to pick up in another
 * browser — which modules are complete, which exercises are done, the best knowledge-check scores,
 * the best exam attempt — and not what they typed (that stays in the browser: SCORM 1.2 allows
 * 4,096 characters, and the full state with some typed text is larger). Versioned and decoded as
 * strictly as the progress record; applying it merges into the local progress and never loses local work.
 */
import { isId, isIsoTime, isRecord } from '../../platform/decode';
import { isList, isWholeNumber } from '../../platform/decode-limits';
import { withExercise } from '../../platform/exercise-record';
import type { Progress } from '../../platform/progress';
import { EXAM_ID, attemptIdFor, certificateAttempt, parseExamHistory, type SubmittedAttempt } from '../assessment/exam';
import { checkIdFor, parseCheckState } from '../assessment/knowledge-check';

export const RESUME_VERSION = 1;
/** SCORM 1.2's limit for suspend_data, kept for 2004 too so both packages behave alike. */
export const SUSPEND_DATA_MAX = 4096;

export interface ResumeExam {
  seed: number;
  submittedAt: string;
  percent: number;
  passPercent: number;
  passed: boolean;
}

export interface ResumeRecord {
  /** Modules marked complete. */
  completed: string[];
  /** Exercises (and checks, and the exam) done. */
  done: string[];
  /** Best knowledge-check score per module, 0–100. */
  checks: Record<string, number>;
  /** The best attempt (a passed one first), so a certificate can be shown in another browser. */
  exam: ResumeExam | null;
  /** The latest exam attempt already sent to the LMS as interactions. */
  reported: string | null;
}

export type ResumeProblem = 'corrupt' | 'outdated' | 'newer';

export function emptyResume(): ResumeRecord {
  return { completed: [], done: [], checks: {}, exam: null, reported: null };
}

/** Compact JSON: `{"v":1,"m":[…],"d":[…],"c":{…},"e":[seed,time,percent,pass,passed],"r":time}`. */
export function encodeResume(record: ResumeRecord): string {
  const { exam } = record;
  return JSON.stringify({
    v: RESUME_VERSION,
    m: record.completed,
    d: record.done,
    c: record.checks,
    ...(exam ? { e: [exam.seed, exam.submittedAt, exam.percent, exam.passPercent, exam.passed ? 1 : 0] } : {}),
    ...(record.reported ? { r: record.reported } : {}),
  });
}

const MAX_IDS = 200;

const isIdList = (value: unknown): value is string[] => isList(value, MAX_IDS) && value.every(isId);

function decodeExam(value: unknown): ResumeExam | null | undefined {
  if (value === undefined) return null;
  if (!Array.isArray(value) || value.length !== 5) return undefined;
  const [seed, submittedAt, percent, passPercent, passed] = value;
  if (!isWholeNumber(seed, 0, 0xffffffff) || !isIsoTime(submittedAt) || !isWholeNumber(percent, 0, 100))
    return undefined;
  if (!isWholeNumber(passPercent, 1, 100) || (passed !== 0 && passed !== 1)) return undefined;
  return { seed, submittedAt, percent, passPercent, passed: passed === 1 };
}

/** Empty → a clean record, no problem; anything unreadable, older or newer → a clean record and the problem. */
export function decodeResume(raw: string | null): { record: ResumeRecord; problem?: ResumeProblem } {
  if (!raw) return { record: emptyResume() };
  if (raw.length > SUSPEND_DATA_MAX) return { record: emptyResume(), problem: 'corrupt' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { record: emptyResume(), problem: 'corrupt' };
  }
  if (!isRecord(value)) return { record: emptyResume(), problem: 'corrupt' };
  if (value.v !== RESUME_VERSION) {
    const version = Number(value.v);
    return {
      record: emptyResume(),
      problem: version > RESUME_VERSION ? 'newer' : version < RESUME_VERSION ? 'outdated' : 'corrupt',
    };
  }
  const { m, d, c, e, r } = value;
  const exam = decodeExam(e);
  const checksOk = isRecord(c) && Object.entries(c).every(([id, score]) => isId(id) && isWholeNumber(score, 0, 100));
  if (!isIdList(m) || !isIdList(d) || !checksOk || exam === undefined || (r !== undefined && !isIsoTime(r)))
    return { record: emptyResume(), problem: 'corrupt' };
  return {
    record: { completed: m, done: d, checks: { ...(c as Record<string, number>) }, exam, reported: r ?? null },
  };
}

/** The best attempt to keep: the certificate's attempt (best passed), else the best score. */
export function bestAttempt(history: readonly SubmittedAttempt[]): SubmittedAttempt | null {
  return (
    certificateAttempt(history) ??
    history.reduce<SubmittedAttempt | null>(
      (best, attempt) => (!best || attempt.percent > best.percent ? attempt : best),
      null,
    )
  );
}

/** The record for this progress; `reported` is carried over by the caller. */
export function resumeFrom(progress: Progress, moduleIds: readonly string[], reported: string | null): ResumeRecord {
  const checks: Record<string, number> = {};
  for (const id of moduleIds) {
    const state = parseCheckState(progress.exercises[checkIdFor(id)]?.state, []);
    if (state && state.best >= 0) checks[id] = state.best;
  }
  const best = bestAttempt(parseExamHistory(progress.exercises[EXAM_ID]?.state));
  return {
    completed: moduleIds.filter((id) => progress.modules[id]?.completedAt),
    done: Object.keys(progress.exercises).filter((id) => progress.exercises[id]?.done),
    checks,
    exam: best && {
      seed: best.seed,
      submittedAt: best.submittedAt,
      percent: best.percent,
      passPercent: best.passPercent,
      passed: best.passed,
    },
    reported,
  };
}

/** A submitted attempt rebuilt from the record: its marks, without questions or answers. */
function attemptFrom(exam: ResumeExam): SubmittedAttempt {
  return {
    id: attemptIdFor(exam.seed),
    seed: exam.seed,
    startedAt: exam.submittedAt,
    deadline: null,
    questionIds: [],
    answers: {},
    submittedAt: exam.submittedAt,
    percent: exam.percent,
    passed: exam.passed,
    passPercent: exam.passPercent,
    byModule: {},
  };
}

/**
 * Merges the record into local progress: what either says is done stays done, the better check score
 * wins, the exam attempt joins the history when this browser does not have it; local work (typed
 * text, answers) is kept. Ids this version of the course does not know (`known`) are ignored.
 */
export function withResume(
  progress: Progress,
  record: ResumeRecord,
  known: ReadonlySet<string>,
  now: string,
): Progress {
  let next = progress;
  for (const id of record.done) {
    const local = next.exercises[id];
    if (!known.has(id) || local?.done) continue;
    next = withExercise(next, id, local?.state ?? null, true, now);
  }
  for (const [moduleId, best] of Object.entries(record.checks)) {
    const id = checkIdFor(moduleId);
    if (!known.has(id)) continue;
    const raw = next.exercises[id]?.state;
    const local = parseCheckState(raw, []);
    if (local && local.best >= best) continue;
    // The saved state itself, not its decoding against no questions, so the answers stay.
    const state =
      local && isRecord(raw) ? { ...raw, best } : { attempt: 1, answers: {}, checked: [], best, finished: 1 };
    next = withExercise(next, id, state, next.exercises[id]?.done || record.done.includes(id), now);
  }
  if (record.exam && known.has(EXAM_ID)) {
    const saved = next.exercises[EXAM_ID];
    const history = parseExamHistory(saved?.state);
    if (!history.some((attempt) => attempt.seed === record.exam!.seed)) {
      const raw = isRecord(saved?.state) ? saved.state : {};
      const older = Array.isArray(raw.history) ? (raw.history as { submittedAt?: unknown }[]) : [];
      const merged = [...older, attemptFrom(record.exam)].sort((a, b) =>
        String(a.submittedAt).localeCompare(String(b.submittedAt)),
      );
      const state = { current: raw.current ?? null, history: merged };
      next = withExercise(next, EXAM_ID, state, saved?.done || record.exam.passed, now);
    }
  }
  const modules = { ...next.modules };
  for (const id of record.completed) {
    if (known.has(id) && !modules[id]?.completedAt) modules[id] = { ...modules[id], completedAt: now };
  }
  return { ...next, modules };
}
