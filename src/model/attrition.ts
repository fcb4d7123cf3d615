import type { AttritionRule } from '../domain/scenario-schema.js';
import type { FunctionProfile } from '../domain/workforce.js';
import { expectedValue, isTriple, type Uncertain } from '../domain/uncertain.js';
import { isAgeInBand, parseAgeBand } from '../domain/age-band.js';

/**
 * Which attrition rule applies (SPEC §2.4, decision of the team): the most specific matching rule
 * wins — scope first (function > family > all), then a rule with a matching age band beats one
 * without; ties go to the first listed. No matching rule: rate 0.
 */

/** The rule that applies, with its index in `workforce.attrition` (-1: none, rate 0). */
export interface AttritionChoice {
  rate: number;
  index: number;
}

/**
 * The voluntary outflow rate (annual, 0–1) for function `fn` at age `age` (a(t), years), and the rule index.
 * A `[low, likely, high]` rate is taken at its mean.
 */
export function attritionRateFor(rules: readonly AttritionRule[], fn: Pick<FunctionProfile, 'id' | 'family'>, age: number): AttritionChoice {
  let best: AttritionChoice = { rate: 0, index: -1 };
  let bestRank = -1;
  rules.forEach((rule, index) => {
    if (rule.function !== undefined && rule.function !== fn.id) return;
    if (rule.family !== undefined && rule.family !== fn.family) return;
    if (rule.ages !== undefined) {
      const band = parseAgeBand(rule.ages);
      if (band === undefined || !isAgeInBand(age, band)) return;
    }
    const scope = rule.function !== undefined ? 2 : rule.family !== undefined ? 1 : 0;
    const rank = scope * 2 + (rule.ages !== undefined ? 1 : 0);
    if (rank > bestRank) {
      bestRank = rank;
      best = { rate: expectedValue(rule.rate), index };
    }
  });
  return best;
}

/**
 * The rule index (-1: none) of every (function, age) for ages ageMin … ageMin + ageSpan − 1, as
 * attritionRateFor would choose it, in one table: slot fi · ageSpan + (age − ageMin). Age bands are
 * parsed once; the choice does not depend on the rates, so a compiled projection keeps it.
 */
export function attritionRuleTable(
  rules: readonly AttritionRule[],
  functions: readonly FunctionProfile[],
  ageMin: number,
  ageSpan: number,
): Int32Array {
  const bands = rules.map((rule) => (rule.ages === undefined ? null : (parseAgeBand(rule.ages) ?? 'invalid')));
  const table = new Int32Array(functions.length * ageSpan);
  functions.forEach((fn, fi) => {
    // Rules that can apply to this function, with their rank (scope first, then having a band).
    const candidates: { index: number; rank: number }[] = [];
    rules.forEach((rule, index) => {
      if (rule.function !== undefined && rule.function !== fn.id) return;
      if (rule.family !== undefined && rule.family !== fn.family) return;
      if (bands[index] === 'invalid') return;
      const scope = rule.function !== undefined ? 2 : rule.family !== undefined ? 1 : 0;
      candidates.push({ index, rank: scope * 2 + (rule.ages !== undefined ? 1 : 0) });
    });
    for (let a = 0; a < ageSpan; a++) {
      const age = ageMin + a;
      let best = -1;
      let bestRank = -1;
      for (const { index, rank } of candidates) {
        const band = bands[index];
        if (band !== null && band !== 'invalid' && band !== undefined && !isAgeInBand(age, band)) continue;
        if (rank > bestRank) {
          bestRank = rank;
          best = index;
        }
      }
      table[fi * ageSpan + a] = best;
    }
  });
  return table;
}

/** A short text naming an attrition rule, e.g. "workforce.attrition[2] (family ICT, ages >=55): 0.02". */
export function describeAttritionRule(rules: readonly AttritionRule[], index: number): string {
  const rule = rules[index];
  if (rule === undefined) return 'no matching rule: 0';
  const parts: string[] = [];
  if (rule.function !== undefined) parts.push(`function ${rule.function}`);
  if (rule.family !== undefined) parts.push(`family ${rule.family}`);
  if (rule.ages !== undefined) parts.push(`ages ${rule.ages.trim()}`);
  if (parts.length === 0) parts.push('all');
  return `workforce.attrition[${index}] (${parts.join(', ')}): ${describeUncertain(rule.rate)}`;
}

/** `0.02`, or `[0.01, 0.02, 0.04] (mean 0.0233)` for a triple. */
export function describeUncertain(value: Uncertain): string {
  return isTriple(value) ? `[${value.join(', ')}] (mean ${Number(expectedValue(value).toFixed(4))})` : String(value);
}
