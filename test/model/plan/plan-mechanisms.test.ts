import { describe, expect, it } from 'vitest';
import { planActions, planAlternatives, noPlanCosts } from '../../../src/model/plan/plan-actions.js';
import { fn, path, planInput } from './plan-helpers.js';

/** Hand-computed plans, one per mechanism of SPEC §3.3 (one decision year unless stated). */
const yearOf = (outcome: Awaited<ReturnType<typeof planActions>>, id: string, k: number) =>
  outcome.functions.find((f) => f.id === id)!.years[k]!;

describe('plan mechanisms (hand-computed)', () => {
  it('a hire with first-year attrition: 10 FTE, 10% leave, demand 12, 20% of hires leave → hire 3.75', async () => {
    // W(2027) = 0.9·10 + 0.8·H = 12 → H = 3.75; cost 3.75 × € 10,000.
    const input = planInput([fn('A', 10, [10, 12], { stay: [0.9], hireRetention: 0.8 })]);
    const plan = await planActions(input);
    const y = yearOf(plan, 'A', 1);
    expect(y.hired_fte).toBeCloseTo(3.75, 4);
    expect(y.newcomer_loss_fte).toBeCloseTo(0.75, 4);
    expect(y.natural_outflow_fte).toBeCloseTo(1, 4);
    expect(y.fte).toBeCloseTo(12, 4);
    expect(plan.costs.total).toBeCloseTo(37_500, 1);
    expect(plan.costs.by_year[0]!.hiring).toBeCloseTo(37_500, 1); // paid in the year the decision is made
  });

  it('no hiring into a function in a year it has no work: B pays its own hires rather than A serving as a cheaper door', async () => {
    // A has no work at all; B needs 3 more in 2028 and a hire there costs € 100,000. Under SPEC §3.3 alone the
    // cheapest plan hires 3 into A for 2027 (€ 30,000), carries them there a year (€ 150,000) and moves them on:
    // € 180,000. Hiring for a function without work is what krimp-vacaturestop did into its discontinued
    // reception (F005) to reach a frozen function; spp allows none (plan-lp.ts, hireUpper): B hires, € 300,000.
    const input = planInput([fn('A', 0, [0, 0, 0]), fn('B', 5, [5, 5, 8], { hireCost: 100_000 })], [path('A', 'B')]);
    const plan = await planActions(input);
    for (const k of [1, 2]) expect(yearOf(plan, 'A', k).hired_fte).toBeCloseTo(0, 6);
    expect(yearOf(plan, 'B', 2).hired_fte).toBeCloseTo(3, 4);
    expect(plan.pathways).toEqual([]);
    expect(plan.costs.total).toBeCloseTo(300_000, -1);
  });

  it('a downgrade with retention 0.5: two must move for one to arrive', async () => {
    // A has 2 FTE too many, B (hiring frozen) needs 1 more; half the movers leave in their first year.
    const input = planInput([fn('A', 10, [10, 8]), fn('B', 5, [5, 6], { hireMax: 0 })], [path('A', 'B', { retention: 0.5 })]);
    const plan = await planActions(input);
    expect(plan.pathways).toHaveLength(1);
    expect(plan.pathways[0]!.fte).toBeCloseTo(2, 4);
    const b = yearOf(plan, 'B', 1);
    expect(b.moved_in_fte).toBeCloseTo(2, 4);
    expect(b.newcomer_loss_fte).toBeCloseTo(1, 4);
    expect(b.fte).toBeCloseTo(6, 4);
    expect(yearOf(plan, 'A', 1).fte).toBeCloseTo(8, 4);
    expect(plan.costs.total).toBeCloseTo(0, 4);
  });

  it('a share-of-destination limit: movers at most 10% of B next year; the limit carries its shadow price', async () => {
    // X ≤ 0.1 · W_B(2027) = 1.3; B hires 1.7 (€ 17,000); A places 1.7 outside (€ 68,000); X costs € 1,300.
    const input = planInput([fn('A', 10, [10, 7]), fn('B', 10, [10, 13])], [path('A', 'B', { cost: 1000, maxShareOfDestination: 0.1 })]);
    const plan = await planActions(input);
    expect(plan.pathways[0]!.fte).toBeCloseTo(1.3, 4);
    expect(yearOf(plan, 'B', 1).hired_fte).toBeCloseTo(1.7, 4);
    expect(yearOf(plan, 'A', 1).redundant_fte).toBeCloseTo(1.7, 4);
    expect(plan.costs.total).toBeCloseTo(86_300, 1);
    // One more FTE of room: one hire (€ 10,000) and one placement (€ 40,000) less, one move (€ 1,000) more.
    const share = plan.binding.find((b) => b.constraint === 'plan.pathways max_share_of_destination');
    expect(share?.shadow_price).toBeCloseTo(49_000, 2);
    expect(share?.text).toContain('save €49,000');
  });

  it('a total overstaffing cap: 3 FTE surplus, at most 2 carried, the rest placed outside', async () => {
    const cheap = { overstaffingCost: 10_000 };
    const input = planInput([fn('A', 10, [10, 8], cheap), fn('B', 10, [10, 9], cheap)], [], { maxTotalOverstaffing: 2 });
    const plan = await planActions(input);
    const over = yearOf(plan, 'A', 1).overstaffing_fte + yearOf(plan, 'B', 1).overstaffing_fte;
    const outside = yearOf(plan, 'A', 1).redundant_fte + yearOf(plan, 'B', 1).redundant_fte;
    expect(over).toBeCloseTo(2, 4);
    expect(outside).toBeCloseTo(1, 4);
    expect(plan.costs.total).toBeCloseTo(60_000, 1);
    const cap = plan.binding.find((b) => b.constraint === 'plan.overstaffing max_total_fte');
    expect(cap?.shadow_price).toBeCloseTo(30_000, 2);
    expect(cap?.year).toBe(2027);
  });

  it('a minimum flow is exact: 0.3 FTE needed, at least 0.5 moves (cheaper than hiring and placing)', async () => {
    const fns = [fn('A', 10, [10, 9.7]), fn('B', 5, [5, 5.3])];
    const free = await planActions(planInput(fns, [path('A', 'B')]));
    expect(free.pathways[0]!.fte).toBeCloseTo(0.3, 4);
    expect(free.costs.total).toBeCloseTo(0, 4);
    // min 0.5: move 0.5, B carries 0.2 as overstaffing for a year (€ 10,000) — it has no lasting
    // surplus, so it does not place outside people it has just received — and A hires 0.2 (€ 2,000):
    // € 12,000 < € 15,000 without moving.
    const half = await planActions(planInput(fns, [path('A', 'B')], { minFlow: 0.5 }));
    expect(half.pathways[0]!.fte).toBeCloseTo(0.5, 4);
    expect(yearOf(half, 'B', 1).redundant_fte).toBeCloseTo(0, 6);
    expect(yearOf(half, 'B', 1).overstaffing_fte).toBeCloseTo(0.2, 6);
    expect(half.costs.total).toBeCloseTo(12_000, 1);
    // min 1: moving 1 would cost € 42,000; not moving costs € 15,000 (hire 0.3 in B, place A's lasting 0.3 outside).
    const one = await planActions(planInput(fns, [path('A', 'B')], { minFlow: 1 }));
    expect(one.pathways).toHaveLength(0);
    expect(one.costs.total).toBeCloseTo(15_000, 1);
  });

  it('a hiring freeze that cannot be filled: the shortfall, its size and its cause', async () => {
    const input = planInput([fn('A', 10, [10, 12, 12], { hireMax: 0 })]);
    const plan = await planActions(input);
    expect(plan.shortfalls.map((s) => [s.year, s.shortage_fte])).toEqual([
      [2027, 2],
      [2028, 2],
    ]);
    expect(plan.shortfalls[0]!.cause).toContain('max_per_year: 0');
  });

  it('a hiring limit binds: the shortage stage names it and what one more hire would cut', async () => {
    const input = planInput([fn('A', 10, [10, 14], { hireMax: 3 })]);
    const plan = await planActions(input);
    expect(plan.shortageFteYears).toBeCloseTo(1, 4);
    const limit = plan.binding.find((b) => b.constraint === 'plan.hiring max_per_year');
    expect(limit?.shortage_reduction).toBeCloseTo(1, 4);
    expect(plan.shortfalls[0]!.cause).toContain('limited to 3 FTE a year');
  });

  it('objective redundancy places fewer outside than objective cost, at a higher cost', async () => {
    // Overstaffing for one year (€ 50,000) vs placing outside (€ 40,000); redundancy first keeps people.
    const fns = [fn('A', 10, [10, 8])];
    const cost = await planActions(planInput(fns));
    const fewest = await planActions(planInput(fns, [], { objective: 'redundancy' }));
    expect(yearOf(cost, 'A', 1).redundant_fte).toBeCloseTo(2, 4);
    expect(yearOf(fewest, 'A', 1).redundant_fte).toBeCloseTo(0, 4);
    expect(fewest.costs.total).toBeGreaterThan(cost.costs.total);
  });

  it('discounting: a cost paid in year u counts (1 + r)^−u', async () => {
    const input = planInput([fn('A', 10, [10, 10, 11])], [], { discountRate: 0.1 });
    const plan = await planActions(input);
    expect(yearOf(plan, 'A', 2).hired_fte).toBeCloseTo(1, 4);
    expect(plan.costs.total).toBeCloseTo(10_000 / 1.1, 1);
  });

  it('reduced hours: persons giving up 0.5 FTE each, within max_persons', async () => {
    const input = planInput([fn('A', 10, [10, 9], { reducedHours: { maxPersons: 1, ftePerPerson: 0.5, costPerPerson: 500 } })]);
    const plan = await planActions(input);
    const y = yearOf(plan, 'A', 1);
    expect(y.reduced_hours_persons).toBeCloseTo(1, 4);
    expect(y.redundant_fte).toBeCloseTo(0.5, 4);
    expect(plan.costs.total).toBeCloseTo(500 + 20_000, 1);
  });

  it('the business case: no plan hires every shortage and places every surplus each year', async () => {
    const input = planInput([fn('A', 10, [10, 8]), fn('B', 5, [5, 7])], [path('A', 'B', { cost: 1000 })]);
    const plan = await planActions(input);
    expect(plan.costs.total).toBeCloseTo(2000, 1);
    const none = noPlanCosts(input);
    expect(none.total).toBeCloseTo(2 * 10_000 + 2 * 40_000, 1);
    const alt = await planAlternatives(input, plan);
    expect(alt.no_pathways!.total).toBeCloseTo(100_000, 1);
    expect(alt.no_pathways!.saving).toBeCloseTo(98_000, 1);
    expect(alt.no_plan.saving).toBeCloseTo(98_000, 1);
  });
  it('a vacaturestop is not circumvented: no hiring into A to move people on into frozen B', async () => {
    // A needs all its 10 FTE every year; B (hiring frozen) needs 2 more. Moving 2 from A to B and
    // hiring 2 into A behind them would fill B, but that is hiring for B: A has no lasting surplus,
    // so B stays 2 short each year (2 years: 4 FTE-years) and nobody is hired or moved.
    const input = planInput([fn('A', 10, [10, 10, 10]), fn('B', 0, [0, 2, 2], { hireMax: 0 })], [path('A', 'B')]);
    const plan = await planActions(input);
    expect(plan.pathways).toHaveLength(0);
    expect(yearOf(plan, 'A', 1).hired_fte + yearOf(plan, 'A', 2).hired_fte).toBeCloseTo(0, 6);
    expect(plan.shortageFteYears).toBeCloseTo(4, 6);
    expect(plan.shortfalls.map((s) => [s.function, s.year, Math.round(s.shortage_fte * 1e6) / 1e6])).toEqual([
      ['B', 2027, 2],
      ['B', 2028, 2],
    ]);
  });

  it('a vacaturestop takes what the source can spare for good: A has 1 FTE too many from 2027 on → 1 moves to B', async () => {
    // Lasting surplus of A: min(11 − 10, 11 − 10) = 1, so at most 1 FTE in total moves into B; B is short 1 a year.
    const input = planInput([fn('A', 11, [11, 10, 10]), fn('B', 0, [0, 2, 2], { hireMax: 0 })], [path('A', 'B')]);
    const plan = await planActions(input);
    const moved = plan.pathways.reduce((s, p) => s + p.fte, 0);
    expect(moved).toBeCloseTo(1, 6);
    expect(yearOf(plan, 'A', 1).hired_fte + yearOf(plan, 'A', 2).hired_fte).toBeCloseTo(0, 6);
    expect(plan.shortageFteYears).toBeCloseTo(2, 6);
  });
  it('no placing outside now to hire back later: a surplus of 2 for two years is carried, not placed outside and rehired', async () => {
    // A: 10 FTE, demand 8 in 2027 and 2028, 10 again in 2029. Placing 2 outside (€ 80,000) and hiring
    // 2 back for 2029 (€ 20,000) would beat carrying them (2 × 2 years × € 50,000 = € 200,000), but A
    // has no lasting surplus: the plan carries the 2 FTE as overstaffing.
    const input = planInput([fn('A', 10, [10, 8, 8, 10])]);
    const plan = await planActions(input);
    const years = plan.functions[0]!.years;
    expect(years.reduce((s, y) => s + y.redundant_fte, 0)).toBeCloseTo(0, 6);
    expect(years.reduce((s, y) => s + y.hired_fte, 0)).toBeCloseTo(0, 6);
    expect(years[1]!.overstaffing_fte).toBeCloseTo(2, 6);
    expect(years[2]!.overstaffing_fte).toBeCloseTo(2, 6);
    expect(plan.costs.total).toBeCloseTo(200_000, 1);
  });

  it('placing outside what is surplus for good stays allowed: demand 8 from 2027 on → 2 placed outside', async () => {
    const input = planInput([fn('A', 10, [10, 8, 8, 8])]);
    const plan = await planActions(input);
    expect(yearOf(plan, 'A', 1).redundant_fte).toBeCloseTo(2, 6);
    expect(plan.costs.total).toBeCloseTo(80_000, 1);
  });
});
