import type { YearRow, FunctionResult, Projection } from '../domain/projection.js';
import type { Scenario } from '../domain/scenario-schema.js';
import type { FunctionProfile, Status, Workforce } from '../domain/workforce.js';
import { automationAssumptions, automationLevels } from './automation.js';
import { demandBreakdown, discontinuedFrom, emergingDemandAt, type DemandBreakdown } from './demand.js';
import { compareText, withEmergingFunctions } from './emerging.js';
import { skillRequirementsAt, skillShiftDistance } from './skills.js';
import { classifyFunction } from './status.js';
import { projectSupply, type SupplyProjection, type SupplyYear } from './supply.js';
import { taskMixAfter, totalVariation } from './task-mix.js';

/**
 * The projection of one scenario (SPEC §3): supply, demand, gap and status per function and year,
 * aggregated per family, per group and in total. Pure: values in, a result out; nothing is rounded.
 *
 * Decisions where the SPEC is silent:
 * - Start demand D_f(start) is `formationFte` when set, else the function's occupied FTE at start.
 * - Emerging functions from `demand.emerging` are added with `withEmergingFunctions`; their demand
 *   follows their points, their supply comes only from transitions.
 * - groups: when cells carry a non-empty `group`, supply and flows per group are summed from cells;
 *   the demand of a function is split over groups in proportion to each group's FTE in that function
 *   at start. A function without FTE at start (emerging, or vacant) adds no demand to any group.
 * - families and totals are sums over the functions (family '' for functions without one).
 */

export interface ProjectionInput {
  scenario: Scenario;
  functions: FunctionProfile[];
  workforce: Workforce;
}




/** Everything computed on the way, shared with `explain` so its numbers are the projection's. */
export interface ProjectionDetail {
  projection: Projection;
  functions: FunctionProfile[];
  supply: SupplyProjection;
  /** By function id, one breakdown per horizon year. */
  demand: Map<string, DemandBreakdown[]>;
}

/** Projects supply, demand (FTE), gap and status for every function and year of the horizon. */
export function projectScenario(input: ProjectionInput): Projection {
  return projectScenarioDetail(input).projection;
}

