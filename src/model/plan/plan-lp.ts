import type { PlanConstraint } from '../../domain/plan.js';
import type { PlanInput } from './plan-input.js';

/**
 * The linear program of SPEC §3.3 as flat arrays (HiGHS's column-wise layout). Years k = 0 … T, a
 * decision of year u = 0 … T−1 takes effect on 1 January of u + 1. Columns:
 *   W_f(k) k ≥ 1   FTE in f on 1 January
 *   H_f(u), R_f(u) hires and placement outside during u
 *   P_f(k), O_f(k), U_f(k) k ≥ 1   persons on reduced hours, overstaffing, unmet demand
 *   X_p(u)         FTE moved over pathway p during u (semi-continuous when min_flow > 0)
 * Rows:
 *   balance  W_f(u+1) − stay_f(u)·W_f(u) − Σ_i move_if(u)·W_i(u) − κ_f·H_f(u) − Σ_i ρ_if·X_if(u) + Σ_j X_fj(u) + R_f(u) = 0
 *            (W(0) is the snapshot: its terms move to the right-hand side)
 *   outflow  Σ_j X_fj(u) + R_f(u) − stay_f(u)·W_f(u) ≤ 0
 *   staffing W_f(k) − a_f·P_f(k) − O_f(k) + U_f(k) = D_f(k)
 *   reduced  a_f·P_f(k) − W_f(k) ≤ 0          (only where a reduced-hours rule covers f)
 *   share    X_ij(u) − s·W_j(u+1) ≤ 0          (pathways with max_share_of_destination)
 *   Σ_f O_f(k) ≤ max_total_fte;  Σ cost·X(u) ≤ budget;  Σ X(u) ≤ capacity   (when set)
 *   hold rows Σ U and Σ R, free until a lexicographic stage fixes them.
 * Per-year maxima (hiring, redundancy, pathway, reduced-hours persons) are column upper bounds.
 */

/** A limit the plan may run into: a row (upper side) or a column upper bound. */
export interface PlanLimit {
  kind: 'row' | 'col';
  index: number;
  /** Setting name, e.g. `plan.hiring max_per_year`. */
  constraint: PlanConstraint;
  /** Calendar year the limit applies to (see solve-plan: arrival year, or the spending year for budget and capacity). */
  year: number;
  fn: string | null;
  /** What one unit of it is: 'hire', 'place', 'fte', 'person', 'euro'. */
  unit: 'hire' | 'placement' | 'fte' | 'person' | 'euro' | 'place';
  /** For pathway limits: the pathway. */
  pathway?: { from: string; to: string };
}

export interface PlanLp {
  numCols: number;
  numRows: number;
  colLower: Float64Array;
  colUpper: Float64Array;
  /** 0 continuous, 2 semi-continuous (pathway columns when min_flow > 0). */
  integrality: Int32Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
  /** Discounted euros per unit of each column. */
  cost: Float64Array;
  /** 1 on U columns (for the shortage stage). */
  shortageWeight: Float64Array;
  /** 1 on R columns (for the redundancy stage). */
  redundancyWeight: Float64Array;
  holdShortageRow: number;
  holdRedundancyRow: number;
  /** Column indices: [function][k] (k = 0 … T; −1 where absent). */
  W: number[][];
  H: number[][];
  R: number[][];
  P: number[][];
  O: number[][];
  U: number[][];
  /** [pathway][u]. */
  X: number[][];
  limits: PlanLimit[];
  semiContinuous: boolean;
  /** Upper bound given to unbounded pathway columns (semi-continuous variables need one). */
  bigFlow: number;
}

