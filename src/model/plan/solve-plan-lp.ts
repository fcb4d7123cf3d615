import { loadHighs } from '../reskill-lp.js';
import type { PlanLp } from './plan-lp.js';

/**
 * Solves the plan's LP lexicographically (SPEC §3.3): first the least unmet demand Σ U (unless
 * shortage is priced), then — that optimum held — the least redundancy Σ R (objective
 * `redundancy`), then the least cost. Each optimum is held into the next stage with a tolerance of
 * 1e-6 relative, 1e-6 FTE absolute at least.
 *
 * Every LP is solved on one HiGHS model whose costs, bounds and holds change between solves, so
 * each solve starts from the previous optimal basis. Without `min_flow_fte` every stage is an LP
 * and exact. With it the pathway columns are semi-continuous (0, or between the minimum and the
 * upper bound): a MIP, solved as follows — see `stage` below: the LP relaxation's optimum is a
 * lower bound; a dive (fix fractional pathway-years, re-solve, warm) gives a plan that honours every
 * minimum; when it reaches the bound it is optimal. Otherwise HiGHS's branch and bound (native
 * semi-continuous columns, presolve and cuts, started from the dive's plan) proves the optimum to
 * MIP_GAP — for every stage of Gemeente Voorbeeld-sized plans. Only a stage with more than
 * BRANCH_AND_BOUND_MAX open pathway-years (the 500 × 10 bench: 19,480), or one whose search reaches
 * MIP_NODES, keeps its best plan and reports the distance to the proven bound (deterministic limits,
 * not a clock: the same inputs give the same plan on any machine).
 * Shadow prices come from the LP of the final stage with the chosen pathway-years fixed (the usual
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
  /** Per lexicographic stage: the value reached and the proven bound. */
  gaps: StageGap[];
}

interface Bounds {
  lower: Float64Array;
  upper: Float64Array;
  integrality: Int32Array | null;
}

interface SolveOptions {
  objective: 'cost' | 'redundancy';
  lexShortage: boolean;
  /** At most this many open pathway-years go to branch and bound (default BRANCH_AND_BOUND_MAX; tests lower it to check the bounded path). */
  branchAndBoundMax?: number;
}

/** A stage's value and the proven lower bound on it (equal when the stage is solved exactly). */
export interface StageGap {
  stage: 'shortage' | 'redundancy' | 'cost';
  value: number;
  bound: number;
}

/**
 * Above this many open pathway-years a stage keeps the dive's plan with its proven gap rather than
 * branch and bound: Gemeente Voorbeeld has 342–726 (HiGHS proves each stage at the root node, in
 * about a second); the 500 × 10 bench has 19,480, whose root node alone takes minutes.
 */
const BRANCH_AND_BOUND_MAX = 2000;
/** HiGHS's node limit: a deterministic cap on the search (Gemeente Voorbeeld needs one node). */
const MIP_NODES = 2000;
/** The dive rounds a pathway-year's flow down to 0 when it is under this share of the minimum. */
const ROUND_DOWN_BELOW = 0.25;
/** …and, when none is that small, up to the minimum from this share of it. */
const ROUND_UP_FROM = 0.5;
const OPTIMAL = 7;
/** Time, iteration, solution/node limit, interrupt: the search stopped with its best plan and bound. */
const LIMITS = new Set([13, 14, 16, 17]);
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

/** What `runRecovering` needs of a HiGHS model. */
interface Runnable {
  run(): { modelStatus: number };
  clearSolver(): unknown;
  options: { set(options: { presolve: 'off' | 'choose' }): unknown };
}

/**
 * Runs a model and returns HiGHS's model status. HiGHS can end without a verdict — status 15
 * ("unknown"; seen in `spp sensitivity` on a variant of krimp-vacaturestop), or another that is
 * neither optimal (7) nor infeasible (8) — typically when the solution mapped back from presolve
 * fails the original model's tolerances, or after a warm start on a badly scaled LP. Then it solves
 * again from scratch, and if that gives no verdict either, from scratch without presolve (the usual
 * remedy for postsolve trouble); presolve is left as it was. A MIP search stopped by a limit it was
 * given (MIP_NODES) is a verdict: its best plan and proven bound.
 */
