import type { DiagnosticCode } from '../../diagnostics/codes.js';
import type { Hint, Message } from '../../diagnostics/message.js';
import { MAX_PER_CODE, type CsvDiagnostics, type RowRepeat } from './csv-diagnostics.js';

/**
 * What a row error may say about the value of the cell it is about — shared by the plain headcount
 * reader and the AFAS and Raet presets (README, "Privacy in every output", *messages*):
 * - a date cell of five digits is an Excel date number, and its message says so (`excelSerial`),
 *   in full on the first row of its kind and short after it (`hintRepeat`, CsvDiagnostics);
 * - a column whose failing values differ on every row, five or more, holds personnel numbers or
 *   birth dates, and its values are taken out of the messages (`FailedCells`); so are Excel date
 *   numbers of birth dates and contract ends, five or more, even when one comes back (two people
 *   born on one day).
 */

/** Failing values of one column, each on one row only, from which on they are not shown; unknown function codes of one row each likewise. */
export const UNIQUE_VALUES_NOT_SHOWN = 5;
/** Distinct failing values of one column remembered to see whether one repeats (memory stays bounded). */
const MAX_FAILED_CELLS = 100_000;

/** A date column whose values are dates of persons: its Excel date numbers are hidden as such. */
export type PersonDateColumn = 'birth_date' | 'contract_end';

/**
 * The hint for a date cell holding a whole number of five digits: how Excel stores a date
 * (days since 1900) when the column was not formatted as a date — 25150 for 8 November 1968; a year (1968) is not one.
 */
export function excelSerial(text: string): Hint {
  if (!/^\d{5}$/.test(text)) return { en: '', nl: '' };
  return {
    en: '; a number like this is how Excel stores a date (days since 1900): format the column as a date (YYYY-MM-DD) before saving the CSV',
    nl: '; zo’n getal is hoe Excel een datum opslaat (dagen sinds 1900): maak de kolom een datumkolom (JJJJ-MM-DD) voordat u de CSV opslaat',
    gist: { en: 'an Excel date number instead of a date', nl: 'een Excel-datumgetal in plaats van een datum' },
  };
}

/** How a row error about a cell (`label` as the message names its column, `value` its text) whose message ends with `hint` is said on a later row; none without a hint. */
export function hintRepeat(label: string, value: string, hint: Hint): RowRepeat | undefined {
  return hint.gist === undefined ? undefined : { label, value, gist: hint.gist };
}

/**
 * Whether a failing cell of a date column is an Excel date number (5 digits) of a date that column can
 * hold: a birth date up to 100 years before the reference year, a contract end within 50 years of it.
 */
function isExcelDateOf(text: string, column: PersonDateColumn, ref: number): boolean {
  if (!/^\d{5}$/.test(text)) return false;
  // Excel's day 1 is 1 January 1900, counted as if 1900 had a 29 February: day 0 falls on 30 December 1899 for its dates after February 1900.
  const year = new Date(Date.UTC(1899, 11, 30) + Number(text) * 86_400_000).getUTCFullYear();
  return column === 'birth_date' ? year >= ref - 100 && year <= ref : year >= ref - 50 && year <= ref + 50;
}

/** The cells of one column that row errors of one code are about. */
interface Cells {
  code: DiagnosticCode;
  /** The column, 0-based. */
  index: number;
  seen: Set<string>;
  /** A value came back on another row: not a column of personnel numbers. */
  repeated: boolean;
  /** The date column the cells are of, for CSV_BAD_DATE. */
  dateColumn: PersonDateColumn | undefined;
  /** Every failing value is an Excel date number of a date the column can hold (isExcelDateOf): hidden from five rows on, repeated or not. */
  serials: boolean;
  /** Failing rows noted. */
  rows: number;
  /** Line → value, of the rows whose diagnostic may be listed. */
  listed: Map<number, string>;
}

