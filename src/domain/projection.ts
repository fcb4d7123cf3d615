import type { Status } from './workforce.js';
import type { Band } from './uncertainty.js';
/** One year of supply (1 January), demand, gap and the flows during the year; FTE unless named persons. */
export interface YearRow {
  year: number;
  supply_fte: number;
  supply_persons: number;
  demand_fte: number;
  gap_fte: number;
  retired_fte: number;
  contract_ended_fte: number;
  attrition_fte: number;
  moved_in_fte: number;
  moved_out_fte: number;
  /** With `--runs`: the spread of supply, demand and gap over the Monte Carlo runs. */
  supply_fte_band?: Band;
  demand_fte_band?: Band;
  gap_fte_band?: Band;
}

/**
 * Where the change of the gap since the start comes from (SPEC §3.1, *vervangingsvraag* and
 * *uitbreidingsvraag*), FTE: gap(t) = gap(start) − replacement_fte(t) − expansion_fte(t).
 */
export interface GapSources {
  /** Net outflow during the years start … t−1: retired + contracts ended + attrition + moved out − moved in. */
  replacement_fte: number;
  /** D(t) − D(start): the work that grows (+) or shrinks (−). */
  expansion_fte: number;
}

/** A year row of a result: the model's row plus where the gap comes from. */
export type SourcedYearRow = YearRow & GapSources;

export interface FunctionResult {
  id: string;
  name: string;
  family: string;
  status: Status;
  /** With `--runs`: the share of runs (0–1) that ended in each status. */
  status_probability?: Partial<Record<Status, number>>;
  flags: Status[];
  vulnerable: boolean;
  rule: string;
  demand_ratio: number | null;
  automated_share: number;
  shift: number;
  task_shift: number;
  skill_shift: number;
  status_year: number | null;
  emerging: boolean;
  task_mix: { start: Record<string, number>; end: Record<string, number> };
  /** Skill requirements before and after skill_shift (at the horizon end). */
  skills: { start: Record<string, number>; end: Record<string, number> };
  years: YearRow[];
}

export interface Projection {
  years: number[];
  /** Sorted by id. */
  functions: FunctionResult[];
  families: { id: string; years: YearRow[] }[];
  groups: { id: string; years: YearRow[] }[];
  totals: { years: YearRow[] };
  /** At start: vulnerable functions, and the persons and FTE working in them. */
  vulnerable: { functions: number; persons: number; fte: number };
  assumptions: string[];
  /** The assumptions that name functions of the data, as data for renderers (not in the JSON). */
  assumptionFacts?: ModelNoteFact[];
}

export interface StatusResult {
  status: Status;
  flags: Status[];
  rule: string;
  status_year: number | null;
  /** D(end)/D(start); null for emerging functions. */
  demand_ratio: number | null;
  automated_share: number;
  shift: number;
  task_shift: number;
  skill_shift: number;
  vulnerable: boolean;
}

/** A projection whose year rows carry their gap sources (SPEC §3.1). */
export interface SourcedProjection extends Omit<Projection, 'functions' | 'families' | 'groups' | 'totals'> {
  functions: (Omit<FunctionResult, 'years'> & { years: SourcedYearRow[] })[];
  families: { id: string; years: SourcedYearRow[] }[];
  groups: { id: string; years: SourcedYearRow[] }[];
  totals: { years: SourcedYearRow[] };
}

/**
 * An assumption of the model that names functions of the user's data, as data: renderers say it from
 * these fields in the reader's language (report/notes.ts modelNote); `text` is the line as
 * `assumptions` holds it (English, the JSON's).
 */
export type ModelNoteFact = { kind: 'unknown_functions'; text: string; persons: number; functions: string[] };
