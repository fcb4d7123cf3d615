import type { HighsCallbackMap } from 'highs';
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
 * MIP_NODES or MIP_LP_ITERATIONS, keeps its best plan and reports the distance to the proven bound
 * (deterministic limits, not a clock: the same inputs give the same plan on any machine).
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
  /**
   * With `withoutPathways`: the plan without any pathway (SPEC §3.3 alternative `no_pathways`), its
   * stages solved on the same model before any pathway-year is priced in (its final stage; no duals).
   * Null when not asked for, when there are no pathways (the plan is its own alternative), or when no
   * plan without pathways meets the hard limits.
   */
  withoutPathways: StageSolution | null;
  /** Per stage solved, the pathway-year columns its plan uses (a hint for a related plan: see SolveOptions.hint). */
  used: StageColumns;
  /** The stages before the cost stage, for a plan whose LP differs only in its costs (see SolveOptions.held). */
  held: HeldStages;
}

/** A stage's plan and proven bound, kept to be reused. */
interface HeldStage {
  colValue: Float64Array;
  objective: number;
  bound: number;
}

/**
 * The shortage and redundancy stages of a plan (those solved), with the shape of the LP they were
 * solved on: every array of the LP but the costs, and the stage options, hashed (lpShape). Neither
 * stage's objective involves a cost, and where a cost enters a limit (the reskilling budget's row)
 * it is part of the hashed matrix, so a plan with the same shape has the same stages: `spp
 * sensitivity`'s variants of a cost parameter reuse the base plan's and solve only the cost stage.
 */
export interface HeldStages {
  shape: string;
  shortage?: HeldStage;
  redundancy?: HeldStage;
}

/** Per lexicographic stage, a set of pathway-year columns. */
export type StageColumns = Partial<Record<StageGap['stage'], readonly number[]>>;

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
  /** The branch and bound's LP-iteration budget (default MIP_LP_ITERATIONS; tests lower it to check the stopped search). */
  mipLpIterations?: number;
  /** Also solve the plan without pathways (the business case's alternative), first, on the same model. */
  withoutPathways?: boolean;
  /**
   * Per stage, the pathway-years a related plan used in it (`spp sensitivity`: the base plan's, for a
   * variant). With minimum flows the best plan using exactly those is a candidate beside the dive's:
   * it ends the stage when it reaches the LP bound, else it starts the branch and bound from a better
   * plan and fixes more pathway-years by their reduced costs. It never changes a stage's optimum, only
   * which of two plans within MIP_GAP of it is returned.
   */
  hint?: StageColumns;
  /** The earlier stages of a plan solved before: reused when its shape is this plan's (see HeldStages). */
  held?: HeldStages;
  /** Told what the solve is doing (a progress line on a terminal); it never changes the result. */
  onProgress?: PlanProgressListener;
  /** False: every branch and bound over the whole MIP, not its independent parts (tests compare the two). */
  splitMip?: boolean;
  /** False: no search of a part's optimal face before its branch and bound (see faceSearch; tests compare the two). */
  faceSearch?: boolean;
  /** False: the branch and bound gets the columns' own upper bounds, not those the LP duals imply (see impliedUpper; tests compare the two). */
  impliedBounds?: boolean;
}

/**
 * The largest value column c can take in any plan whose objective is at most `limit`, by LP duality:
 * when an LP relaxation (over the same rows and bounds, or fewer holds) has optimum z and leaves c at
 * its lower bound 0 with reduced cost d > 0, every plan x of that LP has objective ≥ z + d·x_c, so
 * x_c ≤ (limit − z) ÷ d. With a margin for the solver's tolerances (its reduced costs and optimum are
 * exact to about 1e-7): a millionth of the objective on the gap, a millionth of the result on top.
 * Infinity where nothing follows (c not at 0, or its reduced cost not positive).
 */
export function impliedUpper(value: number, reducedCost: number, z: number, limit: number): number {
  if (!(value <= 1e-9) || !(reducedCost > 1e-7)) return Infinity;
  const gap = Math.max(0, limit - z) + 1e-6 * Math.max(1, Math.abs(z));
  return (gap / reducedCost) * (1 + 1e-6) + 1e-6;
}

/**
 * What a plan's solve is doing: the lexicographic stage (`step` of `steps`: least unmet demand, least
 * placement outside, least cost), and during branch and bound its search so far.
 */
export interface PlanProgress {
  stage: StageGap['stage'];
  step: number;
  steps: number;
  search: PlanSearch | null;
}

/** A branch and bound under way, in the stage's own units (FTE-years, FTE or discounted euros). */
interface PlanSearch {
  /** The best plan found so far; null before the first. */
  best: number | null;
  /** The proven lower bound: no plan is better. */
  bound: number;
  /** The share of the search's deterministic budget (MIP_NODES nodes, MIP_LP_ITERATIONS LP iterations) used, 0–1. */
  used: number;
}

export type PlanProgressListener = (progress: PlanProgress) => void;

/**
 * A 64-bit hash (two 32-bit lanes, FNV-1a and a multiply-xorshift) of every array of the LP but its
 * costs (and which columns are pathway-years), with the stage options: the shape of HeldStages. Two LPs that differ in anything the
 * shortage and redundancy stages see get the same shape only by a collision of both lanes (a chance
 * of about 1 in 2^64 per pair).
 */
function lpShape(lp: PlanLp, options: SolveOptions): string {
  let a = 0x811c9dc5;
  let b = 0x2545f491;
  const words = (view: ArrayLike<number>) => {
    for (let i = 0; i < view.length; i++) {
      const w = view[i]! | 0;
      a = Math.imul(a ^ w, 0x01000193);
      b = Math.imul(b ^ (w + 0x9e3779b9), 0x85ebca6b);
      b ^= b >>> 13;
    }
  };
  const doubles = (x: Float64Array) => words(new Uint32Array(x.buffer, x.byteOffset, x.length * 2));
  for (const x of [lp.colLower, lp.colUpper, lp.rowLower, lp.rowUpper, lp.values, lp.shortageWeight, lp.redundancyWeight]) doubles(x);
  for (const x of [lp.integrality, lp.starts, lp.indices]) words(x);
  for (const cols of lp.X) words(cols);
  const hex = (h: number) => (h >>> 0).toString(16).padStart(8, '0');
  return `${options.objective}/${options.lexShortage ? 'lex' : 'priced'}/${lp.numCols}x${lp.numRows}/${lp.holdShortageRow},${lp.holdRedundancyRow}/${hex(a)}${hex(b)}`;
}

/** A stage's plan and the proven lower bound on its objective. */
interface StageResult {
  solution: StageSolution;
  bound: number;
}

/** A stage's value and the proven lower bound on it (equal when the stage is solved exactly). */
export interface StageGap {
  stage: 'shortage' | 'redundancy' | 'cost';
  value: number;
  bound: number;
}

/**
 * Above this many open pathway-years a stage keeps the dive's plan with its proven gap rather than
 * branch and bound: Gemeente Voorbeeld has 342–726 (HiGHS proves each stage it is given at the root
 * node, in about a second); the 500 × 10 bench has 19,480, whose root node alone takes minutes.
 */
const BRANCH_AND_BOUND_MAX = 2000;
/** HiGHS's node limit: a deterministic cap on the search (Gemeente Voorbeeld needs at most a few dozen). */
const MIP_NODES = 2000;
/**
 * A second deterministic cap, on the search's LP iterations (HiGHS counts them; its interrupt
 * callback stops the search past this many). Gemeente Voorbeeld's MIPs take 1,000–2,600; a plan
 * with minimum flows of 2–5 FTE under a cap of 1 FTE of overstaffing took 118,000 (470 nodes, 26 s)
 * or ran for half an hour without a plan, where 50,000 stops it in about ten seconds.
 */
