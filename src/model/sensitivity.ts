import type { Projection } from '../domain/projection.js';
import type { Scenario } from '../domain/scenario-schema.js';
import { scenarioLeaves, valueAt, withValueAt, type ScenarioKey } from '../domain/scenario-paths.js';
import type { SensitivityAssumption, SensitivityMetrics } from '../domain/sensitivity.js';
import type { FunctionProfile } from '../domain/workforce.js';
import { checkFlows } from './check-flows.js';
import { compareText } from '../domain/compare-text.js';
import { roundDeep } from '../domain/round.js';
import { DEFAULT_RETIREMENT_AGES } from './retirement.js';
import { dictFrom } from '../domain/dict.js';
import { knownPay } from '../domain/workforce.js';

/**
 * One-at-a-time sensitivity (SPEC §3.5): every numeric assumption of the resolved scenario moved by
 * −delta and +delta, relative, capped to its valid range; the projection is run again for each
 * variant and the outcomes compared with the base run. Pure: the outcomes of a variant are computed by
 * the `evaluate` passed in (the app projects and solves the plan), so the same code runs on any engine.
 *
 * Decisions where the SPEC is silent:
 * - A `[low, likely, high]` value (an automation target, rate or share) is moved as a whole (each of the three × (1 ± delta)), so its mean,
 *   which the deterministic run uses, moves by the same relative amount.
 * - The retirement (AOW) age is not a rate: 20 % of 67 years is 13 years, far outside any AOW path.
 *   It moves by ± delta × 10 years (± 2 years at the default 20 %), every year of its table together,
 *   within 55–75. Without a `retirement_age` the law's table is moved.
 * - An emerging function's demand points move together (× (1 ± delta)); so does nothing else that is
 *   a year (starts, ends) or a threshold (classification only labels, it does not change the gap).
 * - A variant whose attrition + transitions would exceed 1 for some function and age is not run: its
 *   effect is null, with a note.
 * - Costs (hiring, reskilling, plan) change only the plan's cost: see `isPlanCost`. They are moved only
 *   when the scenario has a `plan:` block; each of their variants re-solves the plan on the base
 *   projection, every other variant re-projects and then re-solves the plan.
 */

/** A numeric assumption and how it moves. */
export interface NumericAssumption {
  path: string;
  at: ScenarioKey[];
  kind: SensitivityAssumption['kind'];
  value: unknown;
  /** The value moved by `factor` − 1 (e.g. 0.8 or 1.2), within the assumption's valid range. */
  move: (factor: number) => unknown;
  /** A plan cost parameter: it changes the plan's cost only, not the projection. */
  planOnly: boolean;
}

/** Years an AOW age moves per unit of relative delta (0.2 → 2 years). */
const AGE_YEARS_PER_DELTA = 10;

/**
 * The plan's cost parameters (SPEC §3.5 "and the plan's cost parameters"; §3.3 *Costs*): moved only
 * when the scenario has a `plan:` block. They change the plan's cost and nothing else, so their
 * variants re-solve the plan on the base projection. `reskilling.hire_cost`, `cost_per_hour` and
 * `surplus_cost_per_fte` are the defaults the plan prices hiring, pathways and redundancy with.
 * A cost of `pay` (overstaffing at each function's pay) is data, not an assumption: not moved.
 */
function isPlanCost(at: readonly ScenarioKey[]): boolean {
  const [a, b, c, d] = at;
  if (a === 'reskilling') return b === 'hire_cost' || b === 'cost_per_hour' || b === 'surplus_cost_per_fte';
  if (a !== 'plan') return false;
  if ((b === 'hiring' || b === 'redundancy') && d === 'cost') return true;
  if (b === 'reduced_hours' && d === 'cost_per_person') return true;
  if (b === 'pathways' && d === 'cost_per_fte') return true;
  if (b === 'overstaffing' && c === 'cost_per_fte_year') return true;
  return b === 'shortage_cost_per_fte_year' || b === 'discount_rate';
}

const clamp = (v: number, min: number, max: number): number => Math.min(max, Math.max(min, v));

