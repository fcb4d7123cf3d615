import type { ProjectResult } from '../domain/results.js';
import { loadInputs, type LoadOptions, type LoadedInputs } from './load-inputs.js';
import { makeStamp } from './stamp.js';
import type { Stamp } from '../domain/results.js';
import { projectScenario } from '../model/project.js';
import type { FunctionResult, Projection, YearRow } from '../domain/projection.js';
import { roundDeep } from '../domain/round.js';
import { UserError } from '../diagnostics/diagnostic.js';


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

/**
 * `--by COLUMN` shows supply and flows per group; a group of fewer than privacy.min_group people at
 * the start would describe individuals, so such a grouping is refused (SPEC §4 Privacy; #13). Groups
 * are not merged silently: the user picks a coarser column or, deliberately, a lower min_group.
 */
export function checkGroupPrivacy(groups: readonly { id: string; years: readonly YearRow[] }[], by: string, minGroup: number): void {
  const small = groups.filter((g) => {
    const persons = g.years[0]?.supply_persons ?? 0;
    return persons > 0 && persons < minGroup;
  });
  if (small.length === 0) return;
  throw new UserError(
    `--by ${by}: ${small.length} of ${groups.length} groups have fewer than ${minGroup} people (privacy.min_group), ` +
      'so their figures would describe individuals. Group by a coarser column, or set privacy.min_group in the scenario if your privacy officer agrees.',
    2,
  );
}

/** `spp project`: load, project, assemble. */
export async function runProject(options: LoadOptions): Promise<{ inputs: LoadedInputs; projection: Projection; result: ProjectResult }> {
  const inputs = await loadInputs(options);
  const projection = projectScenario({ scenario: inputs.scenario, functions: inputs.functions, workforce: inputs.workforce });
  if (options.groupBy !== undefined) checkGroupPrivacy(projection.groups, options.groupBy, inputs.scenario.privacy.min_group);
  return { inputs, projection, result: buildProjectResult(inputs, projection) };
}
