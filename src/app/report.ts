import { loadInputs, type LoadOptions, type LoadedInputs } from './load-inputs.js';
import { buildProjectResult, projectInputs, type MonteCarloRequest } from './project.js';
import { buildReskillResult } from './reskill.js';
import type { ReportSource } from '../domain/results.js';

/**
 * Assembles everything the report is built from: projection → result → reskilling plan, plus the
 * cells and the scenario as written. Returns data only; report/ turns it into report data and text.
 */
export async function buildReportSource(inputs: LoadedInputs, monteCarlo?: MonteCarloRequest): Promise<ReportSource> {
  const { projection, summary } = projectInputs(inputs, monteCarlo);
  const project = buildProjectResult(inputs, projection, summary);
  const reskill = await buildReskillResult(inputs, projection);
  return {
    project,
    reskill,
    scenario: inputs.scenario,
    cells: inputs.workforce.cells,
    raw: inputs.loaded.raw,
    locate: (path) => inputs.loaded.locate(path),
    usedExample: inputs.usedExample,
  };
}

/** `spp report`: load, project (with --runs: and simulate), plan; the source of the report. */
export async function runReport(load: LoadOptions, monteCarlo?: MonteCarloRequest): Promise<{ inputs: LoadedInputs; source: ReportSource }> {
  const inputs = await loadInputs(load);
  return { inputs, source: await buildReportSource(inputs, monteCarlo) };
}
