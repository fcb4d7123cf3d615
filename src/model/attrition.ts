import type { AttritionRule } from '../domain/scenario-schema.js';
import type { FunctionProfile } from '../domain/workforce.js';
import { isAgeInBand, parseAgeBand } from './age-band.js';

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

/** The voluntary outflow rate (annual, 0–1) for function `fn` at age `age` (a(t), years), and the rule index. */
export function attritionRateFor(rules: readonly AttritionRule[], fn: FunctionProfile, age: number): AttritionChoice {
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
      best = { rate: rule.rate, index };
    }
  });
  return best;
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
  return `workforce.attrition[${index}] (${parts.join(', ')}): ${rule.rate}`;
}
