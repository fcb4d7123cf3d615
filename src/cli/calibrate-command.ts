import { cliIo } from './cli-io.js';
import { Command, Option } from 'commander';
import { UserError } from '../diagnostics/diagnostic.js';
import type { CalibrateOptions } from '../app/calibrate.js';
import { formatDiagnosticsText } from '../diagnostics/format-diagnostics.js';
import { calibrationRenderers, type CalibrationFormat } from '../report/render-calibration.js';
import { addOutputOptions, colorEnabled, DELIMITER_HELP, emit, inform, once, parseDelimiter, pickFormatFor, type GlobalOptions, wrote } from './shared.js';
import { LANGS, type Lang } from '../report/labels.js';
import { terminalWidth } from './data-command.js';

const FORMATS = Object.keys(calibrationRenderers) as CalibrationFormat[];

/** A parser of a --from/--to year for `option`, with its message in both languages (exit code 2). */
export function yearOption(option: string): (text: string) => number {
  return (text) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1900 || n > 2200) throw new UserError({ en: `${option} '${text}': expected a year like 2025`, nl: `${option} '${text}': verwacht een jaartal zoals 2025` }, 2);
    return n;
  };
}

/** A parser of a whole-number option named `option` (--min-at-risk, --joiners), with its message in both languages (exit code 2). */
function countOption(option: string): (text: string) => number {
  return (text) => {
    const n = Number(text);
    if (!/^\s*\d+\s*$/.test(text) || !Number.isSafeInteger(n)) throw new UserError({ en: `${option} '${text}': expected a whole number ≥ 0`, nl: `${option} '${text}': verwacht een geheel getal ≥ 0` }, 2);
    return n;
  };
}

interface CalibrateCommandOptions extends GlobalOptions, Omit<CalibrateOptions, 'old' | 'new'> {
  format?: string;
  out?: string;
  triples?: boolean;
  lang?: Lang;
}

/** Adds the options that say how the snapshots are read (shared with backtest). */
function addSnapshotOptions(command: Command): Command {
  return command
    .option('--columns <file>', 'column map YAML (canonical: "Header in export")')
    .addOption(new Option('--preset <name>', 'HR-system export').choices(['raet-hrcore', 'afas', 'excel-nl']))
    .option('--delimiter <char>', DELIMITER_HELP, parseDelimiter)
    .addOption(new Option('--encoding <name>', 'CSV encoding (default: detected)').choices(['utf-8', 'windows-1252']));
}

/** `spp calibrate OLD NEW`: attrition, transition and renewal rates measured from two snapshots. */
export function calibrateCommand(): Command {
  const command = new Command('calibrate')
    .summary('measure attrition, transition and renewal rates from two headcount snapshots')
    .description(
      'Links the people of two headcount snapshots (a year or more apart) by employee_id and estimates, per age band, ' +
        'family and function, the attrition and transition rates per year with a 90% interval, and the renewal of ' +
        'temporary contracts; --format yaml writes a workforce: block to paste into a scenario.',
    )
    .argument('<old>', 'the earlier snapshot (headcount CSV, or an export folder with --preset)')
    .argument('<new>', 'the later snapshot')
    .option('--from <year>', 'reference year of OLD (default: the year in its file name)', yearOption('--from'))
    .option('--to <year>', 'reference year of NEW (default: the year in its file name)', yearOption('--to'))
    .option('-s, --scenario <file>', 'scenario: its age bands, AOW ages, privacy.min_group and data.functions', once('--scenario'))
    .option('--functions <file>', 'function profiles CSV (for families)', once('--functions'))
    .option('--min-at-risk <n>', 'at risk a family or function needs for a rule of its own (default 30)', countOption('--min-at-risk'))
    .option('--joiners <n>', 'without employee ids: hires between the snapshots', countOption('--joiners'))
    .option('--triples', 'yaml: write rates as [low, likely, high] (for Monte Carlo)')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')} (default: table on a terminal, json when piped)`, once('--format'))
    .addOption(new Option('--lang <lang>', 'language of table and md (the yaml block stays English)').choices(LANGS).default('nl'));
  addSnapshotOptions(command);
  addOutputOptions(command).action(async (oldPath: string, newPath: string, options: CalibrateCommandOptions) => {
    const format = pickFormatFor(options.format, options.out, FORMATS);
    const { format: _f, out: _o, triples: _t, quiet: _q, color: _c, debug: _d, lang: _l, ...rest } = options;
    const { runCalibrate } = await import('../app/calibrate.js');
    const { result, diagnostics, inputs } = await runCalibrate({ ...rest, old: oldPath, new: newPath });
    if (!options.quiet && diagnostics.length > 0) cliIo().stderr.write(formatDiagnosticsText(diagnostics, { color: colorEnabled(options, cliIo().stderr), lang: options.lang ?? 'nl' }));
    const text = calibrationRenderers[format](result, { color: options.out === undefined && colorEnabled(options), triples: options.triples === true, lang: options.lang ?? 'nl', width: terminalWidth() });
    await emit(text, options.out, inputs);
    if (options.out !== undefined && options.out !== '-') inform(options, wrote(options.out));
  });
  return command;
}
