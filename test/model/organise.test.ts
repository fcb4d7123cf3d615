import { describe, expect, it } from 'vitest';
import { automationLevels } from '../../src/model/automation.js';
import {
  DEFAULT_TASK_PROFILES,
  dominantRoles,
  organiseWork,
  positionKeys,
  positionOf,
  positionsOverTime,
  quadrantOf,
  taskProfilesOf,
} from '../../src/model/organise.js';
import { projectScenario } from '../../src/model/project.js';
import { cell, fn, scenario, workforce } from './build-inputs.js';

const profiles = taskProfilesOf(scenario());

describe('positions (SPEC §3.7)', () => {
  it('puts a function with one task category exactly at that category’s profile', () => {
    for (const [category, profile] of Object.entries(DEFAULT_TASK_PROFILES)) {
      const p = positionOf({ [category]: 1 }, profiles)!;
      expect(p.predictability).toBe(profile.predictability);
      expect(p.complexity).toBe(profile.complexity);
      expect(p.quadrant).toBe(quadrantOf(profile.predictability, profile.complexity));
    }
  });

  it('weights the profiles by the task shares', () => {
    const p = positionOf({ administrative: 0.25, policy: 0.75 }, profiles)!;
    expect(p.predictability).toBeCloseTo(0.25 * 0.9 + 0.75 * 0.45, 12);
    expect(p.complexity).toBeCloseTo(0.25 * 0.2 + 0.75 * 0.8, 12);
  });

  it('splits both axes at exactly 0.5: 0.5 counts as predictable and as complex', () => {
    expect(quadrantOf(0.5, 0.5)).toBe('specialist');
    expect(quadrantOf(0.5, 0.4999)).toBe('standard');
    expect(quadrantOf(0.4999, 0.5)).toBe('custom');
    expect(quadrantOf(0.4999, 0.4999)).toBe('flexible_service');
    // A mean that is 0.5 up to floating-point error is 0.5.
    const own = taskProfilesOf(scenario({ task_profile: { a: { predictability: 0.7, complexity: 0.1 }, b: { predictability: 0.3, complexity: 0.9 } } }));
    const mid = positionOf({ a: 0.5, b: 0.5 }, own)!;
    expect(mid.predictability).toBeCloseTo(0.5, 12);
    expect(mid.quadrant).toBe('specialist');
  });

  it('moves towards custom work when the predictable tasks are automated', () => {
    const s = scenario({ horizon: { start: 2026, end: 2030 }, digitalisation: { automation: { administrative: { target: 0.8, end: 2030 } } } });
    const tasks = { administrative: 0.4, advice: 0.4, policy: 0.2 };
    const years = [2026, 2027, 2028, 2029, 2030];
    const positions = positionsOverTime(tasks, years.map((t) => automationLevels(s, t)), taskProfilesOf(s));
    for (let i = 1; i < positions.length; i++) {
      expect(positions[i]!.predictability).toBeLessThan(positions[i - 1]!.predictability);
      expect(positions[i]!.complexity).toBeGreaterThan(positions[i - 1]!.complexity);
    }
    const keys = positionKeys(years, positions);
    expect(keys.quadrant).toBe('specialist');
    expect(keys.quadrant_end).toBe('custom');
  });

  it('gives as quadrant_year the first year the end quadrant’s test holds, and null when unchanged', () => {
    const s = scenario({ horizon: { start: 2026, end: 2030 }, digitalisation: { automation: { administrative: { target: 0.8, end: 2030 } } } });
    const tasks = { administrative: 0.4, advice: 0.4, policy: 0.2 };
    const years = [2026, 2027, 2028, 2029, 2030];
    const positions = positionsOverTime(tasks, years.map((t) => automationLevels(s, t)), taskProfilesOf(s));
    const keys = positionKeys(years, positions);
    const first = positions.findIndex((p) => p!.predictability < 0.5 && p!.complexity >= 0.5);
    expect(first).toBeGreaterThan(0);
    expect(keys.quadrant_year).toBe(years[first]);
    expect(positions[first - 1]!.quadrant).not.toBe('custom');
    // Unchanged quadrant: null.
    const still = positionKeys(years, positionsOverTime({ fieldwork: 1 }, years.map((t) => automationLevels(s, t)), taskProfilesOf(s)));
    expect(still.quadrant).toBe('standard');
    expect(still.quadrant_year).toBeNull();
  });

  it('takes the first year in the end quadrant even when the position passes through another quadrant', () => {
    const at = (predictability: number, complexity: number) => ({ predictability, complexity, quadrant: quadrantOf(predictability, complexity) });
    const keys = positionKeys([2026, 2027, 2028, 2029], [at(0.6, 0.4), at(0.45, 0.6), at(0.55, 0.6), at(0.45, 0.6)]);
    expect(keys.quadrant_end).toBe('custom');
    expect(keys.quadrant_year).toBe(2027);
  });

  it('lets task_profile override a default and add a category; categories without a profile are left out of the mean', () => {
    const s = scenario({ task_profile: { administrative: { predictability: 0.3, complexity: 0.6 }, permits: { predictability: 0.8, complexity: 0.7 } } });
    const own = taskProfilesOf(s);
    expect(own.administrative).toEqual({ predictability: 0.3, complexity: 0.6, source: 'scenario' });
    expect(own.permits!.source).toBe('scenario');
    expect(own.advice!.source).toBe('default');
    const p = positionOf({ permits: 0.5, unknown_thing: 0.5 }, own)!;
    expect(p.predictability).toBe(0.8);
    expect(positionOf({ unknown_thing: 1 }, own)).toBeNull();
  });

  it('names the roles holding at least 20% of the work, largest first, and at least one', () => {
    expect(dominantRoles({ advice: 0.3, policy: 0.45, analysis: 0.15, coordination: 0.1 }).map((r) => r.role)).toEqual(['policy', 'advice']);
    expect(dominantRoles({ a: 0.15, b: 0.15, c: 0.14, d: 0.14, e: 0.14, f: 0.14, g: 0.14 }).map((r) => r.role)).toEqual(['a']);
  });
});

