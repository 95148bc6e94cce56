import { shownItem } from '../../features/slides/slide-position';
import { $slidePosition } from '../../stores/slide-position';
import { useHydrated } from './useHydrated';
import { useLiveStore } from './useLiveStore';

/** The item of `count` that exercise `id` shows on a slide, and how to move it, in step across windows. */
export function useSlidePosition(id: string, count: number): [number, (index: number) => void] {
  const $position = $slidePosition(id);
  const saved = useLiveStore($position);
  const hydrated = useHydrated();
  return [hydrated ? shownItem(saved, count) : 0, (index) => $position.set(String(index))];
}
