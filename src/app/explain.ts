import type { ExplainResult } from '../domain/results.js';
import type { FunctionExplanation } from '../domain/explanation.js';
import type { ProjectionInput } from '../model/project.js';
import { loadInputs, type LoadOptions, type LoadedInputs } from './load-inputs.js';
import { makeStamp } from './stamp.js';
import { explainFunction } from '../model/explain.js';
import { withEmergingFunctions } from '../model/emerging.js';
import { didYouMean, UserError } from '../diagnostics/diagnostic.js';
import { roundDeep } from '../domain/round.js';
import type { Scenario } from '../domain/scenario-schema.js';

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
  const explanation = explainKnownFunction({ scenario: inputs.scenario, functions: inputs.functions, workforce: inputs.workforce }, functionId);
  const result: ExplainResult = roundDeep({
    schema: 'spp.explain/1',
    stamp: makeStamp(inputs.scenario.id, inputs.files),
    scenario: { id: inputs.scenario.id, title: inputs.scenario.title ?? null },
    ...protectExplanation(explanation, inputs.scenario),
  });
  return { inputs, result };
}

/**
 * Privacy (SPEC §4, privacy.min_group) for one function's chain: ages are shown as the attrition
 * rule's band ("<35", "all"), never as the ages of the people in the function (a band "31-50" names
 * the youngest and the oldest); a function with fewer than min_group people at the start shows its
 * supply only as FTE, without persons and without the outflow by kind, year by year.
 */
export function protectExplanation(explanation: FunctionExplanation, scenario: Scenario): Pick<ExplainResult, 'privacy' | 'years'> & Omit<FunctionExplanation, 'years'> {
  const minGroup = scenario.privacy.min_group;
  const persons = explanation.years[0]?.supply.start_persons ?? 0;
  const suppressed = persons > 0 && Math.round(persons) < minGroup;
  const band = (index: number): string => scenario.workforce.attrition[index]?.ages?.replace(/\s+/g, '') ?? 'all';
  return {
    ...explanation,
    privacy: { min_group: minGroup, suppressed },
    years: explanation.years.map((y) => ({
      ...y,
      supply: suppressed
        ? { suppressed: 'min_group' as const, start_fte: y.supply.start_fte, end_fte: y.supply.end_fte }
        : { ...y.supply, attrition: y.supply.attrition.map((a) => ({ ...a, ages: band(a.rule_index) })) },
    })),
  };
}
