import { describe, expect, it } from 'vitest';
import { automationLevel, curveValue, S_CURVE_K } from '../../src/model/automation.js';
import { emergingDemandAt, growthRuleFor, overrideFactor } from '../../src/model/demand.js';
import { projectScenario } from '../../src/model/project.js';
import { cell, fn, scenario, workforce } from './build-inputs.js';

const close = (actual: number, expected: number) => expect(actual).toBeCloseTo(expected, 9);

describe('automation curves', () => {
  it('s-curve with k = 4·ln 9 gives 0.1, 0.5, 0.9 at x = 0.25, 0.5, 0.75', () => {
    expect(S_CURVE_K).toBeCloseTo(8.788898309344878, 12);
    close(curveValue('s-curve', 0.25), 0.1);
    close(curveValue('s-curve', 0.5), 0.5);
    close(curveValue('s-curve', 0.75), 0.9);
  });

  it('clamps x: 0 at or before the start, 1 at or after the end, for every curve', () => {
    for (const curve of ['linear', 's-curve', 'step'] as const) {
      expect(curveValue(curve, 0)).toBe(0);
      expect(curveValue(curve, -0.5)).toBe(0);
      expect(curveValue(curve, 1)).toBe(1);
      expect(curveValue(curve, 3)).toBe(1);
    }
  });

  it('linear is x; step is 0 until the end', () => {
    close(curveValue('linear', 0.3), 0.3);
    expect(curveValue('step', 0.99)).toBe(0);
  });

  it('A_c(t) = target · f((t − start)/(end − start)), start defaulting to the horizon start', () => {
    const auto = { target: 0.6, start: 2026, end: 2030, curve: 's-curve' as const };
    close(automationLevel(auto, 2026, 2027), 0.06); // x = 0.25 → 0.6 × 0.1
    close(automationLevel(auto, 2026, 2028), 0.3);
    close(automationLevel(auto, 2026, 2029), 0.54);
    expect(automationLevel(auto, 2026, 2031)).toBe(0.6);
    const linear = { target: 0.4, end: 2030, curve: 'linear' as const };
    close(automationLevel(linear, 2026, 2027), 0.1); // x = 1/4 from the horizon start
    const step = { target: 0.5, start: 2026, end: 2029, curve: 'step' as const };
    expect([2028, 2029].map((t) => automationLevel(step, 2026, t))).toEqual([0, 0.5]);
    // [low, likely, high] taken at its mean (0.2 + 0.3 + 0.45)/3 = 0.31666…
    close(automationLevel({ target: [0.2, 0.3, 0.45], end: 2030, curve: 'linear' }, 2026, 2030), 0.95 / 3);
  });
});

