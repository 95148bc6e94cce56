/**
 * The text of each page of a PDF that Chromium (Skia) wrote, to check what is printed where: page
 * footers, the contents' page numbers, the page a heading lands on. Only what Skia writes is read:
 * objects with Flate streams, a page tree, fonts with a ToUnicode map, text shown with hex strings
 * by `Tj` / `TJ`, and `/ActualText` spans. No PDF library is needed for that.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

/** Every `n 0 obj … endobj` by number, with its stream inflated when it is Flate-encoded. */
function objectsOf(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const start = /(\d+) 0 obj\s*/g;
  for (let match = start.exec(text); match; match = start.exec(text)) {
    const from = start.lastIndex;
    const end = text.indexOf('endobj', from);
    if (end < 0) break;
    const body = text.slice(from, end);
    const streamAt = body.search(/stream\r?\n/);
    let stream: Buffer | null = null;
    let dict = body;
    if (streamAt >= 0) {
      dict = body.slice(0, streamAt);
      const dataStart = from + streamAt + body.slice(streamAt).indexOf('\n') + 1;
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
      const data = pdf.subarray(dataStart, dataStart + length);
      stream = dict.includes('/FlateDecode') ? inflateSync(data) : data;
    }
    objects.set(Number(match[1]), { dict, stream });
    start.lastIndex = end;
  }
  return objects;
}

/** UTF-16BE hex (`<FEFF…>` or a ToUnicode target) as a string. */
function utf16(hex: string): string {
  const clean = hex.replace(/\s/g, '').replace(/^FEFF/i, '');
  const units: number[] = [];
  for (let at = 0; at + 4 <= clean.length; at += 4) units.push(Number.parseInt(clean.slice(at, at + 4), 16));
  return String.fromCharCode(...units);
}

/** A font's ToUnicode CMap: code (hex, upper case) → text; and how many hex digits one code takes. */
function toUnicode(cmap: string): { codes: Map<string, string>; width: number } {
  const codes = new Map<string, string>();
  const width = /begincodespacerange\s*<([0-9A-Fa-f]+)>/.exec(cmap)?.[1]?.length ?? 4;
  const hex = (value: number) => value.toString(16).toUpperCase().padStart(width, '0');
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, target] of section[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      codes.set(code!.toUpperCase(), utf16(target!));
    }
  }
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const ranges = section[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])/g);
    for (const [, low, high, first, list] of ranges) {
      const from = Number.parseInt(low!, 16);
      const to = Number.parseInt(high!, 16);
      const targets = list ? [...list.matchAll(/<([0-9A-Fa-f]+)>/g)].map((target) => utf16(target[1]!)) : null;
      for (let code = from; code <= to; code += 1) {
        if (targets) codes.set(hex(code), targets[code - from] ?? '');
        else {
          const base = utf16(first!);
          codes.set(hex(code), base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + code - from));
        }
      }
    }
  }
  return { codes, width };
}

const reference = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);

/** The page objects in order, walking the page tree from the catalog. */
function pagesOf(objects: Map<number, PdfObject>): PdfObject[] {
  const catalog = [...objects.values()].find((object) => /\/Type \/Catalog\b/.test(object.dict));
  if (!catalog) throw new Error('no catalog in the PDF');
  const walk = (number: number): PdfObject[] => {
    const node = objects.get(number);
    if (!node) return [];
    if (/\/Type \/Page\b/.test(node.dict)) return [node];
    const kids = /\/Kids \[([^\]]*)\]/.exec(node.dict)?.[1] ?? '';
    return [...kids.matchAll(/(\d+) 0 R/g)].flatMap((kid) => walk(Number(kid[1])));
  };
  return walk(reference(catalog.dict, 'Pages'));
}

/** The text a page shows; a new line wherever a text block starts lower on the page. */
function pageText(page: PdfObject, objects: Map<number, PdfObject>): string {
  const fonts = new Map<string, ReturnType<typeof toUnicode>>();
  const fontList = /\/Font <<([^>]*)>>/.exec(page.dict)?.[1] ?? '';
  for (const [, name, number] of fontList.matchAll(/\/(\w+) (\d+) 0 R/g)) {
    const font = objects.get(Number(number));
    const cmap = font && objects.get(reference(font.dict, 'ToUnicode'))?.stream;
    if (cmap) fonts.set(name!, toUnicode(cmap.toString('latin1')));
  }
  const content = objects.get(reference(page.dict, 'Contents'))?.stream?.toString('latin1') ?? '';
  const operations =
    /\/(\w+) [\d.]+ Tf|[\d.-]+ [\d.-]+ [\d.-]+ [\d.-]+ [\d.-]+ ([\d.-]+) Tm|<([0-9A-Fa-f]*)> ?Tj|\[([^\]]*)\] ?TJ|\/ActualText <([0-9A-Fa-f]*)>|(EMC)/g;
  let font: ReturnType<typeof toUnicode> | undefined;
  let line: string | undefined;
  let actual: string | null = null;
  let text = '';
  const show = (hex: string) => {
    if (actual !== null || !font) return;
    for (let at = 0; at + font.width <= hex.length; at += font.width) {
      text += font.codes.get(hex.slice(at, at + font.width).toUpperCase()) ?? '';
    }
  };
  for (const [, fontName, y, shown, array, actualText, endSpan] of content.matchAll(operations)) {
    if (fontName) font = fonts.get(fontName);
    else if (y !== undefined) {
      if (line !== undefined && y !== line) text += '\n';
      line = y;
    } else if (shown !== undefined) show(shown);
    else if (array !== undefined) for (const part of array.matchAll(/<([0-9A-Fa-f]*)>/g)) show(part[1]!);
    else if (actualText !== undefined) {
      actual = utf16(actualText);
      text += actual;
    } else if (endSpan) actual = null;
  }
  return text;
}

/** The text of every page, in order. */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = objectsOf(pdf);
  return pagesOf(objects).map((page) => pageText(page, objects));
}
