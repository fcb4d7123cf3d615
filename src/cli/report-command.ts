import { Command, Option } from 'commander';
import { runReport } from '../app/report.js';
import { UserError } from '../diagnostics/diagnostic.js';
import { REPORT_FORMATS, REPORT_LANGS, renderReport, type ReportFormat } from '../report/directie/render-report.js';
import { buildReportData } from '../report/directie/report-data.js';
import type { ReportLang } from '../report/directie/texts/texts.js';
import { inputPaths, loadOptionsOf, reportInputs, type DataCommandOptions } from './data-command.js';
import { addDataOptions, addOutputOptions, emit, inform } from './shared.js';
import { addMonteCarloOptions, monteCarloOf, type MonteCarloOptions } from './monte-carlo-options.js';

/**
 * The format of `spp report`: the one asked for; else html when --out ends in .html/.htm; else md
 * (Markdown on stdout is what pastes into a memo; an HTML page belongs in a file).
 */
export function reportFormatOf(requested: string | undefined, out: string | undefined): ReportFormat {
  if (requested !== undefined) {
    if ((REPORT_FORMATS as readonly string[]).includes(requested)) return requested as ReportFormat;
    throw new UserError(`unknown --format '${requested}': expected one of ${REPORT_FORMATS.join(', ')}`, 2);
  }
  return out !== undefined && /\.html?$/i.test(out) ? 'html' : 'md';
}

/** `spp report`: the directieteam report as Markdown or one self-contained HTML page. */
export function reportCommand(): Command {
  const command = new Command('report')
    .summary('the report for a directieteam: Markdown or a self-contained HTML page')
    .description(
      'Writes the full report in five chapters (Doorlichten, Doorbreken, Doorselecteren, Doorontwikkelen, ' +
        'Doorverbinden) with an executive summary, inline SVG charts and an appendix with every assumption and the ' +
        'reproducibility stamp. Default format: html when --out ends in .html, else md. Groups under ' +
        'privacy.min_group people are suppressed.',
    );
  addMonteCarloOptions(addDataOptions(command, { manyScenarios: true }));
  command
    .option('-f, --format <format>', `output format: ${REPORT_FORMATS.join(', ')} (default: html when --out ends in .html, else md)`)
    .addOption(new Option('--lang <lang>', 'report language').choices(REPORT_LANGS).default('nl'))
    .option('--sensitivity', 'add a chapter with the sensitivity of every assumption (a tornado chart)');
  type ReportOptions = Omit<DataCommandOptions, 'scenario'> & MonteCarloOptions & { scenario?: string[]; lang: ReportLang; sensitivity?: boolean };
  addOutputOptions(command).action(async (options: ReportOptions) => {
    const format = reportFormatOf(options.format, options.out);
    const { scenario: scenarios = [], ...rest } = options;
    const [scenario, ...others] = scenarios;
    const data: DataCommandOptions = { ...rest, ...(scenario !== undefined ? { scenario } : {}) };
    const monteCarlo = monteCarloOf(options);
    const { inputs, source } = await runReport(loadOptionsOf(data), {
      compareWith: others,
      sensitivity: options.sensitivity === true,
      ...(monteCarlo !== undefined ? { monteCarlo } : {}),
    });
    const text = renderReport(buildReportData(source), { format, lang: options.lang });
    for (const i of inputs) reportInputs(data, i);
    await emit(text, options.out, inputs.flatMap(inputPaths));
    if (options.out !== undefined && options.out !== '-') inform(options, `spp: wrote ${options.out}`);
  });
  return command;
}
