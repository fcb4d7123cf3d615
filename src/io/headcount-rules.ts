/**
 * The headcount rules every reader applies — the plain headcount file and the HR-system presets
 * alike — so a row is judged the same whichever way it came in: the full-time week, the FTE and age
 * limits, and hours → FTE.
 */

import { localNumber, type Message } from '../diagnostics/message.js';
import { round, withinTolerance } from '../domain/round.js';
import type { CsvDiagnostics } from './csv/csv-diagnostics.js';
import { dialectNumber } from './csv/parse-values.js';

/** Hours of a full-time week (cao Gemeenten), unless the scenario sets workforce.fulltime_hours. */
export const DEFAULT_FULLTIME_HOURS = 36;
/** The most FTE one row (or appointment) may have. */
export const MAX_FTE = 1.5;
/** Younger than this on 1 January of the reference year cannot be an employee: an error. */
const MIN_AGE = 14;
/** Older than this is implausible (a placeholder birth date?): a warning, the row is kept. */
const MAX_AGE = 80;
/** fte and hours/fulltime that differ by more than this disagree. */
const FTE_TOLERANCE = 0.01;

/**
 * FTE of `hours` per week (0 < FTE ≤ MAX_FTE), or undefined when the hours are out of range. The bound
 * is included as the message states it: 45.6 hours of a 30.4-hour week is 1.5000000000000002 in binary.
 */
export function fteOfHours(hours: number, fulltime: number): number | undefined {
  const fte = hours / fulltime;
  return hours > 0 && (fte <= MAX_FTE || withinTolerance(fte, MAX_FTE, 0)) ? Math.min(fte, MAX_FTE) : undefined;
}

/** The message for hours out of range: English in the file's dialect (what to type), Dutch with a decimal comma. */
export function hoursOutOfRange(hoursText: string, fulltime: number, decimalComma = false, column?: string): Message {
  const most = round(MAX_FTE * fulltime, 4);
  const n = (x: number): string => dialectNumber(x, decimalComma);
  return {
    en: `${column ?? 'hours per week'} ${hoursText}: expected more than 0 and at most ${n(most)} (${n(MAX_FTE)} FTE of ${n(fulltime)} hours)`,
    nl: `${column ?? 'uren per week'} ${hoursText}: verwacht meer dan 0 en ten hoogste ${localNumber(most, 'nl')} (${localNumber(MAX_FTE, 'nl')} fte van ${localNumber(fulltime, 'nl')} uur)`,
  };
}

/** The age check on 1 January of `ref`: an error below MIN_AGE, a warning above MAX_AGE, else null. */
export function checkAge(age: number, ref: number): { code: 'CSV_AGE_OUT_OF_RANGE' | 'CSV_AGE_IMPLAUSIBLE'; message: Message } | null {
  if (age < MIN_AGE) return { code: 'CSV_AGE_OUT_OF_RANGE', message: { en: `age ${age} on 1 January ${ref}: expected at least ${MIN_AGE}`, nl: `leeftijd ${age} op 1 januari ${ref}: verwacht ten minste ${MIN_AGE}` } };
  if (age > MAX_AGE) return { code: 'CSV_AGE_IMPLAUSIBLE', message: { en: `age ${age} on 1 January ${ref} is implausible (a placeholder birth date?)`, nl: `leeftijd ${age} op 1 januari ${ref} is onwaarschijnlijk (een fictieve geboortedatum als opvulling?)` } };
  return null;
}

/**
 * Rows whose FTE and hours per week (over the full-time week) disagree by more than FTE_TOLERANCE:
 * the FTE is used; one notice for the file names the first row and how many there are. Shared by the
 * plain headcount reader and the presets, which both read FTE before hours.
 */
export class FteHoursDisagreement {
  private rows = 0;
  private first = { line: 0, column: 0, fteText: '', hoursText: '', hoursFte: 0 };

  constructor(private readonly fulltime: number) {}

  /** Notes the row (`column`: the hours column, 1-based) when `fte` and `hours` disagree. */
  check(fte: number, hours: number, line: number, column: number, fteText: string, hoursText: string): void {
    if (Math.abs(hours / this.fulltime - fte) <= FTE_TOLERANCE) return;
    if (this.rows++ === 0) this.first = { line, column, fteText, hoursText, hoursFte: round(hours / this.fulltime, 3) };
  }

  /** The notice CSV_FTE_HOURS_DISAGREE, naming the two columns as the file's headers write them. */
  report(diagnostics: CsvDiagnostics, fteColumn: string, hoursColumn: string): void {
    if (this.rows === 0) return;
    const { line, column, fteText, hoursText, hoursFte } = this.first;
    const rows = this.rows;
    diagnostics.notice('CSV_FTE_HOURS_DISAGREE', line, column, {
      en: `${fteColumn} and ${hoursColumn} disagree in ${rows} ${rows === 1 ? 'row' : 'rows'} (first here: ${fteColumn} ${fteText} but ${hoursText} hours = ${hoursFte} FTE, with a ${this.fulltime}-hour week); ${fteColumn} is used`,
      nl: `${fteColumn} en ${hoursColumn} spreken elkaar tegen in ${rows} ${rows === 1 ? 'regel' : 'regels'} (de eerste hier: ${fteColumn} ${fteText} maar ${hoursText} uur = ${localNumber(hoursFte, 'nl')} fte, bij een werkweek van ${localNumber(this.fulltime, 'nl')} uur); ${fteColumn} wordt gebruikt`,
    });
  }
}

