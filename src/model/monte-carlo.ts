import type { Status } from '../domain/workforce.js';
import type { Band, MonteCarloSummary, YearBands } from '../domain/uncertainty.js';
import { runProjection, type CompiledProjection } from './compile-projection.js';
import { copyParameters, parametersOf, uncertainParameters } from './parameters.js';
import { runStreams } from './process-noise.js';

/**
 * Monte Carlo runs of one compiled projection (SPEC §3.4). Each run draws
 *  - every `[low, likely, high]` value once, from its triangular distribution (inverse CDF), and
 *  - process noise per cell and year: contract ends and attrition/transition outflows as binomial /
 *    multinomial counts of persons (process-noise.ts); retirement at the AOW age is certain in the
 *    model, so it adds no noise,
 * then projects. The result is the mean and P10/P50/P90 of supply, demand and gap per function,
 * family and in total for every year, and per function the share of runs ending in each status.
 *
 * Each run has its own seeded stream (xoroshiro128+ from pure-rand, the seed's stream jumped once per
 * run: process-noise.ts runStreams) that feeds its draws in a fixed order — the parameters (by
 * path), then the cells in the projection's canonical order. A run's numbers depend on the seed and
 * its number only, so the runs can be split over threads in any way (app/monte-carlo-runs.ts) and
 * the same seed still gives the same bytes, on any machine. Percentiles interpolate linearly between
 * order statistics (the "type 7" definition of R and NumPy). Nothing is rounded.
 */

export interface MonteCarloOptions {
  runs: number;
  /** Any 32-bit integer. */
  seed: number;
  /** Draw process noise (default true); false: only the `[low, likely, high]` values vary. */
  processNoise?: boolean;
  /** Called after every run, e.g. for a progress bar. */
  onProgress?: (done: number, runs: number) => void;
}

/**
 * The runs `from` … `from + count − 1` as numbers: what one thread computes and hands back.
 * Entities: the functions, then the families, then the total (the projection's order).
 */
export interface RunBlock {
  from: number;
  count: number;
  functions: string[];
  families: string[];
  /** Supply, demand and gap FTE at [(entity · years + y) · count + i] for run from + i. */
  supply: Float64Array<ArrayBuffer>;
  demand: Float64Array<ArrayBuffer>;
  gap: Float64Array<ArrayBuffer>;
  /** The status of function fi in run from + i at [fi · count + i], as its index in STATUS_ORDER. */
  status: Uint8Array<ArrayBuffer>;
}

/** Runs a block of Monte Carlo runs of one compiled projection; `onRun` after each run. */
export interface RunSimulator {
  run(from: number, to: number, onRun?: () => void): RunBlock;
}

const STATUS_ORDER: readonly Status[] = ['emerging', 'disappearing', 'changing', 'growing', 'shrinking', 'stable'];

/** Checks a number of runs as simulateProjection and summariseRuns take it. */
export function checkRuns(runs: number): void {
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError('runs must be a whole number ≥ 1');
}

/** A simulator of `compiled`'s runs for a seed: any block of runs, in any order, on any thread. */
export function runSimulator(compiled: CompiledProjection, options: { seed: number; processNoise?: boolean }): RunSimulator {
  const processNoise = options.processNoise !== false;
  const base = parametersOf(compiled.scenario);
  const uncertain = uncertainParameters(compiled.scenario);
  const streams = runStreams(options.seed);
  const Y = compiled.years.length;
  return {
    run(from, to, onRun) {
      if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to <= from) throw new RangeError('a block of runs is from < to, whole numbers ≥ 0');
      const count = to - from;
      let block: RunBlock | undefined;
      for (let i = 0; i < count; i++) {
        const random = streams.at(from + i);
        let parameters = base;
        if (uncertain.length > 0) {
          parameters = copyParameters(base);
          for (const u of uncertain) u.apply(parameters, drawTriangular(u.low, u.likely, u.high, random.uniform()));
        }
        const projection = runProjection(compiled, parameters, processNoise ? { noise: random } : {});
        if (block === undefined) {
          const functions = projection.functions.map((f) => f.id);
          const families = projection.families.map((f) => f.id);
          const size = (functions.length + families.length + 1) * Y * count;
          block = {
            from,
            count,
            functions,
            families,
            supply: new Float64Array(size),
            demand: new Float64Array(size),
            gap: new Float64Array(size),
            status: new Uint8Array(functions.length * count),
          };
        }
        const { supply, demand, gap, status } = block;
        const rows = [...projection.functions.map((f) => f.years), ...projection.families.map((f) => f.years), projection.totals.years];
        rows.forEach((years, e) => {
          for (let y = 0; y < Y; y++) {
            const row = years[y]!;
            const at = (e * Y + y) * count + i;
            supply[at] = row.supply_fte;
            demand[at] = row.demand_fte;
            gap[at] = row.gap_fte;
          }
        });
        projection.functions.forEach((f, fi) => {
          status[fi * count + i] = STATUS_ORDER.indexOf(f.status);
        });
        onRun?.();
      }
      return block!;
    },
  };
}

/**
 * The summary of runs 0 … runs − 1 from blocks that cover each run once (in any order, from any
 * threads): the same numbers whichever blocks they came in.
 */
