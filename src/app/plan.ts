import { knownPay } from '../domain/workforce.js';
import type { PlanAlternative, PlanNoteFact, PlanPathwayFlow, PlanResult, PlanYear } from '../domain/plan.js';
import { compareText } from '../domain/compare-text.js';
import { yamlFlowText } from '../domain/yaml-text.js';
import { assertOrganisationShowable, mergePlanPrivacy, suppressedFunctionIds } from './privacy.js';
import type { Projection } from '../domain/projection.js';
import { formatCompact, round, roundDeep, roundMoney } from '../domain/round.js';
import { projectScenarioDetail, type ProjectionDetail } from '../model/project.js';
import { buildPlanInput, defaultPlan, planPathwaySelection } from '../model/plan/build-plan-input.js';
import type { PlanInput } from '../model/plan/plan-input.js';
import { planActions, planAlternatives, type PlanHint, type PlanOutcome } from '../model/plan/plan-actions.js';
import { PlanInfeasible, PlanUnsolved, type PlanProgressListener } from '../model/plan/solve-plan-lp.js';
import { UserError } from '../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import { displayPath } from '../diagnostics/format-diagnostics.js';
import { loadInputs, type LoadOptions, type LoadedInputs } from './load-inputs.js';
import { pathwayVerdicts } from './reskill.js';
import { makeStamp } from './stamp.js';
import type { PlanSolver } from './plan-solver.js';
import { solvedPlan, type SolvedPlan } from './solved-plan.js';

/**
 * `spp plan` (SPEC §3.3): load, project, resolve the `plan:` block (its defaults when the scenario
 * has none), solve, and round once into `spp.plan/1`.
 */

export interface PlanRun {
  inputs: LoadedInputs;
  projection: Projection;
  input: PlanInput;
  outcome: PlanOutcome;
  result: PlanResult;
}

/** The plan's LP inputs from loaded inputs and the projection detail. */
export function planInputOf(inputs: LoadedInputs, detail: ProjectionDetail, objective?: 'cost' | 'redundancy'): PlanInput {
  const natural = new Map([...detail.supply.functions].map(([id, years]) => [id, years]));
  const demand = new Map(detail.projection.functions.map((f) => [f.id, f.years.map((y) => y.demand_fte)]));
  const source = { scenario: inputs.scenario, functions: detail.functions, natural, demand, ...(objective !== undefined ? { objective } : {}) };
  return buildPlanInput({ ...source, pathways: pathwayVerdicts(inputs, detail.projection, planPathwaySelection(source)) });
}

/** The note of a plan whose alternative without pathways does not exist (said again in Dutch by src/report/result-notes.ts). */
const NO_PLAN_WITHOUT_PATHWAYS =
  'without pathways no plan meets the hard limits (plan.overstaffing max_total_fte with placement outside capped in plan.redundancy): the pathways are what makes this plan possible, so the business case has no alternative without them';

