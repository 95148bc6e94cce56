/**
 * Step-by-step reveal on a slide (`<Steps>` in the text): the clicker's next first shows the next
 * item of the list or the next row or column of the table, and moves on only once all are shown;
 * back hides them again. Pure: the page script counts a slide's steps and shows `step` of them.
 */

/** How many parts are shown before the first click: `start`, or all but `-start` when negative. */
export function shownAtStart(parts: number, start: number): number {
  const wanted = start < 0 ? parts + start : start;
  return Math.min(parts, Math.max(0, Math.trunc(wanted) || 0));
}

/** The clicks a block needs: one per part not shown at the start. */
export const stepsOf = (parts: number, start: number): number => parts - shownAtStart(parts, start);

export interface Position {
  slide: number;
  /** Steps revealed on that slide, 0 … its step count. */
  step: number;
}

/**
 * Where next or back leads: within the slide while it has steps left (or revealed), else to the
 * neighbouring slide — arriving forward with nothing revealed, backward with everything revealed,
 * as a slide built up in front of the room looks when you return to it.
 */
export function stepped(position: Position, direction: 1 | -1, stepCounts: readonly number[]): Position {
  const count = stepCounts[position.slide] ?? 0;
  if (direction === 1 && position.step < count) return { slide: position.slide, step: position.step + 1 };
  if (direction === -1 && position.step > 0) return { slide: position.slide, step: position.step - 1 };
  const slide = position.slide + direction;
  if (slide < 0 || slide >= stepCounts.length) return position;
  return { slide, step: direction === 1 ? 0 : (stepCounts[slide] ?? 0) };
}

/** Which parts of one block a slide's `step` shows, given the steps of the blocks before it on the slide. */
export function partsShown(parts: number, start: number, step: number, stepsBefore: number): number {
  const own = Math.min(stepsOf(parts, start), Math.max(0, step - stepsBefore));
  return shownAtStart(parts, start) + own;
}
