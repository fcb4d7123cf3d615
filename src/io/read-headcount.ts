import type { DiagnosticCode } from '../diagnostics/codes.js';
import { checkAge, DEFAULT_FULLTIME_HOURS, ContractsEnded, FteAboveWeek, FteHoursDisagreement, fteOfHours, hoursOutOfRange, MAX_FTE } from './headcount-rules.js';
import { didYouMean, type Checked } from '../diagnostics/diagnostic.js';
import { localNumber, type Hint, type Message } from '../diagnostics/message.js';
import type { Cell, ContractKind, MeasuredSkills, Workforce } from '../domain/workforce.js';
import { compareText } from '../domain/compare-text.js';
import { CsvDiagnostics, type RowRepeat } from './csv/csv-diagnostics.js';
import { excelSerial, FailedCells, hintRepeat, UNIQUE_VALUES_NOT_SHOWN } from './csv/failed-cells.js';
import type { CsvOptions } from './csv/csv-options.js';
import { HEADCOUNT_FILE } from './csv/column-specs.js';
import { IdRegistry } from './csv/id-registry.js';
import { exportOfHeader } from './presets/detect-preset.js';
import { columnLabel, resolveGroupColumn, matchHeaders, type HeaderMatch } from './csv/match-headers.js';
import { dialectNumber, isOpenEndDate, numberExamples, parseDate, parseDatePacked, parseInteger, parseNumber, parseShare, thousandsPointHint } from './csv/parse-values.js';
import { streamCsv } from './csv/stream-csv.js';
import { dictFrom } from '../domain/dict.js';

export interface HeadcountOptions extends CsvOptions {
  /** Horizon start: ages are on 1 January of this year. */
  referenceYear: number;
  /** Hours of a full-time week, to convert hours_per_week to FTE; default 36. */
  fulltimeHours?: number;
  /** Canonical or raw column name whose value goes into Cell.group. */
  groupBy?: string;
  /** When given, an unknown function_id is an error with line and column. */
  knownFunctions?: ReadonlySet<string>;
  /** The functions file's name (functies.csv), for messages about an unknown function. */
  functionsFile?: string;
  /**
   * The functions file's function names by id: an export that names an unknown code's function
   * (AFAS's Functie_omschrijving, Raet's Functie.csv) is told which code that name has there.
   */
  functionNames?: ReadonlyMap<string, string>;
  /** Function profiles' skill levels, the default for an empty measured `skill.<name>` cell. */
  functionSkills?: ReadonlyMap<string, Record<string, number>>;
  /** Called once before the header with the reader's guess of the file's data rows (to size per-row tables). */
  onExpectRows?: (rows: number) => void;
  /** Called with every row that was read without an error (for readers that keep persons, e.g. read-snapshot). */
  onRow?: (row: Readonly<HeadcountRow>) => void;
}

