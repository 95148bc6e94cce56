// The LMS package from a package build (dist-scorm/): root paths made relative to each page (an LMS
// serves the package under a deep path of its choosing, and does not map folders to index.html),
// one imsmanifest.xml per SCORM version listing every file, the schema files beside it, and the zips.
// Used by scripts/export-scorm.mjs and by the package tests.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';
import { isRootPath, packageHref, rootFor } from '../../src/platform/package-href.ts';

export const COURSE_TITLE = '服务价值链：营业厅的管理与营销';
export const LAUNCHER = 'launch/index.html';
const SCHEMAS = 'src/features/lms/schemas';

/** Every file under `dir`, as package paths with `/`, sorted. */
export function filesIn(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The HTML attributes that hold a link (Astro's island loader reads the last three). */
const LINK_ATTRIBUTE = /\s(href|src|action|component-url|renderer-url|before-hydration-url)="([^"]*)"/g;

/** One page's HTML with root paths made relative to it, and its way to the root in `<html data-root>`. */
export function relativizePage(html, pagePath) {
  const root = rootFor(pagePath);
  return html
    .replace(LINK_ATTRIBUTE, (whole, name, value) =>
      isRootPath(value) ? ` ${name}="${packageHref(value, root)}"` : whole,
    )
    .replace(/<html\b/, `<html data-root="${root}"`);
}

export function relativizeSite(dir) {
  for (const path of filesIn(dir).filter((file) => file.endsWith('.html'))) {
    const file = join(dir, path);
    writeFileSync(file, relativizePage(readFileSync(file, 'utf8'), path));
  }
}

const escapeXml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A package path as a manifest href: relative, each segment percent-encoded. */
const hrefOf = (path) => path.split('/').map(encodeURIComponent).join('/');

/**
 * The manifest of a one-SCO package. No masteryscore (1.2) and no passing score (2004): the course
 * decides passed / failed itself, and an LMS comparing the score with a mastery score of its own
 * would overwrite that status.
 */
export function manifest(version, files) {
  const fileList = files.map((path) => `        <file href="${escapeXml(hrefOf(path))}"/>`).join('\n');
  const title = escapeXml(COURSE_TITLE);
  if (version === '1.2')
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="svc-course-scorm12" version="1.0"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="svc-course">
    <organization identifier="svc-course">
      <title>${title}</title>
      <item identifier="item-course" identifierref="sco-course" isvisible="true">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco-course" type="webcontent" adlcp:scormtype="sco" href="${LAUNCHER}">
${fileList}
    </resource>
  </resources>
</manifest>
`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="svc-course-scorm2004" version="1.0"
    xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
    xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
    xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
    xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="svc-course">
    <organization identifier="svc-course">
      <title>${title}</title>
      <item identifier="item-course" identifierref="sco-course" isvisible="true">
        <title>${title}</title>
        <imsss:sequencing>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco-course" type="webcontent" adlcp:scormType="sco" href="${LAUNCHER}">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}

export const VERSIONS = /** @type {const} */ ({
  1.2: { zip: `${COURSE_TITLE.split('：')[0]}-scorm12.zip`, schemas: `${SCHEMAS}/scorm12` },
  2004: { zip: `${COURSE_TITLE.split('：')[0]}-scorm2004.zip`, schemas: `${SCHEMAS}/scorm2004` },
});

/** Same bytes for the same build: a fixed time on every entry. */
const MTIME = new Date('2026-01-01T00:00:00Z');

/** The package's files for one version, path → bytes: the site, its manifest, the schemas. */
export function packageFiles(dir, version) {
  const files = filesIn(dir);
  /** @type {Record<string, Uint8Array>} */
  const entries = {};
  for (const path of files) {
    let bytes = readFileSync(join(dir, path));
    if (path === LAUNCHER)
      bytes = Buffer.from(
        bytes.toString('utf8').replace('data-scorm-version="any"', `data-scorm-version="${version}"`),
      );
    entries[path] = bytes;
  }
  const schemas = VERSIONS[version].schemas;
  for (const path of filesIn(schemas)) {
    if (path !== 'README.md') entries[path] = readFileSync(join(schemas, path));
  }
  entries['imsmanifest.xml'] = Buffer.from(manifest(version, files));
  return entries;
}

/** Writes both zips into `outDir`; returns their paths. */
export function writePackages(dir, outDir) {
  return Object.entries(VERSIONS).map(([version, { zip }]) => {
    const entries = packageFiles(dir, version);
    // Pagefind's index files are compressed already: stored, not deflated again.
    const input = Object.fromEntries(
      Object.entries(entries).map(([path, bytes]) => [
        path,
        [bytes, { mtime: MTIME, level: /\.pf_|\.pagefind$/.test(path) ? 0 : 9 }],
      ]),
    );
    const file = join(outDir, zip);
    writeFileSync(file, zipSync(input));
    return file;
  });
}
