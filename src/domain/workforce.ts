/**
 * Domain types shared by io/, model/, app/ and report/. The model is pure: it receives these
 * values, never paths or streams.
 */

/** One row of functions.csv, normalised. */
export interface FunctionProfile {
  id: string;
  name: string;
  /** Function family ('' when the export has none). */
  family: string;
  /** Salary scale / level; null when unknown. */
  level: number | null;
  /** Annual pay in euros; null when unknown (0 counts as unknown too: see knownPay). */
  pay: number | null;
  /** Budgeted FTE (demand at start); null: occupied FTE from headcount. */
  formationFte: number | null;
  /** Task shares by category, normalised to sum to 1. */
  tasks: Record<string, number>;
  /** Required proficiency 1–5 by skill; skills with 0 / empty are left out. */
  skills: Record<string, number>;
  /** True for functions that come from a scenario's `demand.emerging`. */
  emerging?: boolean;
}

export type ContractKind = 'permanent' | 'temporary';

/**
 * A group of people the model treats alike: same function, birth month, contract and contract end
 * (and the same value of the --by grouping column). The model works on cells, never on persons,
 * so its cost does not grow with headcount. `persons` and `fte` may be fractional after projection.
 */
export interface Cell {
  functionId: string;
  birthYear: number;
  /** 1–12; 7 when only a birth year or an age is known (1 July, SPEC §3). */
  birthMonth: number;
  contract: ContractKind;
  /** Year in which a temporary contract ends; null when none was given (the scenario default applies). */
  endYear: number | null;
  /** Value of the grouping column (--by), '' when not grouping. */
  group: string;
  persons: number;
  fte: number;
}

/** Measured proficiencies from the headcount, FTE-weighted, per function and skill. */
export interface MeasuredSkills {
  [functionId: string]: { [skill: string]: { fte: number; sum: number } };
}

/** The headcount folded into cells. */
export interface Workforce {
  cells: Cell[];
  measuredSkills: MeasuredSkills;
  /** Data rows read (a row with count n counts once). */
  rows: number;
}

export type Status = 'emerging' | 'disappearing' | 'changing' | 'growing' | 'shrinking' | 'stable';

/**
 * A function's pay when the data gives one: missing, or 0 as in an export without salaries, is
 * unknown alike — for the pathways' pay ratio and the plan's overstaffing at pay.
 */
export function knownPay(pay: number | null | undefined): pay is number {
  return pay !== null && pay !== undefined && pay > 0;
}
