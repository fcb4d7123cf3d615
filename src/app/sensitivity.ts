import { roundDeep } from '../domain/round.js';
import type { SensitivityResult } from '../domain/sensitivity.js';
import { runSensitivity } from '../model/sensitivity.js';
import { loadInputs, type LoadedInputs, type LoadOptions } from './load-inputs.js';
import { makeStamp } from './stamp.js';
import { projectVariant } from './project-variant.js';

/** The default relative move of every assumption (SPEC §3.5): ±20 %. */
export const DEFAULT_DELTA = 0.2;

/** Sensitivity of the loaded scenario, rounded once. */
export function buildSensitivityResult(inputs: LoadedInputs, delta = DEFAULT_DELTA): SensitivityResult {
  const { scenario } = inputs;
  const { base, assumptions } = runSensitivity(scenario, inputs.functions, delta, projectVariant(inputs));
  const notes = [
    `each assumption moved by −${delta * 100}% and +${delta * 100}% of its value, one at a time, within its valid range; the retirement age by ±${Math.round(delta * 10 * 100) / 100} years`,
    'effects are the change against the base run: gap at the horizon (FTE, negative: more shortage) and shortage summed over functions and the years after the start (FTE-years)',
  ];
  if (base.plan_cost === null) notes.push('the scenario has no plan: the plan cost and its cost parameters are not part of this run');
  return roundDeep({
    schema: 'spp.sensitivity/1',
    stamp: makeStamp(scenario.id, inputs.files),
    scenario: { id: scenario.id, title: scenario.title ?? null, horizon: { ...scenario.horizon } },
    delta,
    base,
    assumptions,
    notes,
  });
}

/** `spp sensitivity`: load, run every variant, rank. */
export async function runSensitivityCommand(options: LoadOptions, delta = DEFAULT_DELTA): Promise<{ inputs: LoadedInputs; result: SensitivityResult }> {
  const inputs = await loadInputs(options);
  return { inputs, result: buildSensitivityResult(inputs, delta) };
}
