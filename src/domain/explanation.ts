import type { Scenario } from './scenario-schema.js';
import type { ModelNoteFact, StatusResult } from './projection.js';
export interface ExplainSupply {
  /** 1 January of the year. */
  start_fte: number;
  start_persons: number;
  /** AOW age of the year (years). */
  aow_age: number;
  retired_fte: number;
  retired_persons: number;
  contract_ending_fte: number;
  renewed_fte: number;
  contract_ended_fte: number;
  /**
   * Per attrition rule that applied: the ages a(t) it applied to, its rate, the FTE it applied to and
   * the FTE that left. `rule_index` is the rule's place in `workforce.attrition`; null when no rule of
   * the scenario matches (rate 0). `merged`: rules of neighbouring ages taken together, because one of
   * them applied to fewer than privacy.min_group people (app/explain.ts): `ages` is their bands joined
   * by " + ", rate their mean (fte / base_fte), rule_index null. `base_persons` is the model's and
   * never published.
   */
  attrition: { rule: string; rule_index: number | null; rate: number; ages: string; base_fte: number; fte: number; merged?: true; base_persons?: number }[];
  attrition_fte: number;
  moved_out: { to: string; share: number; fte: number }[];
  moved_out_fte: number;
  /** By origin; `from` null: the withheld functions together (SPEC §4 privacy), never named. */
  moved_in: { from: string | null; fte: number }[];
  moved_in_fte: number;
  /** 1 January of the next year. */
  end_fte: number;
  end_persons: number;
}

export interface ExplainDemand {
  base_fte: number;
  growth: { rate: number; rule: string; factor: number };
  automation: { category: string; share: number; level: number; automated: number }[];
  automated_share: number;
  reinvested: number;
  labour_factor: number;
  overrides: { rule: string; factor: number }[];
  override_factor: number;
  /** Emerging functions: demand from the scenario's points; null otherwise. */
  points_fte: number | null;
  /** demand.targets: the formation plan's FTE for this year, which replaces the model's demand; null when none applies. */
  target_fte: number | null;
  demand_fte: number;
}

export interface ExplainYear {
  year: number;
  supply: ExplainSupply;
  demand: ExplainDemand;
  gap_fte: number;
}

export interface FunctionExplanation {
  id: string;
  name: string;
  family: string;
  emerging: boolean;
  years: ExplainYear[];
  status: StatusResult & { thresholds: Scenario['classification'] };
  assumptions: string[];
  /** The assumptions that name functions, as data (Projection.assumptionFacts; not in the JSON). */
  assumptionFacts?: ModelNoteFact[];
}
