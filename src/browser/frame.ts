/**
 * Whether this page is shown inside a page of another site. A host that sends no `frame-ancestors`
 * header lets any site frame the course, and a frame can trick a click (clickjacking); pages with
 * buttons that erase or replace work check this. A parent of the same origin (a SCORM launcher) is
 * fine; reading a foreign parent's location throws.
 */
export function framedByAnotherSite(): boolean {
  if (window.parent === window) return false;
  try {
    return window.parent.location.origin !== location.origin;
  } catch {
    return true;
  }
}