/** Builds the plan's LP (SPEC §3.3) from resolved inputs. */
export function buildPlanLp(input: PlanInput): PlanLp {
  const T = input.years.length - 1;
  const fns = input.functions;
  const F = fns.length;
  const paths = input.pathways;
  const Q = paths.length;
  const index = new Map(fns.map((f, i) => [f.id, i]));
  // The ends of each pathway as function indices, and its retention, read once (a 500 × 500 plan
  // has 250,000 pathways).
  const pathFrom = new Int32Array(Q);
  const pathTo = new Int32Array(Q);
  const retention = new Float64Array(Q);
  for (let q = 0; q < Q; q++) {
    const p = paths[q]!;
    pathFrom[q] = index.get(p.from)!;
    pathTo[q] = index.get(p.to)!;
    retention[q] = p.retention;
  }
  const discount = (k: number) => Math.pow(1 + input.discountRate, -k);

  let totalStart = 0;
  let peakDemand = 0;
  for (const f of fns) {
    totalStart += f.startFte;
    let peak = 0;
    for (const d of f.demand) peak = Math.max(peak, d);
    peakDemand += peak;
  }
  const bigFlow = 2 * (totalStart + peakDemand) + 100;

  // Columns, counted first so every column array is allocated once at its final size.
  const hasEarly = (f: PlanInput['functions'][number]) => T > 0 && !(f.redundancyMax <= 0);
  let numCols = Q * T;
  for (const f of fns) numCols += T * (5 + (f.reducedHours !== null ? 1 : 0) + (hasEarly(f) ? 1 : 0));
  const colLower = new Float64Array(numCols);
  const colUpper = new Float64Array(numCols);
  const cost = new Float64Array(numCols);
  const integrality = new Int32Array(numCols);
  const shortageWeight = new Float64Array(numCols);
  const redundancyWeight = new Float64Array(numCols);
  let nextCol = 0;
  const addCol = (c: number, upper: number, kind: 0 | 1 | 2 = 0, semi = false, lower = 0): number => {
    const col = nextCol++;
    colLower[col] = lower;
    colUpper[col] = upper;
    cost[col] = c;
    integrality[col] = semi ? 2 : 0;
    shortageWeight[col] = kind === 1 ? 1 : 0;
    redundancyWeight[col] = kind === 2 ? 1 : 0;
    return col;
  };
  const none = () => new Array<number>(T + 1).fill(-1);
  const W = fns.map(() => none());
  const H = fns.map(() => none());
  const R = fns.map(() => none());
  const P = fns.map(() => none());
  const O = fns.map(() => none());
  const U = fns.map(() => none());
  fns.forEach((f, i) => {
    for (let k = 1; k <= T; k++) W[i]![k] = addCol(0, Infinity);
    for (let u = 0; u < T; u++) {
      H[i]![u] = addCol(f.hireCost * discount(u), hireUpper(f, u));
      R[i]![u] = addCol(f.redundancyCost * discount(u), f.redundancyMax, 2);
    }
    for (let k = 1; k <= T; k++) {
      if (f.reducedHours !== null) P[i]![k] = addCol(f.reducedHours.costPerPerson * discount(k), f.reducedHours.maxPersons);
      O[i]![k] = addCol(f.overstaffingCost * discount(k), Infinity);
      U[i]![k] = addCol(input.shortageCost === null ? 0 : input.shortageCost * discount(k), Infinity, 1);
    }
  });
  const semiContinuous = input.minFlow > 0;
  const flowUpper = pathwayUpperBounds(input, index, pathFrom, pathTo, bigFlow);
  const spare = lastingSurplus(input, index);
  const frozenInto = (q: number) => fns[pathTo[q]!]!.hireMax === 0;
  for (let q = 0; q < Q; q++) {
    if (!frozenInto(q)) continue;
    const from = spare[pathFrom[q]!]!;
    for (let u = 0; u < T; u++) flowUpper[q * T + u] = Math.min(flowUpper[q * T + u]!, from[u]!);
  }
  // Pathway columns are contiguous, X_q(u) at firstX + q·T + u: the rows below index them so
  // rather than through a small array per pathway.
  const firstX = nextCol;
  const xCol = (q: number, u: number) => firstX + q * T + u;
  const X = paths.map((p, q) => {
    const cols = new Array<number>(T);
    for (let u = 0; u < T; u++) {
      const upper = flowUpper[q * T + u]!;
      if (semiContinuous && upper < input.minFlow) cols[u] = addCol(p.cost * discount(u), 0);
      else cols[u] = addCol(p.cost * discount(u), upper, 0, semiContinuous, semiContinuous ? input.minFlow : 0);
    }
    return cols;
  });

  // Room for the entries of a typical plan (three per pathway-year, the early rows' 2T per function
  // and year, ~16 more), grown if more.
  const rows = new RowWriter(numCols, 3 * Q * T + (16 + 2 * T) * F * T + 1024);
  const term = (col: number, value: number) => rows.term(col, value);
  const limits: PlanLimit[] = [];
  const year = (k: number) => input.years[k]!;

  const incoming = fns.map(() => [] as { from: number; share: number[] }[]);
  fns.forEach((f, i) => {
    for (const m of f.moves) {
      const j = index.get(m.to);
      if (j !== undefined && j !== i) incoming[j]!.push({ from: i, share: m.share });
    }
  });
  const pathsOut = fns.map(() => [] as number[]);
  const pathsIn = fns.map(() => [] as number[]);
  for (let q = 0; q < Q; q++) {
    pathsOut[pathFrom[q]!]!.push(q);
    pathsIn[pathTo[q]!]!.push(q);
  }
  // A column can appear twice only in a balance row, and only in these: a pathway from a function to
  // itself (in at its retention, out at 1) or a transition listed twice. Its terms are summed there.
  const repeats = new Uint8Array(F);
  for (let q = 0; q < Q; q++) if (pathFrom[q] === pathTo[q]) repeats[pathFrom[q]!] = 1;
  incoming.forEach((list, j) => {
    if (new Set(list.map((m) => m.from)).size < list.length) repeats[j] = 1;
  });

  fns.forEach((f, i) => {
    for (let u = 0; u < T; u++) {
      term(W[i]![u + 1]!, 1);
      let rhs = 0;
      if (u === 0) rhs += f.stay[0]! * f.startFte;
      else term(W[i]![u]!, -f.stay[u]!);
      for (const m of incoming[i]!) {
        if (u === 0) rhs += m.share[0]! * fns[m.from]!.startFte;
        else term(W[m.from]![u]!, -m.share[u]!);
      }
      term(H[i]![u]!, -f.hireRetention);
      for (const q of pathsIn[i]!) term(xCol(q, u), -retention[q]!);
      for (const q of pathsOut[i]!) term(xCol(q, u), 1);
      term(R[i]![u]!, 1);
      rows.end(rhs, rhs, repeats[i] === 1);

      term(R[i]![u]!, 1);
      for (const q of pathsOut[i]!) term(xCol(q, u), 1);
      let outRhs = 0;
      if (u === 0) outRhs = f.stay[0]! * f.startFte;
      else term(W[i]![u]!, -f.stay[u]!);
      rows.end(-Infinity, outRhs);
    }
    for (let k = 1; k <= T; k++) {
      const a = f.reducedHours?.ftePerPerson ?? 0;
      const d = f.demand[k]!;
      term(W[i]![k]!, 1);
      term(P[i]![k]!, -a);
      term(O[i]![k]!, -1);
      term(U[i]![k]!, 1);
      rows.end(d, d);
      if (f.reducedHours !== null) {
        term(P[i]![k]!, a);
        term(W[i]![k]!, -1);
        rows.end(-Infinity, 0);
      }
    }
    for (let u = 0; u < T; u++) {
      // A year closed by hireUpper (no work to hire for) is not the scenario's limit: never reported as one.
      if (Number.isFinite(f.hireMax) && hireUpper(f, u) === f.hireMax) limits.push({ kind: 'col', index: H[i]![u]!, constraint: 'plan.hiring max_per_year', year: year(u + 1), fn: f.id, unit: 'hire' });
      if (Number.isFinite(f.redundancyMax)) limits.push({ kind: 'col', index: R[i]![u]!, constraint: 'plan.redundancy max_per_year', year: year(u + 1), fn: f.id, unit: 'placement' });
    }
    if (f.reducedHours !== null) {
      for (let k = 1; k <= T; k++) limits.push({ kind: 'col', index: P[i]![k]!, constraint: 'plan.reduced_hours max_persons', year: year(k), fn: f.id, unit: 'person' });
    }
  });

  paths.forEach((p, q) => {
    const j = pathTo[q]!;
    for (let u = 0; u < T; u++) {
      if (p.maxShareOfDestination !== null) {
        term(xCol(q, u), 1);
        term(W[j]![u + 1]!, -p.maxShareOfDestination);
        const row = rows.end(-Infinity, 0);
        limits.push({ kind: 'row', index: row, constraint: 'plan.pathways max_share_of_destination', year: year(u + 1), fn: p.to, unit: 'fte', pathway: { from: p.from, to: p.to } });
      }
      if (Number.isFinite(p.maxPerYear)) {
        limits.push({ kind: 'col', index: xCol(q, u), constraint: 'plan.pathways max_per_year', year: year(u + 1), fn: p.to, unit: 'fte', pathway: { from: p.from, to: p.to } });
      }
    }
  });
  if (Number.isFinite(input.maxTotalOverstaffing)) {
    for (let k = 1; k <= T; k++) {
      for (let i = 0; i < F; i++) term(O[i]![k]!, 1);
      const row = rows.end(-Infinity, input.maxTotalOverstaffing);
      limits.push({ kind: 'row', index: row, constraint: 'plan.overstaffing max_total_fte', year: year(k), fn: null, unit: 'fte' });
    }
  }
  if (Q > 0) {
    for (let u = 0; u < T; u++) {
      if (Number.isFinite(input.budgetPerYear)) {
        for (let q = 0; q < Q; q++) term(xCol(q, u), paths[q]!.cost);
        const row = rows.end(-Infinity, input.budgetPerYear);
        limits.push({ kind: 'row', index: row, constraint: 'reskilling.budget_per_year', year: year(u), fn: null, unit: 'euro' });
      }
      if (Number.isFinite(input.capacityPerYear)) {
        for (let q = 0; q < Q; q++) term(xCol(q, u), 1);
        const row = rows.end(-Infinity, input.capacityPerYear);
        limits.push({ kind: 'row', index: row, constraint: 'reskilling.capacity_per_year', year: year(u), fn: null, unit: 'place' });
      }
    }
  }
  // Two rules an HR adviser would set (README, "The action plan"), both on f's lasting surplus (see
  // lastingSurplus), cumulated over the years up to u:
  // * a vacaturestop is not circumvented: moves into functions whose hiring is frozen are at most it;
  // * no placing outside now to hire back later: placements outside beyond it are 'early' (E_f(u)),
  //   priced at the overstaffing they would save until the horizon plus a hire — so they never pay
  //   and happen only where a limit (e.g. max_total_fte) leaves no other way.
  fns.forEach((f, i) => {
    const frozen = pathsOut[i]!.filter(frozenInto);
    const early: number[] = [];
    if (hasEarly(f)) {
      for (let u = 0; u < T; u++) {
        let premium = f.hireCost * discount(u);
        for (let k = u + 1; k <= T; k++) premium += f.overstaffingCost * discount(k);
        early.push(addCol(premium, Infinity));
      }
    }
    for (let u = 0; u < T; u++) {
      if (frozen.length > 0) {
        for (let s = 0; s <= u; s++) for (const q of frozen) term(xCol(q, s), 1);
        rows.end(-Infinity, spare[i]![u]!);
      }
      if (early.length === 0) continue;
      for (let s = 0; s <= u; s++) for (const q of frozen) term(xCol(q, s), 1);
      for (let s = 0; s <= u; s++) {
        term(R[i]![s]!, 1);
        term(early[s]!, -1);
      }
      rows.end(-Infinity, spare[i]![u]!);
    }
  });

  for (let i = 0; i < F; i++) for (let k = 1; k <= T; k++) term(U[i]![k]!, 1);
  const holdShortageRow = rows.end(-Infinity, Infinity);
  for (let i = 0; i < F; i++) for (let u = 0; u < T; u++) term(R[i]![u]!, 1);
  const holdRedundancyRow = rows.end(-Infinity, Infinity);
  if (nextCol !== numCols) throw new Error(`plan LP: ${nextCol} columns built, ${numCols} counted`);

  return {
    numCols,
    numRows: rows.numRows,
    colLower,
    colUpper,
    integrality,
    ...rows.bounds(),
    ...rows.columnWise(),
    cost,
    shortageWeight,
    redundancyWeight,
    holdShortageRow,
    holdRedundancyRow,
    W,
    H,
    R,
    P,
    O,
    U,
    X,
    limits,
    semiContinuous: semiContinuous && Q > 0,
    bigFlow,
  };
}

