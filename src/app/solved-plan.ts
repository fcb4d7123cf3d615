import type { PlanHint, PlanOutcome } from '../model/plan/plan-actions.js';

/** What a plan solver gives back of a plan: its total cost, the demand it leaves unmet, and its hint. */
export interface SolvedPlan {
  total: number;
  /** The demand the plan leaves unmet, Σ over functions and years (FTE-years). */
  shortageFteYears: number;
  hint: PlanHint;
}

export function solvedPlan(outcome: PlanOutcome): SolvedPlan {
  return { total: outcome.costs.total, shortageFteYears: outcome.shortageFteYears, hint: outcome.hint };
}
