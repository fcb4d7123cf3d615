import type { GapSources, Projection, SourcedProjection, YearRow } from '../domain/projection.js';

/**
 * Where the gap comes from (SPEC §3.1): a pure post-step on the year rows of a projection, so it
 * holds for any way the rows were computed. Replacement demand (*vervangingsvraag*) is the net
 * outflow since the start — the people who leave: retired + contracts ended + attrition + moved out
 * − moved in, summed over the years start … t−1; expansion demand (*uitbreidingsvraag*) is the change
 * of demand since the start — the work that changes: D(t) − D(start). Then, because supply(t) =
 * supply(start) − replacement(t):
 *   gap(t) = gap(start) − replacement_fte(t) − expansion_fte(t)   (FTE, exactly up to float sums).
 * Rows are summed per aggregate (family, group, total) before this step, and the step is linear, so
 * a total's sources are the sums of its functions' sources.
 */

/** Net outflow of a year row during its year (FTE): the people who leave the function. */
function netOutflowFte(row: YearRow): number {
  return row.retired_fte + row.contract_ended_fte + row.attrition_fte + row.moved_out_fte - row.moved_in_fte;
}

/** Each row with replacement_fte and expansion_fte (FTE) since the first row (the horizon start). */
export function withGapSources<T extends YearRow>(rows: readonly T[]): (T & GapSources)[] {
  const first = rows[0];
  let outflow = 0;
  return rows.map((row, i) => {
    if (i > 0) outflow += netOutflowFte(rows[i - 1]!);
    return { ...row, replacement_fte: outflow, expansion_fte: row.demand_fte - (first?.demand_fte ?? 0) };
  });
}

/** The projection's functions, families, groups and totals with their gap sources (FTE). */
export function projectionWithGapSources(projection: Projection): SourcedProjection {
  return {
    ...projection,
    functions: projection.functions.map((f) => ({ ...f, years: withGapSources(f.years) })),
    families: projection.families.map((f) => ({ id: f.id, years: withGapSources(f.years) })),
    groups: projection.groups.map((g) => ({ id: g.id, years: withGapSources(g.years) })),
    totals: { years: withGapSources(projection.totals.years) },
  };
}
