/**
 * The place to resume (SCORM's lesson_location): the page the learner's frame shows and its section,
 * as a path relative to the package root, e.g. `modules/m3/index.html#顾客满意度`. Pure.
 */

/** SCORM 1.2's limit for lesson_location; 2004 allows 1,000, both packages keep to 255. */
export const LOCATION_MAX = 255;

/** The course's pages inside the package; nothing else may be resumed into the frame. */
const PLACE = /^(?:[a-z0-9-]+\/)*index\.html(?:#[^\s#]*)?$/;

/** The frame's page relative to the package root, or null when it is outside (another site, the launcher). */
export function placeOf(pageUrl: string, rootUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  if (!url.href.startsWith(rootUrl)) return null;
  const path = url.pathname.slice(new URL(rootUrl).pathname.length);
  const page = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  const hash = decodeURIComponent(url.hash);
  // A section name too long for the LMS is left off: the page alone still resumes.
  const place = `${page}${hash}`.length <= LOCATION_MAX ? `${page}${hash}` : page;
  return PLACE.test(place) && place.length <= LOCATION_MAX && !place.startsWith('launch/') ? place : null;
}

/** A stored place the launcher may open, or null (anything else the LMS hands back starts at the home page). */
export function resumeUrl(place: string | null, rootUrl: string): string | null {
  if (!place || place.length > LOCATION_MAX || !PLACE.test(place) || place.startsWith('launch/')) return null;
  const [page, hash] = place.split('#') as [string, string | undefined];
  return `${rootUrl}${page}${hash ? `#${encodeURIComponent(hash)}` : ''}`;
}

/**
 * The section the learner is reading: the last heading at or above a line just under the top of the
 * view (`top` as the frame measures it), or null above the first heading. So the place follows
 * scrolling, not only the section links a learner clicked.
 */
export function sectionInView(headings: readonly { id: string; top: number }[], line = 96): string | null {
  let section: string | null = null;
  for (const heading of headings) if (heading.top <= line && heading.id) section = heading.id;
  return section;
}
