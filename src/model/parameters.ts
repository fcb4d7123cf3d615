import type { Scenario } from '../domain/scenario-schema.js';
import { automationTarget } from './automation.js';

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
  const automationTargets: Record<string, number> = {};
  for (const [category, automation] of Object.entries(scenario.digitalisation.automation)) {
    automationTargets[category] = automationTarget(automation.target);
  }
  return {
    automationTargets,
    reinvested: scenario.digitalisation.reinvested,
    renewalRate: scenario.workforce.temporary.renewal_rate,
    attritionRates: scenario.workforce.attrition.map((rule) => rule.rate),
    growthRates: scenario.demand.growth.map((rule) => rule.rate),
    // The scenario's own object: the compiled projection recognises it and reuses its transition table.
    transitions: scenario.workforce.transitions,
    retirementAge: scenario.workforce.retirement_age,
  };
}

/** One `[low, likely, high]` value of a scenario: where it is and how to set a drawn value. */
export interface UncertainParameter {
  /** Scenario key path, e.g. `digitalisation.automation.administrative.target`. */
  path: string;
  low: number;
  likely: number;
  high: number;
  /** Writes a value into parameters (a copy made by the caller). */
  apply(parameters: ProjectionParameters, value: number): void;
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
    });
  }
  return out;
}

/** A copy of `parameters` that can be changed without touching the original (tables are copied too). */
export function copyParameters(parameters: ProjectionParameters): ProjectionParameters {
  return {
    ...parameters,
    automationTargets: { ...parameters.automationTargets },
    attritionRates: [...parameters.attritionRates],
    growthRates: [...parameters.growthRates],
  };
}
