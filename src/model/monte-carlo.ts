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

/** Mean and P10/P50/P90 of `sample` (sorted in place). */
function bandOf(sample: Float64Array): Band {
  let sum = 0;
  for (let i = 0; i < sample.length; i++) sum += sample[i]!;
  sample.sort();
  // All runs alike (nothing uncertain, no noise): the band is that one value, the mean included.
  const mean = sample[0] === sample[sample.length - 1] ? sample[0]! : sum / sample.length;
  return { mean, p10: quantile(sample, 0.1), p50: quantile(sample, 0.5), p90: quantile(sample, 0.9) };
}

/** The q-quantile of a sorted sample, interpolating between order statistics (type 7). */
function quantile(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return a === b ? a : a + (h - lo) * (b - a);
}