/** One row read without an error, as `onRow` receives it; the object is reused from row to row. */
export interface HeadcountRow {
  /** '' when the file has no employee_id (or the cell is empty). */
  employeeId: string;
  functionId: string;
  birthYear: number;
  birthMonth: number;
  temporary: boolean;
  /** Year a temporary contract ends; -1 when none. */
  endYear: number;
  /** FTE per person. */
  fte: number;
  /** Persons in the row (`count`). */
  count: number;
  line: number;
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


const CONTRACT_KINDS = new Map<string, ContractKind>([
  ['permanent', 'permanent'],
  ['vast', 'permanent'],
  ['onbepaald', 'permanent'],
  ['onbepaalde tijd', 'permanent'],
  ['temporary', 'temporary'],
  ['tijdelijk', 'temporary'],
  ['bepaald', 'temporary'],
  ['bepaalde tijd', 'temporary'],
]);

/** The contract kind of a contract cell ('vast', 'Bepaalde tijd', …), case-insensitive; undefined when unknown. */
export function contractKind(text: string): ContractKind | undefined {
  return CONTRACT_KINDS.get(text.trim().toLowerCase());
}

/**
 * Streams headcount.csv (SPEC §2.3) and folds its rows into cells of function × birth year ×
 * birth month × contract × end year × group (persons and FTE), never keeping the rows themselves;
 * measured skills are accumulated FTE-weighted. Rows with an error are reported and left out.
 */
export async function readHeadcount(path: string, options: HeadcountOptions): Promise<Checked<HeadcountData> & { sha256?: string }> {
  const diagnostics = new CsvDiagnostics(path);
  const folder = new HeadcountFolder(options, diagnostics);
  const result = await streamCsv(path, options, diagnostics, {
    expectRows: (rows) => folder.expectRows(rows),
    header: (names, line, dialect) => folder.header(names, line, dialect),
    row: (fields, line) => folder.row(fields, line),
  });
  folder.finish();
  const value = folder.value();
  value.rows = result.rows;
  return { value, diagnostics: diagnostics.finish(), ...(result.sha256 !== undefined ? { sha256: result.sha256 } : {}) };
}

/** Per-row validation and folding; one instance per file. */
/** Persons one aggregated row may stand for: more than any organisation employs, small enough that totals stay exact (#13). */
const MAX_ROW_COUNT = 1_000_000;

class HeadcountFolder {
  private match: HeaderMatch | undefined;
  /** Cells by function × group pair, packed birth year, month and contract, and end year; sums in typed arrays. */
  private readonly cells = new CellTable();
  /** The function × group pairs in the order first seen (CellTable's first key). */
  private readonly pairs: { functionId: string; group: string }[] = [];
  private readonly functionSlots = new Map<string, FunctionSlot>();
  private values: ValueMemo;
  /** Numbers with a decimal comma: excel-nl's, unless the file is in spp's `,` format (CSV_PRESET_DELIMITER). */
  private decimalComma: boolean;
  // The row being read (fields instead of per-row closures: a million rows allocate nothing here).
  private fields: string[] = [];
  private line = 0;
  private ok = true;
  // Prototype-free: function ids and skill names are user keys (`__proto__` is an ordinary id, #13).
  private readonly measured: MeasuredSkills = Object.create(null) as MeasuredSkills;
  /** Made at the header, sized for the rows the file is expected to hold; dropped once read. */
  private employees: IdRegistry | undefined;
  private expectedRows = 0;
  private readonly suggestions = new Map<string, Message>();
  /** The function_ids not in the functions file, each once. */
  private readonly unknownSlots: FunctionSlot[] = [];
  /** The values of the cells row errors are about, per code and column: those of personnel numbers and birth dates are not shown. */
  private readonly failedCells: FailedCells;
  private readonly fulltime: number;
  private readonly disagree: FteHoursDisagreement;
  private readonly aboveWeek: FteAboveWeek;
  private readonly ended = new ContractsEnded();
  // Field indexes, -1 when the column is absent.
  private col = { id: -1, employee: -1, fte: -1, hours: -1, birthDate: -1, birthYear: -1, age: -1, contract: -1, end: -1, count: -1, group: -1 };
  private skillColumns: { name: string; index: number }[] = [];
  private readonly rowView: HeadcountRow = { employeeId: '', functionId: '', birthYear: 0, birthMonth: 0, temporary: false, endYear: -1, fte: 0, count: 0, line: 0 };

  constructor(
    private readonly options: HeadcountOptions,
    private readonly diagnostics: CsvDiagnostics,
  ) {
    this.fulltime = options.fulltimeHours ?? DEFAULT_FULLTIME_HOURS;
    this.failedCells = new FailedCells(options.referenceYear);
    this.disagree = new FteHoursDisagreement(this.fulltime);
    this.aboveWeek = new FteAboveWeek(this.fulltime);
    this.decimalComma = options.decimalComma ?? false;
    this.values = new ValueMemo(this.decimalComma);
  }

  /** The reader's guess of the file's data rows, before the header. */
  expectRows(rows: number): void {
    this.expectedRows = rows;
    this.options.onExpectRows?.(rows);
  }

  header(names: string[], line: number, dialect: { decimalComma: boolean }): boolean {
    if (dialect.decimalComma !== this.decimalComma) {
      this.decimalComma = dialect.decimalComma;
      this.values = new ValueMemo(this.decimalComma);
    }
    // Read without its preset, an HR-system export gives a row error per appointment: say so first.
    const looksLike = exportOfHeader(names);
    if (looksLike !== undefined) this.diagnostics.notice('CSV_LOOKS_LIKE_EXPORT', line, 0, looksLike.hint);
    const match = matchHeaders(names, line, HEADCOUNT_FILE, this.options, this.diagnostics, this.options.groupBy);
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
    if (this.col.employee >= 0) this.employees = new IdRegistry(this.expectedRows);
    if (this.col.fte < 0 && this.col.hours < 0) {
      match.complete = false;
      this.diagnostics.error(
        'CSV_MISSING_COLUMN',
        line,
        0,
        { en: "the headcount file has neither 'fte' (deeltijdfactor) nor 'hours_per_week' (uren_per_week, uren): expected one of them", nl: "het personeelsbestand heeft geen 'fte' (deeltijdfactor) en geen 'hours_per_week' (uren_per_week, uren): verwacht een van beide" },
        'fte',
      );
    }
    if (this.col.birthDate < 0 && this.col.birthYear < 0 && this.col.age < 0) {
      match.complete = false;
      this.diagnostics.error(
        'CSV_MISSING_COLUMN',
        line,
        0,
        { en: "the headcount file has no 'birth_date' (geboortedatum), 'birth_year' (geboortejaar) or 'age' (leeftijd): expected one of them", nl: "het personeelsbestand heeft geen 'birth_date' (geboortedatum), 'birth_year' (geboortejaar) of 'age' (leeftijd): verwacht een ervan" },
        'birth_date',
      );
    }
    if (this.options.groupBy !== undefined) {
      this.col.group = resolveGroupColumn(this.options.groupBy, match, line, this.diagnostics, { en: 'the headcount file', nl: 'het personeelsbestand' });
    }
    return match.complete;
  }

