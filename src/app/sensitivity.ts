import { assertOrganisationShowable, withheldGroups, withheldSupplyRules } from './privacy.js';
import { projectInputs } from './project.js';
import { roundDeep, roundMoney } from '../domain/round.js';
import { DEFAULT_DELTA, type SensitivityResult } from '../domain/sensitivity.js';
import { numericAssumptions, projectionMetrics, runSensitivity, type EvaluateVariant, type SensitivityRunOptions } from '../model/sensitivity.js';
import { projectScenarioDetail, type ProjectionDetail } from '../model/project.js';
import { loadInputs, type LoadedInputs, type LoadOptions } from './load-inputs.js';
import { makeStamp } from './stamp.js';
import { projectVariant } from './project-variant.js';
import { planTotalCost } from './plan.js';
import { openPlanSolver, type PlanSolver } from './plan-solver.js';
import type { SolvedPlan } from './solved-plan.js';

export interface SensitivityOptions {
  delta?: number;
  /** False: leave the plan out even when the scenario has a `plan:` block (no plan is solved). */
  plan?: boolean;
  /** Called after every variant (the CLI's progress line): a plan takes seconds per variant. Counts up, in whatever order variants finish. */
  onProgress?: (done: number, total: number) => void;
  /** Plans solved at once, on worker threads (1: none, every plan in this thread); default SPP_WORKERS, else the cores (app/plan-solver.ts). */
  workers?: number;
}

/**
 * How each variant is evaluated. Without a plan: a projection of the loaded data (already read and
 * folded once). With a plan: the projection with its detail (the plan's natural flows), then the
 * plan's LP through `spp plan`'s use-case; a variant of a plan cost parameter keeps the base
 * projection and only re-solves the plan; a variant whose LP inputs an earlier one had is not
 * solved again. Every variant's solver is given the base plan's choice of pathway-years (a hint:
 * see solvePlanLp), so a variant waits for the base plan before its own is solved.
 */
function evaluator(inputs: LoadedInputs, solver: PlanSolver | undefined): EvaluateVariant {
  if (solver === undefined) {
    const project = projectVariant(inputs);
    return async (scenario) => ({ ...projectionMetrics(project(scenario)), plan_cost: null });
  }
  const cache = new Map<string, Promise<SolvedPlan>>();
  let baseDetail: ProjectionDetail | undefined;
  let basePlan: Promise<SolvedPlan> | undefined;
  return async (scenario, planOnly) => {
    const detail =
      planOnly && baseDetail !== undefined ? baseDetail : projectScenarioDetail({ scenario, functions: inputs.functions, workforce: inputs.workforce });
    const base = baseDetail === undefined;
    baseDetail ??= detail;
    const metrics = projectionMetrics(detail.projection);
    try {
      if (base) {
        basePlan = planTotalCost({ ...inputs, scenario }, detail, { cache, solver });
        return { ...metrics, plan_cost: roundMoney((await basePlan).total) };
      }
      // The base is task 0 (runSensitivity starts it first) and must solve, else the run ends there.
      const { hint } = await basePlan!;
      return { ...metrics, plan_cost: roundMoney((await planTotalCost({ ...inputs, scenario }, detail, { cache, solver, hint })).total) };
    } catch (error) {
      // The scenario's own plan must solve (as in spp plan); a variant whose plan the solver gives up
      // on keeps its gap and shortage, and its plan cost is unknown (null, with a note).
      if (base) throw error;
      return { ...metrics, plan_cost: null };
    }
  };
}

const progress = (options: SensitivityOptions): SensitivityRunOptions => (options.onProgress !== undefined ? { onProgress: options.onProgress } : {});

/**
 * The run with the plan: the base and every variant's plan on the solver's workers. Twice as many
 * variants in flight as workers, so a worker finds its next plan waiting while this thread projects
 * the one after; in this thread (1 worker), one variant at a time as before.
 */
async function withPlanSolver(inputs: LoadedInputs, options: SensitivityOptions, delta: number): ReturnType<typeof runSensitivity> {
  const solver = await openPlanSolver(1 + 2 * numericAssumptions(inputs.scenario).length, options.workers);
  try {
    const concurrency = solver.parallel === 1 ? 1 : 2 * solver.parallel;
    return await runSensitivity(inputs.scenario, inputs.functions, delta, evaluator(inputs, solver), { ...progress(options), concurrency });
  } finally {
    await solver.close();
  }
}

