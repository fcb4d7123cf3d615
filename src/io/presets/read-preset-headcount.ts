import { stat } from 'node:fs/promises';
import { UserError, type Checked } from '../../diagnostics/diagnostic.js';
import { displayPath } from '../../diagnostics/format-diagnostics.js';
import type { CsvOptions } from '../csv/csv-options.js';
import { readHeadcount, type HeadcountData, type HeadcountOptions } from '../read-headcount.js';
import { readAfas } from './read-afas.js';
import { readRaetHrCore } from './read-raet-hrcore.js';
import type { PresetName } from './preset-names.js';

/**
 * `--preset` (SPEC §2.1): how the CSV inputs of an HR system's export are read.
 * - `raet-hrcore`: the headcount is a Visma|Raet HR Core folder (read-raet-hrcore.ts).
 * - `afas`: the headcount is an AFAS Profit connector export (read-afas.ts).
 * - `excel-nl`: both CSV files are what Dutch Excel saves: `;` (unless --delimiter), decimal comma
 *   with `.` only grouping thousands, `dd-mm-jjjj` dates, Windows-1252 or UTF-8 with BOM (detected).
 * functions.csv is spp's own format with every preset; only excel-nl changes how it is read.
 */

export { PRESET_NAMES, isPresetName, type PresetName } from './preset-names.js';

/**
 * The CSV options a preset imposes (excel-nl: `;` unless a delimiter was given, and decimal commas);
 * the others leave them as they are. Without --delimiter, a file whose header is separated by `,`
 * instead is read as spp's own format (streamCsv, CSV_PRESET_DELIMITER).
 */
export function presetCsvOptions<T extends CsvOptions>(preset: PresetName | undefined, csv: T): T {
  if (preset !== 'excel-nl') return csv;
  return { ...csv, ...(csv.delimiter === undefined ? { presetDelimiter: ';' } : {}), decimalComma: true };
}

/**
 * The headcount read with a preset: cells (FTE, persons), the path whose bytes the stamp hashes
 * (the export folder for raet-hrcore) and, when that path is the one file read, its SHA-256.
 */
export async function readPresetHeadcount(
  path: string,
  preset: PresetName | undefined,
  options: HeadcountOptions,
): Promise<Checked<HeadcountData> & { source: string; sha256?: string }> {
  if (preset === 'raet-hrcore') {
    const read = await readRaetHrCore(path, options);
    return { value: read.value, diagnostics: read.diagnostics, source: read.files.folder };
  }
  if (preset === 'afas') {
    const read = await readAfas(path, options);
    return { value: read.value, diagnostics: read.diagnostics, source: read.file, ...(read.sha256 !== undefined ? { sha256: read.sha256 } : {}) };
  }
  if (await isFolder(path)) {
    throw new UserError({ en: `the headcount ${displayPath(path)} is a folder: expected a CSV file (or, for a multi-file HR export, --preset raet-hrcore or afas)`, nl: `het personeelsbestand ${displayPath(path)} is een map: verwacht een CSV-bestand (of, voor een HR-export van meer bestanden, --preset raet-hrcore of afas)` }, 2);
  }
  const read = await readHeadcount(path, presetCsvOptions(preset, options));
  return { ...read, source: path };
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
