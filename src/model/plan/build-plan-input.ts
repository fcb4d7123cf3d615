import type { PathwayVerdict } from '../../domain/pathway.js';
import type { HiringRule, ReducedHoursRule, RedundancyRule, Scenario } from '../../domain/scenario-schema.js';
import { knownPay, type FunctionProfile } from '../../domain/workforce.js';
import { expectedValue } from '../../domain/uncertain.js';
import { attritionRateFor } from '../attrition.js';
import type { PathwaySelection } from '../pathways.js';
import type { PlanFunctionInput, PlanInput, PlanPathwayInput } from './plan-input.js';
import { compareText } from '../../domain/compare-text.js';

/**
 * Resolves the scenario's `plan:` block (SPEC §2.4, §3.3) against the projection into the numbers of
 * the plan's LP. Natural flows come from the no-decision projection: stay_f(u) = FTE of f still in f
 * at the end of u ÷ FTE at the start of u, move_fj(u) = moved to j ÷ FTE at the start. Where f has no
 * FTE at the start of u, the scenario's rules for f at age 35 apply (no retirement, no contract end).
 *
 * Rules (`hiring`, `redundancy`, `reduced_hours`) match like attrition rules: per key, the most
 * specific rule that sets it (function > family > all, `family: all` or no scope = all); between
 * rules of one scope the first listed wins.
 */

/** One year of the no-decision projection for one function (FTE). */
interface NaturalYear {
  supply_fte: number;
  retired_fte: number;
  contract_ended_fte: number;
  attrition_fte: number;
  moved_out_fte: number;
  moved_out_to: Record<string, number>;
}

export interface PlanInputSource {
  scenario: Scenario;
  /** Every function (incl. emerging), sorted by id. */
  functions: readonly FunctionProfile[];
  /** By function id: the projection's years start … end. */
  natural: ReadonlyMap<string, readonly NaturalYear[]>;
  /** By function id: demand FTE per year start … end (after demand.targets). */
  demand: ReadonlyMap<string, readonly number[]>;
  /** Evaluated pathways (computed rules applied; `closed` marks closed destinations). */
  pathways: readonly PathwayVerdict[];
  /** `--objective` from the command line, overriding the scenario. */
  objective?: 'cost' | 'redundancy';
}

/** Below this FTE a function counts as empty for its natural rates. */
const EMPTY_FTE = 1e-9;
const REFERENCE_AGE = 35;

/**
 * The share of a function's hires that stays their first year (SPEC §3.3): 1 − its `plan.hiring`
 * `first_year_attrition`, else 1 − its attrition at age 35; `attritionRule` is the index in
 * `workforce.attrition` of the rule that gave it (-1: none, rate 0), null when plan.hiring did.
 */
export function hireRetentionOf(scenario: Scenario, fn: Pick<FunctionProfile, 'id' | 'family'>): { retention: number; attritionRule: number | null } {
  const hiring = resolve((scenario.plan ?? defaultPlan()).hiring, fn);
  if (hiring.first_year_attrition !== undefined) return { retention: 1 - hiring.first_year_attrition, attritionRule: null };
  const at35 = attritionRateFor(scenario.workforce.attrition, fn, REFERENCE_AGE);
  return { retention: 1 - at35.rate, attritionRule: at35.index };
}

