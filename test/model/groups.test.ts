import { describe, expect, it } from 'vitest';
import { projectScenario } from '../../src/model/project.js';
import { cell, fn, scenario, workforce } from './build-inputs.js';

describe('families, groups and totals', () => {
  const p = projectScenario({
    scenario: scenario({
      horizon: { start: 2026, end: 2027 },
      workforce: { attrition: [{ rate: 0.1 }] },
      demand: { growth: [{ function: 'F1', rate: 0.1 }] },
    }),
    functions: [fn('F1', { family: 'A', formationFte: 10 }), fn('F2', { family: 'A' }), fn('F3', { family: 'B' })],
    workforce: workforce([
      cell('F1', { persons: 6, group: 'Noord' }),
      cell('F1', { persons: 2, group: 'Zuid' }),
      cell('F2', { persons: 5, group: 'Zuid' }),
      cell('F3', { persons: 4, group: 'Noord' }),
    ]),
  });

  it('splits demand over groups by their FTE share in each function at start', () => {
    expect(p.groups.map((g) => g.id)).toEqual(['Noord', 'Zuid']);
    const [noord, zuid] = p.groups;
    // 2027: F1 demand 11 split 6:2 → 8.25 / 2.75; F2 5 → Zuid; F3 4 → Noord.
    expect(noord!.years[1]!.demand_fte).toBeCloseTo(8.25 + 4, 12);
    expect(zuid!.years[1]!.demand_fte).toBeCloseTo(2.75 + 5, 12);
    expect(noord!.years[0]!.supply_fte).toBe(10);
    expect(noord!.years[1]!.supply_fte).toBeCloseTo(9, 12);
    expect(zuid!.years[0]!.attrition_fte).toBeCloseTo(0.7, 12);
  });

  it('sums families and totals over functions', () => {
    expect(p.families.map((f) => f.id)).toEqual(['A', 'B']);
    expect(p.families[0]!.years[0]).toMatchObject({ supply_fte: 13, demand_fte: 15, gap_fte: -2 });
    expect(p.totals.years[0]).toMatchObject({ supply_fte: 17, supply_persons: 17, demand_fte: 19, gap_fte: -2 });
    expect(p.totals.years[1]!.supply_fte).toBeCloseTo(17 * 0.9, 12);
  });

  it('has no groups when no cell carries one', () => {
    const q = projectScenario({ scenario: scenario(), functions: [fn('F1')], workforce: workforce([cell('F1')]) });
    expect(q.groups).toEqual([]);
  });
});
