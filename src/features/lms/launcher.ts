/**
 * The launcher's page script: finds the LMS, starts the one session, brings this learner's data into
 * the browser (learner-keyed, merged with the LMS's resume record), opens the course in the frame where
 * the learner left it, then reports to the LMS whenever the course writes progress, commits when the
 * page is hidden, and finishes exactly once on `pagehide` (never `unload`, which LMS frames block).
 * Review and browse mode start and finish the session and write nothing. The exam's questions, which
 * the interactions need, are fetched from the pool file only when there is an attempt to report
 * (exam-questions.ts); until they are in, everything else is reported and the attempts wait.
 */
import { findLms, type ScormVersion } from './lms-api';
import { LmsSession } from './session';
import { finishValues, interactionValues, statusValues, type CmiValue } from './cmi-values';
import { examOutcome, modulesComplete, questionsNeeded, unreportedAttempts } from './course-report';
import { examQuestions } from './exam-questions';
import { decodeResume, encodeResume, resumeFrom, withResume } from './resume-record';
import { placeOf, resumeUrl, sectionInView } from './resume-place';
import { certificateName, switchLearner } from './learner-storage';
import type { LaunchData } from './launch-data';
import { fetchExamPool } from '../assessment/exam-pool';
import { siteHref } from '../../browser/site-href';
import { PROGRESS_KEY, recoverProgress, type Progress } from '../../platform/progress';
import { LEARNER_KEY, normaliseLearnerName } from '../../platform/learner';
import { createSafeStorage } from '../../platform/safe-storage';

const data: LaunchData = JSON.parse(document.getElementById('launch-data')!.textContent!);
const known = new Set(data.known);
const moduleIds = data.modules.map((module) => module.id);
const frame = document.getElementById('course-frame') as HTMLIFrameElement;
const notice = document.getElementById('lms-notice')!;
const rootUrl = new URL('../', location.href).href;
const startedAt = Date.now();

const shown = new Set<string>();
function showNotices(): void {
  notice.textContent = [...shown]
    .map((key) => notice.dataset[key.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())])
    .join(' ');
  notice.hidden = shown.size === 0;
}
function show(code: string): void {
  shown.add(code);
  showNotices();
}
function hide(code: string): void {
  if (shown.delete(code)) showNotices();
}

const storage = createSafeStorage(
  () => localStorage,
  () => {},
);
const readProgress = (): Progress => recoverProgress(storage[PROGRESS_KEY], storage).progress;

const wanted = document.documentElement.dataset.scormVersion;
const lms = findLms(window, wanted === '1.2' || wanted === '2004' ? (wanted as ScormVersion) : undefined);
const session =
  lms &&
  new LmsSession(lms, (problem) => {
    // The details for whoever supports the LMS (the learner sees the notice).
    console.warn('SCORM:', JSON.stringify(problem));
    show(problem.kind === 'lost' ? 'lost' : 'problem');
  });

/** The element names that differ between the versions. */
const names = (version: ScormVersion) =>
  version === '1.2'
    ? {
        id: 'cmi.core.student_id',
        name: 'cmi.core.student_name',
        mode: 'cmi.core.lesson_mode',
        location: 'cmi.core.lesson_location',
      }
    : { id: 'cmi.learner_id', name: 'cmi.learner_name', mode: 'cmi.mode', location: 'cmi.location' };

function open(place: string | null): void {
  frame.src = resumeUrl(place, rootUrl) ?? `${rootUrl}index.html`;
}

