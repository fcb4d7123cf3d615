import { dict, dictFrom } from '../domain/dict.js';

/**
 * Task-mix evolution and the total variation distance (SPEC §3): s'_fc(t) ∝ s_fc · (1 − A_c(t)),
 * shift = ½ Σ_c |s'_fc − s_fc|. When all of a function's work is automated the remaining mix is
 * undefined; it is then taken as the original mix (shift 0), and the automated share tells the story.
 */

/** The task mix (shares summing to 1) after automation levels `levels` (0–1 by category). */
export function taskMixAfter(tasks: Record<string, number>, levels: Record<string, number>): Record<string, number> {
  const remaining = dict<number>();
  let sum = 0;
  for (const [category, share] of Object.entries(tasks)) {
    const left = share * (1 - (levels[category] ?? 0));
    remaining[category] = left;
    sum += left;
  }
  if (sum <= 0) return dictFrom(Object.entries(tasks));
  for (const category of Object.keys(remaining)) remaining[category] = remaining[category]! / sum;
  return remaining;
}

/** Total variation distance ½ Σ |p − q| (0–1) between two distributions over the same keys (missing = 0). */
export function totalVariation(p: Record<string, number>, q: Record<string, number>): number {
  const keys = new Set([...Object.keys(p), ...Object.keys(q)]);
  let sum = 0;
  for (const key of [...keys].sort()) sum += Math.abs((p[key] ?? 0) - (q[key] ?? 0));
  return sum / 2;
}

/** The values of `profile` divided by their sum (an empty record when the sum is 0). */
export function normalise(profile: Record<string, number>): Record<string, number> {
  let sum = 0;
  for (const value of Object.values(profile)) sum += value;
  const out = dict<number>();
  if (sum <= 0) return out;
  for (const [key, value] of Object.entries(profile)) out[key] = value / sum;
  return out;
}
