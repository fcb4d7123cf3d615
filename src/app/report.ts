import { assertOrganisationShowable, mergePlanPrivacy, suppressedFunctionIds } from './privacy.js';
import { loadInputs, type LoadOptions, type LoadedInputs } from './load-inputs.js';
import { buildProjectResult, projectInputsDetail, type MonteCarloRequest } from './project.js';
import { buildPlan } from './plan.js';
import { reskillResultOf } from './reskill-plan.js';
import { runBacktest } from './backtest.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { roundMoney } from '../domain/round.js';
import { planUnmetFteYears } from '../domain/plan.js';
import type { PlanProgressListener } from '../model/plan/solve-plan-lp.js';
import { buildOrganiseResult } from './organise.js';
import type { ReportSource } from '../domain/results.js';
import { assertNoWithheldRuleDiffers, buildCompareResult, planFiguresOf } from './compare.js';
import { loadScenarioSet } from './load-scenario-set.js';
import { buildSensitivityResult } from './sensitivity.js';

/**
 * Assembles everything the report is built from: projection → result → the action plan (SPEC §3.3,
 * the scenario's `plan:` block or its defaults, as `spp plan` and `spp reskill` solve it), plus the
 * cells and the scenario as written. Returns data only; report/ turns it into report data and text.
 */
export async function buildReportSource(inputs: LoadedInputs, monteCarlo?: MonteCarloRequest, onPlanProgress?: PlanProgressListener): Promise<ReportSource> {
  const { detail, summary } = await projectInputsDetail(inputs, monteCarlo);
  const { projection } = detail;
  const project = buildProjectResult(inputs, projection, summary);
  const { result: plan } = await buildPlan(inputs, detail, undefined, onPlanProgress);
  return {
    project,
    plan,
    // The routes as spp reskill shows them: a route from or into a function spp project withholds is one
    // route from or into those functions together (app/privacy.ts), not named (groei-sociaal-ruimte: F082 → F031).
    reskill: reskillResultOf(mergePlanPrivacy(plan, suppressedFunctionIds(inputs, projection)), inputs.scenario.reskilling, inputs.functions),
    scenario: inputs.scenario,
    cells: inputs.workforce.cells,
    raw: inputs.loaded.raw,
    locate: (path) => inputs.loaded.locate(path),
    given: inputs.given,
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
  /**
   * `--actual NEW [--previous OLD]`: a backtest paragraph in the appendix — the scenario applied to
   * OLD (default: the report's own headcount) and scored against NEW, as `spp backtest` does.
   */
  backtest?: { actual: string; previous?: string };
  /** Told what the solve of the report's own plan is doing (a progress line on a terminal). */
  onPlanProgress?: PlanProgressListener;
  /** With `sensitivity`: told how many of its variants are done (a progress line on a terminal). */
  onSensitivityProgress?: (done: number, total: number) => void;
  /** With `compareWith`: told how many of the compared scenarios' plans are solved. */
  onComparePlanProgress?: (done: number, total: number) => void;
}

/** `spp report`: load, project (with --runs: and simulate), plan; the source of the report, with the chapters asked for. */
export async function runReport(load: LoadOptions, chapters: ReportChapters = {}): Promise<{ inputs: LoadedInputs[]; source: ReportSource; diagnostics: Diagnostic[] }> {
  const others = chapters.compareWith ?? [];
  let all: LoadedInputs[];
  if (others.length > 0 && load.scenario !== undefined) {
    const { scenario, example: _example, ...data } = load;
    all = await loadScenarioSet([scenario, ...others], data);
  } else all = [await loadInputs(load)];
  const inputs = all[0]!;
  for (const loaded of all) assertOrganisationShowable(loaded, 'report');
  assertNoWithheldRuleDiffers(all);
  const source = await buildReportSource(inputs, chapters.monteCarlo, chapters.onPlanProgress);
  if (all.length > 1) {
    // Every scenario's plan cost, with spp plan's defaults where a scenario has no plan: block (the report
    // shows its own plan in any case); its own plan is the one solved above, not solved again.
    const others = await planFiguresOf(all.slice(1), chapters.onComparePlanProgress, true);
    source.comparison = await buildCompareResult(all, undefined, [{ cost: roundMoney(source.plan.costs.total), unmet: planUnmetFteYears(source.plan) }, ...others], chapters.monteCarlo);
  }
  if (chapters.sensitivity) source.sensitivity = await buildSensitivityResult(inputs, chapters.onSensitivityProgress !== undefined ? { onProgress: chapters.onSensitivityProgress } : {});
  const diagnostics: Diagnostic[] = [];
  if (chapters.backtest !== undefined) {
    const { actual, previous } = chapters.backtest;
    const { example: _example, ...data } = load;
    // The scenario the report ran (the bundled example's when none was named).
    const scenario = load.scenario ?? inputs.files.find((f) => f.role === 'scenario')?.path;
    const backtest = await runBacktest({
      ...data,
      ...(scenario !== undefined ? { scenario } : {}),
      ...(previous !== undefined ? { headcount: previous } : data.headcount !== undefined ? { headcountIsOwn: true } : {}),
      actual,
      ...(chapters.monteCarlo !== undefined ? { monteCarlo: { ...chapters.monteCarlo, onProgress: () => {} } } : {}),
    });
    source.backtest = backtest.result;
    // The report's own files were read and reported already: only what the backtest adds is new.
    const key = (d: Diagnostic): string => [d.code, d.file, d.line, d.column, d.message].join('\0');
    const seen = new Set(inputs.diagnostics.map(key));
    diagnostics.push(...backtest.diagnostics.filter((d) => !seen.has(key(d))));
  }
  return { inputs: all, source, diagnostics };
}
