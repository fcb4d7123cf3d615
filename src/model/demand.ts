import type { GrowthRule, Override, Scenario } from '../domain/scenario-schema.js';
import type { FunctionProfile } from '../domain/workforce.js';
import { expectedValue } from '../domain/uncertain.js';
import { automatedShare, automationLevels } from './automation.js';
import { rampProgress } from './ramp.js';

/**
 * Demand (SPEC §3): D_f(t) = D_f(start) · G_f(t) · L_f(t) · O_f(t), with
 * G_f(t) = (1 + g)^(t − start) (g: the function's growth rule, else its family's, else a rule with
 * neither, else 0; ties: first listed), L_f(t) = 1 − (1 − reinvested) · Σ_c s_fc · A_c(t), and O_f(t)
 * the product of the function's overrides: `change c` ramps 1 + c·x from the override's `start`
 * (default: horizon start) to its `end` (default: horizon end), `discontinue Y` is 0 from Y on.
 * Emerging functions follow their demand points only: 0 before the first, linear between, the last
 * value after it.
 */

/** The growth rule that applies to a function and its index in `demand.growth` (-1: none, rate 0); a triple at its mean. */
export function growthRuleFor(rules: readonly GrowthRule[], fn: FunctionProfile): { rate: number; index: number } {
  const find = (test: (rule: GrowthRule) => boolean) => rules.findIndex(test);
  let index = find((r) => r.function === fn.id && (r.family === undefined || r.family === fn.family));
  if (index < 0) index = find((r) => r.function === undefined && r.family !== undefined && r.family === fn.family);
  if (index < 0) index = find((r) => r.function === undefined && r.family === undefined);
  return index < 0 ? { rate: 0, index } : { rate: expectedValue(rules[index]!.rate), index };
}

/** One override's factor (≥ 0) on demand in `year`. */
export function overrideFactor(override: Override, horizon: { start: number; end: number }, year: number): number {
  let factor = 1;
  if (override.change !== undefined) {
    const x = rampProgress(override.start ?? horizon.start, override.end ?? horizon.end, year);
    factor *= 1 + override.change * x;
  }
  if (override.discontinue !== undefined && year >= override.discontinue) factor = 0;
  return factor;
}

/** Demand FTE of an emerging function in `year` from its points {year: FTE}. */
export function emergingDemandAt(points: Record<string, number>, year: number): number {
  const sorted = Object.entries(points)
    .map(([key, fte]) => [Number(key), fte] as const)
    .sort((a, b) => a[0] - b[0]);
  const first = sorted[0];
  if (first === undefined || year < first[0]) return 0;
  for (let i = 1; i < sorted.length; i++) {
    const [y1, d1] = sorted[i]!;
    const [y0, d0] = sorted[i - 1]!;
    if (year <= y1) return d0 + ((d1 - d0) * (year - y0)) / (y1 - y0);
  }
  return sorted[sorted.length - 1]![1];
}

/** Every factor behind D_f(t), for explain and the projection alike. */
export interface DemandBreakdown {
  year: number;
  /** D_f(start), FTE. */
  base_fte: number;
  growth_rate: number;
  /** Index in demand.growth, -1 when no rule applies. */
  growth_rule: number;
  growth_factor: number;
  /** Per task category: share s_fc, automation level A_c(t), and s_fc·A_c(t). */
  automation: { category: string; share: number; level: number; automated: number }[];
  automated_share: number;
  reinvested: number;
  labour_factor: number;
  /** Per override that names this function: its index in demand.overrides and its factor. */
  overrides: { index: number; factor: number }[];
  override_factor: number;
  /** Emerging functions: demand from the points (FTE); null otherwise. */
  points_fte: number | null;
  /** demand.targets: the formation plan's FTE for this year; null when no target applies (the model's demand). */
  target_fte: number | null;
  demand_fte: number;
}

/**
 * demand.targets (SPEC §2.4): the target FTE of a function in `year` — the points' values, linear
 * between them, the last value after; null before the first point (the model's demand applies).
 */
export function targetDemandAt(points: Record<string, number> | undefined, year: number): number | null {
  if (points === undefined) return null;
  const first = Object.keys(points).map(Number).sort((a, b) => a - b)[0];
  if (first === undefined || year < first) return null;
  return emergingDemandAt(points, year);
}

/** The demand of function `fn` in `year` (FTE) with every factor, after demand.targets; `baseFte` is D_f(start). */
export function demandBreakdown(scenario: Scenario, fn: FunctionProfile, baseFte: number, year: number): DemandBreakdown {
  const model = modelDemandBreakdown(scenario, fn, baseFte, year);
  const target = targetDemandAt(scenario.demand.targets[fn.id], year);
  return target === null ? model : { ...model, target_fte: target, demand_fte: target };
}

function modelDemandBreakdown(scenario: Scenario, fn: FunctionProfile, baseFte: number, year: number): DemandBreakdown {
  const levels = automationLevels(scenario, year);
  const automation = Object.keys(fn.tasks)
    .sort()
    .map((category) => {
      const share = fn.tasks[category]!;
      const level = levels[category] ?? 0;
      return { category, share, level, automated: share * level };
    });
  const a = automatedShare(fn.tasks, levels);
  const reinvested = expectedValue(scenario.digitalisation.reinvested);
  if (fn.emerging) {
    const points = scenario.demand.emerging.find((e) => e.id === fn.id)?.demand ?? {};
    const fte = emergingDemandAt(points, year);
    return {
      year,
      base_fte: baseFte,
      growth_rate: 0,
      growth_rule: -1,
      growth_factor: 1,
      automation,
      automated_share: a,
      reinvested,
      labour_factor: 1,
      overrides: [],
      override_factor: 1,
      points_fte: fte,
      target_fte: null,
      demand_fte: fte,
    };
  }
  const growth = growthRuleFor(scenario.demand.growth, fn);
  const growthFactor = Math.pow(1 + growth.rate, year - scenario.horizon.start);
  const labourFactor = 1 - (1 - reinvested) * a;
  const overrides: { index: number; factor: number }[] = [];
  let overrideProduct = 1;
  scenario.demand.overrides.forEach((override, index) => {
    if (override.function !== fn.id) return;
    const factor = overrideFactor(override, scenario.horizon, year);
    overrides.push({ index, factor });
    overrideProduct *= factor;
  });
  return {
    year,
    base_fte: baseFte,
    growth_rate: growth.rate,
    growth_rule: growth.index,
    growth_factor: growthFactor,
    automation,
    automated_share: a,
    reinvested,
    labour_factor: labourFactor,
    overrides,
    override_factor: overrideProduct,
    points_fte: null,
    target_fte: null,
    demand_fte: baseFte * growthFactor * labourFactor * overrideProduct,
  };
}

/** The first year from which an override discontinues the function, or null. */
export function discontinuedFrom(scenario: Scenario, fn: FunctionProfile): number | null {
  let year: number | null = null;
  for (const override of scenario.demand.overrides) {
    if (override.function !== fn.id || override.discontinue === undefined) continue;
    if (year === null || override.discontinue < year) year = override.discontinue;
  }
  return fn.emerging ? null : year;
}
