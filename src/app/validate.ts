import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { UserError, hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Message } from '../diagnostics/message.js';
import { createDataCache, type DataCache } from './data-cache.js';
import { readHeadcountFor } from './load-inputs.js';
import { displayPath } from '../diagnostics/format-diagnostics.js';
import { describeFsError, errnoOf } from '../io/fs-errors.js';
import type { CsvOptions } from '../io/csv/csv-options.js';
import { columnMapOptions } from '../io/column-map.js';
import { presetCsvOptions, type PresetName } from '../io/presets/read-preset-headcount.js';
import { hintPaddedIds, readScenario, type LoadedScenario } from '../io/read-scenario.js';
import { checkScenario, unprofiledTaskColumns } from '../validate/scenario-rules.js';
import { withEmergingFunctions } from '../model/emerging.js';
import { namedFunctions, type FunctionsRead } from '../io/read-functions.js';
import { smallWithoutFormation } from './formation-privacy.js';

/**
 * `spp validate`: checks scenario files (files or folders) and the data they name, and cross-checks
 * references between them. Returns the diagnostics; printing and exit codes are the command's.
 */

export interface ValidateOptions {
  functions?: string;
  headcount?: string;
  columns?: string;
  delimiter?: string;
  encoding?: 'utf-8' | 'windows-1252';
  /** HR-system export preset (SPEC §2.1); else each scenario's data.preset. */
  preset?: PresetName;
}

export interface ValidateResult {
  /** Scenario files checked (absolute), in the order checked. */
  scenarios: string[];
  /** Data files read (absolute), each once. */
  dataFiles: string[];
  /** Every file read: the scenarios, the files they extend and the data (what --out may not name). */
  inputs: string[];
  /** Sorted by file, line, column, code; duplicates (a data file shared by scenarios) removed. */
  diagnostics: Diagnostic[];
}

/** The default folder of `spp validate` without paths. */
const DEFAULT_SCENARIO_FOLDER = 'scenarios';

/** Validates the scenario files at `paths` (default `scenarios/`) with their data. */
export async function validate(paths: readonly string[], options: ValidateOptions = {}, cache: DataCache = createDataCache()): Promise<ValidateResult> {
  const diagnostics: Diagnostic[] = [];
  const scenarios = await scenarioFiles(paths.length > 0 ? paths : [DEFAULT_SCENARIO_FOLDER], diagnostics);
  for (const [flag, path] of [
    ['--functions', options.functions],
    ['--headcount', options.headcount],
    ['--columns', options.columns],
  ] as const) {
    if (path !== undefined && !(await exists(path))) throw new UserError({ en: `${flag}: not found: ${path}`, nl: `${flag}: niet gevonden: ${path}` }, 2);
  }

  // Each data file is read once, however many scenarios use it (the shared data cache).
  const dataFiles = new Set<string>();
  const parents = new Set<string>();

  for (const file of scenarios) {
    const read = await readScenario(file);
    diagnostics.push(...read.diagnostics);
    // A scenario with refused values is still checked against its data without them (#13 class 8:
    // one run shows every problem); its cross-key rules wait until the schema accepts it.
    const loaded = read.value ?? read.partial;
    if (loaded === undefined) continue;
    for (const parent of loaded.files) parents.add(parent);
    const partial = read.value === null;
    const data = dataOf(loaded, options);
    const preset = options.preset ?? loaded.scenario.data.preset;
    const csv: CsvOptions = {};
    if (options.delimiter !== undefined) csv.delimiter = options.delimiter;
    if (options.encoding !== undefined) csv.encoding = options.encoding;
    if (data.columns !== undefined) {
      if (!(await exists(data.columns.path))) {
        diagnostics.push(missingData(loaded, data.columns, { en: 'column map', nl: 'kolomkoppeling' }));
      } else {
        const map = await cache.columns(data.columns.path);
        dataFiles.add(data.columns.path);
        diagnostics.push(...map.diagnostics);
        Object.assign(csv, columnMapOptions(map.value, data.columns.path));
      }
    }

    let functions: FunctionsRead | undefined;
    if (data.functions !== undefined) {
      if (!(await exists(data.functions.path))) diagnostics.push(missingData(loaded, data.functions, { en: 'functions file', nl: 'functiebestand' }));
      else {
        const path = data.functions.path;
        const functionsCsv = presetCsvOptions(preset, csv);
        functions = await cache.functions(path, functionsCsv);
        dataFiles.add(path);
        diagnostics.push(...functions.diagnostics);
        hintPaddedIds(diagnostics, read.numbersForText, (namedFunctions(functions) ?? []).map((f) => f.id));
      }
    }
    diagnostics.push(...checkScenario({ scenario: loaded.scenario, locate: loaded.locate, partial, ...(functions !== undefined ? { functions } : {}), ...(data.functions !== undefined ? { functionsFile: basename(data.functions.path) } : {}) }));
    if (functions !== undefined && !partial) diagnostics.push(...unprofiledTaskColumns(loaded.scenario, functions));
    const named = functions !== undefined ? namedFunctions(functions) : undefined;

    if (data.headcount !== undefined) {
      if (!(await exists(data.headcount.path))) diagnostics.push(missingData(loaded, data.headcount, { en: 'headcount', nl: 'personeelsbestand' }));
      else {
        const path = data.headcount.path;
        const { scenario } = loaded;
        const base = { ...csv, referenceYear: scenario.horizon.start, fulltimeHours: scenario.workforce.fulltime_hours, ...(data.functions !== undefined ? { functionsFile: basename(data.functions.path) } : {}) };
        const headcount = named
          ? await readHeadcountFor(cache, path, preset, base, named, withEmergingFunctions(scenario, named), true)
          : await cache.headcount(path, preset, base);
        dataFiles.add(headcount.source);
        diagnostics.push(...headcount.diagnostics);
        // A small function without a formation: every command that projects refuses the data (exit 2).
        // Judged on a headcount read without errors only: rows left out would make functions look small.
        if (functions !== undefined && !hasErrors(headcount.diagnostics)) diagnostics.push(...smallWithoutFormation(functions, headcount.value.cells, scenario.privacy.min_group));
      }
    }
    const similarityPath = loaded.dataPaths.similarity;
    if (similarityPath !== undefined) {
      const ref: DataRef = { path: similarityPath, key: ['reskilling', 'similarity'] };
      if (!(await exists(similarityPath))) diagnostics.push(missingData(loaded, ref, { en: 'similarity file', nl: 'bestand met verwantschappen' }));
      else {
        // Its function references are checked against the same functions the headcount's are (the
        // rows left out for an error included), so validate reports what the data commands would.
        const known = named !== undefined ? { knownFunctions: new Set(withEmergingFunctions(loaded.scenario, named).map((f) => f.id)) } : {};
        const similarity = await cache.similarity(similarityPath, { ...csv, ...known });
        dataFiles.add(similarityPath);
        diagnostics.push(...similarity.diagnostics);
      }
    }
  }
  return { scenarios, dataFiles: [...dataFiles], inputs: [...scenarios, ...parents, ...dataFiles], diagnostics: sortDiagnostics(unique(diagnostics)) };
}