export function runRecovering(model: Runnable): number {
  const settled = (status: number) => status === OPTIMAL || status === INFEASIBLE || status === MODEL_EMPTY || LIMITS.has(status);
  let status = model.run().modelStatus;
  if (settled(status)) return status;
  model.clearSolver();
  status = model.run().modelStatus;
  if (settled(status)) return status;
  model.clearSolver();
  model.options.set({ presolve: 'off' });
  try {
    return model.run().modelStatus;
  } finally {
    model.options.set({ presolve: 'choose' });
  }
}

/** Runs every stage; throws only on a solver failure (a bug: the plan's LP is always feasible and bounded). */
export async function solvePlanLp(lp: PlanLp, options: SolveOptions): Promise<PlanSolution> {
  const highs = await loadHighs();
  const rowUpper = Float64Array.from(lp.rowUpper);
  const semi = lp.semiContinuous;
  const inf = highs.infinity;
  // A loop, not Float64Array.from(a, map): this runs on every column before every solve.
  const clamp = (a: Float64Array): Float64Array => {
    if (inf === Infinity) return a.slice();
    const out = new Float64Array(a.length);
    for (let c = 0; c < a.length; c++) {
      const v = a[c]!;
      out[c] = v === Infinity ? inf : v === -Infinity ? -inf : v;
    }
    return out;
  };
  const semiCols: number[] = [];
  for (let c = 0; c < lp.numCols; c++) if (lp.integrality[c] === 2) semiCols.push(c);
  const all = { kind: 'range' as const, from: 0, to: lp.numCols - 1 };
  const holds = [lp.holdShortageRow, lp.holdRedundancyRow];

  // One LP model for every continuous solve: only costs, column bounds and the two hold rows change
  // between solves, so HiGHS starts each from the previous optimal basis (a warm start).
  const relaxedLower = Float64Array.from(lp.colLower, (v, c) => (lp.integrality[c] === 2 ? 0 : v));
  const lpModel = highs.createModel({
    numCols: lp.numCols,
    numRows: lp.numRows,
    colCost: lp.cost,
    colLower: clamp(relaxedLower),
    colUpper: clamp(lp.colUpper),
    rowLower: clamp(lp.rowLower),
    rowUpper: clamp(rowUpper),
    matrix: { format: 'csc', numRows: lp.numRows, numCols: lp.numCols, starts: lp.starts, indices: lp.indices, values: lp.values },
  });
  lpModel.options.set({ output_flag: false, random_seed: 0 });
  // The optimum of a model without columns or rows (a one-year horizon): the empty plan.
  const empty = (): StageSolution => ({ colValue: new Float64Array(lp.numCols), rowDual: new Float64Array(lp.numRows), colDual: new Float64Array(lp.numCols), objective: 0 });
  const solveLp = (cost: Float64Array, bounds: Bounds, wantDuals: boolean): StageSolution | null => {
    // A one-year horizon has no decisions: no columns, and HiGHS refuses an empty range.
    if (lp.numCols > 0) {
      lpModel.changeColsCost(all, cost);
      lpModel.changeColsBounds(all, clamp(bounds.lower), clamp(bounds.upper));
    }
    for (const row of holds) lpModel.changeRowBounds(row, -inf, rowUpper[row] === Infinity ? inf : rowUpper[row]!);
    const status = runRecovering(lpModel);
    if (status === MODEL_EMPTY) return empty();
    if (status === INFEASIBLE) return null;
    if (status !== OPTIMAL) throw new Error(`plan LP not solved to optimality (HiGHS model status ${status}); this is a bug`);
    const s = lpModel.getSolution();
    return {
      colValue: Float64Array.from(s.colValue),
      rowDual: wantDuals ? Float64Array.from(s.rowDual) : new Float64Array(lp.numRows),
      colDual: Float64Array.from(s.colDual),
      objective: lpModel.getObjectiveValue(),
    };
  };
  /**
   * The MIP (HiGHS branch and bound), from a starting plan when one is known: its best plan (null
   * when infeasible, or when a limit stopped it before any) and the proven lower bound.
   */
  const solveMip = (cost: Float64Array, bounds: Bounds, start?: Float64Array): { solution: StageSolution | null; bound: number } => {
    const model = highs.createModel({
      numCols: lp.numCols,
      numRows: lp.numRows,
      colCost: cost,
      colLower: clamp(bounds.lower),
      colUpper: clamp(bounds.upper),
      rowLower: clamp(lp.rowLower),
      rowUpper: clamp(rowUpper),
      matrix: { format: 'csc', numRows: lp.numRows, numCols: lp.numCols, starts: lp.starts, indices: lp.indices, values: lp.values },
      integrality: bounds.integrality!,
    });
    try {
      // RINS and RENS (improvement heuristics that solve sub-MIPs) off: the dive already gave the search a
      // near-optimal plan, and on Gemeente Voorbeeld they spent most of the time at the root node
      // (digitaal-versneld 11.2 s → 2.3 s, baseline and krimp-vacaturestop unchanged, same optima).
      model.options.set({ output_flag: false, random_seed: 0, mip_rel_gap: MIP_GAP, mip_abs_gap: 1e-6, mip_max_nodes: MIP_NODES, mip_heuristic_run_rins: false, mip_heuristic_run_rens: false });
      if (start !== undefined) model.setSolution({ colValue: start });
      const status = runRecovering(model);
      if (status === INFEASIBLE) return { solution: null, bound: Infinity };
      if (status === MODEL_EMPTY) return { solution: empty(), bound: 0 };
      if (status !== OPTIMAL && !LIMITS.has(status)) throw new Error(`plan MIP not solved (HiGHS model status ${status}); this is a bug`);
      const bound = Number(model.info.get('mip_dual_bound'));
      // A limit can stop the search before it has any plan (primal_solution_status 2 = feasible).
      if (status !== OPTIMAL && Number(model.info.get('primal_solution_status')) !== 2) return { solution: null, bound };
      const s = model.getSolution();
      const objective = model.getObjectiveValue();
      return { solution: { colValue: Float64Array.from(s.colValue), rowDual: new Float64Array(lp.numRows), colDual: new Float64Array(lp.numCols), objective }, bound: status === OPTIMAL ? Math.min(bound, objective) : bound };
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
  const relaxed = (): Bounds => ({ lower: Float64Array.from(relaxedLower), upper: Float64Array.from(lp.colUpper), integrality: null });
  /** The pattern of a solution: used pathway-years at [min, upper], the rest fixed at 0 (an LP). */
  const patternOf = (x: Float64Array): Bounds => {
    const b = { lower: Float64Array.from(lp.colLower), upper: Float64Array.from(lp.colUpper), integrality: null };
    for (const c of semiCols) {
      if (x[c]! >= lp.colLower[c]! * (1 - 1e-9)) continue;
      b.lower[c] = 0;
      b.upper[c] = 0;
    }
    return b;
  };
  const objectiveOf = (cost: Float64Array, x: Float64Array) => x.reduce((s, v, c) => s + cost[c]! * v, 0);
  const tol = (z: number) => 1e-7 * Math.max(1, Math.abs(z));
  const fractional = (x: Float64Array, bounds: Bounds) =>
    semiCols.filter((c) => bounds.lower[c]! === 0 && bounds.upper[c]! > 0 && x[c]! > 1e-9 && x[c]! < lp.colLower[c]! * (1 - 1e-9));

  /**
   * A plan that honours every minimum flow, by diving from the LP relaxation: pathway-years whose flow
   * lies strictly between 0 and the minimum are fixed — at least the minimum where the flow is half of
   * it or more, else 0 — and the LP is solved again (warm), until no flow is fractional. When a batch
   * of fixes leaves no feasible plan, only the most decided pathway-year is fixed. Null when the dive
   * ends in a dead end (then the MIP decides).
   */
  const dive = (cost: Float64Array, root: StageSolution): StageSolution | null => {
    const bounds = relaxed();
    let current = root;
    for (;;) {
      const open = fractional(current.colValue, bounds);
      if (open.length === 0) return current;
      const saved = { lower: Float64Array.from(bounds.lower), upper: Float64Array.from(bounds.upper) };
      const fix = (c: number, on: boolean) => {
        if (on) bounds.lower[c] = lp.colLower[c]!;
        else bounds.upper[c] = 0;
      };
      // Round down first: pathway-years well under the minimum go to 0 and the LP moves their flow
      // elsewhere (usually onto a pathway-year already used); when none is left, the largest goes up.
      const down = open.filter((c) => current.colValue[c]! < lp.colLower[c]! * ROUND_DOWN_BELOW);
      const up = open.filter((c) => current.colValue[c]! >= lp.colLower[c]! * ROUND_UP_FROM);
      for (const c of down) fix(c, false);
      for (const c of up) fix(c, true);
      // When that leaves most of them open (flows spread thin under a binding limit), every open one
      // is decided at once — to 0 under half the minimum, else to the minimum — to keep the dive short.
      if ((down.length + up.length) * 4 < open.length) for (const c of open) fix(c, current.colValue[c]! >= lp.colLower[c]! * ROUND_UP_FROM);
      let next = solveLp(cost, bounds, false);
      if (next === null) {
        bounds.lower.set(saved.lower);
        bounds.upper.set(saved.upper);
        let best = open[0]!;
        for (const c of open) if (current.colValue[c]! > current.colValue[best]!) best = c;
        for (const on of [current.colValue[best]! >= lp.colLower[best]! / 2, current.colValue[best]! < lp.colLower[best]! / 2]) {
          fix(best, on);
          next = solveLp(cost, bounds, false);
          if (next !== null) break;
          bounds.lower[best] = saved.lower[best]!;
          bounds.upper[best] = saved.upper[best]!;
        }
        if (next === null) return null;
      }
      current = next;
    }
  };

  /**
   * One stage. Without minimum flows: one LP, exact. With them: the LP relaxation gives a lower bound
   * z; when no pathway-year of its optimum lies strictly between 0 and the minimum, it is the optimum
   * (exact). Otherwise a dive gives a plan honouring every minimum; when it reaches the bound (within
   * 1e-7) it is optimal too. Else, after reduced-cost fixing, HiGHS solves the MIP to MIP_GAP from the
   * dive's plan (exact) — unless more than `branchAndBoundMax` pathway-years remain open: then the
   * dive's plan is kept and its distance to z reported as the stage's gap. A search stopped at
   * MIP_NODES keeps the better of its plan and the dive's, with the bound it proved.
   */
  const stage = (cost: Float64Array, previous?: StageSolution): { solution: StageSolution; bound: number } => {
    // Without minimum flows this LP is the stage's answer, and the cost stage's also gives the duals.
    const root = (previous === undefined ? feasible : must)(solveLp(cost, relaxed(), !semi));
    if (!semi) return { solution: root, bound: root.objective };
    let incumbent = dive(cost, root);
    // The previous stage's plan satisfies every hold, so its choice of pathway-years is feasible here
    // too: the best plan with that choice is a second candidate (and the fallback when the dive fails).
    if (previous !== undefined) {
      const kept = solveLp(cost, patternOf(previous.colValue), false) ?? { ...previous, objective: objectiveOf(cost, previous.colValue) };
      if (incumbent === null || kept.objective < incumbent.objective) incumbent = kept;
    }
    if (incumbent !== null && incumbent.objective <= root.objective + tol(root.objective)) return { solution: incumbent, bound: root.objective };
    // Reduced-cost fixing: a plan that uses a pathway-year the relaxation leaves at 0 costs at least
    // z + d_j·min_flow (LP duality); where that exceeds the incumbent it cannot be in any better plan.
    const bounds: Bounds = { lower: Float64Array.from(lp.colLower), upper: Float64Array.from(lp.colUpper), integrality: Int32Array.from(lp.integrality) };
    let undecided = 0;
    for (const c of semiCols) {
      const fixable = incumbent !== null && root.colValue[c]! <= 1e-9 && root.objective + root.colDual[c]! * lp.colLower[c]! > incumbent.objective + tol(incumbent.objective);
      if (fixable || lp.colUpper[c]! === 0) {
        bounds.lower[c] = 0;
        bounds.upper[c] = 0;
        bounds.integrality![c] = 0;
      } else undecided++;
    }
    if (incumbent !== null && undecided > (options.branchAndBoundMax ?? BRANCH_AND_BOUND_MAX)) return { solution: incumbent, bound: root.objective };
    const mip = solveMip(cost, bounds, incumbent?.colValue);
    const best = mip.solution !== null && (incumbent === null || mip.solution.objective <= incumbent.objective) ? mip.solution : must(incumbent);
    return { solution: best, bound: Math.max(root.objective, mip.bound) };
  };

  /**
   * The shortage stage's shortcut: Σ U is at least 0, and a plan without any pathway is feasible (every
   * pathway-year may carry 0, minimum flow or not), so when the small LP with all pathways closed meets
   * all demand it is the stage's optimum. It spares a cold solve over every pathway-year (250,000
   * columns a year in a 500 × 500 plan) and, with minimum flows, a MIP; the cost stage starts warm
   * from it. Null otherwise.
   */
  const noShortageWithoutPathways = (): { solution: StageSolution; bound: number } | null => {
    if (lp.X.length === 0) return null;
    const closed = relaxed();
    for (const cols of lp.X) for (const c of cols) closed.upper[c] = 0;
    const s = solveLp(lp.shortageWeight, closed, false);
    if (s !== null && s.objective <= 0) return { solution: s, bound: 0 };
    // Demand falls short without pathways: the stage is solved in full, from scratch as without the shortcut.
    lpModel.clearSolver();
    return null;
  };

  const gaps: StageGap[] = [];
  const record = (name: StageGap['stage'], r: { solution: StageSolution; bound: number }) => {
    const z = r.solution.objective;
    gaps.push({ stage: name, value: z, bound: Math.min(z, r.bound) });
    return r.solution;
  };
  let minShortage = 0;
  let previous: StageSolution | undefined;
  if (options.lexShortage) {
    previous = record('shortage', noShortageWithoutPathways() ?? stage(lp.shortageWeight));
    minShortage = Math.max(0, previous.objective);
    rowUpper[lp.holdShortageRow] = holdBound(minShortage);
  }
  let minRedundancy: number | null = null;
  if (options.objective === 'redundancy') {
    previous = record('redundancy', stage(lp.redundancyWeight, previous));
    minRedundancy = Math.max(0, previous.objective);
    rowUpper[lp.holdRedundancyRow] = holdBound(minRedundancy);
  }
  let final = record('cost', stage(lp.cost, previous));
  try {
    // Duals: the LP with the final choice of used pathway-years fixed.
    const pattern = semi ? patternOf(final.colValue) : relaxed();
    // Without minimum flows the cost stage was solved on exactly this LP, with its duals.
    if (semi) final = must(solveLp(lp.cost, pattern, true));
    let shortageStage: StageSolution | null = null;
    if (options.lexShortage && minShortage > 1e-6) {
      // Which limits cause the shortfall: duals of the shortage objective with the same pattern, holds released.
      const held = [rowUpper[lp.holdShortageRow]!, rowUpper[lp.holdRedundancyRow]!] as const;
      rowUpper[lp.holdShortageRow] = Infinity;
      rowUpper[lp.holdRedundancyRow] = Infinity;
      shortageStage = must(solveLp(lp.shortageWeight, pattern, true));
      rowUpper[lp.holdShortageRow] = held[0];
      rowUpper[lp.holdRedundancyRow] = held[1];
    }
    return { final, shortageStage, minShortage, minRedundancy, rowUpper, gaps };
  } finally {
    lpModel.dispose();
  }
}
