import type { Projection } from '../domain/projection.js';
import { compileProjection, runProjection, runProjectionDetail, type ProjectionDetail, type ProjectionInput } from './compile-projection.js';
import { parametersOf } from './parameters.js';

/**
 * The projection of one scenario (SPEC §3): supply, demand, gap and status per function and year,
 * aggregated per family, per group and in total. Pure: values in, a result out; nothing is rounded.
 * A one-off call compiles and runs once; to run one scenario's data many times (Monte Carlo,
 * sensitivity, comparison) use compileProjection + runProjection (compile-projection.ts).
 *
 * Decisions where the SPEC is silent:
 * - Start demand D_f(start) is `formationFte` when set, else the function's occupied FTE at start.
 * - Emerging functions from `demand.emerging` are added with `withEmergingFunctions`; their demand
 *   follows their points, their supply comes only from transitions.
 * - groups: when cells carry a non-empty `group`, supply and flows per group are summed from cells;
 *   the demand of a function is split over groups in proportion to each group's FTE in that function
 *   at start. A function without FTE at start (emerging, or vacant) adds no demand to any group.
 * - families and totals are sums over the functions (family '' for functions without one).
 */

export type { ProjectionDetail, ProjectionInput };

/** Projects supply, demand (FTE), gap and status for every function and year of the horizon. */
export function projectScenario(input: ProjectionInput): Projection {
  return runProjection(compileProjection(input), parametersOf(input.scenario));
}

/** As projectScenario, with the supply and demand breakdowns behind every number. */
export function projectScenarioDetail(input: ProjectionInput): ProjectionDetail {
  return runProjectionDetail(compileProjection(input), parametersOf(input.scenario));
}