  row(fields: string[], line: number): void {
    const c = this.col;
    const d = this.diagnostics;
    const ref = this.options.referenceYear;
    this.fields = fields;
    this.line = line;
    this.ok = true;

    const functionId = this.text(c.id);
    let fn: FunctionSlot | undefined;
    if (functionId === '') {
      this.fail('CSV_MISSING_VALUE', c.id, { en: `expected a value in ${this.label(c.id, 'function_id')}; the row is left out`, nl: `verwacht een waarde in ${this.label(c.id, 'function_id')}; de regel wordt overgeslagen` });
    } else {
      fn = this.functionSlot(functionId);
      if (!fn.known) {
        this.fail('CSV_UNKNOWN_FUNCTION', c.id, { en: `${this.label(c.id, 'function_id')} '${functionId}' is not in ${this.functionsFile().en}.${this.suggest(functionId).en}`, nl: `${this.label(c.id, 'function_id')} '${functionId}' staat niet in ${this.functionsFile().nl}.${this.suggest(functionId).nl}` });
        if (fn.rows === undefined) this.unknownSlots.push(fn);
        fn.rows = (fn.rows ?? 0) + 1;
      }
    }

    const employee = this.text(c.employee);
    if (employee !== '') {
      const first = this.employees!.firstLine(employee, line);
      if (first !== undefined) this.fail('CSV_DUPLICATE_ID', c.employee, { en: `this ${this.label(c.employee, 'employee_id')} was already used on line ${first}; expected each employee once (line ${first} and line ${line})`, nl: `dit ${this.label(c.employee, 'employee_id')} staat al op regel ${first}; verwacht elke medewerker één keer (regel ${first} en regel ${line})` });
    }

    // FTE per person: fte wins over hours when both are given.
    let fte = NaN;
    const fteText = this.text(c.fte);
    const hoursText = this.text(c.hours);
    let hours: number | undefined;
    if (hoursText !== '') {
      hours = this.values.number(hoursText);
      if (hours === undefined) {
        const point = thousandsPointHint(hoursText, this.decimalComma);
        this.fail('CSV_BAD_NUMBER', c.hours, { en: `${this.label(c.hours, 'hours_per_week')} '${hoursText}': expected hours, e.g. 32 or 32,5${point.en}`, nl: `${this.label(c.hours, 'hours_per_week')} '${hoursText}': verwacht een aantal uren, bijvoorbeeld 32 of 32,5${point.nl}` }, this.repeat(c.hours, 'hours_per_week', point));
      } else if (fteText === '' && fteOfHours(hours, this.fulltime) === undefined) {
        const range = hoursOutOfRange(hoursText, this.fulltime, this.decimalComma, this.label(c.hours, 'hours_per_week'));
        const point = thousandsPointHint(hoursText, this.decimalComma);
        this.fail('CSV_OUT_OF_RANGE', c.hours, { en: range.en + point.en, nl: range.nl + point.nl }, this.repeat(c.hours, 'hours_per_week', point));
      }
    }
    if (fteText !== '') {
      const share = this.values.share(fteText);
      if (share === undefined || !(share > 0 && share <= MAX_FTE)) {
        // excel-nl: a point groups thousands (0.667 is no number, 1.250 is 1250); the message says so.
        const point = thousandsPointHint(fteText, this.decimalComma);
        if (share === undefined) this.fail('CSV_BAD_NUMBER', c.fte, { en: `${this.label(c.fte, 'fte')} '${fteText}': expected a part-time factor like ${numberExamples(0.8, this.decimalComma === true).en} or 80%${point.en}`, nl: `${this.label(c.fte, 'fte')} '${fteText}': verwacht een deeltijdfactor zoals ${numberExamples(0.8, this.decimalComma === true).nl} (of een percentage zoals 80%)${point.nl}` }, this.repeat(c.fte, 'fte', point));
        else this.fail('CSV_OUT_OF_RANGE', c.fte, { en: `${this.label(c.fte, 'fte')} ${fteText}: expected more than 0 and at most ${dialectNumber(MAX_FTE, this.decimalComma === true)} per person${point.en}`, nl: `${this.label(c.fte, 'fte')} ${fteText}: verwacht meer dan 0 en ten hoogste ${localNumber(MAX_FTE, 'nl')} per persoon${point.nl}` }, this.repeat(c.fte, 'fte', point));
      } else {
        fte = share;
        if (hours !== undefined) this.disagree.check(fte, hours, line, c.hours + 1, fteText, hoursText);
        this.aboveWeek.check(fte, line, c.fte + 1, this.label(c.fte, 'fte'), fteText);
      }
    } else if (hours !== undefined && fteOfHours(hours, this.fulltime) !== undefined) {
      fte = fteOfHours(hours, this.fulltime)!;
      this.aboveWeek.check(fte, line, c.hours + 1, this.label(c.hours, 'hours_per_week'), hoursText);
    } else if (hoursText === '') {
      this.fail('CSV_MISSING_VALUE', c.fte >= 0 ? c.fte : c.hours, { en: 'expected fte or hours_per_week; the row is left out', nl: 'verwacht fte of hours_per_week; de regel wordt overgeslagen' });
    }

    const birth = this.readBirth();

    let temporary = false;
    /** The contract kind could not be read (its error said so): an end date is then no sign of a misread permanent contract. */
    let contractUnknown = false;
    const contractText = this.text(c.contract);
    if (contractText !== '') {
      const kind = this.values.contract(contractText);
      contractUnknown = kind === undefined;
      if (kind === undefined) this.fail('CSV_BAD_CONTRACT', c.contract, { en: `${this.label(c.contract, 'contract')} '${contractText}': expected permanent, vast, temporary or tijdelijk`, nl: `${this.label(c.contract, 'contract')} '${contractText}': verwacht vast, tijdelijk, permanent of temporary` });
      else temporary = kind === 'temporary';
    }

    /** -1: none. */
    let endYear = -1;
    const endText = this.text(c.end);
    const year = endText === '' ? null : this.values.endYear(endText);
    // null: no end date, or one that means "no end" (99991231, 9999-12-31), read as an empty cell (#13 class 7).
    if (year !== null) {
      if (year === undefined) {
        this.fail('CSV_BAD_DATE', c.end, { en: `${this.label(c.end, 'contract_end')} '${endText}': expected a real date as YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY or yyyyMMdd${excelSerial(endText).en}`, nl: `${this.label(c.end, 'contract_end')} '${endText}': verwacht een bestaande datum als JJJJ-MM-DD, DD-MM-JJJJ, DD/MM/JJJJ of JJJJMMDD${excelSerial(endText).nl}` }, this.repeat(c.end, 'contract_end', excelSerial(endText)));
      } else if (!temporary && !contractUnknown) {
        d.warning('CSV_END_DATE_PERMANENT', line, c.end + 1, { en: `${this.label(c.end, 'contract_end')} ${endText} on a permanent contract is ignored (only temporary contracts end); is the contract 'tijdelijk'?`, nl: `${this.label(c.end, 'contract_end')} ${endText} bij een vast contract wordt genegeerd (alleen tijdelijke contracten eindigen); is het contract 'tijdelijk'?` }, this.match!.names[c.end]);
      } else if (year < ref) {
        this.ended.check(line, c.end + 1, endText);
        endYear = ref;
      } else {
        endYear = year;
      }
    }

    let count = 1;
    const countText = this.text(c.count);
    if (countText !== '') {
      const n = parseInteger(countText, this.decimalComma);
      if (n === undefined || n < 1 || n > MAX_ROW_COUNT) {
        this.fail(n === undefined ? 'CSV_BAD_NUMBER' : 'CSV_OUT_OF_RANGE', c.count, { en: `${this.label(c.count, 'count')} '${countText}': expected a whole number of persons, 1 to ${MAX_ROW_COUNT.toLocaleString('en-US')}`, nl: `${this.label(c.count, 'count')} '${countText}': verwacht een geheel aantal personen, 1 tot en met ${MAX_ROW_COUNT.toLocaleString('nl-NL')}` });
      }
      else count = n;
    }

    const skills = this.skillColumns.length === 0 ? NO_SKILLS : this.readSkills(functionId);
    if (!this.ok || birth < 0) return;

    const group = c.group < 0 ? '' : this.text(c.group);
    const cell = this.cells.index(this.groupSlot(fn!, group), birth * 2 + (temporary ? 1 : 0), endYear);
    const rowFte = count * fte;
    if (this.options.onRow !== undefined) {
      const r = this.rowView;
      r.employeeId = employee;
      r.functionId = functionId;
      r.birthYear = birth >> 4;
      r.birthMonth = birth & 15;
      r.temporary = temporary;
      r.endYear = endYear;
      r.fte = fte;
      r.count = count;
      r.line = line;
      this.options.onRow(r);
    }
    const table = this.cells;
    table.persons[cell] = table.persons[cell]! + count;
    table.fte[cell] = table.fte[cell]! + rowFte;
    if (skills.length > 0) {
      const byFunction = (this.measured[functionId] ??= Object.create(null) as NonNullable<MeasuredSkills[string]>);
      for (const s of skills) {
        const m = (byFunction[s.name] ??= { fte: 0, sum: 0 });
        m.fte += rowFte;
        m.sum += rowFte * s.level;
      }
    }
  }

