import { OTHER_DATA_NOTE, PLAN_DEFAULTS_NOTE, type CompareNoteFact, type CompareResult } from '../domain/compare.js';
import { roundDeep, roundMoney } from '../domain/round.js';
import { UserError } from '../diagnostics/diagnostic.js';
import { compareScenarios, type CompareItem } from '../model/compare-scenarios.js';
import { projectionWithGapSources } from '../model/gap-sources.js';
import { projectScenarioDetail } from '../model/project.js';
import { planTotalCost } from './plan.js';
import { openPlanSolver } from './plan-solver.js';
import { projectInputs, projectInputsWithRuns, type MonteCarloRequest } from './project.js';
import { assertOrganisationShowable, withheldGroups, withheldSupplyRules } from './privacy.js';
import type { LoadedInputs, LoadOptions } from './load-inputs.js';
import { loadScenarioSet } from './load-scenario-set.js';
import { makeStamp } from './stamp.js';

/**
 * `spp compare S1 S2 …`: every scenario projected on the same data, then compared (SPEC §1, §4
 * `spp.compare/1`). The first scenario is the reference for every delta.
 */

export interface CompareOptions extends Omit<LoadOptions, 'scenario' | 'example'> {
  /** The year of the per-function comparison; default: the last year all horizons share. */
  year?: number;
  /** `--runs N --seed S`: every scenario simulated N times with the same seed. */
  monteCarlo?: MonteCarloRequest;
  /** False (`--no-plan`): no plan is solved, every plan cost is null. */
  plans?: boolean;
  /** Told how many of the scenarios' plans are solved (a progress line on a terminal). */
  onPlanProgress?: (done: number, total: number) => void;
}

/** A scenario's plan as the comparison shows it: its total cost (euros) and the demand it leaves unmet (FTE-years). */
export interface PlanFigures {
  cost: number;
  unmet: number;
}

/**
 * The total cost of each scenario's plan (SPEC §3.3), for the comparison's plan row: solved with
 * `spp plan`'s own use-case, on worker threads when there are several (app/plan-solver.ts). Which
 * scenarios get one: all of them once one has a `plan:` block, or `every` (the report, which shows its
 * own scenario's plan in any case) — a scenario without the block then has the plan `spp plan` gives
 * it, with the defaults: a cost comparison of 'baseline' (no block) with 'krimp-vacaturestop' read
 * '–' against € 11 M. None when no scenario has the block (a plan takes seconds to solve: not made
 * when no scenario asks for one). When plans fail, the first scenario's failure is the error, as
 * when they are solved one after another.
 */
export async function planFiguresOf(loaded: readonly LoadedInputs[], onProgress?: (done: number, total: number) => void, every = false): Promise<(PlanFigures | null)[]> {
  const wanted = every || loaded.some((l) => l.scenario.plan !== undefined);
  const total = wanted ? loaded.length : 0;
  const solver = await openPlanSolver(total);
  let done = 0;
  try {
    const costs = await Promise.allSettled(
      loaded.map(async (l) => {
        if (!wanted) return null;
        const detail = projectScenarioDetail({ scenario: l.scenario, functions: l.functions, workforce: l.workforce });
        // Before the solve: refuses data in which a withheld function has no formation (app/formation-privacy.ts).
        withheldGroups(l, detail.projection);
        const plan = await planTotalCost(l, detail, { solver });
        onProgress?.(++done, total);
        return { cost: roundMoney(plan.total), unmet: plan.shortageFteYears };
      }),
    );
    return costs.map((cost) => {
      if (cost.status === 'rejected') throw cost.reason;
      return cost.value;
    });
  } finally {
    await solver.close();
  }
}

/** The year compared per function: `year`, default the last year all horizons share; a usage error outside the shared years. */
function comparedYear(loaded: readonly LoadedInputs[], year?: number): number {
  const lastShared = Math.min(...loaded.map((l) => l.scenario.horizon.end));
  const firstShared = Math.max(...loaded.map((l) => l.scenario.horizon.start));
  const at = year ?? lastShared;
  if (at < firstShared || at > lastShared) {
    throw new UserError({ en: `--year ${at} is outside the years all scenarios share, ${firstShared}–${lastShared}`, nl: `--year ${at} valt buiten de jaren die alle scenario's delen, ${firstShared}–${lastShared}` }, 2);
  }
  return at;
}

/**
 * Projects each loaded scenario and compares them; rounded once. With `monteCarlo`, every scenario is
 * simulated with the same runs and seed (common random numbers: a difference between two scenarios
 * is not noise of different draws where their inputs agree); the progress counts all scenarios' runs.
 */