/** Solves the plan for loaded inputs (also used by reskill, explain and the report, so every view tells one story). */
export async function buildPlan(
  inputs: LoadedInputs,
  detail: ProjectionDetail,
  objective?: 'cost' | 'redundancy',
  onProgress?: PlanProgressListener,
): Promise<Omit<PlanRun, 'inputs' | 'projection'>> {
  // Functions withheld for privacy: the notes below never name them. Asked before the solve: it
  // refuses data in which a withheld function has no formation (app/formation-privacy.ts).
  const withheld = suppressedFunctionIds(inputs, detail.projection);
  const input = planInputOf(inputs, detail, objective);
  const outcome = await planActions(input, { withoutPathways: true, ...(onProgress !== undefined ? { onProgress } : {}) }).catch(locateInfeasible(inputs, input));
  const alternatives = await planAlternatives(input, outcome);
  const { scenario } = inputs;
  const names = new Map(detail.functions.map((f) => [f.id, f]));
  const money = <T extends object>(o: T): T => roundDeep(o, 0);
  const totals: PlanYear[] = outcome.years.map((year, k) => {
    const row = { ...outcome.functions[0]?.years[k]!, year };
    for (const key of Object.keys(row) as (keyof PlanYear)[]) if (key !== 'year') row[key] = 0;
    for (const f of outcome.functions) {
      const y = f.years[k]!;
      for (const key of Object.keys(y) as (keyof PlanYear)[]) if (key !== 'year') row[key] += y[key];
    }
    return row;
  });
  // The notes that name functions, with the data renderers say them from.
  const noteFacts = [...twoWayNotes(outcome.pathways, withheld), ...hiredThenSurplusNotes(outcome.functions, withheld)];
  const result: PlanResult = {
    schema: 'spp.plan/1',
    stamp: makeStamp(scenario.id, inputs.files),
    scenario: { id: scenario.id, title: scenario.title ?? null, horizon: { ...scenario.horizon } },
    objective: input.objective,
    years: outcome.years,
    functions: outcome.functions.map((f) => ({
      id: f.id,
      name: names.get(f.id)?.name ?? f.id,
      family: names.get(f.id)?.family ?? '',
      years: roundDeep(f.years),
    })),
    pathways: outcome.pathways.map((p) => ({ ...roundDeep(p), cost: roundMoney(p.cost) })),
    costs: money(outcome.costs),
    totals: { years: roundDeep(totals) },
    alternatives: {
      no_pathways:
        alternatives.no_pathways === null
          ? null
          : { ...money(alternatives.no_pathways), shortage_fte_years: round(alternatives.no_pathways.shortage_fte_years), hired_fte: round(alternatives.no_pathways.hired_fte), redundant_fte: round(alternatives.no_pathways.redundant_fte) },
      no_plan: { ...money(alternatives.no_plan), shortage_fte_years: 0, hired_fte: round(alternatives.no_plan.hired_fte), redundant_fte: round(alternatives.no_plan.redundant_fte) },
    },
    binding: outcome.binding.map((b) => ({ ...b, shadow_price: round(b.shadow_price, 2), shortage_reduction: round(b.shortage_reduction) })),
    shortfalls: outcome.shortfalls.map((s) => ({ ...s, shortage_fte: round(s.shortage_fte) })),
    notes: [
      ...dearerNotes(input, outcome, alternatives),
      ...planNotes(inputs, input, outcome),
      ...(alternatives.no_pathways === null ? [NO_PLAN_WITHOUT_PATHWAYS] : []),
      ...noteFacts.map((fact) => fact.text),
    ],
    noteFacts,
  };
  return { input, outcome, result };
}

/**
 * The plan's total cost alone: the same LP as `buildPlan`, without the alternatives and the result
 * (what `spp compare` and `spp sensitivity` need, once per scenario or variant), solved by `solver`
 * (app/plan-solver.ts: on a worker thread) or in this thread, from a related plan's `hint` when
 * given (see PlanHint), and with this plan's hint for the next. With `cache`, a variant whose LP
 * inputs an earlier solve already had is not solved again. A plan no hard limit allows is the
 * located error of `spp plan`.
 */
export async function planTotalCost(
  inputs: LoadedInputs,
  detail: ProjectionDetail,
  options: { cache?: Map<string, Promise<SolvedPlan>>; solver?: PlanSolver; hint?: PlanHint } = {},
): Promise<SolvedPlan> {
  const { cache, solver, hint } = options;
  const input = planInputOf(inputs, detail);
  const key = cache === undefined ? '' : JSON.stringify(input, (_k, v: unknown) => (v === Infinity ? 'Infinity' : v));
  const known = cache?.get(key);
  if (known !== undefined) return known;
  const solved =
    solver !== undefined
      ? solver.solve(input, hint)
      : planActions(input, hint !== undefined ? { hint } : {}).then(solvedPlan);
  const cost = solved.catch(locateInfeasible(inputs, input));
  cache?.set(key, cost);
  return cost;
}

