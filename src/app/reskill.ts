import type { PathwaysResult } from '../domain/results.js';
import { loadInputs, type LoadOptions, type LoadedInputs } from './load-inputs.js';
import { makeStamp } from './stamp.js';
import { projectScenario } from '../model/project.js';
import type { Projection } from '../domain/projection.js';
import { skillRequirementsAt } from '../model/skills.js';
import { evaluatePathwayVerdicts, evaluatePathways, pathwaysFrom, type PathwayFunction, type PathwaySelection } from '../model/pathways.js';
import type { PathwayVerdict } from '../domain/pathway.js';
import { refineRequirements } from '../model/refine-requirements.js';
import { knownFunctionId } from './function-argument.js';
import { roundDeep, roundMoney } from '../domain/round.js';

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

/** `spp pathways F`: every destination of one function. */
export async function runPathways(options: LoadOptions, typed: string): Promise<{ inputs: LoadedInputs; result: PathwaysResult }> {
  const inputs = await loadInputs(options);
  const projection = projectScenario({ scenario: inputs.scenario, functions: inputs.functions, workforce: inputs.workforce });
  const functionId = knownFunctionId(typed, inputs.functions);
  const fn = projection.functions.find((f) => f.id === functionId);
  const profile = inputs.functions.find((f) => f.id === functionId);
  if (!fn || !profile) throw new Error(`no projection of the known function '${functionId}'`);
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
