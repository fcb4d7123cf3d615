import { Command } from 'commander';
import { checkFailOn, parseFailOn } from '../app/fail-on.js';
import { UserError } from '../diagnostics/diagnostic.js';
import type { Message } from '../diagnostics/message.js';
import { projectRenderers } from '../report/render-projection.js';
import { addDataCommandOptions, inputPaths, loadOptionsOf, parseYear, reportInputs, terminalWidth, type DataCommandOptions } from './data-command.js';
import { cliIo, setExitCode } from './cli-io.js';
import { labeller } from '../report/labels.js';
import { colorEnabled, emit, emitBinary, formatsOf, inform, pickFormatFor, wrote } from './shared.js';
import { addMonteCarloOptions, monteCarloOf, type MonteCarloOptions } from './monte-carlo-options.js';

const FORMATS = [...formatsOf(projectRenderers), 'xlsx' as const];

/** Collects a repeatable option's values (commander keeps only the last one otherwise). */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** `spp project`: supply, demand, gap and status per function per year. */
export function projectCommand(): Command {
  const command = new Command('project')
    .summary('project supply, demand, gap and status per function per year')
    .description(
      'Projects the workforce (supply) and the work (demand) year by year under a scenario, with the gap ' +
        '(supply − demand) and the status of every function (emerging, disappearing, changing, growing, shrinking, stable).',
    );
  addMonteCarloOptions(addDataCommandOptions(command, FORMATS))
    .option('--by <column>', 'aggregate by `family` or by a headcount column of categories (e.g. afdeling)')
    .option('--year <year>', 'the year to show in table/md (default: horizon end); csv: only that year', parseYear)
    .option('--fail-on <condition>', 'exit 1 when e.g. shortage>10, surplus>25 or vulnerable>50 holds (CI); repeatable, each applies', collect)
    .action(async (options: DataCommandOptions & MonteCarloOptions & { failOn?: string[] }) => {
      const format = pickFormatFor(options.format, options.out, FORMATS);
      const failOn = (options.failOn ?? []).map((text) => parseFailOn(text));
      const groupBy = options.by !== undefined && options.by !== 'family' ? options.by : undefined;
      const { runProject } = await import('../app/project.js');
      const { inputs, result } = await runProject(loadOptionsOf(options, groupBy), monteCarloOf(options));
      reportInputs(options, inputs);
      if (options.year !== undefined && !result.years.includes(options.year)) {
        throw new UserError({ en: `--year ${options.year} is outside the horizon ${result.years[0]}–${result.years.at(-1)}`, nl: `--year ${options.year} valt buiten de horizon ${result.years[0]}–${result.years.at(-1)}` }, 2);
      }
      // Evaluated before writing: a failing or closed stdout must not turn a held condition into exit 0.
      const failed = failOn.map((condition) => checkFailOn(result, condition)).filter((m): m is Message => m !== null);
      if (failed.length > 0) setExitCode(1);
      if (format === 'xlsx') {
        const [{ renderProjectWorkbook }, { workbookContext }] = await Promise.all([import('../report/xlsx/result-workbooks.js'), import('./workbook-context.js')]);
        const bytes = await renderProjectWorkbook(result, options.by !== undefined ? { by: options.by } : {}, workbookContext(inputs, result.assumptions, result.stamp, options.lang ?? 'nl', true));
        await emitBinary(bytes, options.out, format, inputPaths(inputs));
        inform(options, wrote(options.out));
        for (const message of failed) cliIo().stderr.write(`spp: ${message[options.lang ?? 'nl']}\n`);
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
      if (options.out !== undefined && options.out !== '-') inform(options, wrote(options.out));
      for (const message of failed) cliIo().stderr.write(`spp: ${message[options.lang ?? 'nl']}\n`);
    });
  return command;
}
