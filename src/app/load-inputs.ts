import { basename, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasErrors, UserError, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Message } from '../diagnostics/message.js';
import { displayPath } from '../diagnostics/format-diagnostics.js';
import { inputFileProblem } from '../io/input-file.js';
import { type HeadcountData, type HeadcountOptions } from '../io/read-headcount.js';
import { isPresetName, PRESET_NAMES, presetCsvOptions, type PresetName } from '../io/presets/read-preset-headcount.js';
import { hintPaddedIds, readScenario, type LoadedScenario } from '../io/read-scenario.js';
import { namedFunctions } from '../io/read-functions.js';
import { createDataCache, type DataCache } from './data-cache.js';
import { dictFrom } from '../domain/dict.js';
import { checkScenario } from '../validate/scenario-rules.js';
import type { Scenario } from '../domain/scenario-schema.js';
import type { DataGiven } from '../domain/results.js';
import type { CsvOptions } from '../io/csv/csv-options.js';
import { columnMapOptions } from '../io/column-map.js';
import { withEmergingFunctions } from '../model/emerging.js';
import type { FunctionProfile } from '../domain/workforce.js';
import type { FunctionRows } from '../io/read-functions.js';

/** The diagnostics of a `--by` that cannot group: a bad option value (exit 2), not an invalid file. */
const BY_CODES: ReadonlySet<string> = new Set(['CSV_BY_IDENTIFIES', 'CSV_BY_NUMBER_OR_DATE', 'CSV_BY_UNKNOWN_COLUMN']);

/**
 * What every data command (project, explain, reskill, pathways, report) calls first: the scenario,
 * the data it names (flags override its `data:` block), all checks, and the SHA-256 of each input
 * for the reproducibility stamp. Errors stop the run (UserError exit 1 with the diagnostics);
 * warnings and notices are returned for the command to print. A command that loads several
 * scenarios passes one DataCache to every call, so each data file is read and folded once.
 */

export interface LoadOptions {
  scenario?: string;
  functions?: string;
  headcount?: string;
  columns?: string;
  preset?: string;
  delimiter?: string;
  encoding?: 'utf-8' | 'windows-1252';
  groupBy?: string;
  example?: boolean;
  /** The headcount's reference year when it is not the scenario's horizon start (backtest: an older snapshot). */
  referenceYear?: number;
}

export interface InputFile {
  /**
   * What the file is to the run. Two snapshots in one run are told apart: calibrate's
   * `headcount_old` and `headcount_new`, backtest's `headcount_actual` beside the scenario's `headcount`.
   */
  role: 'scenario' | 'functions' | 'headcount' | 'headcount_old' | 'headcount_new' | 'headcount_actual' | 'columns' | 'similarity';
  path: string;
  sha256: string;
}

export interface LoadedInputs {
  scenario: Scenario;
  loaded: LoadedScenario;
  /** Function profiles from functions.csv plus the scenario's emerging functions, sorted by id. */
  functions: FunctionProfile[];
  /** Where functions.csv holds each function's row and its formation column (for a located refusal). */
  functionRows: FunctionRows;
  workforce: HeadcountData;
  similarity?: Map<string, number>;
  files: InputFile[];
  diagnostics: Diagnostic[];
  usedExample: boolean;
  /** The scenario's `data:` settings a flag replaced (domain/results.ts, DataGiven). */
  given: DataGiven;
}

/** The bundled example scenario, found from this module (works from src/, dist/ and a global install). */
export function bundledExampleScenario(): string {
  return fileURLToPath(new URL('../../scenarios/baseline.yaml', import.meta.url));
}

