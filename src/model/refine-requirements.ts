import { compareText } from '../domain/compare-text.js';
import { dictFrom } from '../domain/dict.js';

/**
 * Skill requirements of an origin function refined by measured proficiencies from the headcount
 * (SPEC §2.3, §3 "per-person skills, when given, refine R_i"): per skill, the FTE-weighted mean
 * over the function's people, where a person without a measurement counts at the profile's level.
 * Levels 0–5; `totalFte` is the function's FTE at the start.
 */
export function refineRequirements(
  profile: Record<string, number>,
  measured: { [skill: string]: { fte: number; sum: number } } | undefined,
  totalFte: number,
): Record<string, number> {
  if (!measured || totalFte <= 0) return profile;
  const out = dictFrom(Object.entries(profile));
  for (const [skill, m] of Object.entries(measured)) {
    const measuredFte = Math.min(m.fte, totalFte);
    const base = profile[skill] ?? 0;
    const value = (m.sum * (measuredFte / (m.fte || 1)) + (totalFte - measuredFte) * base) / totalFte;
    if (value > 0) out[skill] = value;
    else delete out[skill];
  }
  return dictFrom(Object.entries(out).sort(([a], [b]) => compareText(a, b)));
}
