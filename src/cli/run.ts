import { Command, CommanderError } from 'commander';
import { UserError } from '../diagnostics/diagnostic.js';
import { formatDiagnosticsText } from '../diagnostics/format-diagnostics.js';
import { langOfArgv, type MessageLang } from '../diagnostics/message.js';
import { terminalText } from '../diagnostics/terminal-text.js';
import { describeFsError, isFsError } from '../io/fs-errors.js';
import { SPP_VERSION } from '../io/spp-version.js';
import { cliIo, colorAllowed, withCliIo, type CliIo } from './cli-io.js';
import { commands } from './commands.js';
import { refuseRepeatedOptions } from './shared.js';
import { usageError } from './usage-errors.js';

/**
 * Runs `spp` in this process: `argv` are the user's arguments (without node and the script),
 * `io` where the output goes. Returns the exit code (0 ok, 1 invalid input or --fail-on,
 * 2 usage, 70 a bug); never touches process.argv or process.exitCode (main.ts does).
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  let failure: number | undefined;
  const code = await withCliIo(io, async () => {
    try {
      const root = program(langOfArgv(argv));
      const unknown = unknownCommandInHelp(root, argv);
      // An unknown command with help asked is parsed alone, so commander reports it as it does
      // without help: its message and suggestion (`(Bedoelt u project?)`), exit 2.
      await root.parseAsync(unknown === undefined ? [...argv] : [unknown], { from: 'user' });
    } catch (error) {
      failure = exitCodeFor(error, debug, langOfArgv(argv));
    }
  });
  return failure ?? code;
}

/** The commander program with every command of the registry, writing to the current run's io; usage errors in `lang`. */
function program(lang: MessageLang): Command {
  const root = new Command('spp')
    .description(
      'Strategic personnel planning for municipalities: supply, demand, gap, functiemetamorfose and reskilling.',
    )
    .version(SPP_VERSION, '-V, --version')
    .showSuggestionAfterError(true);
  for (const make of commands) root.addCommand(make());
  wire(root, lang);
  return root;
}

/**
 * The command a help request names when spp has no such command: `spp help foo`, `spp foo --help`
 * (also `spp data --help`: data-command.ts holds shared options, not a command). Undefined otherwise.
 */
function unknownCommandInHelp(root: Command, argv: readonly string[]): string | undefined {
  const help = (arg: string): boolean => arg === '-h' || arg === '--help';
  const at = argv.findIndex((arg) => !help(arg));
  let name = argv[at];
  if (name === undefined || name.startsWith('-')) return undefined;
  if (name === 'help') {
    name = argv[at + 1];
    if (name === undefined || name.startsWith('-')) return undefined;
  } else if (!argv.some(help)) return undefined;
  const known = root.commands.some((command) => command.name() === name || command.aliases().includes(name!));
  return known ? undefined : name;
}

/** Every (sub)command throws instead of exiting and writes to the injected streams. */
function wire(command: Command, lang: MessageLang): void {
  command.exitOverride().configureOutput({
    writeOut: (s) => cliIo().stdout.write(s),
    writeErr: (s) => cliIo().stderr.write(s),
    // Usage errors as spp's own messages: `spp: onbekende optie '--foo'`.
    outputError: (s, write) => write(usageError(s, lang)),
    // commander's own defaults, on the injected streams: wrap help to a terminal, 80 otherwise.
    getOutHelpWidth: () => helpWidth(cliIo().stdout),
    getErrHelpWidth: () => helpWidth(cliIo().stderr),
    getOutHasColors: () => colorAllowed(cliIo().stdout),
    getErrHasColors: () => colorAllowed(cliIo().stderr),
  });
  refuseRepeatedOptions(command);
  for (const sub of command.commands) wire(sub, lang);
}

function helpWidth(stream: CliIo['stdout']): number {
  return (stream.isTTY === true ? stream.columns : undefined) ?? 80;
}

/**
 * The exit code of a failed run, after telling the user why in `lang` (the run's --lang, default nl;
 * commander's own usage errors were written by `usageError`).
 */
function exitCodeFor(error: unknown, debug: boolean, lang: MessageLang): number {
  const { stderr } = cliIo();
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
      return 0;
    }
    if (error.code === 'commander.executeSubCommandAsync') return 0;
    return 2; // commander already printed the message
  }
  if (error instanceof UserError) {
    if (error.diagnostics.length > 0) {
      stderr.write(formatDiagnosticsText(error.diagnostics, { color: false, lang }));
    }
    if (!error.saidByDiagnostics || error.diagnostics.length === 0) stderr.write(`spp: ${terminalText(error.text[lang])}\n`);
    if (debug && error.stack) stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  if (isFsError(error)) {
    // A file-system failure no reader or writer anticipated: still the user's disk, not a bug.
    const path = (error as { path?: string }).path;
    stderr.write(`spp: ${terminalText(describeFsError('use', path ?? (lang === 'nl' ? 'een bestand' : 'a file'), error)[lang])}\n`);
    return 2;
  }
  const err = error instanceof Error ? error : new Error(String(error));
  const bug =
    lang === 'nl'
      ? `spp: dit is een fout in spp: ${err.message}\nMeld die met het commando dat u gaf${debug ? '' : ' en de uitvoer van hetzelfde commando met --debug'}.\n`
      : `spp: this is a bug: ${err.message}\nPlease report it with the command you ran${debug ? '' : ' and the output of the same command with --debug'}.\n`;
  stderr.write(`${debug && err.stack ? `${err.stack}\n` : ''}${bug}`);
  return 70;
}