function scaled(min: number, max: number): (value: unknown, factor: number) => unknown {
  return (value, factor) => (Array.isArray(value) ? value.map((v: number) => clamp(v * factor, min, max)) : clamp((value as number) * factor, min, max));
}

function mapOf(value: unknown, move: (v: number) => number): Record<string, number> {
  return dictFrom(Object.entries(value as Record<string, number>).map(([k, v]) => [k, move(v)]));
}

/** Every numeric assumption of a resolved scenario that can change the gap, in document order. */
export function numericAssumptions(scenario: Scenario): NumericAssumption[] {
  const out: NumericAssumption[] = [];
  const add = (path: string, at: ScenarioKey[], kind: NumericAssumption['kind'], min: number, max: number, value: unknown, planOnly = false): void => {
    const move = scaled(min, max);
    out.push({ path, at, kind, value, move: (factor) => move(value, factor), planOnly });
  };
  const retirement = scenario.workforce.retirement_age ?? { ...DEFAULT_RETIREMENT_AGES };
  out.push({
    path: 'workforce.retirement_age',
    at: ['workforce', 'retirement_age'],
    kind: 'age',
    value: retirement,
    move: (factor) => {
      const shift = (factor - 1) * AGE_YEARS_PER_DELTA;
      const age = (v: number): number => clamp(Math.round((v + shift) * 12) / 12, 55, 75);
      return typeof retirement === 'number' ? age(retirement) : mapOf(retirement, age);
    },
    planOnly: false,
  });
  const emergingDone = new Set<string>();
  for (const leaf of scenarioLeaves(scenario)) {
    const [a, b, c, d] = leaf.at;
    if (a === 'workforce' && b === 'attrition' && d === 'rate') add(leaf.path, leaf.at, 'rate', 0, 1, leaf.value);
    else if (a === 'workforce' && b === 'temporary' && c === 'renewal_rate') add(leaf.path, leaf.at, 'share', 0, 1, leaf.value);
    else if (a === 'workforce' && b === 'transitions' && leaf.at.length === 4) add(leaf.path, leaf.at, 'rate', 0, 1, leaf.value);
    else if (a === 'digitalisation' && b === 'automation' && d === 'target') add(leaf.path, leaf.at, 'share', 0, 1, leaf.value);
    else if (a === 'digitalisation' && b === 'reinvested') add(leaf.path, leaf.at, 'share', 0, 1, leaf.value);
    else if (a === 'demand' && b === 'growth' && d === 'rate') add(leaf.path, leaf.at, 'growth', -1, 1, leaf.value);
    else if (a === 'demand' && b === 'overrides' && d === 'change') add(leaf.path, leaf.at, 'change', -1, 10, leaf.value);
    else if (a === 'demand' && b === 'emerging' && d === 'demand') {
      const parent = leaf.parents[leaf.parents.length - 1]!;
      if (emergingDone.has(parent.path)) continue;
      emergingDone.add(parent.path);
      const value = valueAt(scenario, parent.at);
      out.push({ path: parent.path, at: parent.at, kind: 'fte', value, move: (factor) => mapOf(value, (v) => Math.max(0, v * factor)), planOnly: false });
    } else if (scenario.plan !== undefined && typeof leaf.value === 'number' && isPlanCost(leaf.at)) {
      if (b === 'discount_rate') add(leaf.path, leaf.at, 'rate', 0, 1, leaf.value, true);
      else add(leaf.path, leaf.at, 'cost', 0, Infinity, leaf.value, true);
    }
  }
  return out;
}

/** An assumption not varied, and why: nothing uses it, or ±delta cannot move it (a relative move of 0 is 0). */
export interface NotVaried {
  path: string;
  base_value: unknown;
  /** `overridden`: every function's value comes from the rules of `by`; `unmoved`: −delta and +delta leave the value as it is. */
  reason: 'overridden' | 'unmoved';
  by?: string;
}

