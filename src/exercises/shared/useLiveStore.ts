import { useEffect, useState } from 'preact/hooks';
import type { ReadableAtom } from 'nanostores';

/**
 * A store's value, re-rendering as soon as it changes. @nanostores/preact's useStore re-renders on a
 * timer, so two quick events (a fast second click, answers given in a row) both acted on the same
 * old state and the second undid the first; Preact's own batching redraws before the next event.
 */
export function useLiveStore<T>(store: ReadableAtom<T>): T {
  const [, redraw] = useState({});
  const shown = store.get();
  useEffect(() => {
    const unlisten = store.listen(() => redraw({}));
    // A change between the first render and this subscription would otherwise be missed.
    if (store.get() !== shown) redraw({});
    return unlisten;
  }, [store]);
  return shown;
}
