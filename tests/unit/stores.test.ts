/**
 * The progress store as a sequence of events, in a stand-in browser: a window that is an
 * EventTarget and a localStorage backed by a Map. Each test imports a fresh copy of the stores.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  NOTICE_EVENT,
  PROGRESS_BACKUP_KEY,
  PROGRESS_EVENT,
  PROGRESS_KEY,
  emptyProgress,
  type Progress,
} from '../../src/platform/progress';
import { LEARNER_KEY } from '../../src/platform/learner';
import { SLIDE_POSITION_PREFIX } from '../../src/features/slides/slide-position';

const T1 = '2026-11-23T09:00:00.000Z';
let data: Map<string, string>;
let win: EventTarget & { localStorage: Storage };
let announcements: number;

function fakeLocalStorage(failWrites = false): Storage {
  return {
    get length() {
      return data.size;
    },
    key: (index: number) => [...data.keys()][index] ?? null,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (failWrites && key !== 'svc-probe') throw new DOMException('full', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key: string) => void data.delete(key),
    clear: () => data.clear(),
  };
}

async function loadStores(storage: Storage = fakeLocalStorage()) {
  win = Object.assign(new EventTarget(), { localStorage: storage });
  vi.stubGlobal('window', win);
  // The page's notice mark (<html data-storage-notice>) is all the stores touch of the document.
  vi.stubGlobal('document', { documentElement: { dataset: {} } });
  announcements = 0;
  win.addEventListener(PROGRESS_EVENT, () => (announcements += 1));
  vi.resetModules();
  const engine = await import('../../src/stores/storage');
  const stores = await import('../../src/stores/progress');
  const exercise = await import('../../src/stores/exercise');
  const learner = await import('../../src/stores/learner');
  const slidePosition = await import('../../src/stores/slide-position');
  return { ...engine, ...stores, ...exercise, ...learner, ...slidePosition };
}

function stored(): Progress {
  return JSON.parse(data.get(PROGRESS_KEY) ?? 'null');
}

beforeEach(() => {
  data = new Map();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('progress store', () => {
  it('starts empty with no notice when nothing is saved', async () => {
    const { $progress, $storageNotice } = await loadStores();
    const values: Progress[] = [];
    const unbind = $progress.subscribe((value) => values.push(value));
    expect(values).toEqual([emptyProgress()]);
    expect($storageNotice.get()).toBeNull();
    unbind();
  });

  it('loads saved progress', async () => {
    const saved: Progress = { version: 1, modules: { m3: { visitedAt: T1 } }, exercises: {}, lastModule: 'm3' };
    data.set(PROGRESS_KEY, JSON.stringify(saved));
    const { $progress } = await loadStores();
    expect($progress.get()).toEqual(saved);
  });

  it('replaces a corrupt value, keeps a backup and raises the notice once', async () => {
    data.set(PROGRESS_KEY, '{"version":1,"modules":');
    const { $progress, $storageNotice } = await loadStores();
    const notices: (string | null)[] = [];
    $storageNotice.subscribe((code) => notices.push(code));
    expect($progress.get()).toEqual(emptyProgress());
    expect(notices).toEqual(['corrupt']);
    expect(data.get(PROGRESS_BACKUP_KEY)).toBe('{"version":1,"modules":');
    expect(stored()).toEqual(emptyProgress());
  });

  it('saves an exercise, persists it and announces the write to the page', async () => {
    const { $progress, saveExercise, resetExercise } = await loadStores();
    const unbind = $progress.listen(() => {});
    saveExercise('peak-end', () => ({ state: { touchpoints: [] }, done: true }));
    expect(stored().exercises['peak-end']).toMatchObject({ done: true, state: { touchpoints: [] } });
    expect(announcements).toBe(1);
    resetExercise('peak-end');
    expect(stored().exercises).toEqual({});
    expect(announcements).toBe(2);
    unbind();
  });

  it('gives each save the state stored at that moment, so two quick saves both count', async () => {
    const { $progress, saveExercise } = await loadStores();
    const unbind = $progress.listen(() => {});
    const seen: unknown[] = [];
    const addOne = (stored: unknown) => {
      seen.push(stored);
      return { state: { count: ((stored as { count?: number } | undefined)?.count ?? 0) + 1 }, done: false };
    };
    saveExercise('pesos', addOne);
    saveExercise('pesos', addOne);
    expect(seen).toEqual([undefined, { count: 1 }]);
    expect(stored().exercises.pesos?.state).toEqual({ count: 2 });
    unbind();
  });

  it('follows a write by the page script (PROGRESS_EVENT) and by another tab (storage event)', async () => {
    const { $progress } = await loadStores();
    const seen: string[] = [];
    const unbind = $progress.listen((value) => seen.push(value.lastModule ?? '-'));

    data.set(PROGRESS_KEY, JSON.stringify({ ...emptyProgress(), lastModule: 'm1' }));
    win.dispatchEvent(new Event(PROGRESS_EVENT));

    const fromOtherTab = JSON.stringify({ ...emptyProgress(), lastModule: 'm4' });
    data.set(PROGRESS_KEY, fromOtherTab);
    win.dispatchEvent(Object.assign(new Event('storage'), { key: PROGRESS_KEY, newValue: fromOtherTab }));

    expect(seen).toEqual(['m1', 'm4']);
    expect($progress.get().lastModule).toBe('m4');
    unbind();
  });

  it('keeps working in memory and says so when storage is full', async () => {
    const { $progress, $storageNotice, saveExercise } = await loadStores(fakeLocalStorage(true));
    const unbind = $progress.listen(() => {});
    saveExercise('disc-quiz', () => ({ state: { mode: 'self', answers: { self: {}, customer: {} } }, done: false }));
    expect($storageNotice.get()).toBe('full');
    expect($progress.get().exercises['disc-quiz']?.done).toBe(false);
    expect(data.has(PROGRESS_KEY)).toBe(false);
    unbind();
  });

  it('says storage is unavailable when the browser refuses it, and still keeps saves for this visit', async () => {
    const refusing = {
      ...fakeLocalStorage(),
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const { $progress, $storageNotice, saveExercise } = await loadStores(refusing);
    const notices: string[] = [];
    win.addEventListener(NOTICE_EVENT, (event) => notices.push((event as CustomEvent<string>).detail));
    expect($storageNotice.get()).toBe('unavailable');
    const unbind = $progress.listen(() => {});
    saveExercise('pesos', () => ({ state: { count: 1 }, done: false }));
    expect($progress.get().exercises.pesos?.state).toEqual({ count: 1 });
    // Told once, when storage was opened; the page's notice is not raised again on every save.
    expect(notices).toEqual([]);
    expect($storageNotice.get()).toBe('unavailable');
    unbind();
  });
});

describe('learner name store', () => {
  it('persists the name, follows another tab and cleans up a hand-edited value', async () => {
    data.set(LEARNER_KEY, '  张\n三  ');
    const { $learnerName } = await loadStores();
    const seen: string[] = [];
    const unbind = $learnerName.subscribe((name) => seen.push(name));
    $learnerName.set('李四');
    data.set(LEARNER_KEY, '王五');
    win.dispatchEvent(Object.assign(new Event('storage'), { key: LEARNER_KEY, newValue: '王五' }));
    expect(seen).toEqual(['张 三', '李四', '王五']);
    expect(data.get(LEARNER_KEY)).toBe('王五');
    unbind();
  });
});

describe('slide position store', () => {
  it('gives each exercise one atom, persisted, that follows the other window', async () => {
    const { $slidePosition } = await loadStores();
    const $position = $slidePosition('card-sort');
    expect($slidePosition('card-sort')).toBe($position);
    expect($slidePosition('pesos')).not.toBe($position);
    const seen: string[] = [];
    const unbind = $position.subscribe((value) => seen.push(value));
    $position.set('3');
    const key = `${SLIDE_POSITION_PREFIX}card-sort`;
    data.set(key, '5');
    win.dispatchEvent(Object.assign(new Event('storage'), { key, newValue: '5' }));
    expect(seen).toEqual(['', '3', '5']);
    expect(data.get(key)).toBe('5');
    unbind();
  });
});
