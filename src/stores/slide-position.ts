/**
 * The item each live exercise shows on a slide, kept in localStorage so that the audience window
 * and the presenter window show the same card (a `storage` event carries every change).
 */
import type { WritableAtom } from 'nanostores';
import { SLIDE_POSITION_PREFIX } from '../features/slides/slide-position';
import { persistentAtom } from './storage';

// One atom per exercise: the safe storage cannot list its keys, which a persistentMap would need.
const $positions = new Map<string, WritableAtom<string>>();

export function $slidePosition(exerciseId: string): WritableAtom<string> {
  let $position = $positions.get(exerciseId);
  if (!$position) {
    $position = persistentAtom<string>(`${SLIDE_POSITION_PREFIX}${exerciseId}`, '');
    $positions.set(exerciseId, $position);
  }
  return $position;
}
