import type { Projection } from '../domain/projection.js';
import type { Scenario } from '../domain/scenario-schema.js';
import { scenarioLeaves, valueAt, withValueAt, type ScenarioKey } from '../domain/scenario-paths.js';
import type { SensitivityAssumption, SensitivityMetrics } from '../domain/sensitivity.js';
import type { FunctionProfile } from '../domain/workforce.js';
import { checkFlows } from './check-flows.js';
import { compareText } from '../domain/compare-text.js';
import { DEFAULT_RETIREMENT_AGES } from './retirement.js';

/**
 * One-at-a-time sensitivity (SPEC §3.5): every numeric assumption of the resolved scenario moved by
 * −delta and +delta, relative, capped to its valid range; the projection is run again for each
 * variant and the outcomes compared with the base run. Pure: the projection is passed in as
 * `project(scenario)`, so the same code runs on any projection engine.
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
 * - Costs (hiring, reskilling, plan) change only the plan's cost: see `PLAN_COST_PATHS`.
 */

/** A numeric assumption and how it moves. */
export interface NumericAssumption {
  path: string;
  at: ScenarioKey[];
  kind: SensitivityAssumption['kind'];
  value: unknown;
  /** The value moved by `factor` − 1 (e.g. 0.8 or 1.2), within the assumption's valid range. */
  move: (factor: number) => unknown;
}

/** Years an AOW age moves per unit of relative delta (0.2 → 2 years). */
const AGE_YEARS_PER_DELTA = 10;

/**
 * Hook for the plan (issue #10, SPEC §3.3): the cost parameters that move the plan's cost only.
 * Scenarios have no `plan:` block yet, so they are not moved; once the plan lands, add its cost keys
 * (plan.hiring[…].cost, plan.redundancy[…].cost, plan.overstaffing.cost_per_fte_year, …) and
 * reskilling.hire_cost / cost_per_hour / surplus_cost_per_fte here, and compute plan_cost in
 * `sensitivityMetrics`.
 */
const PLAN_COST_PATHS: readonly string[] = [];

const clamp = (v: number, min: number, max: number): number => Math.min(max, Math.max(min, v));

function scaled(min: number, max: number): (value: unknown, factor: number) => unknown {
  return (value, factor) => (Array.isArray(value) ? value.map((v: number) => clamp(v * factor, min, max)) : clamp((value as number) * factor, min, max));
}

function mapOf(value: unknown, move: (v: number) => number): Record<string, number> {
  return Object.fromEntries(Object.entries(value as Record<string, number>).map(([k, v]) => [k, move(v)]));
}

/** Every numeric assumption of a resolved scenario that can change the gap, in document order. */
export function numericAssumptions(scenario: Scenario): NumericAssumption[] {
  const out: NumericAssumption[] = [];
  const add = (path: string, at: ScenarioKey[], kind: NumericAssumption['kind'], min: number, max: number, value: unknown): void => {
    const move = scaled(min, max);
    out.push({ path, at, kind, value, move: (factor) => move(value, factor) });
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
      out.push({ path: parent.path, at: parent.at, kind: 'fte', value, move: (factor) => mapOf(value, (v) => Math.max(0, v * factor)) });
    }
  }
  return out;
}

/** The outcomes of one projection: gap at the horizon end, shortage FTE-years after the start. */
function sensitivityMetrics(projection: Projection): SensitivityMetrics {
  const last = projection.totals.years[projection.totals.years.length - 1];
  let shortage = 0;
  for (const f of projection.functions) for (const y of f.years.slice(1)) shortage += Math.max(0, -y.gap_fte);
  return { gap_fte: last?.gap_fte ?? 0, shortage_fte_years: shortage, plan_cost: null };
}

function change(variant: SensitivityMetrics | null, base: SensitivityMetrics, key: 'gap_fte' | 'shortage_fte_years'): number | null {
  return variant === null ? null : variant[key] - base[key];
}

/**
 * Runs the base and every assumption at −delta and +delta (one at a time) and ranks them by the
 * swing of the gap at the horizon (FTE), then of shortage FTE-years, then by path.
 */
export function runSensitivity(
  scenario: Scenario,
  functions: readonly FunctionProfile[],
  delta: number,
  project: (scenario: Scenario) => Projection,
): { base: SensitivityMetrics; assumptions: SensitivityAssumption[] } {
  const base = sensitivityMetrics(project(scenario));
  const assumptions = numericAssumptions(scenario).map((a): SensitivityAssumption => {
    const notes: string[] = [];
    const variant = (factor: number): { value: unknown; metrics: SensitivityMetrics | null } => {
      const value = a.move(factor);
      const moved = withValueAt(scenario, a.at, value);
      if (checkFlows(moved, [...functions]).some((p) => p.code === 'FLOW_NEGATIVE_STAY')) {
        notes.push(`at ${JSON.stringify(value)} attrition + transitions exceed 1 for some function and age: not run`);
        return { value, metrics: null };
      }
      return { value, metrics: sensitivityMetrics(project(moved)) };
    };
    const low = variant(1 - delta);
    const high = variant(1 + delta);
    const gapLow = change(low.metrics, base, 'gap_fte');
    const gapHigh = change(high.metrics, base, 'gap_fte');
    return {
      path: a.path,
      kind: a.kind,
      base_value: a.value,
      low_value: low.value,
      high_value: high.value,
      effects: {
        gap_fte: { low: gapLow, high: gapHigh },
        shortage_fte_years: { low: change(low.metrics, base, 'shortage_fte_years'), high: change(high.metrics, base, 'shortage_fte_years') },
        plan_cost: { low: null, high: null },
      },
      swing_gap_fte: Math.abs((gapHigh ?? 0) - (gapLow ?? 0)),
      notes,
    };
  });
  const shortageSwing = (a: SensitivityAssumption): number => Math.abs((a.effects.shortage_fte_years.high ?? 0) - (a.effects.shortage_fte_years.low ?? 0));
  // Swings within 1e-9 FTE are ties (float noise), decided by the next key.
  assumptions.sort((x, y) => {
    const g = y.swing_gap_fte - x.swing_gap_fte;
    if (Math.abs(g) > 1e-9) return g;
    const s = shortageSwing(y) - shortageSwing(x);
    if (Math.abs(s) > 1e-9) return s;
    return compareText(x.path, y.path);
  });
  return { base, assumptions };
}
