import { describe, expect, it } from 'vitest';
import { createSafeStorage, type StorageProblem } from '../../src/platform/safe-storage';

/** A Storage-like object backed by a Map, with switches to make it fail like a real browser. */
function fakeStorage(options: { failWrites?: boolean; quota?: number } = {}) {
  const data = new Map<string, string>();
  const storage = {
    get length() {
      return data.size;
    },
    key: (index: number) => [...data.keys()][index] ?? null,
    getItem: (key: string) => data.get(key) ?? null,
    setItem(key: string, value: string) {
      const size = [...data.values()].reduce((sum, item) => sum + item.length, 0) + value.length;
      if (options.failWrites || (options.quota !== undefined && size > options.quota)) {
        throw new DOMException('quota', 'QuotaExceededError');
      }
      data.set(key, value);
    },
    removeItem: (key: string) => void data.delete(key),
    clear: () => data.clear(),
  } as Storage;
  return { storage, data };
}

function collect() {
  const problems: StorageProblem[] = [];
  return { problems, onProblem: (problem: StorageProblem) => problems.push(problem) };
}

describe('createSafeStorage', () => {
  it('reads and writes through to working storage, leaving no probe behind', () => {
    const { storage, data } = fakeStorage();
    const { problems, onProblem } = collect();
    const safe = createSafeStorage(() => storage, onProblem);
    safe.key = 'value';
    expect(data.get('key')).toBe('value');
    expect(safe.key).toBe('value');
    expect('key' in safe).toBe(true);
    expect('missing' in safe).toBe(false);
    expect(safe.missing).toBeUndefined();
    expect([...data.keys()]).toEqual(['key']);
    expect(problems).toEqual([]);
  });

  it('falls back to memory when storage cannot even be reached (private mode)', () => {
    const { problems, onProblem } = collect();
    const safe = createSafeStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    }, onProblem);
    expect(problems).toEqual(['unavailable']);
    safe.key = 'value';
    expect(safe.key).toBe('value');
    expect('key' in safe).toBe(true);
  });

  it('falls back to memory when every write throws', () => {
    const { storage } = fakeStorage({ failWrites: true });
    const { problems, onProblem } = collect();
    const safe = createSafeStorage(() => storage, onProblem);
    expect(problems).toEqual(['unavailable']);
    safe.key = 'value';
    expect(safe.key).toBe('value');
  });

  it('keeps a value in memory and reports "full" when storage is full', () => {
    const { storage, data } = fakeStorage({ quota: 10 });
    const { problems, onProblem } = collect();
    const safe = createSafeStorage(() => storage, onProblem);
    safe.small = 'ok';
    safe.big = 'x'.repeat(50);
    expect(problems).toEqual(['full']);
    expect(data.has('big')).toBe(false);
    expect(safe.big).toBe('x'.repeat(50));
    expect(safe.small).toBe('ok');
  });

  it('still reads what is saved when storage is full to the last byte, and says "full"', () => {
    const { storage, data } = fakeStorage({ quota: 12 });
    data.set('saved', 'x'.repeat(12));
    const { problems, onProblem } = collect();
    const safe = createSafeStorage(() => storage, onProblem);
    expect(problems).toEqual(['full']);
    expect(safe.saved).toBe('x'.repeat(12));
    safe.saved = 'y';
    expect(safe.saved).toBe('y');
  });

  it('still reads what is saved when every write throws, and says "full" rather than private mode', () => {
    const { storage, data } = fakeStorage({ failWrites: true });
    data.set('saved', 'kept');
    const { problems, onProblem } = collect();
    const safe = createSafeStorage(() => storage, onProblem);
    expect(problems).toEqual(['full']);
    expect(safe.saved).toBe('kept');
    expect('saved' in safe).toBe(true);
  });

  it('returns to real storage once a write succeeds again', () => {
    const { storage, data } = fakeStorage({ quota: 10 });
    const safe = createSafeStorage(
      () => storage,
      () => {},
    );
    safe.key = 'x'.repeat(50);
    safe.key = 'short';
    expect(data.get('key')).toBe('short');
    expect(safe.key).toBe('short');
  });

  it('treats a read that throws as a missing value', () => {
    const { storage } = fakeStorage();
    const safe = createSafeStorage(
      () =>
        ({
          ...storage,
          setItem: storage.setItem,
          removeItem: storage.removeItem,
          getItem: () => {
            throw new Error('broken');
          },
        }) as Storage,
      () => {},
    );
    expect(safe.anything).toBeUndefined();
  });
});
