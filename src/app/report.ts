import { loadInputs, type LoadOptions, type LoadedInputs } from './load-inputs.js';
import { buildProjectResult } from './project.js';
import { buildReskillResult } from './reskill.js';
import { buildOrganiseResult } from './organise.js';
import { projectScenario } from '../model/project.js';
import type { ReportSource } from '../domain/results.js';

/**
 * Assembles everything the report is built from: projection → result → reskilling plan, plus the
 * cells and the scenario as written. Returns data only; report/ turns it into report data and text.
 */
export async function buildReportSource(inputs: LoadedInputs): Promise<ReportSource> {
  const projection = projectScenario({ scenario: inputs.scenario, functions: inputs.functions, workforce: inputs.workforce });
  const project = buildProjectResult(inputs, projection);
  const reskill = await buildReskillResult(inputs, projection);
  return {
    project,
    reskill,
    scenario: inputs.scenario,
    cells: inputs.workforce.cells,
    raw: inputs.loaded.raw,
    locate: (path) => inputs.loaded.locate(path),
    usedExample: inputs.usedExample,
    organise: buildOrganiseResult(inputs, projection),
  };
}

/** `spp report`: load, project, plan; the source of the report. */
export async function runReport(load: LoadOptions): Promise<{ inputs: LoadedInputs; source: ReportSource }> {
  const inputs = await loadInputs(load);
  return { inputs, source: await buildReportSource(inputs) };
}
