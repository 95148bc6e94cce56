/**
 * CSV for Excel and WPS: a UTF-8 BOM so Chinese opens correctly, CRLF line ends, fields quoted when
 * they hold a comma, quote or line break, and a leading ' on text that starts with = + - @ (or a
 * tab or CR) so a spreadsheet shows it instead of running it as a formula.
 */
export type CsvValue = string | number | null;

/** One field. Numbers are data, never formulas, so they are written as they are; null and NaN are empty. */
export function csvCell(value: CsvValue): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (value === null) return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The whole file: the BOM, then one line per row (the first row is usually the headers). */
export function csvText(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
