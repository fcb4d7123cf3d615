import { didYouMean, type Checked } from '../diagnostics/diagnostic.js';
import type { Cell, ContractKind, MeasuredSkills, Workforce } from '../model/types.js';
import { CsvDiagnostics } from './csv/csv-diagnostics.js';
import type { CsvOptions } from './csv/csv-options.js';
import { HEADCOUNT_FILE } from './csv/column-specs.js';
import { IdRegistry } from './csv/id-registry.js';
import { findGroupColumn, matchHeaders, type HeaderMatch } from './csv/match-headers.js';
import { parseDate, parseInteger, parseNumber, parseShare } from './csv/parse-values.js';
import { streamCsv } from './csv/stream-csv.js';

export type { CsvOptions } from './csv/csv-options.js';

export interface HeadcountOptions extends CsvOptions {
  /** Horizon start: ages are on 1 January of this year. */
  referenceYear: number;
  /** Hours of a full-time week, to convert hours_per_week to FTE; default 36. */
  fulltimeHours?: number;
  /** Canonical or raw column name whose value goes into Cell.group. */
  groupBy?: string;
  /** When given, an unknown function_id is an error with line and column. */
  knownFunctions?: ReadonlySet<string>;
  /** Function profiles' skill levels, the default for an empty measured `skill.<name>` cell. */
  functionSkills?: ReadonlyMap<string, Record<string, number>>;
}

/** The headcount folded into cells, with totals. */
export interface HeadcountData extends Workforce {
  /** Persons in the value (sum of `count`). */
  persons: number;
  /** FTE in the value. */
  fte: number;
  /** Header names of columns spp does not use (usable with --by). */
  extraColumns: string[];
}

const DEFAULT_FULLTIME_HOURS = 36;
const MAX_FTE = 1.5;
/** Younger than this on 1 January of the reference year cannot be an employee: an error. */
const MIN_AGE = 14;
/** Older than this is implausible (a placeholder birth date?): a warning, the row is kept. */
const MAX_AGE = 80;
/** fte and hours/fulltime that differ by more than this disagree. */
const FTE_TOLERANCE = 0.01;

const CONTRACTS: Record<string, ContractKind> = {
  permanent: 'permanent',
  vast: 'permanent',
  onbepaald: 'permanent',
  'onbepaalde tijd': 'permanent',
  temporary: 'temporary',
  tijdelijk: 'temporary',
  bepaald: 'temporary',
  'bepaalde tijd': 'temporary',
};

/** The contract kind of a contract cell ('vast', 'Bepaalde tijd', …), case-insensitive; undefined when unknown. */
export function contractKind(text: string): ContractKind | undefined {
  return CONTRACTS[text.trim().toLowerCase()];
}

/**
 * Streams headcount.csv (SPEC §2.3) and folds its rows into cells of function × birth year ×
 * birth month × contract × end year × group (persons and FTE), never keeping the rows themselves;
 * measured skills are accumulated FTE-weighted. Rows with an error are reported and left out.
 */
export async function readHeadcount(path: string, options: HeadcountOptions): Promise<Checked<HeadcountData>> {
  const diagnostics = new CsvDiagnostics(path);
  const folder = new HeadcountFolder(options, diagnostics);
  const result = await streamCsv(path, options, diagnostics, {
    header: (names, line) => folder.header(names, line),
    row: (fields, line) => folder.row(fields, line),
  });
  folder.finish();
  const value = folder.value();
  value.rows = result.rows;
  return { value, diagnostics: diagnostics.finish() };
}

/** Per-row validation and folding; one instance per file. */
class HeadcountFolder {
  private match: HeaderMatch | undefined;
  /** Cells by function, group and packed (birth year, month, contract, end year): nested maps avoid building a string key per row. */
  private readonly cells = new Map<string, Map<string, Map<number, Cell>>>();
  private readonly measured: MeasuredSkills = {};
  private readonly employees = new IdRegistry();
  private readonly suggestions = new Map<string, string>();
  private readonly fulltime: number;
  private disagree = { rows: 0, line: 0, column: 0, example: '' };
  // Field indexes, -1 when the column is absent.
  private col = { id: -1, employee: -1, fte: -1, hours: -1, birthDate: -1, birthYear: -1, age: -1, contract: -1, end: -1, count: -1, group: -1 };
  private skillColumns: { name: string; index: number }[] = [];

  constructor(
    private readonly options: HeadcountOptions,
    private readonly diagnostics: CsvDiagnostics,
  ) {
    this.fulltime = options.fulltimeHours ?? DEFAULT_FULLTIME_HOURS;
  }

