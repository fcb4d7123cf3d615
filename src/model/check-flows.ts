import type { Scenario } from '../domain/scenario-schema.js';
import type { FunctionProfile } from '../domain/workforce.js';
import { expectedValue } from '../domain/uncertain.js';
import { textNumber } from '../domain/round.js';
import { attritionRateFor, describeAttritionRule } from './attrition.js';
import { withEmergingFunctions } from './emerging.js';

/**
 * Problems in the flows of a scenario that only show when projecting: for some function and age,
 * the attrition rate w that applies plus the function's transition shares Σp exceed 1, so the share
 * that stays, 1 − w − Σp, would be negative (SPEC §3 step 3); and a transition of a function to
 * itself, which the Markov step already counts as staying. Ages 15–75 are checked (working life).
 * A `[low, likely, high]` rate or share counts at its mean (the deterministic run's value); a Monte
 * Carlo draw above 1 is handled by the run itself.
 */

export interface FlowProblem {
  /** Scenario key path, e.g. ['workforce', 'transitions', 'F010']. */
  path: (string | number)[];
  message: string;
  /** The same in Dutch (the model imports no diagnostics; validate turns both into a Diagnostic). */
  messageNl: string;
  code: 'FLOW_SELF_TRANSITION' | 'FLOW_NEGATIVE_STAY';
}

const MIN_AGE = 15;
const MAX_AGE = 75;
const EPS = 1e-9;

/** Flow problems (negative staying share, self-transitions) per function, in function-id order. */
export function checkFlows(scenario: Scenario, functions: FunctionProfile[]): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const all = withEmergingFunctions(scenario, functions);
  const known = new Set(all.map((fn) => fn.id));
  const rules = scenario.workforce.attrition;
  for (const fn of all) {
    const row = scenario.workforce.transitions[fn.id] ?? {};
    if (Object.hasOwn(row, fn.id)) {
      problems.push({
        path: ['workforce', 'transitions', fn.id, fn.id],
        code: 'FLOW_SELF_TRANSITION',
        message: `a transition of ${fn.id} to itself is ignored: who does not leave or move stays (1 − w − Σp)`,
        messageNl: `een overgang van ${fn.id} naar zichzelf wordt genegeerd: wie niet vertrekt of overstapt, blijft (1 − w − Σp)`,
      });
    }
    let moved = 0;
    for (const [to, p] of Object.entries(row)) if (to !== fn.id && known.has(to)) moved += expectedValue(p);
    // Contiguous age ranges with the same rule and a negative staying share.
    let run: { from: number; to: number; index: number; rate: number } | undefined;
    const flush = (): void => {
      if (run === undefined) return;
      const stay = 1 - run.rate - moved;
      const ages = run.from === run.to ? `age ${run.from}` : `ages ${run.from}-${run.to}`;
      const leeftijd = run.from === run.to ? `leeftijd ${run.from}` : `leeftijden ${run.from}-${run.to}`;
      const rule = describeAttritionRule(rules, run.index);
      problems.push({
        path: ['workforce', 'transitions', fn.id],
        code: 'FLOW_NEGATIVE_STAY',
        message:
          `for ${fn.id} at ${ages} 1 − w − Σp is negative: 1 − ${round(run.rate)} − ${round(moved)} = ${round(stay)} ` +
          `(attrition from ${rule}); expected attrition + transitions ≤ 1`,
        messageNl:
          `voor ${fn.id} op ${leeftijd} is 1 − w − Σp negatief: 1 − ${textNumber(round(run.rate), 'nl')} − ${textNumber(round(moved), 'nl')} = ${textNumber(round(stay), 'nl')} ` +
          `(uitstroom volgens ${ruleNl(rule)}); verwacht uitstroom + overgangen ≤ 1`,
      });
      run = undefined;
    };
    for (let age = MIN_AGE; age <= MAX_AGE; age++) {
      const choice = attritionRateFor(rules, fn, age);
      const negative = choice.rate + moved > 1 + EPS;
      if (negative && run !== undefined && run.index === choice.index && run.to === age - 1) run.to = age;
      else {
        flush();
        if (negative) run = { from: age, to: age, index: choice.index, rate: choice.rate };
      }
    }
    flush();
  }
  return problems;
}

/** The words of describeAttritionRule in Dutch (its ids and the scenario's numbers stay as written; the mean spp computes gets a decimal comma). */
function ruleNl(rule: string): string {
  return rule
    .replace(/\(function /g, '(functie ')
    .replace(/family /g, 'familie ')
    .replace(/ages /g, 'leeftijden ')
    .replace('(all)', '(iedereen)')
    .replace(/ \(mean (-?[\d.]+)\)/, (_m, mean: string) => ` (gemiddeld ${mean.replace('.', ',')})`)
    .replace('no matching rule: 0', 'geen passende regel: 0');
}

/** Removes binary noise (0.1 + 0.2) from numbers shown in messages. */
function round(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}
