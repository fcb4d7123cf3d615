import { Option, type Command } from 'commander';
import { UserError } from '../diagnostics/diagnostic.js';
import type { Message, MessageLang } from '../diagnostics/message.js';
import { describeFsError, errnoOf } from '../io/fs-errors.js';
import { DELIMITERS } from '../io/csv/csv-options.js';
import { assertNotAnInput, writeFileAtomic } from '../io/write-file-atomic.js';
import { cliIo, colorAllowed, type CliStream } from './cli-io.js';

/** Options every command may carry; commander fills these (camelCase). */
export interface GlobalOptions {
  quiet?: boolean;
  color?: boolean; // --no-color sets false
  debug?: boolean;
  /** --lang: the language of human output and messages (default nl). */
  lang?: MessageLang;
}

/**
 * Picks the output format: the requested one when allowed, else `table` on a terminal and
 * `json` when stdout is piped (SPEC §1), unless the command gives other defaults.
 */
function pickFormat<F extends string>(
  requested: string | undefined,
  allowed: readonly F[],
  defaults: { tty: F; pipe: F } = { tty: 'table' as F, pipe: 'json' as F },
): F {
  if (requested === undefined) return cliIo().stdout.isTTY === true ? defaults.tty : defaults.pipe;
  if ((allowed as readonly string[]).includes(requested)) return requested as F;
  throw new UserError({ en: `unknown --format '${requested}': expected one of ${allowed.join(', ')}`, nl: `onbekende --format '${requested}': verwacht een van ${allowed.join(', ')}` }, 2);
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

/**
 * Whether `--force` was given to the command being run (set by the hook that comes with the option),
 * so every `emit` honours it without each command passing it along.
 */
let forceOverwrite = false;

/**
 * Writes a result to stdout, or atomically to `out`: a new path, or an existing regular file with
 * --force; never an input, a device, a FIFO or a folder. A failing stdout (a full disk behind a
 * redirect) becomes a one-line UserError; a reader that closed the pipe (`spp … | head`) is not an error.
 */
export async function emit(text: string, out: string | undefined, inputs: readonly string[] = []): Promise<void> {
  if (out === undefined || out === '-') {
    await writeStdout(text.endsWith('\n') || text === '' ? text : `${text}\n`);
    return;
  }
  assertNotAnInput(out, inputs);
  await writeFileAtomic(out, text, { force: forceOverwrite });
}

/** Writes to stdout and waits until it is written; EPIPE ends quietly, other failures are UserErrors. */
function writeStdout(text: string): Promise<void> {
  const stdout = cliIo().stdout;
  if (stdout !== process.stdout) {
    // An injected stream (run(argv, io) in a test or an embedding program) takes the text as it is.
    stdout.write(text);
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const done = (error?: Error | null): void => {
      if (!error || errnoOf(error) === 'EPIPE') resolve();
      else reject(new UserError(describeFsError('write the result to', 'stdout', error), 2));
    };
    try {
      process.stdout.write(text, done);
    } catch (error) {
      // A redirect to a file writes synchronously and may throw (ENOSPC).
      done(error as Error);
    }
  });
}

/** The format each output file extension stands for. */
const FORMAT_OF_EXTENSION: Record<string, string> = {
  '.html': 'html', '.htm': 'html', '.md': 'md', '.markdown': 'md', '.csv': 'csv', '.json': 'json', '.xlsx': 'xlsx', '.pdf': 'pdf',
  '.txt': 'table', '.yaml': 'yaml', '.yml': 'yaml',
};

/**
 * Refuses an --out whose extension is none of the command's formats' (`spp report --out x.docx`
 * wrote Markdown into a .docx, exit 0): exit 2, naming the extensions it can write. A name without
 * an extension is written in the chosen format.
 */
export function assertOutExtension(out: string | undefined, allowed: readonly string[]): void {
  const extension = extensionOf(out);
  if (extension === undefined) return;
  const extensions = allowed.map((format) => `.${EXTENSION_OF[format] ?? format}`);
  if (allowed.includes(FORMAT_OF_EXTENSION[extension] ?? '')) return;
  // A .txt is text: a terminal table, or Markdown where the command has no table (spp report).
  if (extension === '.txt' && allowed.includes('md')) return;
  const list = (or: string): string => (extensions.length === 1 ? extensions[0]! : `${extensions.slice(0, -1).join(', ')} ${or} ${extensions.at(-1)!}`);
  throw new UserError(
    {
      en: `--out ${out}: this command cannot write a ${extension} file; expected an --out ending in ${list('or')} (the formats ${allowed.join(', ')})`,
      nl: `--out ${out}: deze opdracht kan geen ${extension}-bestand schrijven; verwacht een --out die eindigt op ${list('of')} (de formaten ${allowed.join(', ')})`,
    },
    2,
  );
}

