import type { ExplainResult } from '../domain/results.js';
import type { FunctionExplanation } from '../domain/explanation.js';
import type { ProjectionInput } from '../model/project.js';
import { loadInputs, type LoadOptions, type LoadedInputs } from './load-inputs.js';
import { makeStamp } from './stamp.js';
import { explainFunction } from '../model/explain.js';
import { withEmergingFunctions } from '../model/emerging.js';
import { didYouMean, UserError } from '../diagnostics/diagnostic.js';
import { roundDeep } from '../domain/round.js';
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
