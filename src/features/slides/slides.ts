/**
 * How a module's text is cut into slides. The present page's script describes each top-level
 * block of the rendered MDX (heading, exercise, trainer notes, …) and these functions decide which
 * blocks each slide shows; the DOM itself is never rearranged.
 */

/**
 * - `h2`, `h3`: a heading; starts a slide.
 * - `exercise`: an exercise island; gets a slide of its own under the heading before it; its
 *   `text` (the exercise's name), when given, is the slide's title in the overview.
 * - `notes`: trainer notes; never shown. A note belongs to the section it sits in and is shown
 *   with every slide of that section, from its first (see `withSectionNotes`).
 * - `content`: lists, tables, key ideas, cases, figures … shown on the slide.
 * - `prose`: a paragraph of reading text; hidden on slides, except the first of a section that has
 *   nothing else to show: that key sentence is the slide's body.
 * - `slide`: a block that is a whole slide by itself (the title and closing slides); `text` is its title.
 */
export type BlockKind = 'h2' | 'h3' | 'exercise' | 'notes' | 'content' | 'prose' | 'slide';

export interface Block {
  kind: BlockKind;
  /** The heading's or standalone slide's text. */
  text?: string;
}

export interface Slide {
  title: string;
  /** The slide owns blocks `start` (inclusive) to `end` (exclusive), prose and notes included. */
  start: number;
  end: number;
  /** Indices of the blocks the slide shows, in order. */
  show: number[];
  /** Indices of its trainer-notes blocks. */
  notes: number[];
  /** Set when the slide does not begin with its own heading (an exercise, a continued slide): show the title above it. */
  heading: string | null;
}

const isHeading = (kind: BlockKind) => kind === 'h2' || kind === 'h3';
const isShown = (kind: BlockKind) => kind !== 'notes' && kind !== 'prose';

/** A slide over blocks [start, end) with its shown and notes indices filled in. */
function makeSlide(
  blocks: readonly Block[],
  title: string,
  start: number,
  end: number,
  continued: boolean,
  heading = title,
): Slide {
  const show: number[] = [];
  const notes: number[] = [];
  blocks.slice(start, end).forEach(({ kind }, offset) => {
    if (isShown(kind)) show.push(start + offset);
    else if (kind === 'notes') notes.push(start + offset);
  });
  const first = show[0] === undefined ? undefined : blocks[show[0]]?.kind;
  const ownsTitle = first !== undefined && (isHeading(first) || first === 'slide');
  return { title, start, end, show, notes, heading: ownsTitle && !continued ? null : heading || null };
}

/**
 * Cuts blocks into slides: a slide starts at every heading and every standalone slide; an exercise
 * is a slide of its own, headed by its h2 (or, without one, the heading before it); blocks after an
 * exercise and before the next heading continue the section on a further slide with the same title.
 * No slide is only a heading: a section with nothing but reading text shows its first paragraph,
 * and a heading with nothing at all under it (an h2 straight before its first h3) joins the next
 * slide. A slide that would show nothing is dropped (its blocks join the slide before it, or at
 * the very start the slide after it). Notes go with their section (see `withSectionNotes`).
 * `untitled` names content that comes before any heading.
 */
export function cutSlides(blocks: readonly Block[], untitled = ''): Slide[] {
  const starts: { at: number; title: string; heading?: string }[] = [];
  let section = untitled;
  // The h2 an exercise belongs to: the last h3 before it is usually one item of the topic (「分析型 C」), not its theme.
  let topic = untitled;
  let afterStandalone = false;
  blocks.forEach((block, index) => {
    const text = (block.text ?? '').trim();
    if (isHeading(block.kind) || block.kind === 'slide') {
      section = isHeading(block.kind) ? text : untitled;
      if (block.kind !== 'h3') topic = section;
      starts.push({ at: index, title: text || untitled });
      afterStandalone = block.kind === 'slide';
    } else if (block.kind === 'exercise') {
      starts.push({ at: index, title: (block.text ?? '').trim() || section, heading: topic || section });
      afterStandalone = true;
    } else if (index === 0 || (afterStandalone && block.kind !== 'notes')) {
      starts.push({ at: index, title: section });
      afterStandalone = false;
    }
  });
  const slides = starts.map(({ at, title, heading }, position) => {
    const end = starts[position + 1]?.at ?? blocks.length;
    const kind = blocks[at]?.kind ?? 'content';
    const continued = position > 0 && kind !== 'exercise' && !isHeading(kind) && kind !== 'slide';
    return makeSlide(blocks, title, at, end, continued, heading);
  });
  return withSectionNotes(
    blocks,
    dropEmpty(
      joinBareHeadings(
        blocks,
        slides.map((slide) => withKeySentence(blocks, slide)),
      ),
    ),
  );
}

const onlyHeadings = (blocks: readonly Block[], slide: Slide) =>
  slide.show.length > 0 && slide.show.every((index) => isHeading(blocks[index]!.kind));

/** A slide showing only its heading shows its section's first paragraph as well. */
function withKeySentence(blocks: readonly Block[], slide: Slide): Slide {
  if (!onlyHeadings(blocks, slide)) return slide;
  const first = blocks.slice(slide.start, slide.end).findIndex(({ kind }) => kind === 'prose');
  if (first < 0) return slide;
  return { ...slide, show: [...slide.show, slide.start + first].sort((a, b) => a - b) };
}

/**
 * A slide that is still only a heading (nothing at all under it, as an h2 straight before its first
 * h3) is not a slide: its blocks join the next slide, whose heading line shows its title (the h2
 * when there are several) unless that slide has a heading line already.
 */
