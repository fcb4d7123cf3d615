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
