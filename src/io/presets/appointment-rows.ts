import { basename } from 'node:path';
import type { DiagnosticCode } from '../../diagnostics/codes.js';
import { localNumber, type Message } from '../../diagnostics/message.js';
import { didYouMean } from '../../diagnostics/diagnostic.js';
import type { ContractKind } from '../../domain/workforce.js';
import type { CsvDiagnostics, RowRepeat } from '../csv/csv-diagnostics.js';
import { excelSerial, FailedCells, hintRepeat, UNIQUE_VALUES_NOT_SHOWN } from '../csv/failed-cells.js';
import { MAX_PER_CODE } from '../csv/csv-diagnostics.js';
import { columnLabel, resolveGroupColumn, type HeaderMatch } from '../csv/match-headers.js';
import { normalizeHeader } from '../csv/column-specs.js';
import { dialectNumber, numberExamples, parseDate, parseNumber, parseShare } from '../csv/parse-values.js';
import { contractKind, type HeadcountOptions } from '../read-headcount.js';
import { AppointmentFolder, compareToNewYear, NotCountedTally, parseEndDate, parseFlag } from './fold-appointments.js';

import { DEFAULT_FULLTIME_HOURS, FteAboveWeek, FteHoursDisagreement, fteOfHours, hoursOutOfRange, MAX_FTE } from '../headcount-rules.js';

/** A column with the contract's description ([Omschrijving soort contract]) beside a coded [Soort contract]; -1 when none. */
function contractDescriptionColumn(match: HeaderMatch): number {
  const found = match.unknown.find((u) => {
    const h = normalizeHeader(u.name);
    return h.includes('contract') && (h.includes('omschrijving') || h.includes('description') || h.includes('oms'));
  });
  return found?.index ?? -1;
}

/** Unknown function codes remembered to tell personnel numbers from codes; beyond it, more are not told apart (memory stays bounded). */
const UNKNOWN_TRACKED = 100_000;

/** Where a birth comes from: the row itself (AFAS) or a person file (Raet), looked up by the caller; `repeat` for an error whose message ends with a hint. */
export type BirthOf = (person: string, fields: string[], line: number, fail: (code: DiagnosticCode, index: number, message: Message, repeat?: RowRepeat) => void) => { year: number; month: number } | undefined;

/**
 * Reads appointment rows (one per person × function × period) of an HR-system export: checks each
 * value with its line and column, counts only appointments running on 1 January of the reference
 * year, and folds them into an AppointmentFolder. Shared by the raet-hrcore and afas presets.
 */
export class AppointmentRows {
  readonly folder = new AppointmentFolder();
  readonly tally = new NotCountedTally();
  private match: HeaderMatch | undefined;
  private col = { person: -1, functionId: -1, functionName: -1, fte: -1, hours: -1, start: -1, end: -1, contract: -1, contractText: -1, contractEnd: -1, birth: -1, main: -1, group: -1 };
  private readonly fulltime: number;
  private readonly disagree: FteHoursDisagreement;
  /** Appointments of more than a working week (CSV_FTE_ABOVE_WEEK), warned about once, as in a plain headcount. */
  private readonly aboveWeek: FteAboveWeek;
  /** The values of the cells row errors are about: those of a column of personnel numbers or birth dates are not shown (as in a plain headcount). */
  private readonly failedCells: FailedCells;
  private readonly warnedCodes = new Set<string>();
  private readonly suggestions = new Map<string, Message>();
  /**
   * Unknown function codes, each with the employee of its first row (at most UNKNOWN_TRACKED), and
   * whether one came back with another employee: values that each belong to one employee are
   * personnel numbers in the function column, and are not shown (hideUnknownFunctions).
   */
  private readonly unknownFunctions = new Map<string, string>();
  private unknownShared = false;
  /** Lines of those rows' messages (the first MAX_PER_CODE: no more are kept). */
  private readonly unknownLines = new Set<number>();
  /** The functions file's codes by normalised name; null for a name two functions share. */
  private byName: Map<string, string | null> | undefined;

