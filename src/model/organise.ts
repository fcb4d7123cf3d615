import { DEFAULT_TASK_PROFILES } from '../domain/organise.js';
import type { OrganiseFunction, OrganiseNoteFact, OrganiseResult, PoolCandidate, PositionKeys, Quadrant, QuadrantYear, TaskProfile } from '../domain/organise.js';
import type { Projection } from '../domain/projection.js';
import type { Scenario } from '../domain/scenario-schema.js';
import { automationLevels } from './automation.js';
import { compareText } from '../domain/compare-text.js';
import { taskMixAfter } from './task-mix.js';
import { dict, own } from '../domain/dict.js';

export { DEFAULT_TASK_PROFILES };

/**
 * Standard and custom work (SPEC §3.7). Each task category c has a predictability p_c and a
 * complexity k_c (0–1); a function's position in year t is the share-weighted mean over its evolving
 * task mix s'_fc(t) (§3.1): P_f(t) = Σ_c s'_fc(t)·p_c, K_f(t) = Σ_c s'_fc(t)·k_c. Both axes split at
 * 0.5 into four quadrants. Pure: scenario and projection in, numbers out; nothing is rounded.
 *
 * Decisions where the SPEC is silent:
 * - A task category without a profile (neither built in nor in `task_profile:`) is left out of the
 *   mean: the weights are renormalised over the categories that have one, and a note says so. A
 *   function none of whose categories has a profile has no position (null).
 * - The 0.5 split allows 1e-9, as the status thresholds do, so a mean that is 0.5 up to floating-point
 *   error counts as ≥ 0.5.
 * - FTE is the function's demand (the work), at the start and per year; the pool's FTE is the demand
 *   of the pool candidates at the horizon.
 */

/** The split of both axes. */
const QUADRANT_SPLIT = 0.5;
const TOLERANCE = 1e-9;

/** A role (task category) dominates a pool candidate when it holds at least this share of its work at the horizon. */
const ROLE_MIN_SHARE = 0.2;

/** The profiles in use: the built-in defaults, overridden or added to by the scenario's `task_profile:`. */
export function taskProfilesOf(scenario: Scenario): Record<string, TaskProfile & { source: 'default' | 'scenario' }> {
  const out = dict<TaskProfile & { source: 'default' | 'scenario' }>();
  const set = scenario.task_profile;
  const keys = [...new Set([...Object.keys(DEFAULT_TASK_PROFILES), ...Object.keys(set)])].sort(compareText);
  for (const c of keys) {
    const given = set[c];
    const base = own(DEFAULT_TASK_PROFILES, c);
    if (given === undefined) out[c] = { ...base!, source: 'default' };
    else {
      // The scenario's task_profile holds the built-in profiles by default: those count as defaults.
      const same = base !== undefined && base.predictability === given.predictability && base.complexity === given.complexity;
      out[c] = { predictability: given.predictability, complexity: given.complexity, source: same ? 'default' : 'scenario' };
    }
  }
  return out;
}

/** The quadrant of a position (P, K), both 0–1, split at 0.5. */
export function quadrantOf(predictability: number, complexity: number): Quadrant {
  const predictable = predictability >= QUADRANT_SPLIT - TOLERANCE;
  const complex = complexity >= QUADRANT_SPLIT - TOLERANCE;
  if (predictable) return complex ? 'specialist' : 'standard';
  return complex ? 'custom' : 'flexible_service';
}

/** A position in one year: P and K (0–1, share-weighted over categories with a profile) and its quadrant. */
export interface Position {
  predictability: number;
  complexity: number;
  quadrant: Quadrant;
}

/** The share-weighted position of a task mix (shares summing to 1); null when no category has a profile. */
export function positionOf(mix: Record<string, number>, profiles: Readonly<Record<string, TaskProfile>>): Position | null {
  let weight = 0;
  let p = 0;
  let k = 0;
  for (const c of Object.keys(mix).sort(compareText)) {
    const profile = profiles[c];
    const share = mix[c]!;
    if (profile === undefined || share <= 0) continue;
    weight += share;
    p += share * profile.predictability;
    k += share * profile.complexity;
  }
  if (weight <= 0) return null;
  const predictability = p / weight;
  const complexity = k / weight;
  return { predictability, complexity, quadrant: quadrantOf(predictability, complexity) };
}

/** A function's position in every year of the horizon, from its task shares and the scenario's automation. */
export function positionsOverTime(tasks: Record<string, number>, levelsByYear: readonly Record<string, number>[], profiles: Readonly<Record<string, TaskProfile>>): (Position | null)[] {
  return levelsByYear.map((levels) => positionOf(taskMixAfter(tasks, levels), profiles));
}

/** The SPEC §3.7 keys from a function's yearly positions: start, end, and the first year in the end quadrant. */
export function positionKeys(years: readonly number[], positions: readonly (Position | null)[]): PositionKeys {
  const first = positions[0] ?? null;
  const last = positions[positions.length - 1] ?? null;
  let quadrantYear: number | null = null;
  if (last !== null && first !== null && last.quadrant !== first.quadrant) {
    const i = positions.findIndex((p) => p !== null && p.quadrant === last.quadrant);
    quadrantYear = years[i] ?? null;
  }
  return {
    predictability: first?.predictability ?? null,
    complexity: first?.complexity ?? null,
    quadrant: first?.quadrant ?? null,
    predictability_end: last?.predictability ?? null,
    complexity_end: last?.complexity ?? null,
    quadrant_end: last?.quadrant ?? null,
    quadrant_year: quadrantYear,
  };
}

