import { describe, expect, it } from 'vitest';
import { projectScenario } from '../../src/model/project.js';
import type { FunctionResult } from '../../src/domain/projection.js';
import type { ScenarioInput } from '../../src/domain/scenario-schema.js';
import type { FunctionProfile } from '../../src/domain/workforce.js';
import { cell, fn, scenario, workforce } from './build-inputs.js';

/** Projects one function of 10 FTE over 2026–2030 under `input`. */
function classify(input: Partial<ScenarioInput>, profile: Partial<FunctionProfile> = {}): FunctionResult {
  const p = projectScenario({
    scenario: scenario(input),
    functions: [fn('F1', profile)],
    workforce: workforce([cell('F1', { persons: 10, birthYear: 1990 })]),
  });
  return p.functions[0]!;
}

describe('status', () => {
  it('is stable with an empty scenario', () => {
    const f = classify({});
    expect(f).toMatchObject({ status: 'stable', flags: [], status_year: null, demand_ratio: 1, vulnerable: false });
    expect(f.rule).toBe('demand ratio 1.00 within 1 ± 0.15, automated share 0.00 < 0.30, shift 0.00 < 0.25');
  });

  it('is changing when the automated share reaches change_share; shrinking is a flag; vulnerable', () => {
    // admin 0.5 linear 2026–2030: a(t) = 0.125·(t − 2026); first ≥ 0.3 in 2029 (0.375). r = 0.5.
    const f = classify({ digitalisation: { automation: { admin: { target: 0.5, end: 2030, curve: 'linear' } } } });
    expect(f.status).toBe('changing');
    expect(f.flags).toEqual(['shrinking']);
    expect(f.rule).toBe('automated share 0.50 ≥ 0.30');
    expect(f.status_year).toBe(2029);
    expect(f.automated_share).toBeCloseTo(0.5, 12);
    expect(f.demand_ratio).toBeCloseTo(0.5, 12);
    expect(f.vulnerable).toBe(true);
  });

  it('is disappearing when r ≤ disappear_ratio, from the first year it holds', () => {
    // change −0.8 by 2030: r(2029) = 0.4, r(2030) = 0.2.
    const f = classify({ demand: { overrides: [{ function: 'F1', change: -0.8, end: 2030 }] } });
    expect(f.status).toBe('disappearing');
    expect(f.rule).toBe('demand ratio 0.20 ≤ 0.30');
    expect(f.status_year).toBe(2030);
    expect(f.flags).toEqual(['shrinking']);
    expect(f.vulnerable).toBe(true);
  });

  it('is disappearing, not emerging, when discontinued in the start year (or before): its people are vulnerable', () => {
    // Red team (round A): discontinue: 2026 made demand 0 at the start, and the function of 10 people
    // "emerging, as no demand at start", not vulnerable. It is an existing function the scenario ends.
    for (const year of [2026, 2020]) {
      const f = classify({ demand: { overrides: [{ function: 'F1', discontinue: year }] } });
      expect(f).toMatchObject({ status: 'disappearing', rule: `discontinued from ${year}`, status_year: 2026, vulnerable: true, demand_ratio: null, flags: [] });
    }
  });

  it('counts a ratio exactly on the threshold (0.3) as reaching it', () => {
    const f = classify({ demand: { overrides: [{ function: 'F1', change: -0.7, end: 2030 }] } });
    expect(f.status).toBe('disappearing');
  });

  it('is disappearing when discontinued', () => {
    const f = classify({ demand: { overrides: [{ function: 'F1', discontinue: 2029 }] } });
    expect(f).toMatchObject({ status: 'disappearing', rule: 'discontinued from 2029', status_year: 2029 });
    expect(f.years.map((r) => r.demand_fte)).toEqual([10, 10, 10, 0, 0]);
  });

  it('is growing with |r − 1| ≥ volume', () => {
    // 1.05^3 = 1.157625 ≥ 1.15 first in 2029; r = 1.05^4 = 1.21550625.
    const f = classify({ demand: { growth: [{ rate: 0.05 }] } });
    expect(f).toMatchObject({ status: 'growing', status_year: 2029, rule: 'demand ratio 1.22 ≥ 1 + 0.15' });
    expect(f.demand_ratio).toBeCloseTo(1.21550625, 12);
  });

  it('is shrinking on volume alone, not vulnerable without automation', () => {
    const f = classify({ demand: { growth: [{ rate: -0.05 }] } });
    // 0.95^4 = 0.81450625 ≤ 0.85; 0.95^3 = 0.857375 is not.
    expect(f).toMatchObject({ status: 'shrinking', status_year: 2030, vulnerable: false });
  });

  it('is changing on the task-mix shift (total variation distance)', () => {
    // tasks admin 0.5, advice 0.5; A_admin(end) = 0.6 → s' = (0.2, 0.5)/0.7; shift = 0.5 − 0.2/0.7 = 0.2142857.
    const f = classify(
      {
        digitalisation: { automation: { admin: { target: 0.6, end: 2030 } } },
        classification: { change_share: 0.9, shift: 0.2 },
      },
      { tasks: { admin: 0.5, advice: 0.5 } },
    );
    expect(f.task_shift).toBeCloseTo(0.5 - 0.2 / 0.7, 12);
    expect(f.task_mix.end.admin).toBeCloseTo(0.2 / 0.7, 12);
    expect(f).toMatchObject({ status: 'changing', rule: 'task-mix shift 0.21 ≥ 0.20' });
  });

  it('is changing on the skill shift between normalised profiles', () => {
    // communication 3, digital 1 → digital +3 → 4: (0.75, 0.25) vs (3/7, 4/7): distance 0.75 − 3/7 = 0.3214.
    const f = classify(
      { digitalisation: { skill_shift: [{ skill: 'digital', delta: 3, families: ['all'], end: 2030 }] } },
      { skills: { communication: 3, digital: 1 } },
    );
    expect(f.skill_shift).toBeCloseTo(0.75 - 3 / 7, 12);
    expect(f.skills.end).toEqual({ communication: 3, digital: 4 });
    expect(f.skills.start).toEqual({ communication: 3, digital: 1 });
    expect(f).toMatchObject({ status: 'changing', rule: 'skill shift 0.32 ≥ 0.25', flags: [] });
    // 2026 + x·3: x = 0.5 in 2028 → digital 2.5: (3/5.5 vs 0.75) = 0.2045 < 0.25; 2029: 3.25 → 0.75 − 3/6.25 = 0.27.
    expect(f.status_year).toBe(2029);
  });

  it('counts vulnerable functions and the people in them at the start', () => {
    const p = projectScenario({
      scenario: scenario({ demand: { overrides: [{ function: 'F1', discontinue: 2028 }] } }),
      functions: [fn('F1'), fn('F2')],
      workforce: workforce([cell('F1', { persons: 4, fte: 3.5 }), cell('F2', { persons: 6 })]),
    });
    expect(p.vulnerable).toEqual({ functions: 1, persons: 4, fte: 3.5 });
  });
});
