import type { Family } from './function-house.js';

/**
 * The demographic shape of a municipal workforce the generator draws from, tuned to published
 * sector figures for Dutch municipalities (A&O fonds Gemeenten, Personeelsmonitor Gemeenten; CBS):
 * mean age about 47, ~18% under 35, ~17% aged 60 or over, part-time factor about 0.9, ~8% temporary
 * contracts. The realised figures of the bundled example are in fixtures/example/README.md.
 */

/** Reference date of the generated data: ages are completed years on this day (the horizon start). */
export const REFERENCE_YEAR = 2026;

/** Age bands [from, to) in exact years on 1 January of the reference year, with their base weights. */
export const AGE_BANDS: readonly (readonly [from: number, to: number, weight: number])[] = [
  [19, 25, 0.03],
  [25, 35, 0.15],
  [35, 45, 0.215],
  [45, 55, 0.255],
  [55, 60, 0.18],
  // Up to (not including) 67: on 1 January nobody has reached the AOW age yet.
  [60, 67, 0.17],
];

/**
 * Tilts of the age bands per family (multipliers of the base weights): ICT is younger, the
 * buitendienst older, managers are rarely under 30. Families not listed use the base weights.
 */
export const AGE_TILT: Partial<Record<Family, readonly number[]>> = {
  Informatievoorziening: [1.6, 1.4, 1.2, 0.9, 0.7, 0.6],
  'Openbare ruimte': [0.8, 0.8, 0.9, 1.0, 1.2, 1.3],
  Management: [0, 0.3, 0.9, 1.3, 1.3, 1.0],
  Dienstverlening: [1.3, 1.1, 1.0, 1.0, 0.95, 0.9],
};

/** Weekly hours on offer (the municipal full-time week is 36 hours) and how often each occurs. */
export const HOURS = [36, 32, 28, 24, 20, 16] as const;
export const HOURS_WEIGHTS_DEFAULT: readonly number[] = [0.5, 0.23, 0.14, 0.08, 0.03, 0.02];
export const HOURS_WEIGHTS: Partial<Record<Family, readonly number[]>> = {
  // Outdoor work is organised in full-time crews.
  'Openbare ruimte': [0.85, 0.08, 0.04, 0.02, 0.01, 0],
  Management: [0.75, 0.2, 0.05, 0, 0, 0],
  // Front office and social work have the most part-time jobs.
  Dienstverlening: [0.36, 0.27, 0.18, 0.11, 0.05, 0.03],
  'Sociaal domein': [0.38, 0.27, 0.17, 0.11, 0.05, 0.02],
};
export const FULLTIME_HOURS = 36;

/** Probability of a temporary contract by age on the reference date (young people start temporary). */
export function temporaryProbability(age: number): number {
  if (age < 35) return 0.22;
  if (age < 55) return 0.07;
  return 0.025;
}

/** Temporary contracts end at the end of one of the next 24 months (March of the reference year on). */
export const CONTRACT_END_MONTHS = 24;
export const CONTRACT_END_FIRST_MONTH = 2; // 0-based: March