  constructor(
    private readonly options: HeadcountOptions,
    private readonly diagnostics: CsvDiagnostics,
    private readonly birthOf: BirthOf,
    /** Function names from the export's own function list (Raet Functie.csv), when there is one. */
    private readonly exportFunctions?: { file: string; names: ReadonlyMap<string, string> },
    /**
     * True when the appointments are in the file the export is named by (AFAS: one CSV), so a
     * person's line (their main appointment's) can locate messages about them; a Raet export is
     * named by its folder, and its persons keep line 0.
     */
    private readonly personLines = false,
  ) {
    this.fulltime = options.fulltimeHours ?? DEFAULT_FULLTIME_HOURS;
    this.disagree = new FteHoursDisagreement(this.fulltime);
    this.aboveWeek = new FteAboveWeek(this.fulltime);
    this.failedCells = new FailedCells(options.referenceYear);
  }

  /** Takes the header match; false (with an error) when rows cannot be read. */
  header(match: HeaderMatch, line: number): boolean {
    this.match = match;
    const at = (canonical: string): number => match.index.get(canonical) ?? -1;
    this.col = {
      person: at('employee_id'),
      functionId: at('function_id'),
      functionName: at('function_name'),
      fte: at('fte'),
      hours: at('hours_per_week'),
      start: at('start_date'),
      end: at('end_date'),
      contract: at('contract'),
      contractText: at('contract_description') >= 0 ? at('contract_description') : contractDescriptionColumn(match),
      contractEnd: at('contract_end'),
      birth: at('birth_date'),
      main: at('main'),
      group: -1,
    };
    if (this.col.fte < 0 && this.col.hours < 0) {
      match.complete = false;
      this.diagnostics.error('CSV_MISSING_COLUMN', line, 0, { en: "the export has neither 'FTE' nor 'Uren_per_week': expected one of them", nl: "de export heeft geen 'FTE' en geen 'Uren_per_week': verwacht een van beide" }, 'fte');
    }
    if (this.options.groupBy !== undefined) {
      // --by reads the appointment rows only (a person's file, as Raet's Medewerker.csv, has names and birth dates).
      const file = basename(this.diagnostics.file);
      this.col.group = resolveGroupColumn(this.options.groupBy, match, line, this.diagnostics, { en: `${file}, the file of the export --by groups by,`, nl: `${file}, het bestand van de export waarop --by groepeert,` });
    }
    return match.complete;
  }

