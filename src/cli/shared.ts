import { Option, type Command } from 'commander';
import { UserError } from '../diagnostics/diagnostic.js';
import { assertNotAnInput, writeFileAtomic } from '../io/write-file-atomic.js';
import { cliIo, colorAllowed, type CliStream } from './cli-io.js';

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
  if (requested === undefined) return cliIo().stdout.isTTY === true ? defaults.tty : defaults.pipe;
  if ((allowed as readonly string[]).includes(requested)) return requested as F;
  throw new UserError(`unknown --format '${requested}': expected one of ${allowed.join(', ')}`, 2);
}

/** The formats of a renderer registry (`satisfies Record<Format, …>`), in its order. */
export function formatsOf<F extends string>(registry: Record<F, unknown>): F[] {
  return Object.keys(registry) as F[];
}

/** Colour only on a TTY, never with NO_COLOR, TERM=dumb or --no-color (clig.dev; chalk ignores NO_COLOR). */
export function colorEnabled(options: GlobalOptions, stream: CliStream = cliIo().stdout): boolean {
  if (options.color === false) return false;
  return colorAllowed(stream);
}

/** Writes a result to stdout, or atomically to `out` (refusing to overwrite an input). */
export async function emit(text: string, out: string | undefined, inputs: readonly string[] = []): Promise<void> {
  if (out === undefined || out === '-') {
    cliIo().stdout.write(text.endsWith('\n') || text === '' ? text : `${text}\n`);
    return;
  }
  assertNotAnInput(out, inputs);
  await writeFileAtomic(out, text);
}

/** A message for the user on stderr (never stdout), unless --quiet. */
export function inform(options: GlobalOptions, message: string): void {
  if (!options.quiet) cliIo().stderr.write(`${message}\n`);
}

/**
 * Adds the options shared by the commands that read data (SPEC §1 common options). With
 * `manyScenarios`, --scenario may be repeated and collects a list (spp report compares them).
 */
export function addDataOptions(command: Command, { manyScenarios = false } = {}): Command {
  if (manyScenarios) {
    command.option('-s, --scenario <file>', 'scenario file (YAML); repeat it to add a chapter comparing the scenarios', (v: string, list?: string[]) => [...(list ?? []), v]);
  } else command.option('-s, --scenario <file>', 'scenario file (YAML)');
  return command
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
