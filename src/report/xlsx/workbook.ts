import type { CellValue } from 'exceljs';
import { inertCell } from '../csv.js';
import type { Lang } from '../labels.js';
import { round } from '../../domain/round.js';

/**
 * A generic xlsx writer: sheets of a header row and rows of cells, as an analyst would lay them
 * out (one sheet per view, wide: one row per function, one column per year). Every command that
 * offers `--format xlsx` builds `Sheet`s and calls `renderWorkbook`; the writer owns the
 * spreadsheet details:
 * - numbers are stored as numbers with a number format per column kind (the format codes are
 *   Excel's, which shows them with the reader's separators; euros as `€ 1.234` in Dutch, `€1,234`
 *   in English);
 * - the header row is bold and frozen, columns have a width that fits their content;
 * - text is stored as text, never as a formula, and a text that a spreadsheet would run as a
 *   formula (`= + - @`, tab, CR) gets the same leading apostrophe as the CSV output;
 * - the bytes are deterministic: the workbook's created/modified dates and the ZIP entries'
 *   timestamps are fixed (1 January 1980, the earliest a ZIP can hold), so the same input gives the
 *   same file;
 * - a column of codes (function codes, scenario ids: kind `code`) has Excel's text format `@`.
 */

/**
 * How a column's cells are shown. `code`: a function code, scenario id or other key — text, with
 * Excel's text format (`@`), so Excel neither flags `0123` as a number stored as text nor turns a
 * code typed into the cell (`0123`) into the number 123.
 */
type ColumnKind = 'text' | 'code' | 'int' | 'year' | 'fte' | 'share' | 'ratio' | 'euro' | 'hours' | 'bool';

export interface SheetColumn {
  header: string;
  kind: ColumnKind;
  /** Width in characters; default: fitted to the header and the cells. */
  width?: number;
}

export type XlsxCell = string | number | boolean | null;

export interface Sheet {
  /** At most 31 characters, no `[]:*?/\` (Excel's rules); checked. */
  name: string;
  columns: SheetColumn[];
  rows: XlsxCell[][];
  /** Columns frozen on the left beside the header row (e.g. the function's id and name). */
  freezeColumns?: number;
  /** Rows after the data that are totals: shown bold. */
  totalRows?: number;
  /** Other rows shown bold (0-based indexes into `rows`), e.g. a total amid alternatives. */
  boldRows?: readonly number[];
  /**
   * Rows whose numbers are of another kind than their columns (0-based index into `rows` → kind), e.g.
   * a row of euros in a sheet of FTE by year: its number cells get that kind's format and rounding.
   */
  rowKinds?: ReadonlyMap<number, ColumnKind>;
}

/** The number format code of a column kind in a language. */
function numberFormat(kind: ColumnKind, lang: Lang): string | undefined {
  switch (kind) {
    case 'int':
    case 'hours':
      return '#,##0';
    case 'code':
      return '@';
    case 'year':
      return '0';
    case 'fte':
      return '#,##0.0';
    case 'share':
      return '0%';
    case 'ratio':
      return '0.00';
    case 'euro':
      return lang === 'nl' ? '"€" #,##0;"€" -#,##0' : '"€"#,##0;-"€"#,##0';
    default:
      return undefined;
  }
}

/** The decimals a column kind shows, for a workbook that stores its numbers as shown; undefined: kept whole. */
const SHOWN_DECIMALS: Partial<Record<ColumnKind, number>> = { int: 0, hours: 0, fte: 1, ratio: 2, euro: 0 };

/** The fixed date of every workbook: deterministic bytes. */
const WORKBOOK_DATE = new Date(Date.UTC(1980, 0, 1));

/**
 * Renders sheets as an xlsx workbook (bytes). `asShown`: every number is stored as its column shows it
 * (FTE to one decimal, euros whole, ratios to two decimals; shares kept whole) — a plan's workbook, whose
 * figures a reader adds up and compares with the terminal's: no 798.0808000000001 behind a "798,1".
 * A total is the sheet's own (computed from the unrounded figures, then rounded like any cell).
 */
