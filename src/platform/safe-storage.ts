/**
 * A localStorage stand-in that never throws. If the browser refuses storage (private mode,
 * disabled cookies) or it is full, new values are kept in memory for this visit and `onProblem` is
 * told (possibly more than once), so the page can say that progress will not survive a reload.
 * What is already saved stays readable when only writing fails (full storage, or a browser whose
 * writes always throw). Only what @nanostores/persistent and the page script use is supported:
 * read, `in`, assign.
 */

export type StorageProblem = 'unavailable' | 'full';

const PROBE_KEY = 'svc-probe';

export function createSafeStorage(
  getBacking: () => Storage,
  onProblem: (problem: StorageProblem) => void,
): Record<string, string> {
  const memory = new Map<string, string>();
  let backing: Storage | null = null;
  try {
    backing = getBacking();
    void backing.length; // some browsers refuse only on first use
  } catch {
    backing = null;
  }
  let writes = true;
  try {
    backing!.setItem(PROBE_KEY, '1');
    backing!.removeItem(PROBE_KEY);
  } catch {
    writes = false;
  }
  /** Storage that takes some writes, or holds something already, is full; empty storage that takes none is refused. */
  const problem = (): StorageProblem => {
    try {
      return backing && (writes || backing.length > 0) ? 'full' : 'unavailable';
    } catch {
      return 'unavailable';
    }
  };
  if (!writes) onProblem(problem());

  const read = (key: string): string | undefined => {
    try {
      return memory.get(key) ?? backing?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };

  return new Proxy({} as Record<string, string>, {
    get: (_target, key) => read(key as string),
    has: (_target, key) => read(key as string) !== undefined,
    set(_target, key, value) {
      try {
        backing!.setItem(key as string, value);
        memory.delete(key as string);
      } catch {
        memory.set(key as string, value);
        onProblem(problem());
      }
      return true;
    },
  });
}