  header(names: string[], line: number): boolean {
    const match = matchHeaders(names, line, HEADCOUNT_FILE, this.options, this.diagnostics);
    this.match = match;
    const at = (canonical: string): number => match.index.get(canonical) ?? -1;
    this.col = {
      id: at('function_id'),
      employee: at('employee_id'),
      fte: at('fte'),
      hours: at('hours_per_week'),
      birthDate: at('birth_date'),
      birthYear: at('birth_year'),
      age: at('age'),
      contract: at('contract'),
      end: at('contract_end'),
      count: at('count'),
      group: -1,
    };
    this.skillColumns = match.prefixed.filter((p) => p.kind === 'skill');
    if (this.col.fte < 0 && this.col.hours < 0) {
      match.complete = false;
      this.diagnostics.error(
        'CSV_MISSING_COLUMN',
        line,
        0,
        "the headcount file has neither 'fte' (deeltijdfactor) nor 'hours_per_week' (uren_per_week, uren): expected one of them",
        'fte',
      );
    }
    if (this.col.birthDate < 0 && this.col.birthYear < 0 && this.col.age < 0) {
      match.complete = false;
      this.diagnostics.error(
        'CSV_MISSING_COLUMN',
        line,
        0,
        "the headcount file has no 'birth_date' (geboortedatum), 'birth_year' (geboortejaar) or 'age' (leeftijd): expected one of them",
        'birth_date',
      );
    }
    if (this.options.groupBy !== undefined) {
      const group = findGroupColumn(this.options.groupBy, match);
      if (group === undefined) {
        match.complete = false;
        this.diagnostics.error(
          'CSV_MISSING_COLUMN',
          line,
          0,
          `--by ${this.options.groupBy}: the headcount file has no such column; expected one of ${names.map((n) => `'${n}'`).join(', ')}.${didYouMean(this.options.groupBy, names)}`,
          this.options.groupBy,
        );
      } else {
        this.col.group = group;
      }
    }
    return match.complete;
  }