/** As projectScenario, with the supply and demand breakdowns behind every number. */
export function projectScenarioDetail(input: ProjectionInput): ProjectionDetail {
  const { scenario, workforce } = input;
  const functions = withEmergingFunctions(scenario, input.functions);
  const supply = projectSupply(scenario, functions, workforce);
  const years = supply.years;
  const levelsAt = years.map((t) => automationLevels(scenario, t));
  const demandById = new Map<string, DemandBreakdown[]>();

  const results: FunctionResult[] = functions.map((fn) => {
    const supplyYears = supply.functions.get(fn.id)!;
    const startFte = supplyYears[0]?.supply_fte ?? 0;
    const points = scenario.demand.emerging.find((e) => e.id === fn.id)?.demand ?? {};
    const base = fn.emerging ? emergingDemandAt(points, scenario.horizon.start) : (fn.formationFte ?? startFte);
    const breakdowns = years.map((t) => demandBreakdown(scenario, fn, base, t));
    demandById.set(fn.id, breakdowns);
    const demand = breakdowns.map((b) => b.demand_fte);
    const skillsStart = skillRequirementsAt(scenario, fn, scenario.horizon.start);
    const skillsAt = years.map((t) => skillRequirementsAt(scenario, fn, t));
    const taskMixAt = levelsAt.map((levels) => taskMixAfter(fn.tasks, levels));
    const status = classifyFunction(
      {
        years,
        demand,
        automated: breakdowns.map((b) => b.automated_share),
        taskShift: taskMixAt.map((mix) => totalVariation(fn.tasks, mix)),
        skillShift: skillsAt.map((req) => skillShiftDistance(fn.skills, req)),
        discontinued: discontinuedFrom(scenario, fn),
        emerging: fn.emerging === true,
      },
      scenario.classification,
    );
    return {
      id: fn.id,
      name: fn.name,
      family: fn.family,
      status: status.status,
      flags: status.flags,
      vulnerable: status.vulnerable,
      rule: status.rule,
      demand_ratio: status.demand_ratio,
      automated_share: status.automated_share,
      shift: status.shift,
      task_shift: status.task_shift,
      skill_shift: status.skill_shift,
      status_year: status.status_year,
      emerging: fn.emerging === true,
      task_mix: { start: { ...fn.tasks }, end: taskMixAt[taskMixAt.length - 1] ?? { ...fn.tasks } },
      skills: { start: { ...fn.skills }, end: skillsAt[skillsAt.length - 1] ?? skillsStart },
      years: supplyYears.map((s, i) => yearRow(s, demand[i]!)),
    };
  });

  const families = new Map<string, YearRow[][]>();
  for (const r of results) {
    const list = families.get(r.family) ?? [];
    list.push(r.years);
    families.set(r.family, list);
  }
  const groups: { id: string; years: YearRow[] }[] = [];
  for (const [group, groupSupply] of supply.groups) {
    const rows = groupSupply.map((s, i) => {
      let demand = 0;
      for (const r of results) {
        const split = supply.startGroupFte.get(r.id);
        if (split === undefined) continue;
        let total = 0;
        for (const fte of split.values()) total += fte;
        const mine = split.get(group) ?? 0;
        if (total > 0 && mine > 0) demand += (r.years[i]!.demand_fte * mine) / total;
      }
      return yearRow(s, demand);
    });
    groups.push({ id: group, years: rows });
  }

  const vulnerable = { functions: 0, persons: 0, fte: 0 };
  for (const r of results) {
    if (!r.vulnerable) continue;
    vulnerable.functions += 1;
    vulnerable.persons += supply.functions.get(r.id)![0]?.supply_persons ?? 0;
    vulnerable.fte += r.years[0]?.supply_fte ?? 0;
  }

  const assumptions = [...supply.assumptions, ...automationAssumptions(scenario)];
  if (groups.length > 0) {
    assumptions.push("demand split over groups in proportion to each group's FTE in the function at start");
  }
  const projection: Projection = {
    years,
    functions: results,
    families: [...families.entries()]
      .sort((a, b) => compareText(a[0], b[0]))
      .map(([id, lists]) => ({ id, years: sumRows(years, lists) })),
    groups,
    totals: { years: sumRows(years, results.map((r) => r.years)) },
    vulnerable,
    assumptions,
  };
  return { projection, functions, supply, demand: demandById };
}

function yearRow(s: SupplyYear, demand: number): YearRow {
  return {
    year: s.year,
    supply_fte: s.supply_fte,
    supply_persons: s.supply_persons,
    demand_fte: demand,
    gap_fte: s.supply_fte - demand,
    retired_fte: s.retired_fte,
    contract_ended_fte: s.contract_ended_fte,
    attrition_fte: s.attrition_fte,
    moved_in_fte: s.moved_in_fte,
    moved_out_fte: s.moved_out_fte,
  };
}

const SUMMED = [
  'supply_fte',
  'supply_persons',
  'demand_fte',
  'gap_fte',
  'retired_fte',
  'contract_ended_fte',
  'attrition_fte',
  'moved_in_fte',
  'moved_out_fte',
] as const;

/** Sums year rows element-wise (in the given order, so the result is deterministic). */
function sumRows(years: number[], lists: YearRow[][]): YearRow[] {
  return years.map((year, i) => {
    const row: YearRow = {
      year,
      supply_fte: 0,
      supply_persons: 0,
      demand_fte: 0,
      gap_fte: 0,
      retired_fte: 0,
      contract_ended_fte: 0,
      attrition_fte: 0,
      moved_in_fte: 0,
      moved_out_fte: 0,
    };
    for (const list of lists) {
      const r = list[i];
      if (r === undefined) continue;
      for (const key of SUMMED) row[key] += r[key];
    }
    return row;
  });
}
