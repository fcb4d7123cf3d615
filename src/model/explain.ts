import type { ExplainDemand, ExplainYear, FunctionExplanation } from '../domain/explanation.js';
import type { Scenario } from '../domain/scenario-schema.js';
import { describeAttritionRule, describeUncertain } from './attrition.js';
import type { DemandBreakdown } from './demand.js';
import { compareText } from '../domain/compare-text.js';
import { expectedValue } from '../domain/uncertain.js';
import { projectScenarioDetail, type ProjectionInput } from './project.js';
import { retirementAgeAt } from './retirement.js';

/**
 * The chain behind one function's numbers, year by year (SPEC §1 `spp explain`). Every number is
 * taken from the same computation as `projectScenario`, so the chain adds up exactly to the
 * projection: start FTE − retired − contract ended − attrition − moved out + moved in = end FTE
 * (the next year's start), and base · G · L · O = demand.
 */

/** The supply and demand chain (FTE) and the status reasoning of one function; undefined for an unknown id. */
export function explainFunction(input: ProjectionInput, functionId: string): FunctionExplanation | undefined {
  const detail = projectScenarioDetail(input);
  const result = detail.projection.functions.find((f) => f.id === functionId);
  if (result === undefined) return undefined;
  const { scenario } = input;
  const supplyYears = detail.supply.functions.get(functionId)!;
  const demandYears = detail.demand.get(functionId)!;
  const transitions = scenario.workforce.transitions[functionId] ?? {};
  const years: ExplainYear[] = supplyYears.map((s, i) => {
    const d = demandYears[i]!;
    return {
      year: s.year,
      supply: {
        start_fte: s.supply_fte,
        start_persons: s.supply_persons,
        aow_age: retirementAgeAt(scenario.workforce.retirement_age, s.year),
        retired_fte: s.retired_fte,
        retired_persons: s.retired_persons,
        contract_ending_fte: s.contract_ending_fte,
        renewed_fte: s.renewed_fte,
        contract_ended_fte: s.contract_ended_fte,
        attrition: s.attrition.map((u) => ({
          rule: describeAttritionRule(scenario.workforce.attrition, u.rule),
          // The model's −1 (no rule matches) is no place in the scenario a reader could look up.
          rule_index: u.rule >= 0 ? u.rule : null,
          rate: u.rate,
          ages: u.min_age === u.max_age ? String(u.min_age) : `${u.min_age}-${u.max_age}`,
          base_fte: u.base_fte,
          base_persons: u.base_persons,
          fte: u.fte,
        })),
        attrition_fte: s.attrition_fte,
        moved_out: Object.keys(s.moved_out_to)
          .sort(compareText)
          .map((to) => ({ to, share: Object.hasOwn(transitions, to) ? expectedValue(transitions[to]!) : 0, fte: s.moved_out_to[to]! })),
        moved_out_fte: s.moved_out_fte,
        moved_in: Object.keys(s.moved_in_from)
          .sort(compareText)
          .map((from) => ({ from, fte: s.moved_in_from[from]! })),
        moved_in_fte: s.moved_in_fte,
        end_fte: s.end_fte,
        end_persons: s.end_persons,
      },
      demand: explainDemand(scenario, d),
      gap_fte: result.years[i]!.gap_fte,
    };
  });
  return {
    id: result.id,
    name: result.name,
    family: result.family,
    emerging: result.emerging,
    years,
    status: {
      status: result.status,
      flags: result.flags,
      rule: result.rule,
      status_year: result.status_year,
      demand_ratio: result.demand_ratio,
      automated_share: result.automated_share,
      shift: result.shift,
      task_shift: result.task_shift,
      skill_shift: result.skill_shift,
      vulnerable: result.vulnerable,
      thresholds: scenario.classification,
    },
    assumptions: detail.projection.assumptions,
    ...(detail.projection.assumptionFacts !== undefined ? { assumptionFacts: detail.projection.assumptionFacts } : {}),
  };
}

function explainDemand(scenario: Scenario, d: DemandBreakdown): ExplainDemand {
  const growthRule = scenario.demand.growth[d.growth_rule];
  const growthText =
    growthRule === undefined
      ? 'no growth rule: 0'
      : `demand.growth[${d.growth_rule}] (${
          growthRule.function !== undefined
            ? `function ${growthRule.function}`
            : growthRule.family !== undefined
              ? `family ${growthRule.family}`
              : 'all'
        }): ${describeUncertain(growthRule.rate)}`;
  return {
    base_fte: d.base_fte,
    growth: { rate: d.growth_rate, rule: growthText, factor: d.growth_factor },
    automation: d.automation,
    automated_share: d.automated_share,
    reinvested: d.reinvested,
    labour_factor: d.labour_factor,
    overrides: d.overrides.map((o) => {
      const override = scenario.demand.overrides[o.index]!;
      const parts: string[] = [];
      if (override.change !== undefined) {
        parts.push(
          `change ${override.change} from ${override.start ?? scenario.horizon.start} to ${override.end ?? scenario.horizon.end}`,
        );
      }
      if (override.discontinue !== undefined) parts.push(`discontinue ${override.discontinue}`);
      return { rule: `demand.overrides[${o.index}] (${parts.join(', ')})`, factor: o.factor };
    }),
    override_factor: d.override_factor,
    points_fte: d.points_fte,
    target_fte: d.target_fte,
    demand_fte: d.demand_fte,
  };
}
