/**
 * The printed handout's running footers: each module prints on pages of its own (a CSS named page),
 * whose footer names the module; the title pages name the course. The page number beside it is
 * print.css's, on every printed page. Pure: /handout/pages.css is made from this at build time.
 *
 * The footers name the module on every page whatever the printer does; the contents list's page
 * numbers are worked out when printing (contents-pages.ts), since Chromium has no target-counter().
 */

export interface FooterModule {
  id: string;
  code: string;
  title: string;
}

/** The CSS page name of a module's pages, and the id of its article on the handout. */
export const modulePage = (id: string) => `handout-${id}`;
export const COVER_PAGE = 'handout-cover';

/** A CSS string literal: quotes and backslashes escaped, line breaks as `\A `, so no text ends the rule. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (mark) => `\\${mark}`).replace(/\r\n?|\n/g, '\\A ')}"`;
}

/** CSS ids are the modules' ids, which the content schema keeps to [a-z0-9-]; anything else is refused. */
function safeId(id: string): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id))
    throw new Error(`handout footers: a module id must be [a-z0-9-], not ${JSON.stringify(id)}`);
  return id;
}

/** The stylesheet: a named page per module and for the title pages, each with its footer. */
export function pageFootersCss(courseTitle: string, modules: readonly FooterModule[]): string {
  const footer = (selector: string, page: string, text: string) =>
    `${selector} { page: ${page}; }\n@page ${page} { @bottom-left { content: ${cssString(text)}; } }\n`;
  return [
    footer('.handout__cover', COVER_PAGE, `${courseTitle} · 课程讲义`),
    ...modules.map(({ id, code, title }) => {
      const page = modulePage(safeId(id));
      return footer(`#${page}`, page, `${code} ${title}`);
    }),
  ].join('');
}