/**
 * The LP's rows, written term by term into growable typed arrays (row-wise), then turned once into
 * HiGHS's column-wise layout. A 500 × 500 plan has three quarters of a million entries: no array
 * or object per row or per entry.
 */
class RowWriter {
  numRows = 0;
  private lower = new Float64Array(1024);
  private upper = new Float64Array(1024);
  /** Row r's entries are cols/vals[rowStart[r] … rowStart[r+1]). */
  private rowStart = new Int32Array(1025);
  private cols: Int32Array;
  private vals: Float64Array;
  private size = 0;
  /** Per column: the row (+1) that last took it, and where (for `end` with `merge`). */
  private seenInRow: Int32Array;
  private seenAt: Int32Array;

  constructor(numCols: number, entries: number) {
    this.cols = new Int32Array(entries);
    this.vals = new Float64Array(entries);
    this.seenInRow = new Int32Array(numCols);
    this.seenAt = new Int32Array(numCols);
  }

  /** Adds `value` on `col` to the row being written; absent columns (−1) are skipped. */
  term(col: number, value: number): void {
    if (col < 0) return;
    if (this.size === this.cols.length) {
      this.cols = grown(this.cols, new Int32Array(2 * this.size));
      this.vals = grown(this.vals, new Float64Array(2 * this.size));
    }
    this.cols[this.size] = col;
    this.vals[this.size++] = value;
  }