  /** The trimmed text of a field of the current row; '' when the column is absent. */
  private text(index: number): string {
    return index < 0 ? '' : this.fields[index]!.trim();
  }

  /** Reports an error in the current row (which is then left out); `repeat` when its message ends with a hint. */
  private fail(code: DiagnosticCode, index: number, message: Message, repeat?: RowRepeat): void {
    this.ok = false;
    this.diagnostics.error(code, this.line, index + 1, message, this.match!.names[index], repeat);
    if (code !== 'CSV_UNKNOWN_FUNCTION') this.noteFailedCell(code, index);
  }

  /** How a row error about column `index` whose message ends with `hint` is said on a later row (none without a hint). */
  private repeat(index: number, internal: string, hint: Hint): RowRepeat | undefined {
    return hintRepeat(this.label(index, internal), this.text(index), hint);
  }

  /** Remembers the value of a cell a row error is about, to tell a column of personnel numbers or birth dates (FailedCells). */
  private noteFailedCell(code: DiagnosticCode, index: number): void {
    const dateColumn = index === this.col.birthDate ? 'birth_date' : index === this.col.end ? 'contract_end' : undefined;
    this.failedCells.note(code, index, this.text(index), this.line, dateColumn);
  }

  /** The slot of a function_id seen in the file (whether it is known is looked up once). */
  private functionSlot(functionId: string): FunctionSlot {
    let slot = this.functionSlots.get(functionId);
    if (slot === undefined) {
      const known = this.options.knownFunctions === undefined || this.options.knownFunctions.has(functionId);
      slot = { functionId, known, groups: new Map() };
      this.functionSlots.set(functionId, slot);
    }
    return slot;
  }

