import { loadInputs, type LoadOptions, type LoadedInputs } from './load-inputs.js';
import { buildProjectResult } from './project.js';
import { buildReskillResult } from './reskill.js';
import { projectScenario } from '../model/project.js';
import { buildReportData, type ReportData } from '../report/directie/report-data.js';
import { renderReport, type ReportFormat } from '../report/directie/render-report.js';
import type { ReportLang } from '../report/directie/texts/texts.js';

export interface ReportOptions {
  format: ReportFormat;
  lang: ReportLang;
}

/** Assembles the report's numbers from loaded inputs: projection → result → reskilling plan → report data. */
export async function buildReport(inputs: LoadedInputs): Promise<ReportData> {
  const projection = projectScenario({ scenario: inputs.scenario, functions: inputs.functions, workforce: inputs.workforce });
  const project = buildProjectResult(inputs, projection);
  const reskill = await buildReskillResult(inputs, projection);
  return buildReportData({
    project,
    reskill,
    scenario: inputs.scenario,
    cells: inputs.workforce.cells,
    raw: inputs.loaded.raw,
    locate: (path) => inputs.loaded.locate(path),
    usedExample: inputs.usedExample,
  });
}

/** `spp report`: load, project, plan, render as Markdown or HTML. */
export async function runReport(load: LoadOptions, options: ReportOptions): Promise<{ inputs: LoadedInputs; data: ReportData; text: string }> {
  const inputs = await loadInputs(load);
  const data = await buildReport(inputs);
  return { inputs, data, text: renderReport(data, options) };
}
