import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '../../src/platform/csv';

describe('csvCell', () => {
  it('leaves plain text, Chinese and numbers as they are', () => {
    expect(csvCell('张三')).toBe('张三');
    expect(csvCell('D-3')).toBe('D-3');
    expect(csvCell(85)).toBe('85');
    expect(csvCell(79.9)).toBe('79.9');
    expect(csvCell(0)).toBe('0');
  });

  it('writes null, NaN and infinities as empty fields', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('外呼, 邀约')).toBe('"外呼, 邀约"');
    expect(csvCell('名单"A"')).toBe('"名单""A"""');
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-3')).toBe("'-3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    // A formula sign later in the text is harmless.
    expect(csvCell('1+1=2')).toBe('1+1=2');
  });

  it('writes negative numbers as numbers: only text can be a formula', () => {
    expect(csvCell(-3)).toBe('-3');
  });
});

describe('csvText', () => {
  it('starts with a BOM and ends every line, the last included, with CRLF', () => {
    expect(
      csvText([
        ['学员', '得分'],
        ['张三', 85],
        ['李四', null],
      ]),
    ).toBe('\uFEFF学员,得分\r\n张三,85\r\n李四,\r\n');
  });

  it('keeps a line break inside a quoted field without starting a new row', () => {
    const text = csvText([['a'], ['x\ny']]);
    expect(text).toBe('\uFEFFa\r\n"x\ny"\r\n');
    expect(text.split('\r\n')).toHaveLength(3);
  });

  it('writes only the BOM and a line end for no rows', () => {
    expect(csvText([])).toBe('\uFEFF\r\n');
  });
});