/** Hours a week above which one person's row is more than a working week (the usual maximum of a Dutch cao contract). */
const MAX_WEEK_HOURS = 40;

/**
 * Rows whose FTE is more than a working week: 1,5 fte is 54 hours at 36 a week. spp counts them (up to
 * MAX_FTE a person is allowed: two jobs in one row), but a typo for 0,5 or an export that writes
 * FTE on another base looks the same, so one warning names how many and the first line.
 */
export class FteAboveWeek {
  private rows = 0;
  private first = { line: 0, column: 0, label: '', text: '', hours: 0 };

  constructor(private readonly fulltime: number) {}

  /** Notes the row when `fte` is more than MAX_WEEK_HOURS a week; `column` (1-based), `label` and `text`: the value it was read from (fte or hours). */
  check(fte: number, line: number, column: number, label: string, text: string): void {
    const hours = fte * this.fulltime;
    if (hours <= MAX_WEEK_HOURS + 1e-6) return;
    if (this.rows++ === 0) this.first = { line, column, label, text, hours: round(hours, 1) };
  }

  /** The warning CSV_FTE_ABOVE_WEEK. */
  report(diagnostics: CsvDiagnostics): void {
    if (this.rows === 0) return;
    const { line, column, label: fteColumn, text: fteText, hours } = this.first;
    const rows = this.rows;
    diagnostics.warning('CSV_FTE_ABOVE_WEEK', line, column, {
      en: `${rows} ${rows === 1 ? 'row has' : 'rows have'} more than ${MAX_WEEK_HOURS} hours a week (first here: ${fteColumn} ${fteText} = ${hours} hours, with a ${this.fulltime}-hour week): a typo, or FTE on another base? Counted as written`,
      nl: `${rows} ${rows === 1 ? 'regel heeft' : 'regels hebben'} meer dan ${localNumber(MAX_WEEK_HOURS, 'nl')} uur per week (de eerste hier: ${fteColumn} ${fteText} = ${localNumber(hours, 'nl')} uur, bij een werkweek van ${localNumber(this.fulltime, 'nl')} uur): een tikfout, of fte op een andere basis? Geteld zoals het er staat`,
    });
  }
}


/** The line numbers a diagnostic for many rows lists before "and N more". */
const LINES_LISTED = 5;

/**
 * Temporary contracts that ended before 1 January of the reference year (CSV_CONTRACT_ENDED), said
 * once per file as FteAboveWeek says its rows: how many, the first lines, and what spp does with them.
 * It was one warning a row: a real export with 300 ended contracts printed 300 lines.
 */
export class ContractsEnded {
  private rows = 0;
  private readonly lines: number[] = [];
  private first = { line: 0, column: 0, text: '' };

  /** Notes a row whose temporary contract ended (`text`, as written in the 1-based `column`) before the reference date. */
  check(line: number, column: number, text: string): void {
    if (this.rows++ === 0) this.first = { line, column, text };
    if (this.lines.length < LINES_LISTED) this.lines.push(line);
  }

  /** The warning CSV_CONTRACT_ENDED, at the first such row; `label` names the end-date column, `path` is its header. */
  report(diagnostics: CsvDiagnostics, ref: number, label: string, path: string | undefined): void {
    if (this.rows === 0) return;
    const { line, column, text } = this.first;
    const rows = this.rows;
    if (rows === 1) {
      diagnostics.warning('CSV_CONTRACT_ENDED', line, column, { en: `this temporary contract ended (${text}) before 1 January ${ref}; it is treated as ending in ${ref}`, nl: `dit tijdelijke contract is vóór 1 januari ${ref} geëindigd (${text}); het wordt behandeld als eindigend in ${ref}` }, path, rows);
      return;
    }
    const more = rows - this.lines.length;
    const listed = this.lines.join(', ');
    diagnostics.warning(
      'CSV_CONTRACT_ENDED',
      line,
      column,
      {
        en: `${rows} temporary contracts ended before 1 January ${ref} (${label}; lines ${listed}${more > 0 ? ` and ${more} more` : ''}; the first ${text}): each is treated as ending in ${ref}, where workforce.temporary.renewal_rate decides who continues. An export of 1 January ${ref} holds the contracts running then: is it older, or are these contracts extended without a new end date?`,
        nl: `${rows} tijdelijke contracten zijn vóór 1 januari ${ref} geëindigd (${label}; regels ${listed}${more > 0 ? ` en nog ${more}` : ''}; de eerste ${text}): elk wordt behandeld als eindigend in ${ref}, waarbij workforce.temporary.renewal_rate bepaalt wie blijft. Een export van 1 januari ${ref} bevat de contracten die dan lopen: is hij ouder, of zijn deze contracten verlengd zonder nieuwe einddatum?`,
      },
      path,
      rows,
    );
  }
}
