import { describe, expect, it } from 'vitest';
import { runPlan } from '../../../src/app/plan.js';

/**
 * A textbook manpower-planning LP (Williams' manpower planning problem, made small) written as an
 * spp scenario: fixtures/plan/textbook. The optimum, worked out by hand in the scenario's header:
 * retrain 1 semi-skilled a year (€ 4,000 each, at most 1 a year); recruit 4/3 skilled a year (a
 * quarter of recruits leave in their first year: € 12,000 / 0.75 per skilled FTE that stays); one
 * redundancy in 2026 (€ 40,000) and one semi-skilled carried overmanned in 2028 (pay € 30,000,
 * cheaper than a redundancy in the last year). Total € 110,000.
 */
describe('a textbook manpower plan as an spp scenario', () => {
  it('reaches the hand-computed optimum, decisions and shadow prices', async () => {
    const { result } = await runPlan({ scenario: 'fixtures/plan/textbook/scenario.yaml' });
    expect(result.costs.total).toBe(110_000);
    expect(result.costs.by_kind).toEqual({ hiring: 32_000, reskilling: 8_000, redundancy: 40_000, overstaffing: 30_000, reduced_hours: 0, shortage: 0 });
    const s = result.functions.find((f) => f.id === 'S')!.years;
    const m = result.functions.find((f) => f.id === 'M')!.years;
    expect(s.map((y) => y.hired_fte)).toEqual([0, 1.3333, 1.3333]);
    expect(s.map((y) => y.fte)).toEqual([10, 12, 14]);
    expect(m.map((y) => y.moved_out_fte)).toEqual([0, 1, 1]);
    expect(m.map((y) => y.redundant_fte)).toEqual([0, 1, 0]);
    expect(m.map((y) => y.overstaffing_fte)).toEqual([0, 0, 1]);
    expect(result.pathways.map((p) => [p.from, p.to, p.year, p.fte])).toEqual([
      ['M', 'S', 2027, 1],
      ['M', 'S', 2028, 1],
    ]);
    // One more retraining place: in 2026 it saves a recruit (€ 16,000) and a redundancy (€ 40,000),
    // in 2027 a recruit and a year of overmanning (€ 30,000), each less the € 4,000 of retraining.
    expect(result.binding.map((b) => [b.constraint, b.year, b.shadow_price])).toEqual([
      ['plan.pathways max_per_year', 2027, 52_000],
      ['plan.pathways max_per_year', 2028, 42_000],
    ]);
    expect(result.alternatives.no_plan.total).toBe(224_000);
    expect(result.alternatives.no_pathways!.total).toBe(204_000);
  });
});