  row(fields: string[], line: number): void {
    const c = this.col;
    const names = this.match!.names;
    const d = this.diagnostics;
    const ref = this.options.referenceYear;
    const dc = this.options.decimalComma;
    let ok = true;
    const text = (index: number): string => (index < 0 ? '' : fields[index]!.trim());
    const fail = (code: DiagnosticCode, index: number, message: Message, repeat?: RowRepeat): void => {
      ok = false;
      d.error(code, line, index + 1, message, names[index], repeat);
      // An unknown function code or person is said without its value (or said again once personnel numbers are seen in it).
      if (code !== 'CSV_UNKNOWN_FUNCTION' && code !== 'CSV_UNKNOWN_PERSON') this.failedCells.note(code, index, text(index), line, index === c.birth ? 'birth_date' : index === c.contractEnd ? 'contract_end' : undefined);
    };
    // A message names a column as the export's header writes it, spp's name in brackets when that differs.
    const label = (index: number, internal: string): string => columnLabel(this.match, index, internal);

    // 1. Does the appointment run on 1 January? Rows that do not are not checked further.
    const startText = text(c.start);
    if (startText === '') return fail('CSV_MISSING_VALUE', c.start, { en: `expected a start date (${names[c.start]}); the row is left out`, nl: `verwacht een begindatum (${names[c.start]}); de regel wordt overgeslagen` });
    const start = parseDate(startText);
    if (start === undefined) {
      const serial = excelSerial(startText);
      return fail('CSV_BAD_DATE', c.start, { en: `${label(c.start, 'start_date')} '${startText}': expected a real date as yyyyMMdd, YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY${serial.en}`, nl: `${label(c.start, 'start_date')} '${startText}': verwacht een bestaande datum als JJJJMMDD, JJJJ-MM-DD, DD-MM-JJJJ of DD/MM/JJJJ${serial.nl}` }, hintRepeat(label(c.start, 'start_date'), startText, serial));
    }
    const endText = text(c.end);
    const end = parseEndDate(endText);
    if (end === undefined) {
      const serial = excelSerial(endText);
      return fail('CSV_BAD_DATE', c.end, { en: `${label(c.end, 'end_date')} '${endText}': expected a real date as yyyyMMdd, YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY, or empty when open${serial.en}`, nl: `${label(c.end, 'end_date')} '${endText}': verwacht een bestaande datum als JJJJMMDD, JJJJ-MM-DD, DD-MM-JJJJ of DD/MM/JJJJ, of leeg als de aanstelling doorloopt${serial.nl}` }, hintRepeat(label(c.end, 'end_date'), endText, serial));
    }
    if (compareToNewYear(start, ref) > 0) return this.tally.futureAt(line);
    if (end !== null && compareToNewYear(end, ref) < 0) return this.tally.endedAt(line);

    const person = text(c.person);
    if (person === '') fail('CSV_MISSING_VALUE', c.person, { en: `expected an employee number (${label(c.person, 'employee_id')}); the row is left out`, nl: `verwacht een personeelsnummer (${label(c.person, 'employee_id')}); de regel wordt overgeslagen` });

    const functionId = text(c.functionId);
    if (functionId === '') {
      fail('CSV_MISSING_VALUE', c.functionId, { en: `expected a function code (${label(c.functionId, 'function_id')}); the row is left out`, nl: `verwacht een functiecode (${label(c.functionId, 'function_id')}); de regel wordt overgeslagen` });
    } else {
      const exportName = this.exportFunctions?.names.get(functionId) ?? (c.functionName >= 0 ? text(c.functionName) : '');
      // The employee column holds a function code and the function column something else: the two
      // columns are swapped (in the export's header or a column map), and what stands in the function
      // column is a personnel number, which no message may print (README, "Privacy in every output").
      const known = this.options.knownFunctions;
      const swapped = known !== undefined && person !== '' && known.has(person) && !known.has(functionId);
      if (swapped) {
        fail('CSV_UNKNOWN_FUNCTION', c.functionId, {
          en: `${label(c.functionId, 'function_id')} holds no function code here (its value is not shown: it is probably a personnel number), while ${label(c.person, 'employee_id')} holds the function code '${person}': are the two columns swapped?`,
          nl: `${label(c.functionId, 'function_id')} bevat hier geen functiecode (de waarde wordt niet getoond: waarschijnlijk een personeelsnummer), terwijl ${label(c.person, 'employee_id')} de functiecode '${person}' bevat: zijn de twee kolommen verwisseld?`,
        }, {
          label: label(c.functionId, 'function_id'),
          value: '',
          gist: { en: 'no function code but probably a personnel number, not shown: are the columns swapped?', nl: 'geen functiecode maar waarschijnlijk een personeelsnummer, niet getoond: zijn de kolommen verwisseld?' },
        });
      } else if (this.exportFunctions !== undefined && !this.exportFunctions.names.has(functionId) && !this.warnedCodes.has(functionId)) {
        this.warnedCodes.add(functionId);
        d.warning('PRESET_FUNCTION_NOT_IN_EXPORT', line, c.functionId + 1, { en: `${label(c.functionId, 'function_id')} '${functionId}' is not in ${this.exportFunctions.file} (first here); its profile still comes from the functions file`, nl: `${label(c.functionId, 'function_id')} '${functionId}' staat niet in ${this.exportFunctions.file} (de eerste hier); het profiel komt wel uit het functiebestand` }, names[c.functionId]);
      }
      if (!swapped && known !== undefined && !known.has(functionId) && person !== '' && functionId === person) {
        // The function column holds the row's own personnel number: a column map or header pointing
        // function_id at the employee column. Said without the value, as the swapped columns above.
        fail('CSV_UNKNOWN_FUNCTION', c.functionId, {
          en: `${label(c.functionId, 'function_id')} holds the same value as ${label(c.person, 'employee_id')} here (not shown: a personnel number), not a function code: does function_id name the employee column?`,
          nl: `${label(c.functionId, 'function_id')} bevat hier dezelfde waarde als ${label(c.person, 'employee_id')} (niet getoond: een personeelsnummer), geen functiecode: wijst function_id de kolom met medewerkers aan?`,
        }, {
          label: label(c.functionId, 'function_id'),
          value: '',
          gist: { en: 'the personnel number of the row, not shown, instead of a function code', nl: 'het personeelsnummer van de regel, niet getoond, in plaats van een functiecode' },
        });
      } else if (!swapped && known !== undefined && !known.has(functionId)) {
        this.noteUnknownFunction(functionId, person, line);
        const named = exportName !== '' ? ` ("${exportName}" in the export)` : '';
        const file = this.options.functionsFile ?? 'functions.csv';
        // The export's name for the code found in the functions file under another code: renumbered, not misspelt.
        const renamed = exportName !== '' ? this.codeNamed(exportName) : undefined;
        const hint: Message =
          renamed !== undefined
            ? { en: ` In ${file}, '${exportName}' has the code '${renamed}'.`, nl: ` In ${file} heeft '${exportName}' de code '${renamed}'.` }
            : this.suggest(functionId);
        fail('CSV_UNKNOWN_FUNCTION', c.functionId, {
          en: `${label(c.functionId, 'function_id')} '${functionId}'${named} is not in the functions file: expected a row for it in ${file}.${hint.en}`,
          nl: `${label(c.functionId, 'function_id')} '${functionId}'${named.replace('in the export', 'in de export')} staat niet in het functiebestand: verwacht er een regel voor in ${file}.${hint.nl}`,
        });
      }
    }

    // 2. FTE: the FTE column wins over hours when both are filled in.
    let fte = NaN;
    const fteText = text(c.fte);
    const hoursText = text(c.hours);
    if (fteText !== '') {
      const share = parseShare(fteText, dc);
      if (share === undefined) fail('CSV_BAD_NUMBER', c.fte, { en: `${label(c.fte, 'fte')} '${fteText}': expected a part-time factor like ${numberExamples(0.8, dc === true).en}`, nl: `${label(c.fte, 'fte')} '${fteText}': verwacht een deeltijdfactor zoals ${numberExamples(0.8, dc === true).nl}` });
      else if (!(share.value > 0 && share.value <= MAX_FTE)) fail('CSV_OUT_OF_RANGE', c.fte, { en: `${label(c.fte, 'fte')} ${fteText}: expected more than 0 and at most ${dialectNumber(MAX_FTE, dc === true)} per appointment`, nl: `${label(c.fte, 'fte')} ${fteText}: verwacht meer dan 0 en ten hoogste ${localNumber(MAX_FTE, 'nl')} per aanstelling` });
      else {
        fte = share.value;
        this.aboveWeek.check(fte, line, c.fte + 1, label(c.fte, 'fte'), fteText);
        // Both filled in: FTE is used, a disagreeing Uren_per_week is noted once for the file.
        const hours = hoursText === '' ? undefined : parseNumber(hoursText, 'decimal', dc);
        if (hours !== undefined) this.disagree.check(fte, hours, line, c.hours + 1, fteText, hoursText);
      }
    } else if (hoursText !== '') {
      const hours = parseNumber(hoursText, 'decimal', dc);
      if (hours === undefined) fail('CSV_BAD_NUMBER', c.hours, { en: `${label(c.hours, 'hours_per_week')} '${hoursText}': expected hours, e.g. 32 or 32,5`, nl: `${label(c.hours, 'hours_per_week')} '${hoursText}': verwacht een aantal uren, bijvoorbeeld 32 of 32,5` });
      else if (fteOfHours(hours, this.fulltime) === undefined) fail('CSV_OUT_OF_RANGE', c.hours, hoursOutOfRange(hoursText, this.fulltime, dc === true, label(c.hours, 'hours_per_week')));
      else {
        fte = fteOfHours(hours, this.fulltime)!;
        this.aboveWeek.check(fte, line, c.hours + 1, label(c.hours, 'hours_per_week'), hoursText);
      }
    } else {
      fail('CSV_MISSING_VALUE', c.hours >= 0 ? c.hours : c.fte, { en: `expected ${label(c.hours, 'hours_per_week')} or ${label(c.fte, 'fte')}; the row is left out`, nl: `verwacht ${label(c.hours, 'hours_per_week')} of ${label(c.fte, 'fte')}; de regel wordt overgeslagen` });
    }

    // 3. Contract: a temporary one ends in the year of its contract end date, else of the appointment's end.
    let contract: ContractKind = 'permanent';
    const contractText = text(c.contract);
    if (contractText !== '') {
      // Raet may export [Soort contract] as a code (01, 02, …) with its description in a column beside it.
      const description = c.contractText < 0 ? '' : text(c.contractText);
      const kind = contractKind(contractText) ?? (description !== '' ? contractKind(description) : undefined);
      if (kind === undefined) {
        const expected = { en: 'expected Onbepaalde tijd / vast or Bepaalde tijd / tijdelijk', nl: 'verwacht Onbepaalde tijd / vast of Bepaalde tijd / tijdelijk' };
        const message: Message =
          description !== ''
            ? { en: `${label(c.contract, 'contract')} '${contractText}' with description '${description}': ${expected.en}`, nl: `${label(c.contract, 'contract')} '${contractText}' met omschrijving '${description}': ${expected.nl}` }
            : /^\d+$/.test(contractText)
              ? {
                  en: `${label(c.contract, 'contract')} '${contractText}' is a code: export the description column beside it (e.g. [Omschrijving soort contract]), which spp reads; ${expected.en}`,
                  nl: `${label(c.contract, 'contract')} '${contractText}' is een code: exporteer ook de kolom met de omschrijving (bijvoorbeeld [Omschrijving soort contract]), die spp leest; ${expected.nl}`,
                }
              : { en: `${label(c.contract, 'contract')} '${contractText}': ${expected.en}`, nl: `${label(c.contract, 'contract')} '${contractText}': ${expected.nl}` };
        fail('CSV_BAD_CONTRACT', c.contract, message);
      } else contract = kind;
    }
    let endYear: number | null = null;
    const contractEndText = text(c.contractEnd);
    let contractEnd = end;
    if (contractEndText !== '') {
      const parsed = parseEndDate(contractEndText);
      if (parsed === undefined) {
        const serial = excelSerial(contractEndText);
        fail('CSV_BAD_DATE', c.contractEnd, { en: `${label(c.contractEnd, 'contract_end')} '${contractEndText}': expected a real date as yyyyMMdd, YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY${serial.en}`, nl: `${label(c.contractEnd, 'contract_end')} '${contractEndText}': verwacht een bestaande datum als JJJJMMDD, JJJJ-MM-DD, DD-MM-JJJJ of DD/MM/JJJJ${serial.nl}` }, hintRepeat(label(c.contractEnd, 'contract_end'), contractEndText, serial));
      } else contractEnd = parsed;
    }
    if (contract === 'temporary' && contractEnd !== null) endYear = Math.max(contractEnd.year, ref);

    let main = false;
    const mainText = text(c.main);
    const flag = parseFlag(mainText);
    if (flag === undefined) d.warning('PRESET_BAD_MAIN_FLAG', line, c.main + 1, { en: `${label(c.main, 'main')} '${mainText}': expected J or N; read as N`, nl: `${label(c.main, 'main')} '${mainText}': verwacht J of N; gelezen als N` }, names[c.main]);
    else main = flag;

    if (!ok) return;
    const birth = this.birthOf(person, fields, line, fail);
    if (!ok || birth === undefined) return;
    if (contract === 'permanent' && end !== null) this.tally.permanentEndAt(line);
    const group = c.group < 0 ? '' : text(c.group);
    const before = this.folder.has(person);
    const total = this.folder.add({ person, birthYear: birth.year, birthMonth: birth.month, functionId, fte, contract, endYear, group, main, line });
    if (main && this.folder.mainAppointments(person) === 2) {
      d.warning(
        'PRESET_TWO_MAIN_APPOINTMENTS',
        line,
        c.main + 1,
        { en: "this employee has a second main appointment ([Indicatie hoofdaanstelling]); the person is counted once, in the main appointment with the most FTE (the first on a tie), and every appointment's FTE is counted", nl: 'deze medewerker heeft een tweede hoofdaanstelling ([Indicatie hoofdaanstelling]); de persoon telt één keer, in de hoofdaanstelling met de meeste fte (bij gelijkspel de eerste), en de fte van elke aanstelling telt mee' },
        names[c.main],
      );
    }
    if (before && total > MAX_FTE + 1e-9 && total - fte <= MAX_FTE + 1e-9) {
      d.warning('PRESET_PERSON_FTE_HIGH', line, (c.fte >= 0 && fteText !== '' ? c.fte : c.hours) + 1, { en: `this employee's counted appointments add up to ${Math.round(total * 1000) / 1000} FTE, more than ${MAX_FTE}; all are counted`, nl: `de meegetelde aanstellingen van deze medewerker komen samen op ${String(Math.round(total * 1000) / 1000).replace('.', ',')} fte, meer dan ${String(MAX_FTE).replace('.', ',')}; ze tellen allemaal mee` });
    }
  }