  row(fields: string[], line: number): void {
    const c = this.col;
    const names = this.match!.names;
    const d = this.diagnostics;
    const ref = this.options.referenceYear;
    let ok = true;
    const text = (index: number): string => (index < 0 ? '' : fields[index]!.trim());
    const fail = (code: string, index: number, message: string): void => {
      ok = false;
      d.error(code, line, index + 1, message, names[index]);
    };

    const functionId = text(c.id);
    if (functionId === '') {
      fail('CSV_MISSING_VALUE', c.id, 'expected a function_id; the row is left out');
    } else if (this.options.knownFunctions !== undefined && !this.options.knownFunctions.has(functionId)) {
      fail('CSV_UNKNOWN_FUNCTION', c.id, `function_id '${functionId}' is not in the functions file.${this.suggest(functionId)}`);
    }

    const employee = text(c.employee);
    if (employee !== '') {
      const first = this.employees.firstLine(employee, line);
      if (first !== undefined) fail('CSV_DUPLICATE_ID', c.employee, `this employee_id was already used on line ${first}; expected each employee once (line ${first} and line ${line})`);
    }

    // FTE per person: fte wins over hours when both are given.
    let fte = NaN;
    const fteText = text(c.fte);
    const hoursText = text(c.hours);
    let hours: number | undefined;
    if (hoursText !== '') {
      hours = parseNumber(hoursText, 'decimal', this.options.decimalComma);
      if (hours === undefined) fail('CSV_BAD_NUMBER', c.hours, `hours_per_week '${hoursText}': expected hours, e.g. 32 or 32,5`);
      else if (fteText === '' && (hours <= 0 || hours / this.fulltime > MAX_FTE)) {
        fail('CSV_OUT_OF_RANGE', c.hours, `hours_per_week ${hoursText}: expected more than 0 and at most ${MAX_FTE * this.fulltime} (${MAX_FTE} FTE of ${this.fulltime} hours)`);
      }
    }
    if (fteText !== '') {
      const share = parseShare(fteText, this.options.decimalComma);
      if (share === undefined) fail('CSV_BAD_NUMBER', c.fte, `fte '${fteText}': expected a part-time factor like 0,8 or 0.8 or 80%`);
      else if (!(share.value > 0 && share.value <= MAX_FTE)) fail('CSV_OUT_OF_RANGE', c.fte, `fte ${fteText}: expected more than 0 and at most ${MAX_FTE} per person`);
      else {
        fte = share.value;
        if (hours !== undefined && Math.abs(hours / this.fulltime - fte) > FTE_TOLERANCE) {
          if (this.disagree.rows++ === 0) {
            this.disagree = { rows: 1, line, column: c.hours + 1, example: `fte ${fteText} but ${hoursText} hours = ${round(hours / this.fulltime)} FTE` };
          }
        }
      }
    } else if (hours !== undefined && hours > 0 && hours / this.fulltime <= MAX_FTE) {
      fte = hours / this.fulltime;
    } else if (hoursText === '') {
      fail('CSV_MISSING_VALUE', c.fte >= 0 ? c.fte : c.hours, 'expected fte or hours_per_week; the row is left out');
    }

    const birth = this.readBirth(text, fail, line);

    let contract: ContractKind = 'permanent';
    const contractText = text(c.contract);
    if (contractText !== '') {
      const kind = CONTRACTS[contractText.toLowerCase()];
      if (kind === undefined) fail('CSV_BAD_CONTRACT', c.contract, `contract '${contractText}': expected permanent, vast, temporary or tijdelijk`);
      else contract = kind;
    }

    let endYear: number | null = null;
    const endText = text(c.end);
    if (endText !== '') {
      const year = /^\d{4}$/.test(endText) ? Number(endText) : parseDate(endText)?.year;
      if (year === undefined) {
        fail('CSV_BAD_DATE', c.end, `contract_end '${endText}': expected a date as YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY or yyyyMMdd`);
      } else if (contract === 'permanent') {
        d.warning('CSV_END_DATE_PERMANENT', line, c.end + 1, `contract_end ${endText} on a permanent contract is ignored (only temporary contracts end); is the contract 'tijdelijk'?`, names[c.end]);
      } else if (year < ref) {
        d.warning('CSV_CONTRACT_ENDED', line, c.end + 1, `this temporary contract ended (${endText}) before 1 January ${ref}; it is treated as ending in ${ref}`, names[c.end]);
        endYear = ref;
      } else {
        endYear = year;
      }
    }

    let count = 1;
    const countText = text(c.count);
    if (countText !== '') {
      const n = parseInteger(countText, this.options.decimalComma);
      if (n === undefined || n < 1) fail(n === undefined ? 'CSV_BAD_NUMBER' : 'CSV_OUT_OF_RANGE', c.count, `count '${countText}': expected a whole number of persons, 1 or more`);
      else count = n;
    }

    const skills = this.readSkills(functionId, text, fail);
    if (!ok || birth === undefined) return;

    const group = c.group < 0 ? '' : text(c.group);
    let byGroup = this.cells.get(functionId);
    if (byGroup === undefined) this.cells.set(functionId, (byGroup = new Map()));
    let byKey = byGroup.get(group);
    if (byKey === undefined) byGroup.set(group, (byKey = new Map()));
    // Years are 4 digits (parseDate, parseInteger checks), so this packing is exact and unique.
    const key = ((birth.year * 16 + birth.month) * 2 + (contract === 'temporary' ? 1 : 0)) * 16384 + (endYear ?? 0);
    let cell = byKey.get(key);
    if (cell === undefined) {
      cell = { functionId, birthYear: birth.year, birthMonth: birth.month, contract, endYear, group, persons: 0, fte: 0 };
      byKey.set(key, cell);
    }
    const rowFte = count * fte;
    cell.persons += count;
    cell.fte += rowFte;
    if (skills.length > 0) {
      const byFunction = (this.measured[functionId] ??= {});
      for (const s of skills) {
        const m = (byFunction[s.name] ??= { fte: 0, sum: 0 });
        m.fte += rowFte;
        m.sum += rowFte * s.level;
      }
    }
  }

  finish(): void {
    if (this.disagree.rows > 0) {
      const { rows, line, column, example } = this.disagree;
      this.diagnostics.notice(
        'CSV_FTE_HOURS_DISAGREE',
        line,
        column,
        `fte and hours_per_week disagree in ${rows} ${rows === 1 ? 'row' : 'rows'} (first here: ${example}, with a ${this.fulltime}-hour week); fte is used`,
      );
    }
  }

  value(): HeadcountData {
    const cells: Cell[] = [];
    for (const byGroup of this.cells.values()) for (const byKey of byGroup.values()) cells.push(...byKey.values());
    cells.sort(compareCells);
    let persons = 0;
    let fte = 0;
    for (const cell of cells) {
      persons += cell.persons;
      fte += cell.fte;
    }
    const measuredSkills: MeasuredSkills = {};
    for (const id of Object.keys(this.measured).sort()) {
      const bySkill = this.measured[id]!;
      measuredSkills[id] = Object.fromEntries(Object.keys(bySkill).sort().map((s) => [s, bySkill[s]!]));
    }
    return { cells, measuredSkills, rows: 0, persons, fte, extraColumns: this.match?.unknown.map((u) => u.name) ?? [] };
  }

