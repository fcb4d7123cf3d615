import { cliIo } from './cli-io.js';
import { Command, Option } from 'commander';
import { formatDiagnosticsText } from '../diagnostics/format-diagnostics.js';
import { CSV_DIALECTS } from '../report/csv.js';
import { backtestRenderers, type BacktestFormat } from '../report/render-backtest.js';
import { yearOption } from './calibrate-command.js';
import { loadOptionsOf, terminalWidth, type DataCommandOptions } from './data-command.js';
import { addDataOptions, addOutputOptions, colorEnabled, emit, inform, once, pickFormatFor, wrote } from './shared.js';
import { addMonteCarloOptions, monteCarloOf, type MonteCarloOptions } from './monte-carlo-options.js';

const FORMATS = Object.keys(backtestRenderers) as BacktestFormat[];

/** `spp backtest -s S --actual NEW`: how well the scenario would have projected a later snapshot. */
export function backtestCommand(): Command {
  const command = new Command('backtest')
    .summary('score a projection from an old snapshot against a later actual snapshot')
    .description(
      'Projects the scenario from its data (an older snapshot; --headcount overrides it) to the year of --actual and ' +
        'compares per function and in total the projected and actual FTE and persons, the error and WAPE.',
    )
    .requiredOption('--actual <file>', 'the later snapshot (headcount CSV, or an export folder with --preset)')
    .option('--from <year>', "reference year of the old snapshot (default: the year in its file name, else the horizon start for the scenario's own headcount, else one year before --actual)", yearOption('--from'))
    .option('--to <year>', 'reference year of --actual (default: the year in its file name, else one year later)', yearOption('--to'))
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')} (default: table on a terminal, json when piped)`, once('--format'))
    .addOption(new Option('--lang <lang>', 'language of the summary paragraph (md, table)').choices(['nl', 'en']).default('nl'))
    .addOption(new Option('--csv-dialect <dialect>', 'CSV dialect').choices(CSV_DIALECTS).default('rfc'));
  addMonteCarloOptions(addDataOptions(command));
  addOutputOptions(command).action(async (options: DataCommandOptions & MonteCarloOptions & { actual: string; from?: number; to?: number; lang: 'nl' | 'en' }) => {
    const format = pickFormatFor(options.format, options.out, FORMATS);
    const monteCarlo = monteCarloOf(options);
    const { runBacktest } = await import('../app/backtest.js');
    const { result, diagnostics, inputs } = await runBacktest({
      ...loadOptionsOf(options),
      actual: options.actual,
      ...(options.from !== undefined ? { from: options.from } : {}),
      ...(options.to !== undefined ? { to: options.to } : {}),
      ...(monteCarlo !== undefined ? { monteCarlo } : {}),
    });
    if (!options.quiet && diagnostics.length > 0) cliIo().stderr.write(formatDiagnosticsText(diagnostics, { color: colorEnabled(options, cliIo().stderr), lang: options.lang ?? 'nl' }));
    const text = backtestRenderers[format](result, { color: options.out === undefined && colorEnabled(options), lang: options.lang, dialect: options.csvDialect ?? 'rfc', width: terminalWidth() });
    await emit(text, options.out, inputs);
    if (options.out !== undefined && options.out !== '-') inform(options, wrote(options.out));
  });
  return command;
}
