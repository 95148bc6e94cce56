import { describe, expect, it } from 'vitest';
import { findLms, lmsOf, type Api12, type Api2004, type WindowLike } from '../../src/features/lms/lms-api';
import { LmsSession, type SessionProblem } from '../../src/features/lms/session';

/** A SCORM 1.2 LMS that logs every call; `keep` decides what it really stores. */
function fakeApi12(keep: (element: string, value: string) => string = (_e, value) => value) {
  const calls: string[] = [];
  const data = new Map<string, string>([['cmi.core.student_id', 'u42']]);
  let error = '0';
  const api: Api12 = {
    LMSInitialize: () => (calls.push('LMSInitialize'), 'true'),
    LMSFinish: () => (calls.push('LMSFinish'), 'true'),
    LMSGetValue: (element) => {
      calls.push(`LMSGetValue ${element}`);
      error = data.has(element) ? '0' : '401';
      return data.get(element) ?? '';
    },
    LMSSetValue: (element, value) => {
      calls.push(`LMSSetValue ${element}`);
      if (element === 'cmi.core.lesson_status' && value === 'bogus') {
        error = '405';
        return 'false';
      }
      data.set(element, keep(element, value));
      error = '0';
      return 'true';
    },
    LMSCommit: () => (calls.push('LMSCommit'), 'true'),
    LMSGetLastError: () => error,
    LMSGetErrorString: (code) => `error ${code}`,
  };
  return { api, calls, data };
}

function session12(keep?: (element: string, value: string) => string) {
  const fake = fakeApi12(keep);
  const problems: SessionProblem[] = [];
  const session = new LmsSession(lmsOf(fake.api, '1.2'), (problem) => problems.push(problem));
  return { ...fake, problems, session };
}

describe('findLms', () => {
  const api12 = fakeApi12().api;
  const api2004 = { Initialize: () => 'true' } as unknown as Api2004;

  it('walks up the parents to the nearest API', () => {
    const top: WindowLike = { API: api12 };
    top.parent = top;
    const middle: WindowLike = { parent: top };
    const launcher: WindowLike = { parent: middle };
    expect(findLms(launcher, '1.2')?.version).toBe('1.2');
  });

  it('looks up from the opener when no parent has one (a pop-up launch)', () => {
    const lmsWindow: WindowLike = { API_1484_11: api2004 };
    const popup: WindowLike = { opener: lmsWindow };
    popup.parent = popup;
    expect(findLms(popup)?.version).toBe('2004');
  });

  it('takes only the version asked for, and prefers 2004 without one', () => {
    const both: WindowLike = { API: api12, API_1484_11: api2004 };
    expect(findLms(both)?.version).toBe('2004');
    expect(findLms(both, '1.2')?.version).toBe('1.2');
    expect(findLms({ API: api12 }, '2004')).toBeNull();
  });

  it('ignores things named API that are not one, and cross-origin parents that throw', () => {
    const hostile: WindowLike = {};
    Object.defineProperty(hostile, 'API', {
      get() {
        throw new Error('cross-origin');
      },
    });
    hostile.parent = { API: 'not an api', parent: null };
    expect(findLms({ parent: hostile })).toBeNull();
  });

  it('stops on a parent chain that loops or runs very deep', () => {
    const loop: WindowLike = {};
    loop.parent = { parent: loop };
    expect(findLms(loop)).toBeNull();
    let deep: WindowLike = { API: api12 };
    for (let level = 0; level < 40; level += 1) deep = { parent: deep };
    expect(findLms(deep)).toBeNull();
  });
});

