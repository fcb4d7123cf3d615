import { Command } from 'commander';
import { UserError } from '../diagnostics/diagnostic.js';
import { explainRenderers } from '../report/render-explain.js';
import { addDataCommandOptions, addFunctionArgument, functionArgument, inputPaths, loadOptionsOf, parseYear, reportInputs, terminalWidth, type DataCommandOptions } from './data-command.js';
import { withPlanProgress } from './plan-progress.js';
import { colorEnabled, emit, formatsOf, pickFormatFor } from './shared.js';
import { cliIo, setExitCode } from './cli-io.js';
import { formatDiagnosticsText } from '../diagnostics/format-diagnostics.js';
import { labeller } from '../report/labels.js';

const FORMATS = formatsOf(explainRenderers);

/** `spp explain FUNCTION`: the chain behind one function's numbers, year by year. */
export function explainCommand(): Command {
  const command = addFunctionArgument(new Command('explain').summary("the chain behind one function's numbers, year by year")).description(
      'Start FTE → retirements → contract ends → attrition → transitions → supply; base demand → growth → ' +
        'automation per task category → overrides → demand; the status and the rule that fired.',
    );
  addDataCommandOptions(command, FORMATS)
    .option('--year <year>', 'only this year', parseYear)
    .action(async (_first: string, options: DataCommandOptions, self: Command) => {
      const functionId = functionArgument(self);
      const format = pickFormatFor(options.format, options.out, FORMATS);
      const { runExplain } = await import('../app/explain.js');
      const { inputs, result, planErrors } = await withPlanProgress(options, (onProgress) => runExplain(loadOptionsOf(options), functionId, onProgress));
      reportInputs(options, inputs);
      // A plan that cannot be solved within its limits: its located errors as spp plan gives them (also
      // with --quiet, as any error) and exit 1; the chain, which does not need the plan, is still shown.
      if (planErrors.length > 0) {
        cliIo().stderr.write(formatDiagnosticsText(planErrors, { color: colorEnabled(options, cliIo().stderr), lang: options.lang ?? 'nl' }));
        setExitCode(1);
      }
      if (options.year !== undefined && !result.years.some((y) => y.year === options.year)) {
        throw new UserError({ en: `--year ${options.year} is outside the horizon ${result.years[0]?.year}–${result.years.at(-1)?.year}`, nl: `--year ${options.year} valt buiten de horizon ${result.years[0]?.year}–${result.years.at(-1)?.year}` }, 2);
      }
      const lang = options.lang ?? 'nl';
      const text = explainRenderers[format](result, {
        color: options.out === undefined && colorEnabled(options),
        ...(options.year !== undefined ? { year: options.year } : {}),
        lang,
        label: labeller(lang, inputs.scenario.labels),
        width: terminalWidth(),
      });
      await emit(text, options.out, inputPaths(inputs));
    });
  return command;
}
