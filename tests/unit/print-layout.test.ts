import { describe, expect, it } from 'vitest';
import { lengthPx, pageArea, pageAt, printMediaMatches, PX_PER_MM } from '../../src/features/handout/print-layout';

/** The site's own A4 page (print.css): 16 mm top, 15 mm sides, 18 mm bottom. */
const A4_AREA = { width: 180 * PX_PER_MM, height: 263 * PX_PER_MM };

describe('lengthPx', () => {
  it('reads the absolute units a @page rule is written in', () => {
    expect(lengthPx('96px')).toBe(96);
    expect(lengthPx('25.4mm')).toBeCloseTo(96);
    expect(lengthPx('2.54cm')).toBeCloseTo(96);
    expect(lengthPx('1in')).toBe(96);
    expect(lengthPx('72pt')).toBe(96);
    expect(lengthPx(' 0 ')).toBe(0);
    expect(lengthPx('.5in')).toBe(48);
  });

  it('refuses what is not an absolute length', () => {
    for (const text of ['', 'auto', '10%', '2em', '12', 'mm', '1 mm', '1e3px', 'calc(1px)'])
      expect(lengthPx(text)).toBeNull();
  });
});

describe('pageArea', () => {
  const margins = ['16mm', '15mm', '18mm', '15mm'] as const;

  it('is the paper less its margins', () => {
    const area = pageArea('A4', margins)!;
    expect(area.width).toBeCloseTo(A4_AREA.width);
    expect(area.height).toBeCloseTo(A4_AREA.height);
    expect(pageArea('a4 portrait', margins)).toEqual(area);
  });

  it('turns the paper for landscape and reads two lengths', () => {
    const landscape = pageArea('A4 landscape', ['0', '0', '0', '0'])!;
    expect(landscape.width).toBeCloseTo(297 * PX_PER_MM);
    expect(landscape.height).toBeCloseTo(210 * PX_PER_MM);
    expect(pageArea('8.5in 11in', ['1in', '1in', '1in', '1in'])).toEqual({ width: 6.5 * 96, height: 9 * 96 });
    expect(pageArea('Letter', ['0', '0', '0', '0'])!.width).toBeCloseTo(8.5 * 96);
  });

  it('gives up on what it cannot read, or a page with no room left', () => {
    expect(pageArea('', margins)).toBeNull(); // `size: auto` reads as empty: the printer's paper
    expect(pageArea('auto', margins)).toBeNull();
    expect(pageArea('A9', margins)).toBeNull();
    expect(pageArea('8.5in', margins)).toBeNull();
    expect(pageArea('8.5in 11in landscape', margins)).toBeNull();
    expect(pageArea('A4', ['auto', '15mm', '18mm', '15mm'])).toBeNull();
    expect(pageArea('A4', ['150mm', '0', '150mm', '0'])).toBeNull();
    expect(pageArea('A4', ['0', '105mm', '0', '105mm'])).toBeNull();
  });
});

describe('printMediaMatches', () => {
  const width = A4_AREA.width; // 680 px

  it('takes print for paper and screen for not', () => {
    expect(printMediaMatches('print', width)).toBe(true);
    expect(printMediaMatches('all', width)).toBe(true);
    expect(printMediaMatches('', width)).toBe(true);
    expect(printMediaMatches('screen', width)).toBe(false);
    expect(printMediaMatches('not all', width)).toBe(false);
  });

  it('reads width conditions against the page area, as the browser does when printing', () => {
    // As the browser serialises the site's queries (range syntax) …
    expect(printMediaMatches('(width >= 720px)', width)).toBe(false);
    expect(printMediaMatches('(width <= 719px)', width)).toBe(true);
    expect(printMediaMatches('(width <= 959.98px)', width)).toBe(true);
    expect(printMediaMatches('(width > 600px)', width)).toBe(true);
    expect(printMediaMatches('(width < 600px)', width)).toBe(false);
    expect(printMediaMatches('(width <= 40em)', width)).toBe(false); // 640 px: em is the browser's 16 px
    expect(printMediaMatches('(width >= 30rem)', width)).toBe(true);
    // … and as written.
    expect(printMediaMatches('(min-width: 601px)', width)).toBe(true);
    expect(printMediaMatches('(max-width: 479px)', width)).toBe(false);
    expect(printMediaMatches('screen and (min-width: 601px)', width)).toBe(false);
    expect(printMediaMatches('print and (max-width: 50em)', width)).toBe(true);
  });

  it('holds when any query of a list does', () => {
    expect(printMediaMatches('screen, print', width)).toBe(true);
    expect(printMediaMatches('screen, (width >= 960px)', width)).toBe(false);
  });

  it('leaves alone what it does not know', () => {
    expect(printMediaMatches('(orientation: portrait)', width)).toBeNull();
    expect(printMediaMatches('(prefers-reduced-motion: reduce)', width)).toBeNull();
    expect(printMediaMatches('screen, (hover: hover)', width)).toBeNull();
    expect(printMediaMatches('(width >= wide)', width)).toBeNull();
    expect(printMediaMatches('(width >= 50%)', width)).toBeNull();
    // … unless another query of the list already holds.
    expect(printMediaMatches('print, (hover: hover)', width)).toBe(true);
  });
});

describe('pageAt', () => {
  it('counts page-wide columns from 1', () => {
    expect(pageAt(100, 100, 680)).toBe(1);
    expect(pageAt(779, 100, 680)).toBe(1);
    expect(pageAt(780, 100, 680)).toBe(2);
    expect(pageAt(100 + 680 * 74, 100, 680)).toBe(75);
  });

  it('takes a column edge a fraction of a pixel off as that column', () => {
    expect(pageAt(779.7, 100, 680)).toBe(2);
    expect(pageAt(99.7, 100, 680)).toBe(1);
  });
});