describe('LmsSession', () => {
  it('initialises once, writes, commits and finishes once; nothing after finishing', () => {
    const { session, calls } = session12();
    expect(session.start()).toBe(true);
    expect(session.start()).toBe(true);
    expect(session.set('cmi.core.lesson_location', 'modules/m1/index.html')).toBe(true);
    expect(session.commit()).toBe(true);
    expect(session.finish()).toBe(true);
    expect(session.finish()).toBe(false);
    expect(session.set('cmi.suspend_data', '{}')).toBe(false);
    expect(session.commit()).toBe(false);
    expect(session.get('cmi.core.student_id')).toBeNull();
    expect(calls).toEqual([
      'LMSInitialize',
      'LMSSetValue cmi.core.lesson_location',
      'LMSGetValue cmi.core.lesson_location',
      'LMSCommit',
      'LMSFinish',
    ]);
  });

  it('sends nothing before it started', () => {
    const { session, calls } = session12();
    expect(session.set('cmi.suspend_data', 'x')).toBe(false);
    expect(session.finish()).toBe(false);
    expect(calls).toEqual([]);
  });

  it('reads values back and reports what the LMS did not keep', () => {
    const { session, problems } = session12((element, value) =>
      element === 'cmi.suspend_data' ? value.slice(0, 10) : value,
    );
    session.start();
    expect(session.set('cmi.suspend_data', 'x'.repeat(20))).toBe(false);
    expect(problems).toEqual([{ kind: 'not-stored', element: 'cmi.suspend_data' }]);
  });

  it('accepts a number the LMS writes back in its own notation', () => {
    const { session, problems } = session12((element, value) => (element === 'cmi.core.score.raw' ? '80.0' : value));
    session.start();
    expect(session.set('cmi.core.score.raw', '80')).toBe(true);
    expect(problems).toEqual([]);
  });

  it('does not read back write-only elements', () => {
    const { session, calls } = session12();
    session.start();
    expect(session.set('cmi.core.session_time', '00:01:00.00')).toBe(true);
    expect(calls.at(-1)).toBe('LMSSetValue cmi.core.session_time');
  });

  it('refuses values over SCORM 1.2 limits before they reach the LMS', () => {
    const { session, calls, problems } = session12();
    session.start();
    expect(session.set('cmi.suspend_data', 'x'.repeat(4097))).toBe(false);
    expect(session.set('cmi.suspend_data', 'x'.repeat(4096))).toBe(true);
    expect(session.set('cmi.core.lesson_location', 'x'.repeat(256))).toBe(false);
    expect(problems.map((problem) => problem.kind)).toEqual(['too-long', 'too-long']);
    expect(calls.filter((call) => call.startsWith('LMSSetValue'))).toEqual(['LMSSetValue cmi.suspend_data']);
  });

  it("records the LMS's error code and text when it answers false", () => {
    const { session, problems } = session12();
    session.start();
    expect(session.set('cmi.core.lesson_status', 'bogus')).toBe(false);
    expect(problems).toEqual([
      { kind: 'error', call: 'SetValue cmi.core.lesson_status', code: '405', text: 'error 405' },
    ]);
    // An element the LMS does not have: "" with an error code is an error, not an empty value.
    expect(session.get('cmi.nothing')).toBeNull();
    expect(session.get('cmi.core.student_id')).toBe('u42');
  });

  it('gives up on an LMS that fails to initialise', () => {
    const { api, calls } = fakeApi12();
    api.LMSInitialize = () => (calls.push('LMSInitialize'), 'false');
    const session = new LmsSession(lmsOf(api, '1.2'));
    expect(session.start()).toBe(false);
    expect(session.set('cmi.suspend_data', 'x')).toBe(false);
    expect(session.finish()).toBe(false);
    expect(calls).toEqual(['LMSInitialize']);
  });

  it('stops calling a lost LMS (its window closed: every call throws)', () => {
    const { api, session, problems, calls } = session12();
    session.start();
    api.LMSSetValue = () => {
      throw new Error('window closed');
    };
    expect(session.set('cmi.suspend_data', 'x')).toBe(false);
    expect(session.state).toBe('lost');
    expect(session.commit()).toBe(false);
    expect(session.finish()).toBe(false);
    expect(problems).toEqual([{ kind: 'lost', call: 'SetValue cmi.suspend_data' }]);
    expect(calls).toEqual(['LMSInitialize']);
  });

  it("reads SCORM 2004's 'not initialised' (403) as an empty value, not a problem", () => {
    const problems: SessionProblem[] = [];
    const api = {
      Initialize: () => 'true',
      GetValue: () => '',
      GetLastError: () => '403',
      GetErrorString: () => 'Data Model Element Value Not Initialized',
    } as unknown as Api2004;
    const session = new LmsSession(lmsOf(api, '2004'), (problem) => problems.push(problem));
    session.start();
    expect(session.get('cmi.suspend_data')).toBe('');
    expect(problems).toEqual([]);
  });

  it('speaks SCORM 2004 through the same calls', () => {
    const calls: string[] = [];
    const api: Api2004 = {
      Initialize: () => (calls.push('Initialize'), 'true'),
      Terminate: () => (calls.push('Terminate'), 'true'),
      GetValue: () => 'completed',
      SetValue: (element) => (calls.push(`SetValue ${element}`), 'true'),
      Commit: () => (calls.push('Commit'), 'true'),
      GetLastError: () => '0',
      GetErrorString: () => '',
    };
    const session = new LmsSession(lmsOf(api, '2004'));
    session.start();
    expect(session.set('cmi.completion_status', 'completed')).toBe(true);
    session.commit();
    session.finish();
    expect(calls).toEqual(['Initialize', 'SetValue cmi.completion_status', 'Commit', 'Terminate']);
  });
});