/** The plan's LP inputs (FTE, euros); see the file header. */
export function buildPlanInput(source: PlanInputSource): PlanInput {
  const { scenario } = source;
  const plan = scenario.plan ?? defaultPlan();
  const rules = scenario.reskilling;
  const years: number[] = [];
  for (let y = scenario.horizon.start; y <= scenario.horizon.end; y++) years.push(y);
  const T = years.length - 1;
  const byId = new Map(source.functions.map((f) => [f.id, f]));
  const attrition35 = (fn: FunctionProfile) => attritionRateFor(scenario.workforce.attrition, fn, REFERENCE_AGE).rate;

  const functions: PlanFunctionInput[] = source.functions.map((fn) => {
    const natural = source.natural.get(fn.id) ?? [];
    const demand = [...(source.demand.get(fn.id) ?? years.map(() => 0))];
    const transitions = Object.entries(scenario.workforce.transitions[fn.id] ?? {})
      .filter(([to]) => to !== fn.id && byId.has(to))
      .sort(([a], [b]) => compareText(a, b));
    const ruleStay = Math.max(0, 1 - attrition35(fn) - transitions.reduce((s, [, p]) => s + expectedValue(p), 0));
    const stay: number[] = [];
    const moveShares = new Map<string, number[]>();
    for (let u = 0; u < T; u++) {
      const y = natural[u];
      if (y === undefined || y.supply_fte <= EMPTY_FTE) {
        stay.push(ruleStay);
        for (const [to, p] of transitions) push(moveShares, to, u, expectedValue(p));
        continue;
      }
      const still = y.supply_fte - y.retired_fte - y.contract_ended_fte - y.attrition_fte - y.moved_out_fte;
      stay.push(clamp01(still / y.supply_fte));
      for (const [to, fte] of Object.entries(y.moved_out_to)) {
        if (to === fn.id || !byId.has(to)) continue;
        push(moveShares, to, u, fte / y.supply_fte);
      }
    }
    const moves = [...moveShares.entries()]
      .sort(([a], [b]) => compareText(a, b))
      .map(([to, share]) => ({ to, share: Array.from({ length: T }, (_, u) => share[u] ?? 0) }));

    const hiring = resolve(plan.hiring, fn);
    const redundancy = resolve(plan.redundancy, fn);
    const reduced = resolve(plan.reduced_hours, fn);
    const covered = plan.reduced_hours.some((r) => matches(r, fn));
    const overCost = plan.overstaffing.cost_per_fte_year;
    return {
      id: fn.id,
      startFte: natural[0]?.supply_fte ?? 0,
      demand,
      stay,
      moves,
      hireRetention: hireRetentionOf(scenario, fn).retention,
      hireCost: hiring.cost ?? rules.hire_cost,
      hireMax: hiring.max_per_year ?? Infinity,
      redundancyCost: redundancy.cost ?? rules.surplus_cost_per_fte,
      redundancyMax: redundancy.max_per_year ?? Infinity,
      // Pay unknown (missing, or 0 as in an export without salaries, as pathways read it too): the default cost.
      overstaffingCost: overCost === 'pay' ? (knownPay(fn.pay) ? fn.pay : rules.surplus_cost_per_fte) : overCost,
      reducedHours: covered
        ? {
            maxPersons: reduced.max_persons ?? Infinity,
            ftePerPerson: reduced.fte_per_person ?? 0.5,
            costPerPerson: reduced.cost_per_person ?? 0,
          }
        : null,
    };
  });

  const evaluated = new Map(source.pathways.map((p) => [`${p.from}\u0000${p.to}`, p]));
  const pathways: PlanPathwayInput[] = [];
  const explicitKeys = new Set<string>();
  for (const p of plan.pathways) {
    const key = `${p.from}\u0000${p.to}`;
    // Validation reports unknown functions and duplicate pairs; the model skips them.
    if (explicitKeys.has(key) || !byId.has(p.from) || !byId.has(p.to) || p.from === p.to) continue;
    explicitKeys.add(key);
    const hours = evaluated.get(key)?.hours ?? 0;
    pathways.push({
      from: p.from,
      to: p.to,
      cost: p.cost_per_fte ?? hours * rules.cost_per_hour,
      hours,
      retention: p.retention ?? 1 - attrition35(byId.get(p.to)!),
      maxPerYear: p.max_per_year ?? Infinity,
      maxShareOfDestination: p.max_share_of_destination ?? null,
      explicit: true,
    });
  }
  if (plan.computed_pathways) {
    // Computed pathways are offered from functions with a surplus in some year of the no-decision
    // projection to functions with a shortage in some year: nobody is reskilled out of a function
    // that is short itself, or into one that never needs anyone.
    //
    // Every year of such a pathway enters the LP. Narrowing that to the years in which the source
    // has a surplus and the destination a shortage (in the no-decision projection) would not be a
    // safe pruning — it can cut off the optimal plan (#13 item 10, README "Many functions"):
    // * moving x FTE of surplus from i into an overstaffed j costs c_ij·x and removes (1 − ρ_ij)·x
    //   of overstaffing for every later year, plus x·(pay_i − pay_j) a year when j pays less (the
    //   overstaffing cost defaults to pay, and a desirable pathway may lower pay by 25 %);
    // * moving x out of a short i and hiring behind them costs c_ij + h_i/κ_i per mover, which beats
    //   h_j/κ_j·ρ_ij where hiring in j is dearer, limited or frozen;
    // * a function can be a source in some years and a destination in others, so the plan's W
    //   differs from the no-decision projection's as soon as one pathway is used.
    // The exchange argument that would prove a pathway-year useless — replace X_ij(u) = x by
    // H_j(u) += ρ_ij·x/κ_j and R_i(u) += x, which leaves every balance and outflow row unchanged —
    // needs c_ij ≥ ρ_ij·h_j/κ_j + r_i (+ the early-placement premium): never the case for a
    // reskilling pathway. What is safe is what the limits prove: a pathway-year whose largest
    // feasible flow is under min_flow_fte carries nothing (plan-lp.ts `pathwayUpperBounds`).
    const { from: surplusIn, to: shortIn } = computedEnds(source);
    for (const p of source.pathways) {
      const key = `${p.from}\u0000${p.to}`;
      if (explicitKeys.has(key) || !usableInPlan(p, rules.safe_only)) continue;
      if (!surplusIn.has(p.from) || !shortIn.has(p.to)) continue;
      if (!byId.has(p.from) || !byId.has(p.to)) continue;
      pathways.push({
        from: p.from,
        to: p.to,
        cost: p.hours * rules.cost_per_hour,
        hours: p.hours,
        retention: 1 - attrition35(byId.get(p.to)!),
        maxPerYear: Infinity,
        maxShareOfDestination: null,
        explicit: false,
      });
    }
  }
  pathways.sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to));

  return {
    years,
    functions,
    pathways,
    objective: source.objective ?? plan.objective,
    maxTotalOverstaffing: plan.overstaffing.max_total_fte ?? Infinity,
    budgetPerYear: rules.budget_per_year ?? Infinity,
    capacityPerYear: rules.capacity_per_year ?? Infinity,
    shortageCost: plan.shortage_cost_per_fte_year,
    minFlow: plan.min_flow_fte,
    discountRate: plan.discount_rate,
  };
}