  /** The index of a function × group pair, numbering pairs as they are first seen. */
  private groupSlot(fn: FunctionSlot, group: string): number {
    let index = fn.groups.get(group);
    if (index === undefined) {
      index = this.pairs.length;
      this.pairs.push({ functionId: fn.functionId, group });
      fn.groups.set(group, index);
    }
    return index;
  }

  finish(): void {
    this.hideUnknownFunctions();
    this.failedCells.hide(this.diagnostics);
    this.employees = undefined; // its tens of MB can go before the cells are built
    this.disagree.report(this.diagnostics, this.label(this.col.fte, 'fte'), this.label(this.col.hours, 'hours_per_week'));
    this.aboveWeek.report(this.diagnostics);
    this.ended.report(this.diagnostics, this.options.referenceYear, this.label(this.col.end, 'contract_end'), this.match?.names[this.col.end]);
  }

  value(): HeadcountData {
    const table = this.cells;
    const order = cellOrder(table, this.pairs);
    const cells: Cell[] = [];
    let persons = 0;
    let fte = 0;
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      const pair = this.pairs[table.keyA[i]!]!;
      const packed = table.keyB[i]!;
      const end = table.keyC[i]!;
      const birth = packed >> 1;
      const count = table.persons[i]!;
      // Small integers as such (`| 0`, same value): V8 then keeps the cell's number fields unboxed
      // (~30 bytes less per cell, ~8 MB at a million rows); fte is a fraction and stays a boxed double.
      const cell: Cell = {
        functionId: pair.functionId,
        birthYear: birth >> 4,
        birthMonth: birth & 15,
        contract: (packed & 1) === 1 ? 'temporary' : 'permanent',
        endYear: end < 0 ? null : end,
        group: pair.group,
        persons: count < 0x40000000 ? count | 0 : count,
        fte: table.fte[i]!,
      };
      cells.push(cell);
      // Summed in the cells' order, as sortCells does.
      persons += cell.persons;
      fte += cell.fte;
    }
    const measuredSkills: MeasuredSkills = Object.create(null) as MeasuredSkills;
    for (const id of Object.keys(this.measured).sort()) {
      const bySkill = this.measured[id]!;
      measuredSkills[id] = dictFrom(Object.keys(bySkill).sort().map((s) => [s, bySkill[s]!]));
    }
    return { cells, measuredSkills, rows: 0, persons, fte, extraColumns: this.match?.unknown.map((u) => u.name) ?? [] };
  }

