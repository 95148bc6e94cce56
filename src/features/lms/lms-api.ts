/**
 * The two SCORM run-time APIs as the LMS offers them, found from the launcher's window: SCORM 1.2's
 * `API` (LMSInitialize …) and SCORM 2004's `API_1484_11` (Initialize …), and one shape over both so the
 * session code is written once. DOM-free: a window is anything with `parent` and `opener`.
 */

export type ScormVersion = '1.2' | '2004';

/** SCORM 1.2's API object. Every method takes and returns strings. */
export interface Api12 {
  LMSInitialize(empty: ''): string;
  LMSFinish(empty: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(empty: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

/** SCORM 2004's API_1484_11 object. */
export interface Api2004 {
  Initialize(empty: ''): string;
  Terminate(empty: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(empty: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
}

/** Either API behind the same five calls; every answer is the LMS's own string. */
export interface Lms {
  version: ScormVersion;
  initialize(): string;
  terminate(): string;
  getValue(element: string): string;
  setValue(element: string, value: string): string;
  commit(): string;
  lastError(): string;
  errorString(code: string): string;
}

export function lmsOf(api: Api12 | Api2004, version: ScormVersion): Lms {
  if (version === '1.2') {
    const a = api as Api12;
    return {
      version,
      initialize: () => String(a.LMSInitialize('')),
      terminate: () => String(a.LMSFinish('')),
      getValue: (element) => String(a.LMSGetValue(element)),
      setValue: (element, value) => String(a.LMSSetValue(element, value)),
      commit: () => String(a.LMSCommit('')),
      lastError: () => String(a.LMSGetLastError()),
      errorString: (code) => String(a.LMSGetErrorString(code)),
    };
  }
  const a = api as Api2004;
  return {
    version,
    initialize: () => String(a.Initialize('')),
    terminate: () => String(a.Terminate('')),
    getValue: (element) => String(a.GetValue(element)),
    setValue: (element, value) => String(a.SetValue(element, value)),
    commit: () => String(a.Commit('')),
    lastError: () => String(a.GetLastError()),
    errorString: (code) => String(a.GetErrorString(code)),
  };
}

/** What findLms needs of a window. */
export interface WindowLike {
  parent?: WindowLike | null;
  opener?: WindowLike | null;
  API?: unknown;
  API_1484_11?: unknown;
}

/** How far up the parent chain to look: ADL's own finder stops at 500; real LMSs nest a few frames. */
const MAX_DEPTH = 16;

const API_NAMES = { '1.2': 'API', '2004': 'API_1484_11' } as const;

function hasMethods(value: unknown, version: ScormVersion): value is Api12 | Api2004 {
  const method = version === '1.2' ? 'LMSInitialize' : 'Initialize';
  return (
    typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[method] === 'function'
  );
}

/** The API in this window or one of its parents, nearest first; a window of another origin is skipped. */
function searchUp(start: WindowLike | null | undefined, version: ScormVersion): Api12 | Api2004 | null {
  let current = start;
  for (let depth = 0; current && depth < MAX_DEPTH; depth += 1) {
    try {
      const api = current[API_NAMES[version]];
      if (hasMethods(api, version)) return api;
    } catch {
      // A cross-origin parent throws on any property read: keep walking.
    }
    const parent: WindowLike | null | undefined = (() => {
      try {
        return current.parent;
      } catch {
        return null;
      }
    })();
    if (!parent || parent === current) break;
    current = parent;
  }
  return null;
}

function openerOf(start: WindowLike): WindowLike | null | undefined {
  try {
    return start.opener;
  } catch {
    return null;
  }
}

/**
 * Finds the LMS: up the parents, then up from the opener (an LMS that launches in a pop-up). With a
 * version, only that version's API counts (a 1.2 package must not talk 2004 to an LMS offering both);
 * without, SCORM 2004 is preferred.
 */
export function findLms(start: WindowLike, version?: ScormVersion): Lms | null {
  const versions: ScormVersion[] = version ? [version] : ['2004', '1.2'];
  for (const wanted of versions) {
    const api = searchUp(start, wanted) ?? searchUp(openerOf(start), wanted);
    if (api) return lmsOf(api, wanted);
  }
  return null;
}