/** Reads and checks every input of a data command (data files through `cache`: one per command). */
export async function loadInputs(options: LoadOptions, cache: DataCache = createDataCache()): Promise<LoadedInputs> {
  const dataGiven = options.functions !== undefined || options.headcount !== undefined || options.columns !== undefined;
  if (options.example && (options.scenario !== undefined || dataGiven)) {
    throw new UserError({ en: '--example runs on the bundled example only: leave out --scenario, --functions, --headcount and --columns', nl: '--example draait alleen op het meegeleverde voorbeeld: laat --scenario, --functions, --headcount en --columns weg' }, 2);
  }
  const usedExample = options.example === true || (options.scenario === undefined && !dataGiven);
  if (!usedExample && options.scenario === undefined) throw new UserError({ en: 'a scenario is needed: --scenario FILE (or spp init)', nl: 'er is een scenario nodig: --scenario BESTAND (of spp init)' }, 2);
  const scenarioPath = usedExample ? bundledExampleScenario() : resolve(options.scenario!);
  await requireFile(scenarioPath, usedExample ? { en: 'the bundled example scenario (the installation is incomplete)', nl: 'het meegeleverde voorbeeldscenario (de installatie is onvolledig)' } : { en: 'scenario file (--scenario)', nl: 'scenariobestand (--scenario)' });

  const read = await readScenario(scenarioPath);
  if (read.value === null) {
    // A scenario that cannot be read at all (permission denied, …) is a usage error like a missing one.
    const unreadable = read.diagnostics.find((d) => d.code === 'SCENARIO_NOT_FOUND' && d.file === scenarioPath);
    if (unreadable !== undefined) throw new UserError({ en: `${displayPath(scenarioPath)}: ${unreadable.message}`, nl: `${displayPath(scenarioPath)}: ${unreadable.messageNl}` }, 2);
    if (read.partial === undefined) throw new UserError({ en: `${displayPath(scenarioPath)} is invalid`, nl: `${displayPath(scenarioPath)} is ongeldig` }, 1, read.diagnostics);
  }
  // A scenario with refused values is still read with its data, without them, as spp validate does
  // (#13 class 8: one run shows every problem); the run stops after all inputs were checked.
  const partial = read.value === null;
  const loaded = read.value ?? read.partial!;
  const { scenario } = loaded;
  const where = displayPath(scenarioPath);
  // With a partial scenario the run fails anyway: a data file that cannot be read is one more problem to show.
  const skipped: Message[] = [];
  const check = async (what: () => Promise<void>): Promise<boolean> => {
    try {
      await what();
      return true;
    } catch (error) {
      if (!partial || !(error instanceof UserError)) throw error;
      skipped.push(error.text);
      return false;
    }
  };

  const functionsPath = options.functions !== undefined ? resolve(options.functions) : loaded.dataPaths.functions;
  const headcountPath = options.headcount !== undefined ? resolve(options.headcount) : loaded.dataPaths.headcount;
  const columnsPath = options.columns !== undefined ? resolve(options.columns) : loaded.dataPaths.columns;
  const similarityPath = loaded.dataPaths.similarity;
  if (functionsPath === undefined && !partial) throw new UserError({ en: `no function profiles: give --functions FILE or set data.functions in ${where}`, nl: `geen functieprofielen: geef --functions BESTAND of zet data.functions in ${where}` }, 2);
  if (headcountPath === undefined && !partial) throw new UserError({ en: `no headcount: give --headcount FILE or set data.headcount in ${where}`, nl: `geen personeelsbestand: geef --headcount BESTAND of zet data.headcount in ${where}` }, 2);
  const readable = {
    functions: functionsPath !== undefined && (await check(() => requireFile(functionsPath, options.functions !== undefined ? { en: 'functions file (--functions)', nl: 'functiebestand (--functions)' } : { en: `functions file (data.functions in ${where})`, nl: `functiebestand (data.functions in ${where})` }))),
    headcount: headcountPath !== undefined && (await check(() => requireFile(headcountPath, options.headcount !== undefined ? { en: 'headcount (--headcount)', nl: 'personeelsbestand (--headcount)' } : { en: `headcount (data.headcount in ${where})`, nl: `personeelsbestand (data.headcount in ${where})` }, true))),
    columns: columnsPath !== undefined && (await check(() => requireFile(columnsPath, options.columns !== undefined ? { en: 'column map (--columns)', nl: 'kolomkoppeling (--columns)' } : { en: `column map (data.columns in ${where})`, nl: `kolomkoppeling (data.columns in ${where})` }))),
    similarity: similarityPath !== undefined && (await check(() => requireFile(similarityPath, { en: `similarity file (reskilling.similarity in ${where})`, nl: `bestand met verwantschappen (reskilling.similarity in ${where})` }))),
  };

  const diagnostics: Diagnostic[] = [...read.diagnostics];
  const csv: CsvOptions = {};
  if (options.delimiter !== undefined) csv.delimiter = options.delimiter;
  if (options.encoding !== undefined) csv.encoding = options.encoding;
  if (readable.columns) {
    const map = await cache.columns(columnsPath!);
    diagnostics.push(...map.diagnostics);
    Object.assign(csv, columnMapOptions(map.value, columnsPath!));
  }
  const presetName = options.preset ?? scenario.data.preset;
  if (presetName !== undefined && !isPresetName(presetName)) {
    throw new UserError({ en: `--preset '${presetName}': expected one of ${PRESET_NAMES.join(', ')}`, nl: `--preset '${presetName}': verwacht een van ${PRESET_NAMES.join(', ')}` }, 2);
  }
  const preset: PresetName | undefined = presetName;

  const functions = readable.functions ? await cache.functions(functionsPath!, presetCsvOptions(preset, csv)) : undefined;
  if (functions !== undefined) diagnostics.push(...functions.diagnostics);
  const profiles = functions?.value ?? [];
  hintPaddedIds(diagnostics, read.numbersForText, (functions !== undefined ? (namedFunctions(functions) ?? []) : []).map((f) => f.id));
  const all = withEmergingFunctions(scenario, profiles);
  // References are checked against the profiles only when those were read without errors: a row
  // left out for an error would otherwise make every reference to it "unknown".
  const functionsClean = functions !== undefined && !hasErrors(functions.diagnostics);
  const knownFunctions = new Set(all.map((f) => f.id));
  const headcount = readable.headcount
    ? await readHeadcountFor(cache, headcountPath!, preset, {
        ...csv,
        referenceYear: options.referenceYear ?? scenario.horizon.start,
        fulltimeHours: scenario.workforce.fulltime_hours,
        ...(options.groupBy !== undefined ? { groupBy: options.groupBy } : {}),
        ...(functionsPath !== undefined ? { functionsFile: basename(functionsPath) } : {}),
      }, profiles, all, functionsClean)
    : undefined;
  if (headcount !== undefined) diagnostics.push(...headcount.diagnostics);
  diagnostics.push(...checkScenario({ scenario, locate: loaded.locate, partial, ...(functions !== undefined ? { functions } : {}), ...(functionsPath !== undefined ? { functionsFile: basename(functionsPath) } : {}) }));
  let similarity: Map<string, number> | undefined;
  if (readable.similarity) {
    const read = await cache.similarity(similarityPath!, { ...csv, ...(functionsClean ? { knownFunctions } : {}) });
    diagnostics.push(...read.diagnostics);
    similarity = read.value;
  }

  if (hasErrors(diagnostics) || skipped.length > 0 || functions === undefined || headcount === undefined) {
    // A --by that names no column, one that identifies people or one of numbers or dates, is a bad option value (exit 2, like a
    // grouping refused for its small groups), not an invalid file — when it is the only error.
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (options.groupBy !== undefined && skipped.length === 0 && errors.length > 0 && errors.every((d) => BY_CODES.has(d.code))) {
      // The CSV_BY_* error says which column and why: no second line after it (probe: two messages for one refusal).
      throw new UserError({ en: `--by ${options.groupBy}: not a column to group by`, nl: `--by ${options.groupBy}: geen kolom om op te groeperen` }, 2, diagnostics, true);
    }
    // An error in a file the scenario extends makes the scenario that was run invalid (the parent may
    // pass on its own: the child shortened its horizon): that scenario is named, with where the error is.
    const errorFiles = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
    const parents = loaded.files.slice(1).filter((f) => errorFiles.has(f));
    const bad = [...new Set([...errorFiles].map((f) => displayPath(parents.includes(f) ? scenarioPath : f)))].sort();
    const names = bad.length <= 1 ? (bad[0] ?? 'the input') : `${bad.slice(0, -1).join(', ')} and ${bad[bad.length - 1]!}`;
    const namen = bad.length <= 1 ? (bad[0] ?? 'de invoer') : `${bad.slice(0, -1).join(', ')} en ${bad[bad.length - 1]!}`;
    const inParents = parents.map((f) => displayPath(f)).join(', ');
    const via = parents.length === 0 ? { en: '', nl: '' } : { en: ` (errors in ${inParents}, which ${where} extends)`, nl: ` (fouten in ${inParents}, waarop ${where} voortbouwt)` };
    throw new UserError(
      {
        en: [`${names} ${bad.length > 1 ? 'are' : 'is'} invalid${via.en}`, ...skipped.map((m) => m.en)].join('; '),
        nl: [`${namen} ${bad.length > 1 ? 'zijn' : 'is'} ongeldig${via.nl}`, ...skipped.map((m) => m.nl)].join('; '),
      },
      1,
      diagnostics,
    );
  }

  const files: InputFile[] = [];
  // The extends chain: the scenario itself first, then the files it builds on.
  for (const path of loaded.files) files.push({ role: 'scenario', path, sha256: await cache.sha256(path) });
  files.push({ role: 'functions', path: functionsPath!, sha256: await cache.sha256(functionsPath!) });
  files.push({ role: 'headcount', path: headcount.source, sha256: await cache.sha256(headcount.source) });
  if (columnsPath !== undefined) files.push({ role: 'columns', path: columnsPath, sha256: await cache.sha256(columnsPath) });
  if (similarityPath !== undefined) files.push({ role: 'similarity', path: similarityPath, sha256: await cache.sha256(similarityPath) });

  return {
    scenario,
    loaded,
    functions: all,
    functionRows: functions.rows,
    workforce: headcount.value,
    ...(similarity !== undefined ? { similarity } : {}),
    files,
    diagnostics,
    usedExample,
    // A path as typed, unless absolute: its folders (a home folder's user name) are no business of a report's readers.
    given: dictFrom((['functions', 'headcount', 'columns', 'preset'] as const).flatMap((k) => (options[k] === undefined ? [] : [[k, isAbsolute(options[k]) ? basename(options[k]) : options[k]] as const]))),
  };
}

