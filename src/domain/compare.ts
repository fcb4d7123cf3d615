import type { Stamp } from './results.js';
import type { Band } from './uncertainty.js';
import type { Status } from './workforce.js';

/** One function (or family) in one scenario at the compared year; FTE. With `--runs`: the Monte Carlo band beside each of supply, demand and gap. */
export interface CompareFigures {
  supply_fte: number;
  supply_fte_band?: Band;
  demand_fte: number;
  demand_fte_band?: Band;
  gap_fte: number;
  gap_fte_band?: Band;
  replacement_fte: number;
  expansion_fte: number;
}

export interface CompareFunctionCell extends CompareFigures {
  status: Status;
  /** With `--runs`: the share of runs (0–1) that ended in each status. */
  status_probability?: Partial<Record<Status, number>>;
  vulnerable: boolean;
}

/** A scenario minus the reference scenario (the first one named); FTE. */
export interface CompareDelta {
  supply_fte: number;
  demand_fte: number;
  gap_fte: number;
}

export interface CompareTotals extends CompareFigures {
  /** Sum of the functions' shortages (negative gaps, as a positive number), not netted against surpluses. */
  shortage_fte: number;
}

/** Canonical `spp compare` result (SPEC §4 `spp.compare/1`); every output format renders from it. */
/** The start of spp compare's note that the scenarios read different data files. */
export const OTHER_DATA_NOTE = 'the scenarios read different data files';

/** The start of spp compare's note naming the scenarios whose plan has spp plan's defaults (no plan: block). */
export const PLAN_DEFAULTS_NOTE = "plan cost with spp plan's defaults (no plan: block)";

/**
 * A note of spp compare that names scenarios, as data: renderers say it from `scenarios` in the
 * reader's language; `text` is the note as `notes` holds it (English, the JSON's).
 */
export type CompareNoteFact = { kind: 'plan_defaults'; text: string; scenarios: string[] };

/** The comparison as `spp.compare/1` publishes it (SPEC §4): the notes as their English text only. */
export function publishedCompare({ noteFacts: _facts, ...result }: CompareResult): Omit<CompareResult, 'noteFacts'> {
  return result;
}

/** The compared scenarios read different data files (spp compare says so in a note). */
export function readsOtherData(result: Pick<CompareResult, 'notes'>): boolean {
  return result.notes.some((n) => n.startsWith(OTHER_DATA_NOTE));
}

export interface CompareResult {
  schema: 'spp.compare/1';
  stamp: Stamp;
  /** Scenario ids in the order given; the first is the reference for every delta. */
  scenarios: string[];
  scenario_info: {
    id: string;
    title: string | null;
    horizon: { start: number; end: number };
    vulnerable_functions: number;
    /** The total cost of the scenario's plan (`spp plan`); null while the scenario has no plan. */
    plan_cost: number | null;
    /** The demand that plan leaves unmet within the scenario's limits, FTE-years; null without a plan. */
    plan_shortage_fte_years: number | null;
  }[];
  /** With `--runs N --seed S`: every scenario simulated N times with the same seed (SPEC §3.4). */
  monte_carlo?: { runs: number; seed: number; process_noise: boolean; drawn: Record<string, string[]> };
  /** The year of the per-function comparison. */
  year: number;
  /** Every year of any scenario's horizon. */
  years: number[];
  /** Every assumption that differs after `extends` and defaults; null where a scenario does not set it. */
  assumptions: { path: string; values: Record<string, unknown> }[];
  /** By function id; by_scenario null where a function does not exist in a scenario (an emerging function). */
  functions: { id: string; name: string; family: string; by_scenario: Record<string, CompareFunctionCell | null>; delta: Record<string, CompareDelta> }[];
  families: { id: string; by_scenario: Record<string, CompareFigures | null>; delta: Record<string, CompareDelta> }[];
  totals: {
    /** The compared year. */
    at: { year: number; by_scenario: Record<string, CompareTotals | null>; delta: Record<string, CompareDelta> };
    years: { year: number; by_scenario: Record<string, CompareTotals | null>; delta: Record<string, CompareDelta> }[];
  };
  notes: string[];
  /** The notes that name scenarios, as data for renderers (not in the JSON; see publishedCompare). */
  noteFacts: CompareNoteFact[];
}
