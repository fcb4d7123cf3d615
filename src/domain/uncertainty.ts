import type { Status } from './workforce.js';

/**
 * Monte Carlo results (SPEC §3.4): the spread of supply, demand and gap over many runs. A band sits
 * beside the expected value it belongs to (`supply_fte` → `supply_fte_band`).
 */

/** The mean and the 10th, 50th and 90th percentile of one number over the runs (FTE). */
export interface Band {
  mean: number;
  p10: number;
  p50: number;
  p90: number;
}

export interface YearBands {
  year: number;
  supply_fte: Band;
  demand_fte: Band;
  gap_fte: Band;
}

/** What was drawn and how often. */
export interface MonteCarloInfo {
  runs: number;
  seed: number;
  /** False when only the parameters were drawn (process noise switched off). */
  process_noise: boolean;
  /** Every `[low, likely, high]` value drawn once per run from its triangular distribution. */
  drawn: { path: string; low: number; likely: number; high: number }[];
}

export interface MonteCarloSummary extends MonteCarloInfo {
  /** Per function (in the projection's order): the share of runs (0–1) that ended in each status. */
  functions: { id: string; status_probability: Partial<Record<Status, number>>; years: YearBands[] }[];
  families: { id: string; years: YearBands[] }[];
  totals: { years: YearBands[] };
}
