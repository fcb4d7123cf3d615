import { loadInputs, type LoadOptions, type LoadedInputs } from './load-inputs.js';
import { makeStamp, type Stamp } from './stamp.js';
import { projectScenario, type FunctionResult, type Projection, type YearRow } from '../model/project.js';
import { roundDeep } from '../domain/round.js';

/** The canonical projection result (SPEC §4 `spp.result/1`); every output format renders from it. */
export interface ProjectResult {
  schema: 'spp.result/1';
  stamp: Stamp;
  scenario: { id: string; title: string | null; horizon: { start: number; end: number } };
  years: number[];
  functions: FunctionResult[];
  families: { id: string; years: YearRow[] }[];
  groups: { id: string; years: YearRow[] }[];
  totals: { years: YearRow[] };
  vulnerable: Projection['vulnerable'];
  assumptions: string[];
}

/** Assembles the canonical, rounded result from inputs and a projection. */
export function buildProjectResult(inputs: LoadedInputs, projection: Projection): ProjectResult {
  const { scenario } = inputs;
  return roundDeep({
    schema: 'spp.result/1',
    stamp: makeStamp(scenario.id, inputs.files),
    scenario: { id: scenario.id, title: scenario.title ?? null, horizon: { ...scenario.horizon } },
    years: projection.years,
    functions: projection.functions,
    families: projection.families,
    groups: projection.groups,
    totals: projection.totals,
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