  /**
   * Closes the row with its bounds and returns its index. With `merge`, terms on one column are
   * summed into its first; then terms that are (or add up to) zero are dropped.
   */
  end(lower: number, upper: number, merge = false): number {
    const row = this.numRows++;
    const first = this.rowStart[row]!;
    if (merge) {
      for (let e = first; e < this.size; e++) {
        const col = this.cols[e]!;
        if (this.seenInRow[col] === row + 1) {
          this.vals[this.seenAt[col]!]! += this.vals[e]!;
          this.vals[e] = 0;
        } else {
          this.seenInRow[col] = row + 1;
          this.seenAt[col] = e;
        }
      }
    }
    let kept = first;
    for (let e = first; e < this.size; e++) {
      if (this.vals[e] === 0) continue;
      this.cols[kept] = this.cols[e]!;
      this.vals[kept++] = this.vals[e]!;
    }
    this.size = kept;
    if (row === this.lower.length) {
      this.lower = grown(this.lower, new Float64Array(2 * row));
      this.upper = grown(this.upper, new Float64Array(2 * row));
      this.rowStart = grown(this.rowStart, new Int32Array(2 * row + 1));
    }
    this.lower[row] = lower;
    this.upper[row] = upper;
    this.rowStart[row + 1] = kept;
    return row;
  }

