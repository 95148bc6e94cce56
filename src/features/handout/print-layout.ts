/**
 * How a printed page will be laid out, worked out before printing: how big the page area is (the
 * paper less the `@page` margins) and which of the site's media queries hold on paper, where the
 * viewport is the page area. Pure: the handout's contents list (contents-pages.ts) uses it to lay
 * the page out as printed for a moment and read where each module starts.
 */

/** CSS pixels per millimetre (CSS fixes 96 px to the inch). */
export const PX_PER_MM = 96 / 25.4;

const PX_PER_UNIT: Readonly<Record<string, number>> = {
  px: 1,
  mm: PX_PER_MM,
  cm: 10 * PX_PER_MM,
  in: 96,
  pt: 96 / 72,
};

/** Paper sizes (portrait, mm) that `@page { size }` may name: the site prints on A4. */
const PAPER_MM: Readonly<Record<string, readonly [number, number]>> = {
  a4: [210, 297],
  a5: [148, 210],
  letter: [215.9, 279.4],
};

/** The root font size media queries measure `em` and `rem` in: the browser's default, not the page's. */
const MEDIA_EM_PX = 16;

/** A CSS length in px (`0`, px, mm, cm, in, pt); null when it is something else, such as `auto` or `%`. */
export function lengthPx(text: string): number | null {
  const match = /^(-?\d*\.?\d+)([a-z]*)$/i.exec(text.trim());
  if (!match) return null;
  const value = Number(match[1]);
  const unit = match[2]!.toLowerCase();
  if (!unit) return value === 0 ? 0 : null;
  const scale = PX_PER_UNIT[unit];
  return scale === undefined ? null : value * scale;
}

export interface PageArea {
  width: number;
  height: number;
}

/**
 * The page area in px from an `@page` rule's `size` (a paper name, optionally `portrait` or
 * `landscape`, or two lengths) and its four margins (top, right, bottom, left). Null when either
 * cannot be read, or when nothing would be left to print on.
 */
export function pageArea(size: string, margins: readonly [string, string, string, string]): PageArea | null {
  const words = size.trim().toLowerCase().split(/\s+/);
  const landscape = words.includes('landscape');
  const named = words.filter((word) => word !== 'portrait' && word !== 'landscape');
  let paper: readonly [number, number] | null = null;
  if (named.length === 1 && PAPER_MM[named[0]!]) {
    const [width, height] = PAPER_MM[named[0]!]!;
    paper = landscape ? [height * PX_PER_MM, width * PX_PER_MM] : [width * PX_PER_MM, height * PX_PER_MM];
  } else if (named.length === 2 && !landscape && words.length === 2) {
    const [width, height] = named.map(lengthPx);
    if (width && height) paper = [width, height];
  }
  const [top, right, bottom, left] = margins.map(lengthPx);
  if (!paper || top == null || right == null || bottom == null || left == null) return null;
  const area = { width: paper[0] - left - right, height: paper[1] - top - bottom };
  return area.width > 0 && area.height > 0 ? area : null;
}

/** One media query of the forms the site writes: a media type, a width condition, or both joined by `and`. */
function queryMatches(query: string, width: number): boolean | null {
  const parts = query
    .trim()
    .toLowerCase()
    .split(/\s+and\s+/);
  let holds = true;
  for (const part of parts) {
    const one = partMatches(part.trim(), width);
    if (one === null) return null;
    holds &&= one;
  }
  return holds;
}

function partMatches(part: string, width: number): boolean | null {
  if (part === 'print' || part === 'all') return true;
  if (part === 'screen' || part === 'not all') return false;
  const range = /^\(\s*width\s*(<=|>=|<|>|=)\s*([^\s)]+)\s*\)$/.exec(part);
  const classic = /^\(\s*(min|max)-width\s*:\s*([^\s)]+)\s*\)$/.exec(part);
  const limit = range?.[2] ?? classic?.[2];
  if (limit === undefined) return null;
  const unit = /(r?em)$/.exec(limit)?.[1];
  const px = unit ? Number(limit.slice(0, -unit.length)) * MEDIA_EM_PX : lengthPx(limit);
  if (px === null || Number.isNaN(px)) return null;
  const operator = range ? range[1] : classic![1] === 'min' ? '>=' : '<=';
  switch (operator) {
    case '<=':
      return width <= px;
    case '>=':
      return width >= px;
    case '<':
      return width < px;
    case '>':
      return width > px;
    default:
      return width === px;
  }
}

/**
 * Whether a media query list (`MediaList.mediaText`) holds on paper whose page area is `width` px
 * wide: true or false, or null when a query reads anything else (orientation, resolution, …), so
 * that the caller can leave it be. An empty list holds everywhere.
 */
export function printMediaMatches(mediaText: string, width: number): boolean | null {
  if (!mediaText.trim()) return true;
  const results = mediaText.split(',').map((query) => queryMatches(query, width));
  if (results.includes(true)) return true;
  return results.includes(null) ? null : false;
}

/** The page (from 1) that a box whose left edge is at `left` starts on, in a row of page-wide columns from `origin`. */
export function pageAt(left: number, origin: number, width: number): number {
  // Half a pixel either way is rounding, not a page.
  return Math.floor((left - origin + 0.5) / width) + 1;
}