  /** An unknown function code of a row, for hideUnknownFunctions. */
  private noteUnknownFunction(functionId: string, person: string, line: number): void {
    if (this.unknownLines.size < MAX_PER_CODE) this.unknownLines.add(line);
    if (this.unknownShared) return;
    const first = this.unknownFunctions.get(functionId);
    if (first === undefined) {
      if (this.unknownFunctions.size < UNKNOWN_TRACKED) this.unknownFunctions.set(functionId, person);
    } else if (first !== person) this.unknownShared = true;
  }

  /**
   * As a plain headcount (read-headcount.ts): when at least UNIQUE_VALUES_NOT_SHOWN unknown function
   * codes each belong to one employee only — the rows of one person's appointments may repeat theirs —
   * the column holds personnel numbers (a column map pointing at the wrong column, an export's columns
   * shifted), and the messages are said again without the values. A code two employees share is a code.
   */
  private hideUnknownFunctions(): void {
    if (this.unknownShared || this.unknownFunctions.size < UNIQUE_VALUES_NOT_SHOWN) return;
    const label = columnLabel(this.match, this.col.functionId, 'function_id');
    const file = this.options.functionsFile ?? 'functions.csv';
    const n = this.unknownFunctions.size;
    const count = n >= UNKNOWN_TRACKED ? { en: `the ${localNumber(n, 'en')} or more`, nl: `de ${localNumber(n, 'nl')} of meer` } : { en: `all ${n}`, nl: `alle ${n}` };
    this.diagnostics.reword(
      'CSV_UNKNOWN_FUNCTION',
      {
        en: `${label} of this row is not in the functions file ${file}: like ${count.en} unknown values of this column, it belongs to one employee only, as a personnel number does, so none is shown. Does ${label} name the column of function codes?`,
        nl: `${label} van deze regel staat niet in het functiebestand ${file}: net als ${count.nl} onbekende waarden in deze kolom hoort hij bij één medewerker, zoals een personeelsnummer, dus geen ervan wordt getoond. Wijst ${label} de kolom met functiecodes aan?`,
      },
      (first) => ({
        en: `${label} of this row is not in the functions file ${file}: same as line ${first} (a value of one employee only, as a personnel number; not shown)`,
        nl: `${label} van deze regel staat niet in het functiebestand ${file}: hetzelfde als regel ${first} (een waarde van één medewerker, zoals een personeelsnummer; niet getoond)`,
      }),
      (line) => this.unknownLines.has(line),
    );
  }

