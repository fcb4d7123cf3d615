import { loadHighs } from '../reskill-lp.js';
import type { PlanLp } from './plan-lp.js';

/**
 * Solves the plan's LP lexicographically (SPEC §3.3): first the least unmet demand Σ U (unless
 * shortage is priced), then — that optimum held — the least redundancy Σ R (objective
 * `redundancy`), then the least cost. Each optimum is held into the next stage with a tolerance of
 * 1e-6 relative, 1e-6 FTE absolute at least.
 *
 * With `min_flow_fte` the pathway columns are semi-continuous (0, or between the minimum and the
 * upper bound): HiGHS solves each stage as a MIP to a relative gap of 1e-6, the tolerance of the lexicographic holds. Shadow prices come
 * from the LP of the final stage with the MIP's choice of used pathway-years fixed (the usual
 * sensitivity analysis of a MIP: local to that choice).
 */

export interface StageSolution {
  colValue: Float64Array;
  rowDual: Float64Array;
  colDual: Float64Array;
  objective: number;
}

export interface PlanSolution {
  /** The final (cost) stage. */
  final: StageSolution;
  /** Duals of the shortage stage (with the pattern fixed), when demand falls short; else null. */
  shortageStage: StageSolution | null;
  minShortage: number;
  minRedundancy: number | null;
  /** Row bounds of the final stage (with the holds). */
  rowUpper: Float64Array;
}

const OPTIMAL = 7;
/** The MIP's optimality gap: the same relative tolerance with which the lexicographic stages hold an optimum. */
const MIP_GAP = 1e-6;
const INFEASIBLE = 8;
/** No columns and no rows (a one-year horizon has no decisions to take): its optimum is the empty plan. */
const MODEL_EMPTY = 6;

/**
 * No plan meets the hard limits (plan.overstaffing.max_total_fte with too little room to place a
 * surplus outside): a property of the scenario, which the use-case turns into a located message.
 */
export class PlanInfeasible extends Error {
  constructor() {
    super('no plan meets the hard limits');
    this.name = 'PlanInfeasible';
  }
}

/** Holds an optimum into the next stage: 1e-6 relative, 1e-6 absolute at least. */
function holdBound(optimum: number): number {
  return optimum + Math.max(1e-6 * Math.abs(optimum), 1e-6);
}

