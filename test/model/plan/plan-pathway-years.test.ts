import { describe, expect, it } from 'vitest';
import { planActions } from '../../../src/model/plan/plan-actions.js';
import { fn, path, planInput } from './plan-helpers.js';

/**
 * Why every year of a pathway enters the plan's LP (#13 item 10; README "Which pathway-years enter
 * the plan's LP"): leaving out the years in which the source has no surplus or the destination no
 * shortage would cut off the cheapest plan. Hand-computed, one decision year.
 */
describe('pathway-years the cheapest plan uses outside surplus → shortage', () => {
  it('moves surplus into a function that is not short when overstaffing there is cheaper than placing outside', async () => {
    // A has 2 FTE too many (overstaffing € 50,000 a year, placement outside € 40,000); B is exactly
    // staffed and its overstaffing costs € 20,000. Moving both (€ 1,000 each) and carrying them in B:
    // 2 × (1,000 + 20,000) = € 42,000, against € 80,000 to place them outside.
    const a = fn('A', 10, [10, 8]);
    const b = fn('B', 10, [10, 10], { overstaffingCost: 20_000 });
    const plan = await planActions(planInput([a, b], [path('A', 'B', { cost: 1_000 })]));
    expect(plan.pathways).toHaveLength(1);
    expect(plan.pathways[0]!.fte).toBeCloseTo(2, 4);
    expect(plan.costs.total).toBeCloseTo(42_000, 1);
    expect((await planActions(planInput([a, b]))).costs.total).toBeCloseTo(80_000, 1);
  });

  it('moves people out of a function without surplus and hires behind them when hiring there is cheaper', async () => {
    // A is exactly staffed and hires at € 10,000; B needs 2 more and hires at € 100,000. Moving two
    // (€ 1,000 each) and hiring two in A: € 22,000, against € 200,000 to hire in B.
    const a = fn('A', 10, [10, 10]);
    const b = fn('B', 10, [10, 12], { hireCost: 100_000 });
    const plan = await planActions(planInput([a, b], [path('A', 'B', { cost: 1_000 })]));
    expect(plan.pathways[0]!.fte).toBeCloseTo(2, 4);
    expect(plan.functions.find((f) => f.id === 'A')!.years[1]!.hired_fte).toBeCloseTo(2, 4);
    expect(plan.costs.total).toBeCloseTo(22_000, 1);
    expect((await planActions(planInput([a, b]))).costs.total).toBeCloseTo(200_000, 0);
  });
});