  /** Birth year × 16 + month (7 when only a year or an age is known, SPEC §3), checked against the reference year; -1 when the row has an error there. */
  private readBirth(): number {
    const c = this.col;
    const ref = this.options.referenceYear;
    let year: number;
    let month = 7;
    let age: number;
    let index: number;
    const dateText = this.text(c.birthDate);
    const yearText = this.text(c.birthYear);
    const ageText = this.text(c.age);
    if (dateText !== '') {
      index = c.birthDate;
      const date = parseDatePacked(dateText);
      if (date < 0) {
        this.fail('CSV_BAD_DATE', index, { en: `${this.label(index, 'birth_date')} '${dateText}': expected a real date as YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY or yyyyMMdd${excelSerial(dateText).en}`, nl: `${this.label(index, 'birth_date')} '${dateText}': verwacht een bestaande datum als JJJJ-MM-DD, DD-MM-JJJJ, DD/MM/JJJJ of JJJJMMDD${excelSerial(dateText).nl}` }, this.repeat(index, 'birth_date', excelSerial(dateText)));
        return -1;
      }
      // Packed as year × 512 + month × 32 + day: 1 January of a year is year × 512 + 33.
      year = date >> 9;
      month = (date >> 5) & 15;
      if (date > ref * 512 + 33) {
        this.fail('CSV_AGE_OUT_OF_RANGE', index, { en: `${this.label(index, 'birth_date')} ${dateText} is after 1 January ${ref}, the reference year's start`, nl: `${this.label(index, 'birth_date')} ${dateText} ligt na 1 januari ${ref}, het begin van het peiljaar` });
        return -1;
      }
      age = ref - year - (date === year * 512 + 33 ? 0 : 1);
    } else if (yearText !== '') {
      index = c.birthYear;
      const n = parseInteger(yearText, this.decimalComma);
      if (n === undefined || n < 1800 || n > 9999) {
        this.fail('CSV_BAD_NUMBER', index, { en: `${this.label(index, 'birth_year')} '${yearText}': expected a year like 1975`, nl: `${this.label(index, 'birth_year')} '${yearText}': verwacht een jaartal zoals 1975` });
        return -1;
      }
      year = n;
      age = ref - year - 1;
    } else if (ageText !== '') {
      index = c.age;
      const n = parseInteger(ageText, this.decimalComma);
      if (n === undefined || n < 0 || n > 200) {
        this.fail('CSV_BAD_NUMBER', index, { en: `${this.label(index, 'age')} '${ageText}': expected completed years on 1 January ${ref}, e.g. 47`, nl: `${this.label(index, 'age')} '${ageText}': verwacht de leeftijd in hele jaren op 1 januari ${ref}, bijvoorbeeld 47` });
        return -1;
      }
      age = n;
      year = ref - age - 1;
    } else {
      const first = [c.birthDate, c.birthYear, c.age].find((i) => i >= 0) ?? -1;
      this.fail('CSV_MISSING_VALUE', first, { en: 'expected birth_date, birth_year or age; the row is left out', nl: 'verwacht birth_date, birth_year of age; de regel wordt overgeslagen' });
      return -1;
    }
    const problem = checkAge(age, ref);
    if (problem?.code === 'CSV_AGE_OUT_OF_RANGE') {
      this.fail(problem.code, index, problem.message);
      return -1;
    }
    if (problem) this.diagnostics.warning(problem.code, this.line, index + 1, { en: `${problem.message.en}; the row is kept`, nl: `${problem.message.nl}; de regel blijft staan` }, this.match!.names[index]);
    return year * 16 + month;
  }

  /** Measured skill levels of one row; an empty cell takes the function's profile level when known. */
  private readSkills(functionId: string): { name: string; level: number }[] {
    const levels: { name: string; level: number }[] = [];
    const profile = this.options.functionSkills?.get(functionId);
    for (const s of this.skillColumns) {
      const t = this.text(s.index);
      if (t === '') {
        if (profile !== undefined) levels.push({ name: s.name, level: profile[s.name] ?? 0 });
        continue;
      }
      const n = parseNumber(t, 'decimal', this.decimalComma);
      if (n === undefined) this.fail('CSV_BAD_NUMBER', s.index, { en: `${this.label(s.index, `skill.${s.name}`)} '${t}': expected a proficiency 0–5`, nl: `${this.label(s.index, `skill.${s.name}`)} '${t}': verwacht een vaardigheidsniveau van 0 tot en met 5` });
      else if (n < 0 || n > 5) this.fail('CSV_OUT_OF_RANGE', s.index, { en: `${this.label(s.index, `skill.${s.name}`)} ${t}: expected a proficiency 0–5`, nl: `${this.label(s.index, `skill.${s.name}`)} ${t}: verwacht een vaardigheidsniveau van 0 tot en met 5` });
      else levels.push({ name: s.name, level: n });
    }
    return levels;
  }

  /** Column `index` as the file's header writes it, spp's name in brackets when that differs. */
  private label(index: number, internal: string): string {
    return columnLabel(this.match, index, internal);
  }

  /** The functions file as messages name it: its file name when known. */
  private functionsFile(): Message {
    const file = this.options.functionsFile;
    return file === undefined ? { en: 'the functions file', nl: 'het functiebestand' } : { en: `the functions file ${file}`, nl: `het functiebestand ${file}` };
  }

  /**
   * When the unknown function codes differ on every row, and there are at least UNIQUE_VALUES_NOT_SHOWN
   * of them, the column holds something else than function codes — personnel numbers, in an export
   * whose columns were swapped or with a column map pointing at the wrong one — and the row messages
   * are said again without them (they said "function_id 'P001' is not in functions.csv").
   */
  private hideUnknownFunctions(): void {
    const slots = this.unknownSlots;
    if (slots.length < UNIQUE_VALUES_NOT_SHOWN || slots.some((slot) => slot.rows !== 1)) return;
    const label = this.label(this.col.id, 'function_id');
    const file = this.functionsFile();
    this.diagnostics.reword('CSV_UNKNOWN_FUNCTION', {
      en: `${label} of this row is not in ${file.en}: like all ${slots.length} unknown values of this column, it is on one row only, as a personnel number is, so none is shown. Does ${label} name the column of function codes?`,
      nl: `${label} van deze regel staat niet in ${file.nl}: net als alle ${slots.length} onbekende waarden in deze kolom staat hij op één regel, zoals een personeelsnummer, dus geen ervan wordt getoond. Wijst ${label} de kolom met functiecodes aan?`,
    }, (first) => ({
      en: `${label} of this row is not in ${file.en}: same as line ${first} (a value on one row only, as a personnel number; not shown)`,
      nl: `${label} van deze regel staat niet in ${file.nl}: hetzelfde als regel ${first} (een waarde op één regel, zoals een personeelsnummer; niet getoond)`,
    }));
  }

