/**
 * One LMS session, as the launcher owns it: initialise once, write values (within SCORM's limits,
 * reading each readable one back, since LMSs answer "true" whatever they stored), commit, and finish
 * exactly once. After finishing, or once the LMS is gone (a call throws), nothing more is sent.
 * DOM-free: the launcher wires it to the page's events.
 */
import type { Lms } from './lms-api';

export type SessionState = 'idle' | 'running' | 'finished' | 'lost';

export type SessionProblem =
  /** The LMS answered "false"; code and text as it gave them. */
  | { kind: 'error'; call: string; code: string; text: string }
  /** A value was accepted but reads back different: the LMS did not keep it. */
  | { kind: 'not-stored'; element: string }
  /** A value over the element's SCORM limit, refused before it reached the LMS. */
  | { kind: 'too-long'; element: string; length: number; max: number }
  /** A call threw: the LMS window closed or its API broke. */
  | { kind: 'lost'; call: string };

/** Characters SCORM lets an element hold (1.2's limits; 2004's are larger, so these suit both). */
export const LIMITS: ReadonlyArray<[RegExp, number]> = [
  [/suspend_data$/, 4096],
  [/location$/, 255],
  [/\.id$/, 255],
];

/** Elements an LMS must let the SCO read back (the rest are write-only in one version or both). */
const READABLE = /(suspend_data|location|lesson_status|completion_status|success_status|score\.(raw|min|max|scaled))$/;

export function limitOf(element: string): number | null {
  return LIMITS.find(([pattern]) => pattern.test(element))?.[1] ?? null;
}

export class LmsSession {
  state: SessionState = 'idle';
  readonly problems: SessionProblem[] = [];
  private readonly onProblem: (problem: SessionProblem) => void;

  constructor(
    private readonly lms: Lms,
    onProblem: (problem: SessionProblem) => void = () => {},
  ) {
    this.onProblem = onProblem;
  }

  get version() {
    return this.lms.version;
  }

  private report(problem: SessionProblem): void {
    this.problems.push(problem);
    this.onProblem(problem);
  }

  /** Runs one call; a throw marks the LMS lost, "false" records the LMS's error. */
  private call(name: string, run: () => string): string | null {
    if (this.state === 'lost') return null;
    let answer: string;
    try {
      answer = run();
    } catch {
      this.state = 'lost';
      this.report({ kind: 'lost', call: name });
      return null;
    }
    if (answer === 'false') {
      this.recordError(name);
      return null;
    }
    return answer;
  }

  private recordError(name: string): void {
    try {
      const code = this.lms.lastError();
      this.report({ kind: 'error', call: name, code, text: this.lms.errorString(code) });
    } catch {
      this.state = 'lost';
      this.report({ kind: 'lost', call: name });
    }
  }

  /** Initialises once; a second call does nothing and says whether the first succeeded. */
  start(): boolean {
    if (this.state !== 'idle') return this.state === 'running';
    if (this.call('Initialize', () => this.lms.initialize()) === null) {
      if ((this.state as SessionState) !== 'lost') this.state = 'finished';
      return false;
    }
    this.state = 'running';
    return true;
  }

  /** The element's value, or null when not running or the LMS refused (its error is recorded). */
  get(element: string): string | null {
    if (this.state !== 'running') return null;
    const value = this.call(`GetValue ${element}`, () => this.lms.getValue(element));
    // GetValue answers "" both for an empty value and for an error: only the error code tells.
    // SCORM 2004's 403 (value not initialised, e.g. no suspend_data on a first launch) is an empty value.
    if (value === '') {
      const code = this.safeLastError();
      if (code !== null && code !== '0' && !(this.lms.version === '2004' && code === '403')) {
        this.report({ kind: 'error', call: `GetValue ${element}`, code, text: this.safeErrorString(code) });
        return null;
      }
    }
    return value;
  }

  private safeLastError(): string | null {
    try {
      return this.lms.lastError();
    } catch {
      return null;
    }
  }

  private safeErrorString(code: string): string {
    try {
      return this.lms.errorString(code);
    } catch {
      return '';
    }
  }

  /** Writes a value and, when the element is readable, checks the LMS kept it. */
  set(element: string, value: string): boolean {
    if (this.state !== 'running') return false;
    const max = limitOf(element);
    if (max !== null && value.length > max) {
      this.report({ kind: 'too-long', element, length: value.length, max });
      return false;
    }
    if (this.call(`SetValue ${element}`, () => this.lms.setValue(element, value)) === null) return false;
    if (!READABLE.test(element)) return true;
    const stored = this.call(`GetValue ${element}`, () => this.lms.getValue(element));
    if (stored === null) return false;
    // An LMS may write a number back in its own notation: 80 for 80.0.
    if (stored !== value && !(stored !== '' && Number(stored) === Number(value))) {
      this.report({ kind: 'not-stored', element });
      return false;
    }
    return true;
  }

  commit(): boolean {
    if (this.state !== 'running') return false;
    return this.call('Commit', () => this.lms.commit()) !== null;
  }

  /** Finishes exactly once; later calls, and every call after it, do nothing. */
  finish(): boolean {
    if (this.state !== 'running') return false;
    this.state = 'finished';
    return this.callAfterFinish();
  }

  private callAfterFinish(): boolean {
    try {
      const answer = this.lms.terminate();
      if (answer === 'false') this.recordError('Terminate');
      return answer !== 'false';
    } catch {
      this.state = 'lost';
      this.report({ kind: 'lost', call: 'Terminate' });
      return false;
    }
  }
}
