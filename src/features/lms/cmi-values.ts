/**
 * What the LMS is told, per SCORM version: the learner's state as cmi elements, in the order they
 * must be written (score before status, so an LMS that derives a status from the score sees the
 * score first), the values written when the session ends, and an exam attempt's questions as
 * interactions for the LMS's question report. Pure.
 */
import type { ScormVersion } from './lms-api';
import type { Answer } from '../assessment/quiz';
import { learnerResponse } from './learner-response';

export interface ExamOutcome {
  /** The best attempt's score, 0–100. */
  best: number;
  /** Whether an attempt passed. */
  passed: boolean;
}

export interface LearnerStatus {
  modulesComplete: number;
  modulesTotal: number;
  /** Null until an exam attempt was submitted. */
  exam: ExamOutcome | null;
  /** The page and section to resume at, relative to the package root (see resume-place.ts). */
  location: string;
  suspendData: string;
}

export type CmiValue = readonly [element: string, value: string];

/**
 * SCORM 1.2 has one status: passed / failed once the exam was taken, else completed when every module
 * is; SCORM 2004 keeps completion (modules) and success (exam) apart.
 */
export function statusValues(version: ScormVersion, status: LearnerStatus): CmiValue[] {
  const { exam } = status;
  const complete = status.modulesTotal > 0 && status.modulesComplete === status.modulesTotal;
  const values: CmiValue[] = [];
  if (version === '1.2') {
    if (exam)
      values.push(
        ['cmi.core.score.min', '0'],
        ['cmi.core.score.max', '100'],
        ['cmi.core.score.raw', String(exam.best)],
      );
    values.push([
      'cmi.core.lesson_status',
      exam ? (exam.passed ? 'passed' : 'failed') : complete ? 'completed' : 'incomplete',
    ]);
    values.push(['cmi.core.lesson_location', status.location], ['cmi.suspend_data', status.suspendData]);
    return values;
  }
  if (exam)
    values.push(
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
      ['cmi.score.raw', String(exam.best)],
      ['cmi.score.scaled', String(exam.best / 100)],
    );
  values.push(['cmi.completion_status', complete ? 'completed' : 'incomplete']);
  values.push(['cmi.success_status', exam ? (exam.passed ? 'passed' : 'failed') : 'unknown']);
  values.push(['cmi.location', status.location], ['cmi.suspend_data', status.suspendData]);
  return values;
}

/** Time in the session: 1.2's `HHHH:MM:SS.SS`, 2004's ISO 8601 duration `PT1H2M3.4S`. */
export function sessionTime(version: ScormVersion, milliseconds: number): string {
  const centiseconds = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.floor(centiseconds / 360_000);
  const minutes = Math.floor((centiseconds % 360_000) / 6000);
  const seconds = (centiseconds % 6000) / 100;
  if (version === '2004') return `PT${hours}H${minutes}M${seconds}S`;
  const two = (value: number) => String(value).padStart(2, '0');
  const wholeSeconds = Math.floor(seconds);
  const fraction = String(centiseconds % 100).padStart(2, '0');
  return `${two(Math.min(hours, 9999))}:${two(minutes)}:${two(wholeSeconds)}.${fraction}`;
}

/** Written once as the session ends: the time spent, and that the learner may come back. */
export function finishValues(version: ScormVersion, milliseconds: number): CmiValue[] {
  const time = sessionTime(version, milliseconds);
  return version === '1.2'
    ? [
        ['cmi.core.session_time', time],
        ['cmi.core.exit', 'suspend'],
      ]
    : [
        ['cmi.session_time', time],
        ['cmi.exit', 'suspend'],
      ];
}

/** A question type of the course's banks. */
export type QuestionType = 'single' | 'multiple' | 'truefalse' | 'ordering' | 'matching' | 'scenario';

export interface AnsweredQuestion {
  id: string;
  type: QuestionType;
  /** Full marks: partial credit counts as wrong, as in the exam's result. */
  correct: boolean;
  /** What the learner answered; absent for a question left unanswered. */
  answer?: Answer;
}

const INTERACTION_TYPES: Record<ScormVersion, Record<QuestionType, string>> = {
  // 1.2 has no "other": a scenario (several sub-questions on one case) is closest to "performance".
  '1.2': {
    single: 'choice',
    multiple: 'choice',
    truefalse: 'true-false',
    ordering: 'sequencing',
    matching: 'matching',
    scenario: 'performance',
  },
  '2004': {
    single: 'choice',
    multiple: 'choice',
    truefalse: 'true-false',
    ordering: 'sequencing',
    matching: 'matching',
    scenario: 'other',
  },
};

/**
 * An attempt's questions as interactions from index `first` on: id first (2004 requires it before
 * the others), then type, the learner's response (after the type, which sets its format), result and
 * the time of the attempt.
 */
export function interactionValues(
  version: ScormVersion,
  first: number,
  questions: readonly AnsweredQuestion[],
  submittedAt: Date,
): CmiValue[] {
  return questions.flatMap((question, offset) => {
    const prefix = `cmi.interactions.${first + offset}.`;
    const result = question.correct ? 'correct' : version === '1.2' ? 'wrong' : 'incorrect';
    const time: CmiValue =
      version === '1.2'
        ? [`${prefix}time`, submittedAt.toISOString().slice(11, 19)]
        : // 2004's time (second,10,0): a time zone only after hundredths of a second.
          [`${prefix}timestamp`, `${submittedAt.toISOString().slice(0, 22)}Z`];
    const response = learnerResponse(version, question.answer);
    const responseValue: CmiValue[] =
      response === null ? [] : [[`${prefix}${version === '1.2' ? 'student_response' : 'learner_response'}`, response]];
    return [
      [`${prefix}id`, question.id],
      [`${prefix}type`, INTERACTION_TYPES[version][question.type]],
      ...responseValue,
      [`${prefix}result`, result],
      time,
    ];
  });
}
