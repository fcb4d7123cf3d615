import type { Stamp } from './results.js';

/** One function (or the merged small ones, or the total) in a backtest: projected vs actual on 1 January of `to`. */
export interface BacktestRow {
  id: string;
  name: string;
  projected_fte: number;
  actual_fte: number;
  /** projected − actual. */
  error_fte: number;
  projected_persons: number;
  actual_persons: number;
  error_persons: number;
  /** Joiners between the snapshots (not part of `actual_*` on the linked basis; the model projects no hiring). */
  joiners_persons: number | null;
  joiners_fte: number | null;
  /** With Monte Carlo runs (`--runs`): the projected P10 and P90 FTE and whether the actual fell inside. */
  band?: { p10: number; p90: number; inside: boolean };
}

/** The canonical `spp backtest` result (`spp.backtest/1`). */
export interface BacktestResult {
  schema: 'spp.backtest/1';
  stamp: Stamp;
  scenario: { id: string; title: string | null };
  from: number;
  to: number;
  /** 'linked': actual = the old snapshot's people still there (by employee_id); 'total': everyone in the new snapshot (joiners included: less exact). */
  basis: 'linked' | 'total';
  min_group: number;
  functions: BacktestRow[];
  /**
   * The functions spp project withholds for the scenario and those with fewer than min_group persons
   * (projected or actual), together ("N functions withheld together (privacy)"); null when there are none.
   */
  other: (BacktestRow & { functions: number }) | null;
  totals: BacktestRow;
  /** Σ |error| ÷ Σ actual over all functions (weighted absolute percentage error, 0–1). */
  wape_fte: number;
  wape_persons: number;
  /** With Monte Carlo runs (`--runs`): share of the functions shown on their own whose actual fell inside P10–P90; null without runs. */
  share_inside_band: number | null;
  /** With Monte Carlo runs: how many (the number the P10–P90 bands come from); null without. */
  runs: number | null;
  notes: string[];
  /** The function codes renamed between the snapshots (old code, new code), which their notes are said from; not in the JSON. */
  renamed: { from: string; to: string }[];
}

/**
 * The note on a function code renamed between the snapshots, in English as `notes` holds it; a
 * renderer finds it by this text and says it from the pair (codes are the user's: never read back).
 */
export function renamedCodeNote(pair: { from: string; to: string }): string {
  const { from: was, to: now } = pair;
  return `Function code ${now} of the actual snapshot is ${was} under a new code (${was}'s people are there as ${now}, a code the old snapshot does not have): compared as ${was}.`;
}
