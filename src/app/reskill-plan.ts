import { fteMean, isTraining, publishedShortfall, routeKey, type PlanResult } from '../domain/plan.js';
import type { ReskillPathway, ReskillResult, ReskillYear } from '../domain/results.js';
import type { Scenario } from '../domain/scenario-schema.js';
import { compareText } from '../domain/compare-text.js';
import { round, roundMoney } from '../domain/round.js';
import { projectScenarioDetail, type ProjectionDetail } from '../model/project.js';
import type { PlanProgressListener } from '../model/plan/solve-plan-lp.js';
import { loadInputs, type LoadOptions, type LoadedInputs } from './load-inputs.js';
import { buildPlan } from './plan.js';
import { assertOrganisationShowable, mergePlanPrivacy, suppressedFunctionIds } from './privacy.js';
import { dict } from '../domain/dict.js';
import { knownPay, type FunctionProfile } from '../domain/workforce.js';

/**
 * `spp reskill` (SPEC §3.2, issue #10 point 5): the pathways of the multi-year plan of `spp plan` —
 * who moves from which function to which, in which year, how many FTE, hours and cost — with the
 * hiring and placement outside the plan leaves, and its business case against the plan's two
 * alternatives. Solved by `spp plan`'s use-case, so both commands (and the report) tell one story.
 */

/** The plan seen as `spp.reskill/1`: pathways summed over the years (first_year = the plan's first year), totals per function and year. */
export function reskillResultOf(plan: PlanResult, rules: Scenario['reskilling'], functions: readonly FunctionProfile[]): ReskillResult {
  const byId = new Map(functions.map((f) => [f.id, f]));
  // What a move means for the person: the scale and pay of the new function against the old (a works
  // council reads "herplaatsing zonder opleiding, € 0" of a senior into a junior function as a step down).
  const levelStep = (from: string, to: string): number | null => {
    const a = byId.get(from)?.level ?? null;
    const b = byId.get(to)?.level ?? null;
    return a === null || b === null ? null : b - a;
  };
  const payRatio = (from: string, to: string): number | null => {
    const a = byId.get(from)?.pay;
    const b = byId.get(to)?.pay;
    return knownPay(a) && knownPay(b) ? Math.round((b / a) * 100) / 100 : null;
  };
  // One route per pair and kind: the functions withheld together can send some people into a function
  // by training and others without (app/privacy.ts), two routes then, each with its hours on average.
  const byPair = new Map<string, ReskillPathway>();
  for (const m of plan.pathways) {
    if (m.fte <= 0) continue;
    const key = routeKey(m);
    const p = byPair.get(key);
    if (p === undefined) {
      byPair.set(key, { from: m.from, to: m.to, fte: m.fte, hours_per_person: m.hours_per_person, cost: m.cost, first_year: m.year, last_year: m.year, retention: m.retention, explicit: m.explicit, level_step: levelStep(m.from, m.to), pay_ratio: payRatio(m.from, m.to) });
    } else {
      p.hours_per_person = fteMean(p.hours_per_person, p.fte, m.hours_per_person, m.fte);
      p.retention = fteMean(p.retention, p.fte, m.retention, m.fte);
      p.fte += m.fte;
      p.cost += m.cost;
      p.first_year = Math.min(p.first_year, m.year);
      p.last_year = Math.max(p.last_year, m.year);
      p.explicit ||= m.explicit;
    }
  }
  const pathways = [...byPair.values()]
    .sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to) || b.hours_per_person - a.hours_per_person)
    .map((p) => ({ ...p, fte: round(p.fte), cost: roundMoney(p.cost), hours_per_person: round(p.hours_per_person), retention: round(p.retention) }));
  const perFunction = (key: 'hired_fte' | 'redundant_fte' | 'overstaffing_fte'): Record<string, number> => {
    const out = dict<number>();
    for (const f of plan.functions) {
      // The start year's entry is the snapshot: no decision made it.
      const total = f.years.slice(1).reduce((a, y) => a + y[key], 0);
      if (round(total) > 0) out[f.id] = round(total);
    }
    return out;
  };
  const perYear: ReskillYear[] = plan.totals.years.slice(1).map((y) => {
    const moves = plan.pathways.filter((m) => m.year === y.year);
    const reskilled = moves.filter(isTraining).reduce((a, m) => a + m.fte, 0);
    const redeployed = moves.filter((m) => !isTraining(m)).reduce((a, m) => a + m.fte, 0);
    return {
      year: y.year,
      fte: round(reskilled + redeployed),
      reskilled_fte: round(reskilled),
      redeployed_fte: round(redeployed),
      hired_fte: y.hired_fte,
      redundant_fte: y.redundant_fte,
      reduced_hours_persons: y.reduced_hours_persons,
      overstaffing_fte: y.overstaffing_fte,
      shortage_fte: y.shortage_fte,
    };
  });
  const k = plan.costs.by_kind;
  const costYears = plan.costs.by_year.map((y) => y.year);
  return {
    schema: 'spp.reskill/1',
    stamp: plan.stamp,
    scenario: plan.scenario,
    objective: plan.objective,
    pathways,
    moves: plan.pathways,
    hiring_fte: perFunction('hired_fte'),
    surplus_fte: perFunction('redundant_fte'),
    overstaffing_fte_years: perFunction('overstaffing_fte'),
    business_case: {
      reskill_cost: k.reskilling,
      hire_cost: k.hiring,
      surplus_cost: k.redundancy + k.overstaffing + k.reduced_hours,
      shortage_cost: k.shortage,
      total_cost: plan.costs.total,
      all_hire_cost: plan.alternatives.no_plan.total,
      no_pathways_cost: plan.alternatives.no_pathways?.total ?? null,
    },
    per_year: perYear,
    costs_by_year: plan.costs.by_year.map((y) => ({ year: y.year, reskilling: y.reskilling, total: y.total })),
    cost_period: { start: Math.min(...costYears, plan.scenario.horizon.start), end: Math.max(...costYears, plan.scenario.horizon.start) },
    alternatives: plan.alternatives,
    shortfalls: plan.shortfalls.map(publishedShortfall),
    rules,
    notes: plan.notes,
    noteFacts: plan.noteFacts,
  };
}

