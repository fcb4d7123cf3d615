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
