import type { Status } from '../domain/workforce.js';
import type { Band, MonteCarloSummary, YearBands } from '../domain/uncertainty.js';
import { runProjection, type CompiledProjection } from './compile-projection.js';
import { copyParameters, parametersOf, uncertainParameters } from './parameters.js';
import { createProcessNoise, type ProcessNoise } from './process-noise.js';

/**
 * Monte Carlo runs of one compiled projection (SPEC §3.4). Each run draws
 *  - every `[low, likely, high]` value once, from its triangular distribution (inverse CDF), and
 *  - process noise per cell and year: contract ends and attrition/transition outflows as binomial /
 *    multinomial counts of persons (process-noise.ts); retirement at the AOW age is certain in the
 *    model, so it adds no noise,
 * then projects. The result is the mean and P10/P50/P90 of supply, demand and gap per function,
 * family and in total for every year, and per function the share of runs ending in each status.
 *
 * One seeded generator (xoroshiro128+ from pure-rand) feeds every draw in a fixed order — run by
 * run: the parameters (by path), then the cells in the projection's canonical order — so the same
 * seed gives the same bytes on any machine. Percentiles interpolate linearly between order
 * statistics (the "type 7" definition of R and NumPy). Nothing is rounded.
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

const STATUS_ORDER: readonly Status[] = ['emerging', 'disappearing', 'changing', 'growing', 'shrinking', 'stable'];

/** Runs the compiled projection `runs` times with drawn parameters and process noise, and summarises the spread. */
export function simulateProjection(compiled: CompiledProjection, options: MonteCarloOptions): MonteCarloSummary {
  const { runs, seed } = options;
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError('runs must be a whole number ≥ 1');
  const processNoise = options.processNoise !== false;
  const base = parametersOf(compiled.scenario);
  const uncertain = uncertainParameters(compiled.scenario);
  const random: ProcessNoise = createProcessNoise(seed);
  const Y = compiled.years.length;

  let ids: { functions: string[]; families: string[] } | undefined;
  // values[metric][(entity · Y + y) · runs + run]; entities: functions, then families, then the total.
  let values: [Float64Array, Float64Array, Float64Array] | undefined;
  let statusCounts: Map<Status, number>[] = [];
  for (let run = 0; run < runs; run++) {
    let parameters = base;
    if (uncertain.length > 0) {
      parameters = copyParameters(base);
      for (const u of uncertain) u.apply(parameters, drawTriangular(u.low, u.likely, u.high, random.uniform()));
    }
    const projection = runProjection(compiled, parameters, processNoise ? { noise: random } : {});
    if (ids === undefined || values === undefined) {
      ids = { functions: projection.functions.map((f) => f.id), families: projection.families.map((f) => f.id) };
      const E = ids.functions.length + ids.families.length + 1;
      values = [new Float64Array(E * Y * runs), new Float64Array(E * Y * runs), new Float64Array(E * Y * runs)];
      statusCounts = ids.functions.map(() => new Map());
    }
    const [supply, demand, gap] = values;
    const rows = [...projection.functions.map((f) => f.years), ...projection.families.map((f) => f.years), projection.totals.years];
    rows.forEach((years, e) => {
      for (let y = 0; y < Y; y++) {
        const row = years[y]!;
        const at = (e * Y + y) * runs + run;
        supply[at] = row.supply_fte;
        demand[at] = row.demand_fte;
        gap[at] = row.gap_fte;
      }
    });
    projection.functions.forEach((f, fi) => {
      const counts = statusCounts[fi]!;
      counts.set(f.status, (counts.get(f.status) ?? 0) + 1);
    });
    options.onProgress?.(run + 1, runs);
  }
  const [supply, demand, gap] = values!;
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
  const F = ids!.functions.length;
  return {
    runs,
    seed,
    process_noise: processNoise,
    drawn: uncertain.map((u) => ({ path: u.path, low: u.low, likely: u.likely, high: u.high })),
    functions: ids!.functions.map((id, fi) => {
      const counts = statusCounts[fi]!;
      const status_probability: Partial<Record<Status, number>> = {};
      for (const status of STATUS_ORDER) {
        const n = counts.get(status);
        if (n !== undefined) status_probability[status] = n / runs;
      }
      return { id, status_probability, years: bandsOf(fi) };
    }),
    families: ids!.families.map((id, k) => ({ id, years: bandsOf(F + k) })),
    totals: { years: bandsOf(F + ids!.families.length) },
  };
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
