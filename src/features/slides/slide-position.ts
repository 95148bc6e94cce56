/** Which item (card, sub-question) a live exercise shows on a slide; shared by the audience and presenter windows. */
export const SLIDE_POSITION_PREFIX = 'svc-course:slide:';

/** The saved position as an index into `count` items: the first item when missing, garbled or out of range. */
export function shownItem(saved: string | undefined, count: number): number {
  const index = Number(saved);
  if (count <= 0 || !Number.isInteger(index) || index < 0) return 0;
  return Math.min(index, count - 1);
}
