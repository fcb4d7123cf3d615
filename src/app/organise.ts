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
 * work (demand) — unless the data gives a function `spp project` withholds no formation: its demand
 * is then its people's FTE (README, "Privacy in every output"), so the withheld functions are left
 * out of the functions, the quadrants and the pool (a quadrant's total minus its shown functions
 * would give them back), and a note says how many.
 */
export function buildOrganiseResult(inputs: LoadedInputs, projection: Projection): OrganiseResult {
  const { scenario } = inputs;
  const withheld = withheldGroups(inputs, projection);
  const hidden = withheld.demand ? withheld.functions : new Set<string>();
  const model = organiseWork(scenario, hidden.size === 0 ? projection : { ...projection, functions: projection.functions.filter((f) => !hidden.has(f.id)) });
  const note = `${hidden.size} withheld ${hidden.size === 1 ? 'function is' : 'functions are'} left out (privacy): not every withheld function has a formation in the data (formation_fte), and without one the work is the people's FTE`;
  return roundDeep({
    schema: 'spp.organise/1',
    stamp: makeStamp(scenario.id, inputs.files),
    scenario: { id: scenario.id, title: scenario.title ?? null, horizon: { ...scenario.horizon } },
    ...model,
    notes: hidden.size === 0 ? model.notes : [...model.notes, note],
  });
}

/** `spp organise`: load, project, place every function in standard or custom work. */
export async function runOrganise(options: LoadOptions): Promise<{ inputs: LoadedInputs; result: OrganiseResult }> {
  const inputs = await loadInputs(options);
  const projection = projectScenario({ scenario: inputs.scenario, functions: inputs.functions, workforce: inputs.workforce });
  return { inputs, result: buildOrganiseResult(inputs, projection) };
}
