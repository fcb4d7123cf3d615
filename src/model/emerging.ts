import type { EmergingFunction, Scenario } from '../domain/scenario-schema.js';
import type { FunctionProfile } from '../domain/workforce.js';
import { compareText } from '../domain/compare-text.js';
import { dict } from '../domain/dict.js';

/**
 * Emerging functions (SPEC §2.4 `demand.emerging`) become FunctionProfiles with `emerging: true`:
 * tasks, skills, level and pay from the scenario, no formation FTE. Their demand follows their
 * points only, and their supply comes only from transitions into them. When an emerging id equals
 * an existing function's id (validation reports this), the existing function is kept.
 */

/** The function profiles plus the scenario's emerging functions, sorted by id. */
export function withEmergingFunctions(scenario: Scenario, functions: readonly FunctionProfile[]): FunctionProfile[] {
  const known = new Set(functions.map((fn) => fn.id));
  const all = [...functions];
  for (const emerging of scenario.demand.emerging) {
    if (known.has(emerging.id)) continue;
    known.add(emerging.id);
    all.push(emergingProfile(emerging));
  }
  return all.sort((a, b) => compareText(a.id, b.id));
}

/** The FunctionProfile of one emerging function; task shares normalised to sum 1. */
function emergingProfile(emerging: EmergingFunction): FunctionProfile {
  let taskSum = 0;
  for (const share of Object.values(emerging.tasks)) taskSum += share;
  const tasks = dict<number>();
  for (const [category, share] of Object.entries(emerging.tasks)) tasks[category] = taskSum > 0 ? share / taskSum : 0;
  const skills = dict<number>();
  for (const [skill, level] of Object.entries(emerging.skills)) if (level > 0) skills[skill] = level;
  return {
    id: emerging.id,
    name: emerging.name,
    family: emerging.family ?? '',
    level: emerging.level ?? null,
    pay: emerging.pay ?? null,
    formationFte: null,
    tasks,
    skills,
    emerging: true,
  };
}
