import type { DiagnosticCode } from '../../diagnostics/codes.js';
import type { Message } from '../../diagnostics/message.js';
import { checkAge } from '../headcount-rules.js';
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError, type Checked, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { displayPath } from '../../diagnostics/format-diagnostics.js';
import { CsvDiagnostics, type RowRepeat } from '../csv/csv-diagnostics.js';
import { excelSerial, FailedCells, hintRepeat } from '../csv/failed-cells.js';
import { columnLabel, matchHeaders } from '../csv/match-headers.js';
import { parseDate } from '../csv/parse-values.js';
import { streamCsv } from '../csv/stream-csv.js';
import type { HeadcountData, HeadcountOptions } from '../read-headcount.js';
import { AppointmentRows } from './appointment-rows.js';
import { ageOnNewYear, compareToNewYear } from './fold-appointments.js';
import { RAET_APPOINTMENTS_FILE, RAET_FUNCTIONS_FILE, RAET_PERSONS_FILE } from './preset-specs.js';

/**
 * The `raet-hrcore` preset (SPEC §2.1): a Visma|Raet HR Core CSV set in one folder —
 * Medewerker.csv (persons: Dossiernummer, Geboortedatum), Aanstellingen.csv (appointments) and
 * Functie.csv (function codes and names). File names are matched case-insensitively, singular or
 * plural (Medewerkers.csv, Aanstelling.csv, Functies.csv). Delimiter (`|` or `;`), encoding
 * (Windows-1252) and `yyyyMMdd` dates go through the ordinary CSV dialect detection.
 *
 * Medewerker.csv and Functie.csv are small and kept in memory (Dossiernummer → birth date and
 * line); Aanstellingen.csv is streamed. An appointment counts when it runs on 1 January of the
 * reference year (Begindatum ≤ that day ≤ Einddatum, Einddatum empty or 99991231 = open), each with
 * its own hours (FTE = hours / fulltime_hours); the person is counted once, in the function of the
 * main appointment ([Indicatie hoofdaanstelling] J/Ja/1/true, else the most hours). Appointments
 * that do not count are not checked further (an ended appointment of a person no longer in
 * Medewerker.csv is not an error); one notice says how many there were.
 */

/** The files of one export: absolute paths; functions undefined when Functie.csv is absent. */
export interface RaetFiles {
  folder: string;
  persons: string;
  appointments: string;
  functions?: string;
}

const NAMES = {
  persons: ['medewerker.csv', 'medewerkers.csv'],
  appointments: ['aanstellingen.csv', 'aanstelling.csv'],
  functions: ['functie.csv', 'functies.csv'],
};

/** Finds Medewerker.csv, Aanstellingen.csv and Functie.csv in the folder `path` (or the folder of the file `path`); a UserError (exit 2) when one of the first two is missing. */
export async function findRaetFiles(path: string): Promise<RaetFiles> {
  let folder: string;
  try {
    folder = (await stat(path)).isDirectory() ? path : dirname(path);
  } catch {
    throw new UserError({ en: `raet-hrcore: not found: ${displayPath(path)}`, nl: `raet-hrcore: niet gevonden: ${displayPath(path)}` }, 2);
  }
  const entries = (await readdir(folder)).sort();
  // As every message names a file: relative to the working folder (the folder is often resolved from the scenario's).
  const shown = displayPath(folder);
  const find = (wanted: string[]): string | undefined => {
    const names = entries.filter((e) => wanted.includes(e.toLowerCase()));
    if (names.length > 1) {
      // On a case-sensitive disk both exist; reading either could silently use the stale one.
      throw new UserError(
        { en: `raet-hrcore: the export folder ${shown} has ${names.join(' and ')}, names that differ only in case; keep the one that is meant (PRESET_FILES_DIFFER_IN_CASE)`, nl: `raet-hrcore: de exportmap ${shown} bevat ${names.join(' en ')}, namen die alleen in hoofdletters verschillen; bewaar alleen het bedoelde bestand (PRESET_FILES_DIFFER_IN_CASE)` },
        2,
      );
    }
    return names[0] === undefined ? undefined : join(folder, names[0]);
  };
  const persons = find(NAMES.persons);
  const appointments = find(NAMES.appointments);
  const functions = find(NAMES.functions);
  const missing = [persons === undefined ? 'Medewerker.csv' : '', appointments === undefined ? 'Aanstellingen.csv' : ''].filter((m) => m !== '');
  if (missing.length > 0) {
    const csvs = entries.filter((e) => e.toLowerCase().endsWith('.csv'));
    throw new UserError(
      {
        en: `raet-hrcore: the export folder ${shown} has no ${missing.join(' and ')}; expected Medewerker.csv, Aanstellingen.csv and Functie.csv (found: ${csvs.length > 0 ? csvs.join(', ') : 'no CSV files'})`,
        nl: `raet-hrcore: de exportmap ${shown} bevat geen ${missing.join(' en ')}; verwacht Medewerker.csv, Aanstellingen.csv en Functie.csv (gevonden: ${csvs.length > 0 ? csvs.join(', ') : 'geen CSV-bestanden'})`,
      },
      2,
    );
  }
  return { folder, persons: persons!, appointments: appointments!, ...(functions !== undefined ? { functions } : {}) };
}