function joinBareHeadings(blocks: readonly Block[], slides: Slide[]): Slide[] {
  const joined: Slide[] = [];
  let pending: { start: number; title: string; fromH2: boolean } | null = null;
  slides.forEach((slide, position) => {
    if (onlyHeadings(blocks, slide) && position < slides.length - 1) {
      const fromH2 = blocks[slide.show[0]!]!.kind === 'h2';
      if (!pending) pending = { start: slide.start, title: slide.title, fromH2 };
      else if (fromH2 || !pending.fromH2) pending = { ...pending, title: slide.title, fromH2 };
      return;
    }
    joined.push(
      pending ? { ...slide, start: pending.start, heading: slide.heading ?? (pending.title || null) } : slide,
    );
    pending = null;
  });
  return joined;
}

/**
 * Gives each slide the notes of its section, wherever in the section the author put them. A note
 * under a `##` before its first `###` covers the whole `##` section (its `###` slides too); a note
 * under a `###` covers that subsection. A slide's section is the one its first shown block is in.
 * Notes before the first heading go with the first slide. Run again after slides are split to fit.
 */
export function withSectionNotes(blocks: readonly Block[], slides: readonly Slide[]): Slide[] {
  /** For each block: the h2 (or standalone slide) it is under and the h3 it is under, -1 for none. */
  const sections: { h2: number; h3: number }[] = [];
  let h2 = -1;
  let h3 = -1;
  blocks.forEach(({ kind }, index) => {
    if (kind === 'h2' || kind === 'slide') [h2, h3] = [index, -1];
    else if (kind === 'h3') h3 = index;
    sections.push({ h2, h3 });
  });
  const notesOf = new Map<number, number[]>();
  blocks.forEach(({ kind }, index) => {
    if (kind !== 'notes') return;
    const { h2: own2, h3: own3 } = sections[index]!;
    const key = own3 === -1 ? own2 : own3;
    notesOf.set(key, [...(notesOf.get(key) ?? []), index]);
  });
  return slides.map((slide, position) => {
    const { h2: own2, h3: own3 } = sections[slide.show[0] ?? slide.start]!;
    const notes = [
      ...(position === 0 && own2 !== -1 ? (notesOf.get(-1) ?? []) : []),
      ...(notesOf.get(own2) ?? []),
      ...(own3 === -1 ? [] : (notesOf.get(own3) ?? [])),
    ];
    return { ...slide, notes };
  });
}

/** Removes slides with nothing to show, handing their blocks to a neighbour (notes are given out afterwards). */
function dropEmpty(slides: Slide[]): Slide[] {
  const kept: Slide[] = [];
  let pendingStart: number | null = null;
  for (const slide of slides) {
    const last = kept.at(-1);
    if (slide.show.length) {
      kept.push(pendingStart === null ? slide : { ...slide, start: pendingStart });
      pendingStart = null;
    } else if (last) kept[kept.length - 1] = { ...last, end: slide.end };
    else pendingStart ??= slide.start;
  }
  return kept;
}

/** Vertical extent of a shown block, in the slide's own coordinates. */
export interface Extent {
  top: number;
  bottom: number;
}

/**
 * Packs blocks into pages no taller than `available`, in order: each page takes blocks while the
 * distance from its first block's top to the current block's bottom fits. A block taller than a
 * page gets a page to itself. Returns the block positions (0-based into `extents`) per page.
 */
export function paginate(extents: readonly Extent[], available: number): number[][] {
  if (!(available > 0)) throw new RangeError(`paginate: available height must be positive, got ${available}`);
  const pages: number[][] = [];
  let top = 0;
  extents.forEach((extent, position) => {
    const page = pages.at(-1);
    if (page && extent.bottom - top <= available) page.push(position);
    else {
      pages.push([position]);
      top = extent.top;
    }
  });
  return pages;
}

/**
 * Splits one slide into several, each showing one group of its shown blocks (groups as from
 * `paginate`, as positions into `slide.show`). Each part owns the blocks from its first shown
 * block to the next part's; each carries its section's notes. Parts after the first
 * repeat the title with 「（续）」.
 */
export function splitSlide(blocks: readonly Block[], slide: Slide, groups: readonly number[][]): Slide[] {
  const nonEmpty = groups.filter((group) => group.length);
  if (nonEmpty.length < 2) return [slide];
  const shows = nonEmpty.map((group) => group.map((position) => slide.show[position]!));
  const starts = shows.map((show, part) => (part === 0 ? slide.start : show[0]!));
  const parts = shows.map((show, part) => ({
    ...slide,
    title: part === 0 ? slide.title : `${slide.title}（续）`,
    start: starts[part]!,
    end: starts[part + 1] ?? slide.end,
    show,
    heading: part === 0 ? slide.heading : `${slide.title}（续）`,
  }));
  return withSectionNotes(blocks, parts);
}

/** The scale that fits a `width` × `height` stage into a box, letterboxed. */
export function fitScale(boxWidth: number, boxHeight: number, width = 1280, height = 720): number {
  if (!(boxWidth > 0 && boxHeight > 0)) return 1;
  return Math.min(boxWidth / width, boxHeight / height);
}

/** Reads a slide number from a location hash like `#/5` (1-based) as a 0-based index, or null. */
export function slideFromHash(hash: string, count: number): number | null {
  const match = /^#\/(\d{1,4})$/.exec(hash);
  if (!match) return null;
  const index = Number(match[1]) - 1;
  return index >= 0 && index < count ? index : null;
}

export const hashForSlide = (index: number): string => `#/${index + 1}`;

/** Keeps a wanted slide index inside the deck. */
export const clampSlide = (index: number, count: number): number =>
  count <= 0 ? 0 : Math.min(Math.max(Math.trunc(index) || 0, 0), count - 1);
