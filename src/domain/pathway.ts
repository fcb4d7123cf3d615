/** One ordered pair of functions with the pathway tests applied. */
export interface Pathway {
  from: string;
  to: string;
  /** 0–1; null when it is undefined (destination without skill profile, and no override). */
  similarity: number | null;
  /** level_to − level_from; null when either level is unknown. */
  level_step: number | null;
  /** pay_to / pay_from; null when either pay is unknown. */
  pay_ratio: number | null;
  /** Training hours per person: hours_per_level × missing proficiency levels. */
  hours: number;
  viable: boolean;
  desirable: boolean;
  safe: boolean;
  /** The destination is in `reskilling.closed_destinations`: filled by selection, never by a computed pathway. */
  closed: boolean;
  /** Why a test failed or could not be applied, each with the setting that would change it. */
  reasons: string[];
}

/** A pathway's numbers and verdicts without the reason texts: what the plans read (they never show reasons). */
export type PathwayVerdict = Omit<Pathway, 'reasons'>;

export interface PlannedPathway {
  from: string;
  to: string;
  /** FTE moved over this pathway in the whole horizon. */
  fte: number;
  /** Training hours per person. */
  hours_per_person: number;
  /** Euros: fte × hours × cost_per_hour. */
  cost: number;
  first_year: number;
}

export interface ReskillPlan {
  pathways: PlannedPathway[];
  /** Shortage at the horizon left for external hiring, FTE (only entries > 0). */
  hiring_fte: Record<string, number>;
  /** Surplus at the horizon left for mobility, FTE (only entries > 0). */
  surplus_fte: Record<string, number>;
  business_case: { reskill_cost: number; hire_cost: number; surplus_cost: number; total_cost: number; all_hire_cost: number };
  /** Reskilling volume (FTE starting) and spend (euros) per year. */
  per_year: { year: number; fte: number; cost: number }[];
  /** FTE starting each pathway per year (only entries > 0), sorted by from, to, year. */
  schedule: { from: string; to: string; year: number; fte: number }[];
  /** Plain-language notes, e.g. "budget binds in 2027". */
  notes: string[];
}