/** The format an --out file's extension stands for, or undefined for another extension (e.g. .txt). */
export function formatOfOut(out: string | undefined): string | undefined {
  const extension = extensionOf(out);
  return extension === undefined ? undefined : FORMAT_OF_EXTENSION[extension];
}

/** An --out file name's extension, lower case (`.pdf`); undefined for stdout (`-`) or a name without one. */
function extensionOf(out: string | undefined): string | undefined {
  if (out === undefined || out === '-') return undefined;
  const m = /\.[A-Za-z0-9]+$/.exec(out.split(/[\\/]/).pop() ?? '');
  return m === null ? undefined : m[0].toLowerCase();
}

/**
 * Picks the format with --out in mind: an --out whose extension names a format the command offers
 * chooses it when --format is not given; an --out whose extension names another format than the one
 * asked for is refused (a .pdf holding Markdown helps nobody).
 */
export function pickFormatFor<F extends string>(requested: string | undefined, out: string | undefined, allowed: readonly F[], defaults?: { tty: F; pipe: F }): F {
  assertOutExtension(out, allowed);
  const implied = formatOfOut(out);
  if (requested === undefined && implied !== undefined && (allowed as readonly string[]).includes(implied)) return implied as F;
  const format = pickFormat(requested, allowed, defaults);
  if (implied !== undefined && implied !== format) {
    const offered = (allowed as readonly string[]).includes(implied) ? `--format ${implied} or ` : '';
    const aangeboden = (allowed as readonly string[]).includes(implied) ? `--format ${implied} of ` : '';
    const extension = EXTENSION_OF[format] ?? format;
    throw new UserError(
      {
        en: `--out ${out}: the file name says ${implied}, but the format is ${format}; use ${offered}an --out ending in .${extension}`,
        nl: `--out ${out}: de bestandsnaam zegt ${implied}, maar het formaat is ${format}; gebruik ${aangeboden}een --out die eindigt op .${extension}`,
      },
      2,
    );
  }
  return format;
}

const EXTENSION_OF: Record<string, string> = { table: 'txt', md: 'md', html: 'html', csv: 'csv', json: 'json', xlsx: 'xlsx', pdf: 'pdf', yaml: 'yaml' };

/** Writes bytes (xlsx, pdf) atomically to `out`; refuses stdout on a terminal and a missing --out. */
export async function emitBinary(data: Uint8Array, out: string | undefined, format: string, inputs: readonly string[] = []): Promise<void> {
  if (out === undefined || out === '-') {
    const extension = EXTENSION_OF[format] ?? format;
    throw new UserError({ en: `--format ${format} writes a binary file: give --out FILE.${extension}`, nl: `--format ${format} schrijft een binair bestand: geef --out BESTAND.${extension}` }, 2);
  }
  assertNotAnInput(out, inputs);
  await writeFileAtomic(out, data, { force: forceOverwrite });
}

/** A message for the user on stderr (never stdout) in the command's --lang (default nl), unless --quiet. */
export function inform(options: GlobalOptions, message: Message): void {
  if (!options.quiet) cliIo().stderr.write(`${message[options.lang ?? 'nl']}\n`);
}

/** "spp: wrote x" / "spp: x geschreven", after an --out. */
export function wrote(out: string | undefined): Message {
  return { en: `spp: wrote ${out ?? '-'}`, nl: `spp: ${out ?? '-'} geschreven` };
}

/** `--lang nl|en` (default nl) for a command whose only human output is its messages. */
export function addLangOption(command: Command): Command {
  return command.addOption(new Option('--lang <lang>', 'language of the messages').choices(['nl', 'en']).default('nl'));
}

/**
 * Adds the options shared by the commands that read data (SPEC §1 common options). With
 * `manyScenarios`, --scenario may be repeated and collects a list (spp report compares them).
 */