export async function buildCompareResult(
  loaded: readonly LoadedInputs[],
  year?: number,
  plans: readonly (PlanFigures | null)[] = [],
  monteCarlo?: MonteCarloRequest,
): Promise<CompareResult> {
  // A scenario named twice (or two files with one id) gets #2, #3 …: every column needs its own key.
  const count = new Map<string, number>();
  const ids = loaded.map((l) => {
    const n = (count.get(l.scenario.id) ?? 0) + 1;
    count.set(l.scenario.id, n);
    return n === 1 ? l.scenario.id : `${l.scenario.id}#${n}`;
  });
  // One scenario after another: each one's runs already use the cores (app/monte-carlo-runs.ts).
  const items: CompareItem[] = [];
  for (const [i, l] of loaded.entries()) {
    const progress = monteCarlo?.onProgress;
    const request: MonteCarloRequest | undefined =
      monteCarlo === undefined
        ? undefined
        : { ...monteCarlo, ...(progress !== undefined ? { onProgress: (done: number, runs: number) => progress(i * runs + done, loaded.length * runs) } : {}) };
    const { projection, summary } = await projectInputsWithRuns(l, request);
    items.push({
      scenario: { ...l.scenario, id: ids[i]! },
      projection: projectionWithGapSources(projection),
      plan: plans[i] ?? null,
      ...(summary !== undefined ? { monteCarlo: summary } : {}),
    });
  }
  const at = comparedYear(loaded, year);
  const lastShared = Math.min(...loaded.map((l) => l.scenario.horizon.end));
  const firstShared = Math.max(...loaded.map((l) => l.scenario.horizon.start));
  const notes: string[] = [];
  const dataOf = (l: LoadedInputs): string => l.files.filter((f) => f.role !== 'scenario').map((f) => `${f.role}:${f.sha256}`).join(' ');
  if (loaded.some((l) => dataOf(l) !== dataOf(loaded[0]!))) {
    notes.push(`${OTHER_DATA_NOTE}: differences come from the data as well as from the assumptions`);
  }
  // A plan cost of a scenario without a plan: block is the plan of spp plan's defaults: said, by name.
  const defaults = items.filter((item, i) => item.plan !== null && loaded[i]!.scenario.plan === undefined).map((item) => item.scenario.id);
  const noteFacts: CompareNoteFact[] = [];
  if (defaults.length > 0) {
    const text = `${PLAN_DEFAULTS_NOTE}: ${defaults.join(', ')}`;
    notes.push(text);
    noteFacts.push({ kind: 'plan_defaults', text, scenarios: defaults });
  }
  if (firstShared !== Math.min(...loaded.map((l) => l.scenario.horizon.start)) || lastShared !== Math.max(...loaded.map((l) => l.scenario.horizon.end))) {
    notes.push(`the horizons differ: per function the comparison is for ${at}; totals per year are empty where a scenario has no such year`);
  }
  // Inputs of all scenarios, each file once (the data is shared).
  const seen = new Set<string>();
  const files = loaded.flatMap((l) => l.files).filter((f) => {
    const key = `${f.role}\0${f.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const compared = withholdSmallGroups(compareScenarios(items, at), loaded, items, notes);
  const mc = items[0]?.monteCarlo;
  const monte_carlo =
    mc === undefined
      ? undefined
      : { runs: mc.runs, seed: mc.seed, process_noise: mc.process_noise, drawn: Object.fromEntries(items.map((item) => [item.scenario.id, item.monteCarlo!.drawn.map((d) => d.path)])) };
  if (monte_carlo !== undefined) {
    notes.push(`every scenario was simulated ${monte_carlo.runs} times with seed ${monte_carlo.seed}: P10/P50/P90 beside each expected value, and the share of runs ending in each status`);
  }
  // The Monte Carlo block after the scenarios' descriptions, like project's; the spp.compare/1 keys unchanged.
  const { scenarios, scenario_info, ...rest } = compared;
  return roundDeep({
    schema: 'spp.compare/1',
    stamp: makeStamp(ids.join(','), files, monte_carlo?.seed ?? null),
    scenarios,
    scenario_info,
    ...(monte_carlo !== undefined ? { monte_carlo } : {}),
    ...rest,
    notes,
    noteFacts,
  });
}

/**
 * Privacy (SPEC §4, as `spp project`): the functions and families `spp project` withholds — fewer than
 * privacy.min_group persons at the start, and the complements that keep them from being recovered
 * from a total — are left out of the per-function and per-family rows of every scenario. They still
 * count in the families and totals shown, and together they always hold at least min_group persons,
 * so no difference of shown figures describes one person.
 */
function withholdSmallGroups(compared: ReturnType<typeof compareScenarios>, loaded: readonly LoadedInputs[], items: readonly CompareItem[], notes: string[]): ReturnType<typeof compareScenarios> {
  const functions = new Set<string>();
  const families = new Set<string>();
  loaded.forEach((l, i) => {
    const withheld = withheldGroups(l, items[i]!.projection);
    for (const id of withheld.functions) functions.add(id);
    for (const id of withheld.families) families.add(id);
  });
  if (functions.size === 0 && families.size === 0) return compared;
  const minGroup = Math.max(...loaded.map((l) => l.scenario.privacy.min_group));
  // Said of families too, only when there are any (a family whose people are too few is withheld like
  // a function): the rows shown do not add up to the total, and a reader should not look for the difference.
  notes.push(
    `${functions.size} ${functions.size === 1 ? 'function' : 'functions'}${families.size > 0 ? ` and ${families.size} ${families.size === 1 ? 'family' : 'families'}` : ''} ` +
      `under privacy.min_group ${minGroup} (or withheld so they cannot be recovered from a total) are left out of the rows; they count in the totals, so the rows do not add up to the total`,
  );
  return { ...compared, functions: compared.functions.filter((f) => !functions.has(f.id)), families: compared.families.filter((f) => !families.has(f.id)) };
}

/**
 * Refuses scenarios that differ in a supply rule of a group `spp project` withholds in any of them
 * (an attrition rule of such a function or family, a transition from or to such a function;
 * app/privacy.ts withheldSupplyRules), as a `--by` grouping is refused (exit 2). The rows leave those
 * groups out, but the totals and the families shown count them: the difference between two
 * scenarios' totals is then what those few people do — an attrition rule of 0.5 for a two-person
 * function gave 1.0 fte less supply a year later, its people's 2.0 fte. `spp sensitivity` leaves such
 * a rule out for the same reason. Called before any plan is solved.
 */
export function assertNoWithheldRuleDiffers(loaded: readonly LoadedInputs[]): void {
  if (loaded.length < 2) return;
  const functions = new Set<string>();
  const families = new Set<string>();
  for (const l of loaded) {
    const withheld = withheldGroups(l, projectInputs(l).projection);
    for (const id of withheld.functions) functions.add(id);
    for (const id of withheld.families) families.add(id);
  }
  const rules = loaded.map((l) => withheldSupplyRules(l.scenario, { functions, families }));
  const paths = [...new Set(rules.flatMap((r) => [...r.keys()]))];
  const differ = paths.filter((path) => rules.some((r) => JSON.stringify(r.get(path)) !== JSON.stringify(rules[0]!.get(path))));
  if (differ.length === 0) return;
  const minGroup = Math.max(...loaded.map((l) => l.scenario.privacy.min_group));
  const list = differ.join(', ');
  throw new UserError(
    {
      en: `the scenarios differ in ${list}: a rule of a function or family with fewer than privacy.min_group ${minGroup} persons (or withheld with one), so the difference between their totals would show what those few people do (spp sensitivity leaves such a rule out too). Compare scenarios that agree on it, give the rule for a family that is shown, or lower privacy.min_group only when your privacy officer agrees.`,
      nl: `de scenario's verschillen in ${list}: een regel voor een functie of familie met minder dan privacy.min_group ${minGroup} personen (of daarmee afgeschermd), dus het verschil tussen hun totalen zou tonen wat die paar mensen doen (spp sensitivity laat zo'n regel ook weg). Vergelijk scenario's die daarin gelijk zijn, geef de regel voor een familie die getoond wordt, of verlaag privacy.min_group alleen als uw privacyfunctionaris daarmee instemt.`,
    },
    2,
  );
}

/** `spp compare`: load every scenario (each data file once), project, compare. */
export async function runCompare(scenarioPaths: readonly string[], options: CompareOptions): Promise<{ inputs: LoadedInputs[]; result: CompareResult }> {
  if (scenarioPaths.length < 2) throw new UserError({ en: 'compare needs at least two scenarios: spp compare S1.yaml S2.yaml …', nl: "compare heeft ten minste twee scenario's nodig: spp compare S1.yaml S2.yaml …" }, 2);
  const { year, monteCarlo, plans, onPlanProgress, ...load } = options;
  const inputs = await loadScenarioSet(scenarioPaths, load);
  for (const loaded of inputs) assertOrganisationShowable(loaded, 'compare');
  assertNoWithheldRuleDiffers(inputs);
  // A wrong --year is refused before any plan is solved.
  comparedYear(inputs, year);
  return { inputs, result: await buildCompareResult(inputs, year, plans === false ? [] : await planFiguresOf(inputs, onPlanProgress), monteCarlo) };
}
