import type { Scenario } from './scenario-schema.js';

/**
 * A scenario value that may be uncertain (SPEC §2.4): a number, or a `[low, likely, high]` triple
 * read as a triangular distribution. The deterministic run uses the triple's mean
 * `(low + likely + high) / 3`; Monte Carlo draws it (SPEC §3.4).
 */
export type Uncertain = number | readonly [number, number, number];

/**
 * The deterministic value: the number itself, or the mean of `[low, likely, high]`. A degenerate
 * triple `[r, r, r]` is exactly `r` (the sum / 3 can be off in the last bit: 0.1 · 3 / 3 ≠ 0.1).
 */
export function expectedValue(value: Uncertain): number {
  if (typeof value === 'number') return value;
  const [low, likely, high] = value;
  return low === likely && likely === high ? likely : (low + likely + high) / 3;
}

/** True when the value is a `[low, likely, high]` triple. */
export function isTriple(value: Uncertain): value is readonly [number, number, number] {
  return typeof value !== 'number';
}

/** Where a scenario may hold a `[low, likely, high]` triple: key path and value, in file order. */
export function uncertainValues(scenario: Scenario): { at: (string | number)[]; value: Uncertain }[] {
  const out: { at: (string | number)[]; value: Uncertain }[] = [];
  const { workforce, digitalisation, demand } = scenario;
  workforce.attrition.forEach((rule, i) => out.push({ at: ['workforce', 'attrition', i, 'rate'], value: rule.rate }));
  out.push({ at: ['workforce', 'temporary', 'renewal_rate'], value: workforce.temporary.renewal_rate });
  for (const [from, row] of Object.entries(workforce.transitions)) {
    for (const [to, share] of Object.entries(row)) out.push({ at: ['workforce', 'transitions', from, to], value: share });
  }
  for (const [category, a] of Object.entries(digitalisation.automation)) {
    out.push({ at: ['digitalisation', 'automation', category, 'target'], value: a.target });
  }
  out.push({ at: ['digitalisation', 'reinvested'], value: digitalisation.reinvested });
  demand.growth.forEach((rule, i) => out.push({ at: ['demand', 'growth', i, 'rate'], value: rule.rate }));
  return out;
}
