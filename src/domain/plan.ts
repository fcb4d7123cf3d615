import type { Stamp } from './results.js';

/** Costs by kind (euros, discounted to the start year with `plan.discount_rate`). */
export interface PlanCostsByKind {
  hiring: number;
  reskilling: number;
  redundancy: number;
  overstaffing: number;
  reduced_hours: number;
  shortage: number;
}

/**
 * One year of one function in the plan. The entry of year t holds the state on 1 January of t and
 * the decisions that took effect on that date (made during t − 1); the start year is the snapshot.
 */
export interface PlanYear {
  year: number;
  fte: number;
  demand_fte: number;
  hired_fte: number;
  moved_in_fte: number;
  moved_out_fte: number;
  redundant_fte: number;
  reduced_hours_persons: number;
  overstaffing_fte: number;
  shortage_fte: number;
  newcomer_loss_fte: number;
  natural_outflow_fte: number;
  natural_moved_in_fte: number;
  natural_moved_out_fte: number;
}

interface PlanFunction {
  id: string;
  name: string;
  family: string;
  years: PlanYear[];
}

/** FTE moved over one pathway in one year (`year`: the 1 January the movers arrive). */
export interface PlanPathwayFlow {
  from: string;
  to: string;
  year: number;
  fte: number;
  /** Euros (discounted like every plan cost). */
  cost: number;
  hours_per_person: number;
  retention: number;
  explicit: boolean;
}

/** A limit that constrains the plan, with what one unit more of it would be worth. */
export interface PlanBinding {
  /** e.g. `hiring.max_per_year F044`, `reskilling.capacity_per_year`. */
  constraint: string;
  /** The year the limit applies to (the 1 January the decision takes effect; P/O/U: that year). */
  year: number;
  /** Euros saved per unit more of the limit (FTE or persons, or per euro for the budget); the cost stage. */
  shadow_price: number;
  /** FTE-years of unmet demand removed per unit more of the limit (0 unless demand falls short). */
  shortage_reduction: number;
  function: string | null;
  text: string;
}

export interface PlanShortfall {
  function: string;
  year: number;
  shortage_fte: number;
  cause: string;
}

export interface PlanAlternative {
  total: number;
  by_kind: PlanCostsByKind;
  /** Total unmet demand over the years (FTE-years). */
  shortage_fte_years: number;
  hired_fte: number;
  redundant_fte: number;
  /** Alternative total − plan total (euros; positive: the plan is cheaper). */
  saving: number;
}

/** Canonical `spp plan` result (SPEC §4 `spp.plan/1`). */
export interface PlanResult {
  schema: 'spp.plan/1';
  stamp: Stamp;
  scenario: { id: string; title: string | null; horizon: { start: number; end: number } };
  objective: 'cost' | 'redundancy';
  years: number[];
  functions: PlanFunction[];
  pathways: PlanPathwayFlow[];
  costs: { by_year: ({ year: number; total: number } & PlanCostsByKind)[]; by_kind: PlanCostsByKind; total: number };
  totals: { years: Omit<PlanYear, never>[] };
  /**
   * The business case's alternatives (SPEC §3.3). `no_pathways` is null when no plan without pathways
   * meets the hard limits (a cap on overstaffing with placement outside forbidden or capped): then the
   * pathways are what makes a plan possible at all, and `notes` says so.
   */
  alternatives: { no_pathways: PlanAlternative | null; no_plan: PlanAlternative };
  binding: PlanBinding[];
  shortfalls: PlanShortfall[];
  /** What the plan assumed and how it was solved, in plain words. */
  notes: string[];
}

/** The id of the row (and route end) that stands for the functions spp project withholds, together (SPEC §4 privacy). */
export const WITHHELD_GROUP_ID = 'other';

/** A move with training hours is a retraining; one without, a redeployment (spp reskill counts them apart). */
export function isTraining(move: Pick<PlanPathwayFlow, 'hours_per_person'>): boolean {
  return move.hours_per_person > 0;
}

/**
 * A route's key: its ends and its kind. The functions withheld together (app/privacy.ts) can send some
 * people into one function with training and others without: two routes, not one with the first's hours.
 */
export function routeKey(move: Pick<PlanPathwayFlow, 'from' | 'to' | 'hours_per_person'>): string {
  return `${move.from}\u0000${move.to}\u0000${isTraining(move) ? 'training' : 'redeployment'}`;
}

/** x and y averaged over their FTE (the hours per person or retention of moves merged into one). */
export function fteMean(x: number, xFte: number, y: number, yFte: number): number {
  return xFte + yFte > 0 ? (x * xFte + y * yFte) / (xFte + yFte) : (x + y) / 2;
}

/** The demand a plan leaves unmet over its decision years (FTE-years: Σ shortage after the start year). */
export function planUnmetFteYears(result: Pick<PlanResult, 'totals'>): number {
  return result.totals.years.slice(1).reduce((sum, y) => sum + y.shortage_fte, 0);
}
