import { Command } from 'commander';
import { pathwaysRenderers, reskillRenderers } from '../report/render-reskill.js';
import { withLocalNames } from '../report/render-plan.js';
import { addDataCommandOptions, addFunctionArgument, functionArgument, inputPaths, loadOptionsOf, reportInputs, terminalWidth, type DataCommandOptions } from './data-command.js';
import { labeller } from '../report/labels.js';
import { withPlanProgress } from './plan-progress.js';
import { colorEnabled, emit, emitBinary, formatsOf, inform, pickFormatFor, wrote } from './shared.js';

const RESKILL_FORMATS = [...formatsOf(reskillRenderers), 'xlsx' as const];

/** `spp reskill`: the pathways of the action plan. */
export function reskillCommand(): Command {
  const command = new Command('reskill')
    .summary("the action plan's pathways: who moves from which function to which, when, hours, cost; hiring and surplus left")
    .description(
      'Shows the reskilling and redeployment of the multi-year action plan of spp plan (the scenario\'s plan: block, ' +
        'else its defaults; an optimisation on HiGHS; its notes say how close to the best possible): per pathway the FTE, hours per person, cost and years, ' +
        'the moves per year, the hiring and placement outside the plan leaves, and the business case against no ' +
        'pathways and no plan.',
    );
  addDataCommandOptions(command, RESKILL_FORMATS).action(async (options: DataCommandOptions) => {
    const format = pickFormatFor(options.format, options.out, RESKILL_FORMATS);
    const { runReskill } = await import('../app/reskill-plan.js');
    const { inputs, plan, result } = await withPlanProgress(options, (onProgress) => runReskill(loadOptionsOf(options), onProgress));
    reportInputs(options, inputs);
    // The plan's names: the data's, and the merged row of small functions (app/privacy.ts) in the reader's language.
    const names = new Map(withLocalNames(plan, options.lang ?? 'nl').functions.map((f): [string, string] => [f.id, f.name]));
    if (format === 'xlsx') {
      const [{ renderReskillWorkbook }, { workbookContext }] = await Promise.all([import('../report/xlsx/result-workbooks.js'), import('./workbook-context.js')]);
      await emitBinary(await renderReskillWorkbook(result, names, workbookContext(inputs, result.notes, result.stamp, options.lang ?? 'nl')), options.out, format, inputPaths(inputs));
      inform(options, wrote(options.out));
      return;
    }
    const text = reskillRenderers[format](result, {
      lang: options.lang ?? 'nl',
      width: terminalWidth(),
      label: labeller(options.lang ?? 'nl', inputs.scenario.labels),
      color: options.out === undefined && colorEnabled(options),
      dialect: options.csvDialect ?? 'rfc',
      names,
    });
    await emit(text, options.out, inputPaths(inputs));
  });
  return command;
}

const PATHWAY_FORMATS = formatsOf(pathwaysRenderers);

/** `spp pathways FUNCTION`: where people of one function can go. */
export function pathwaysCommand(): Command {
  const command = addFunctionArgument(new Command('pathways').summary('where people of one function can go: similarity, level step, pay ratio, viable/desirable/safe')).description('Every destination of one function with its similarity, level step, pay ratio, training hours, and whether it is viable, desirable and safe — sorted by similarity.');
  addDataCommandOptions(command, PATHWAY_FORMATS).action(async (_first: string, options: DataCommandOptions, self: Command) => {
    const functionId = functionArgument(self);
    const format = pickFormatFor(options.format, options.out, PATHWAY_FORMATS);
    const { runPathways } = await import('../app/reskill.js');
    const { inputs, result } = await runPathways(loadOptionsOf(options), functionId);
    reportInputs(options, inputs);
    const text = pathwaysRenderers[format](result, {
      color: options.out === undefined && colorEnabled(options),
      dialect: options.csvDialect ?? 'rfc',
      lang: options.lang ?? 'nl',
      width: terminalWidth(),
    });
    await emit(text, options.out, inputPaths(inputs));
  });
  return command;
}