  private suggest(functionId: string): Message {
    let s = this.suggestions.get(functionId);
    if (s === undefined) {
      s = didYouMean(functionId, this.options.knownFunctions ?? []);
      this.suggestions.set(functionId, s);
    }
    return s;
  }
}

const NO_SKILLS: { name: string; level: number }[] = [];

interface FunctionSlot {
  functionId: string;
  /** In the functions file (or no functions file to check against). */
  known: boolean;
  /** Rows with this code, counted for an unknown one only. */
  rows?: number;
  /** Group → function × group pair index. */
  groups: Map<string, number>;
}

/** Distinct cell texts remembered per parser; beyond this, values are parsed without memo (memory stays bounded). */
const MEMO_LIMIT = 50_000;

/**
 * Parsed values by their cell text. A headcount repeats the same few hundred fte values and contract
 * words a million times; looking the text up costs less than parsing it again. Results are exactly
 * what the parse functions return. Birth dates are parsed, not looked up: a sector's tens of
 * thousands of them made the map's lookups miss the processor's cache on nearly every row (1,000,000
 * rows: ~0.8 s for the lookups against ~0.1 s to parse each date again).
 */
class ValueMemo {
  private readonly shares = new Map<string, number | undefined>();
  private readonly numbers = new Map<string, number | undefined>();
  private readonly endYears = new Map<string, number | null | undefined>();
  private readonly contracts = new Map<string, ContractKind | undefined>();

  constructor(private readonly decimalComma: boolean) {}

  /** parseShare(text).value. */
  share(text: string): number | undefined {
    return memo(this.shares, text, (t) => parseShare(t, this.decimalComma)?.value);
  }

  /** parseNumber(text, 'decimal'). */
  number(text: string): number | undefined {
    return memo(this.numbers, text, (t) => parseNumber(t, 'decimal', this.decimalComma));
  }

  /** The year of a contract_end cell: 4 digits, or a date's year; null for a date meaning "no end". */
  endYear(text: string): number | null | undefined {
    return memo(this.endYears, text, (t) => (isOpenEndDate(t) ? null : isFourDigits(t) ? Number(t) : parseDate(t)?.year));
  }

  /** The contract kind of a (trimmed) contract cell. */
  contract(text: string): ContractKind | undefined {
    return memo(this.contracts, text, (t) => CONTRACT_KINDS.get(t.toLowerCase()));
  }
}

function memo<T>(map: Map<string, T>, text: string, parse: (text: string) => T): T {
  const hit = map.get(text);
  if (hit !== undefined || map.has(text)) return hit as T;
  const value = parse(text);
  if (map.size < MEMO_LIMIT) map.set(text, value);
  return value;
}