  bounds(): { rowLower: Float64Array; rowUpper: Float64Array } {
    return { rowLower: this.lower.slice(0, this.numRows), rowUpper: this.upper.slice(0, this.numRows) };
  }

  /** The matrix column-wise (CSC), entries within a column by row. */
  columnWise(): { starts: Int32Array; indices: Int32Array; values: Float64Array } {
    const numCols = this.seenInRow.length;
    const starts = new Int32Array(numCols + 1);
    for (let e = 0; e < this.size; e++) starts[this.cols[e]! + 1]!++;
    for (let c = 0; c < numCols; c++) starts[c + 1]! += starts[c]!;
    const fill = starts.slice(0, numCols);
    const indices = new Int32Array(this.size);
    const values = new Float64Array(this.size);
    for (let row = 0; row < this.numRows; row++) {
      for (let e = this.rowStart[row]!; e < this.rowStart[row + 1]!; e++) {
        const at = fill[this.cols[e]!]!++;
        indices[at] = row;
        values[at] = this.vals[e]!;
      }
    }
    return { starts, indices, values };
  }
}

/** `target` holding `source` at its start. */
function grown<A extends Int32Array | Float64Array>(source: A, target: A): A {
  target.set(source);
  return target;
}

/**
 * The most f may hire during decision year u: its `max_per_year`, and nothing for a year in which f has
 * no work (demand 0 when the hires would arrive, e.g. a function discontinued by an override). Without
 * this the plan hired into krimp-vacaturestop's discontinued reception (F005, 1.0–1.2 FTE in 2031–2034)
 * to pass the hires on into Facilitaire Zaken, whose hiring is frozen: a vacaturestop with extra steps
 * that the lasting-surplus rule (computed without decisions) does not see.
 */
