import { Command, Option } from 'commander';
import { checkPlanFailOn, parseFailOn, PLAN_METRICS } from '../app/fail-on.js';
import type { Message } from '../diagnostics/message.js';
import { cliIo, setExitCode } from './cli-io.js';
import { planRenderers } from '../report/render-plan.js';
import { addDataCommandOptions, inputPaths, loadOptionsOf, reportInputs, terminalWidth, type DataCommandOptions } from './data-command.js';
import { withPlanProgress } from './plan-progress.js';
import { colorEnabled, emit, emitBinary, formatsOf, inform, pickFormatFor, wrote } from './shared.js';

const FORMATS = [...formatsOf(planRenderers), 'xlsx' as const];

/** Collects a repeatable option's values (commander keeps only the last one otherwise). */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

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
    .option('--fail-on <condition>', 'exit 1 when e.g. outside>0, shortage>5, overstaffing>15 or cost>12500000 holds (CI); repeatable, each applies', collect)
    .action(async (options: DataCommandOptions & { objective?: 'cost' | 'redundancy'; failOn?: string[] }) => {
      const format = pickFormatFor(options.format, options.out, FORMATS);
      const failOn = (options.failOn ?? []).map((text) => parseFailOn(text, PLAN_METRICS));
      const lang = options.lang ?? 'nl';
      const { runPlan } = await import('../app/plan.js');
      const { inputs, result } = await withPlanProgress(options, (onProgress) => runPlan(loadOptionsOf(options), options.objective, onProgress));
      reportInputs(options, inputs);
      // Judged before writing: a failing or closed stdout must not turn a held condition into exit 0.
      const failed = failOn.map((condition) => checkPlanFailOn(result, condition)).filter((m): m is Message => m !== null);
      if (failed.length > 0) setExitCode(1);
      const tellFailed = () => {
        for (const message of failed) cliIo().stderr.write(`spp: ${message[lang]}\n`);
      };
      if (format === 'xlsx') {
        const [{ renderPlanWorkbook }, { planWorkbookContext }] = await Promise.all([import('../report/xlsx/plan-workbook.js'), import('./workbook-context.js')]);
        await emitBinary(await renderPlanWorkbook(result, planWorkbookContext(inputs, result.notes, result.stamp, lang)), options.out, format, inputPaths(inputs));
        inform(options, wrote(options.out));
        tellFailed();
        return;
      }
      const text = planRenderers[format](result, {
        color: options.out === undefined && colorEnabled(options),
        dialect: options.csvDialect ?? 'rfc',
        lang,
        width: terminalWidth(),
      });
      await emit(text, options.out, inputPaths(inputs));
      if (options.out !== undefined && options.out !== '-') inform(options, wrote(options.out));
      tellFailed();
    });
  return command;
}
