import type { PlanResult, PlanYear } from '../../src/domain/plan.js';
import type { SourcedYearRow, YearRow } from '../../src/domain/projection.js';
import { withGapSources } from '../../src/model/gap-sources.js';
import type { ProjectResult } from '../../src/domain/results.js';
import type { Cell } from '../../src/domain/workforce.js';

/** Pieces of hand-built projections and plans for the report's tests: a plan's numbers set one by one. */

/** A projection year with no flows (supply in persons = FTE). */
export function yearRow(year: number, supply: number, demand: number): YearRow {
  return { year, supply_fte: supply, supply_persons: supply, demand_fte: demand, gap_fte: supply - demand, retired_fte: 0, contract_ended_fte: 0, attrition_fte: 0, moved_in_fte: 0, moved_out_fte: 0 };
}

/** A shrinking standard-work function 'Function <id>' of `family`. */
export function projectFunction(id: string, family: string, years: SourcedYearRow[]): ProjectResult['functions'][number] {
  return {
    predictability: 0.9, complexity: 0.2, quadrant: 'standard', predictability_end: 0.9, complexity_end: 0.2, quadrant_end: 'standard', quadrant_year: null,
    id, name: `Function ${id}`, family, status: 'shrinking', flags: [], vulnerable: false, rule: '', demand_ratio: 0.8, automated_share: 0.2, shift: 0.1,
    task_shift: 0.1, skill_shift: 0, status_year: 2028, emerging: false,
    task_mix: { start: { administrative: 1 }, end: { administrative: 1 } }, skills: { start: {}, end: {} }, years,
  };
}

/** The projection of scenario `id` over 2026–2028: `functions` in one family Bedrijfsvoering, whose total is `totals`. */
export function projectOf(id: string, minGroup: number, functions: ProjectResult['functions'], totals: YearRow[]): ProjectResult {
  const years = withGapSources(totals);
  return {
    schema: 'spp.result/1',
    stamp: { spp_version: '0.0.0-test', scenario_id: id, inputs: [{ role: 'headcount', file: 'h.csv', sha256: 'a'.repeat(64) }], seed: null },
    scenario: { id, title: null, horizon: { start: 2026, end: 2028 } },
    privacy: { min_group: minGroup, suppressed_keys: [] },
    years: [2026, 2027, 2028],
    functions,
    families: [{ id: 'Bedrijfsvoering', years }],
    groups: [],
    totals: { years },
    vulnerable: { functions: 0, persons: 0, fte: 0 },
    assumptions: [],
  };
}

/** A plan year: demand met by `fte`, no decisions, unless `o` sets them. */
export const planYear = (year: number, fte: number, o: Partial<PlanYear> = {}): PlanYear => ({
  year, fte, demand_fte: fte, hired_fte: 0, moved_in_fte: 0, moved_out_fte: 0, redundant_fte: 0, reduced_hours_persons: 0, overstaffing_fte: 0,
  shortage_fte: 0, newcomer_loss_fte: 0, natural_outflow_fte: 0, natural_moved_in_fte: 0, natural_moved_out_fte: 0, ...o,
});

/** Costs by kind, all 0. */
export const noCosts: PlanResult['costs']['by_kind'] = { hiring: 0, reskilling: 0, redundancy: 0, overstaffing: 0, reduced_hours: 0, shortage: 0 };

/** `persons` permanent people of one function, born mid-1975, each full time. */
export const cell = (functionId: string, persons: number): Cell => ({ functionId, birthYear: 1975, birthMonth: 7, contract: 'permanent', endYear: null, group: '', persons, fte: persons });