if (!session || !session.start()) {
  show('no-lms');
  open(null);
} else {
  const fields = names(session.version);
  const mode = session.get(fields.mode) ?? 'normal';
  const recording = mode === 'normal' || mode === '';
  const learnerId = session.get(fields.id) ?? '';
  try {
    // Browse and review get a data set of their own, so nothing done there counts later.
    switchLearner(localStorage, recording ? learnerId : `${learnerId}#${mode}`);
  } catch {
    // No storage at all: the course keeps its data in memory and says so itself.
  }
  const { record, problem } = decodeResume(session.get('cmi.suspend_data'));
  if (problem) show(`resume-${problem}`);
  if (!recording) show('browse');
  storage[PROGRESS_KEY] = JSON.stringify(withResume(readProgress(), record, known, new Date().toISOString()));
  const lmsName = normaliseLearnerName(certificateName(session.get(fields.name) ?? ''));
  if (lmsName) storage[LEARNER_KEY] = lmsName;

  let reported = record.reported;
  let nextInteraction = Number(session.get('cmi.interactions._count')) || 0;
  let place = session.get(fields.location) || null;
  const written = new Map<string, string>();
  const exam = examQuestions(
    () => fetchExamPool(siteHref(data.poolPath)),
    () => {
      // For whoever supports the LMS; the learner sees the notice once an attempt waits for the questions.
      if (exam.failed) console.warn('SCORM: the exam pool could not be read:', data.poolPath);
      report();
    },
  );

  /** Writes what changed since the last report; commits when the status, the score or the interactions did. */
  const report = (): void => {
    if (!recording || session.state !== 'running') return;
    const progress = readProgress();
    let important = false;
    const needed = questionsNeeded(progress, reported);
    if (needed !== 'no') exam.want();
    // Without the questions the attempts stay unreported (`reported` does not move), to be sent once they are in.
    for (const attempt of exam.questions ? unreportedAttempts(progress, exam.questions, reported) : []) {
      const values = interactionValues(
        session.version,
        nextInteraction,
        attempt.questions,
        new Date(attempt.submittedAt),
      );
      values.forEach(([element, value]) => session.set(element, value));
      nextInteraction += attempt.questions.length;
      reported = attempt.submittedAt;
      important = true;
    }
    if (exam.failed && needed === 'now') show('no-questions');
    else hide('no-questions');
    const values: CmiValue[] = statusValues(session.version, {
      ...modulesComplete(progress, data.modules),
      exam: examOutcome(progress),
      location: place ?? 'index.html',
      suspendData: encodeResume(resumeFrom(progress, moduleIds, reported)),
    });
    for (const [element, value] of values) {
      if (written.get(element) === value) continue;
      if (session.set(element, value)) written.set(element, value);
      if (!/location|suspend_data/.test(element)) important = true;
    }
    if (important) session.commit();
  };

  const follow = (): void => {
    try {
      place = placeOf(frame.contentWindow!.location.href, rootUrl) ?? place;
      frame.contentWindow!.addEventListener('hashchange', follow);
    } catch {
      // The frame left the package (an outside link): keep the last place.
    }
    report();
  };

  /** The place as the learner leaves it: the page and the section scrolled to. */
  const readPlace = (): void => {
    try {
      const shown = new URL(frame.contentWindow!.location.href);
      const headings = [...frame.contentDocument!.querySelectorAll<HTMLElement>('main :is(h2, h3)[id]')];
      const section = sectionInView(
        headings.map((heading) => ({ id: heading.id, top: heading.getBoundingClientRect().top })),
      );
      if (section) shown.hash = section;
      place = placeOf(shown.href, rootUrl) ?? place;
    } catch {
      // The frame left the package: keep the last place.
    }
  };

  frame.addEventListener('load', follow);
  addEventListener('storage', (event) => {
    if (event.key === PROGRESS_KEY || event.key === null) report();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'hidden') return;
    readPlace();
    report();
    if (recording) session.commit();
  });
  addEventListener('pagehide', () => {
    if (session.state !== 'running') return;
    readPlace();
    report();
    if (recording)
      finishValues(session.version, Date.now() - startedAt).forEach(([element, value]) => session.set(element, value));
    session.finish();
  });
  // Back from the back-forward cache the session is over: start a new one.
  addEventListener('pageshow', (event) => {
    if (event.persisted) location.reload();
  });
  open(place);
  report();
}
