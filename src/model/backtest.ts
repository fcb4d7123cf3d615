import type { BacktestRow } from '../domain/backtest.js';

/**
 * Scoring of a projection against what really happened (SPEC §3.6): per function projected vs
 * actual FTE and persons, the error (projected − actual), WAPE = Σ|error| ÷ Σ actual. The functions
 * `spp project` withholds for the scenario (small ones and their complements), and functions with
 * fewer than `minGroup` persons projected or actual, are shown together as one row; when that row
 * would itself be a small group, the smallest shown function joins it, so no small group can be
 * derived from the total. The row holds every function spp project withholds, so it minus the
 * functions project shows is what project's own total minus those functions already gives.
 */

export interface BacktestFigures {
  id: string;
  name: string;
  projectedFte: number;
  projectedPersons: number;
  actualFte: number;
  actualPersons: number;
  joinersPersons: number | null;
  joinersFte: number | null;
  /**
   * A code nobody had in the old snapshot (one the functions file does not know): projected 0 by
   * construction, which tells nothing about anyone, so only its actual persons decide whether it is small.
   */
  newCode?: boolean;
  /** Monte Carlo P10/P90 of the projected FTE, when runs were made. */
  p10?: number;
  p90?: number;
}

interface BacktestScore {
  functions: BacktestRow[];
  other: (BacktestRow & { functions: number }) | null;
  totals: BacktestRow;
  wapeFte: number;
  wapePersons: number;
  /**
   * Share of the functions shown on their own whose actual FTE fell inside P10–P90; null without
   * bands. (Over all functions it would tell, with the shown rows' own marks, how many of the
   * merged ones fell inside theirs.)
   */
  shareInsideBand: number | null;
}

/**
 * Scores per-function figures; `figures` in the order to show. `withheld`: the ids of the functions
 * `spp project` suppresses for the same scenario, which go into the merged row whatever their size.
 */
export function scoreBacktest(figures: readonly BacktestFigures[], minGroup: number, withheld: ReadonlySet<string> = new Set()): BacktestScore {
  let absFte = 0;
  let absPersons = 0;
  for (const f of figures) {
    absFte += Math.abs(f.projectedFte - f.actualFte);
    absPersons += Math.abs(f.projectedPersons - f.actualPersons);
  }
  const small = (f: BacktestFigures): boolean => withheld.has(f.id) || (f.newCode !== true && Math.round(f.projectedPersons) < minGroup) || f.actualPersons < minGroup;
  const shown = figures.filter((f) => !small(f));
  const merged = figures.filter(small);
  const persons = (list: readonly BacktestFigures[]): number => list.reduce((s, f) => s + f.actualPersons, 0);
  while (merged.length > 0 && persons(merged) < minGroup && shown.length > 0) {
    let smallest = 0;
    for (let i = 1; i < shown.length; i++) if (shown[i]!.actualPersons < shown[smallest]!.actualPersons) smallest = i;
    merged.push(...shown.splice(smallest, 1));
  }
  const withBand = shown.filter((f) => f.p10 !== undefined && f.p90 !== undefined);
  const inside = withBand.filter((f) => f.actualFte >= f.p10! && f.actualFte <= f.p90!).length;
  const total = sum('total', 'Total', figures);
  const actualFte = total.actualFte;
  const actualPersons = total.actualPersons;
  return {
    functions: shown.map(rowOf),
    other: merged.length === 0 ? null : { ...rowOf(sum('other', `${merged.length} functions withheld together (privacy)`, merged)), functions: merged.length },
    totals: rowOf(total),
    wapeFte: actualFte > 0 ? absFte / actualFte : 0,
    wapePersons: actualPersons > 0 ? absPersons / actualPersons : 0,
    shareInsideBand: withBand.length > 0 ? inside / withBand.length : null,
  };
}

function sum(id: string, name: string, list: readonly BacktestFigures[]): BacktestFigures {
  const add = (k: 'projectedFte' | 'projectedPersons' | 'actualFte' | 'actualPersons'): number => list.reduce((s, f) => s + f[k], 0);
  const addNullable = (k: 'joinersPersons' | 'joinersFte'): number | null => (list.some((f) => f[k] === null) ? null : list.reduce((s, f) => s + (f[k] ?? 0), 0));
  return { id, name, projectedFte: add('projectedFte'), projectedPersons: add('projectedPersons'), actualFte: add('actualFte'), actualPersons: add('actualPersons'), joinersPersons: addNullable('joinersPersons'), joinersFte: addNullable('joinersFte') };
}

function rowOf(f: BacktestFigures): BacktestRow {
  const row: BacktestRow = {
    id: f.id,
    name: f.name,
    projected_fte: f.projectedFte,
    actual_fte: f.actualFte,
    error_fte: f.projectedFte - f.actualFte,
    projected_persons: f.projectedPersons,
    actual_persons: f.actualPersons,
    error_persons: f.projectedPersons - f.actualPersons,
    joiners_persons: f.joinersPersons,
    joiners_fte: f.joinersFte,
  };
  if (f.p10 !== undefined && f.p90 !== undefined) row.band = { p10: f.p10, p90: f.p90, inside: f.actualFte >= f.p10 && f.actualFte <= f.p90 };
  return row;
}