  /** Notices about rows not counted; call after the last row. */
  finish(): void {
    this.hideUnknownFunctions();
    this.failedCells.hide(this.diagnostics);
    this.tally.report(this.diagnostics, this.options.referenceYear);
    this.disagree.report(this.diagnostics, columnLabel(this.match, this.col.fte, 'fte'), columnLabel(this.match, this.col.hours, 'hours_per_week'));
    this.aboveWeek.report(this.diagnostics);
    const onRow = this.options.onRow;
    if (onRow !== undefined) {
      this.folder.eachPerson((person, main, fte, line) => {
        const { birthYear, birthMonth, functionId } = main;
        onRow({ employeeId: person, functionId, birthYear, birthMonth, temporary: main.contract === 'temporary', endYear: main.endYear ?? -1, fte, count: 1, line: this.personLines ? line : 0 });
      });
    }
  }

  /** Header names of columns spp does not use. */
  extraColumns(): string[] {
    return this.match?.unknown.map((u) => u.name) ?? [];
  }

  /** The one code the functions file gives the function named `name` (case and spaces aside), or undefined. */
  private codeNamed(name: string): string | undefined {
    const names = this.options.functionNames;
    if (names === undefined) return undefined;
    if (this.byName === undefined) {
      this.byName = new Map();
      for (const [id, n] of names) {
        const key = normalName(n);
        this.byName.set(key, this.byName.has(key) ? null : id);
      }
    }
    return this.byName.get(normalName(name)) ?? undefined;
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

/** A function name compared as a person reads it: case and runs of spaces aside. */
function normalName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
