/**
 * Links inside an LMS package. An LMS serves the package under a deep path it chooses
 * (`/pluginfile.php/42/mod_scorm/content/1/`), so root paths such as `/_astro/…` would leave it, and
 * its file server does not turn a folder into its index.html. Pure: the package export rewrites the
 * HTML with it, and `siteHref` (browser/site-href.ts) the links that scripts make.
 */

/** `/modules/m3/#x` seen from a page `depth` folders below the root → `../../modules/m3/index.html#x`. */
export function packageHref(path: string, root: string): string {
  const [, pathname = '', rest = ''] = /^([^?#]*)(.*)$/.exec(path) ?? [];
  const file = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  return `${root}${file.slice(1)}${rest}` || './';
}

/** A link the export rewrites: a root path, not `//host` nor a full URL nor `#…`. */
export const isRootPath = (value: string): boolean => value.startsWith('/') && !value.startsWith('//');

/** The way from a page (its path in the package, `modules/m3/index.html`) back up to the package root. */
export const rootFor = (pagePath: string): string => '../'.repeat(pagePath.split('/').length - 1);
