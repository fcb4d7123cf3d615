import { Command, CommanderError } from 'commander';
import { UserError } from '../diagnostics/diagnostic.js';
import { formatDiagnosticsText } from '../diagnostics/format-diagnostics.js';
import { commands } from './commands.js';
import { SPP_VERSION } from '../io/spp-version.js';

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
    process.stderr.write(`spp: ${error.message}\n`);
    if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const err = error instanceof Error ? error : new Error(String(error));
  process.stderr.write(
    `${debug && err.stack ? `${err.stack}\n` : ''}spp: this is a bug: ${err.message}\n` +
      `Please report it with the command you ran${debug ? '' : ' and the output of the same command with --debug'}.\n`,
  );
  return 70;
}

// `spp … | head` closes stdout early: that is not an error (xsv style).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

await main(process.argv);