describe('demand', () => {
  it('multiplies base, growth, labour factor and overrides: D = D0 · G · L · O', () => {
    const s = scenario({
      digitalisation: { automation: { admin: { target: 0.6, end: 2030, curve: 'linear' } }, reinvested: 0.25 },
      demand: {
        growth: [{ rate: 0.01 }, { family: 'Burgerzaken', rate: 0.02 }],
        overrides: [{ function: 'F1', change: -0.5, end: 2030 }],
      },
    });
    const p = projectScenario({
      scenario: s,
      functions: [fn('F1', { family: 'Burgerzaken', formationFte: 10, tasks: { admin: 0.5, contact: 0.5 } })],
      workforce: workforce([cell('F1', { persons: 8 })]),
    });
    const d = p.functions[0]!.years.map((r) => r.demand_fte);
    // Start: formation 10 (not the occupied 8).
    expect(d[0]).toBe(10);
    // 2028: x = 0.5 → A_admin = 0.3, a = 0.15, L = 1 − 0.75 × 0.15 = 0.8875; G = 1.02² = 1.0404;
    // O = 1 − 0.5 × 0.5 = 0.75 → D = 10 × 1.0404 × 0.8875 × 0.75 = 6.9251625.
    close(d[2]!, 6.9251625);
    // 2030: A = 0.6, a = 0.3, L = 0.775; G = 1.02⁴ = 1.08243216; O = 0.5 → 4.19442462.
    close(d[4]!, 10 * 1.08243216 * 0.775 * 0.5);
    const row = p.functions[0]!.years[4]!;
    close(row.gap_fte, row.supply_fte - row.demand_fte);
  });

  it('starts from the occupied FTE when no formation is given', () => {
    const p = projectScenario({
      scenario: scenario(),
      functions: [fn('F1')],
      workforce: workforce([cell('F1', { persons: 3, fte: 2.4 })]),
    });
    expect(p.functions[0]!.years.map((r) => r.demand_fte)).toEqual([2.4, 2.4, 2.4, 2.4, 2.4]);
  });

  it('picks the growth rule: function > family > all > none', () => {
    const rules = [
      { rate: 0.01 },
      { family: 'ICT', rate: 0.02 },
      { function: 'F1', rate: 0.03 },
    ];
    expect(growthRuleFor(rules, fn('F1', { family: 'ICT' }))).toEqual({ rate: 0.03, index: 2 });
    expect(growthRuleFor(rules, fn('F2', { family: 'ICT' }))).toEqual({ rate: 0.02, index: 1 });
    expect(growthRuleFor(rules, fn('F3', { family: 'HR' }))).toEqual({ rate: 0.01, index: 0 });
    expect(growthRuleFor([], fn('F3'))).toEqual({ rate: 0, index: -1 });
  });

  it('ramps a change override linearly from its start to its end; discontinue is 0 from its year', () => {
    const horizon = { start: 2026, end: 2035 };
    const change = { function: 'F1', change: -0.4, start: 2027, end: 2031 };
    expect([2026, 2027, 2029, 2031, 2033].map((t) => overrideFactor(change, horizon, t))).toEqual([
      1, 1, 0.8, 0.6, 0.6,
    ]);
    const stop = { function: 'F1', discontinue: 2030 };
    expect([2029, 2030, 2031].map((t) => overrideFactor(stop, horizon, t))).toEqual([1, 0, 0]);
    // Without an end, a change is reached at the horizon end.
    close(overrideFactor({ function: 'F1', change: 0.5 }, horizon, 2030), 1 + 0.5 * (4 / 9));
  });

  it('interpolates emerging demand: 0 before the first point, linear between, the last after', () => {
    const points = { '2027': 2, '2030': 6, '2035': 8 };
    expect(emergingDemandAt(points, 2026)).toBe(0);
    expect(emergingDemandAt(points, 2027)).toBe(2);
    close(emergingDemandAt(points, 2028), 2 + 4 / 3);
    close(emergingDemandAt(points, 2029), 2 + 8 / 3);
    expect(emergingDemandAt(points, 2030)).toBe(6);
    close(emergingDemandAt(points, 2031), 6.4);
    expect(emergingDemandAt(points, 2040)).toBe(8);
  });

  it('adds emerging functions with demand from their points and supply only from transitions', () => {
    const p = projectScenario({
      scenario: scenario({
        horizon: { start: 2026, end: 2030 },
        workforce: { transitions: { F1: { N001: 0.05 } } },
        demand: {
          emerging: [
            {
              id: 'N001',
              name: 'Data-analist',
              family: 'Informatievoorziening',
              tasks: { analysis: 0.7, advice: 0.3 },
              skills: { data_analysis: 4 },
              demand: { '2027': 2, '2030': 6 },
            },
          ],
        },
      }),
      functions: [fn('F1')],
      workforce: workforce([cell('F1', { persons: 20 })]),
    });
    const n = p.functions.find((f) => f.id === 'N001')!;
    expect(n.emerging).toBe(true);
    expect(n.status).toBe('emerging');
    expect(n.status_year).toBe(2027);
    expect(n.demand_ratio).toBeNull();
    expect(n.years[0]!.supply_fte).toBe(0);
    // F1: 20 → 19 → 18.05; N001 receives 1 in 2026 and 0.95 in 2027.
    close(n.years[1]!.supply_fte, 1);
    close(n.years[2]!.supply_fte, 1.95);
    close(n.years[2]!.demand_fte, 2 + 4 / 3);
    close(n.years[2]!.gap_fte, 1.95 - (2 + 4 / 3));
  });
});
