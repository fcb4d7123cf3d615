import type { Stamp } from './results.js';
import { formatNumber } from './round.js';

/**
 * Standard and custom work (SPEC §3.7): the types that the model, `spp organise`, `spp project`,
 * `spp explain` and the report share.
 */

/**
 * The four quadrants of predictability × complexity, split at 0.5 on both axes:
 * standard (P ≥ 0.5, K < 0.5), specialist (P ≥ 0.5, K ≥ 0.5), flexible_service (P < 0.5, K < 0.5),
 * custom (P < 0.5, K ≥ 0.5).
 */
export type Quadrant = 'standard' | 'specialist' | 'flexible_service' | 'custom';

/** The quadrants in display order: from standard work to custom work. */
export const QUADRANTS: readonly Quadrant[] = ['standard', 'specialist', 'flexible_service', 'custom'];

/** Display names of the quadrants, the same in every output of one language. */
export const QUADRANT_NAMES: Record<'nl' | 'en', Record<Quadrant, string>> = {
  en: { standard: 'standard work', specialist: 'specialist work', flexible_service: 'flexible service', custom: 'custom work' },
  nl: { standard: 'standaardwerk', specialist: 'specialistisch werk', flexible_service: 'flexibele dienstverlening', custom: 'maatwerk' },
};

/** Predictability p_c and complexity k_c of one task category, each 0–1. */
export interface TaskProfile {
  predictability: number;
  complexity: number;
}

/**
 * A function's position now (start) and at the horizon (end), as `spp project --format json` carries
 * it per function. Null when none of the function's task categories has a profile.
 */
export interface PositionKeys {
  predictability: number | null;
  complexity: number | null;
  quadrant: Quadrant | null;
  predictability_end: number | null;
  complexity_end: number | null;
  quadrant_end: Quadrant | null;
  /** The first year in which the function is in its end quadrant; null when that is its start quadrant. */
  quadrant_year: number | null;
}

/** One function in `spp organise`: its FTE of work (demand) now and at the horizon, and its position. */
export interface OrganiseFunction extends PositionKeys {
  id: string;
  name: string;
  family: string;
  emerging: boolean;
  /** Demand FTE at the start (the formation): the work as it is organised today. */
  fte: number;
  /** Demand FTE at the horizon. */
  fte_end: number;
  /** Year by year: demand FTE and position (null without a profiled task category). */
  years: { year: number; fte: number; predictability: number | null; complexity: number | null; quadrant: Quadrant | null }[];
}

/** A function in custom work at the horizon, with the roles (task categories) that dominate its remaining work. */
export interface PoolCandidate {
  id: string;
  name: string;
  /** Demand FTE at the horizon: the work a pool of roles would take on. */
  fte: number;
  /** Demand FTE at the start. */
  fte_start: number;
  /** The quadrant it starts in (custom when it is custom work already). */
  quadrant: Quadrant | null;
  /** The first year in custom work; null when it is custom work from the start. */
  quadrant_year: number | null;
  /** Task categories with at least ROLE_MIN_SHARE of its work at the horizon, largest first. */
  roles: string[];
  /** The shares (0–1) of those roles at the horizon, in the same order. */
  role_shares: number[];
}

/**
 * The first year a pool candidate's work is custom work: its quadrant year (the horizon's start when
 * it is custom work from the start), and for a new (emerging) function no earlier than the year its
 * work starts — N01 starting in 2027 read "from 2026".
 */
export function customFrom(p: Pick<PoolCandidate, 'quadrant_year'>, fn: Pick<OrganiseFunction, 'years'> | undefined, start: number): number {
  const begins = fn?.years.find((y) => y.fte > 0)?.year ?? start;
  return Math.max(p.quadrant_year ?? start, begins);
}

/** FTE of work (demand) and number of functions per quadrant in one year. */
export interface QuadrantYear {
  year: number;
  fte: Record<Quadrant, number>;
  functions: Record<Quadrant, number>;
}

/** The canonical `spp organise` result (SPEC §3.7 `spp.organise/1`). */
export interface OrganiseResult {
  schema: 'spp.organise/1';
  stamp: Stamp;
  scenario: { id: string; title: string | null; horizon: { start: number; end: number } };
  /** The task profiles in use, by category (sorted), and where each comes from. */
  profiles: Record<string, TaskProfile & { source: 'default' | 'scenario' }>;
  /** Sorted by id. */
  functions: OrganiseFunction[];
  /** Largest FTE at the horizon first, then id. */
  pool_candidates: PoolCandidate[];
  /** The pool at the horizon: its FTE and the FTE per role (Σ over candidates of FTE × role share), largest first. */
  pool: { fte: number; roles: { role: string; fte: number }[] };
  /** Year by year: FTE of work and functions per quadrant (custom = what a pool could hold that year). */
  years: QuadrantYear[];
  notes: string[];
  /** The notes as data, which renderers say them from (not in the JSON: `notes` has their English). */
  noteFacts: OrganiseNoteFact[];
}

/**
 * A note of `spp organise` as data (model/organise.ts), said from these fields in Dutch — never read
 * back from the English: task categories and function ids are the user's and may hold any character.
 * `text`: the note in English, as `notes` holds it.
 */
export type OrganiseNoteFact =
  /** A task category without a predictability/complexity profile, and the functions whose position leaves it out. */
  | { kind: 'unprofiled'; text: string; category: string; functions: string[] }
  /** A function none of whose task categories has a profile. */
  | { kind: 'no_position'; text: string; function: string };

/**
 * Built-in profiles of the task categories that spp's own examples use (Gemeente Voorbeeld and
 * `spp init`). The README gives the reasoning for each value.
 */
export const DEFAULT_TASK_PROFILES: Readonly<Record<string, TaskProfile>> = {
  administrative: { predictability: 0.9, complexity: 0.2 },
  customer_contact: { predictability: 0.45, complexity: 0.3 },
  case_handling: { predictability: 0.7, complexity: 0.55 },
  fieldwork: { predictability: 0.7, complexity: 0.3 },
  ict: { predictability: 0.6, complexity: 0.6 },
  management: { predictability: 0.65, complexity: 0.75 },
  analysis: { predictability: 0.4, complexity: 0.7 },
  advice: { predictability: 0.35, complexity: 0.65 },
  policy: { predictability: 0.45, complexity: 0.8 },
  coordination: { predictability: 0.4, complexity: 0.6 },
};

/**
 * A position value (0–1) for people, to two decimals. A value just below the 0.5 split is shown as
 * 0.49, never as 0.50, so the printed number always agrees with the quadrant it puts a function in.
 */
export function formatPosition(value: number | null, lang: 'nl' | 'en' = 'en'): string {
  if (value === null) return '–';
  const shown = value < 0.5 && value >= 0.495 ? 0.49 : value;
  return formatNumber(shown, 2, lang);
}