/** Turns the solver's PlanInfeasible and PlanUnsolved into the located errors below; any other failure passes unchanged. */
function locateInfeasible(inputs: LoadedInputs, input: PlanInput): (err: unknown) => never {
  return (err) => {
    if (err instanceof PlanInfeasible) throw err.reason === 'limits' ? overstaffingCapError(inputs, input) : minimumFlowError(inputs, input, 'cap');
    if (err instanceof PlanUnsolved) throw minimumFlowError(inputs, input, 'unsolved');
    throw err;
  };
}

/**
 * The located error for minimum flows no plan could be found with: with `cap`, proven (moving the
 * minimum overstaffs a destination beyond plan.overstaffing.max_total_fte, and the plan's LP without
 * minimum flows has a plan); with `unsolved`, the solver's search stopped without one.
 */
function minimumFlowError(inputs: LoadedInputs, input: PlanInput, why: 'cap' | 'unsolved'): UserError {
  const path = ['plan', 'min_flow_fte'];
  const fte = input.minFlow;
  const fteNl = formatCompact(fte, 4, 'nl');
  const [message, messageNl] =
    why === 'cap'
      ? [
          `plan.min_flow_fte: no plan keeps overstaffing at or under ${input.maxTotalOverstaffing} FTE in every year when a pathway used in a year carries at least ${fte} FTE ` +
            '(there is one with smaller flows: moving the minimum overfills a destination the cap leaves no room in); lower plan.min_flow_fte (0: no minimum) or raise plan.overstaffing.max_total_fte',
          `plan.min_flow_fte: geen enkel plan houdt de overbezetting in elk jaar op of onder ${formatCompact(input.maxTotalOverstaffing, 4, 'nl')} fte als een route die in een jaar wordt gebruikt minstens ${fteNl} fte draagt ` +
            '(met kleinere stromen kan het wel: het minimum verplaatsen maakt een bestemming voller dan de grens toelaat); verlaag plan.min_flow_fte (0: geen minimum) of verhoog plan.overstaffing.max_total_fte',
        ]
      : [
          `plan.min_flow_fte: the solver found no plan in which every pathway used in a year carries at least ${fte} FTE (its search stopped before it found one); ` +
            'lower plan.min_flow_fte (0 makes the plan a linear program, which always solves)',
          `plan.min_flow_fte: de rekenkern vond geen plan waarin elke route die in een jaar wordt gebruikt minstens ${fteNl} fte draagt (de zoektocht stopte voordat er een was gevonden); ` +
            'verlaag plan.min_flow_fte (bij 0 is het plan een lineair programma, dat altijd een oplossing heeft)',
        ];
  const headline = why === 'cap' ? LIMITS_NOT_MET : { en: 'no plan with these minimum flows was found', nl: 'geen plan met deze minimale stromen gevonden' };
  return planError(inputs, path, why === 'cap' ? 'PLAN_MIN_FLOW_CAP' : 'PLAN_MIN_FLOW_UNSOLVED', headline, message, messageNl);
}

const LIMITS_NOT_MET = { en: "the plan's limits cannot all be met", nl: 'de grenzen van het plan zijn niet allemaal te halen' };

/** A plan error located at the scenario value `path`, headed by the scenario file and `headline` (exit 1). */
function planError(inputs: LoadedInputs, path: string[], code: DiagnosticCode, headline: { en: string; nl: string }, message: string, messageNl: string): UserError {
  const at = inputs.loaded.locate(path);
  const file = displayPath(at.file);
  return new UserError({ en: `${file}: ${headline.en}`, nl: `${file}: ${headline.nl}` }, 1, [
    { code, severity: 'error', file: at.file, line: at.line, column: at.column, path: path.join('.'), message, messageNl },
  ]);
}

