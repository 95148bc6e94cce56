/**
 * 搜索 page: loads Pagefind's JS API on first use, searches as the learner types (debounced by
 * Pagefind) and renders each hit — module, matching sections, excerpt — as text nodes and <mark>
 * elements, never as HTML.
 */
import { normalizeQuery, searchMessage, toSearchHit, type SearchHit, type SearchState } from './search-results';
import { element, find } from '../../browser/dom';
import { siteHref } from '../../browser/site-href';

/** The part of Pagefind's JS API this page uses. */
interface PagefindSearch {
  results: Array<{ data(): Promise<unknown> }>;
}
interface Pagefind {
  search(query: string): Promise<PagefindSearch>;
  /** Resolves to null when a newer call has superseded this one. */
  debouncedSearch(query: string): Promise<PagefindSearch | null>;
}

// A variable, so the bundler leaves the import alone: the file exists only once Pagefind has indexed
// the build (`npm run build`), never under `astro dev`.
const PAGEFIND_URL = import.meta.env.SCORM_PACKAGE ? siteHref('/pagefind/pagefind.js') : '/pagefind/pagefind.js';
const MAX_HITS = 10;

const form = find<HTMLFormElement>('[data-search-form]');
const input = find<HTMLInputElement>('[data-search-input]');
const status = find<HTMLElement>('[data-search-status]');
const list = find<HTMLOListElement>('[data-search-results]');

let pagefind: Promise<Pagefind | null> | undefined;
const loadPagefind = () =>
  (pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL).then(
    (api: Pagefind) => api,
    () => null,
  ));

function link(href: string, text: string): HTMLAnchorElement {
  return Object.assign(element('a', text), { href: import.meta.env.SCORM_PACKAGE ? siteHref(href) : href });
}

function renderHit(hit: SearchHit): HTMLLIElement {
  const sections = hit.sections.map((section) => {
    const excerpt = section.excerpt.map((part) => (part.marked ? element('mark', part.text) : part.text));
    return element('li', [link(section.url, section.title), element('p', excerpt, 'search-hit__excerpt')]);
  });
  return element(
    'li',
    [element('h2', [link(hit.url, hit.title)], 'search-hit__title'), element('ul', sections, 'search-hit__sections')],
    'search-hit',
  );
}

function show(state: SearchState, hits: SearchHit[] = []): void {
  status.textContent = searchMessage(state);
  list.replaceChildren(...hits.map(renderHit));
}

/** Numbers each search; an answer that arrives after a newer search has started is dropped. */
let latest = 0;

async function run(raw: string, debounced: boolean): Promise<void> {
  const query = normalizeQuery(raw);
  const id = ++latest;
  history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
  if (!query) return show({ kind: 'empty' });
  status.textContent = searchMessage({ kind: 'loading', query });
  const api = await loadPagefind();
  if (id !== latest) return;
  if (!api) return show({ kind: 'unavailable' });
  try {
    const search = debounced ? await api.debouncedSearch(query) : await api.search(query);
    if (!search || id !== latest) return;
    const data = await Promise.all(search.results.slice(0, MAX_HITS).map((result) => result.data()));
    if (id !== latest) return;
    const hits = data.map((item) => toSearchHit(item)).filter((hit): hit is SearchHit => hit !== null);
    show({ kind: 'done', query, count: hits.length }, hits);
  } catch {
    // An index file failed to load (e.g. the network dropped): say so rather than show nothing.
    if (id === latest) show({ kind: 'unavailable' });
  }
}

input.addEventListener('input', () => void run(input.value, true));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run(input.value, false);
});

const initial = normalizeQuery(new URLSearchParams(location.search).get('q'));
if (initial) {
  input.value = initial;
  void run(initial, false);
}
