/**
 * The address of a course page or file, for links that scripts make. On the site it is the root
 * path as written; in an LMS package (built with SCORM_PACKAGE=1) it is resolved from the page's
 * way back to the package root, which the export writes into `<html data-root>`. During the build
 * (islands rendered on the server) the path stays as written: the export rewrites the HTML.
 *
 * Call it as `import.meta.env.SCORM_PACKAGE ? siteHref(path) : path`, so that the site's bundles drop
 * it: even an identity function, shared by several pages, would cost every reading page a chunk.
 */
import { packageHref } from '../platform/package-href';

export const siteHref = (path: string): string =>
  import.meta.env.SCORM_PACKAGE && typeof document !== 'undefined'
    ? new URL(packageHref(path, document.documentElement.dataset.root ?? ''), location.href).href
    : path;
