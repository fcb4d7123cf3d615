import type { Scenario } from './scenario-schema.js';
import type { Cell } from './workforce.js';
import type { FunctionResult, ModelNoteFact, Projection, SourcedYearRow } from './projection.js';
import type { ExplainSupply, ExplainYear, FunctionExplanation } from './explanation.js';
import type { Pathway } from './pathway.js';
import type { OrganiseResult, PositionKeys } from './organise.js';
import type { CompareResult } from './compare.js';
import type { SensitivityResult } from './sensitivity.js';
import type { MonteCarloInfo } from './uncertainty.js';
import type { PlanNoteFact, PlanPathwayFlow, PlanResult, PlanShortfall, PlanYear, ShortfallReason } from './plan.js';
import type { BacktestResult } from './backtest.js';
import type { Withheld } from './suppress.js';
/** The reproducibility stamp every result carries (SPEC §4): version, scenario id, SHA-256 of each input, seed. */
export interface Stamp {
  spp_version: string;
  scenario_id: string;
  inputs: { role: string; file: string; sha256: string }[];
  seed: number | null;
}

/** The canonical projection result (SPEC §4 `spp.result/1`); every output format renders from it. */
export interface ProjectResult {
  schema: 'spp.result/1';
  stamp: Stamp;
  scenario: { id: string; title: string | null; horizon: { start: number; end: number } };
  /** With `--runs`: how many runs, the seed, and what was drawn. */
  monte_carlo?: MonteCarloInfo;
  /**
   * SPEC §4 privacy: a function, family or total marked `suppressed` ('small': fewer than min_group
   * persons at the start; 'complement': hidden so that a small one cannot be derived from a total)
   * has these year keys withheld in every output (null in JSON, "< 5" or "•" elsewhere).
   */
  privacy: { min_group: number; suppressed_keys: string[] };
  years: number[];
  /** Each function with its position in standard and custom work (SPEC §3.7). */
  functions: (Omit<FunctionResult, 'years'> & PositionKeys & { suppressed?: Withheld; years: SourcedYearRow[] })[];
  families: { id: string; suppressed?: Withheld; years: SourcedYearRow[] }[];
  groups: { id: string; years: SourcedYearRow[] }[];
  /**
   * `withheld_keys`: year keys of the total withheld on their own (null in JSON) — the moves in and
   * out when a withheld function moves people: the total's moves are the sum of every function's,
   * and the functions without a transition in the scenario add 0 to it.
   */
  totals: { suppressed?: Withheld; withheld_keys?: ('moved_in_fte' | 'moved_out_fte')[]; years: SourcedYearRow[] };
  vulnerable: Projection['vulnerable'] & { suppressed?: Withheld };
  assumptions: string[];
  /** The assumptions that name functions, as data (Projection.assumptionFacts; not in the JSON). */
  assumptionFacts?: ModelNoteFact[];
}

/**
 * A year's supply of a function whose people figures are withheld (SPEC §4 privacy, as in
 * `spp project`): nothing of it — a retirement in a group of three tells who retired, and so does
 * the drop of its FTE. 'small': fewer than min_group persons; 'complement': hidden so that a small
 * function cannot be derived from its family's total.
 */
interface SuppressedSupply {
  suppressed: Withheld;
}

/** One year of `spp explain`: the model's chain, with the supply (and so the gap) withheld for a suppressed function. */
export type ExplainResultYear = Omit<ExplainYear, 'supply' | 'gap_fte'> & { supply: ExplainSupply | SuppressedSupply; gap_fte: number | null };

/** Canonical `spp explain F` result: the chain behind one function's numbers. */
export interface ExplainResult extends Omit<FunctionExplanation, 'years'> {
  schema: 'spp.explain/1';
  /** The model's chain per year, with the supply suppressed for a small group, and the gap's sources. */
  years: (ExplainResultYear & { replacement_fte: number | null; expansion_fte: number })[];
  stamp: Stamp;
  scenario: { id: string; title: string | null };
  /**
   * The privacy rule applied, the same as in `spp project`: a function with fewer than min_group
   * people at the start ('small'), or hidden as the complement of one ('complement'), has its supply,
   * gap and replacement demand withheld (reason null: shown).
   */
  /**
   * `moved_in_from_withheld`: present (true) when the function is withheld because a transition of
   * the scenario moves people into it from a withheld function (their FTE would follow from it).
   */
  privacy: { min_group: number; suppressed: boolean; reason: Withheld | null; moved_in_from_withheld?: true };
  /** Its position in standard and custom work now and at the horizon (SPEC §3.7). */
  position: PositionKeys;
  /** The action plan's decisions for this function (only when the scenario has a `plan:` block). */
  plan?: ExplainPlan;
  /**
   * When the scenario's plan cannot be solved within its limits (the codes spp plan reports, e.g.
   * PLAN_OVERSTAFFING_CAP): the chain above stands, the plan's decisions are missing.
   */
  plan_unsolvable?: string[];
}

/** One function's part of `spp plan`: its years and the pathways into and out of it. */
interface ExplainPlan {
  years: PlanYear[];
  pathways: PlanPathwayFlow[];
  /** `reason`: the cause as data, for renderers (not in the JSON: `cause` says it there). */
  shortfalls: { year: number; shortage_fte: number; cause: string; reason: ShortfallReason }[];
}

