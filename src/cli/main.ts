import { Command, CommanderError } from 'commander';
import { UserError } from '../diagnostics/diagnostic.js';
import { formatDiagnosticsText } from '../diagnostics/format-diagnostics.js';
import { terminalText } from '../diagnostics/terminal-text.js';
import { commands } from './commands.js';
import { SPP_VERSION } from '../version.js';
import { removePendingTempFiles } from '../io/write-file-atomic.js';
import { describeFsError, isFsError } from '../io/fs-errors.js';

/**
 * The only module that touches argv and the exit code (knip style): it builds the program,
 * runs it, and turns errors into messages and exit codes (0 ok, 1 invalid input, 2 usage).
 */
async function main(argv: string[]): Promise<void> {
  const program = new Command('spp')
    .description(
      'Strategic personnel planning for municipalities: supply, demand, gap, functiemetamorfose and reskilling.',
    )
    .version(SPP_VERSION, '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const make of commands) program.addCommand(make().exitOverride());

  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv);
  } catch (error) {
    process.exitCode = exitCodeFor(error, debug);
  }
}

function exitCodeFor(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
      return 0;
    }
    if (error.code === 'commander.executeSubCommandAsync') return 0;
    return 2; // commander already printed the message
  }
  if (error instanceof UserError) {
    if (error.diagnostics.length > 0) {
      process.stderr.write(formatDiagnosticsText(error.diagnostics, { color: false }));
    }
    process.stderr.write(`spp: ${terminalText(error.message)}\n`);
    if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  if (isFsError(error)) {
    // A file-system failure no reader or writer anticipated: still the user's disk, not a bug.
    const path = (error as { path?: string }).path;
    process.stderr.write(`spp: ${describeFsError('use', path ?? 'a file', error)}\n`);
    return 2;
  }
  const err = error instanceof Error ? error : new Error(String(error));
  process.stderr.write(
    `${debug && err.stack ? `${err.stack}\n` : ''}spp: this is a bug: ${err.message}\n` +
      `Please report it with the command you ran${debug ? '' : ' and the output of the same command with --debug'}.\n`,
  );
  return 70;
}

// `spp … | head` closes stdout early: that is not an error (xsv style), but the exit code a command
// already set (a --fail-on that held, a failed validation) stands. Other failures (a full disk)
// are reported by emit; here they only must not become an uncaught exception.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') return;
  process.exitCode = Math.max(Number(process.exitCode ?? 0), 2);
});

// An interrupted write leaves no temp file behind; then the default action of the signal.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    removePendingTempFiles();
    process.kill(process.pid, signal);
  });
}

await main(process.argv);
