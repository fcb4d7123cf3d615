import type { PersonTable } from '../domain/snapshot.js';
import { compareText } from '../domain/compare-text.js';
import type { Linkage } from './calibrate-link.js';

/**
 * Function codes renamed between two linked snapshots: a code f of OLD that NEW no longer has,
 * whose people found again in NEW are (at least RENAME_SHARE of them) in one code g that OLD does
 * not have. An HR system that recodes a function (0330 → 0335) moves all its people at once; read
 * as moves, that gave a transition f → g of 100% a year, pasted into a scenario by calibrate, and a
 * backtest error of the whole function twice (projected in f, actual in g). Returns old id → new id.
 */
export function renamedFunctions(old: PersonTable, next: PersonTable, linkage: Linkage): Map<string, string> {
  const oldIds = new Set(old.functionIds);
  const newIds = new Set(next.functionIds);
  // Per old function (not in NEW): how many of its people were found again, and where.
  const found = new Map<string, { total: number; to: Map<string, number> }>();
  for (let i = 0; i < old.size; i++) {
    const j = linkage.newOf[i]!;
    if (j < 0) continue;
    const from = old.functionIds[old.fn[i]!]!;
    if (newIds.has(from)) continue;
    const to = next.functionIds[next.fn[j]!]!;
    const f = found.get(from) ?? { total: 0, to: new Map<string, number>() };
    f.total++;
    f.to.set(to, (f.to.get(to) ?? 0) + 1);
    found.set(from, f);
  }
  const renamed = new Map<string, string>();
  const taken = new Set<string>();
  for (const from of [...found.keys()].sort(compareText)) {
    const f = found.get(from)!;
    let best = '';
    let most = 0;
    for (const [to, k] of [...f.to].sort((a, b) => compareText(a[0], b[0]))) {
      if (k > most) {
        best = to;
        most = k;
      }
    }
    // One new code takes one old code: two old codes into one new code is a merger, not a rename.
    if (oldIds.has(best) || taken.has(best) || most < RENAME_SHARE * f.total) continue;
    const mergedInto = [...found.entries()].filter(([other, o]) => other !== from && (o.to.get(best) ?? 0) >= RENAME_SHARE * o.total);
    if (mergedInto.length > 0) continue;
    renamed.set(from, best);
    taken.add(best);
  }
  return renamed;
}

/** Share of an old code's people found again that must be in the one new code for a rename. */
const RENAME_SHARE = 0.8;
