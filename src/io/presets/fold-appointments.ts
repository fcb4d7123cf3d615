import type { Cell, ContractKind } from '../../domain/workforce.js';
import type { CsvDiagnostics } from '../csv/csv-diagnostics.js';
import { isOpenEndDate, parseDate, type CalendarDate } from '../csv/parse-values.js';
import { sortCells, type HeadcountData } from '../read-headcount.js';

/**
 * Folding of HR-system appointments (one person, several rows) into cells: every counted
 * appointment adds its own FTE to the cell of its function; the person is counted once, in the
 * cell of their main appointment (flagged main first, then the most FTE, then the first line).
 * Secondary appointments therefore give cells with FTE but no persons.
 */

/** One appointment (aanstelling) that counts on 1 January of the reference year. */
export interface Appointment {
  person: string;
  birthYear: number;
  birthMonth: number;
  functionId: string;
  /** FTE of this appointment alone. */
  fte: number;
  contract: ContractKind;
  endYear: number | null;
  group: string;
  /** True when the export flags it as the person's main appointment (hoofdaanstelling). */
  main: boolean;
  /** Its line in the export file. */
  line: number;
}

interface MainChoice {
  cell: Cell;
  fte: number;
  main: boolean;
  /** All counted FTE of the person. */
  total: number;
  /** Line of the main appointment. */
  line: number;
  /** How many counted appointments the export flags as main (more than one is reported). */
  mains: number;
}

/** Collects appointments into cells and persons; one instance per export. */
export class AppointmentFolder {
  private readonly cells = new Map<string, Map<string, Map<number, Cell>>>();
  private readonly persons = new Map<string, MainChoice>();

  /** Folds one appointment in; returns the person's counted FTE so far. */
  add(a: Appointment): number {
    let byGroup = this.cells.get(a.functionId);
    if (byGroup === undefined) this.cells.set(a.functionId, (byGroup = new Map()));
    let byKey = byGroup.get(a.group);
    if (byKey === undefined) byGroup.set(a.group, (byKey = new Map()));
    // Same packing as read-headcount: 4-digit years make it exact and unique.
    const key = ((a.birthYear * 16 + a.birthMonth) * 2 + (a.contract === 'temporary' ? 1 : 0)) * 16384 + (a.endYear ?? 0);
    let cell = byKey.get(key);
    if (cell === undefined) {
      cell = { functionId: a.functionId, birthYear: a.birthYear, birthMonth: a.birthMonth, contract: a.contract, endYear: a.endYear, group: a.group, persons: 0, fte: 0 };
      byKey.set(key, cell);
    }
    cell.fte += a.fte;
    const choice = this.persons.get(a.person);
    if (choice === undefined) {
      this.persons.set(a.person, { cell, fte: a.fte, main: a.main, total: a.fte, mains: a.main ? 1 : 0, line: a.line });
      return a.fte;
    }
    choice.total += a.fte;
    if (a.main) choice.mains += 1;
    // Earlier lines win ties: rows arrive in file order, so only a strictly better one replaces.
    if ((a.main && !choice.main) || (a.main === choice.main && a.fte > choice.fte)) {
      choice.cell = cell;
      choice.fte = a.fte;
      choice.main = a.main;
      choice.line = a.line;
    }
    return choice.total;
  }

  /** Calls `visit` for each person: the function of the main appointment, all counted FTE and the main appointment's line (for readers that keep persons). */
  eachPerson(visit: (person: string, main: Cell, fte: number, line: number) => void): void {
    for (const [person, choice] of this.persons) visit(person, choice.cell, choice.total, choice.line);
  }

  /** How many of the person's counted appointments are flagged main. */
  mainAppointments(person: string): number {
    return this.persons.get(person)?.mains ?? 0;
  }

  /** True when the person already has a counted appointment. */
  has(person: string): boolean {
    return this.persons.has(person);
  }

  /** The cells (sorted like read-headcount's) with persons added, and totals. */
  value(rows: number, extraColumns: string[]): HeadcountData {
    for (const choice of this.persons.values()) choice.cell.persons += 1;
    const cells: Cell[] = [];
    for (const byGroup of this.cells.values()) for (const byKey of byGroup.values()) cells.push(...byKey.values());
    const { persons, fte } = sortCells(cells);
    return { cells, measuredSkills: {}, rows, persons, fte, extraColumns };
  }
}

