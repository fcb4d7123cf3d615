import { Command, Option } from 'commander';
import { planRenderers } from '../report/render-plan.js';
import { addDataCommandOptions, inputPaths, loadOptionsOf, reportInputs, terminalWidth, type DataCommandOptions } from './data-command.js';
import { withPlanProgress } from './plan-progress.js';
import { colorEnabled, emit, emitBinary, formatsOf, inform, pickFormatFor, wrote } from './shared.js';

const FORMATS = [...formatsOf(planRenderers), 'xlsx' as const];

/** `spp plan`: the multi-year action plan (SPEC §3.3). */
export function planCommand(): Command {
  const command = new Command('plan')
    .summary('the multi-year action plan: hire, reskill, redeploy, place outside — year by year, at the least cost')
    .description(
      'Solves one linear program over the whole horizon (HiGHS): per function and year how many to hire, ' +
        'move over a pathway, place outside (van-werk-naar-werk), put on reduced hours, carry as overstaffing, ' +
        'or leave unfilled — first the least unmet demand, then the least cost (or the fewest placed outside). ' +
        'Settings: the scenario\'s plan: block.',
    );
  addDataCommandOptions(command, FORMATS)
    .addOption(new Option('--objective <objective>', 'overrides plan.objective').choices(['cost', 'redundancy']))
    .action(async (options: DataCommandOptions & { objective?: 'cost' | 'redundancy' }) => {
      const format = pickFormatFor(options.format, options.out, FORMATS);
      const lang = options.lang ?? 'nl';
      const { runPlan } = await import('../app/plan.js');
      const { inputs, result } = await withPlanProgress(options, (onProgress) => runPlan(loadOptionsOf(options), options.objective, onProgress));
      reportInputs(options, inputs);
      if (format === 'xlsx') {
        const [{ renderPlanWorkbook }, { workbookContext }] = await Promise.all([import('../report/xlsx/plan-workbook.js'), import('./workbook-context.js')]);
        await emitBinary(await renderPlanWorkbook(result, workbookContext(inputs, result.notes, result.stamp, lang)), options.out, format, inputPaths(inputs));
        inform(options, wrote(options.out));
        return;
      }
      const text = planRenderers[format](result, {
        color: options.out === undefined && colorEnabled(options),
        dialect: options.csvDialect ?? 'rfc',
        lang,
        width: terminalWidth(),
      });
      await emit(text, options.out, inputPaths(inputs));
      if (options.out !== undefined) inform(options, wrote(options.out));
    });
  return command;
}
