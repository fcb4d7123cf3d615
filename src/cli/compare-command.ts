import { Command } from 'commander';
import { UserError } from '../diagnostics/diagnostic.js';
import { compareRenderers, type CompareFormat } from '../report/render-compare.js';
import { addDataCommandOptions, loadOptionsOf, parseYear, reportInputSet, terminalWidth, type DataCommandOptions } from './data-command.js';
import { colorEnabled, emit, emitBinary, inform, pickFormatFor, wrote } from './shared.js';
import { labeller } from '../report/labels.js';
import { addMonteCarloOptions, monteCarloOf, type MonteCarloOptions } from './monte-carlo-options.js';
import { comparePlanLine } from './plan-progress.js';

const FORMATS = [...(Object.keys(compareRenderers) as CompareFormat[]), 'xlsx' as const];

/** `spp compare S1 S2 …`: several scenarios side by side on the same data. */
export function compareCommand(): Command {
  const command = new Command('compare')
    .summary('several scenarios side by side: what they assume differently, and what it does')
    .argument('[scenarios...]', 'two or more scenario files; the first is the reference for every Δ (or each with -s)')
    .description(
      'Lists every assumption that differs between the scenarios (after extends), then per function and family ' +
        'the status, supply, demand and gap in --year in each scenario and the difference with the first, and the ' +
        'total gap per year. Each data file is read once. With --runs N: every scenario simulated N times with the same ' +
        'seed, P10/P50/P90 beside each expected value and the chance of each status.',
    );
  addMonteCarloOptions(addDataCommandOptions(command, FORMATS, { manyScenarios: true }))
    .option('--year <year>', 'the year per function (default: the last year all horizons share)', parseYear)
    .option('--all', 'table/md: also the functions that are the same in every scenario')
    .option('--no-plan', "leave the plans' costs out even for scenarios with a plan: block (no plan is solved: fast)")
    .action(async (positional: string[], given: Omit<DataCommandOptions, 'scenario'> & { scenario?: string[] } & MonteCarloOptions & { all?: boolean; plan: boolean }) => {
      const scenarios = scenariosOf(positional, given);
      const { scenario: _listed, ...options } = given;
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
      reportInputSet(options, inputs);
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

/**
 * The scenarios to compare: as arguments (`spp compare A.yaml B.yaml`) or each with -s, as `spp report`
 * takes them (`spp compare -s A.yaml -s B.yaml`), not both at once (their order would be a guess); two
 * or more. --example names no scenario of its own.
 */
function scenariosOf(positional: readonly string[], options: { scenario?: string[]; example?: boolean }): string[] {
  const given = options.scenario ?? [];
  if (options.example === true) {
    throw new UserError({ en: 'spp compare takes the scenarios to compare, not --example: spp compare S1.yaml S2.yaml …', nl: "spp compare neemt de scenario's die het vergelijkt, niet --example: spp compare S1.yaml S2.yaml …" }, 2);
  }
  if (given.length > 0 && positional.length > 0) {
    throw new UserError({ en: 'spp compare: give the scenarios either as arguments or each with -s, not both: spp compare S1.yaml S2.yaml …', nl: "spp compare: geef de scenario's als argumenten of elk met -s, niet allebei: spp compare S1.yaml S2.yaml …" }, 2);
  }
  const scenarios = given.length > 0 ? given : [...positional];
  if (scenarios.length < 2) {
    throw new UserError({ en: `spp compare needs two or more scenarios (got ${scenarios.length}): spp compare S1.yaml S2.yaml …`, nl: `spp compare heeft twee of meer scenario's nodig (${scenarios.length} opgegeven): spp compare S1.yaml S2.yaml …` }, 2);
  }
  return scenarios;
}