/** `J`, `Ja`, `Y`, `Yes`, `1`, `true` → true; `N`, `Nee`, `No`, `0`, `false`, empty → false; else undefined. */
export function parseFlag(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (['j', 'ja', 'y', 'yes', '1', 'true', 'waar'].includes(t)) return true;
  if (['', 'n', 'nee', 'no', '0', 'false', 'onwaar'].includes(t)) return false;
  return undefined;
}

/**
 * An end date: null when open (empty, all zeros, or a year 9999 placeholder as HR systems write
 * "no end"), the date, or undefined when it cannot be read.
 */
export function parseEndDate(text: string): CalendarDate | null | undefined {
  const t = text.trim();
  if (t === '' || isOpenEndDate(t)) return null;
  return parseDate(t);
}

/** -1, 0 or 1 as date a is before, on or after 1 January of `year`. */
export function compareToNewYear(a: CalendarDate, year: number): number {
  return a.year !== year ? Math.sign(a.year - year) : a.month === 1 && a.day === 1 ? 0 : 1;
}

/** Completed years on 1 January of `year` of someone born on `birth`. */
export function ageOnNewYear(birth: CalendarDate, year: number): number {
  return year - birth.year - (birth.month === 1 && birth.day === 1 ? 0 : 1);
}

/** Counts appointments left out because they ended before, or start after, 1 January; reported once. */
export class NotCountedTally {
  ended = 0;
  future = 0;
  permanentEnd = 0;
  private firstEnded = 0;
  private firstFuture = 0;
  private firstPermanentEnd = 0;

  endedAt(line: number): void {
    if (this.ended++ === 0) this.firstEnded = line;
  }

  futureAt(line: number): void {
    if (this.future++ === 0) this.firstFuture = line;
  }

  permanentEndAt(line: number): void {
    if (this.permanentEnd++ === 0) this.firstPermanentEnd = line;
  }

  /** One notice per kind, at the first such line. */
  report(diagnostics: CsvDiagnostics, referenceYear: number): void {
    const n = (k: number): string => `${k} appointment${k === 1 ? '' : 's'}`;
    const nl = (k: number): string => `${k} ${k === 1 ? 'aanstelling' : 'aanstellingen'}`;
    if (this.ended > 0) {
      const one = this.ended === 1;
      diagnostics.notice('PRESET_ENDED_NOT_COUNTED', this.firstEnded, 0, {
        en: `${n(this.ended)} ended before 1 January ${referenceYear} and ${one ? 'is' : 'are'} not counted (first here)`,
        nl: `${nl(this.ended)} ${one ? 'is' : 'zijn'} vóór 1 januari ${referenceYear} geëindigd en ${one ? 'telt' : 'tellen'} niet mee (de eerste hier)`,
      });
    }
    if (this.future > 0) {
      const one = this.future === 1;
      diagnostics.notice('PRESET_FUTURE_NOT_COUNTED', this.firstFuture, 0, {
        en: `${n(this.future)} start${one ? 's' : ''} after 1 January ${referenceYear} and ${one ? 'is' : 'are'} not counted (first here)`,
        nl: `${nl(this.future)} ${one ? 'begint' : 'beginnen'} na 1 januari ${referenceYear} en ${one ? 'telt' : 'tellen'} niet mee (de eerste hier)`,
      });
    }
    if (this.permanentEnd > 0) {
      diagnostics.notice(
        'PRESET_PERMANENT_END_IGNORED',
        this.firstPermanentEnd,
        0,
        {
          en: `${n(this.permanentEnd)} on a permanent contract ${this.permanentEnd === 1 ? 'has' : 'have'} an end date after 1 January ${referenceYear}; only temporary contracts end in the model, so ${this.permanentEnd === 1 ? 'it counts' : 'they count'} as permanent (first here)`,
          nl: `${nl(this.permanentEnd)} met een vast contract ${this.permanentEnd === 1 ? 'heeft' : 'hebben'} een einddatum na 1 januari ${referenceYear}; in het model eindigen alleen tijdelijke contracten, dus ${this.permanentEnd === 1 ? 'telt die' : 'tellen die'} als vast (de eerste hier)`,
        },
      );
    }
  }
}