/** Runs every stage; throws only on a solver failure (a bug: the plan's LP is always feasible and bounded). */
export async function solvePlanLp(lp: PlanLp, options: { objective: 'cost' | 'redundancy'; lexShortage: boolean }): Promise<PlanSolution> {
  const highs = await loadHighs();
  const rowUpper = Float64Array.from(lp.rowUpper);
  const semi = lp.semiContinuous;

  interface Bounds {
    lower: Float64Array;
    upper: Float64Array;
    integrality: Int32Array | null;
  }
  const run = (cost: Float64Array, bounds: Bounds, wantDuals: boolean, start?: Float64Array): StageSolution | null => {
    const inf = highs.infinity;
    const clamp = (a: Float64Array) => Array.from(a, (v) => (v === Infinity ? inf : v === -Infinity ? -inf : v));
    const model = highs.createModel({
      numCols: lp.numCols,
      numRows: lp.numRows,
      colCost: cost,
      colLower: clamp(bounds.lower),
      colUpper: clamp(bounds.upper),
      rowLower: clamp(lp.rowLower),
      rowUpper: clamp(rowUpper),
      matrix: { format: 'csc', numRows: lp.numRows, numCols: lp.numCols, starts: lp.starts, indices: lp.indices, values: lp.values },
      ...(bounds.integrality !== null ? { integrality: bounds.integrality } : {}),
    });
    try {
      model.options.set({ output_flag: false, random_seed: 0, mip_rel_gap: MIP_GAP, mip_abs_gap: 1e-6 });
      if (start !== undefined) model.setSolution({ colValue: start });
      const status = model.run().modelStatus;
      if (status === INFEASIBLE) return null;
      if (status === MODEL_EMPTY) {
        return { colValue: new Float64Array(lp.numCols), rowDual: new Float64Array(lp.numRows), colDual: new Float64Array(lp.numCols), objective: 0 };
      }
      if (status !== OPTIMAL) throw new Error(`plan LP not solved to optimality (HiGHS model status ${status}); this is a bug`);
      const s = model.getSolution();
      return {
        colValue: Float64Array.from(s.colValue),
        rowDual: wantDuals ? Float64Array.from(s.rowDual) : new Float64Array(lp.numRows),
        colDual: wantDuals ? Float64Array.from(s.colDual) : new Float64Array(lp.numCols),
        objective: model.getObjectiveValue(),
      };
    } finally {
      model.dispose();
    }
  };
  const must = (s: StageSolution | null): StageSolution => {
    if (s === null) throw new Error('plan LP infeasible; this is a bug');
    return s;
  };
  // Only a hard cap on overstaffing can leave the first stage without a plan (unmet demand is a slack).
  const feasible = (s: StageSolution | null): StageSolution => {
    if (s === null && lp.limits.some((l) => l.constraint === 'plan.overstaffing max_total_fte')) throw new PlanInfeasible();
    return must(s);
  };
  const relaxed = (): Bounds => {
    const lower = Float64Array.from(lp.colLower);
    for (let c = 0; c < lp.numCols; c++) if (lp.integrality[c] === 2) lower[c] = 0;
    return { lower, upper: Float64Array.from(lp.colUpper), integrality: null };
  };
  /** The pattern of a solution: used pathway-years at [min, upper], the rest fixed at 0 (an LP). */
  const patternOf = (x: Float64Array, keepFrom = 1 - 1e-9): Bounds => {
    const lower = Float64Array.from(lp.colLower);
    const upper = Float64Array.from(lp.colUpper);
    for (let c = 0; c < lp.numCols; c++) {
      if (lp.integrality[c] !== 2) continue;
      if (x[c]! >= lp.colLower[c]! * keepFrom) continue;
      lower[c] = 0;
      upper[c] = 0;
    }
    return { lower, upper, integrality: null };
  };

  /**
   * One stage, exactly. Without minimum flows: one LP. With them, the MIP is first narrowed without
   * losing its optimum: the LP relaxation gives a lower bound z and reduced costs d; rounding its
   * fractional pathway-years to 0 gives a feasible plan of cost z_r. Any plan that uses a column j
   * left at 0 by the relaxation costs at least z + d_j·min_flow (LP duality), so every such column
   * with z + d_j·min_flow > z_r is fixed at 0 (reduced-cost fixing). HiGHS then solves the smaller
   * MIP from the rounded plan; when nothing fractional is left, the rounded plan is the optimum.
   */
  const stage = (cost: Float64Array, previous?: StageSolution): StageSolution => {
    if (!semi) return (previous === undefined ? feasible : must)(run(cost, relaxed(), true));
    const lower = (previous === undefined ? feasible : must)(run(cost, relaxed(), true));
    const tol = (z: number) => 1e-7 * Math.max(1, Math.abs(z));
    // Round the relaxation's fractional pathway-years up (kept at the minimum) or down (to 0): the cheaper feasible one.
    let rounded: StageSolution | null = null;
    for (const keepFrom of [1 - 1e-9, 0.5, 1e-6]) {
      const candidate = run(cost, patternOf(lower.colValue, keepFrom), false);
      if (candidate !== null && (rounded === null || candidate.objective < rounded.objective)) rounded = candidate;
      if (rounded !== null && rounded.objective <= lower.objective + tol(lower.objective)) return rounded;
    }
    // The previous stage's plan satisfies every hold, so it is feasible here too: an incumbent.
    if (previous !== undefined) {
      let objective = 0;
      for (let c = 0; c < lp.numCols; c++) objective += cost[c]! * previous.colValue[c]!;
      if (rounded === null || objective < rounded.objective) rounded = { ...previous, objective };
      if (rounded.objective <= lower.objective + tol(lower.objective)) return rounded;
    }
    const bounds: Bounds = { lower: Float64Array.from(lp.colLower), upper: Float64Array.from(lp.colUpper), integrality: Int32Array.from(lp.integrality) };
    if (rounded !== null) {
      for (let c = 0; c < lp.numCols; c++) {
        if (lp.integrality[c] !== 2 || lower.colValue[c]! > 1e-9) continue;
        if (lower.objective + lower.colDual[c]! * lp.colLower[c]! > rounded.objective + tol(rounded.objective)) {
          bounds.lower[c] = 0;
          bounds.upper[c] = 0;
          bounds.integrality![c] = 0;
        }
      }
    }
    return must(run(cost, bounds, false, rounded?.colValue));
  };

  let minShortage = 0;
  let previous: StageSolution | undefined;
  if (options.lexShortage) {
    previous = stage(lp.shortageWeight);
    minShortage = Math.max(0, previous.objective);
    rowUpper[lp.holdShortageRow] = holdBound(minShortage);
  }
  let minRedundancy: number | null = null;
  if (options.objective === 'redundancy') {
    previous = stage(lp.redundancyWeight, previous);
    minRedundancy = Math.max(0, previous.objective);
    rowUpper[lp.holdRedundancyRow] = holdBound(minRedundancy);
  }
  let final = stage(lp.cost, previous);
  // Duals: the LP with the final choice of used pathway-years fixed.
  const pattern = semi ? patternOf(final.colValue) : relaxed();
  if (semi) final = must(run(lp.cost, pattern, true));
  let shortageStage: StageSolution | null = null;
  if (options.lexShortage && minShortage > 1e-6) {
    // Which limits cause the shortfall: duals of the shortage objective with the same pattern, holds released.
    const held = [rowUpper[lp.holdShortageRow]!, rowUpper[lp.holdRedundancyRow]!] as const;
    rowUpper[lp.holdShortageRow] = Infinity;
    rowUpper[lp.holdRedundancyRow] = Infinity;
    shortageStage = must(run(lp.shortageWeight, pattern, true));
    rowUpper[lp.holdShortageRow] = held[0];
    rowUpper[lp.holdRedundancyRow] = held[1];
  }
  return { final, shortageStage, minShortage, minRedundancy, rowUpper };
}
