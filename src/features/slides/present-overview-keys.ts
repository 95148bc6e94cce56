/**
 * Where a key moves the focus in the overview's grid of thumbnails, read left to right and row by
 * row. Pure: the overview measures how many thumbnails make a row and moves the focus.
 */

/**
 * The thumbnail `key` moves to from thumbnail `at` of `total`, `columns` to a row; null when the
 * key does not move (not an arrow, Home or End). Down from a thumbnail with none below it goes to
 * the last one when there is a row below, else stays; nothing wraps.
 */
export function gridMove(key: string, at: number, total: number, columns: number): number | null {
  if (total < 1) return null;
  const last = total - 1;
  const from = Math.min(Math.max(0, Math.trunc(at) || 0), last);
  const width = Math.max(1, Math.trunc(columns) || 1);
  switch (key) {
    case 'ArrowRight':
      return Math.min(from + 1, last);
    case 'ArrowLeft':
      return Math.max(from - 1, 0);
    case 'ArrowDown':
      if (from + width <= last) return from + width;
      return Math.floor(last / width) > Math.floor(from / width) ? last : from;
    case 'ArrowUp':
      return from - width >= 0 ? from - width : from;
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
