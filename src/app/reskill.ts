import type { ReskillResult, PathwaysResult } from '../domain/results.js';
import { mergeReskillPrivacy, suppressedFunctionIds } from './privacy.js';
import { loadInputs, type LoadOptions, type LoadedInputs } from './load-inputs.js';
import { makeStamp } from './stamp.js';
import type { Stamp } from '../domain/results.js';
import { projectScenario } from '../model/project.js';
import type { Projection } from '../domain/projection.js';
import { skillRequirementsAt } from '../model/skills.js';
import { evaluatePathwayVerdicts, evaluatePathways, pathwaysFrom, type PathwayFunction, type PathwaySelection } from '../model/pathways.js';
import type { PathwayVerdict } from '../domain/pathway.js';
import { planReskilling, reskillPathwaySelection } from '../model/plan-reskilling.js';
import type { ReskillPlan } from '../domain/pathway.js';
import { refineRequirements } from '../model/refine-requirements.js';
import { UserError } from '../diagnostics/diagnostic.js';
import { round, roundDeep, roundMoney } from '../domain/round.js';



/**
 * The functions as the pathway rules see them: requirements after `skill_shift` at the horizon end,
 * refined by measured skills from the headcount where given; vulnerable from the projection.
 */
function pathwayFunctions(inputs: LoadedInputs, projection: Projection): PathwayFunction[] {
  const end = inputs.scenario.horizon.end;
  const vulnerable = new Map(projection.functions.map((f) => [f.id, f.vulnerable]));
  const startFte = new Map(projection.functions.map((f) => [f.id, f.years[0]?.supply_fte ?? 0]));
  return inputs.functions.map((fn) => ({
    id: fn.id,
    name: fn.name,
    family: fn.family,
    level: fn.level,
    pay: fn.pay,
    requirements: refineRequirements(skillRequirementsAt(inputs.scenario, fn, end), inputs.workforce.measuredSkills[fn.id], startFte.get(fn.id) ?? 0),
    vulnerable: vulnerable.get(fn.id) ?? false,
  }));
}

/** Every pathway i→j in the selection (all pairs when none) with its numbers and verdicts, without reason texts. */
export function pathwayVerdicts(inputs: LoadedInputs, projection: Projection, selection: PathwaySelection): PathwayVerdict[] {
  return evaluatePathwayVerdicts(pathwayFunctions(inputs, projection), inputs.scenario.reskilling, inputs.similarity, selection);
}

/** Builds the reskilling plan from loaded inputs. */
export async function buildReskillResult(inputs: LoadedInputs, projection: Projection): Promise<ReskillResult> {
  const gaps: Record<string, number[]> = {};
  for (const f of projection.functions) gaps[f.id] = f.years.map((y) => y.gap_fte);
  const plan = await planReskilling({
    years: projection.years,
    gaps,
    pathways: pathwayVerdicts(inputs, projection, reskillPathwaySelection(gaps, projection.years.length)),
    rules: inputs.scenario.reskilling,
  });
  const { scenario } = inputs;
  const money = (o: ReskillPlan['business_case']): ReskillPlan['business_case'] => ({
    reskill_cost: roundMoney(o.reskill_cost),
    hire_cost: roundMoney(o.hire_cost),
    surplus_cost: roundMoney(o.surplus_cost),
    total_cost: roundMoney(o.total_cost),
    all_hire_cost: roundMoney(o.all_hire_cost),
  });
  return {
    schema: 'spp.reskill/1',
    stamp: makeStamp(scenario.id, inputs.files),
    scenario: { id: scenario.id, title: scenario.title ?? null, horizon: { ...scenario.horizon } },
    pathways: plan.pathways.map((p) => ({ ...roundDeep(p), cost: roundMoney(p.cost) })),
    hiring_fte: roundDeep(plan.hiring_fte),
    surplus_fte: roundDeep(plan.surplus_fte),
    business_case: money(plan.business_case),
    per_year: plan.per_year.map((y) => ({ year: y.year, fte: round(y.fte), cost: roundMoney(y.cost) })),
    rules: scenario.reskilling,
    notes: plan.notes,
  };
}

/** `spp reskill`: load, project, plan. */
export async function runReskill(options: LoadOptions): Promise<{ inputs: LoadedInputs; projection: Projection; result: ReskillResult }> {
  const inputs = await loadInputs(options);
  const projection = projectScenario({ scenario: inputs.scenario, functions: inputs.functions, workforce: inputs.workforce });
  // What spp reskill publishes: the functions spp project suppresses, merged into one (app/privacy.ts).
  return { inputs, projection, result: mergeReskillPrivacy(await buildReskillResult(inputs, projection), suppressedFunctionIds(inputs, projection)) };
}

/** `spp pathways F`: every destination of one function. */
export async function runPathways(options: LoadOptions, functionId: string): Promise<{ inputs: LoadedInputs; result: PathwaysResult }> {
  const inputs = await loadInputs(options);
  const projection = projectScenario({ scenario: inputs.scenario, functions: inputs.functions, workforce: inputs.workforce });
  const fn = projection.functions.find((f) => f.id === functionId);
  const profile = inputs.functions.find((f) => f.id === functionId);
  if (!fn || !profile) {
    const ids = inputs.functions.map((f) => f.id);
    const near = ids.find((id) => id.toLowerCase() === functionId.toLowerCase());
    throw new UserError(`unknown function '${functionId}'${near ? `; did you mean '${near}'?` : ''} (spp project lists the functions)`, 2);
  }
  const names = new Map(inputs.functions.map((f) => [f.id, f.name]));
  const rules = inputs.scenario.reskilling;
  const result: PathwaysResult = {
    schema: 'spp.pathways/1',
    stamp: makeStamp(inputs.scenario.id, inputs.files),
    function: { id: fn.id, name: fn.name, family: fn.family, level: profile.level, pay: profile.pay, status: fn.status, vulnerable: fn.vulnerable },
    rules: {
      min_similarity: rules.min_similarity,
      max_level_step: rules.max_level_step,
      min_pay_ratio: rules.min_pay_ratio,
      hours_per_level: rules.hours_per_level,
      cost_per_hour: rules.cost_per_hour,
    },
    pathways: pathwaysFrom(evaluatePathways(pathwayFunctions(inputs, projection), rules, inputs.similarity, { from: new Set([functionId]) }), functionId).map(({ from: _from, ...p }) => ({
      ...roundDeep(p),
      name: names.get(p.to) ?? p.to,
      cost_per_person: roundMoney(p.hours * rules.cost_per_hour),
    })),
  };
  return { inputs, result };
}
