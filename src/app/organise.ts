import type { OrganiseResult } from '../domain/organise.js';
import type { Projection } from '../domain/projection.js';
import { roundDeep } from '../domain/round.js';
import { organiseWork } from '../model/organise.js';
import { projectScenario } from '../model/project.js';
import { loadInputs, type LoadOptions, type LoadedInputs } from './load-inputs.js';
import { makeStamp } from './stamp.js';

/** The canonical, rounded `spp.organise/1` result from inputs and their projection. */
export function buildOrganiseResult(inputs: LoadedInputs, projection: Projection): OrganiseResult {
  const { scenario } = inputs;
  return roundDeep({
    schema: 'spp.organise/1',
    stamp: makeStamp(scenario.id, inputs.files),
    scenario: { id: scenario.id, title: scenario.title ?? null, horizon: { ...scenario.horizon } },
    ...organiseWork(scenario, projection),
  });
}

/** `spp organise`: load, project, place every function in standard or custom work. */
export async function runOrganise(options: LoadOptions): Promise<{ inputs: LoadedInputs; result: OrganiseResult }> {
  const inputs = await loadInputs(options);
  const projection = projectScenario({ scenario: inputs.scenario, functions: inputs.functions, workforce: inputs.workforce });
  return { inputs, result: buildOrganiseResult(inputs, projection) };
}