/**
 * Solves the plan for loaded inputs and returns it with its `spp.reskill/1` view (reskill and the
 * report). The report passes the projection detail it already ran, so the projection runs once.
 */
export async function planAndReskill(
  inputs: LoadedInputs,
  detail: ProjectionDetail = projectScenarioDetail(inputs),
  onProgress?: PlanProgressListener,
): Promise<{ plan: PlanResult; reskill: ReskillResult }> {
  const { result: plan } = await buildPlan(inputs, detail, undefined, onProgress);
  return { plan, reskill: reskillResultOf(plan, inputs.scenario.reskilling, inputs.functions) };
}

/** `spp reskill`: load, project, plan (the scenario's `plan:` block, else the plan defaults). */
export async function runReskill(options: LoadOptions, onProgress?: PlanProgressListener): Promise<{ inputs: LoadedInputs; plan: PlanResult; result: ReskillResult }> {
  // No local name for the loaded inputs: a frame of this async function holding them would keep the
  // headcount's cells alive through the solve (~35 MB more peak at 1,000,000 rows).
  const { inputs, detail, suppressed } = projectAndRelease(await loadInputs(options));
  const plan = mergePlanPrivacy((await buildPlan(inputs, detail, undefined, onProgress)).result, suppressed);
  return { inputs, plan, result: reskillResultOf(plan, inputs.scenario.reskilling, inputs.functions) };
}

/**
 * Projects, finds what spp reskill must suppress (the functions spp project suppresses, merged into
 * one row by app/privacy.ts, as spp plan does), and returns the inputs without the headcount's
 * cells: nothing after the projection reads them (the plan reads the projection, the pathways the
 * measured skills), and releasing them (~29 MB at 1,000,000 rows) before HiGHS's heap grows lowers
 * the peak (#13 item 10). A function of its own, so no frame of the solve holds the full inputs.
 */
function projectAndRelease(loaded: LoadedInputs): { inputs: LoadedInputs; detail: ProjectionDetail; suppressed: ReadonlySet<string> } {
  assertOrganisationShowable(loaded, 'reskill');
  const detail = projectScenarioDetail(loaded);
  const suppressed = suppressedFunctionIds(loaded, detail.projection);
  return { inputs: { ...loaded, workforce: { ...loaded.workforce, cells: [] } }, detail, suppressed };
}
