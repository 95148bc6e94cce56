/**
 * The item each live exercise shows on a slide, kept in localStorage so that the audience window
 * and the presenter window show the same card (a `storage` event carries every change).
 */
import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import { SLIDE_POSITION_PREFIX } from '../features/slides/slide-position';
// Registers the safe storage engine (private mode, full storage) before these atoms first read.
import './progress';

// One atom per exercise: the safe storage cannot list its keys, which a persistentMap would need.
const positions = new Map<string, WritableAtom<string>>();

export function slidePosition(exerciseId: string): WritableAtom<string> {
  let position = positions.get(exerciseId);
  if (!position) {
    position = persistentAtom<string>(`${SLIDE_POSITION_PREFIX}${exerciseId}`, '');
    positions.set(exerciseId, position);
  }
  return position;
}