/**
 * The values of the cells row errors are about, per code and column, of one file: `note` each,
 * then `hide` before the file's diagnostics are finished. A column whose failing values differ on
 * every row, five or more, holds personnel numbers (columns swapped, or a column map pointing at the
 * wrong one) or birth dates: its values are taken out of the messages — "fte 'E00001': expected a
 * part-time factor" gave every employee id. Excel date numbers in a birth-date or contract-end column
 * are dates of persons, five or more hidden whether or not one comes back, with a note that says so
 * (not that columns are swapped).
 */
export class FailedCells {
  private readonly columns = new Map<string, Cells>();

  /** `referenceYear`: the horizon start, against which Excel date numbers are taken for plausible dates. */
  constructor(private readonly referenceYear: number) {}

  /** Remembers `value`, the cell at column `index` (0-based) of `line` that an error `code` is about; `dateColumn` for a date of a person (CSV_BAD_DATE). */
  note(code: DiagnosticCode, index: number, value: string, line: number, dateColumn?: PersonDateColumn): void {
    if (value === '' || index < 0) return;
    const key = `${code}\u0000${index}`;
    let cells = this.columns.get(key);
    if (cells === undefined) {
      const date = code === 'CSV_BAD_DATE' ? dateColumn : undefined;
      cells = { code, index, seen: new Set(), repeated: false, listed: new Map(), dateColumn: date, serials: date !== undefined, rows: 0 };
      this.columns.set(key, cells);
    }
    if (cells.serials && !isExcelDateOf(value, cells.dateColumn!, this.referenceYear)) cells.serials = false;
    // Excel date numbers of a date column stay hidden when one comes back: two people born on one day.
    if (cells.repeated && !cells.serials) {
      if (cells.listed.size > 0) forget(cells);
      return;
    }
    cells.rows++;
    if (cells.seen.has(value)) {
      cells.repeated = true;
      if (!cells.serials) return forget(cells);
    } else if (cells.seen.size < MAX_FAILED_CELLS) cells.seen.add(value);
    if (cells.listed.size < MAX_PER_CODE) cells.listed.set(line, value);
  }

  /** Takes the values of the columns that hold personnel numbers or dates of persons out of `diagnostics`' messages. */
  hide(diagnostics: CsvDiagnostics): void {
    for (const cells of this.columns.values()) {
      if (cells.serials ? cells.rows < UNIQUE_VALUES_NOT_SHOWN : cells.repeated || cells.seen.size < UNIQUE_VALUES_NOT_SHOWN) continue;
      // Excel's date numbers in a date column are dates, not personnel numbers of swapped columns.
      const note: Message = !cells.serials
        ? {
            en: '(not shown: the wrong values of this column differ on every row, as personnel numbers and birth dates do, and spp does not repeat them; if they are personnel numbers, the columns are swapped)',
            nl: '(niet getoond: de foute waarden in deze kolom verschillen per regel, zoals personeelsnummers en geboortedata, en spp herhaalt ze niet; zijn het personeelsnummers, dan zijn de kolommen verwisseld)',
          }
        : cells.dateColumn === 'birth_date'
          ? {
              en: '(not shown: they are birth dates, saved as Excel date numbers, and with its line number such a date is a person’s: spp does not repeat them)',
              nl: '(niet getoond: het zijn geboortedata, opgeslagen als Excel-datumgetal, en met het regelnummer erbij is zo’n datum van een persoon: spp herhaalt ze niet)',
            }
          : {
              en: '(not shown: they are contract end dates, saved as Excel date numbers, and with its line number such a date is a person’s: spp does not repeat them)',
              nl: '(niet getoond: het zijn einddatums van contracten, opgeslagen als Excel-datumgetal, en met het regelnummer erbij is zo’n datum van een persoon: spp herhaalt ze niet)',
            };
      diagnostics.hideValues(cells.code, cells.index + 1, cells.listed, note);
    }
    this.columns.clear();
  }
}

/** Drops the values remembered of a column whose failing values are shown (one came back on another row). */
function forget(cells: Cells): void {
  cells.seen.clear();
  cells.listed.clear();
}
