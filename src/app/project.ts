import type { ProjectResult } from '../domain/results.js';
import { loadInputs, type LoadOptions, type LoadedInputs } from './load-inputs.js';
import { makeStamp } from './stamp.js';
import type { Stamp } from '../domain/results.js';
import { projectScenario } from '../model/project.js';
import type { FunctionResult, Projection, YearRow } from '../domain/projection.js';
import { positionsOf } from '../model/organise.js';
import { roundDeep } from '../domain/round.js';
import { projectionWithGapSources } from '../model/gap-sources.js';


/** Assembles the canonical, rounded result from inputs and a projection. */
export function buildProjectResult(inputs: LoadedInputs, projection: Projection): ProjectResult {
  const { scenario } = inputs;
  const positions = positionsOf(scenario, projection.functions.map((f) => ({ id: f.id, tasks: f.task_mix.start })), projection.years);
  const sourced = projectionWithGapSources(projection);
  return roundDeep({
    schema: 'spp.result/1',
    stamp: makeStamp(scenario.id, inputs.files),
    scenario: { id: scenario.id, title: scenario.title ?? null, horizon: { ...scenario.horizon } },
    years: projection.years,
    // The position keys (SPEC §3.7) go before the long list of years, so a reader meets them with the status.
    functions: sourced.functions.map(({ years, ...rest }) => ({ ...rest, ...positions.get(rest.id)!, years })),
    families: sourced.families,
    groups: sourced.groups,
    totals: sourced.totals,
    vulnerable: projection.vulnerable,
    assumptions: projection.assumptions,
  });
}

/** `spp project`: load, project, assemble. */
export async function runProject(options: LoadOptions): Promise<{ inputs: LoadedInputs; projection: Projection; result: ProjectResult }> {
  const inputs = await loadInputs(options);
  const projection = projectScenario({ scenario: inputs.scenario, functions: inputs.functions, workforce: inputs.workforce });
  return { inputs, projection, result: buildProjectResult(inputs, projection) };
}
