import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError, type Checked } from '../../diagnostics/diagnostic.js';
import { displayPath } from '../../diagnostics/format-diagnostics.js';
import { checkAge } from '../headcount-rules.js';
import { CsvDiagnostics } from '../csv/csv-diagnostics.js';
import { excelSerial, hintRepeat } from '../csv/failed-cells.js';
import { columnLabel, matchHeaders } from '../csv/match-headers.js';
import { parseDate } from '../csv/parse-values.js';
import { streamCsv } from '../csv/stream-csv.js';
import type { HeadcountData, HeadcountOptions } from '../read-headcount.js';
import { AppointmentRows } from './appointment-rows.js';
import { ageOnNewYear, compareToNewYear } from './fold-appointments.js';
import { AFAS_FILE } from './preset-specs.js';

/**
 * The `afas` preset (SPEC §2.1): an AFAS Profit connector export — one CSV (or a folder holding
 * exactly one CSV) with a row per employee and function period: Medewerker, Functie_code,
 * Functie_omschrijving, FTE and/or Uren_per_week, Begindatum_functie, Einddatum_functie,
 * Geboortedatum (optional: Type_contract, Einddatum_contract). A row counts when its period runs on
 * 1 January of the reference year; every counted row adds its own FTE (FTE wins over hours), and
 * each employee is counted once, in the function of their row with the most FTE (first on a tie).
 * A temporary contract ends in the year of Einddatum_contract, else of Einddatum_functie.
 */


/** The export file: `path` itself, or the only CSV in the folder `path` (a UserError, exit 2, otherwise). */
async function findAfasFile(path: string): Promise<string> {
  let folder: boolean;
  try {
    folder = (await stat(path)).isDirectory();
  } catch {
    throw new UserError({ en: `afas: not found: ${displayPath(path)}`, nl: `afas: niet gevonden: ${displayPath(path)}` }, 2);
  }
  if (!folder) return path;
  const csvs = (await readdir(path)).filter((e) => e.toLowerCase().endsWith('.csv')).sort();
  if (csvs.length !== 1) {
    throw new UserError(
      {
        en: `afas: expected one CSV export in the folder ${displayPath(path)}, found ${csvs.length === 0 ? 'none' : `${csvs.length} (${csvs.join(', ')})`}; name the file with --headcount`,
        nl: `afas: verwacht één CSV-export in de map ${displayPath(path)}, maar vond ${csvs.length === 0 ? 'er geen' : `er ${csvs.length} (${csvs.join(', ')})`}; wijs het bestand aan met --headcount`,
      },
      2,
    );
  }
  return join(path, csvs[0]!);
}

/** Reads an AFAS Profit export into headcount cells: FTE and persons per function, birth month and contract. */
export async function readAfas(path: string, options: HeadcountOptions): Promise<Checked<HeadcountData> & { file: string; sha256?: string }> {
  const file = await findAfasFile(path);
  const ref = options.referenceYear;
  const diagnostics = new CsvDiagnostics(file);
  let birthColumn = -1;
  let names: string[] = [];
  const label = (): string => columnLabel({ names }, birthColumn, 'birth_date');
  const rows = new AppointmentRows(options, diagnostics, (person, fields, line, fail) => {
    const text = fields[birthColumn]!.trim();
    if (text === '') return void fail('CSV_MISSING_VALUE', birthColumn, { en: `expected a birth date (${label()}); the row is left out`, nl: `verwacht een geboortedatum (${label()}); de regel wordt overgeslagen` });
    const birth = parseDate(text);
    if (birth === undefined) {
      const serial = excelSerial(text);
      return void fail('CSV_BAD_DATE', birthColumn, { en: `${label()} '${text}': expected a real date as YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY or yyyyMMdd${serial.en}`, nl: `${label()} '${text}': verwacht een bestaande datum als JJJJ-MM-DD, DD-MM-JJJJ, DD/MM/JJJJ of JJJJMMDD${serial.nl}` }, hintRepeat(label(), text, serial));
    }
    if (compareToNewYear(birth, ref) > 0) return void fail('CSV_AGE_OUT_OF_RANGE', birthColumn, { en: `${label()} ${text} is after 1 January ${ref}, the reference year's start`, nl: `${label()} ${text} ligt na 1 januari ${ref}, het begin van het peiljaar` });
    const problem = checkAge(ageOnNewYear(birth, ref), ref);
    if (problem?.code === 'CSV_AGE_OUT_OF_RANGE') return void fail(problem.code, birthColumn, problem.message);
    if (problem && !rows.folder.has(person)) diagnostics.warning(problem.code, line, birthColumn + 1, { en: `${problem.message.en}; the row is kept`, nl: `${problem.message.nl}; de regel blijft staan` }, names[birthColumn]);
    return { year: birth.year, month: birth.month };
  }, undefined, true);
  const result = await streamCsv(file, options, diagnostics, {
    header(headers, line) {
      const match = matchHeaders(headers, line, AFAS_FILE, options, diagnostics, options.groupBy);
      birthColumn = match.index.get('birth_date') ?? -1;
      names = match.names;
      return rows.header(match, line);
    },
    row: (fields, line) => rows.row(fields, line),
  });
  rows.finish();
  return {
    value: rows.folder.value(result.rows, rows.extraColumns()),
    diagnostics: diagnostics.finish(),
    file,
    ...(result.sha256 !== undefined ? { sha256: result.sha256 } : {}),
  };
}