/**
 * The assumptions a run would vary to no effect, left out of the ranking (a consultant probe found
 * `reskilling.hire_cost` and `surplus_cost_per_fte` ranked with effect 0 beside `plan.hiring` rules
 * that set every function's cost, and `plan.discount_rate` 0 moved to "0 / 0"):
 * - `reskilling.hire_cost` when a `plan.hiring` rule with a cost covers every function (function,
 *   its family, or `all`), emerging ones included; `reskilling.surplus_cost_per_fte` when
 *   `plan.redundancy` rules do so and no function's overstaffing falls back on it (a number for
 *   `overstaffing.cost_per_fte_year`, or every function's pay known);
 * - any assumption that −delta and +delta leave at its value (SPEC §3.5 moves relatively: a base of 0
 *   stays 0).
 */
function notVariedAssumptions(scenario: Scenario, functions: readonly FunctionProfile[], delta: number): NotVaried[] {
  const all = numericAssumptions(scenario);
  const plan = scenario.plan;
  const members = [...functions.map((f) => ({ id: f.id, family: f.family, pay: f.pay })), ...scenario.demand.emerging.map((e) => ({ id: e.id, family: e.family ?? '', pay: e.pay ?? null }))];
  const covered = (rules: readonly { function?: string | undefined; family?: string | undefined; cost?: number | undefined }[]): boolean =>
    members.every((m) => rules.some((r) => r.cost !== undefined && (r.function === m.id || (r.function === undefined && (r.family === 'all' || r.family === m.family)))));
  const out: NotVaried[] = [];
  for (const a of all) {
    const same = (factor: number): boolean => JSON.stringify(a.move(factor)) === JSON.stringify(a.value);
    if (plan !== undefined && a.path === 'reskilling.hire_cost' && covered(plan.hiring)) out.push({ path: a.path, base_value: a.value, reason: 'overridden', by: 'plan.hiring' });
    else if (
      plan !== undefined &&
      a.path === 'reskilling.surplus_cost_per_fte' &&
      covered(plan.redundancy) &&
      (typeof plan.overstaffing.cost_per_fte_year === 'number' || members.every((m) => knownPay(m.pay)))
    ) {
      out.push({ path: a.path, base_value: a.value, reason: 'overridden', by: 'plan.redundancy' });
    } else if (same(1 - delta) && same(1 + delta)) out.push({ path: a.path, base_value: a.value, reason: 'unmoved' });
  }
  return out;
}

/** The outcomes of one projection: gap at the horizon end, shortage FTE-years after the start. */
export function projectionMetrics(projection: Projection): Omit<SensitivityMetrics, 'plan_cost'> {
  const last = projection.totals.years[projection.totals.years.length - 1];
  let shortage = 0;
  for (const f of projection.functions) for (const y of f.years.slice(1)) shortage += Math.max(0, -y.gap_fte);
  return { gap_fte: last?.gap_fte ?? 0, shortage_fte_years: shortage };
}

type Metric = keyof SensitivityMetrics;

function change(variant: SensitivityMetrics | null, base: SensitivityMetrics, key: Metric): number | null {
  const v = variant?.[key] ?? null;
  const b = base[key];
  return v === null || b === null ? null : v - b;
}

/** |high − low| of one effect (a missing side counts as no change); null when neither side has a value. */
function swingOf(effect: { low: number | null; high: number | null }): number | null {
  if (effect.low === null && effect.high === null) return null;
  return Math.abs((effect.high ?? 0) - (effect.low ?? 0));
}

/**
 * The outcomes of the scenario (or a variant of it). `planOnly`: only plan cost parameters differ
 * from the scenario, so the projection of the scenario itself holds and only the plan is re-solved.
 */
export type EvaluateVariant = (scenario: Scenario, planOnly: boolean) => Promise<SensitivityMetrics>;

/** How `runSensitivity` runs its variants. */
export interface SensitivityRunOptions {
  /** Called once per variant as it finishes (one not run counts too): done counts up 1 … total. */
  onProgress?: (done: number, total: number) => void;
  /** Evaluations at most at once (default 1: one after another); the result does not depend on it. */
  concurrency?: number;
}

/**
 * Runs `task(0)`, `task(1)` … with at most `limit` running at once, started in index order, and
 * returns their results in index order. On a failure it starts no more, lets the running ones
 * settle and rejects with the failure of the lowest index: the one a run one at a time would meet.
 */