/** The located error for a cap on overstaffing that no plan can meet (#13 class 3: a scenario validate accepts never ends in "this is a bug"). */
function overstaffingCapError(inputs: LoadedInputs, input: PlanInput): UserError {
  const message =
    `plan.overstaffing.max_total_fte: no plan keeps overstaffing at or under ${input.maxTotalOverstaffing} FTE in every year: ` +
    'in some year the surplus cannot all be reskilled, placed outside or put on reduced hours in time within the plan\'s limits; raise this cap (or the limits in plan.redundancy and plan.reduced_hours)';
  const messageNl =
    `plan.overstaffing.max_total_fte: geen enkel plan houdt de overbezetting in elk jaar op of onder ${formatCompact(input.maxTotalOverstaffing, 4, 'nl')} fte: ` +
    'in een of meer jaren kan het overschot binnen de grenzen van het plan niet op tijd worden omgeschoold, buiten geplaatst of in uren verminderd; verhoog deze grens (of de grenzen in plan.redundancy en plan.reduced_hours)';
  return planError(inputs, ['plan', 'overstaffing', 'max_total_fte'], 'PLAN_OVERSTAFFING_CAP', LIMITS_NOT_MET, message, messageNl);
}

function planNotes(inputs: LoadedInputs, input: PlanInput, outcome: PlanOutcome): string[] {
  const notes: string[] = [];
  if (inputs.scenario.plan === undefined) notes.push('the scenario has no plan: block: every plan default applies (SPEC §2.4)');
  const computed = input.pathways.filter((p) => !p.explicit).length;
  const explicit = input.pathways.length - computed;
  const plan = inputs.scenario.plan ?? defaultPlan();
  // "0 computed and 0 explicit" read "kon kiezen uit geen berekende en geen … routes": said plainly, with why.
  if (computed + explicit === 0) notes.push(`no pathways available to the plan: the scenario gives none, and ${plan.computed_pathways ? 'no pathway from a function with a surplus to one with a shortage meets the reskilling conditions' : 'computed pathways are off (plan.computed_pathways: false)'}`);
  else notes.push(`${computed} computed and ${explicit} explicit pathway${explicit === 1 ? '' : 's'} available to the plan`);
  if (plan.min_flow_fte > 0) notes.push(`a pathway used in a year carries at least ${plan.min_flow_fte} FTE`);
  if (plan.overstaffing.cost_per_fte_year === 'pay') {
    // Overstaffing at each function's pay: say where the data has none (an export without salaries gives 0).
    const pay = new Map<string, number | null>([...inputs.functions.map((f) => [f.id, f.pay] as const), ...inputs.scenario.demand.emerging.map((e) => [e.id, e.pay ?? null] as const)]);
    const unpaid = input.functions.filter((f) => !knownPay(pay.get(f.id))).length;
    if (unpaid > 0) {
      notes.push(`${unpaid} of ${input.functions.length} functions have no pay in the data (missing or 0): their overstaffing is priced at reskilling.surplus_cost_per_fte, €${Math.round(inputs.scenario.reskilling.surplus_cost_per_fte).toLocaleString('en-GB')} per FTE-year`);
    }
  }
  notes.push(...gapNotes(outcome));
  if (input.discountRate > 0) notes.push(`costs discounted to ${input.years[0]} at ${round(input.discountRate * 100, 4)}% a year`);
  notes.push('decisions take an average cross-section of a function: the natural rates apply to everyone in it');
  return notes;
}

/**
 * Why the plan costs more than an alternative of the business case, when it does — the first thing a
 * directieteam asks of "plan kost € … meer": it meets more of the demand (unmet demand comes first),
 * it places fewer people outside (objective redundancy comes before cost), or — against no plan, which
 * ignores every limit and rule — the limits that bind, no plan's placing outside to hire back later
 * (README, "No placing outside now to hire back later"), else spp's other rules for a sound plan.
 */