export function summariseRuns(compiled: CompiledProjection, options: { runs: number; seed: number; processNoise?: boolean }, blocks: readonly RunBlock[]): MonteCarloSummary {
  const { runs, seed } = options;
  checkRuns(runs);
  const first = blocks[0];
  if (first === undefined) throw new RangeError('no runs to summarise');
  const Y = compiled.years.length;
  const F = first.functions.length;
  const rowsOf = (F + first.families.length + 1) * Y;
  // values[metric][(entity · Y + y) · runs + run]
  const supply = new Float64Array(rowsOf * runs);
  const demand = new Float64Array(rowsOf * runs);
  const gap = new Float64Array(rowsOf * runs);
  const statusCounts = new Uint32Array(F * STATUS_ORDER.length);
  const covered = new Uint8Array(runs);
  for (const block of blocks) {
    const { from, count } = block;
    if (from + count > runs || block.functions.length !== F || block.supply.length !== rowsOf * count) throw new RangeError('a block of runs does not fit the summary');
    for (let i = 0; i < count; i++) {
      if (covered[from + i] === 1) throw new RangeError(`run ${from + i} came twice`);
      covered[from + i] = 1;
    }
    for (let k = 0; k < rowsOf; k++) {
      const source = k * count;
      const target = k * runs + from;
      supply.set(block.supply.subarray(source, source + count), target);
      demand.set(block.demand.subarray(source, source + count), target);
      gap.set(block.gap.subarray(source, source + count), target);
    }
    for (let fi = 0; fi < F; fi++) {
      for (let i = 0; i < count; i++) {
        const s = block.status[fi * count + i]!;
        if (s < STATUS_ORDER.length) {
          const at = fi * STATUS_ORDER.length + s;
          statusCounts[at] = statusCounts[at]! + 1;
        }
      }
    }
  }
  const missing = covered.indexOf(0);
  if (missing >= 0) throw new RangeError(`run ${missing} is missing`);
  const bandsOf = (e: number): YearBands[] =>
    compiled.years.map((year, y) => {
      const from = (e * Y + y) * runs;
      return {
        year,
        supply_fte: bandOf(supply.subarray(from, from + runs)),
        demand_fte: bandOf(demand.subarray(from, from + runs)),
        gap_fte: bandOf(gap.subarray(from, from + runs)),
      };
    });
  return {
    runs,
    seed,
    process_noise: options.processNoise !== false,
    drawn: uncertainParameters(compiled.scenario).map((u) => ({ path: u.path, low: u.low, likely: u.likely, high: u.high })),
    functions: first.functions.map((id, fi) => {
      const status_probability: Partial<Record<Status, number>> = {};
      STATUS_ORDER.forEach((status, s) => {
        const n = statusCounts[fi * STATUS_ORDER.length + s]!;
        if (n > 0) status_probability[status] = n / runs;
      });
      return { id, status_probability, years: bandsOf(fi) };
    }),
    families: first.families.map((id, k) => ({ id, years: bandsOf(F + k) })),
    totals: { years: bandsOf(F + first.families.length) },
  };
}

/**
 * Runs the compiled projection `runs` times in this thread with drawn parameters and process noise,
 * and summarises the spread. app/monte-carlo-runs.ts spreads the same runs over worker threads, with
 * the same result.
 */
export function simulateProjection(compiled: CompiledProjection, options: MonteCarloOptions): MonteCarloSummary {
  const { runs } = options;
  checkRuns(runs);
  const simulator = runSimulator(compiled, { seed: options.seed, ...(options.processNoise !== undefined ? { processNoise: options.processNoise } : {}) });
  let done = 0;
  const block = simulator.run(0, runs, options.onProgress === undefined ? undefined : () => options.onProgress!(++done, runs));
  return summariseRuns(compiled, options, [block]);
}

/** A draw (0–1 → value) from the triangular distribution on [low, high] with mode `likely`, by its inverse CDF. */
export function drawTriangular(low: number, likely: number, high: number, u: number): number {
  const width = high - low;
  if (!(width > 0)) return likely;
  const split = (likely - low) / width;
  // Math.sqrt is exactly rounded (IEEE 754), so the draw is the same on every machine.
  return u < split ? low + Math.sqrt(u * width * (likely - low)) : high - Math.sqrt((1 - u) * width * (high - likely));
}

/** Mean and P10/P50/P90 (type 7) of `sample` (reordered in place). */
export function bandOf(sample: Float64Array): Band {
  const n = sample.length;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = sample[i]!;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  // All runs alike (nothing uncertain, no noise): the band is that one value, the mean included.
  if (min === max) return { mean: min, p10: min, p50: min, p90: min };
  // Quantiles in increasing order, each selected within what is right of the one before.
  const p10 = quantile(sample, 0.1, 0);
  const p50 = quantile(sample, 0.5, Math.floor((n - 1) * 0.1) + 1);
  const p90 = quantile(sample, 0.9, Math.floor((n - 1) * 0.5) + 1);
  return { mean: sum / n, p10, p50, p90 };
}

/**
 * The q-quantile, interpolating between order statistics (type 7), by selection rather than a full
 * sort: after it, sample[lo] is the lo-th smallest with nothing smaller to its right. `from`: the
 * elements before it are already the smallest ones, in place.
 */
function quantile(sample: Float64Array, q: number, from: number): number {
  const n = sample.length;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const a = select(sample, lo, from);
  if (lo + 1 >= n || h === lo) return a;
  let b = Infinity;
  for (let i = lo + 1; i < n; i++) if (sample[i]! < b) b = sample[i]!;
  return a === b ? a : a + (h - lo) * (b - a);
}

/** Reorders sample[from..] so that sample[k] is its (k − from)-th smallest, smaller ones left, larger right (Hoare quickselect, median-of-three pivots). */
function select(sample: Float64Array, k: number, from: number): number {
  let left = from;
  let right = sample.length - 1;
  while (right > left) {
    const mid = (left + right) >>> 1;
    const x = sample[left]!;
    const y = sample[mid]!;
    const z = sample[right]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = left;
    let j = right;
    while (i <= j) {
      while (sample[i]! < pivot) i++;
      while (sample[j]! > pivot) j--;
      if (i <= j) {
        const t = sample[i]!;
        sample[i] = sample[j]!;
        sample[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return sample[k]!;
}