/** Reads a Raet HR Core export (folder or one of its files) into headcount cells: FTE and persons per function, birth month and contract. */
export async function readRaetHrCore(path: string, options: HeadcountOptions): Promise<Checked<HeadcountData> & { files: RaetFiles }> {
  const files = await findRaetFiles(path);
  const diagnostics: Diagnostic[] = [];
  const ref = options.referenceYear;

  // Functie.csv: code → name, for messages and to flag codes the export itself does not know.
  let exportFunctions: { file: string; names: Map<string, string> } | undefined;
  if (files.functions !== undefined) {
    const d = new CsvDiagnostics(files.functions);
    const names = new Map<string, string>();
    let id = -1;
    let name = -1;
    await streamCsv(files.functions, options, d, {
      header(headers, line) {
        const match = matchHeaders(headers, line, RAET_FUNCTIONS_FILE, options, d);
        id = match.index.get('function_id') ?? -1;
        name = match.index.get('name') ?? -1;
        return match.complete;
      },
      row(fields) {
        const code = fields[id]!.trim();
        if (code !== '' && !names.has(code)) names.set(code, fields[name]!.trim());
      },
    });
    diagnostics.push(...d.finish());
    exportFunctions = { file: basename(files.functions), names };
  } else {
    diagnostics.push({
      code: 'PRESET_FILE_MISSING',
      severity: 'warning',
      file: files.folder,
      line: 0,
      column: 0,
      message: 'raet-hrcore: the export has no Functie.csv; function codes are checked against the functions file only',
      messageNl: 'raet-hrcore: de export bevat geen Functie.csv; functiecodes worden alleen met het functiebestand vergeleken',
    });
  }

  // Medewerker.csv: Dossiernummer → birth date (yyyymmdd) · 1e8 + line; -line for a person whose row has an error.
  const personsDiagnostics = new CsvDiagnostics(files.persons);
  // Birth dates that fail on every row (Excel date numbers, another format) are not repeated in the messages, as in a plain headcount.
  const failedBirths = new FailedCells(ref);
  const persons = new Map<string, number>();
  let personColumn = -1;
  let birthColumn = -1;
  let personNames: string[] = [];
  await streamCsv(files.persons, options, personsDiagnostics, {
    header(headers, line) {
      const match = matchHeaders(headers, line, RAET_PERSONS_FILE, options, personsDiagnostics);
      personColumn = match.index.get('employee_id') ?? -1;
      birthColumn = match.index.get('birth_date') ?? -1;
      personNames = match.names;
      return match.complete;
    },
    row(fields, line) {
      const id = fields[personColumn]!.trim();
      const fail = (code: DiagnosticCode, index: number, message: Message, repeat?: RowRepeat): void => {
        personsDiagnostics.error(code, line, index + 1, message, personNames[index], repeat);
        if (index === birthColumn) failedBirths.note(code, index, fields[index]!.trim(), line, 'birth_date');
      };
      const person = columnLabel({ names: personNames }, personColumn, 'employee_id');
      const born = columnLabel({ names: personNames }, birthColumn, 'birth_date');
      if (id === '') return fail('CSV_MISSING_VALUE', personColumn, { en: `expected a value in ${person}; the row is left out`, nl: `verwacht een waarde in ${person}; de regel wordt overgeslagen` });
      const first = persons.get(id);
      if (first !== undefined) {
        // The number is an employee id: the message names the two lines, never the id itself.
        return fail('CSV_DUPLICATE_ID', personColumn, { en: `this ${person} was already used on line ${Math.abs(first) % 1e8}; expected each person once (line ${Math.abs(first) % 1e8} and line ${line})`, nl: `dit ${person} staat al op regel ${Math.abs(first) % 1e8}; verwacht elke persoon één keer (regel ${Math.abs(first) % 1e8} en regel ${line})` });
      }
      const text = fields[birthColumn]!.trim();
      const birth = parseDate(text);
      if (text === '') fail('CSV_MISSING_VALUE', birthColumn, { en: `expected a birth date (${born}); the person is left out`, nl: `verwacht een geboortedatum (${born}); de persoon wordt overgeslagen` });
      else if (birth === undefined) {
        const serial = excelSerial(text);
        fail('CSV_BAD_DATE', birthColumn, { en: `${born} '${text}': expected a real date as yyyyMMdd, YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY${serial.en}`, nl: `${born} '${text}': verwacht een bestaande datum als JJJJMMDD, JJJJ-MM-DD, DD-MM-JJJJ of DD/MM/JJJJ${serial.nl}` }, hintRepeat(born, text, serial));
      }
      else if (compareToNewYear(birth, ref) > 0) fail('CSV_AGE_OUT_OF_RANGE', birthColumn, { en: `${born} ${text} is after 1 January ${ref}, the reference year's start`, nl: `${born} ${text} ligt na 1 januari ${ref}, het begin van het peiljaar` });
      persons.set(id, birth === undefined || compareToNewYear(birth, ref) > 0 ? -line : (birth.year * 10000 + birth.month * 100 + birth.day) * 1e8 + line);
    },
  });

  // Aanstellingen.csv, streamed.
  const appointmentsDiagnostics = new CsvDiagnostics(files.appointments);
  let appointmentPersonColumn = -1;
  const rows: AppointmentRows = new AppointmentRows(
    options,
    appointmentsDiagnostics,
    (person, _fields, _line, fail) => {
      const packed = persons.get(person);
      if (packed === undefined) {
        // Located by line and column: the Dossiernummer is an employee id and is never printed.
        fail('CSV_UNKNOWN_PERSON', appointmentPersonColumn, { en: `the Dossiernummer in this column is not in ${basename(files.persons)}: expected the person's row there (with Geboortedatum); the appointment is left out`, nl: `het Dossiernummer in deze kolom staat niet in ${basename(files.persons)}: verwacht daar de regel van deze persoon (met Geboortedatum); de aanstelling wordt overgeslagen` });
        return undefined;
      }
      if (packed < 0) return undefined; // the person's own row had an error, reported there
      const line = packed % 1e8;
      const ymd = Math.floor(packed / 1e8);
      const birth = { year: Math.floor(ymd / 10000), month: Math.floor(ymd / 100) % 100, day: ymd % 100 };
      if (!rows.folder.has(person)) {
        // Checked once, when the person's first appointment counts: ex-employees in Medewerker.csv are not.
        const problem = checkAge(ageOnNewYear(birth, ref), ref);
        if (problem?.code === 'CSV_AGE_OUT_OF_RANGE') {
          personsDiagnostics.error(problem.code, line, birthColumn + 1, { en: `${problem.message.en}; the person's appointments are left out`, nl: `${problem.message.nl}; de aanstellingen van deze persoon worden overgeslagen` }, personNames[birthColumn]);
          persons.set(person, -line);
          return undefined;
        }
        if (problem) personsDiagnostics.warning(problem.code, line, birthColumn + 1, { en: `${problem.message.en}; the person is kept`, nl: `${problem.message.nl}; de persoon blijft staan` }, personNames[birthColumn]);
      }
      return { year: birth.year, month: birth.month };
    },
    exportFunctions,
  );
  const result = await streamCsv(files.appointments, options, appointmentsDiagnostics, {
    header(headers, line) {
      const match = matchHeaders(headers, line, RAET_APPOINTMENTS_FILE, options, appointmentsDiagnostics, options.groupBy);
      appointmentPersonColumn = match.index.get('employee_id') ?? -1;
      return rows.header(match, line);
    },
    row: (fields, line) => rows.row(fields, line),
  });
  rows.finish();
  failedBirths.hide(personsDiagnostics);
  diagnostics.push(...personsDiagnostics.finish(), ...appointmentsDiagnostics.finish());
  return { value: rows.folder.value(result.rows, rows.extraColumns()), diagnostics, files };
}