function dearerNotes(input: PlanInput, outcome: PlanOutcome, alternatives: Awaited<ReturnType<typeof planAlternatives>>): string[] {
  const notes: string[] = [];
  const placed = outcome.functions.reduce((s, f) => s + f.years.reduce((t, y) => t + y.redundant_fte, 0), 0);
  const say = (alternative: PlanAlternative | null, name: 'no plan' | 'without pathways') => {
    if (alternative === null || roundMoney(alternative.saving) >= 0) return;
    const head = `the plan costs €${roundMoney(-alternative.saving).toLocaleString('en-GB')} more than ${name}`;
    const fte = (v: number) => String(round(v, 1));
    if (alternative.shortage_fte_years - outcome.shortageFteYears > 0.05) {
      notes.push(`${head}: it meets ${fte(alternative.shortage_fte_years - outcome.shortageFteYears)} FTE-years more of the demand, which comes first`);
    } else if (input.objective === 'redundancy' && alternative.redundant_fte - placed > 0.05) {
      notes.push(`${head}: it places as few people outside as possible before it looks at cost (objective redundancy), ${fte(placed)} FTE against ${fte(alternative.redundant_fte)} FTE ${name === 'no plan' ? 'without a plan' : 'without pathways'}`);
    } else if (name === 'no plan') {
      // No plan ignores every limit and rule: say which of them the plan's extra cost comes from.
      const reasons: string[] = [];
      if (outcome.binding.length > 0) reasons.push("the plan keeps the limits of the scenario's plan: block");
      const hiredBack = alternatives.noPlanHiredBack;
      if (hiredBack > 0) reasons.push(`no plan places people outside and later hires into the same function again (${hiredBack} function${hiredBack === 1 ? '' : 's'}), where the plan carries the surplus`);
      if (reasons.length === 0) reasons.push('the plan keeps spp\'s rules for a sound plan (no hiring around a vacaturestop, none into a function without work)');
      notes.push(`${head}, which ignores every limit and rule: ${reasons.join('; ')}`);
    }
  };
  say(alternatives.no_plan, 'no plan');
  say(alternatives.no_pathways, 'without pathways');
  return notes;
}

/**
 * Where minimum flows left the plan short of a proven optimum (see solve-plan-lp): how far at most
 * it can be from the best possible, per stage. Nothing when every stage is proven optimal.
 */
function gapNotes(outcome: PlanOutcome): string[] {
  const notes: string[] = [];
  for (const g of outcome.gaps) {
    if (g.value - g.bound <= 1e-6 * Math.max(1, Math.abs(g.value))) continue;
    if (g.stage === 'cost') {
      // Rounded up: "at most" stays true, and a gap of a few millionths does not read as 0%.
      const share = Math.ceil((10_000 * (g.value - g.bound)) / Math.abs(g.value)) / 100;
      // The bound is the LP's without minimum flows, or the branch and bound's where its search raised it.
      notes.push(`minimum flows: the plan's cost is at most ${share}% above the least possible (proven lower bound €${Math.round(g.bound).toLocaleString('en-GB')})`);
    } else {
      const what = g.stage === 'shortage' ? 'unmet demand' : 'placement outside';
      notes.push(`minimum flows: ${what} ${round(g.value, 1)} FTE${g.stage === 'shortage' ? '-years' : ''}; at least ${round(g.bound, 1)} is unavoidable (proven)`);
    }
  }
  return notes;
}

/** hiredThenSurplusNotes: the least hire and later surplus (FTE in a year) that count. */
const MATERIAL_FTE = 0.5;

/**
 * One note naming the functions the plan hires into and, in a later year, carries overstaffing in or
 * places people outside from (found by an HR-adviser review: krimp-vacaturestop hires 1,2 FTE into its
 * reception in 2027 and carries 2,6 FTE of overstaffing there from 2028, when the reception closes).
 * Each hire meets that year's demand at the least cost, demand coming first — SPEC §3.3's optimum,
 * which the plan keeps — but a works council will ask why: such a vacancy could be filled temporarily,
 * which the plan does not model. Both at least MATERIAL_FTE in a year. Functions withheld for privacy
 * are not named.
 */
/** Functions named in the note at most (Gemeente Voorbeeld's digitaal-versneld names 20). */
const NAMED_MAX = 20;

