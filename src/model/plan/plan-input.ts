/**
 * The numbers the plan's linear program (SPEC §3.3) is built from, with every rule already resolved
 * per function. Years are indexed k = 0 … T (k = 0 the snapshot year `start`); a decision made during
 * year u takes effect on 1 January of u + 1. FTE unless named; euros undiscounted.
 */

export interface PlanFunctionInput {
  id: string;
  /** W_f(start): FTE in the snapshot. */
  startFte: number;
  /** D_f(k) for k = 0 … T (FTE). */
  demand: number[];
  /** stay_f(u) for u = 0 … T−1: share of f's FTE still in f at the end of u. */
  stay: number[];
  /** move_fj(u) for u = 0 … T−1, per destination j (Markov transitions of the scenario). */
  moves: { to: string; share: number[] }[];
  /** κ_f: share of hires that stay their first year. */
  hireRetention: number;
  hireCost: number;
  /** FTE per year at most; Infinity: no limit. */
  hireMax: number;
  redundancyCost: number;
  redundancyMax: number;
  /** Euros per FTE-year of overstaffing. */
  overstaffingCost: number;
  /** Reduced hours, when a rule covers the function. */
  reducedHours: { maxPersons: number; ftePerPerson: number; costPerPerson: number } | null;
}

export interface PlanPathwayInput {
  from: string;
  to: string;
  /** Euros per FTE moved. */
  cost: number;
  hours: number;
  /** ρ_ij: share of movers who stay their first year. */
  retention: number;
  /** FTE per year at most; Infinity: no limit. */
  maxPerYear: number;
  /** Movers at most this share of W_j(u+1); null: no limit. */
  maxShareOfDestination: number | null;
  explicit: boolean;
}

export interface PlanInput {
  /** Calendar years start … end (T + 1 of them). */
  years: number[];
  functions: PlanFunctionInput[];
  pathways: PlanPathwayInput[];
  objective: 'cost' | 'redundancy';
  /** Σ_f O_f(t) at most; Infinity: no cap. */
  maxTotalOverstaffing: number;
  /** Euros of pathway moves per year; Infinity: no budget. */
  budgetPerYear: number;
  /** FTE of pathway moves per year; Infinity: no cap. */
  capacityPerYear: number;
  /** null: unmet demand is minimised first (lexicographic); else priced per FTE-year. */
  shortageCost: number | null;
  /** A pathway used in a year carries at least this many FTE (0: no minimum). */
  minFlow: number;
  discountRate: number;
}
