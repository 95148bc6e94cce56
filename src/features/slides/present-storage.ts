/**
 * A small value the slide windows keep in localStorage, so it outlives closing a window and the
 * other window of the same browser sees it (the `storage` event). Without storage it lives in this
 * window only: the slides still work, the value just does not outlast a reload.
 */
export interface StoredValue {
  key: string;
  read(): string | null;
  write(value: string | null): void;
}

export function storedValue(key: string): StoredValue {
  let memory: string | null = null;
  return {
    key,
    read() {
      try {
        return localStorage.getItem(key);
      } catch {
        return memory;
      }
    },
    write(value) {
      memory = value;
      try {
        if (value === null) localStorage.removeItem(key);
        else localStorage.setItem(key, value);
      } catch {
        // Refused or full: kept in memory above.
      }
    },
  };
}

/** Calls `listener` with the new value when another window changes this one. */
export function onOtherWindowWrite(value: StoredValue, listener: (raw: string | null) => void): void {
  window.addEventListener('storage', (event) => {
    if (event.key === value.key) listener(event.newValue);
  });
}
