import type { ExplainResult } from '../domain/results.js';
import type { FunctionExplanation } from '../domain/explanation.js';
import type { ProjectionInput } from '../model/project.js';
import { loadInputs, type LoadOptions, type LoadedInputs } from './load-inputs.js';
import { makeStamp } from './stamp.js';
import { explainFunction } from '../model/explain.js';
import { withEmergingFunctions } from '../model/emerging.js';
import { didYouMean, UserError } from '../diagnostics/diagnostic.js';
import { roundDeep } from '../domain/round.js';
import { positionsOf } from '../model/organise.js';
import { withGapSources } from '../model/gap-sources.js';

/** The explanation's years with replacement_fte and expansion_fte (SPEC §3.1), from the same flows. */
function explainYearsWithSources(explanation: FunctionExplanation): ExplainResult['years'] {
  const rows = explanation.years.map((y) => ({
    year: y.year,
    supply_fte: y.supply.start_fte,
    supply_persons: y.supply.start_persons,
    demand_fte: y.demand.demand_fte,
    gap_fte: y.gap_fte,
    retired_fte: y.supply.retired_fte,
    contract_ended_fte: y.supply.contract_ended_fte,
    attrition_fte: y.supply.attrition_fte,
    moved_in_fte: y.supply.moved_in_fte,
    moved_out_fte: y.supply.moved_out_fte,
  }));
  return withGapSources(rows).map((r, i) => ({ ...explanation.years[i]!, replacement_fte: r.replacement_fte, expansion_fte: r.expansion_fte }));
}
import { projectScenarioDetail } from '../model/project.js';
import { buildPlan } from './plan.js';

/** The explanation of one function; a usage error (exit 2) with a suggestion for an unknown id. */
export function explainKnownFunction(input: ProjectionInput, functionId: string): FunctionExplanation {
  const explanation = explainFunction(input, functionId);
  if (explanation === undefined) {
    const ids = withEmergingFunctions(input.scenario, input.functions).map((f) => f.id);
    throw new UserError(`unknown function '${functionId}'.${didYouMean(functionId, ids)}`, 2);
  }
  return explanation;
}

/** `spp explain FUNCTION`: load, explain, round once. */
export async function runExplain(options: LoadOptions, functionId: string): Promise<{ inputs: LoadedInputs; result: ExplainResult }> {
  const inputs = await loadInputs(options);
  const input = { scenario: inputs.scenario, functions: inputs.functions, workforce: inputs.workforce };
  const explanation = explainKnownFunction(input, functionId);
  const result: ExplainResult = roundDeep({
    schema: 'spp.explain/1',
    stamp: makeStamp(inputs.scenario.id, inputs.files),
    scenario: { id: inputs.scenario.id, title: inputs.scenario.title ?? null },
    ...explanation,
    position: positionsOf(inputs.scenario, [{ id: explanation.id, tasks: taskMixOf(inputs, explanation.id) }], explanation.years.map((y) => y.year)).get(explanation.id)!,
    years: explainYearsWithSources(explanation),
  });
  // The plan's decisions, when the scenario asks for a plan (solving it takes longer than the chain itself).
  if (inputs.scenario.plan !== undefined) {
    const { result: plan } = await buildPlan(inputs, projectScenarioDetail(input));
    result.plan = {
      years: plan.functions.find((f) => f.id === functionId)?.years ?? [],
      pathways: plan.pathways.filter((p) => p.from === functionId || p.to === functionId).sort((a, b) => a.year - b.year || (a.from + a.to < b.from + b.to ? -1 : 1)),
      shortfalls: plan.shortfalls.filter((s) => s.function === functionId).map(({ function: _f, ...s }) => s),
    };
  }
  return { inputs, result };
}


/** The task shares of a function of the data or an emerging function of the scenario. */
function taskMixOf(inputs: LoadedInputs, functionId: string): Record<string, number> {
  return withEmergingFunctions(inputs.scenario, inputs.functions).find((f) => f.id === functionId)?.tasks ?? {};
}
