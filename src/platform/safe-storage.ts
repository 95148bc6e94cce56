/**
 * A localStorage stand-in that never throws. If the browser refuses storage (private mode,
 * disabled cookies) or it is full, values are kept in memory for this visit and `onProblem` is
 * told (possibly more than once), so the page can say that progress will not survive a reload.
 * Only what @nanostores/persistent and the page script use is supported: read, `in`, assign.
 */

export type StorageProblem = 'unavailable' | 'full';

export function createSafeStorage(
  getBacking: () => Storage,
  onProblem: (problem: StorageProblem) => void,
): Record<string, string> {
  const memory = new Map<string, string>();
  let backing: Storage | null = null;
  try {
    backing = getBacking();
    backing.setItem('svc-probe', '1');
    backing.removeItem('svc-probe');
  } catch {
    backing = null;
    onProblem('unavailable');
  }

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
        onProblem(backing ? 'full' : 'unavailable');
      }
      return true;
    },
  });
}
