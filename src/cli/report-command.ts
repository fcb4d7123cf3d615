import { Command, Option } from 'commander';
import { UserError } from '../diagnostics/diagnostic.js';
import { REPORT_FORMATS, REPORT_LANGS } from '../report/directie/report-formats.js';
import type { ReportLang } from '../report/directie/texts/texts.js';
import { inputPaths, loadOptionsOf, reportInputSet, type DataCommandOptions } from './data-command.js';
import { addDataOptions, addOutputOptions, assertOutExtension, colorEnabled, emit, emitBinary, formatOfOut, inform, once, wrote } from './shared.js';
import { formatDiagnosticsText } from '../diagnostics/format-diagnostics.js';
import { addMonteCarloOptions, monteCarloOf, type MonteCarloOptions } from './monte-carlo-options.js';
import { cliIo } from './cli-io.js';
import { comparePlanLine, progressShown, withPlanProgress } from './plan-progress.js';
import { progressLine } from './sensitivity-command.js';

/** The formats of `spp report`: the renderers' (md, html) and pdf, which is the HTML page printed by a local Chromium. */
const REPORT_COMMAND_FORMATS = [...REPORT_FORMATS, 'pdf'] as const;
type ReportCommandFormat = (typeof REPORT_COMMAND_FORMATS)[number];

/**
 * The format of `spp report`: the one asked for; else the one --out's extension names (.html,
 * .pdf, .md); else md (Markdown on stdout is what pastes into a memo; an HTML page belongs in a
 * file). An --out whose extension names another format than the one asked for is refused.
 */
export function reportFormatOf(requested: string | undefined, out: string | undefined): ReportCommandFormat {
  assertOutExtension(out, REPORT_COMMAND_FORMATS);
  // A .txt (a table elsewhere) is text: the report's Markdown.
  const implied = formatOfOut(out) === 'table' ? 'md' : formatOfOut(out);
  const offered = (f: string | undefined): f is ReportCommandFormat => f !== undefined && (REPORT_COMMAND_FORMATS as readonly string[]).includes(f);
  if (requested !== undefined && !offered(requested)) {
    throw new UserError({ en: `unknown --format '${requested}': expected one of ${REPORT_COMMAND_FORMATS.join(', ')}`, nl: `onbekende --format '${requested}': verwacht een van ${REPORT_COMMAND_FORMATS.join(', ')}` }, 2);
  }
  const format = requested ?? (offered(implied) ? implied : 'md');
  if (implied !== undefined && implied !== format) {
    throw new UserError(
      {
        en: `--out ${out}: the file name says ${implied}, but the format is ${format}; ${offered(implied) ? `use --format ${implied} or ` : 'use '}an --out ending in .${format}`,
        nl: `--out ${out}: de bestandsnaam zegt ${implied}, maar het formaat is ${format}; gebruik ${offered(implied) ? `--format ${implied} of ` : ''}een --out die eindigt op .${format}`,
      },
      2,
    );
  }
  return format;
}

/** `spp report`: the directieteam report as Markdown or one self-contained HTML page. */
export function reportCommand(): Command {
  const command = new Command('report')
    .summary('the report for a directieteam: Markdown or a self-contained HTML page')
    .description(
      'Writes the full report in five chapters (Doorlichten, Doorbreken, Doorselecteren, Doorontwikkelen, ' +
        'Doorverbinden) with an executive summary, inline SVG charts and an appendix with every assumption and the ' +
        'reproducibility stamp. Default format: the one the extension of --out names (.md, .html, .pdf), else md. Groups under ' +
        'privacy.min_group people are suppressed.',
    );
  addMonteCarloOptions(addDataOptions(command, { manyScenarios: true }));
  command
    .option('-f, --format <format>', `output format: ${REPORT_COMMAND_FORMATS.join(', ')} (default: from --out's extension, else md)`, once('--format'))
    .addOption(new Option('--lang <lang>', 'report language').choices(REPORT_LANGS).default('nl'))
    .option('--sensitivity', 'add a chapter with the sensitivity of every assumption (a tornado chart)')
    .option('--actual <file>', 'a later snapshot: the appendix says how well the model projected it (a backtest, as spp backtest)')
    .option('--previous <file>', "with --actual: the older snapshot the backtest projects from (default: the report's headcount)");
  type ReportOptions = Omit<DataCommandOptions, 'scenario'> &
    MonteCarloOptions & { scenario?: string[]; lang: ReportLang; sensitivity?: boolean; actual?: string; previous?: string };
  addOutputOptions(command).action(async (options: ReportOptions) => {
    const format = reportFormatOf(options.format, options.out);
    // pdf needs a file: refused before the (slow) computation.
    if (format === 'pdf' && (options.out === undefined || options.out === '-')) await emitBinary(new Uint8Array(), options.out, format);
    if (options.previous !== undefined && options.actual === undefined) throw new UserError({ en: '--previous needs --actual: the later snapshot to score the projection against', nl: '--previous heeft --actual nodig: het latere peilbestand waartegen de projectie wordt getoetst' }, 2);
    const { scenario: scenarios = [], actual, previous, ...rest } = options;
    const [scenario, ...others] = scenarios;
    const data: DataCommandOptions = { ...rest, ...(scenario !== undefined ? { scenario } : {}) };
    const monteCarlo = monteCarloOf(options);
    const comparePlans = others.length > 0 ? comparePlanLine(options) : undefined;
    const [{ runReport }, { buildReportData }, { renderReport }] = await Promise.all([
      import('../app/report.js'),
      import('../report/directie/report-data.js'),
      import('../report/directie/render-report.js'),
    ]);
    const { inputs, source, diagnostics } = await withPlanProgress(options, (onPlanProgress) => runReport(loadOptionsOf(data), {
      compareWith: others,
      sensitivity: options.sensitivity === true,
      ...(monteCarlo !== undefined ? { monteCarlo } : {}),
      ...(actual !== undefined ? { backtest: { actual, ...(previous !== undefined ? { previous } : {}) } } : {}),
      ...(onPlanProgress !== undefined ? { onPlanProgress } : {}),
      ...(comparePlans !== undefined ? { onComparePlanProgress: comparePlans } : {}),
      // The sensitivity chapter re-solves the plan per variant: half a minute for krimp-vacaturestop.
      ...(options.sensitivity === true && progressShown(options) ? { onSensitivityProgress: progressLine(options.lang ?? 'nl') } : {}),
    }));
    const report = buildReportData(source);
    reportInputSet(data, inputs);
    if (!options.quiet && diagnostics.length > 0) cliIo().stderr.write(formatDiagnosticsText(diagnostics, { color: colorEnabled(options, cliIo().stderr), lang: options.lang ?? 'nl' }));
    const paths = [...inputs.flatMap(inputPaths), ...(actual !== undefined ? [actual] : []), ...(previous !== undefined ? [previous] : [])];
    if (format === 'pdf') {
      const html = renderReport(report, { format: 'html', lang: options.lang });
      const { findChromium, printPdf } = await import('../io/print-pdf.js');
      const pdf = await printPdf(html, { browser: findChromium(cliIo().env), htmlOut: options.out!.replace(/\.pdf$/i, '.html') });
      await emitBinary(pdf, options.out, format, paths);
    } else {
      await emit(renderReport(report, { format, lang: options.lang }), options.out, paths);
    }
    if (options.out !== undefined && options.out !== '-') inform(options, wrote(options.out));
  });
  return command;
}