function hireUpper(f: PlanInput['functions'][number], u: number): number {
  return f.demand[u + 1]! > 0 ? f.hireMax : 0;
}

/**
 * Per function f and decision year u: the FTE f can spare for good from year u + 1 on, in the
 * projection without decisions — max(0, the least over t = u+1 … T of N_f(t) − D_f(t)), where N
 * follows the natural flows from the snapshot. Moving more than this out of f means f must hire
 * behind the movers some year, which turns a vacaturestop in the destination into hiring elsewhere.
 */
export function lastingSurplus(input: PlanInput, index: Map<string, number>): number[][] {
  const T = input.years.length - 1;
  const fns = input.functions;
  const natural = [fns.map((f) => f.startFte)];
  for (let u = 0; u < T; u++) {
    const w = natural[u]!;
    const next = fns.map((f, i) => f.stay[u]! * w[i]!);
    fns.forEach((f, i) => {
      for (const m of f.moves) {
        const j = index.get(m.to);
        if (j !== undefined && j !== i) next[j]! += m.share[u]! * w[i]!;
      }
    });
    natural.push(next);
  }
  return fns.map((f, i) => {
    const out = new Array<number>(T).fill(0);
    let least = Infinity;
    for (let u = T - 1; u >= 0; u--) {
      least = Math.min(least, natural[u + 1]![i]! - f.demand[u + 1]!);
      out[u] = Math.max(0, least);
    }
    return out;
  });
}

/**
 * The largest flow each pathway can carry in each year in ANY feasible plan, so no plan is cut off:
 * its own `max_per_year`, the yearly reskilling capacity, the yearly budget ÷ its cost, the source's
 * stayers `stay_f(u)·W̄_f(u)` and its share of the destination `s·W̄_j(u+1)`, where W̄ is an upper bound
 * on W propagated forward from the snapshot (every inflow at its maximum, no outflow); W̄ is infinite
 * once unlimited hiring can reach a function. `bigFlow` caps what is left (semi-continuous columns
 * need a finite bound). A tight bound is what makes the minimum-flow MIP fast: HiGHS models a
 * semi-continuous x as x ≤ upper·y with y binary, so the relaxation is as weak as `upper` is large.
 */
function pathwayUpperBounds(input: PlanInput, index: Map<string, number>, pathFrom: Int32Array, pathTo: Int32Array, bigFlow: number): Float64Array {
  const T = input.years.length - 1;
  const fns = input.functions;
  const paths = input.pathways;
  let wMax = fns.map((f) => f.startFte);
  // [q · T + u]: one flat array rather than an array per pathway.
  const upper = new Float64Array(paths.length * T);
  // 0 · ∞ is 0 here: a share of 0 of an unbounded function carries nothing.
  const times = (a: number, b: number) => (a === 0 || b === 0 ? 0 : a * b);
  for (let u = 0; u < T; u++) {
    const next = fns.map((f, i) => times(f.stay[u]!, wMax[i]!) + times(f.hireRetention, hireUpper(f, u)));
    fns.forEach((f, i) => {
      for (const m of f.moves) {
        const j = index.get(m.to);
        if (j !== undefined && j !== i) next[j]! += times(m.share[u]!, wMax[i]!);
      }
    });
    paths.forEach((p, q) => {
      const i = pathFrom[q]!;
      let bound = Math.min(p.maxPerYear, input.capacityPerYear, times(fns[i]!.stay[u]!, wMax[i]!));
      if (p.cost > 0) bound = Math.min(bound, input.budgetPerYear / p.cost);
      upper[q * T + u] = bound;
      next[pathTo[q]!]! += times(p.retention, bound);
    });
    paths.forEach((p, q) => {
      let bound = upper[q * T + u]!;
      if (p.maxShareOfDestination !== null) bound = Math.min(bound, times(p.maxShareOfDestination, next[pathTo[q]!]!));
      upper[q * T + u] = Math.min(bound, bigFlow);
    });
    wMax = next;
  }
  return upper;
}
