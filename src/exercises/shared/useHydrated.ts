import { useEffect, useState } from 'preact/hooks';

/**
 * False for the first render, which must match the server's HTML; true right after. Preact's
 * hydration does not patch attributes, so state read from storage is applied only from then on.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