export async function renderWorkbook(sheets: readonly Sheet[], options: { lang: Lang; creator?: string; asShown?: boolean }): Promise<Uint8Array> {
  // Loaded on first use: exceljs adds ~25 MB and ~0.1 s to every start of spp, and most runs write no xlsx.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = options.creator ?? 'spp';
  workbook.lastModifiedBy = options.creator ?? 'spp';
  workbook.created = WORKBOOK_DATE;
  workbook.modified = WORKBOOK_DATE;
  const names = new Set<string>();
  for (const sheet of sheets) {
    const name = sheetName(sheet.name, names);
    const ws = workbook.addWorksheet(name, {
      views: [{ state: 'frozen', xSplit: sheet.freezeColumns ?? 0, ySplit: 1, topLeftCell: cellRef(1 + (sheet.freezeColumns ?? 0), 2), activeCell: 'A2' }],
    });
    ws.columns = sheet.columns.map((c, i) => {
      const fmt = numberFormat(c.kind, options.lang);
      return {
        key: `c${i}`,
        width: c.width ?? fittedWidth(c, sheet.rows.map((r) => r[i] ?? null)),
        style: fmt === undefined ? {} : { numFmt: fmt },
      };
    });
    const header = ws.addRow(sheet.columns.map((c) => inertCell(c.header)));
    header.font = { bold: true };
    header.alignment = { vertical: 'top', wrapText: true };
    sheet.columns.forEach((c, i) => {
      if (c.kind !== 'text' && c.kind !== 'code' && c.kind !== 'bool') header.getCell(i + 1).alignment = { horizontal: 'right', vertical: 'top', wrapText: true };
    });
    const decimals = sheet.columns.map((c) => (options.asShown === true ? SHOWN_DECIMALS[c.kind] : undefined));
    sheet.rows.forEach((row, r) => {
      const kind = sheet.rowKinds?.get(r);
      if (kind === undefined) {
        ws.addRow(row.map((value, i) => cellValue(value, decimals[i])));
        return;
      }
      const added = ws.addRow(row.map((value, i) => (i === 0 && typeof value === 'string' ? cellValue(value) : cellValue(value, options.asShown === true ? SHOWN_DECIMALS[kind] : undefined))));
      const fmt = numberFormat(kind, options.lang);
      row.forEach((value, i) => {
        if (typeof value === 'number' && fmt !== undefined) added.getCell(i + 1).numFmt = fmt;
      });
    });
    const totals = sheet.totalRows ?? 0;
    for (let k = 0; k < totals; k++) ws.getRow(sheet.rows.length + 1 - k).font = { bold: true };
    for (const index of sheet.boldRows ?? []) ws.getRow(index + 2).font = { bold: true };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return fixZipTimes(new Uint8Array(buffer as ArrayBuffer));
}

/**
 * A signed amount in words ("+2 jaar", "+1,8%", "-3 years"): a text cell of a workbook is never run as
 * a formula, and even pasted into a CSV this is at most an error, never a call, so it keeps its sign
 * without the apostrophe a directieteam would read as a typo ("'+2 jaar"). Anything else starting with
 * = + - @ still gets one ("+31 6…", "=HYPERLINK(…)").
 */
const SIGNED_AMOUNT = /^[+-]\d+(?:[.,]\d+)?(?:%| (?:jaar|years?|fte|FTE))?$/;

function cellValue(value: XlsxCell, decimals?: number): CellValue {
  if (value === null) return null;
  if (typeof value === 'string') return SIGNED_AMOUNT.test(value) ? value : inertCell(value);
  if (typeof value === 'number') return Number.isFinite(value) ? (decimals === undefined ? value : round(value, decimals)) : null;
  return value;
}

/** A1-style reference of a 1-based column and row. */
function cellRef(column: number, row: number): string {
  let c = column;
  let letters = '';
  while (c > 0) {
    const r = (c - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    c = Math.floor((c - 1) / 26);
  }
  return `${letters}${row}`;
}

/** Excel's sheet-name rules: ≤ 31 characters, none of []:*?/\, unique (case-insensitive). */
function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '-').slice(0, 31) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

function fittedWidth(column: SheetColumn, cells: readonly XlsxCell[]): number {
  const longestWord = Math.max(...column.header.split(/\s+/).map((w) => w.length));
  let width = Math.max(longestWord, Math.min(column.header.length, 14));
  for (const c of cells) {
    const shown = typeof c === 'number' ? (column.kind === 'euro' ? 4 + Math.abs(c).toFixed(0).length * 1.35 : Math.abs(c).toFixed(1).length * 1.35 + 1) : String(c ?? '').length;
    width = Math.max(width, shown);
  }
  return Math.min(60, Math.ceil(width + 2));
}

/**
 * Sets the modification time and date of every ZIP entry (local headers and central directory) to
 * 1 January 1980 00:00, DOS format. JSZip, which exceljs uses, stamps entries with the current time.
 */
function fixZipTimes(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
  const DOS_TIME = 0;
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('xlsx: no ZIP end-of-central-directory record');
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let e = 0; e < entries; e++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error('xlsx: bad ZIP central directory');
    view.setUint16(p + 12, DOS_TIME, true);
    view.setUint16(p + 14, DOS_DATE, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('xlsx: bad ZIP local header');
    view.setUint16(local + 10, DOS_TIME, true);
    view.setUint16(local + 12, DOS_DATE, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return zip;
}