  /** Birth year and month (7 when only a year or an age is known, SPEC §3), checked against the reference year. */
  private readBirth(
    text: (index: number) => string,
    fail: (code: string, index: number, message: string) => void,
    line: number,
  ): { year: number; month: number } | undefined {
    const c = this.col;
    const ref = this.options.referenceYear;
    let year: number;
    let month = 7;
    let age: number;
    let index: number;
    const dateText = text(c.birthDate);
    const yearText = text(c.birthYear);
    const ageText = text(c.age);
    if (dateText !== '') {
      index = c.birthDate;
      const date = parseDate(dateText);
      if (date === undefined) {
        fail('CSV_BAD_DATE', index, `birth_date '${dateText}': expected a real date as YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY or yyyyMMdd`);
        return undefined;
      }
      if (date.year > ref || (date.year === ref && (date.month > 1 || date.day > 1))) {
        fail('CSV_AGE_OUT_OF_RANGE', index, `birth_date ${dateText} is after 1 January ${ref}, the reference year's start`);
        return undefined;
      }
      year = date.year;
      month = date.month;
      age = ref - year - (date.month === 1 && date.day === 1 ? 0 : 1);
    } else if (yearText !== '') {
      index = c.birthYear;
      const n = parseInteger(yearText, this.options.decimalComma);
      if (n === undefined || n < 1800 || n > 9999) {
        fail('CSV_BAD_NUMBER', index, `birth_year '${yearText}': expected a year like 1975`);
        return undefined;
      }
      year = n;
      age = ref - year - 1;
    } else if (ageText !== '') {
      index = c.age;
      const n = parseInteger(ageText, this.options.decimalComma);
      if (n === undefined || n < 0 || n > 200) {
        fail('CSV_BAD_NUMBER', index, `age '${ageText}': expected completed years on 1 January ${ref}, e.g. 47`);
        return undefined;
      }
      age = n;
      year = ref - age - 1;
    } else {
      const first = [c.birthDate, c.birthYear, c.age].find((i) => i >= 0) ?? -1;
      fail('CSV_MISSING_VALUE', first, 'expected birth_date, birth_year or age; the row is left out');
      return undefined;
    }
    if (age < MIN_AGE) {
      fail('CSV_AGE_OUT_OF_RANGE', index, `age ${age} on 1 January ${ref}: expected at least ${MIN_AGE}`);
      return undefined;
    }
    if (age > MAX_AGE) {
      this.diagnostics.warning('CSV_AGE_IMPLAUSIBLE', line, index + 1, `age ${age} on 1 January ${ref} is implausible (a placeholder birth date?); the row is kept`, this.match!.names[index]);
    }
    return { year, month };
  }

  /** Measured skill levels of one row; an empty cell takes the function's profile level when known. */
  private readSkills(
    functionId: string,
    text: (index: number) => string,
    fail: (code: string, index: number, message: string) => void,
  ): { name: string; level: number }[] {
    const levels: { name: string; level: number }[] = [];
    if (this.skillColumns.length === 0) return levels;
    const profile = this.options.functionSkills?.get(functionId);
    for (const s of this.skillColumns) {
      const t = text(s.index);
      if (t === '') {
        if (profile !== undefined) levels.push({ name: s.name, level: profile[s.name] ?? 0 });
        continue;
      }
      const n = parseNumber(t, 'decimal', this.options.decimalComma);
      if (n === undefined) fail('CSV_BAD_NUMBER', s.index, `skill.${s.name} '${t}': expected a proficiency 0–5`);
      else if (n < 0 || n > 5) fail('CSV_OUT_OF_RANGE', s.index, `skill.${s.name} ${t}: expected a proficiency 0–5`);
      else levels.push({ name: s.name, level: n });
    }
    return levels;
  }

  private suggest(functionId: string): string {
    let s = this.suggestions.get(functionId);
    if (s === undefined) {
      s = didYouMean(functionId, this.options.knownFunctions ?? []);
      this.suggestions.set(functionId, s);
    }
    return s;
  }
}

/** Stable order of cells: function, group, birth year and month, contract, end year. */
export function compareCells(a: Cell, b: Cell): number {
  return (
    cmp(a.functionId, b.functionId) ||
    cmp(a.group, b.group) ||
    a.birthYear - b.birthYear ||
    a.birthMonth - b.birthMonth ||
    cmp(a.contract, b.contract) ||
    (a.endYear ?? -1) - (b.endYear ?? -1)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
