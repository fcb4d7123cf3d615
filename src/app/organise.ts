import type { OrganiseResult } from '../domain/organise.js';
import type { Projection } from '../domain/projection.js';
import { roundDeep } from '../domain/round.js';
import { organiseWork } from '../model/organise.js';
import { projectScenario } from '../model/project.js';
import { loadInputs, type LoadOptions, type LoadedInputs } from './load-inputs.js';
import { makeStamp } from './stamp.js';
import { withheldGroups } from './privacy.js';

/**
 * The canonical, rounded `spp.organise/1` result from inputs and their projection. Its FTE are the
 * work (demand): of a function `spp project` withholds, its formation times the scenario's factors —
 * data in which such a function has no formation (its demand would be its people's FTE) is refused,
 * as by `spp project` (withheldGroups, app/formation-privacy.ts).
 */
export function buildOrganiseResult(inputs: LoadedInputs, projection: Projection): OrganiseResult {
  const { scenario } = inputs;
  withheldGroups(inputs, projection);
  const model = organiseWork(scenario, projection);
  return roundDeep({
    schema: 'spp.organise/1',
    stamp: makeStamp(scenario.id, inputs.files),
    scenario: { id: scenario.id, title: scenario.title ?? null, horizon: { ...scenario.horizon } },
    ...model,
  });
}

/** `spp organise`: load, project, place every function in standard or custom work. */
export async function runOrganise(options: LoadOptions): Promise<{ inputs: LoadedInputs; result: OrganiseResult }> {
  const inputs = await loadInputs(options);
  const projection = projectScenario({ scenario: inputs.scenario, functions: inputs.functions, workforce: inputs.workforce });
  return { inputs, result: buildOrganiseResult(inputs, projection) };
}
