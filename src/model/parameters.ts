import type { Scenario } from '../domain/scenario-schema.js';
import { expectedValue, isTriple, type Uncertain } from '../domain/uncertain.js';
import { automationTarget } from './automation.js';
import { compareText } from '../domain/compare-text.js';
import { dict, dictFrom } from '../domain/dict.js';

/**
 * The numeric assumptions a projection can be re-run with (SPEC §3.4, §3.5), separate from the
 * structure that `compileProjection` fixes once (functions, cells, rule scopes and age bands,
 * curves, overrides, emerging demand points). Values are plain numbers — a `[low, likely, high]`
 * triple is resolved before it gets here (its mean by `parametersOf`, a draw by Monte Carlo).
 * Treat a ProjectionParameters value as read-only: change a copy (`copyParameters`). To change
 * transitions, give a new `transitions` object (the compiled projection keys its transition table on
 * that object).
 */
export interface ProjectionParameters {
  /** Automation target per task category (share 0–1 automated at the automation's `end`). */
  automationTargets: Record<string, number>;
  /** Share of freed time re-used in the same function, 0–1. */
  reinvested: number;
  /** Share of ending temporary contracts that continue as permanent, 0–1. */
  renewalRate: number;
  /** Annual attrition rate (0–1) of each rule, in the order of `workforce.attrition`. */
  attritionRates: number[];
  /** Annual demand growth of each rule, in the order of `demand.growth`. */
  growthRates: number[];
  /** Annual transition shares (0–1): from function → to function → share. */
  transitions: Record<string, Record<string, number>>;
  /** AOW age (years) per year as a `{year: age}` table, or one number; undefined: the law as known. */
  retirementAge: number | Record<string, number> | undefined;
}

/** The scenario's own parameter values: numbers as written, `[low, likely, high]` at their mean (SPEC §2.4). */
export function parametersOf(scenario: Scenario): ProjectionParameters {
  const automationTargets = dict<number>();
  for (const [category, automation] of Object.entries(scenario.digitalisation.automation)) {
    automationTargets[category] = automationTarget(automation.target);
  }
  return {
    automationTargets,
    reinvested: expectedValue(scenario.digitalisation.reinvested),
    renewalRate: expectedValue(scenario.workforce.temporary.renewal_rate),
    attritionRates: scenario.workforce.attrition.map((rule) => expectedValue(rule.rate)),
    growthRates: scenario.demand.growth.map((rule) => expectedValue(rule.rate)),
    transitions: transitionMeans(scenario.workforce.transitions),
    retirementAge: scenario.workforce.retirement_age,
  };
}

/**
 * The transition shares as numbers. Without a triple this is the scenario's own object (the compiled
 * projection recognises it and reuses its transition table); with one, a copy with triples at their
 * mean, made once per scenario object so repeated calls share one table too.
 */
function transitionMeans(transitions: Scenario['workforce']['transitions']): Record<string, Record<string, number>> {
  if (!Object.values(transitions).some((row) => Object.values(row).some(isTriple))) {
    return transitions as Record<string, Record<string, number>>;
  }
  const cached = meanTransitions.get(transitions);
  if (cached !== undefined) return cached;
  const means = dict<Record<string, number>>();
  for (const [from, row] of Object.entries(transitions)) {
    const out = (means[from] = dict<number>());
    for (const [to, share] of Object.entries(row)) out[to] = expectedValue(share);
  }
  meanTransitions.set(transitions, means);
  return means;
}
const meanTransitions = new WeakMap<object, Record<string, Record<string, number>>>();

/** One `[low, likely, high]` value of a scenario: where it is and how to set a drawn value. */
export interface UncertainParameter {
  /** Scenario key path, e.g. `digitalisation.automation.administrative.target`. */
  path: string;
  low: number;
  likely: number;
  high: number;
  /** Writes a value into parameters (a copy made by the caller). */
  apply(parameters: ProjectionParameters, value: number): void;
  /** The value parameters hold for it. */
  read(parameters: ProjectionParameters): number;
}

/** Every `[low, likely, high]` value in the scenario, in a stable order (by path). */
export function uncertainParameters(scenario: Scenario): UncertainParameter[] {
  const out: UncertainParameter[] = [];
  for (const category of Object.keys(scenario.digitalisation.automation).sort()) {
    const target = scenario.digitalisation.automation[category]!.target;
    if (typeof target === 'number') continue;
    out.push({
      path: `digitalisation.automation.${category}.target`,
      low: target[0],
      likely: target[1],
      high: target[2],
      apply: (parameters, value) => {
        parameters.automationTargets[category] = value;
      },
      read: (parameters) => parameters.automationTargets[category] ?? 0,
    });
  }
  const add = (path: string, value: Uncertain, apply: UncertainParameter['apply'], read: UncertainParameter['read']): void => {
    if (isTriple(value)) out.push({ path, low: value[0], likely: value[1], high: value[2], apply, read });
  };
  scenario.workforce.attrition.forEach((rule, i) =>
    add(
      `workforce.attrition[${i}].rate`,
      rule.rate,
      (parameters, value) => void (parameters.attritionRates[i] = value),
      (parameters) => parameters.attritionRates[i] ?? 0,
    ),
  );
  add(
    'workforce.temporary.renewal_rate',
    scenario.workforce.temporary.renewal_rate,
    (parameters, value) => void (parameters.renewalRate = value),
    (parameters) => parameters.renewalRate,
  );
  for (const from of Object.keys(scenario.workforce.transitions).sort()) {
    const row = scenario.workforce.transitions[from]!;
    for (const to of Object.keys(row).sort()) {
      add(
        `workforce.transitions.${from}.${to}`,
        row[to]!,
        // A new object per change: the compiled projection keys its transition table on it.
        (parameters, value) =>
          void (parameters.transitions = { ...parameters.transitions, [from]: { ...parameters.transitions[from], [to]: value } }),
        (parameters) => parameters.transitions[from]?.[to] ?? 0,
      );
    }
  }
  add(
    'digitalisation.reinvested',
    scenario.digitalisation.reinvested,
    (parameters, value) => void (parameters.reinvested = value),
    (parameters) => parameters.reinvested,
  );
  scenario.demand.growth.forEach((rule, i) =>
    add(
      `demand.growth[${i}].rate`,
      rule.rate,
      (parameters, value) => void (parameters.growthRates[i] = value),
      (parameters) => parameters.growthRates[i] ?? 0,
    ),
  );
  return out.sort((a, b) => compareText(a.path, b.path));
}

/**
 * The "taken as its expected value" lines for the triples other than automation targets (those have
 * their own lines) that `parameters` hold at their mean, by path.
 */
export function meanAssumptions(scenario: Scenario, parameters: ProjectionParameters): string[] {
  return uncertainParameters(scenario)
    .filter((u) => !u.path.startsWith('digitalisation.automation.'))
    .filter((u) => u.read(parameters) === expectedValue([u.low, u.likely, u.high]))
    .map(
      (u) =>
        `${u.path} [${u.low}, ${u.likely}, ${u.high}] taken as its expected value ${Number(expectedValue([u.low, u.likely, u.high]).toFixed(4))} (the mean of the triangular distribution)`,
    );
}

/** A copy of `parameters` that can be changed without touching the original (tables are copied too). */
export function copyParameters(parameters: ProjectionParameters): ProjectionParameters {
  return {
    ...parameters,
    automationTargets: dictFrom(Object.entries(parameters.automationTargets)),
    attritionRates: [...parameters.attritionRates],
    growthRates: [...parameters.growthRates],
  };
}
