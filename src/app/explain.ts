import { loadInputs, type LoadOptions, type LoadedInputs } from './load-inputs.js';
import { makeStamp, type Stamp } from './stamp.js';
import { explainFunction, type FunctionExplanation } from '../model/explain.js';
import { roundDeep } from '../domain/round.js';

/** Canonical `spp explain F` result: the chain behind one function's numbers. */
export interface ExplainResult extends FunctionExplanation {
  schema: 'spp.explain/1';
  stamp: Stamp;
  scenario: { id: string; title: string | null };
}

/** `spp explain FUNCTION`: load, explain, round once. */
export async function runExplain(options: LoadOptions, functionId: string): Promise<{ inputs: LoadedInputs; result: ExplainResult }> {
  const inputs = await loadInputs(options);
  const explanation = explainFunction({ scenario: inputs.scenario, functions: inputs.functions, workforce: inputs.workforce }, functionId);
  const result: ExplainResult = roundDeep({
    schema: 'spp.explain/1',
    stamp: makeStamp(inputs.scenario.id, inputs.files),
    scenario: { id: inputs.scenario.id, title: inputs.scenario.title ?? null },
    ...explanation,
  });
  return { inputs, result };
}