/** The functions with a surplus in some year of the no-decision projection, and those with a shortage in some year. */
function computedEnds(source: Omit<PlanInputSource, 'pathways'>): { from: Set<string>; to: Set<string> } {
  const { horizon } = source.scenario;
  const zeros = Array.from({ length: horizon.end - horizon.start + 1 }, () => 0);
  const from = new Set<string>();
  const to = new Set<string>();
  for (const f of source.functions) {
    const natural = source.natural.get(f.id);
    const gaps = (source.demand.get(f.id) ?? zeros).map((d, k) => (natural?.[k]?.supply_fte ?? 0) - d);
    if (gaps.some((g) => g > 1e-9)) from.add(f.id);
    if (gaps.some((g) => g < -1e-9)) to.add(f.id);
  }
  return { from, to };
}

/**
 * The only pathways the plan reads: the explicit `plan.pathways` (for their training hours) and,
 * with `computed_pathways`, surplus → shortage as above. Evaluating just these gives the same plan.
 */
export function planPathwaySelection(source: Omit<PlanInputSource, 'pathways'>): PathwaySelection {
  const plan = source.scenario.plan ?? defaultPlan();
  const pairs = plan.pathways.map((p) => ({ from: p.from, to: p.to }));
  if (!plan.computed_pathways) return { from: new Set(), to: new Set(), pairs };
  const safeOnly = source.scenario.reskilling.safe_only;
  return { ...computedEnds(source), pairs, keep: (p) => usableInPlan(p, safeOnly) };
}

/** A computed pathway the plan may use: viable, desirable, not into a closed destination, and safe unless `safe_only: false`. */
function usableInPlan(p: PathwayVerdict, safeOnly: boolean): boolean {
  return p.viable && p.desirable && !p.closed && (p.safe || !safeOnly);
}

/** The plan settings when the scenario has no `plan:` block: every default of SPEC §2.4. */
export function defaultPlan(): NonNullable<Scenario['plan']> {
  return {
    objective: 'cost',
    hiring: [],
    redundancy: [],
    overstaffing: { cost_per_fte_year: 'pay' },
    reduced_hours: [],
    shortage_cost_per_fte_year: null,
    pathways: [],
    computed_pathways: true,
    min_flow_fte: 0.5,
    discount_rate: 0,
  };
}

type ScopedRule = HiringRule | RedundancyRule | ReducedHoursRule;

function scopeRank(rule: ScopedRule): number {
  if (rule.function !== undefined) return 2;
  if (rule.family !== undefined && rule.family !== 'all') return 1;
  return 0;
}

function matches(rule: ScopedRule, fn: Pick<FunctionProfile, 'id' | 'family'>): boolean {
  if (rule.function !== undefined && rule.function !== fn.id) return false;
  if (rule.family !== undefined && rule.family !== 'all' && rule.family !== fn.family) return false;
  return true;
}

/** Per key, the value of the most specific matching rule that sets it (first listed on a tie). */
function resolve<R extends ScopedRule>(rules: readonly R[], fn: Pick<FunctionProfile, 'id' | 'family'>): Partial<R> {
  const out: Partial<R> = {};
  const rank: Record<string, number> = {};
  for (const rule of rules) {
    if (!matches(rule, fn)) continue;
    const r = scopeRank(rule);
    for (const [key, value] of Object.entries(rule)) {
      if (key === 'family' || key === 'function' || value === undefined) continue;
      if ((rank[key] ?? -1) >= r) continue;
      rank[key] = r;
      (out as Record<string, unknown>)[key] = value;
    }
  }
  return out;
}

function push(map: Map<string, number[]>, key: string, u: number, value: number): void {
  const list = map.get(key) ?? [];
  list[u] = (list[u] ?? 0) + value;
  map.set(key, list);
}

function clamp01(v: number): number {
  return Math.min(1, Math.max(0, v));
}

