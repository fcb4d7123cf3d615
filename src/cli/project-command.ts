import { Command } from 'commander';
import { runProject } from '../app/project.js';
import { checkFailOn, parseFailOn } from '../app/fail-on.js';
import { UserError } from '../diagnostics/diagnostic.js';
import { projectRenderers, type ProjectFormat } from '../report/render-projection.js';
import { addDataCommandOptions, inputPaths, loadOptionsOf, parseYear, reportInputs, terminalWidth, type DataCommandOptions } from './data-command.js';
import { labeller } from '../report/labels.js';
import { colorEnabled, emit, emitBinary, inform, pickFormatFor } from './shared.js';
import { renderProjectWorkbook } from '../report/xlsx/result-workbooks.js';
import { workbookContext } from './workbook-context.js';

const FORMATS = [...(Object.keys(projectRenderers) as ProjectFormat[]), 'xlsx'] as const;

/** `spp project`: supply, demand, gap and status per function per year. */
export function projectCommand(): Command {
  const command = new Command('project')
    .summary('project supply, demand, gap and status per function per year')
    .description(
      'Projects the workforce (supply) and the work (demand) year by year under a scenario, with the gap ' +
        '(supply − demand) and the status of every function (emerging, disappearing, changing, growing, shrinking, stable).',
    );
  addDataCommandOptions(command, FORMATS)
    .option('--by <column>', 'aggregate by `family` or by a headcount column (e.g. afdeling)')
    .option('--year <year>', 'the year to show in table/md (default: horizon end); csv: only that year', parseYear)
    .option('--fail-on <condition>', 'exit 1 when e.g. shortage>10, surplus>25 or vulnerable>50 holds (CI)')
    .action(async (options: DataCommandOptions & { failOn?: string }) => {
      const format = pickFormatFor(options.format, options.out, FORMATS);
      const failOn = options.failOn === undefined ? undefined : parseFailOn(options.failOn);
      const groupBy = options.by !== undefined && options.by !== 'family' ? options.by : undefined;
      const { inputs, result } = await runProject(loadOptionsOf(options, groupBy));
      reportInputs(options, inputs);
      if (options.year !== undefined && !result.years.includes(options.year)) {
        throw new UserError(`--year ${options.year} is outside the horizon ${result.years[0]}–${result.years.at(-1)}`, 2);
      }
      if (format === 'xlsx') {
        const bytes = await renderProjectWorkbook(result, options.by !== undefined ? { by: options.by } : {}, workbookContext(inputs, result.assumptions, result.stamp, options.lang ?? 'nl'));
        await emitBinary(bytes, options.out, format, inputPaths(inputs));
        inform(options, `spp: wrote ${options.out}`);
        return;
      }
      const text = projectRenderers[format](result, {
        lang: options.lang ?? 'nl',
        width: terminalWidth(),
        label: labeller(options.lang ?? 'nl', inputs.scenario.labels),
        color: options.out === undefined && colorEnabled(options),
        ...(options.year !== undefined ? { year: options.year } : {}),
        ...(options.by !== undefined ? { by: options.by } : {}),
        dialect: options.csvDialect ?? 'rfc',
      });
      await emit(text, options.out, inputPaths(inputs));
      if (options.out !== undefined) inform(options, `spp: wrote ${options.out}`);
      if (failOn) {
        const message = checkFailOn(result, failOn);
        if (message !== null) {
          process.stderr.write(`spp: ${message}\n`);
          process.exitCode = 1;
        }
      }
    });
  return command;
}
