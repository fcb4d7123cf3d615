import type { Automation, Curve, Scenario } from '../domain/scenario-schema.js';
import { expectedValue } from '../domain/uncertain.js';
import { rampProgress } from './ramp.js';
import { dict } from '../domain/dict.js';

/**
 * Automation of task categories (SPEC §3): A_c(t) = target_c · f(x), x = (t − start_c)/(end_c − start_c),
 * f = 0 for x ≤ 0 and 1 for x ≥ 1; between: linear f = x, s-curve f = 1/(1 + e^(−k(x − ½))) with
 * k = 4·ln 9, step f = 0 until `end`.
 *
 * A `[low, likely, high]` target is uncertain; the deterministic run uses the expected value of the
 * triangular distribution, (low + likely + high)/3, so it agrees with the mean of `--runs` draws.
 * The run lists this as an assumption.
 */

/** Steepness of the s-curve: 10% at x = ¼, 90% at x = ¾. */
export const S_CURVE_K = 4 * Math.log(9);

/** The curve value f(x), 0–1, for progress x (unclamped input; clamped per SPEC). */
export function curveValue(curve: Curve, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  switch (curve) {
    case 'linear':
      return x;
    case 's-curve':
      return 1 / (1 + Math.exp(-S_CURVE_K * (x - 0.5)));
    case 'step':
      return 0;
  }
}

/** The deterministic target share (0–1): the number itself, or the mean of [low, likely, high]. */
export function automationTarget(target: Automation['target']): number {
  return expectedValue(target);
}

/** The progress x of an automation in `year` (clamped 0–1; a zero-length span is a step at `end`). */
export function automationProgress(automation: Automation, horizonStart: number, year: number): number {
  return rampProgress(automation.start ?? horizonStart, automation.end, year);
}

/** The automated share A_c(t) (0–1) of one task category in `year`; `target` overrides the deterministic one (for draws). */
export function automationLevel(automation: Automation, horizonStart: number, year: number, target?: number): number {
  const x = automationProgress(automation, horizonStart, year);
  return (target ?? automationTarget(automation.target)) * curveValue(automation.curve, x);
}

/** A_c(t) (0–1) for every category that has an automation in the scenario; categories without one are 0. */
export function automationLevels(scenario: Scenario, year: number): Record<string, number> {
  const levels = dict<number>();
  for (const [category, automation] of Object.entries(scenario.digitalisation.automation)) {
    levels[category] = automationLevel(automation, scenario.horizon.start, year);
  }
  return levels;
}

/** Σ_c s_fc · A_c(t): the share (0–1) of a function's work automated, for task shares `tasks`. */
export function automatedShare(tasks: Record<string, number>, levels: Record<string, number>): number {
  let sum = 0;
  for (const [category, share] of Object.entries(tasks)) sum += share * (levels[category] ?? 0);
  return sum;
}

/** Assumption lines for uncertain targets taken at their mean. */
export function automationAssumptions(scenario: Scenario): string[] {
  const lines: string[] = [];
  for (const [category, automation] of Object.entries(scenario.digitalisation.automation)) {
    const target = automation.target;
    if (typeof target !== 'number') {
      lines.push(
        `automation target of ${category} [${target.join(', ')}] taken as its expected value ${Number(automationTarget(target).toFixed(4))} (the mean of the triangular distribution)`,
      );
    }
  }
  return lines;
}