/** Automation levels A_c(t) (0–1 by category) for each year. */
function levelsByYear(scenario: Scenario, years: readonly number[]): Record<string, number>[] {
  return years.map((t) => automationLevels(scenario, t));
}

/** SPEC §3.7 position keys of each function (its task shares `tasks`) over the horizon `years`, by id. */
export function positionsOf(scenario: Scenario, functions: readonly { id: string; tasks: Record<string, number> }[], years: readonly number[]): Map<string, PositionKeys> {
  const profiles = taskProfilesOf(scenario);
  const levels = levelsByYear(scenario, years);
  const out = new Map<string, PositionKeys>();
  for (const f of functions) out.set(f.id, positionKeys(years, positionsOverTime(f.tasks, levels, profiles)));
  return out;
}

/** Everything `spp organise` shows, unrounded (app/ adds the schema, stamp and scenario, and rounds). */
export type OrganiseModel = Omit<OrganiseResult, 'schema' | 'stamp' | 'scenario'>;

function emptyByQuadrant(): Record<Quadrant, number> {
  return { standard: 0, specialist: 0, flexible_service: 0, custom: 0 };
}

/** The task categories (with their shares, 0–1) holding at least `min` of a mix, largest first, then by name. */
export function dominantRoles(mix: Record<string, number>, min = ROLE_MIN_SHARE): { role: string; share: number }[] {
  const all = Object.entries(mix)
    .filter(([, share]) => share > 0)
    .map(([role, share]) => ({ role, share }))
    .sort((a, b) => b.share - a.share || compareText(a.role, b.role));
  const dominant = all.filter((r) => r.share >= min - TOLERANCE);
  // A function spread thinly over many categories still names its largest one.
  return dominant.length > 0 ? dominant : all.slice(0, 1);
}

/**
 * Standard and custom work for every function of a projection (SPEC §3.7): positions now and at the
 * horizon, FTE of work per quadrant year by year, and the pool candidates (custom work at the horizon)
 * with their FTE and dominant roles.
 */
export function organiseWork(scenario: Scenario, projection: Projection): OrganiseModel {
  const profiles = taskProfilesOf(scenario);
  const years = projection.years;
  const levels = levelsByYear(scenario, years);
  const last = years.length - 1;
  const byYear: QuadrantYear[] = years.map((year) => ({ year, fte: emptyByQuadrant(), functions: emptyByQuadrant() }));
  const functions: OrganiseFunction[] = [];
  const candidates: PoolCandidate[] = [];
  const poolRoles = new Map<string, number>();
  const unprofiled = new Map<string, string[]>();

  for (const f of projection.functions) {
    const positions = positionsOverTime(f.task_mix.start, levels, profiles);
    const keys = positionKeys(years, positions);
    const demand = f.years.map((y) => y.demand_fte);
    const fteEnd = demand[last] ?? 0;
    functions.push({
      id: f.id,
      name: f.name,
      family: f.family,
      emerging: f.emerging,
      fte: demand[0] ?? 0,
      fte_end: fteEnd,
      ...keys,
      years: years.map((year, i) => ({
        year,
        fte: demand[i] ?? 0,
        predictability: positions[i]?.predictability ?? null,
        complexity: positions[i]?.complexity ?? null,
        quadrant: positions[i]?.quadrant ?? null,
      })),
    });
    positions.forEach((p, i) => {
      if (p === null) return;
      byYear[i]!.fte[p.quadrant] += demand[i] ?? 0;
      if ((demand[i] ?? 0) > 0) byYear[i]!.functions[p.quadrant] += 1;
    });
    for (const c of Object.keys(f.task_mix.start)) {
      if (profiles[c] !== undefined || (f.task_mix.start[c] ?? 0) <= 0) continue;
      unprofiled.set(c, [...(unprofiled.get(c) ?? []), f.id]);
    }
    if (keys.quadrant_end === 'custom') {
      const mixEnd = taskMixAfter(f.task_mix.start, levels[last] ?? {});
      const roles = dominantRoles(mixEnd);
      candidates.push({
        id: f.id,
        name: f.name,
        fte: fteEnd,
        fte_start: demand[0] ?? 0,
        quadrant: keys.quadrant,
        quadrant_year: keys.quadrant_year,
        roles: roles.map((r) => r.role),
        role_shares: roles.map((r) => r.share),
      });
      for (const [role, share] of Object.entries(mixEnd)) {
        if (share > 0) poolRoles.set(role, (poolRoles.get(role) ?? 0) + fteEnd * share);
      }
    }
  }
  candidates.sort((a, b) => b.fte - a.fte || compareText(a.id, b.id));
  const poolFte = candidates.reduce((s, c) => s + c.fte, 0);
  const noteFacts: OrganiseNoteFact[] = [];
  for (const [c, ids] of [...unprofiled].sort((a, b) => compareText(a[0], b[0]))) {
    const text = `task category '${c}' has no predictability/complexity profile; it is left out of the position of ${ids.join(', ')} (set task_profile.${c} in the scenario)`;
    noteFacts.push({ kind: 'unprofiled', text, category: c, functions: ids });
  }
  for (const f of functions) {
    if (f.quadrant === null) noteFacts.push({ kind: 'no_position', text: `${f.id} has no position: none of its task categories has a profile`, function: f.id });
  }
  return {
    profiles,
    functions,
    pool_candidates: candidates,
    pool: {
      fte: poolFte,
      roles: [...poolRoles].map(([role, fte]) => ({ role, fte })).sort((a, b) => b.fte - a.fte || compareText(a.role, b.role)),
    },
    years: byYear,
    notes: noteFacts.map((n) => n.text),
    noteFacts,
  };
}