/**
 * The paths of the supply rules about the groups `spp project` withholds (SPEC §4): an attrition
 * rule of such a function or family, a transition from or to such a function. Moving one changes
 * the gap by what its few people do (a one-person function's attrition rule gave that person's FTE).
 * Rules of demand (growth, automation, overrides) are about the work and stay: a withheld function's
 * demand is its formation times the scenario's factors (data in which it has none is refused, as by
 * `spp project`: withheldGroups, app/formation-privacy.ts).
 */
function privacyWithheld(inputs: LoadedInputs): Set<string> {
  return new Set(withheldSupplyRules(inputs.scenario, withheldGroups(inputs, projectInputs(inputs).projection)).keys());
}

/** Sensitivity of the loaded scenario, rounded once. */
export async function buildSensitivityResult(inputs: LoadedInputs, options: SensitivityOptions = {}): Promise<SensitivityResult> {
  const { scenario } = inputs;
  assertOrganisationShowable(inputs, 'sensitivity');
  // Before the variants run: it refuses data in which a withheld function has no formation.
  const withheld = privacyWithheld(inputs);
  const delta = options.delta ?? DEFAULT_DELTA;
  const withPlan = scenario.plan !== undefined && options.plan !== false;
  const { plan: _plan, ...withoutPlan } = scenario;
  const run = withPlan ? await withPlanSolver(inputs, options, delta) : await runSensitivity(withoutPlan, inputs.functions, delta, evaluator(inputs, undefined), progress(options));
  const notes = [
    `each assumption moved by −${delta * 100}% and +${delta * 100}% of its value, one at a time, within its valid range; the retirement age by ±${Math.round(delta * 10 * 100) / 100} years`,
    'effects are the change against the base run: gap at the horizon (FTE, negative: more shortage) and shortage summed over functions and the years after the start (FTE-years)',
  ];
  if (withPlan) {
    notes.push("with the plan: every variant re-solves the plan (spp plan); plan cost is the plan's total cost in euros, its cost parameters are moved too and change only the plan cost");
  } else if (scenario.plan !== undefined) notes.push('--no-plan: the plan is not solved, so the plan cost and its cost parameters are not part of this run');
  else notes.push('the scenario has no plan: the plan cost and its cost parameters are not part of this run');
  const notVaried = run.not_varied;
  const overridden = notVaried.filter((n) => n.reason === 'overridden');
  const unmoved = notVaried.filter((n) => n.reason === 'unmoved');
  if (overridden.length > 0) notes.push(`not used, so not varied: ${overridden.map((n) => `${n.path} (overridden everywhere by ${n.by})`).join(', ')}`);
  if (unmoved.length > 0) notes.push(`not varied: ${unmoved.map((n) => `${n.path} (${JSON.stringify(n.base_value)})`).join(', ')}: −${delta * 100}% and +${delta * 100}% of that value leave it as it is`);
  if (withheld.size > 0) notes.push(`left out for privacy: ${[...withheld].join(', ')} (a rule of a function or family with fewer than privacy.min_group ${scenario.privacy.min_group} persons, or withheld with one; its effect is what those few people do)`);
  return roundDeep({
    schema: 'spp.sensitivity/1',
    stamp: makeStamp(scenario.id, inputs.files),
    scenario: { id: scenario.id, title: scenario.title ?? null, horizon: { ...scenario.horizon } },
    delta,
    base: run.base,
    assumptions: run.assumptions.filter((a) => !withheld.has(a.path)),
    ...(withheld.size > 0 ? { withheld: [...withheld] } : {}),
    ...(notVaried.length > 0 ? { not_varied: notVaried } : {}),
    notes,
  });
}

/** `spp sensitivity`: load, run every variant, rank. */
export async function runSensitivityCommand(load: LoadOptions, options: SensitivityOptions = {}): Promise<{ inputs: LoadedInputs; result: SensitivityResult }> {
  const inputs = await loadInputs(load);
  return { inputs, result: await buildSensitivityResult(inputs, options) };
}
