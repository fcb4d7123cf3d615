import type { Scenario, SkillShift } from '../domain/scenario-schema.js';
import type { FunctionProfile } from '../domain/workforce.js';
import { rampProgress } from './ramp.js';
import { normalise, totalVariation } from './task-mix.js';
import { dict, dictFrom } from '../domain/dict.js';

/**
 * Skill requirements after `digitalisation.skill_shift` (SPEC §2.4/§3). A shift applies to a
 * function listed in `functions`, or whose family is in `families` (or `families: [all]`); with
 * neither list it applies to every function. The delta ramps linearly from `start` (default: the
 * horizon start) to `end`; requirements stay within 0–5, and a skill at 0 is not required.
 */

/** True when a skill shift applies to the function. */
function skillShiftApplies(shift: SkillShift, fn: FunctionProfile): boolean {
  if (shift.families === undefined && shift.functions === undefined) return true;
  if (shift.functions?.includes(fn.id)) return true;
  return shift.families !== undefined && (shift.families.includes('all') || shift.families.includes(fn.family));
}

/** Required proficiency (0–5) per skill of function `fn` in `year`, after skill_shift. */
export function skillRequirementsAt(scenario: Scenario, fn: FunctionProfile, year: number): Record<string, number> {
  const requirements = dictFrom(Object.entries(fn.skills));
  for (const shift of scenario.digitalisation.skill_shift) {
    if (!skillShiftApplies(shift, fn)) continue;
    const x = rampProgress(shift.start ?? scenario.horizon.start, shift.end, year);
    const value = Math.min(5, Math.max(0, (requirements[shift.skill] ?? 0) + shift.delta * x));
    requirements[shift.skill] = value;
  }
  const out = dict<number>();
  for (const key of Object.keys(requirements).sort()) {
    const value = requirements[key]!;
    if (value > 0) out[key] = value;
  }
  return out;
}

/**
 * Skill-profile shift (0–1): total variation distance between the normalised requirements before and
 * after. A function without any requirement at the start has no profile to compare: shift 0.
 */
export function skillShiftDistance(before: Record<string, number>, after: Record<string, number>): number {
  const p = normalise(before);
  const q = normalise(after);
  if (Object.keys(p).length === 0 || Object.keys(q).length === 0) return 0;
  return totalVariation(p, q);
}