const MIP_LP_ITERATIONS = 50_000;
/**
 * A search that stalls stops early: past the root node, once this many LP iterations go by without the
 * gap between its best plan and its bound shrinking to STALL_SHRINK of what it was, it is interrupted
 * like the budget above (its best plan and bound stand, and the plan states the gap). Gemeente
 * Voorbeeld's searches end within 2,600 iterations; a generated plan of 100 functions (1,899 minimum
 * flows in one part) found its best plan at the root and then spent 50,000 iterations (~30 s of CPU)
 * moving the bound from 0.59 % to 0.56 % below it.
 */
const STALL_ITERATIONS = 10_000;
const STALL_SHRINK = 0.9;
/**
 * The LPs a search of a MIP part's optimal face may solve (see faceSearch): Gemeente Voorbeeld's
 * baseline finds its largest part's plan at the bound in 7; a part with a true gap is refuted in 3.
 */
const FACE_NODES = 30;
/** The dive rounds a pathway-year's flow down to 0 when it is under this share of the minimum. */
const ROUND_DOWN_BELOW = 0.25;
/** …and, when none is that small, up to the minimum from this share of it. */
const ROUND_UP_FROM = 0.5;
/** After this many rounds that only rounded down, the dive carries the largest open flow at the minimum. */
const STUCK_ROUNDS = 3;
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
 * `minimumFlow`: a plan exists, but none in which every pathway used in a year carries at least
 * plan.min_flow_fte (moving the minimum overstaffs a destination the cap allows no room in).
 */
export class PlanInfeasible extends Error {
  readonly reason: 'limits' | 'minimumFlow';
  constructor(reason: 'limits' | 'minimumFlow' = 'limits') {
    super(reason === 'limits' ? 'no plan meets the hard limits' : 'no plan meets the hard limits with every used pathway at its minimum flow');
    this.name = 'PlanInfeasible';
    this.reason = reason;
  }
}

/**
 * With minimum flows, neither the dive nor HiGHS's branch and bound found a plan for a stage whose
 * LP relaxation has one (the search stopped at its node limit, or HiGHS gave up on a badly scaled
 * plan): no verdict, which the use-case turns into a located message at plan.min_flow_fte.
 */
export class PlanUnsolved extends Error {
  constructor() {
    super('no plan with the minimum flows was found');
    this.name = 'PlanUnsolved';
  }
}

/** Holds an optimum into the next stage: 1e-6 relative, 1e-6 absolute at least. */
function holdBound(optimum: number): number {
  return optimum + Math.max(1e-6 * Math.abs(optimum), 1e-6);
}

/** What `runRecovering` needs of a HiGHS model. */
interface Runnable {
  run(callbacks?: HighsCallbackMap): { modelStatus: number };
  clearSolver(): unknown;
  options: { set(options: { presolve?: 'off' | 'choose'; simplex_strategy?: number; user_objective_scale?: number }): unknown };
}

/**
 * The power of two by which HiGHS is asked to scale an objective whose largest cost is `largest`
 * (its option user_objective_scale): 0 up to 10⁶, else down to about 10⁶ — what HiGHS itself advises
 * when a cost is "excessively large" (hiring at the € 10⁹ the schema allows: −10).
 */
export function objectiveScale(largest: number): number {
  return largest > 1e6 && Number.isFinite(largest) ? -Math.ceil(Math.log2(largest / 1e6)) : 0;
}

/**
 * Runs a model and returns HiGHS's model status. HiGHS can end without a verdict — status 15
 * ("unknown"; seen in `spp sensitivity` on a variant of krimp-vacaturestop), or another that is
 * neither optimal (7) nor infeasible (8) — typically when the solution mapped back from presolve
 * fails the original model's tolerances, or after a warm start on a badly scaled LP. Then it solves
 * again from scratch, and if that gives no verdict either, from scratch without presolve (the usual
 * remedy for postsolve trouble), then with the primal simplex, and last — when `largestCost` is above
 * 10⁶ — with the objective scaled down by a power of two (objectiveScale; HiGHS reports the
 * objective and the solution in the model's own units); the options are put back after. With `retryErrors` (the LPs), a run
 * that fails outright (HiGHS's run error, thrown: a warm start on a plan whose demand leaps from 2 to
 * 1,000 FTE with hires at € 10⁹, found by test/cli/valid-scenarios-run.property.test.ts) is retried
 * the same way and only the last attempt's error stands; a MIP's run error goes straight to runMip,
 * whose remedy (a tighter tolerance) it is. A MIP search stopped by a limit it was given (MIP_NODES)
 * is a verdict: its best plan and proven bound.
 */
export function runRecovering(model: Runnable, retryErrors = false, callbacks?: HighsCallbackMap, largestCost = 0): number {
  const settled = (status: number) => status === OPTIMAL || status === INFEASIBLE || status === MODEL_EMPTY || LIMITS.has(status);
  const run = () => (callbacks === undefined ? model.run() : model.run(callbacks));
  const scale = objectiveScale(largestCost);
  // Each attempt after the first starts from scratch with these options.
  const attempts: (Parameters<Runnable['options']['set']>[0] | null)[] = [
    null,
    {},
    { presolve: 'off' },
    // The primal simplex: a dive's LP that the chosen pathway-years made infeasible under hard limits
    // (hiring of 0.5 FTE a year with 90 % first-year attrition) ended "unknown" (15) three times in the
    // dual simplex; the primal one says infeasible, and the dive takes another way.
    { simplex_strategy: 4 },
    // The objective scaled down as HiGHS advises for excessively large costs: hiring at € 10⁹ with 99 %
    // first-year attrition (both within the schema) failed every attempt above with "dual simplex
    // ratio test failed due to excessive dual values".
    ...(scale !== 0 ? [{ presolve: 'choose' as const, simplex_strategy: 1, user_objective_scale: scale }] : []),
  ];
  let changed = false;
  try {
    for (const [k, options] of attempts.entries()) {
      const last = k === attempts.length - 1;
      if (options !== null) {
        model.clearSolver();
        if (Object.keys(options).length > 0) {
          model.options.set(options);
          changed = true;
        }
      }
      let status: number;
      try {
        status = run().modelStatus;
      } catch (error) {
        // A run that fails outright is retried (the LPs) until the last attempt, whose error stands.
        if (retryErrors && !last && error instanceof Error && error.name === 'HighsError') continue;
        throw error;
      }
      if (settled(status) || last) return status;
    }
    throw new Error('runRecovering: no attempt ran; this is a bug');
  } finally {
    if (changed) model.options.set({ presolve: 'choose', simplex_strategy: 1, ...(scale !== 0 ? { user_objective_scale: 0 } : {}) });
  }
}

/** One independent part of a plan's MIP: its columns and the rows they share with nothing else. */
export interface MipPart {
  cols: number[];
  rows: number[];
  /** Has semi-continuous columns (a branch and bound); else an LP. */
  semi: boolean;
}

/**
 * The independent parts of the plan's MIP over `cols` (the full LP's columns; `integrality` over the
 * full LP, 2 = semi-continuous), or null when it is one, or when no part but one has a
 * semi-continuous column. Parts share no row: rows that bind nothing (both bounds infinite) join no
 * columns. A hold row (`lp.holdShortageRow`, `lp.holdRedundancyRow`) whose held optimum is 0 (Σ U or
 * Σ R at most holdBound(0), every weight ≥ 0) would join every function: its columns are returned as
 * `fixed`, to be held at 0 instead — at most the tolerance stricter, a few cents in a plan of
 * millions, well within MIP_GAP. A hold above 0 joins them all, and the MIP is one part.
 * Each part with semi-continuous columns is returned on its own; every other column goes into one LP
 * part. In order of their first column, so the same plan always gives the same parts.
 */