/** /^\d{4}$/ without a regular expression. */
function isFourDigits(text: string): boolean {
  if (text.length !== 4) return false;
  for (let i = 0; i < 4; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Cells keyed by three integers (function × group pair, packed birth and contract, end year or -1)
 * in an open-addressing table, with the persons and FTE sums in typed arrays: no key string, Map
 * entry or boxed number per row. Sums are added in row order, as with objects. Each slot holds its
 * cell's keys beside the cell's index, so a lookup among a sector's 265,000 cells reads one place in
 * memory, not four (1,000,000 rows, profiled: the lookups 0.56 s → ~0.2 s).
 */
class CellTable {
  /** Cells in the order first seen: their keys and sums. */
  size = 0;
  keyA = new Int32Array(1024);
  keyB = new Int32Array(1024);
  keyC = new Int32Array(1024);
  persons = new Float64Array(1024);
  fte = new Float64Array(1024);
  /** SLOT ints per slot: cell index + 1 (0: empty), then the cell's three keys. */
  private slots = new Int32Array(2048 * SLOT);

  /** The index of the cell with these keys, added (with zero sums) when new. */
  index(a: number, b: number, c: number): number {
    const slots = this.slots;
    const mask = slots.length / SLOT - 1;
    for (let slot = hash3(a, b, c) & mask; ; slot = (slot + 1) & mask) {
      const at = slot * SLOT;
      const cell = slots[at]!;
      if (cell === 0) break;
      if (slots[at + 1] === a && slots[at + 2] === b && slots[at + 3] === c) return cell - 1;
    }
    return this.add(a, b, c);
  }

  private add(a: number, b: number, c: number): number {
    const i = this.size++;
    if (i === this.keyA.length) this.growCells();
    this.keyA[i] = a;
    this.keyB[i] = b;
    this.keyC[i] = c;
    // At most 3/4 full: a sector's 265,000 cells fit 524,288 slots (8 MB), not twice as many.
    if (this.size * 4 > (this.slots.length / SLOT) * 3) this.rehash((this.slots.length / SLOT) * 2);
    else this.place(i);
    return i;
  }

  private place(i: number): void {
    const slots = this.slots;
    const mask = slots.length / SLOT - 1;
    const a = this.keyA[i]!;
    const b = this.keyB[i]!;
    const c = this.keyC[i]!;
    let slot = hash3(a, b, c) & mask;
    while (slots[slot * SLOT] !== 0) slot = (slot + 1) & mask;
    const at = slot * SLOT;
    slots[at] = i + 1;
    slots[at + 1] = a;
    slots[at + 2] = b;
    slots[at + 3] = c;
  }

  private rehash(capacity: number): void {
    this.slots = new Int32Array(capacity * SLOT);
    for (let i = 0; i < this.size; i++) this.place(i);
  }

  private growCells(): void {
    const grow = <T extends Int32Array | Float64Array>(old: T): T => {
      const bigger = new (old.constructor as new (n: number) => T)(Math.ceil(old.length * 1.5));
      bigger.set(old);
      return bigger;
    };
    this.keyA = grow(this.keyA);
    this.keyB = grow(this.keyB);
    this.keyC = grow(this.keyC);
    this.persons = grow(this.persons);
    this.fte = grow(this.fte);
  }
}

/** Ints per slot of CellTable: the cell index + 1 and its three keys (16 bytes: a slot never straddles two cache lines). */
const SLOT = 4;

function hash3(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h;
}

/**
 * The table's cell indexes in the cells' stable order (compareCells: function, group, birth year and
 * month, contract, end year) without comparing a string per pair of cells: the function × group
 * pairs are ranked once, and each cell's keys packed into one number that sorts natively (rank
 * × 2³³ + birth × 2¹⁵ + contract × 2¹⁴ + end year + 1, exact below 2⁵³). Keys beyond those bits
 * (over a million pairs, a year past 9999) take the comparator instead; the order is the same.
 */
function cellOrder(table: CellTable, pairs: readonly { functionId: string; group: string }[]): Int32Array {
  const byRank = pairs.map((_, i) => i).sort((x, y) => compareText(pairs[x]!.functionId, pairs[y]!.functionId) || compareText(pairs[x]!.group, pairs[y]!.group));
  const rank = new Int32Array(pairs.length);
  byRank.forEach((pair, r) => (rank[pair] = r));
  const order = new Int32Array(table.size);
  const keys = new Float64Array(table.size);
  let packable = pairs.length <= PACK_PAIRS;
  for (let i = 0; i < table.size && packable; i++) {
    const packed = table.keyB[i]!;
    const end = table.keyC[i]! + 1;
    if (packed < 0 || packed >= PACK_BIRTH || end < 0 || end >= PACK_END) packable = false;
    keys[i] = (rank[table.keyA[i]!]! * PACK_BIRTH + packed) * PACK_END + end;
  }
  if (packable) {
    keys.sort();
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const end = key % PACK_END;
      const rest = (key - end) / PACK_END;
      const packed = rest % PACK_BIRTH;
      order[k] = table.index(byRank[(rest - packed) / PACK_BIRTH]!, packed, end - 1);
    }
    return order;
  }
  const indexes = Array.from({ length: table.size }, (_, i) => i);
  indexes.sort((x, y) => rank[table.keyA[x]!]! - rank[table.keyA[y]!]! || table.keyB[x]! - table.keyB[y]! || table.keyC[x]! - table.keyC[y]!);
  order.set(indexes);
  return order;
}

/** Bits of cellOrder's packed key: function × group rank (2²⁰), birth × 2 + contract (2¹⁹), end year + 1 (2¹⁴). */
const PACK_PAIRS = 2 ** 20;
const PACK_BIRTH = 2 ** 19;
const PACK_END = 2 ** 14;

/** Sorts cells into their stable order (in place) and returns their total persons and FTE. */
export function sortCells(cells: Cell[]): { persons: number; fte: number } {
  cells.sort(compareCells);
  let persons = 0;
  let fte = 0;
  for (const cell of cells) {
    persons += cell.persons;
    fte += cell.fte;
  }
  return { persons, fte };
}

/** Stable order of cells: function, group, birth year and month, contract, end year. */
function compareCells(a: Cell, b: Cell): number {
  return (
    compareText(a.functionId, b.functionId) ||
    compareText(a.group, b.group) ||
    a.birthYear - b.birthYear ||
    a.birthMonth - b.birthMonth ||
    compareText(a.contract, b.contract) ||
    (a.endYear ?? -1) - (b.endYear ?? -1)
  );
}
