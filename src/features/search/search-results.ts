/**
 * Turns Pagefind's result data into what the search page shows, and the page's status texts.
 * Pure: the page script renders the parts as text nodes and <mark> elements, never as HTML.
 */

/** One run of excerpt text; `marked` runs are the words that matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export interface SearchSection {
  title: string;
  url: string;
  excerpt: ExcerptPart[];
}

export interface SearchHit {
  title: string;
  url: string;
  sections: SearchSection[];
}

/** Longest query the page sends to Pagefind; anything longer is cut (nobody types 100 characters). */
export const MAX_QUERY_LENGTH = 100;
/** Sections shown per module: the best-matching ones, as Pagefind orders them. */
export const MAX_SECTIONS = 3;

// Pagefind escapes `<` and `>` in the page text before it adds <mark>; undo that (and the other
// common entities) so the text node shows what the page shows.
const ENTITIES: Record<string, string> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  '#39': "'",
  '#x27': "'",
  nbsp: '\u00a0',
};
const decode = (text: string) =>
  text.replace(/&(lt|gt|amp|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');

/** Splits an excerpt such as `…顾客<mark>满意</mark>度…` into plain and marked runs. Any other markup stays literal text. */
export function splitExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (raw: string, marked: boolean) => {
    const text = decode(raw);
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  // split() with a capturing group alternates: plain, marked, plain, marked, …
  excerpt.split(/<mark>([\s\S]*?)<\/mark>/).forEach((raw, index) => push(raw, index % 2 === 1));
  return parts;
}

/** The query as the page searches for it: trimmed, single spaces, at most MAX_QUERY_LENGTH characters. */
export function normalizeQuery(raw: string | null | undefined): string {
  return [...(raw ?? '').replace(/\s+/g, ' ').trim()].slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/** Only links into this site: a path such as `/modules/m3/#…`, never `//host`, `javascript:` or a full URL. */
function sitePath(url: unknown): string | null {
  return typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') ? url : null;
}

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const hitCount = (sub: Record<string, unknown>) => (Array.isArray(sub.locations) ? sub.locations.length : 0);

/** Drops the first `count` characters of the text, across runs. */
function dropStart(parts: ExcerptPart[], count: number): ExcerptPart[] {
  let skip = count;
  return parts.flatMap((part) => {
    const rest = part.text.slice(skip);
    skip = Math.max(0, skip - part.text.length);
    return rest ? [{ ...part, text: rest }] : [];
  });
}

/**
 * A section's excerpt as the page shows it. Pagefind joins blocks (headings, table cells) with ". ";
 * after Chinese text that reads as 「。」. The heading itself is dropped from the start, since the
 * result shows it as the section's link right above.
 */
export function sectionExcerpt(excerpt: string, heading: string): ExcerptPart[] {
  const parts = splitExcerpt(excerpt.replace(/(\p{Script=Han}(?:<\/mark>)?)\.(?: |$)/gu, '$1。'));
  const text = parts.map((part) => part.text).join('');
  const lead = heading && text.startsWith(heading) ? heading.length : 0;
  return dropStart(parts, lead + (/^[.。]?\s*/.exec(text.slice(lead))?.[0].length ?? 0));
}

/**
 * One page's result data (as Pagefind's `result.data()` returns it) → a hit to show, or null when the
 * data lacks a usable URL. The title is the module code and its h1 (meta `code` and `title`); the
 * sections are those with the most matches, in page order.
 */
export function toSearchHit(data: unknown, maxSections = MAX_SECTIONS): SearchHit | null {
  if (typeof data !== 'object' || data === null) return null;
  const record = data as Record<string, unknown>;
  const url = sitePath(record.url);
  if (!url) return null;
  const meta = (typeof record.meta === 'object' && record.meta !== null ? record.meta : {}) as Record<string, unknown>;
  const title = [trimmed(meta.code), trimmed(meta.title)].filter(Boolean).join(' ') || url;
  const subResults = (Array.isArray(record.sub_results) ? record.sub_results : []).filter(
    (sub): sub is Record<string, unknown> => typeof sub === 'object' && sub !== null && sitePath(sub.url) !== null,
  );
  const best = new Set([...subResults].sort((a, b) => hitCount(b) - hitCount(a)).slice(0, maxSections));
  const sections = subResults
    .filter((sub) => best.has(sub))
    .map((sub) => {
      const heading = trimmed(sub.title);
      return {
        title: heading || title,
        url: sub.url as string,
        excerpt: sectionExcerpt(typeof sub.excerpt === 'string' ? sub.excerpt : '', heading),
      };
    });
  if (sections.length === 0 && typeof record.excerpt === 'string')
    sections.push({ title, url, excerpt: sectionExcerpt(record.excerpt, '') });
  return { title, url, sections };
}

export type SearchState =
  | { kind: 'empty' }
  | { kind: 'loading'; query: string }
  | { kind: 'unavailable' }
  | { kind: 'done'; query: string; count: number };

/** The sentence the page's status line shows for each state. */
export function searchMessage(state: SearchState): string {
  switch (state.kind) {
    case 'empty':
      return '输入一个词，比如「峰终定律」或「辅导」，就能找到讲到它的模块和段落。';
    case 'loading':
      return `正在搜索「${state.query}」…`;
    case 'unavailable':
      return '搜索暂时不可用：没有找到本站的搜索索引（索引在 npm run build 时生成，开发模式下没有）。可以先从课程首页的目录找到模块。';
    case 'done':
      return state.count === 0
        ? `没有找到与「${state.query}」相关的内容。试试换一个更短的词，或者换个说法。`
        : `找到 ${state.count} 个模块讲到「${state.query}」。`;
  }
}