export function addDataOptions(command: Command, { manyScenarios = false } = {}): Command {
  if (manyScenarios) {
    command.option('-s, --scenario <file>', 'scenario file (YAML); repeat it to add a chapter comparing the scenarios', (v: string, list?: string[]) => [...(list ?? []), v]);
  } else command.option('-s, --scenario <file>', 'scenario file (YAML)', once('--scenario'));
  return command
    .option('--functions <file>', 'function profiles CSV (overrides the scenario data block)', once('--functions'))
    .option('--headcount <file>', 'headcount CSV, or the export folder with --preset', once('--headcount'))
    .option('--columns <file>', 'column map YAML (canonical: "Header in export")', once('--columns'))
    .addOption(new Option('--preset <name>', 'HR-system export').choices(['raet-hrcore', 'afas', 'excel-nl']))
    .option('--delimiter <char>', DELIMITER_HELP, parseDelimiter)
    .addOption(new Option('--encoding <name>', 'CSV encoding (default: detected)').choices(['utf-8', 'windows-1252']))
    .option('--example', 'run on the bundled example (Gemeente Voorbeeld)');
}

/** The help text of --delimiter, the same in every command. */
export const DELIMITER_HELP = "CSV delimiter: ',', ';', '|' or tab (default: detected)";

/**
 * Parses --delimiter (every command that reads CSV): one of the delimiters spp reads (SPEC §2.1), tab
 * also as `tab` or `\t`. Anything else is a usage error before a file is read (exit 2): `x` used to be
 * accepted and made every row one field.
 */
export function parseDelimiter(text: string): string {
  const delimiter = text === 'tab' || text === '\\t' ? '\t' : text;
  if ((DELIMITERS as readonly string[]).includes(delimiter)) return delimiter;
  throw new UserError({ en: `--delimiter '${text}': expected ',', ';', '|' or tab`, nl: `--delimiter '${text}': verwacht ',', ';', '|' of tab` }, 2);
}

/**
 * The parser of an option that takes one value: given twice, commander would silently keep the last
 * (`spp project -s a.yaml -s b.yaml` ran b alone, where the user meant a comparison); it is a usage error.
 */
export function once(flag: string): (value: string, previous: string | undefined) => string {
  return (value, previous) => {
    if (previous === undefined) return value;
    throw givenTwice(flag, previous, value);
  };
}

/** The usage error (exit 2) for a single-value option given twice. */
function givenTwice(flag: string, previous: string, value: string): UserError {
  const compare =
    flag === '--scenario'
      ? { en: ': this command runs one scenario; to set scenarios side by side use spp compare A.yaml B.yaml (or spp report -s A.yaml -s B.yaml)', nl: ': dit commando draait één scenario; scenario’s naast elkaar zet spp compare A.yaml B.yaml (of spp report -s A.yaml -s B.yaml)' }
      : { en: '; give it once', nl: '; geef het één keer' };
  return new UserError({ en: `${flag} given twice ('${previous}', '${value}')${compare.en}`, nl: `${flag} twee keer opgegeven ('${previous}', '${value}')${compare.nl}` }, 2);
}

/**
 * Every option of `command` that takes a value refuses a second one, as `once` does: commander keeps
 * the last silently (`--year 2030 --year 2031` showed 2031), also for options with a default (`--lang`)
 * or a list of choices, which `once` cannot wrap. An option whose parser collects a list (`--fail-on`,
 * `-s` of report and compare) may be repeated. Listens after commander's own handler, so a `once`
 * parser speaks first.
 */
export function refuseRepeatedOptions(command: Command): void {
  for (const option of command.options) {
    if ((!option.required && !option.optional) || option.variadic) continue;
    let previous: string | undefined;
    command.on(`option:${option.name()}`, (value: string) => {
      const collected = Array.isArray(command.getOptionValue(option.attributeName()));
      if (previous !== undefined && !collected) throw givenTwice(option.long ?? option.flags, previous, value);
      previous = value;
    });
  }
}

/** `--force` for --out; every command that writes with `emit` has it, and sets (or resets) it per run. */
export function addForceOption(command: Command): Command {
  return command.addOption(new Option('--force', 'with --out: replace an existing file')).hook('preAction', (self) => {
    forceOverwrite = self.opts()['force'] === true;
  });
}

/** Adds --out, --force, --quiet, --no-color, --debug. */
export function addOutputOptions(command: Command): Command {
  return addForceOption(command.option('-o, --out <file>', 'write the result to this file (atomically) instead of stdout', once('--out')))
    .option('-q, --quiet', 'no messages on stderr')
    .option('--no-color', 'no colour in tables')
    .option('--debug', 'show stack traces of unexpected errors');
}