describe('organiseWork', () => {
  const s = scenario({
    horizon: { start: 2026, end: 2030 },
    digitalisation: { automation: { administrative: { target: 0.8, end: 2030 } } },
  });
  const functions = [
    fn('F1', { tasks: { administrative: 1 }, formationFte: 10 }),
    fn('F2', { tasks: { administrative: 0.4, advice: 0.4, policy: 0.2 }, formationFte: 4 }),
    fn('F3', { tasks: { advice: 0.7, analysis: 0.3 }, formationFte: 3 }),
    fn('F4', { tasks: { thing: 1 }, formationFte: 1 }),
  ];
  const projection = projectScenario({ scenario: s, functions, workforce: workforce([cell('F1', { persons: 10, fte: 10 }), cell('F2', { persons: 4, fte: 4 }), cell('F3', { persons: 3, fte: 3 }), cell('F4')]) });
  const o = organiseWork(s, projection);

  it('lists the functions in custom work at the horizon as pool candidates, largest FTE first, with their roles', () => {
    // F2's work shrinks as its administration is automated (4 → 2.72 FTE); F3 keeps its 3 FTE.
    expect(o.pool_candidates.map((p) => p.id)).toEqual(['F3', 'F2']);
    const f2 = o.pool_candidates[1]!;
    const demandEnd = projection.functions.find((f) => f.id === 'F2')!.years.at(-1)!.demand_fte;
    expect(f2.fte).toBeCloseTo(demandEnd, 12);
    expect(f2.quadrant).toBe('specialist');
    expect(f2.quadrant_year).not.toBeNull();
    expect(f2.roles[0]).toBe('advice');
    expect(o.pool_candidates[0]!.quadrant_year).toBeNull();
    expect(o.pool.fte).toBeCloseTo(o.pool_candidates.reduce((sum, p) => sum + p.fte, 0), 12);
    // The pool's roles add up to its FTE.
    expect(o.pool.roles.reduce((sum, r) => sum + r.fte, 0)).toBeCloseTo(o.pool.fte, 9);
  });

  it('sums the FTE of work per quadrant year by year, and gives the custom-work FTE of each year', () => {
    for (const [i, y] of o.years.entries()) {
      const total = projection.functions.filter((f) => f.id !== 'F4').reduce((sum, f) => sum + f.years[i]!.demand_fte, 0);
      expect(y.fte.standard + y.fte.specialist + y.fte.flexible_service + y.fte.custom).toBeCloseTo(total, 9);
    }
    expect(o.years[0]!.functions.custom).toBe(1);
    expect(o.years.at(-1)!.functions.custom).toBe(2);
    expect(o.years.at(-1)!.fte.custom).toBeCloseTo(o.pool.fte, 9);
  });

  it('gives a function without any profiled category no position, and says which category needs a profile', () => {
    const f4 = o.functions.find((f) => f.id === 'F4')!;
    expect(f4.quadrant).toBeNull();
    expect(f4.quadrant_end).toBeNull();
    expect(o.notes.join('\n')).toContain("task category 'thing'");
    expect(o.notes.join('\n')).toContain('task_profile.thing');
  });
});