/** A usage error (exit 2) naming the input and where it was set, when `path` does not exist. */
export async function requireFile(path: string, what: Message, folderAllowed = false): Promise<void> {
  const problem = inputFileProblem(path, { folderAllowed });
  const shown = displayPath(path);
  if (problem?.en === 'it does not exist') throw new UserError({ en: `${what.en} not found: ${shown}`, nl: `${what.nl} niet gevonden: ${shown}` }, 2);
  if (problem !== null) throw new UserError({ en: `${what.en}: cannot read ${shown}: ${problem.en}`, nl: `${what.nl}: kan ${shown} niet lezen: ${problem.nl}` }, 2);
}

/**
 * The headcount as a scenario sees it, read through the cache. It is read against the function
 * profiles (functions.csv), not the scenario's emerging functions, so scenarios with different
 * emerging functions share one read. Emerging functions are new work: a headcount row naming one
 * is rare, but then — when the profile-based read reports such an id as unknown — the file is read
 * again with the emerging functions known, exactly as before the cache.
 */
export async function readHeadcountFor(
  cache: DataCache,
  path: string,
  preset: PresetName | undefined,
  base: HeadcountOptions,
  profiles: readonly FunctionProfile[],
  all: readonly FunctionProfile[],
  functionsClean: boolean,
): Promise<Awaited<ReturnType<DataCache['headcount']>>> {
  const optionsFor = (known: readonly FunctionProfile[]): HeadcountOptions => ({
    ...base,
    ...(functionsClean ? { knownFunctions: new Set(known.map((f) => f.id)), functionNames: new Map(known.map((f) => [f.id, f.name])) } : {}),
    functionSkills: new Map(known.map((f) => [f.id, f.skills])),
  });
  const read = await cache.headcount(path, preset, optionsFor(profiles));
  const emerging = all.filter((f) => !profiles.some((p) => p.id === f.id)).map((f) => f.id);
  // The readers name the unknown id in quotes (`function_id 'N001' is not in the functions file`).
  const namesEmerging = read.diagnostics.some((d) => d.code === 'CSV_UNKNOWN_FUNCTION' && emerging.some((id) => d.message.includes(`'${id}'`)));
  return namesEmerging ? cache.headcount(path, preset, optionsFor(all)) : read;
}
