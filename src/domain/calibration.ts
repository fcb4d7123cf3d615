import type { Stamp } from './results.js';

/**
 * The canonical `spp calibrate` result (SPEC §4 `spp.calibration/1`). Rates are per year (0–1);
 * `low`/`high` bound the 90 % Wilson interval, annualised like the rate. No employee id, and no
 * group smaller than `min_group`, appears in it.
 */
export interface AttritionEstimate {
  /** Age band (a(t) in the first year), in the scenario's syntax; null: every age (family and function rules, the aggregate method). */
  ages: string | null;
  family?: string;
  function?: string;
  at_risk: number;
  left: number;
  rate: number;
  low: number;
  high: number;
}

export interface TransitionEstimate {
  from: string;
  to: string;
  at_risk: number;
  moved: number;
  rate: number;
  low: number;
  high: number;
}

export interface RenewalEstimate {
  /** Temporary contracts that ended between the snapshots. */
  ending: number;
  /** Of those, persons still employed in the later snapshot. */
  renewed: number;
  /** Share renewed (not per year: a share of contracts that ended). */
  rate: number;
  low: number;
  high: number;
}

export interface CalibrationResult {
  schema: 'spp.calibration/1';
  stamp: Stamp;
  /** Reference years: 1 January of each. */
  from: number;
  to: number;
  /** to − from. */
  years: number;
  /** 'linked': persons linked by employee_id; 'aggregate': no ids, counts only (less exact). */
  method: 'linked' | 'aggregate';
  min_group: number;
  /** At risk a family or function needs for a rule of its own (which it gets only when its interval excludes the broader rate). */
  min_at_risk: number;
  old_persons: number;
  new_persons: number;
  /** Persons of the old snapshot found again in the new one; null without ids. */
  linked: number | null;
  /** Persons in the new snapshot who were not in the old one; null when unknown. */
  joiners: number | null;
  /** Reached the AOW age between the snapshots and gone (aggregate: everyone who reached it). */
  retired: number;
  /** Reached the AOW age but still employed. */
  worked_past_aow: number | null;
  stayed: number | null;
  moved: number | null;
  left: number | null;
  /** Temporary contracts that ended and were not renewed. */
  contract_ended: number | null;
  /**
   * Temporary contracts that ended and were renewed (the person is still there), counted whatever
   * their number (`renewal` estimates a share only from min_group ended contracts). With ids the
   * counts add up: old_persons = linked + (old_persons − linked); linked = stayed + moved +
   * contract_renewed + worked_past_aow; old_persons − linked = left + retired + contract_ended;
   * new_persons = linked + joiners.
   */
  contract_renewed: number | null;
  attrition: AttritionEstimate[];
  transitions: TransitionEstimate[];
  /**
   * Function codes renamed between the snapshots (a code gone from NEW whose people are there under one
   * code OLD does not have): its people count as staying, not as moving (`renamedFunctions`).
   */
  renamed_functions: { from: string; to: string }[];
  /** The names (from the functions file) of the functions the rules, transitions and renames name, by id; empty without a functions file. */
  function_names: { id: string; name: string }[];
  /** null when too few contracts ended (under min_group) or without ids. */
  renewal: RenewalEstimate | null;
  /**
   * With a scenario (-s): its workforce settings calibrate does not measure, as the scenario has them,
   * so that the YAML block replaces the scenario's workforce: block without losing them — the AOW
   * table, the full-time week, temporary.default_years, and the renewal rate when none was estimated.
   * Absent without a scenario.
   */
  scenario_workforce?: {
    /** The scenario file (its name, as in the stamp). */
    file: string;
    retirement_age: number | Record<string, number> | null;
    fulltime_hours: number;
    default_years: number;
    /** The scenario's renewal rate, given only when `renewal` is null (nothing to measure it from). */
    renewal_rate?: number | [number, number, number];
  };
  notes: string[];
}

/**
 * The note on a function code renamed between the snapshots, in English as `notes` holds it. A
 * renderer finds the note of a pair of `renamed_functions` by this text and says it from the pair:
 * function codes are the user's and may hold any character, so the note is never read back.
 */
export function renamedFunctionNote(pair: { from: string; to: string }): string {
  return `Function code ${pair.from} is not in the new snapshot and its people are there as ${pair.to}, a code the old snapshot does not have: taken as the same function under a new code (they count as staying, not as moving).`;
}