export function hiredThenSurplusNotes(functions: readonly { id: string; years: readonly PlanYear[] }[], withheld: ReadonlySet<string>): PlanNoteFact[] {
  const named = functions
    .filter((f) => !withheld.has(f.id))
    .filter((f) => {
      // At least half an FTE each (a slight overstaffing where demand moves a little is no story).
      const firstHire = f.years.findIndex((y) => y.hired_fte >= MATERIAL_FTE);
      return firstHire >= 0 && f.years.slice(firstHire + 1).some((y) => y.overstaffing_fte + y.redundant_fte >= MATERIAL_FTE);
    })
    .map((f) => f.id)
    .sort(compareText);
  if (named.length === 0) return [];
  // A big city's plan named 48 functions here: the first NAMED_MAX, and how many more.
  const shown = named.slice(0, NAMED_MAX);
  const more = named.length - shown.length;
  const list = more > 0 ? `${named.length} functions (${shown.join(', ')} and ${more} others)` : named.join(', ');
  const text =
    `the plan hires into ${list} and later carries overstaffing or places people outside in the same function: ` +
    'each hire meets the demand of its year at the least cost, but such vacancies could be filled temporarily (a temporary contract, agency or interim staff), which the plan does not model';
  return [{ kind: 'hired_then_surplus', text, functions: shown, more }];
}

/**
 * A note for each pair of functions the plan moves people between both ways in one year (A → B and
 * B → A). SPEC §3.3's balance takes a mover's first-year departure (1 − retention) off both functions,
 * so where both are overstaffed a swap lowers overstaffing for the price of the training: an optimum
 * of the SPEC's LP, which the plan keeps, but not a move an HR adviser would propose unexplained. The
 * note says what it buys and the setting that rules it out (closing the smaller direction). Functions
 * withheld for privacy are not named.
 */
export function twoWayNotes(pathways: readonly PlanPathwayFlow[], withheld: ReadonlySet<string>): PlanNoteFact[] {
  const fte = new Map<string, number>();
  const key = (from: string, to: string, year: number) => JSON.stringify([from, to, year]);
  // With retention 1 both ways a swap gains nothing and cannot beat not swapping: no such claim.
  const leaky = new Set<string>();
  for (const p of pathways) {
    fte.set(key(p.from, p.to, p.year), (fte.get(key(p.from, p.to, p.year)) ?? 0) + p.fte);
    if (p.retention < 1) leaky.add(key(p.from, p.to, p.year));
  }
  const notes: PlanNoteFact[] = [];
  for (const [k, there] of fte) {
    const [a, b, year] = JSON.parse(k) as [string, string, number];
    const back = fte.get(key(b, a, year));
    // Each pair once (from the direction whose id sorts first), and never a withheld function.
    if (back === undefined || compareText(a, b) >= 0 || withheld.has(a) || withheld.has(b)) continue;
    if (!leaky.has(k) && !leaky.has(key(b, a, year))) continue;
    const [from, to] = there < back ? [a, b] : [b, a];
    const [aToB, bToA] = [round(there, 2), round(back, 2)];
    // The codes as YAML reads them back when pasted: "0123" quoted, FIN 14 as written.
    const close = { from: yamlFlowText(from), to: yamlFlowText(to) };
    const text =
      `in ${year} the plan moves people both ways between ${a} and ${b} (${aToB} and ${bToA} FTE): ` +
      `all it gains is the movers who leave in their first year (retention below 1), which lowers overstaffing but fills no demand; ` +
      `to rule it out, close one direction in plan.pathways: { from: ${close.from}, to: ${close.to}, max_per_year: 0 }`;
    notes.push({ kind: 'two_way', text, year, a, b, a_to_b_fte: aToB, b_to_a_fte: bToA, close });
  }
  return notes;
}

/** `spp plan`: load, project, plan. */
export async function runPlan(options: LoadOptions, objective?: 'cost' | 'redundancy', onProgress?: PlanProgressListener): Promise<PlanRun> {
  const inputs = await loadInputs(options);
  assertOrganisationShowable(inputs, 'plan');
  const detail = projectScenarioDetail({ scenario: inputs.scenario, functions: inputs.functions, workforce: inputs.workforce });
  const plan = await buildPlan(inputs, detail, objective, onProgress);
  // What spp plan publishes: the functions spp project suppresses, merged into one row (app/privacy.ts).
  const result = mergePlanPrivacy(plan.result, suppressedFunctionIds(inputs, detail.projection));
  return { inputs, projection: detail.projection, ...plan, result };
}
