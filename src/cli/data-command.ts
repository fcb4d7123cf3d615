import { Option, type Command } from 'commander';
import { distinctDiagnostics, UserError } from '../diagnostics/diagnostic.js';
import { formatDiagnosticsText } from '../diagnostics/format-diagnostics.js';
import type { LoadOptions, LoadedInputs } from '../app/load-inputs.js';
import { CSV_DIALECTS, type CsvDialect } from '../report/csv.js';
import { LANGS, type Lang } from '../report/labels.js';
import { cliIo, type CliStream } from './cli-io.js';
import { addDataOptions, addOutputOptions, colorEnabled, inform, once, type GlobalOptions } from './shared.js';

/** Options of every command that reads the data (project, explain, pathways, reskill, report). */
export interface DataCommandOptions extends GlobalOptions, Omit<LoadOptions, 'groupBy'> {
  format?: string;
  out?: string;
  csvDialect?: CsvDialect;
  year?: number;
  by?: string;
  lang?: Lang;
}

/** Adds data, output, --format and --csv-dialect options. */
export function addDataCommandOptions(command: Command, formats: readonly string[], { manyScenarios = false } = {}): Command {
  addDataOptions(command, { manyScenarios });
  command
    .option('-f, --format <format>', `output format: ${formats.join(', ')} (default: table on a terminal, json when piped)`, once('--format'))
    .addOption(new Option('--csv-dialect <dialect>', 'CSV dialect (excel-nl: ; and decimal comma, for Dutch Excel)').choices(CSV_DIALECTS).default('rfc'))
    .addOption(new Option('--lang <lang>', 'language of tables, xlsx and excel-nl CSV headers').choices(LANGS).default('nl'));
  return addOutputOptions(command);
}

/**
 * The `<function>` argument of explain and pathways. Excess words are taken here rather than by
 * commander, so an unquoted code with a space in it (`spp explain FIN 14`) is told how to quote it
 * instead of "too many arguments … Expected 1 argument but got 2".
 */
export function addFunctionArgument(command: Command): Command {
  return command.argument('<function>', 'function code, e.g. F012 (in quotes when it has a space: "FIN 14")').allowExcessArguments(true);
}

/** The one function code given to explain or pathways; a usage error (exit 2) for words after it. */
export function functionArgument(command: Command): string {
  const words = command.args;
  if (words.length <= 1) return words[0] ?? '';
  const joined = words.join(' ');
  const shown = words.map((w) => `'${w}'`).join(' ');
  throw new UserError({
    en: `expected one function code, got ${words.length} words: ${shown}. A code with a space in it goes in quotes: spp ${command.name()} "${joined}"`,
    nl: `verwacht één functiecode, kreeg ${words.length} woorden: ${shown}. Zet een code met een spatie erin tussen aanhalingstekens: spp ${command.name()} "${joined}"`,
  }, 2);
}

/**
 * The widest table spp lays out. Wider gives nothing (a name column padded with spaces), and a $COLUMNS
 * of 1e9 made a line longer than a string can be ("Invalid string length", exit 70).
 */
const MAX_TABLE_WIDTH = 1000;

/** The terminal's width for tables: the terminal's own, else $COLUMNS, else 80 (SPEC §4); at most MAX_TABLE_WIDTH. */
export function terminalWidth(stream: CliStream = cliIo().stdout): number {
  if (stream.isTTY === true && typeof stream.columns === 'number' && stream.columns > 0) return Math.min(stream.columns, MAX_TABLE_WIDTH);
  const env = Number(cliIo().env['COLUMNS']);
  return Number.isInteger(env) && env > 0 ? Math.min(env, MAX_TABLE_WIDTH) : 80;
}

/** Parses --year as a whole number. */
export function parseYear(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1900 || n > 2200) throw new UserError({ en: `--year '${text}': expected a year like 2030`, nl: `--year '${text}': verwacht een jaartal zoals 2030` }, 2);
  return n;
}

/** The LoadOptions part of a command's options. */
export function loadOptionsOf(options: DataCommandOptions, groupBy?: string): LoadOptions {
  const load: LoadOptions = {};
  if (options.scenario !== undefined) load.scenario = options.scenario;
  if (options.functions !== undefined) load.functions = options.functions;
  if (options.headcount !== undefined) load.headcount = options.headcount;
  if (options.columns !== undefined) load.columns = options.columns;
  if (options.preset !== undefined) load.preset = options.preset;
  if (options.delimiter !== undefined) load.delimiter = options.delimiter;
  if (options.encoding !== undefined) load.encoding = options.encoding;
  if (options.example) load.example = true;
  if (groupBy !== undefined) load.groupBy = groupBy;
  return load;
}

/** Tells the user what was read: the example notice, and warnings/notices from the inputs (stderr). */
export function reportInputs(options: DataCommandOptions, inputs: LoadedInputs): void {
  if (inputs.usedExample) {
    inform(options, { en: 'spp: no data given: running on the bundled example, Gemeente Voorbeeld (fictional), scenario baseline. Use --scenario FILE for your own.', nl: 'spp: geen gegevens opgegeven: spp draait op het meegeleverde voorbeeld, Gemeente Voorbeeld (fictief), scenario baseline. Gebruik --scenario BESTAND voor uw eigen scenario.' });
  }
  if (!options.quiet && inputs.diagnostics.length > 0) {
    const { stderr } = cliIo();
    stderr.write(formatDiagnosticsText(inputs.diagnostics, { color: colorEnabled(options, stderr), lang: options.lang ?? 'nl' }));
  }
}

/**
 * `reportInputs` for several scenarios on the same data (compare, report -s A -s B): the example
 * notice once, and one block of diagnostics in which a shared data file's notice stands once — the
 * data was read once (data-cache.ts), not once per scenario.
 */
export function reportInputSet(options: DataCommandOptions, inputs: readonly LoadedInputs[]): void {
  if (inputs.length === 0) return;
  reportInputs(options, { ...inputs[0]!, usedExample: inputs.some((i) => i.usedExample), diagnostics: distinctDiagnostics(inputs.flatMap((i) => i.diagnostics)) });
}

/** Paths of the inputs, which an --out may never overwrite. */
export function inputPaths(inputs: LoadedInputs): string[] {
  return inputs.files.map((f) => f.path);
}
