import { Option, type Command } from 'commander';
import { UserError } from '../diagnostics/diagnostic.js';
import { assertNotAnInput, writeFileAtomic } from '../io/write-file-atomic.js';

/** Options every command may carry; commander fills these (camelCase). */
export interface GlobalOptions {
  quiet?: boolean;
  color?: boolean; // --no-color sets false
  debug?: boolean;
}

/**
 * Picks the output format: the requested one when allowed, else `table` on a terminal and
 * `json` when stdout is piped (SPEC §1), unless the command gives other defaults.
 */
export function pickFormat<F extends string>(
  requested: string | undefined,
  allowed: readonly F[],
  defaults: { tty: F; pipe: F } = { tty: 'table' as F, pipe: 'json' as F },
): F {
  if (requested === undefined) return process.stdout.isTTY ? defaults.tty : defaults.pipe;
  if ((allowed as readonly string[]).includes(requested)) return requested as F;
  throw new UserError(`unknown --format '${requested}': expected one of ${allowed.join(', ')}`, 2);
}

/** Colour only on a TTY, never with NO_COLOR, TERM=dumb or --no-color (clig.dev; chalk ignores NO_COLOR). */
export function colorEnabled(options: GlobalOptions, stream: NodeJS.WriteStream = process.stdout): boolean {
  if (options.color === false) return false;
  if (process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '') return false;
  if (process.env['TERM'] === 'dumb') return false;
  return stream.isTTY === true;
}

/** Writes a result to stdout, or atomically to `out` (refusing to overwrite an input). */
export async function emit(text: string, out: string | undefined, inputs: readonly string[] = []): Promise<void> {
  if (out === undefined || out === '-') {
    process.stdout.write(text.endsWith('\n') || text === '' ? text : `${text}\n`);
    return;
  }
  assertNotAnInput(out, inputs);
  await writeFileAtomic(out, text);
}

/** The format each output file extension stands for. */
const FORMAT_OF_EXTENSION: Record<string, string> = {
  '.html': 'html', '.htm': 'html', '.md': 'md', '.markdown': 'md', '.csv': 'csv', '.json': 'json', '.xlsx': 'xlsx', '.pdf': 'pdf',
};

/** The format an --out file's extension stands for, or undefined for another extension (e.g. .txt). */
export function formatOfOut(out: string | undefined): string | undefined {
  if (out === undefined || out === '-') return undefined;
  const m = /\.[A-Za-z]+$/.exec(out);
  return m ? FORMAT_OF_EXTENSION[m[0].toLowerCase()] : undefined;
}

/**
 * Picks the format with --out in mind: an --out whose extension names a format the command offers
 * chooses it when --format is not given; an --out whose extension names another format than the one
 * asked for is refused (a .pdf holding Markdown helps nobody).
 */
export function pickFormatFor<F extends string>(requested: string | undefined, out: string | undefined, allowed: readonly F[], defaults?: { tty: F; pipe: F }): F {
  const implied = formatOfOut(out);
  if (requested === undefined && implied !== undefined && (allowed as readonly string[]).includes(implied)) return implied as F;
  const format = pickFormat(requested, allowed, defaults);
  if (implied !== undefined && implied !== format) {
    const offered = (allowed as readonly string[]).includes(implied) ? `--format ${implied} or ` : '';
    throw new UserError(`--out ${out}: the file name says ${implied}, but the format is ${format}; use ${offered}an --out ending in .${EXTENSION_OF[format] ?? format}`, 2);
  }
  return format;
}

const EXTENSION_OF: Record<string, string> = { table: 'txt', md: 'md', html: 'html', csv: 'csv', json: 'json', xlsx: 'xlsx', pdf: 'pdf' };

/** Writes bytes (xlsx, pdf) atomically to `out`; refuses stdout on a terminal and a missing --out. */
export async function emitBinary(data: Uint8Array, out: string | undefined, format: string, inputs: readonly string[] = []): Promise<void> {
  if (out === undefined || out === '-') {
    throw new UserError(`--format ${format} writes a binary file: give --out FILE.${EXTENSION_OF[format] ?? format}`, 2);
  }
  assertNotAnInput(out, inputs);
  await writeFileAtomic(out, data);
}

/** A message for the user on stderr (never stdout), unless --quiet. */
export function inform(options: GlobalOptions, message: string): void {
  if (!options.quiet) process.stderr.write(`${message}\n`);
}

/** Adds the options shared by the commands that read data (SPEC §1 common options). */
export function addDataOptions(command: Command): Command {
  return command
    .option('-s, --scenario <file>', 'scenario file (YAML)')
    .option('--functions <file>', 'function profiles CSV (overrides the scenario data block)')
    .option('--headcount <file>', 'headcount CSV, or the export folder with --preset')
    .option('--columns <file>', 'column map YAML (canonical: "Header in export")')
    .addOption(new Option('--preset <name>', 'HR-system export').choices(['raet-hrcore', 'afas', 'excel-nl']))
    .option('--delimiter <char>', 'CSV delimiter (default: detected)')
    .addOption(new Option('--encoding <name>', 'CSV encoding (default: detected)').choices(['utf-8', 'windows-1252']))
    .option('--example', 'run on the bundled example (Gemeente Voorbeeld)');
}

/** Adds --out, --quiet, --no-color, --debug. */
export function addOutputOptions(command: Command): Command {
  return command
    .option('-o, --out <file>', 'write the result to this file (atomically) instead of stdout')
    .option('-q, --quiet', 'no messages on stderr')
    .option('--no-color', 'no colour in tables')
    .option('--debug', 'show stack traces of unexpected errors');
}
