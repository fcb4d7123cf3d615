import highsModule, { type Highs, type InitOptions } from 'highs';

// `highs` ships CommonJS types for an ESM build: under NodeNext TypeScript sees the default import
// as the module object, while at run time it is the loader function itself. Accept both.
type HighsLoader = (options?: InitOptions) => Promise<Highs>;
const highsLoader: HighsLoader =
  typeof highsModule === 'function'
    ? (highsModule as unknown as HighsLoader)
    : (highsModule as unknown as { default: HighsLoader }).default;

/**
 * A small linear-programming layer over HiGHS (WASM) for the reskilling plan.
 *
 *   minimise Σ cost·x   subject to   rowLower ≤ A x ≤ rowUpper,   0 ≤ x ≤ upper
 *
 * Columns come in two kinds: `fixed` columns are always in the model; `candidate` columns are
 * added by **column generation** (pricing): we solve the LP on a subset of candidates, compute
 * the reduced cost `c_j − Σ_r a_rj·y_r` of every candidate left out from the row duals `y`, add
 * those with a negative reduced cost, and re-solve (HiGHS warm-starts from the previous basis).
 * When no candidate prices out, the restricted optimum satisfies the LP optimality conditions of
 * the full problem, so the result is exact (up to solver tolerances) while the solver only sees a
 * fraction of a dense 500 × 500 pathway matrix.
 *
 * The HiGHS runtime is loaded once and cached. Each solve uses its own native model, disposed at
 * the end. HiGHS is single-threaded here and deterministic: same input, same output.
 */

/** Sparse columns in flat arrays (CSC): column c has entries starts[c] ≤ k < starts[c+1]. */
export class LpColumns {
  readonly cost: number[] = [];
  readonly upper: number[] = [];
  readonly starts: number[] = [0];
  readonly rows: number[] = [];
  readonly values: number[] = [];

  /** Appends a column and returns its index; entries with value 0 are left out. */
  add(cost: number, upper: number, rows: readonly number[], values: readonly number[]): number {
    for (let k = 0; k < rows.length; k++) {
      const v = values[k]!;
      if (v === 0) continue;
      this.rows.push(rows[k]!);
      this.values.push(v);
    }
    this.cost.push(cost);
    this.upper.push(upper);
    this.starts.push(this.rows.length);
    return this.cost.length - 1;
  }

  get count(): number {
    return this.cost.length;
  }
}

export interface LpProblem {
  rowLower: number[];
  rowUpper: number[];
  fixed: LpColumns;
  candidates: LpColumns;
  /** Candidate indices to start with; all candidates when undefined. */
  initial?: readonly number[];
}

export interface LpSolution {
  /** Values of the fixed columns. */
  fixed: Float64Array;
  /** Values of the candidate columns (0 for those never added). */
  candidates: Float64Array;
  /** Row duals of the final restricted problem (HiGHS sign convention: d = c − Aᵀy). */
  rowDual: Float64Array;
  objective: number;
  /** Column-generation rounds (1 when all candidates were in from the start). */
  rounds: number;
  /** Candidates that entered the model. */
  candidatesUsed: number;
}

let highsRuntime: Promise<Highs> | undefined;

/** The HiGHS WASM runtime, loaded once per process. */
export function loadHighs(): Promise<Highs> {
  const runtime = highsRuntime ?? highsLoader();
  highsRuntime = runtime;
  return runtime;
}

const OPTIMAL = 7;
const EMPTY = 6;