async function inOrder<T>(count: number, limit: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const failures: { at: number; error: unknown }[] = [];
  const lane = async (): Promise<void> => {
    while (failures.length === 0 && next < count) {
      const i = next++;
      try {
        results[i] = await task(i);
      } catch (error) {
        failures.push({ at: i, error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, count)) }, lane));
  const first = failures.sort((a, b) => a.at - b.at)[0];
  if (first !== undefined) throw first.error;
  return results;
}

/**
 * Runs the base and every assumption at −delta and +delta (one at a time) and ranks them by the
 * swing of the gap at the horizon (FTE), then of shortage FTE-years, then of the plan's cost, then
 * by path. The base is started first (its failure is the run's, whatever else fails), then the
 * variants in a fixed order, up to `concurrency` at once; the result is the same whatever order
 * they finish in.
 */
export async function runSensitivity(
  scenario: Scenario,
  functions: readonly FunctionProfile[],
  delta: number,
  evaluate: EvaluateVariant,
  options: SensitivityRunOptions = {},
): Promise<{ base: SensitivityMetrics; assumptions: SensitivityAssumption[]; not_varied: NotVaried[] }> {
  const notVaried = notVariedAssumptions(scenario, functions, delta);
  const skip = new Set(notVaried.map((n) => n.path));
  const all = numericAssumptions(scenario).filter((a) => !skip.has(a.path));
  const variants = all.flatMap((a) => [1 - delta, 1 + delta].map((factor) => ({ a, value: a.move(factor) })));
  let done = 0;
  const finished = (): void => options.onProgress?.(++done, variants.length);
  // Task 0 is the base: started first, so the evaluator sees it before any variant.
  const [first, ...outcomes] = await inOrder(1 + variants.length, options.concurrency ?? 1, async (i): Promise<SensitivityMetrics | null> => {
    if (i === 0) return evaluate(scenario, false);
    const { a, value } = variants[i - 1]!;
    const moved = withValueAt(scenario, a.at, value);
    if (!a.planOnly && checkFlows(moved, [...functions]).some((p) => p.code === 'FLOW_NEGATIVE_STAY')) {
      finished();
      return null;
    }
    const metrics = await evaluate(moved, a.planOnly);
    finished();
    return metrics;
  });
  const base = first as SensitivityMetrics;
  const assumptions = all.map((a, n): SensitivityAssumption => {
    const notes: string[] = [];
    const side = (k: number): { value: unknown; metrics: SensitivityMetrics | null } => {
      const { value } = variants[2 * n + k]!;
      const metrics = outcomes[2 * n + k]!;
      // The value as the JSON shows it (0.75 × 1.2 is 0.8999999999999999 in floating point).
      const shown = JSON.stringify(roundDeep(value));
      if (metrics === null) notes.push(`at ${shown} attrition + transitions exceed 1 for some function and age: not run`);
      else if (metrics.plan_cost === null && base.plan_cost !== null) notes.push(`at ${shown} the plan could not be solved: its cost is not known`);
      return { value, metrics };
    };
    const low = side(0);
    const high = side(1);
    const effect = (key: Metric): { low: number | null; high: number | null } => ({ low: change(low.metrics, base, key), high: change(high.metrics, base, key) });
    const effects = { gap_fte: effect('gap_fte'), shortage_fte_years: effect('shortage_fte_years'), plan_cost: effect('plan_cost') };
    return {
      path: a.path,
      kind: a.kind,
      base_value: a.value,
      low_value: low.value,
      high_value: high.value,
      effects,
      swing_gap_fte: swingOf(effects.gap_fte) ?? 0,
      swing_plan_cost: swingOf(effects.plan_cost),
      notes,
    };
  });
  const swing = (a: SensitivityAssumption, key: Metric): number => swingOf(a.effects[key]) ?? 0;
  // Swings within 1e-9 are ties (float noise), decided by the next key.
  assumptions.sort((x, y) => {
    for (const key of ['gap_fte', 'shortage_fte_years', 'plan_cost'] as const) {
      const d = swing(y, key) - swing(x, key);
      if (Math.abs(d) > 1e-9) return d;
    }
    return compareText(x.path, y.path);
  });
  return { base, assumptions, not_varied: notVaried };
}