/** One pathway of the plan over the whole horizon (SPEC §4 `spp.reskill/1`). */
export interface ReskillPathway {
  from: string;
  to: string;
  /** FTE moved over this pathway, all years together (gross, before first-year retention). */
  fte: number;
  /** Training hours per person (0: a redeployment, no training needed). */
  hours_per_person: number;
  /** Euros, all years together (discounted like every plan cost). */
  cost: number;
  /** The plan's first year of this pathway (the 1 January the first movers arrive). */
  first_year: number;
  last_year: number;
  /** Share of movers still there after their first year. */
  retention: number;
  explicit: boolean;
  /**
   * Scale (level) of the destination minus that of the origin: −1 is one scale lower. Null when a
   * level is unknown, or for a route from or into the withheld functions together.
   */
  level_step: number | null;
  /** Pay of the destination ÷ pay of the origin (two decimals); null when a pay is unknown, or for a merged route. */
  pay_ratio: number | null;
}

/** One year of the plan, organisation-wide: the decisions that took effect on 1 January of `year`. */
export interface ReskillYear {
  year: number;
  /** FTE moved over pathways (reskilling and redeployment together). */
  fte: number;
  reskilled_fte: number;
  redeployed_fte: number;
  hired_fte: number;
  redundant_fte: number;
  reduced_hours_persons: number;
  overstaffing_fte: number;
  shortage_fte: number;
}

/**
 * Canonical `spp reskill` result (SPEC §4 `spp.reskill/1`), filled from the plan of `spp plan`
 * (SPEC §3.2: "`spp reskill` shows the plan's pathways"), so both tell one story.
 */
export interface ReskillResult {
  schema: 'spp.reskill/1';
  stamp: Stamp;
  scenario: { id: string; title: string | null; horizon: { start: number; end: number } };
  objective: PlanResult['objective'];
  pathways: ReskillPathway[];
  /** The plan's moves per pathway and year (the year: the 1 January the movers arrive). */
  moves: PlanPathwayFlow[];
  /** FTE hired per function over the horizon (gross; only entries > 0). */
  hiring_fte: Record<string, number>;
  /** FTE placed outside (van-werk-naar-werk) per function over the horizon (only entries > 0). */
  surplus_fte: Record<string, number>;
  /** Overstaffing carried per function, FTE-years over the horizon (only entries > 0). */
  overstaffing_fte_years: Record<string, number>;
  business_case: {
    reskill_cost: number;
    hire_cost: number;
    /** Placement outside, overstaffing and reduced hours. */
    surplus_cost: number;
    /** Unmet demand, when the scenario prices it (else 0). */
    shortage_cost: number;
    total_cost: number;
    /** The plan's alternative "no plan": every year's shortage hired, every year's surplus placed outside. */
    all_hire_cost: number;
    /** The plan's alternative "no pathways": the same plan without reskilling or redeployment; null when no such plan meets the hard limits. */
    no_pathways_cost: number | null;
  };
  /** The years the plan decides (start + 1 … end). */
  per_year: ReskillYear[];
  /** The years the costs are paid (a decision is paid the year before it takes effect). */
  cost_period: { start: number; end: number };
  /**
   * Costs by the year they are paid, the plan's `costs.by_year` (SPEC §3.3): a move in the year it is
   * made, the year before the 1 January the movers arrive; `total` is the whole plan's.
   */
  costs_by_year: { year: number; reskilling: number; total: number }[];
  alternatives: PlanResult['alternatives'];
  /** As `spp.plan/1` publishes them: the cause in English. */
  shortfalls: Omit<PlanShortfall, 'reason'>[];
  rules: Scenario['reskilling'];
  notes: string[];
  /** The plan's notes that name functions, as data for renderers (not in the JSON). */
  noteFacts: PlanNoteFact[];
}

/** Canonical `spp pathways F` result (SPEC §4 `spp.pathways/1`). */
export interface PathwaysResult {
  schema: 'spp.pathways/1';
  stamp: Stamp;
  function: { id: string; name: string; family: string; level: number | null; pay: number | null; status: string; vulnerable: boolean };
  rules: { min_similarity: number; max_level_step: number; min_pay_ratio: number; hours_per_level: number; cost_per_hour: number };
  pathways: (Omit<Pathway, 'from'> & { name: string; cost_per_person: number })[];
}

/** Everything the report is built from. */
/**
 * The scenario's `data:` settings a flag gave instead of the scenario (`--headcount afas/`,
 * `--preset afas`), as typed (an absolute path by its file name only): the lists of assumptions
 * (report appendix, workbook) name what was read, and from where.
 */
export type DataGiven = Readonly<Partial<Record<'functions' | 'headcount' | 'columns' | 'preset', string>>>;

export interface ReportSource {
  project: ProjectResult;
  /** The action plan (SPEC §3.3), for the Doorontwikkelen and Doorverbinden chapters. */
  plan: PlanResult;
  /** The plan seen as `spp reskill` shows it. */
  reskill: ReskillResult;
  scenario: Scenario;
  /** The headcount folded into cells (the state at the horizon start). */
  cells: readonly Cell[];
  /** The merged scenario document as written (before defaults), incl. values inherited via `extends`. */
  raw: unknown;
  /** The file a scenario key was written in (for the assumptions appendix); absent: not known. */
  locate?: (path: readonly (string | number)[]) => { file: string };
  /** The scenario's `data:` settings a flag gave instead (`--headcount x.csv`); absent: none. */
  given?: DataGiven;
  usedExample: boolean;
  /** Standard and custom work (SPEC §3.7), for the Doorbreken chapter; absent: the chapter leaves it out. */
  organise?: OrganiseResult;
  /** With several scenarios (`spp report -s A -s B`): the comparison, the first scenario being this one. */
  comparison?: CompareResult;
  /** With `--sensitivity`: the tornado of this scenario. */
  sensitivity?: SensitivityResult;
  /** With `--actual`: how well the model projected a later snapshot, for the appendix. */
  backtest?: BacktestResult;
}
