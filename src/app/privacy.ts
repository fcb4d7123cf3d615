import type { PlanPathwayFlow, PlanResult, PlanYear } from '../domain/plan.js';
import type { Projection } from '../domain/projection.js';
import type { ReskillResult } from '../domain/results.js';
import type { LoadedInputs } from './load-inputs.js';
import { buildProjectResult } from './project.js';
import { roundDeep } from '../domain/round.js';

/**
 * Privacy (SPEC §4) in the outputs that decide per function — `spp plan` and `spp reskill`: the
 * functions `spp project` suppresses (fewer than privacy.min_group persons at the start, and their
 * complements) are shown together as one row, id `other`, as `spp backtest` does. A plan's hire,
 * move or natural outflow in a one-person function says when that person leaves; the complement
 * rule guarantees that the suppressed functions together count at least min_group persons, so the
 * merged row describes no one. Totals are unchanged.
 */
const OTHER_ID = 'other';

/** The ids of the functions and families `spp project` suppresses for this scenario. */
export function withheldGroups(inputs: LoadedInputs, projection: Projection): { functions: Set<string>; families: Set<string> } {
  const published = buildProjectResult(inputs, projection);
  const ids = (rows: readonly { id: string; suppressed?: unknown }[]) => new Set(rows.flatMap((r) => (r.suppressed === undefined ? [] : [r.id])));
  return { functions: ids(published.functions), families: ids(published.families) };
}

/** The ids of the functions `spp project` suppresses for this scenario. */
export function suppressedFunctionIds(inputs: LoadedInputs, projection: Projection): Set<string> {
  return withheldGroups(inputs, projection).functions;
}

/** The merged row's name: the functions under min_group and those withheld with them so a small one cannot be recovered from a total (not all are small). */
function otherName(count: number): string {
  return `${count} functions withheld together (privacy)`;
}

/** `spp plan` with the suppressed functions merged into one row (and in the pathways, shortfalls and limits). */
export function mergePlanPrivacy(result: PlanResult, ids: ReadonlySet<string>): PlanResult {
  if (ids.size === 0) return result;
  const map = (id: string): string => (ids.has(id) ? OTHER_ID : id);
  const hidden = result.functions.filter((f) => ids.has(f.id));
  const years = result.years.map((_, i) => sumYears(hidden.map((f) => f.years[i]!)));
  const flows = new Map<string, PlanPathwayFlow>();
  for (const p of result.pathways) {
    const flow = { ...p, from: map(p.from), to: map(p.to) };
    const key = `${flow.from}\u0000${flow.to}\u0000${flow.year}`;
    const seen = flows.get(key);
    flows.set(key, seen === undefined ? flow : { ...seen, fte: seen.fte + flow.fte, cost: seen.cost + flow.cost, explicit: seen.explicit || flow.explicit });
  }
  const shortfalls = new Map<string, PlanResult['shortfalls'][number]>();
  for (const s of result.shortfalls) {
    const merged = ids.has(s.function);
    const key = `${map(s.function)}\u0000${s.year}`;
    const seen = shortfalls.get(key);
    const cause = merged ? 'demand in these functions cannot be met within the limits' : s.cause;
    shortfalls.set(key, { function: map(s.function), year: s.year, shortage_fte: (seen?.shortage_fte ?? 0) + s.shortage_fte, cause });
  }
  return roundDeep({
    ...result,
    functions: [...result.functions.filter((f) => !ids.has(f.id)), { id: OTHER_ID, name: otherName(hidden.length), family: '', years }],
    pathways: [...flows.values()],
    shortfalls: [...shortfalls.values()],
    // A limit of one small function that binds in a year says what that function needed then.
    binding: result.binding.filter((b) => b.function === null || !ids.has(b.function)),
  });
}

function sumYears(rows: readonly PlanYear[]): PlanYear {
  const out: Record<string, number> = {};
  for (const row of rows) for (const [k, v] of Object.entries(row)) out[k] = k === 'year' ? v : (out[k] ?? 0) + v;
  return out as unknown as PlanYear;
}
