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

/** The kinds of cost, in the order every output lists them (the report's and spp plan's cost tables, the workbook). */
export const PLAN_COST_KINDS = ['hiring', 'reskilling', 'redundancy', 'overstaffing', 'reduced_hours', 'shortage'] as const satisfies readonly (keyof PlanCostsByKind)[];

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

/**
 * A limit of the plan (SPEC §3.3) by the setting that sets it, with the functions it holds: a
 * function's own limits name the function, a pathway's its two ends. Renderers say a limit from
 * these fields in the reader's language; function ids are the user's and may hold any character.
 */
export type PlanLimitOf =
  | { constraint: 'plan.hiring max_per_year' | 'plan.redundancy max_per_year' | 'plan.reduced_hours max_persons'; function: string }
  | { constraint: 'plan.pathways max_per_year' | 'plan.pathways max_share_of_destination'; from: string; to: string }
  | { constraint: 'plan.overstaffing max_total_fte' | 'reskilling.budget_per_year' | 'reskilling.capacity_per_year' };

export type PlanConstraint = PlanLimitOf['constraint'];

/** A limit that constrains the plan, with what one unit more of it would be worth. */
export interface PlanBinding {
  /** e.g. `plan.hiring max_per_year`, `reskilling.capacity_per_year`. */
  constraint: PlanConstraint;
  /** The year the limit applies to (the 1 January the decision takes effect; P/O/U: that year). */
  year: number;
  /** Euros saved per unit more of the limit (FTE or persons, or per euro for the budget); the cost stage. */
  shadow_price: number;
  /** FTE-years of unmet demand removed per unit more of the limit (0 unless demand falls short). */
  shortage_reduction: number;
  function: string | null;
  /** The sentence in English (the JSON's): "one more hire allowed in F014 for 1 January 2027 would cut unmet demand by 6.57 FTE-years". */
  text: string;
  /** The limit as data, for renderers (not in the JSON: `text` says it there; see publishedPlan). */
  limit: PlanLimitOf;
  /**
   * What one step more of the limit (one unit; € 1,000 of budget) would do, as `text` says it and
   * unrounded: FTE-years of unmet demand cut, euros saved (0 where it says none). Not in the JSON.
   */
  step: { cut: number; saving: number };
}

/**
 * Why demand falls short, as data (not in the JSON: `cause` says it there). The first three are
 * about the shortfall's own function; `limit`: the limit whose one unit more cuts the shortfall most.
 */
export type ShortfallReason =
  | { kind: 'hiring_forbidden' }
  | { kind: 'hiring_capped'; max_per_year: number }
  | { kind: 'hires_leave' }
  | { kind: 'limit'; limit: PlanLimitOf; year: number }
  | { kind: 'limits' }
  /** The row into which the privacy rule merges the small functions (app/privacy.ts). */
  | { kind: 'withheld' };

/** The cause of a shortfall of function `id` in English, as the JSON gives it (`cause`). */
export function causeText(id: string, reason: ShortfallReason): string {
  switch (reason.kind) {
    // Routes and transitions may fill part of it (krimp-vacaturestop: F082 → F026), never all: "no pathway fills it" was untrue there.
    case 'hiring_forbidden':
      return `hiring is not allowed in ${id} (plan.hiring max_per_year: 0), and pathways and transitions do not fill the gap`;
    case 'hiring_capped':
      return `hiring in ${id} is limited to ${reason.max_per_year} FTE a year (plan.hiring max_per_year)`;
    case 'hires_leave':
      return `every hire in ${id} leaves in the first year (plan.hiring first_year_attrition: 1)`;
    case 'limit': {
      // A pathway's limit is named by its destination (the function whose demand it holds).
      const fn = 'function' in reason.limit ? reason.limit.function : 'to' in reason.limit ? reason.limit.to : null;
      return `${reason.limit.constraint}${fn !== null ? ` (${fn})` : ''} in ${reason.year} binds`;
    }
    case 'limits':
      return 'the limits together leave no way to fill it';
    case 'withheld':
      return WITHHELD_CAUSE;
  }
}

/** The cause of the merged privacy row's shortfall in English (`cause`; reason `withheld`). */
export const WITHHELD_CAUSE = 'demand in these functions cannot be met within the limits';

