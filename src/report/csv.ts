import { stringify } from 'csv-stringify/sync';

export type CsvDialect = 'rfc' | 'excel-nl';
export const CSV_DIALECTS = ['rfc', 'excel-nl'] as const satisfies readonly CsvDialect[];
export type CsvCell = string | number | boolean | null | undefined;

/**
 * A string cell that a spreadsheet would run as a formula (= + - @, tab, CR at the start) is made
 * inert with a leading apostrophe (OWASP CSV injection). Numbers are left alone: -3.5 is a number.
 */
export function inertCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * Renders rows as CSV. `rfc`: comma, decimal point, no BOM. `excel-nl`: semicolon, decimal comma and
 * a UTF-8 BOM, which is what Dutch Excel opens correctly.
 */
export function renderCsv(header: readonly string[], rows: readonly CsvCell[][], dialect: CsvDialect = 'rfc'): string {
  const excel = dialect === 'excel-nl';
  const cell = (value: CsvCell): string => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') {
      const s = Number.isFinite(value) ? String(value) : '';
      return excel ? s.replace('.', ',') : s;
    }
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    return inertCell(value);
  };
  const body = stringify([header.map(inertCell), ...rows.map((r) => r.map(cell))], {
    delimiter: excel ? ';' : ',',
    record_delimiter: excel ? '\r\n' : '\n',
    // csv-stringify quotes a field holding the record delimiter itself, not a lone LF or CR: a name
    // with a line break in it (a quoted field of functions.csv) broke the excel-nl row (CRLF) in two.
    quoted_match: /[\r\n]/,
  });
  return excel ? `\uFEFF${body}` : body;
}
