import { Command } from 'commander';
import { UserError } from '../diagnostics/diagnostic.js';
import { compareRenderers, type CompareFormat } from '../report/render-compare.js';
import { addDataCommandOptions, loadOptionsOf, parseYear, reportInputs, terminalWidth, type DataCommandOptions } from './data-command.js';
import { colorEnabled, emit, emitBinary, inform, pickFormatFor, wrote } from './shared.js';
import { labeller } from '../report/labels.js';
import { addMonteCarloOptions, monteCarloOf, type MonteCarloOptions } from './monte-carlo-options.js';
import { comparePlanLine } from './plan-progress.js';

const FORMATS = [...(Object.keys(compareRenderers) as CompareFormat[]), 'xlsx' as const];

/** `spp compare S1 S2 …`: several scenarios side by side on the same data. */
export function compareCommand(): Command {
  const command = new Command('compare')
    .summary('several scenarios side by side: what they assume differently, and what it does')
    .argument('<scenarios...>', 'two or more scenario files; the first is the reference for every Δ')
    .description(
      'Lists every assumption that differs between the scenarios (after extends), then per function and family ' +
        'the status, supply, demand and gap in --year in each scenario and the difference with the first, and the ' +
        'total gap per year. Each data file is read once. With --runs N: every scenario simulated N times with the same ' +
        'seed, P10/P50/P90 beside each expected value and the chance of each status.',
    );
  addMonteCarloOptions(addDataCommandOptions(command, FORMATS))
    .option('--year <year>', 'the year per function (default: the last year all horizons share)', parseYear)
    .option('--all', 'table/md: also the functions that are the same in every scenario')
    .option('--no-plan', "leave the plans' costs out even for scenarios with a plan: block (no plan is solved: fast)")
    .action(async (scenarios: string[], options: DataCommandOptions & MonteCarloOptions & { all?: boolean; plan: boolean }) => {
      if (options.scenario !== undefined || options.example) {
        throw new UserError({ en: 'spp compare takes the scenarios as arguments: spp compare S1.yaml S2.yaml …', nl: "spp compare neemt de scenario's als argumenten: spp compare S1.yaml S2.yaml …" }, 2);
      }
      const format = pickFormatFor(options.format, options.out, FORMATS);
      const { scenario: _s, example: _e, ...load } = loadOptionsOf(options);
      const monteCarlo = monteCarloOf(options);
      // The plans take a second or two each (on worker threads): a count of them on the terminal.
      const planLine = options.plan ? comparePlanLine(options) : undefined;
      const { runCompare } = await import('../app/compare.js');
      const { inputs, result } = await runCompare(scenarios, {
        ...load,
        ...(options.year !== undefined ? { year: options.year } : {}),
        ...(monteCarlo !== undefined ? { monteCarlo } : {}),
        plans: options.plan,
        ...(planLine !== undefined ? { onPlanProgress: planLine } : {}),
      });
      for (const i of inputs) reportInputs(options, i);
      if (format === 'xlsx') {
        const lang = options.lang ?? 'nl';
        const context = { lang, notes: result.notes, stamp: result.stamp, label: labeller(lang, inputs[0]?.scenario.labels) };
        const { renderCompareWorkbook } = await import('../report/xlsx/compare-workbook.js');
        await emitBinary(await renderCompareWorkbook(result, context), options.out, format, inputs.flatMap((i) => i.files.map((f) => f.path)));
        inform(options, wrote(options.out));
        return;
      }
      const text = compareRenderers[format](result, {
        color: options.out === undefined && colorEnabled(options),
        dialect: options.csvDialect ?? 'rfc',
        all: options.all === true,
        lang: options.lang ?? 'nl',
        width: terminalWidth(),
        label: labeller(options.lang ?? 'nl', inputs[0]?.scenario.labels),
        names: new Map(inputs.flatMap((i) => i.functions.map((f) => [f.id, f.name] as const))),
      });
      await emit(text, options.out, inputs.flatMap((i) => i.files.map((f) => f.path)));
      if (options.out !== undefined && options.out !== '-') inform(options, wrote(options.out));
    });
  return command;
}