interface DataRef {
  path: string;
  /** Where it was set: a scenario key path, or undefined for a flag. */
  key?: (string | number)[];
}

function dataOf(loaded: LoadedScenario, options: ValidateOptions): { functions?: DataRef; headcount?: DataRef; columns?: DataRef } {
  const pick = (flag: string | undefined, fromScenario: string | undefined, key: string): DataRef | undefined => {
    if (flag !== undefined) return { path: resolve(flag) };
    if (fromScenario !== undefined) return { path: fromScenario, key: ['data', key] };
    return undefined;
  };
  const out: { functions?: DataRef; headcount?: DataRef; columns?: DataRef } = {};
  const functions = pick(options.functions, loaded.dataPaths.functions, 'functions');
  const headcount = pick(options.headcount, loaded.dataPaths.headcount, 'headcount');
  const columns = pick(options.columns, loaded.dataPaths.columns, 'columns');
  if (functions) out.functions = functions;
  if (headcount) out.headcount = headcount;
  if (columns) out.columns = columns;
  return out;
}

function missingData(loaded: LoadedScenario, ref: DataRef, what: Message): Diagnostic {
  const at = loaded.locate(ref.key ?? ['data']);
  return {
    code: 'SCENARIO_DATA_MISSING',
    severity: 'error',
    file: at.file,
    line: at.line,
    column: at.column,
    path: (ref.key ?? ['data']).join('.'),
    message: `${ref.key?.join('.') ?? 'data'}: ${what.en} not found: ${displayPath(ref.path)} (paths are relative to the scenario file that sets them)`,
    messageNl: `${ref.key?.join('.') ?? 'data'}: ${what.nl} niet gevonden: ${displayPath(ref.path)} (paden gelden vanaf het scenariobestand dat ze noemt)`,
  };
}

/** The scenario files named by `paths`: files as given, folders as their *.yaml / *.yml files (sorted). */
async function scenarioFiles(paths: readonly string[], diagnostics: Diagnostic[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let isFolder: boolean;
    try {
      isFolder = (await stat(path)).isDirectory();
    } catch (error) {
      // A path that exists behind a folder spp may not enter is no "not found" (#13 class 3).
      if (!isMissing(error)) throw new UserError(describeFsError('read', path, error), 2);
      throw new UserError({
        en: `not found: ${path}${path === DEFAULT_SCENARIO_FOLDER ? ' (give the scenario files or folders to validate)' : ''}`,
        nl: `niet gevonden: ${path}${path === DEFAULT_SCENARIO_FOLDER ? ' (geef de scenariobestanden of -mappen die u wilt controleren)' : ''}`,
      }, 2);
    }
    if (!isFolder) {
      files.push(resolve(path));
      continue;
    }
    const entries = await readdir(path, { withFileTypes: true }).catch((error: unknown) => {
      throw new UserError(describeFsError('read', path, error), 2);
    });
    const inFolder = entries
      .filter((e) => e.isFile() && ['.yaml', '.yml'].includes(extname(e.name).toLowerCase()))
      .map((e) => e.name)
      .sort();
    if (inFolder.length === 0) {
      diagnostics.push({ code: 'VALIDATE_NO_SCENARIOS', severity: 'warning', file: resolve(path), line: 0, column: 0, message: 'no scenario files (*.yaml, *.yml) in this folder', messageNl: 'geen scenariobestanden (*.yaml, *.yml) in deze map' });
    }
    for (const name of inFolder) files.push(resolve(join(path, name)));
  }
  return [...new Set(files)];
}

/** Whether `path` is there; one that exists but cannot be reached (permission denied) counts, so its reader says why. */
async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    return !isMissing(error);
  }
}

function isMissing(error: unknown): boolean {
  const code = errnoOf(error);
  return code === 'ENOENT' || code === 'ENOTDIR';
}

function unique(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const key = `${d.file}\0${d.line}\0${d.column}\0${d.code}\0${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}
