import type { Stamp } from './results.js';

/** The default relative move of every assumption (SPEC §3.5): ±20 %. */
export const DEFAULT_DELTA = 0.2;

/** The outcomes a sensitivity run compares. */
export interface SensitivityMetrics {
  /** Total gap (supply − demand) at the horizon end, FTE. */
  gap_fte: number;
  /** Sum over functions and the years after the start of each function's shortage, FTE-years. */
  shortage_fte_years: number;
  /** Total cost of the scenario's plan, euros; null while the scenario has no plan. */
  plan_cost: number | null;
}

type SensitivityMetric = keyof SensitivityMetrics;

/** One assumption moved down and up: its values and the change of each outcome against the base run. */
export interface SensitivityAssumption {
  /** Path in the resolved scenario, e.g. `workforce.attrition[ages=<35].rate`. */
  path: string;
  /** What kind of value it is, for people: rate, share, growth, change, age, fte, cost (euros; a plan cost parameter). */
  kind: 'rate' | 'share' | 'growth' | 'change' | 'age' | 'fte' | 'cost';
  base_value: unknown;
  low_value: unknown;
  high_value: unknown;
  /** Outcome minus the base outcome with the value at low_value / high_value; null where the variant was not run. */
  effects: { [M in SensitivityMetric]: { low: number | null; high: number | null } };
  /** |high − low| of the gap effect: what the ranking uses (FTE). */
  swing_gap_fte: number;
  /** |high − low| of the plan cost effect (euros); null without a plan. What the plan cost tornado ranks by. */
  swing_plan_cost: number | null;
  notes: string[];
}

/** Canonical `spp sensitivity` result (SPEC §3.5, §4 `spp.sensitivity/1`). */
export interface SensitivityResult {
  schema: 'spp.sensitivity/1';
  stamp: Stamp;
  scenario: { id: string; title: string | null; horizon: { start: number; end: number } };
  /** Relative move of every assumption, e.g. 0.2 for ±20 %. */
  delta: number;
  base: SensitivityMetrics;
  /** Ranked by the largest swing of the gap at the horizon, then of shortage FTE-years, then of the plan cost. */
  assumptions: SensitivityAssumption[];
  /**
   * Paths of the assumptions left out for privacy: a supply rule (attrition, transition) of a
   * function or family that `spp project` withholds; its Δ gap is what its few people do. Absent when none.
   */
  withheld?: string[];
  /**
   * Assumptions not varied: `overridden` when nothing uses them (rules set the value for every
   * function: `by`), `unmoved` when ±delta leaves the value as it is (a base of 0). Absent when none.
   */
  not_varied?: { path: string; base_value: unknown; reason: 'overridden' | 'unmoved'; by?: string }[];
  notes: string[];
}
