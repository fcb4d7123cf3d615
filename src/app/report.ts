import { loadInputs, type LoadOptions, type LoadedInputs } from './load-inputs.js';
import { buildProjectResult, projectInputs, type MonteCarloRequest } from './project.js';
import { buildReskillResult } from './reskill.js';
import { buildOrganiseResult } from './organise.js';
import type { ReportSource } from '../domain/results.js';
import { buildCompareResult, planCostsOf } from './compare.js';
import { loadScenarioSet } from './load-scenario-set.js';
import { buildSensitivityResult } from './sensitivity.js';

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
    organise: buildOrganiseResult(inputs, projection),
  };
}

/** The report's optional chapters. */
export interface ReportChapters {
  /** `--runs N --seed S`: Monte Carlo bands in the report. */
  monteCarlo?: MonteCarloRequest;
  /** More scenarios, compared with the report's own in a chapter (each data file is read once). */
  compareWith?: readonly string[];
  /** Add the sensitivity chapter (a tornado). */
  sensitivity?: boolean;
}

/** `spp report`: load, project (with --runs: and simulate), plan; the source of the report, with the chapters asked for. */
export async function runReport(load: LoadOptions, chapters: ReportChapters = {}): Promise<{ inputs: LoadedInputs[]; source: ReportSource }> {
  const others = chapters.compareWith ?? [];
  let all: LoadedInputs[];
  if (others.length > 0 && load.scenario !== undefined) {
    const { scenario, example: _example, ...data } = load;
    all = await loadScenarioSet([scenario, ...others], data);
  } else all = [await loadInputs(load)];
  const inputs = all[0]!;
  const source = await buildReportSource(inputs, chapters.monteCarlo);
  if (all.length > 1) source.comparison = buildCompareResult(all, undefined, await planCostsOf(all), chapters.monteCarlo);
  if (chapters.sensitivity) source.sensitivity = await buildSensitivityResult(inputs);
  return { inputs: all, source };
}
