/**
 * The handout's contents list gets each module's first page just before printing. Chromium has no
 * target-counter(), and where a page breaks depends on this browser's fonts and whether trainer
 * notes are shown, so the page works it out itself: for a moment, in the `beforeprint` task and
 * before anything is painted, it lays itself out as printed — its print rules on, its screen and
 * width rules as on a page-wide viewport, the body as a row of columns each one page area in size,
 * so that the browser's own fragmentation places breaks, kept-together boxes and widows as on
 * paper — reads which column each module starts in, and puts everything back. The browser test
 * holds these numbers against the PDF Chromium prints.
 */
import { all } from '../../browser/dom';
import { pageArea, pageAt, printMediaMatches, type PageArea } from './print-layout';

/** Every rule list of the document's style sheets, with `@media` and other grouping rules' lists inside them. */
function ruleLists(): CSSRuleList[] {
  const lists: CSSRuleList[] = [];
  const visit = (rules: CSSRuleList) => {
    lists.push(rules);
    for (const rule of rules) if (rule instanceof CSSGroupingRule) visit(rule.cssRules);
  };
  for (const sheet of document.styleSheets) visit(sheet.cssRules);
  return lists;
}

/** The page area of the document's own `@page` rule (the one without a page name). */
function printedPageArea(): PageArea | null {
  for (const rules of ruleLists())
    for (const rule of rules)
      if (rule instanceof CSSPageRule && !rule.selectorText) {
        const style = rule.style;
        const margins = (['top', 'right', 'bottom', 'left'] as const).map((side) =>
          style.getPropertyValue(`margin-${side}`),
        ) as [string, string, string, string];
        const area = pageArea(style.getPropertyValue('size'), margins);
        if (area) return area;
      }
  return null;
}

/** Every media list of the document set to how it reads on paper; returns what puts them back. */
function mediaAsPrinted(width: number): () => void {
  const lists = [
    ...[...document.styleSheets].map((sheet) => sheet.media),
    ...ruleLists().flatMap((rules) => [...rules].flatMap((rule) => (rule instanceof CSSMediaRule ? [rule.media] : []))),
  ];
  const undo: (() => void)[] = [];
  for (const media of lists) {
    const original = media.mediaText;
    const printed = printMediaMatches(original, width);
    if (printed === null || !original) continue;
    media.mediaText = printed ? 'all' : 'not all';
    undo.push(() => (media.mediaText = original));
  }
  return () => undo.forEach((step) => step());
}

/** Inline style properties set for the measurement; returns what removes them again. */
function styled(element: HTMLElement, properties: Readonly<Record<string, string>>): () => void {
  const before = Object.keys(properties).map((name) => [name, element.style.getPropertyValue(name)] as const);
  for (const [name, value] of Object.entries(properties)) element.style.setProperty(name, value);
  return () => before.forEach(([name, value]) => element.style.setProperty(name, value));
}

/** The page each of `starts` begins on when printed, or null when the page area cannot be read. */
function printedStartPages(starts: readonly HTMLElement[]): number[] | null {
  const area = printedPageArea();
  if (!area) return null;
  const { scrollX, scrollY } = window;
  const undo = [
    mediaAsPrinted(area.width),
    styled(document.body, {
      width: `${area.width}px`,
      height: `${area.height}px`,
      'column-width': `${area.width}px`,
      'column-gap': '0',
      'column-fill': 'auto',
    }),
    // In columns a page break is no break: each module's forced page break becomes a column break.
    ...starts.map((start) => styled(start, { 'break-before': 'column' })),
  ];
  try {
    const origin = document.body.getBoundingClientRect().left;
    return starts.map((start) => pageAt(start.getBoundingClientRect().left, origin, area.width));
  } finally {
    undo.reverse().forEach((step) => step());
    window.scrollTo(scrollX, scrollY);
  }
}

/**
 * Fills each `[data-contents-page]` with the page its `[data-contents-start]` article starts on,
 * at every print. Numbers take room in the contents, so it measures again until they stay put.
 */
export function numberContentsWhenPrinting(): void {
  addEventListener('beforeprint', () => {
    const slots = all('[data-contents-page]');
    const starts = slots.map((slot) => document.getElementById(slot.dataset.contentsPage!)!);
    let shown = slots.map((slot) => slot.textContent);
    for (let round = 0; round < 3; round += 1) {
      const pages = printedStartPages(starts);
      if (!pages) return;
      const next = pages.map((page) => `第 ${page} 页`);
      if (next.every((text, index) => text === shown[index])) return;
      slots.forEach((slot, index) => (slot.textContent = next[index]!));
      shown = next;
    }
  });
}