export interface PlanShortfall {
  function: string;
  year: number;
  shortage_fte: number;
  /** In English (the JSON's): "hiring is not allowed in F014 (plan.hiring max_per_year: 0), and …". */
  cause: string;
  reason: ShortfallReason;
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
  /** The notes that name functions, as data for renderers (not in the JSON; see publishedPlan). */
  noteFacts: PlanNoteFact[];
}

/**
 * A note of the plan that names functions (app/plan.ts), as data: renderers say it from these
 * fields in the reader's language; `text` is the note as `notes` holds it (English, the JSON's).
 */
export type PlanNoteFact =
  /** People moved both ways between a and b in one year; `close`: the direction to close in plan.pathways, its codes as YAML values (quoted where YAML would read them otherwise). */
  | { kind: 'two_way'; text: string; year: number; a: string; b: string; a_to_b_fte: number; b_to_a_fte: number; close: { from: string; to: string } }
  /** Functions hired into and later overstaffed: the first ones by id, and how many more. */
  | { kind: 'hired_then_surplus'; text: string; functions: string[]; more: number };

/** A shortfall as `spp.plan/1` publishes it: its cause in English, without the data renderers say it from. */
export function publishedShortfall<T extends Pick<PlanShortfall, 'reason'>>({ reason: _reason, ...shortfall }: T): Omit<T, 'reason'> {
  return shortfall;
}

/**
 * The plan as `spp.plan/1` publishes it (SPEC §4): the limits, causes and notes in English only, as
 * their `text`, `cause` and `notes`; the fields renderers say them from stay in memory.
 */
export function publishedPlan({ noteFacts: _facts, ...result }: PlanResult): unknown {
  return {
    ...result,
    binding: result.binding.map(({ limit: _limit, step: _step, ...b }) => b),
    shortfalls: result.shortfalls.map(publishedShortfall),
  };
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

/**
 * Those who left in the year before a year's 1 January without a decision (natural outflow) and the
 * newcomers and movers who did not stay their first year (newcomer loss): the plan's *Vertrek*. Summed
 * over functions, a year's FTE is the year before's + hired − this − placed outside (SPEC §3.3's
 * balance; pathway moves and the scenario's transitions cancel out).
 */
export function leftFte(y: Pick<PlanYear, 'natural_outflow_fte' | 'newcomer_loss_fte'>): number {
  return y.natural_outflow_fte + y.newcomer_loss_fte;
}

/**
 * The FTE people on reduced hours give up in a year: a_f·P_f (SPEC §3.3), what the staffing balance
 * uses, read from the year's own balance W − O + U − D, since the JSON keeps the persons P (SPEC §4),
 * not a_f. 0 when nobody works reduced hours (the balance then holds only the solver's noise).
 */
export function reducedHoursFte(y: Pick<PlanYear, 'fte' | 'demand_fte' | 'overstaffing_fte' | 'shortage_fte' | 'reduced_hours_persons'>): number {
  if (y.reduced_hours_persons <= 0) return 0;
  return Math.max(0, y.fte - y.overstaffing_fte + y.shortage_fte - y.demand_fte);
}

/**
 * The persons on reduced hours of one function and year as whole people. The plan's P is continuous
 * (an LP variable): 6,6 persons is 7 people who each give up a little less than `fte_per_person`, since
 * 0,6 of a person cannot work fewer hours — so rounded up, after rounding to hundredths so that a
 * solver's 6,0000001 stays 6.
 */
export function wholePersons(persons: number): number {
  return Math.max(0, Math.ceil(Math.round(persons * 100) / 100));
}

/** Whole persons on reduced hours per year over functions (each function rounded up on its own: one person works in one function). */
export function reducedHoursWholePersons(functions: readonly { years: readonly Pick<PlanYear, 'year' | 'reduced_hours_persons'>[] }[]): { year: number; persons: number }[] {
  const first = functions[0];
  if (first === undefined) return [];
  return first.years.map((y, k) => ({ year: y.year, persons: functions.reduce((sum, f) => sum + wholePersons(f.years[k]?.reduced_hours_persons ?? 0), 0) }));
}
