/**
 * The zips themselves: imsmanifest.xml is valid against the schema files the package carries
 * (xmllint, from Debian's libxml2-utils: `npm run test:e2e` installs it), every href is relative
 * and in the zip, every file is listed, no page links out of the package with a root path, and the
 * exam's questions are in one file that the exam page and the launcher load (not in their HTML).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readPackage, type Version } from './lms-server';

/** The namespaces each version's manifest uses, with the schema file of each. */
const NAMESPACES: Record<Version, Record<string, string>> = {
  '1.2': {
    'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
    'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd',
  },
  '2004': {
    'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
    'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
    'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
    'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
    'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd',
  },
};
const SCHEMA_FILE = /\.(xsd|dtd)$/;
const POOL_PATH = /\/exam\/pool-[0-9a-f]{12}\.json/g;
/** The launcher's HTML, raw: about 4 KB today and some 130 bytes a module (13 KB at 70); the pool adds nothing. */
const LAUNCHER_MAX_BYTES = 20_000;

for (const version of ['1.2', '2004'] as const) {
  test.describe(`the SCORM ${version} zip`, () => {
    const files = readPackage(version);
    const manifest = new TextDecoder().decode(files['imsmanifest.xml']);

    test('imsmanifest.xml is valid against the schemas in the zip', () => {
      const dir = mkdtempSync(join(tmpdir(), `scorm-${version}-`));
      try {
        for (const [path, bytes] of Object.entries(files)) {
          if (path !== 'imsmanifest.xml' && !SCHEMA_FILE.test(path)) continue;
          mkdirSync(join(dir, dirname(path)), { recursive: true });
          writeFileSync(join(dir, path), bytes);
        }
        // One schema that imports every namespace the manifest uses, so each part is checked by its own file.
        const imports = Object.entries(NAMESPACES[version])
          .map(([namespace, file]) => `<xs:import namespace="${namespace}" schemaLocation="${file}"/>`)
          .join('');
        writeFileSync(
          join(dir, 'all.xsd'),
          `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">${imports}</xs:schema>`,
        );
        // The 2004 files import the W3C's xml.xsd by its web address: the catalog points at the copy in the zip.
        writeFileSync(
          join(dir, 'catalog.xml'),
          `<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
             <system systemId="http://www.w3.org/2001/03/xml.xsd" uri="xml.xsd"/>
             <system systemId="http://www.w3.org/2001/xml.xsd" uri="xml.xsd"/>
           </catalog>`,
        );
        const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', 'all.xsd', 'imsmanifest.xml'], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, XML_CATALOG_FILES: join(dir, 'catalog.xml') },
        });
        expect(result.error, 'xmllint is missing: npm run test:e2e installs it (libxml2-utils)').toBeUndefined();
        expect(result.stderr).toContain('imsmanifest.xml validates');
        expect(result.status).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test('every href is relative and in the zip, and every file is listed', () => {
      const hrefs = [...manifest.matchAll(/\shref="([^"]*)"/g)].map((match) => match[1]!);
      expect(hrefs.length).toBeGreaterThan(50);
      for (const href of hrefs) {
        expect(href, href).not.toMatch(/^([a-z]+:|\/)|(^|\/)\.\.(\/|$)/i);
        expect(files[decodeURIComponent(href)], href).toBeDefined();
      }
      const listed = new Set(hrefs.map((href) => decodeURIComponent(href)));
      const unlisted = Object.keys(files).filter(
        (path) => path !== 'imsmanifest.xml' && !SCHEMA_FILE.test(path) && !listed.has(path),
      );
      expect(unlisted).toEqual([]);
      expect(manifest).toContain('href="launch/index.html"');
      // Left out on purpose: the course sets passed / failed itself.
      expect(manifest).not.toMatch(/masteryscore|minNormalizedMeasure|scaledPassingScore/);
    });

    test('the pages link only within the package, and there is no offline worker', () => {
      for (const [path, bytes] of Object.entries(files)) {
        if (!path.endsWith('.html')) continue;
        const html = new TextDecoder().decode(bytes);
        const rooted = [...html.matchAll(/\s(?:href|src|action|component-url|renderer-url)="(\/[^"]*)"/g)].map(
          (match) => match[1],
        );
        expect(rooted, path).toEqual([]);
      }
      expect(files['sw.js']).toBeUndefined();
      expect(new TextDecoder().decode(files['launch/index.html'])).toContain(`data-scorm-version="${version}"`);
    });

    test('the exam’s questions are in the package, in the file its page and the launcher load', () => {
      const exam = new TextDecoder().decode(files['exam/index.html']);
      // The island's props name the pool by its root path; the page resolves it inside the package (siteHref).
      const pools = [...new Set(exam.match(POOL_PATH))];
      expect(pools).toHaveLength(1);
      const pool = JSON.parse(new TextDecoder().decode(files[pools[0]!.slice(1)])) as {
        questions: Array<{ prompt?: string; stem?: string }>;
      };
      expect(pool.questions.length).toBeGreaterThanOrEqual(30);
      expect(exam.length).toBeLessThan(40_000);
      // The launcher names the same file for its LMS reports and carries no question, so it does not grow with the pool.
      const launcherBytes = files['launch/index.html']!;
      const launcher = new TextDecoder().decode(launcherBytes);
      expect([...new Set(launcher.match(POOL_PATH))]).toEqual(pools);
      for (const question of pool.questions) expect(launcher).not.toContain(question.prompt ?? question.stem);
      expect(launcherBytes.byteLength).toBeLessThan(LAUNCHER_MAX_BYTES);
    });
  });
}