export function independentParts(lp: PlanLp, rowUpper: Float64Array, cols: readonly number[], integrality: Int32Array): { parts: MipPart[]; fixed: number[] } | null {
  const free = new Uint8Array(lp.numRows);
  for (let r = 0; r < lp.numRows; r++) if (lp.rowLower[r]! === -Infinity && rowUpper[r]! === Infinity) free[r] = 1;
  const held: number[] = [];
  for (const r of [lp.holdShortageRow, lp.holdRedundancyRow]) {
    if (r < 0 || free[r] === 1) continue;
    if (rowUpper[r]! > holdBound(0)) return null;
    held.push(r);
    free[r] = 1;
  }
  // Union-find over the columns (by their position in `cols`), joined through the rows they share.
  const parent = Int32Array.from(cols.keys());
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const firstOnRow = new Int32Array(lp.numRows).fill(-1);
  cols.forEach((c, k) => {
    for (let e = lp.starts[c]!; e < lp.starts[c + 1]!; e++) {
      const r = lp.indices[e]!;
      if (free[r] === 1) continue;
      const other = firstOnRow[r]!;
      if (other === -1) firstOnRow[r] = k;
      else {
        const a = find(k);
        const b = find(other);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const byRoot = new Map<number, number[]>();
  cols.forEach((c, k) => {
    const root = find(k);
    const part = byRoot.get(root);
    if (part === undefined) byRoot.set(root, [c]);
    else part.push(c);
  });
  const semiParts = [...byRoot.values()].filter((p) => p.some((c) => integrality[c] === 2));
  const others = byRoot.size - semiParts.length;
  if (semiParts.length === 0 || semiParts.length + (others > 0 ? 1 : 0) === 1) return null;
  const fixed: number[] = [];
  for (const c of cols) for (let e = lp.starts[c]!; e < lp.starts[c + 1]!; e++) if (held.includes(lp.indices[e]!) && lp.values[e]! !== 0) fixed.push(c);
  const rowsOf = (part: readonly number[]) => {
    const rows = new Set<number>();
    for (const c of part) for (let e = lp.starts[c]!; e < lp.starts[c + 1]!; e++) if (free[lp.indices[e]!] === 0) rows.add(lp.indices[e]!);
    return [...rows].sort((a, b) => a - b);
  };
  const semiSet = new Set(semiParts);
  const rest = [...byRoot.values()].filter((p) => !semiSet.has(p)).flat().sort((a, b) => a - b);
  const parts: MipPart[] = semiParts.map((p) => ({ cols: p, rows: rowsOf(p), semi: true }));
  if (rest.length > 0) parts.push({ cols: rest, rows: rowsOf(rest), semi: false });
  return { parts: parts.sort((a, b) => a.cols[0]! - b.cols[0]!), fixed };
}

/**
 * Runs a MIP model (from a starting plan when given). HiGHS refuses to return a plan whose
 * semi-continuous columns it finds off by more than its tolerance after claiming optimality (a run
 * error, seen on a dense random plan); it advises a smaller mip_feasibility_tolerance, so the search
 * is run again with 1e-7, then 1e-8, before the error stands.
 */
function runMip(
  model: Runnable & { setSolution(s: { colValue: Float64Array }): unknown; options: { set(o: Record<string, number>): unknown } },
  start?: Float64Array,
  lpIterations = MIP_LP_ITERATIONS,
  onSearch?: (search: PlanSearch) => void,
  spent?: { iterations: number; nodes: number },
  largestCost = 0,
): number {
  const tighter = [1e-7, 1e-8];
  // Past the budget HiGHS stops with status 17 (interrupted), one of LIMITS: its best plan and bound stand.
  // Type 6: HiGHS's mipInterrupt callback, whose data counts the search's LP iterations and nodes and
  // holds its bounds (the primal bound is HiGHS's infinity before the first plan).
  const stalled = stallWatch();
  const budget: HighsCallbackMap = {
    6: (event) => {
      const iterations = Number(event.data.mip_total_lp_iterations ?? 0);
      if (iterations > lpIterations) event.interrupt();
      if (stalled({ nodes: Number(event.data.mip_node_count ?? 0), iterations, primal: Number(event.data.mip_primal_bound), dual: Number(event.data.mip_dual_bound) })) event.interrupt();
      if (spent !== undefined) {
        spent.iterations = Math.max(spent.iterations, iterations);
        spent.nodes = Math.max(spent.nodes, Number(event.data.mip_node_count ?? 0));
      }
      if (onSearch !== undefined) {
        const best = event.data.mip_primal_bound;
        const bound = event.data.mip_dual_bound;
        const used = Math.min(1, Math.max(iterations / lpIterations, Number(event.data.mip_node_count ?? 0) / MIP_NODES));
        if (bound !== undefined && Number.isFinite(bound) && Math.abs(bound) < 1e30) onSearch({ best: best !== undefined && Math.abs(best) < 1e30 ? best : null, bound, used });
      }
      return undefined;
    },
  };
  for (let retry = 0; ; retry++) {
    if (start !== undefined) model.setSolution({ colValue: start });
    try {
      return runRecovering(model, false, budget, largestCost);
    } catch (error) {
      if (!(error instanceof Error && error.name === 'HighsError') || retry === tighter.length) throw error;
      model.clearSolver();
      model.options.set({ mip_feasibility_tolerance: tighter[retry]! });
    }
  }
}

/**
 * The stall rule (STALL_ITERATIONS) as a function of the search's progress reports: true once the
 * search should stop. A report before the first plan, or at the root node, never stops it.
 */
export function stallWatch(): (at: { nodes: number; iterations: number; primal: number; dual: number }) => boolean {
  // The window: the iterations and gap when it last began (past the root node).
  let window: { iterations: number; gap: number } | null = null;
  return ({ nodes, iterations, primal, dual }) => {
    if (nodes === 0 || !(Math.abs(primal) < 1e30) || !(Math.abs(dual) < 1e30)) return false;
    const gap = (primal - dual) / Math.max(1, Math.abs(primal));
    if (window === null || gap <= STALL_SHRINK * window.gap) {
      window = { iterations, gap };
      return false;
    }
    return iterations - window.iterations > STALL_ITERATIONS;
  };
}

/** runMip, with HiGHS's run error after its retries as status -1 (no verdict) rather than thrown. */
function runMipOrGiveUp(
  model: Parameters<typeof runMip>[0],
  start?: Float64Array,
  lpIterations?: number,
  onSearch?: (search: PlanSearch) => void,
  spent?: { iterations: number; nodes: number },
  largestCost?: number,
): number {
  try {
    return runMip(model, start, lpIterations, onSearch, spent, largestCost);
  } catch (error) {
    if (error instanceof Error && error.name === 'HighsError') return -1;
    throw error;
  }
}

/** Runs every stage; throws only on a solver failure (a bug: the plan's LP is always feasible and bounded). */
export async function solvePlanLp(lp: PlanLp, options: SolveOptions): Promise<PlanSolution> {
  const highs = await loadHighs();
  // The stages this plan solves, in order (SPEC §3.3), as the progress listener numbers them.
  const stages: StageGap['stage'][] = [...(options.lexShortage ? (['shortage'] as const) : []), ...(options.objective === 'redundancy' ? (['redundancy'] as const) : []), 'cost'];
  const tell = (name: StageGap['stage'], search: PlanSearch | null): void => options.onProgress?.({ stage: name, step: stages.indexOf(name) + 1, steps: stages.length, search });
  tell(stages[0]!, null);
  const rowUpper = Float64Array.from(lp.rowUpper);
  const semi = lp.semiContinuous;
  const inf = highs.infinity;
  const finite = (v: number) => (v === Infinity ? inf : v === -Infinity ? -inf : v);
  // A loop, not Float64Array.from(a, map): this runs on every column before every solve.
  const clamp = (a: Float64Array): Float64Array => {
    if (inf === Infinity) return a.slice();
    const out = new Float64Array(a.length);
    for (let c = 0; c < a.length; c++) out[c] = finite(a[c]!);
    return out;
  };
  const semiCols: number[] = [];
  for (let c = 0; c < lp.numCols; c++) if (lp.integrality[c] === 2) semiCols.push(c);
  /** The largest |cost| of an objective (for runRecovering's last attempt), once per array. */
  const largest = new WeakMap<Float64Array, number>();
  const largestOf = (cost: Float64Array): number => {
    let m = largest.get(cost);
    if (m === undefined) {
      m = 0;
      for (let c = 0; c < cost.length; c++) if (Math.abs(cost[c]!) > m && Math.abs(cost[c]!) < Infinity) m = Math.abs(cost[c]!);
      largest.set(cost, m);
    }
    return m;
  };
  const holds = [lp.holdShortageRow, lp.holdRedundancyRow];
  const relaxedLower = Float64Array.from(lp.colLower, (v, c) => (lp.integrality[c] === 2 ? 0 : v));

  // Column generation over the pathway columns (README, "How the plan is solved"): the LP model holds
  // every other column and only the pathway-years priced in so far. A pathway-year left out is at 0;
  // its reduced cost under the model's duals, d = c − yᵀA (from the full column in lp), says whether
  // adding it could lower the stage's objective. A stage's LP is solved to the optimum of the FULL LP
  // by adding the most negative ones (the best few per destination and year) until none is left.
  const kind = new Uint8Array(lp.numCols); // 0 always in the model; 1 pathway-year, priced; 2 pathway-year that can carry nothing
  const destinationRow = new Int32Array(lp.numCols).fill(-1);
  for (const cols of lp.X) {
    for (const c of cols) {
      kind[c] = lp.colUpper[c]! > 0 ? 1 : 2;
      // The destination's balance row is the column's one negative coefficient (−retention).
      for (let e = lp.starts[c]!; e < lp.starts[c + 1]!; e++) if (lp.values[e]! < 0) destinationRow[c] = lp.indices[e]!;
    }
  }
  const modelIndex = new Int32Array(lp.numCols).fill(-1);
  const modelCols: number[] = [];
  for (let c = 0; c < lp.numCols; c++) {
    if (kind[c] !== 0) continue;
    modelIndex[c] = modelCols.length;
    modelCols.push(c);
  }
  /** Full-LP columns `cols` as a CSC block (HiGHS's layout), with costs and bounds gathered from full-length arrays. */
  const block = (cols: readonly number[], cost: Float64Array, lower: Float64Array, upper: Float64Array, rows: readonly number[] | null = null) => {
    const gather = (a: Float64Array) => Float64Array.from(cols, (c) => finite(a[c]!));
    const starts = new Int32Array(cols.length + 1);
    if (rows === null) {
      cols.forEach((c, k) => (starts[k + 1] = starts[k]! + lp.starts[c + 1]! - lp.starts[c]!));
      const indices = new Int32Array(starts[cols.length]!);
      const values = new Float64Array(starts[cols.length]!);
      cols.forEach((c, k) => {
        indices.set(lp.indices.subarray(lp.starts[c]!, lp.starts[c + 1]!), starts[k]!);
        values.set(lp.values.subarray(lp.starts[c]!, lp.starts[c + 1]!), starts[k]!);
      });
      return { cost: gather(cost), lower: gather(lower), upper: gather(upper), matrix: { format: 'csc' as const, numRows: lp.numRows, numCols: cols.length, starts, indices, values } };
    }
    // Only `rows` (sorted), renumbered 0…; entries in other rows are left out.
    const at = new Int32Array(lp.numRows).fill(-1);
    rows.forEach((r, k) => (at[r] = k));
    const indices: number[] = [];
    const values: number[] = [];
    cols.forEach((c, k) => {
      for (let e = lp.starts[c]!; e < lp.starts[c + 1]!; e++) {
        const r = at[lp.indices[e]!]!;
        if (r === -1) continue;
        indices.push(r);
        values.push(lp.values[e]!);
      }
      starts[k + 1] = indices.length;
    });
    return {
      cost: gather(cost),
      lower: gather(lower),
      upper: gather(upper),
      matrix: { format: 'csc' as const, numRows: rows.length, numCols: cols.length, starts, indices: Int32Array.from(indices), values: Float64Array.from(values) },
    };
  };

  // One LP model for every continuous solve: only costs, column bounds, the two hold rows and the
  // priced-in columns change between solves, so HiGHS starts each from the previous optimal basis.
  const first = block(modelCols, lp.cost, relaxedLower, lp.colUpper);
  const lpModel = highs.createModel({
    numCols: modelCols.length,
    numRows: lp.numRows,
    colCost: first.cost,
    colLower: first.lower,
    colUpper: first.upper,
    rowLower: clamp(lp.rowLower),
    rowUpper: clamp(rowUpper),
    matrix: first.matrix,
  });
  lpModel.options.set({ output_flag: false, random_seed: 0 });
  // What the model holds now, so that a solve passes HiGHS only what changed (a dive step fixes a
  // few pathway-years of tens of thousands of columns; copying them all cost more than the solve).
  let modelCost: Float64Array | null = null;
  let modelLower = new Float64Array(0);
  let modelUpper = new Float64Array(0);
  const setCostsAndBounds = (cost: Float64Array, bounds: Bounds) => {
    const n = modelCols.length;
    const all = { kind: 'range' as const, from: 0, to: n - 1 };
    if (modelCost !== cost || modelLower.length !== n) {
      lpModel.changeColsCost(all, Float64Array.from(modelCols, (c) => cost[c]!));
      modelCost = cost;
    }
    const changed: number[] = [];
    if (modelLower.length !== n) {
      modelLower = new Float64Array(n).fill(NaN);
      modelUpper = new Float64Array(n).fill(NaN);
    }
    for (let k = 0; k < n; k++) {
      const c = modelCols[k]!;
      const lower = finite(bounds.lower[c]!);
      const upper = finite(bounds.upper[c]!);
      if (lower === modelLower[k] && upper === modelUpper[k]) continue;
      modelLower[k] = lower;
      modelUpper[k] = upper;
      changed.push(k);
    }
    if (changed.length === 0) return;
    if (changed.length > n / 4) lpModel.changeColsBounds(all, modelLower, modelUpper);
    else lpModel.changeColsBounds({ kind: 'set', indices: Int32Array.from(changed) }, Float64Array.from(changed, (k) => modelLower[k]!), Float64Array.from(changed, (k) => modelUpper[k]!));
  };
  /** Adds full-LP columns to the LP model (at the bounds `bounds` gives them). */
  const addToModel = (cols: readonly number[], bounds: Bounds) => {
    if (cols.length === 0) return;
    const data = block(cols, lp.cost, bounds.lower, bounds.upper);
    lpModel.addCols(data);
    for (const c of cols) {
      modelIndex[c] = modelCols.length;
      modelCols.push(c);
    }
  };
  /** Reduced costs d = c − yᵀA of the columns not in the model (the model's own come from HiGHS). */
  const priceOut = (cost: Float64Array, rowDual: Float64Array, colDual: Float64Array) => {
    for (let c = 0; c < lp.numCols; c++) {
      if (modelIndex[c] !== -1) continue;
      let d = cost[c]!;
      for (let e = lp.starts[c]!; e < lp.starts[c + 1]!; e++) d -= lp.values[e]! * rowDual[lp.indices[e]!]!;
      colDual[c] = d;
    }
  };
  /** At most this many pathway-years enter per destination and year in one round of pricing. */
  const PER_DESTINATION = 2;
  /** Pathway-years not in the model whose reduced cost is negative beyond HiGHS's dual tolerance: the best few per destination and year. */
  const entering = (cost: Float64Array, colDual: Float64Array, upper: Float64Array): number[] => {
    const best = new Map<number, number[]>();
    for (let c = 0; c < lp.numCols; c++) {
      if (kind[c] !== 1 || modelIndex[c] !== -1 || upper[c]! <= 0) continue;
      const d = colDual[c]!;
      if (!(d < -1e-7 * Math.max(1, Math.abs(cost[c]!)))) continue;
      const group = destinationRow[c]! >= 0 ? destinationRow[c]! : -1 - c;
      const list = best.get(group);
      if (list === undefined) best.set(group, [c]);
      else {
        list.push(c);
        list.sort((a, b) => colDual[a]! - colDual[b]! || a - b);
        if (list.length > PER_DESTINATION) list.pop();
      }
    }
    return [...best.values()].flat().sort((a, b) => a - b);
  };
  // The optimum of a model without columns or rows (a one-year horizon): the empty plan.
  const empty = (): StageSolution => ({ colValue: new Float64Array(lp.numCols), rowDual: new Float64Array(lp.numRows), colDual: new Float64Array(lp.numCols), objective: 0 });
  /**
   * The LP over the model's columns; with `price`, pathway-years are priced in until none has a
   * negative reduced cost, so its optimum is the full LP's (every column at 0 outside the model).
   * The solution is over the full LP's columns: 0 for a column not in the model, and its reduced cost
   * with `wantDuals` (or `price`), else 0.
   */
  const solveLp = (cost: Float64Array, bounds: Bounds, wantDuals: boolean, price = false): StageSolution | null => {
    for (;;) {
      // A one-year horizon has no decisions: no columns, and HiGHS refuses an empty range.
      if (modelCols.length > 0) setCostsAndBounds(cost, bounds);
      for (const row of holds) lpModel.changeRowBounds(row, -inf, finite(rowUpper[row]!));
      const status = runRecovering(lpModel, true, undefined, largestOf(cost));
      if (status === MODEL_EMPTY) return empty();
      if (status === INFEASIBLE) {
        // Without the pathway-years still left out the hard limits may have no plan (a cap on
        // overstaffing that only moving people can meet): reduced costs say nothing then, so every
        // pathway-year that may carry a flow enters and the LP is solved again.
        const rest: number[] = [];
        if (price) for (let c = 0; c < lp.numCols; c++) if (kind[c] === 1 && modelIndex[c] === -1 && bounds.upper[c]! > 0) rest.push(c);
        if (rest.length === 0) return null;
        addToModel(rest, bounds);
        continue;
      }
      if (status !== OPTIMAL) throw new Error(`plan LP not solved to optimality (HiGHS model status ${status}); this is a bug`);
      const s = lpModel.getSolution();
      const colValue = new Float64Array(lp.numCols);
      const colDual = new Float64Array(lp.numCols);
      modelCols.forEach((c, k) => {
        colValue[c] = s.colValue[k]!;
        colDual[c] = s.colDual[k]!;
      });
      const rowDual = Float64Array.from(s.rowDual);
      if (price || wantDuals) priceOut(cost, rowDual, colDual);
      const more = price ? entering(cost, colDual, bounds.upper) : [];
      if (more.length > 0) {
        addToModel(more, bounds);
        continue;
      }
      return { colValue, rowDual, colDual, objective: lpModel.getObjectiveValue() };
    }
  };
  /**
   * The MIP (HiGHS branch and bound) over the full LP's columns `cols`, from a starting plan when one
   * is known: its best plan (null when infeasible, or when a limit stopped it before any) and the
   * proven lower bound. Columns left out are at 0.
   *
   * Solved in independent parts where the MIP falls apart (see mipParts): each part with
   * semi-continuous columns is its own branch and bound, the parts without any one LP. The parts
   * share no row, so the best plans of the parts together are the best plan, and the sum of their
   * bounds a bound. HiGHS spends its root node's cutting planes on every row it is given: on Gemeente
   * Voorbeeld's baseline the MIP whole took 0.52 s, its three parts with minimum flows 0.17 s
   * (groei-sociaal-ruimte 0.72 → 0.10 s, digitaal-versneld 0.97 → 0.65 s), the same optimum.
   * The search budgets (MIP_NODES, the LP iterations) are shared: each part gets what the parts
   * before it left, in a fixed order, so the result does not depend on the machine. A part whose
   * starting plan already reaches its share of the LP relaxation is not searched.
   */
  const solveMip = (name: StageGap['stage'], cols: readonly number[], cost: Float64Array, bounds: Bounds, start?: Float64Array, relaxation?: Float64Array): { solution: StageSolution | null; bound: number } => {
    const split = options.splitMip === false ? null : independentParts(lp, rowUpper, cols, bounds.integrality!);
    // The held columns at 0 (in the MIP's own copy of the bounds).
    if (split !== null) for (const c of split.fixed) bounds.upper[c] = 0;
    const parts = split?.parts ?? null;
    const iterations = options.mipLpIterations ?? MIP_LP_ITERATIONS;
    if (parts === null) return solveMipPart(name, cols, null, cost, bounds, start, { iterations, nodes: MIP_NODES, used: () => 0, offset: null });
    const colValue = new Float64Array(lp.numCols);
    const partValue = (part: readonly number[], x: ArrayLike<number>) => part.reduce((sum, c) => sum + cost[c]! * x[c]!, 0);
    // For the progress line: the parts solved so far count with their plan and bound, the others with
    // the starting plan and the LP relaxation's values.
    let doneBest = 0;
    let doneBound = 0;
    let usedIterations = 0;
    let usedNodes = 0;
    let bound = 0;
    let missing = false;
    const pending = (k: number, x: ArrayLike<number> | undefined) => parts.slice(k + 1).reduce((sum, p) => sum + (x === undefined ? 0 : partValue(p.cols, x)), 0);
    for (const [k, part] of parts.entries()) {
      const semi = part.semi;
      const left = { iterations: iterations - usedIterations, nodes: MIP_NODES - usedNodes };
      // A part whose starting plan already reaches its share of the LP relaxation is optimal as it is:
      // the relaxation's values on a part that shares no row with the others are that part's own LP
      // optimum, a bound on its MIP (groei-sociaal-ruimte's largest part: HiGHS spent 0.1–0.2 s on
      // cold code proving what this sum says).
      const relaxed = relaxation === undefined ? null : partValue(part.cols, relaxation);
      let plan: ArrayLike<number> | undefined = start;
      let atBound = semi && start !== undefined && relaxed !== null && partValue(part.cols, start) <= relaxed + tol(relaxed);
      // Else a plan at that bound may still exist beside the relaxation's (baseline's largest part: HiGHS
      // spent 0.3 s on cold code finding the plan this finds in 7 LPs).
      if (semi && !atBound && start !== undefined && relaxed !== null && options.faceSearch !== false) {
        const found = faceSearch(part.cols, cost, bounds, start, relaxed + tol(relaxed));
        if (found !== null) {
          plan = found;
          atBound = true;
        }
      }
      // Past the budget a part with minimum flows keeps the starting plan, with nothing proven.
      const r = atBound
        ? { solution: null, bound: relaxed!, iterations: 0, nodes: 0 }
        : semi && (left.iterations <= 0 || left.nodes <= 0)
          ? { solution: null, bound: -Infinity, iterations: 0, nodes: 0 }
          : solveMipPart(name, part.cols, part.rows, cost, bounds, start, {
              iterations: left.iterations,
              nodes: left.nodes,
              used: () => usedIterations / iterations,
              offset: { best: doneBest + pending(k, start), bound: doneBound + pending(k, relaxation) },
            });
      usedIterations += r.iterations ?? 0;
      usedNodes += r.nodes ?? 0;
      if (r.bound === Infinity) return { solution: null, bound: Infinity };
      const best = r.solution?.colValue ?? plan;
      if (best === undefined) missing = true;
      else for (const c of part.cols) colValue[c] = best[c]!;
      bound += r.bound;
      doneBest += best === undefined ? 0 : partValue(part.cols, best);
      doneBound += r.bound;
    }
    if (missing) return { solution: null, bound };
    const objective = objectiveOf(cost, colValue);
    // The parts' bounds add up to a bound (they share no row); as for one MIP, never above the plan found.
    return { solution: { colValue, rowDual: new Float64Array(lp.numRows), colDual: new Float64Array(lp.numCols), objective }, bound: Math.min(bound, objective) };
  };
  /**
   * One MIP (or LP, without semi-continuous columns) over `cols` and `rows` (null: every row) with the
   * given budget; its plan over the full LP's columns, its bound, and the LP iterations and nodes it used.
   */
  const solveMipPart = (
    name: StageGap['stage'],
    cols: readonly number[],
    rows: readonly number[] | null,
    cost: Float64Array,
    bounds: Bounds,
    start: Float64Array | undefined,
    budget: { iterations: number; nodes: number; used: () => number; offset: { best: number; bound: number } | null },
  ): { solution: StageSolution | null; bound: number; iterations?: number; nodes?: number } => {
    const data = block(cols, cost, bounds.lower, bounds.upper, rows);
    const rowBounds = (a: Float64Array) => (rows === null ? clamp(a) : Float64Array.from(rows, (r) => finite(a[r]!)));
    const model = highs.createModel({
      numCols: cols.length,
      numRows: rows === null ? lp.numRows : rows.length,
      colCost: data.cost,
      colLower: data.lower,
      colUpper: data.upper,
      rowLower: rowBounds(lp.rowLower),
      rowUpper: rowBounds(rowUpper),
      matrix: data.matrix,
      integrality: Int32Array.from(cols, (c) => bounds.integrality![c]!),
    });
    try {
      // RINS and RENS (improvement heuristics that solve sub-MIPs) off: the dive already gave the search a
      // near-optimal plan, and on Gemeente Voorbeeld they spent most of the time at the root node
      // (digitaal-versneld 11.2 s → 2.3 s, baseline and krimp-vacaturestop unchanged, same optima).
      // No restart after the root node (HiGHS re-presolves when many binaries are fixed there, and
      // starts the root's cut rounds again): on Gemeente Voorbeeld 10–45 % less time, same optima.
      // No feasibility jump either (a primal heuristic; the dive's plan is the start): 2–20 % less.
      model.options.set({
        output_flag: false,
        random_seed: 0,
        mip_rel_gap: MIP_GAP,
        mip_abs_gap: 1e-6,
        mip_max_nodes: budget.nodes,
        mip_heuristic_run_rins: false,
        mip_heuristic_run_rens: false,
        mip_allow_restart: false,
        mip_heuristic_run_feasibility_jump: false,
      });
      const offset = budget.offset;
      const onSearch =
        options.onProgress === undefined
          ? undefined
          : (search: PlanSearch) =>
              tell(name, offset === null ? search : { best: search.best === null ? null : search.best + offset.best, bound: search.bound + offset.bound, used: Math.min(1, budget.used() + search.used * (budget.iterations / (options.mipLpIterations ?? MIP_LP_ITERATIONS))) });
      // What the search used of its budget, as its callback last saw it (an LP part uses none).
      const spent = { iterations: 0, nodes: 0 };
      const status = runMipOrGiveUp(model, start === undefined ? undefined : Float64Array.from(cols, (c) => start[c]!), budget.iterations, onSearch, spent, largestOf(data.cost));
      const isMip = cols.some((c) => bounds.integrality![c] === 2);
      if (status === INFEASIBLE) return { solution: null, bound: Infinity, ...spent };
      if (status === MODEL_EMPTY) return { solution: empty(), bound: 0, ...spent };
      // No verdict even after runMip's retries (HiGHS's run error on a badly scaled plan: one function's
      // demand dozens of times the organisation's): no plan and nothing proven, so the stage keeps the dive's
      // plan with the LP bound and states the gap, as for a plan too large for branch and bound.
      if (status !== OPTIMAL && !LIMITS.has(status)) return { solution: null, bound: -Infinity, ...spent };
      const objective = model.getObjectiveValue();
      // An LP part has no MIP bound: its optimum is one.
      const bound = isMip ? Number(model.info.get('mip_dual_bound')) : objective;
      // A limit can stop the search before it has any plan (primal_solution_status 2 = feasible).
      if (status !== OPTIMAL && Number(model.info.get('primal_solution_status')) !== 2) return { solution: null, bound, ...spent };
      const s = model.getSolution();
      const colValue = new Float64Array(lp.numCols);
      cols.forEach((c, k) => (colValue[c] = s.colValue[k]!));
      return { solution: { colValue, rowDual: new Float64Array(lp.numRows), colDual: new Float64Array(lp.numCols), objective }, bound: status === OPTIMAL ? Math.min(bound, objective) : bound, ...spent };
    } finally {
      model.dispose();
    }
  };
  /** A stage's result where one always exists (neither `deferZero` nor `optional`). */
  const sure = (r: StageResult | null): StageResult => {
    if (r === null) throw new Error('plan stage without a result; this is a bug');
    return r;
  };
  const must = (s: StageSolution | null): StageSolution => {
    if (s === null) throw new Error('plan LP infeasible; this is a bug');
    return s;
  };
  // Only a hard cap on overstaffing can leave the first stage without a plan (unmet demand is a slack).
  const capped = lp.limits.some((l) => l.constraint === 'plan.overstaffing max_total_fte');
  const feasible = (s: StageSolution | null): StageSolution => {
    if (s === null && capped) throw new PlanInfeasible();
    return must(s);
  };
  /**
   * Why a stage whose LP relaxation has a plan has none with the minimum flows: proven infeasible
   * (bound ∞) only a hard cap on overstaffing can make it, since every pathway-year may carry 0; else
   * the search stopped without a plan.
   */
  const noPlanWithMinimumFlows = (bound: number): Error => {
    if (bound !== Infinity) return new PlanUnsolved();
    if (capped) return new PlanInfeasible('minimumFlow');
    return new Error('plan MIP infeasible without a cap on overstaffing; this is a bug');
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
  /**
   * Puts a basis taken earlier back; columns priced into the model since then (a hint's) enter it
   * nonbasic at their lower bound (HiGHS's status 0), as a column added to the model does.
   */
  const restoreBasis = (basis: { colStatus: Int32Array; rowStatus: Int32Array }) => {
    const colStatus = new Int32Array(modelCols.length);
    colStatus.set(basis.colStatus);
    lpModel.setBasis({ colStatus, rowStatus: basis.rowStatus });
  };
  /** A pattern from a set of pathway-year columns: those at [min, upper] (priced into the model first), every other one at 0. */
  const patternOfColumns = (cols: readonly number[]): Bounds => {
    const x = new Float64Array(lp.numCols);
    const enter: number[] = [];
    for (const c of cols) {
      if (!(c >= 0 && c < lp.numCols) || kind[c] !== 1) continue;
      x[c] = lp.colLower[c]!;
      if (modelIndex[c] === -1) enter.push(c);
    }
    addToModel(enter, relaxed());
    return patternOf(x);
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
  const dive = (cost: Float64Array, root: StageSolution, start: Bounds = relaxed()): StageSolution | null => {
    const bounds = start;
    let current = root;
    let downOnly = 0;
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
      downOnly = up.length === 0 ? downOnly + 1 : 0;
      if (downOnly > STUCK_ROUNDS) {
        // A flow under the minimum that each round-down only moves to another pathway-year (what is
        // left of a need smaller than the minimum) is carried at the minimum on its largest one.
        let largest = open[0]!;
        for (const c of open) if (current.colValue[c]! > current.colValue[largest]!) largest = c;
        fix(largest, true);
        downOnly = 0;
      } else {
        for (const c of down) fix(c, false);
        for (const c of up) fix(c, true);
        // When that leaves most of them open (flows spread thin under a binding limit), every open one
        // is decided at once — to 0 under half the minimum, else to the minimum — to keep the dive short.
        if ((down.length + up.length) * 4 < open.length) for (const c of open) fix(c, current.colValue[c]! >= lp.colLower[c]! * ROUND_UP_FROM);
      }
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
   * A plan of a MIP part that honours every minimum flow at an objective of at most `target` (the
   * part's share of the LP relaxation: the part's own LP optimum), or null. Where the relaxation's
   * optimum is not unique a plan at the bound may lie beside it, which the dive's rounding misses and
   * a branch and bound finds only after its root node's cutting planes. This searches the optimal face
   * depth first: the other parts held at the starting plan (they share no row with this one), a
   * pathway-year strictly between 0 and its minimum is fixed — the way its flow leans first, the
   * other way when that leaves no plan within the target — and a node whose LP exceeds the target is
   * dropped. A part with a true gap is refuted within a few LPs; the search stops after FACE_NODES.
   * Any plan found is optimal for the part. Its values on the part's columns; `bounds` are the MIP's.
   */
  const faceSearch = (cols: readonly number[], cost: Float64Array, bounds: Bounds, start: ArrayLike<number>, target: number): Float64Array | null => {
    const inPart = new Uint8Array(lp.numCols);
    for (const c of cols) inPart[c] = 1;
    const b = relaxed();
    for (let c = 0; c < lp.numCols; c++) {
      if (inPart[c] === 1 && bounds.upper[c]! > 0) continue;
      // Another part's column at the starting plan; a column the MIP holds at 0, at 0.
      const v = inPart[c] === 1 ? 0 : start[c]!;
      b.lower[c] = v;
      b.upper[c] = v;
    }
    const value = (x: Float64Array) => cols.reduce((sum, c) => sum + cost[c]! * x[c]!, 0);
    let nodes = 0;
    const search = (): Float64Array | null => {
      if (nodes++ >= FACE_NODES) return null;
      const x = solveLp(cost, b, false);
      if (x === null || value(x.colValue) > target) return null;
      const open = fractional(x.colValue, b);
      if (open.length === 0) return x.colValue;
      // The most decided pathway-year (its flow nearest 0 or the minimum) is fixed first.
      let pick = open[0]!;
      let lean = -1;
      for (const c of open) {
        const d = Math.abs(x.colValue[c]! / lp.colLower[c]! - 0.5);
        if (d > lean) [pick, lean] = [c, d];
      }
      const [lower, upper] = [b.lower[pick]!, b.upper[pick]!];
      const up = x.colValue[pick]! >= lp.colLower[pick]! / 2;
      for (const on of [up, !up]) {
        if (on) b.lower[pick] = lp.colLower[pick]!;
        else b.upper[pick] = 0;
        const found = search();
        b.lower[pick] = lower;
        b.upper[pick] = upper;
        if (found !== null || nodes >= FACE_NODES) return found;
      }
      return null;
    };
    return search();
  };

  /**
   * One stage. Without minimum flows: one LP, exact. With them: the LP relaxation gives a lower bound
   * z; when no pathway-year of its optimum lies strictly between 0 and the minimum, it is the optimum
   * (exact). Otherwise a dive gives a plan honouring every minimum; when it reaches the bound (within
   * 1e-7) it is optimal too, and so is the previous stage's choice of pathway-years when the best plan
   * with it does. Else, after reduced-cost fixing, HiGHS solves the MIP to MIP_GAP from the better of
   * the two (exact) — unless more than `branchAndBoundMax` pathway-years remain open: then the
   * dive's plan is kept and its distance to z reported as the stage's gap. A search stopped at
   * MIP_NODES keeps the better of its plan and the dive's, with the bound it proved.
   */
  const stage = (name: StageGap['stage'], cost: Float64Array, previous?: StageSolution, { deferZero = false, optional = false } = {}): StageResult | null => {
    tell(name, null);
    // Without minimum flows this LP is the stage's answer, and the cost stage's also gives the duals.
    const root = (previous === undefined ? feasible : must)(solveLp(cost, relaxed(), !semi, true));
    roots.set(name, root);
    if (!semi) return { solution: root, bound: root.objective };
    let incumbent = dive(cost, root);
    const reached = () => incumbent !== null && incumbent.objective <= root.objective + tol(root.objective);
    if (reached()) return { solution: incumbent!, bound: root.objective };
    /**
     * The best plan using exactly the pathway-years of `pattern` (else `fallback`, when given) becomes
     * the incumbent when it is better. Its LP moves the model's basis far from the incumbent's, which
     * the next solve starts from: the incumbent's is kept aside and put back when the incumbent stays
     * (taken while the model holds it: after an LP without a plan there is no basis to take).
     */
    let basis: { colStatus: Int32Array; rowStatus: Int32Array } | null = incumbent !== null ? lpModel.getBasis() : null;
    const candidate = (pattern: Bounds, fallback?: StageSolution) => {
      const solved = solveLp(cost, pattern, false);
      const plan = solved ?? fallback ?? null;
      if (plan !== null && (incumbent === null || plan.objective < incumbent.objective)) {
        incumbent = plan;
        basis = solved !== null ? lpModel.getBasis() : null;
      } else if (basis !== null) restoreBasis(basis);
    };
    // A related plan's choice for this stage (a variant's base plan): close to this plan's when the variant is.
    const hinted = options.hint?.[name];
    if (hinted !== undefined) {
      candidate(patternOfColumns(hinted));
      if (reached()) return { solution: incumbent!, bound: root.objective };
    }
    // The previous stage's plan satisfies every hold, so its choice of pathway-years is feasible here
    // too: the best plan with that choice is a candidate (and the fallback when the dive fails).
    if (previous !== undefined) {
      candidate(patternOf(previous.colValue), { ...previous, objective: objectiveOf(cost, previous.colValue) });
      // That choice may reach the bound itself (krimp-vacaturestop's redundancy stage: none needed).
      if (reached()) return { solution: incumbent!, bound: root.objective };
    }
    // A bound of 0 (no placement outside needed without minimum flows): a plan with every column this
    // stage counts at 0 is optimal, so what is wanted is any plan with those columns closed. Diving for
    // one on the cost decides the flows more firmly than the stage's own flat objective, whose dive can
    // dead-end on the held unmet demand (krimp-vacaturestop's redundancy stage: a branch and bound of
    // 121 nodes otherwise).
    if (root.objective <= tol(0) && cost !== lp.cost) {
      const closedOut = relaxed();
      for (let c = 0; c < lp.numCols; c++) if (cost[c]! > 0) closedOut.upper[c] = 0;
      const start = solveLp(lp.cost, closedOut, false, true);
      const zero = start === null ? null : dive(lp.cost, start, closedOut);
      if (zero !== null) return { solution: { ...zero, objective: objectiveOf(cost, zero.colValue) }, bound: root.objective };
      // None found so: the caller may hold this stage at 0 and solve the next stage directly (see `deferZero`).
      if (deferZero) return null;
    }
    // Reduced-cost fixing: a plan that uses a pathway-year the relaxation leaves at 0 costs at least
    // z + d_j·min_flow (LP duality); where that exceeds the incumbent it cannot be in any better plan.
    // This holds for the pathway-years never priced into the model too (their d_j ≥ 0 at the root), so
    // the MIP needs the model's columns and only those others that this does not rule out.
    const bounds: Bounds = { lower: Float64Array.from(lp.colLower), upper: Float64Array.from(lp.colUpper), integrality: Int32Array.from(lp.integrality) };
    // Bounds the LP duals imply (impliedUpper). From this stage's relaxation and its incumbent: a plan
    // better than the incumbent keeps every column within them (the incumbent's own values are kept in
    // reach, so it still starts the search). From an earlier stage's relaxation and the hold on its
    // optimum: every plan this stage may choose keeps within them. A pathway-year whose bound falls
    // below its minimum flow is held at 0; every other column keeps the smaller upper bound, which
    // tightens the MIP's relaxation (HiGHS's x ≤ upper·y of a minimum flow) and saves cutting planes.
    // krimp-vacaturestop: its two MIPs 0.66 + 0.68 s → 0.40 + 0.43 s; spp sensitivity 52 → 40 s of
    // plan solves serially, the same tornado.
    const implies = options.impliedBounds !== false;
    const limitOf = (c: number): number => {
      let upper = lp.colUpper[c]!;
      if (!implies) return upper;
      for (const h of implied) upper = Math.min(upper, impliedUpper(h.root.colValue[c]!, h.root.colDual[c]!, h.root.objective, h.hold));
      if (incumbent === null) return upper;
      upper = Math.min(upper, impliedUpper(root.colValue[c]!, root.colDual[c]!, root.objective, incumbent.objective + tol(incumbent.objective)));
      return Math.max(upper, incumbent.colValue[c]!);
    };
    const cols: number[] = [];
    for (let c = 0; c < lp.numCols; c++) {
      if (kind[c] !== 0) continue;
      cols.push(c);
      if (relaxedLower[c] === 0) bounds.upper[c] = limitOf(c);
    }
    let undecided = 0;
    for (const c of semiCols) {
      const used = incumbent !== null && incumbent.colValue[c]! > 0;
      const fixable = incumbent !== null && !used && root.colValue[c]! <= 1e-9 && root.objective + root.colDual[c]! * lp.colLower[c]! > incumbent.objective + tol(incumbent.objective);
      if (fixable || lp.colUpper[c]! === 0) continue;
      const upper = limitOf(c);
      if (upper < lp.colLower[c]! && !used) continue;
      bounds.upper[c] = upper;
      cols.push(c);
      undecided++;
    }
    if (incumbent !== null && undecided > (options.branchAndBoundMax ?? BRANCH_AND_BOUND_MAX)) return { solution: incumbent, bound: root.objective };
    cols.sort((x, y) => x - y);
    const mip = solveMip(name, cols, cost, bounds, incumbent?.colValue, root.colValue);
    const best = mip.solution !== null && (incumbent === null || mip.solution.objective <= incumbent.objective) ? mip.solution : incumbent;
    if (best === null && !optional) throw noPlanWithMinimumFlows(mip.bound);
    return best === null ? null : { solution: best, bound: Math.max(root.objective, mip.bound) };
  };

  /**
   * The plan without pathways, stage by stage on the model before any pathway-year is priced in (the
   * LP without pathway columns: every pathway-year at 0): the business case's alternative when asked
   * for, and the shortage stage's shortcut — Σ U is at least 0 and a plan without any pathway is
   * feasible (every pathway-year may carry 0, minimum flow or not), so when it meets all demand that
   * is the shortage stage's optimum. The shortcut spares a cold solve over every pathway-year
   * (250,000 columns a year in a 500 × 500 plan) and, with minimum flows, a MIP; the stages after it
   * start warm from here. The holds it sets are released again.
   */
  const closed = (): Bounds => {
    const b = relaxed();
    for (const cols of lp.X) for (const c of cols) b.upper[c] = 0;
    return b;
  };
  let noShortage: { solution: StageSolution; bound: number } | null = null;
  let withoutPathways: StageSolution | null = null;
  if (lp.X.length > 0 && (options.lexShortage || options.withoutPathways === true)) {
    const bounds = closed();
    // False once a stage finds no plan without pathways within the hard limits.
    let possible = true;
    const hold = (weight: Float64Array, row: number): StageSolution | null => {
      const z = solveLp(weight, bounds, false);
      if (z === null) possible = false;
      else rowUpper[row] = holdBound(Math.max(0, z.objective));
      return z;
    };
    if (options.lexShortage) {
      const z = hold(lp.shortageWeight, lp.holdShortageRow);
      if (z !== null && z.objective <= 0) noShortage = { solution: z, bound: 0 };
    }
    if (options.withoutPathways === true) {
      if (possible && options.objective === 'redundancy') hold(lp.redundancyWeight, lp.holdRedundancyRow);
      if (possible) withoutPathways = solveLp(lp.cost, bounds, false);
    }
    rowUpper[lp.holdShortageRow] = lp.rowUpper[lp.holdShortageRow]!;
    rowUpper[lp.holdRedundancyRow] = lp.rowUpper[lp.holdRedundancyRow]!;
  }

  // Each stage's LP relaxation and the hold on its optimum, for the bounds they imply in the stages
  // after it (see impliedUpper; a stage reused from an earlier solve has none).
  const roots = new Map<StageGap['stage'], StageSolution>();
  /** What a stage's relaxation implies for the stages after it, once its optimum is held at `hold`. */
  const imply = (name: StageGap['stage'], hold: number) => {
    const root = roots.get(name);
    if (root !== undefined) implied.push({ root, hold });
  };
  const implied: { root: StageSolution; hold: number }[] = [];
  const gaps: StageGap[] = [];
  const usedByStage: StageColumns = {};
  const shape = lpShape(lp, options);
  const reuse = options.held?.shape === shape ? options.held : undefined;
  const held: HeldStages = { shape };
  const reused = (h: HeldStage) => ({ solution: { colValue: h.colValue, rowDual: new Float64Array(lp.numRows), colDual: new Float64Array(lp.numCols), objective: h.objective }, bound: h.bound });
  const record = (name: StageGap['stage'], r: { solution: StageSolution; bound: number }) => {
    const z = r.solution.objective;
    gaps.push({ stage: name, value: z, bound: Math.min(z, r.bound) });
    if (name !== 'cost') held[name] = { colValue: r.solution.colValue, objective: z, bound: r.bound };
    // Used as patternOf reads a plan: at least the minimum (a solver's 1e-12 is not a flow).
    if (semi) usedByStage[name] = semiCols.filter((c) => r.solution.colValue[c]! >= lp.colLower[c]! * (1 - 1e-9));
    // The branch and bound may use pathway-years never priced into the LP model: the next stages
    // start from this plan's choice of them, so they enter the model too.
    const unpriced: number[] = [];
    for (const c of semiCols) if (modelIndex[c] === -1 && r.solution.colValue[c]! > 0) unpriced.push(c);
    addToModel(unpriced, relaxed());
    return r.solution;
  };
  let minShortage = 0;
  let previous: StageSolution | undefined;
  if (options.lexShortage) {
    previous = record('shortage', reuse?.shortage !== undefined ? reused(reuse.shortage) : (noShortage ?? sure(stage('shortage', lp.shortageWeight))));
    minShortage = Math.max(0, previous.objective);
    rowUpper[lp.holdShortageRow] = holdBound(minShortage);
    imply('shortage', rowUpper[lp.holdShortageRow]!);
  }
  let minRedundancy: number | null = null;
  let costStage: StageResult | null = null;
  if (options.objective === 'redundancy') {
    let redundancy = reuse?.redundancy !== undefined ? reused(reuse.redundancy) : stage('redundancy', lp.redundancyWeight, previous, { deferZero: true });
    if (redundancy === null) {
      // The redundancy stage's LP bound is 0 but no dive found a plan without placement outside
      // (krimp-vacaturestop's variants in `spp sensitivity`, where it took HiGHS 2–8.6 s of branch and
      // bound to find one). Hold it at 0 and solve the cost stage directly: any plan that stage finds
      // places no one outside, so 0 was the stage's optimum and the plan is exact. Only when there is
      // no such plan (the minimum flows force some placement) is the redundancy stage solved in full.
      rowUpper[lp.holdRedundancyRow] = holdBound(0);
      imply('redundancy', rowUpper[lp.holdRedundancyRow]!);
      costStage = stage('cost', lp.cost, undefined, { optional: true });
      if (costStage !== null) redundancy = { solution: { ...costStage.solution, objective: objectiveOf(lp.redundancyWeight, costStage.solution.colValue) }, bound: 0 };
      else {
        implied.pop();
        roots.delete('redundancy');
        rowUpper[lp.holdRedundancyRow] = lp.rowUpper[lp.holdRedundancyRow]!;
        redundancy = sure(stage('redundancy', lp.redundancyWeight, previous));
      }
    }
    previous = record('redundancy', redundancy);
    minRedundancy = Math.max(0, previous.objective);
    rowUpper[lp.holdRedundancyRow] = holdBound(minRedundancy);
    if (costStage === null) imply('redundancy', rowUpper[lp.holdRedundancyRow]!);
  }
  let final = record('cost', costStage ?? sure(stage('cost', lp.cost, previous)));
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
      // Without minimum flows every pathway-year is open here: priced in as in a stage.
      shortageStage = must(solveLp(lp.shortageWeight, pattern, true, !semi));
      rowUpper[lp.holdShortageRow] = held[0];
      rowUpper[lp.holdRedundancyRow] = held[1];
    }
    return { final, shortageStage, minShortage, minRedundancy, rowUpper, gaps, withoutPathways, used: usedByStage, held };
  } finally {
    lpModel.dispose();
  }
}