/** Solves the LP exactly (column generation over the candidates); throws if HiGHS finds no optimum (a bug: our LPs are always feasible and bounded). */
export async function solveLp(problem: LpProblem): Promise<LpSolution> {
  const highs = await loadHighs();
  const numRows = problem.rowLower.length;
  const { fixed, candidates } = problem;
  const fixedValues = new Float64Array(fixed.count);
  const candidateValues = new Float64Array(candidates.count);
  if (fixed.count + candidates.count === 0 || numRows === 0) {
    return { fixed: fixedValues, candidates: candidateValues, rowDual: new Float64Array(numRows), objective: 0, rounds: 0, candidatesUsed: 0 };
  }

  const inModel = new Uint8Array(candidates.count);
  const modelToCandidate: number[] = [];
  const first = problem.initial ?? range(candidates.count);
  for (const c of first) {
    if (inModel[c]) continue;
    inModel[c] = 1;
    modelToCandidate.push(c);
  }

  const initialColumns = concatColumns(fixed, range(fixed.count), candidates, modelToCandidate, numRows, highs.infinity);
  const model = highs.createModel({
    numCols: initialColumns.count,
    numRows,
    colCost: initialColumns.cost,
    colLower: initialColumns.lower,
    colUpper: initialColumns.upper,
    rowLower: problem.rowLower.map((v) => (v === -Infinity ? -highs.infinity : v)),
    rowUpper: problem.rowUpper.map((v) => (v === Infinity ? highs.infinity : v)),
    matrix: initialColumns.matrix,
  });
  try {
    // Presolve off: these LPs are small-structured, and it would undo the warm start after addCols.
    model.options.set({ output_flag: false, random_seed: 0, presolve: 'off' });
    let maxCost = 1;
    for (const c of candidates.cost) maxCost = Math.max(maxCost, Math.abs(c));
    const tolerance = 1e-9 * maxCost;
    const batch = Math.max(2000, 4 * numRows);
    let rounds = 0;
    for (;;) {
      rounds++;
      const status = model.run().modelStatus;
      if (status !== OPTIMAL && status !== EMPTY) {
        throw new Error(`reskilling LP not solved to optimality (HiGHS model status ${status}); this is a bug`);
      }
      const solution = model.getSolution();
      const rowDual = solution.rowDual;
      // Pricing: reduced cost of every candidate still outside the model.
      const entering: { index: number; reduced: number }[] = [];
      for (let c = 0; c < candidates.count; c++) {
        if (inModel[c]) continue;
        let reduced = candidates.cost[c]!;
        for (let k = candidates.starts[c]!; k < candidates.starts[c + 1]!; k++) {
          reduced -= candidates.values[k]! * rowDual[candidates.rows[k]!]!;
        }
        if (reduced < -tolerance) entering.push({ index: c, reduced });
      }
      if (entering.length === 0) {
        const colValue = solution.colValue;
        for (let c = 0; c < fixed.count; c++) fixedValues[c] = colValue[c]!;
        modelToCandidate.forEach((c, k) => {
          candidateValues[c] = colValue[fixed.count + k]!;
        });
        return {
          fixed: fixedValues,
          candidates: candidateValues,
          rowDual: Float64Array.from(rowDual),
          objective: model.getObjectiveValue(),
          rounds,
          candidatesUsed: modelToCandidate.length,
        };
      }
      // Most negative first; ties by index, so the sequence of models is deterministic.
      entering.sort((a, b) => a.reduced - b.reduced || a.index - b.index);
      const chosen = entering.slice(0, batch).map((e) => e.index);
      for (const c of chosen) {
        inModel[c] = 1;
        modelToCandidate.push(c);
      }
      const added = concatColumns(fixed, [], candidates, chosen, numRows, highs.infinity);
      model.addCols({ cost: added.cost, lower: added.lower, upper: added.upper, matrix: added.matrix });
    }
  } finally {
    model.dispose();
  }
}

function concatColumns(
  a: LpColumns,
  aIndices: readonly number[],
  b: LpColumns,
  bIndices: readonly number[],
  numRows: number,
  infinity: number,
) {
  const count = aIndices.length + bIndices.length;
  const cost = new Float64Array(count);
  const lower = new Float64Array(count);
  const upper = new Float64Array(count);
  let nonzeros = 0;
  for (const c of aIndices) nonzeros += a.starts[c + 1]! - a.starts[c]!;
  for (const c of bIndices) nonzeros += b.starts[c + 1]! - b.starts[c]!;
  const starts = new Int32Array(count + 1);
  const indices = new Int32Array(nonzeros);
  const values = new Float64Array(nonzeros);
  let col = 0;
  let k = 0;
  const copy = (src: LpColumns, c: number) => {
    cost[col] = src.cost[c]!;
    const up = src.upper[c]!;
    upper[col] = up === Infinity ? infinity : up;
    starts[col] = k;
    for (let e = src.starts[c]!; e < src.starts[c + 1]!; e++) {
      indices[k] = src.rows[e]!;
      values[k] = src.values[e]!;
      k++;
    }
    col++;
  };
  for (const c of aIndices) copy(a, c);
  for (const c of bIndices) copy(b, c);
  starts[count] = k;
  return {
    count,
    cost,
    lower,
    upper,
    matrix: { format: 'csc' as const, numRows, numCols: count, starts, indices, values },
  };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
