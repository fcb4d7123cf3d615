import { describe, expect, it } from 'vitest';
import { planReskilling, type ReskillInput } from '../../src/model/plan-reskilling.js';
import type { Pathway } from '../../src/domain/pathway.js';
import { ScenarioSchema } from '../../src/domain/scenario-schema.js';

const defaults = ScenarioSchema.parse({ id: 't', horizon: { start: 2026, end: 2030 } }).reskilling;
// 40 h per level at € 50: € 2000 per missing level; hire 12000 + surplus 40000 = 52000 per person.
const rules = { ...defaults, hours_per_level: 40, cost_per_hour: 50, hire_cost: 12000, surplus_cost_per_fte: 40000 };
const TOL = 1e-6;

function path(from: string, to: string, levels: number, over: Partial<Pathway> = {}): Pathway {
  return {
    from, to, similarity: 0.8, level_step: 0, pay_ratio: 1, hours: 40 * levels,
    viable: true, desirable: true, safe: true, closed: false, reasons: [], ...over,
  };
}

/** Two surplus (A 3, B 2) and two shortage functions (X 2, Y 4), constant over two years. */
function twoByTwo(extra: Partial<ReskillInput['rules']> = {}): ReskillInput {
  return {
    years: [2026, 2027],
    gaps: { A: [3, 3], B: [2, 2], X: [-2, -2], Y: [-4, -4] },
    pathways: [path('A', 'X', 1), path('A', 'Y', 3), path('B', 'X', 2), path('B', 'Y', 5)],
    rules: { ...rules, ...extra },
  };
}

function fteOf(plan: Awaited<ReturnType<typeof planReskilling>>, from: string, to: string): number {
  return plan.pathways.filter((p) => p.from === from && p.to === to).reduce((s, p) => s + p.fte, 0);
}

describe('planReskilling: hand-computed optima', () => {
  it('2×2 without limits: moves all surplus at least cost, which is not the greedy choice', async () => {
    // Every move saves ≥ 42000, so all 5 surplus FTE move. Cost 2000a + 6000(3−a) + 4000b + 10000(2−b)
    // with a + b ≤ 2 is least at b = 2, a = 0: A→Y 3, B→X 2, cost 26000 (greedy A→X first costs 30000).
    const plan = await planReskilling(twoByTwo());
    expect(plan.pathways).toEqual([
      { from: 'A', to: 'Y', fte: expect.closeTo(3, 6), hours_per_person: 120, cost: expect.closeTo(18000, 3), first_year: 2026 },
      { from: 'B', to: 'X', fte: expect.closeTo(2, 6), hours_per_person: 80, cost: expect.closeTo(8000, 3), first_year: 2026 },
    ]);
    expect(Object.keys(plan.hiring_fte)).toEqual(['Y']);
    expect(plan.hiring_fte.Y).toBeCloseTo(1, 6);
    expect(plan.surplus_fte).toEqual({});
    expect(plan.business_case.reskill_cost).toBeCloseTo(26000, 3);
    expect(plan.business_case.hire_cost).toBeCloseTo(12000, 3);
    expect(plan.business_case.surplus_cost).toBeCloseTo(0, 3);
    expect(plan.business_case.total_cost).toBeCloseTo(38000, 3);
    expect(plan.business_case.all_hire_cost).toBe(12000 * 6 + 40000 * 5);
    // earliest start: everything in the first year
    expect(plan.per_year[0]!.year).toBe(2026);
    expect(plan.per_year[0]!.fte).toBeCloseTo(5, 6);
    expect(plan.per_year[0]!.cost).toBeCloseTo(26000, 3);
    expect(plan.per_year[1]).toEqual({ year: 2027, fte: 0, cost: 0 });
  });

  it('budget binds: € 10000 per year over two years', async () => {
    // LP optimum (checked with its duals λ = 5.5, α_A = 13000, β_X = 26000): A→X 0.75, A→Y 2.25,
    // B→X 1.25; B keeps 0.75 surplus; Y hires 1.75. Total 20000 + 21000 + 30000 = 71000.
    const plan = await planReskilling(twoByTwo({ budget_per_year: 10000 }));
    expect(fteOf(plan, 'A', 'X')).toBeCloseTo(0.75, 6);
    expect(fteOf(plan, 'A', 'Y')).toBeCloseTo(2.25, 6);
    expect(fteOf(plan, 'B', 'X')).toBeCloseTo(1.25, 6);
    expect(fteOf(plan, 'B', 'Y')).toBeCloseTo(0, 6);
    expect(plan.surplus_fte.B).toBeCloseTo(0.75, 6);
    expect(plan.hiring_fte.Y).toBeCloseTo(1.75, 6);
    expect(plan.business_case.total_cost).toBeCloseTo(71000, 2);
    for (const y of plan.per_year) expect(y.cost).toBeCloseTo(10000, 3);
    expect(plan.notes).toContain('budget binds in 2026');
    expect(plan.notes).toContain('budget binds in 2027');
  });

  it('capacity binds: 1.5 FTE per year over two years', async () => {
    // 3 FTE in all; the best three: A→X 2 (saves 50000 each), A→Y 1 (46000). B keeps 2, Y hires 3.
    const plan = await planReskilling(twoByTwo({ capacity_per_year: 1.5 }));
    expect(fteOf(plan, 'A', 'X')).toBeCloseTo(2, 6);
    expect(fteOf(plan, 'A', 'Y')).toBeCloseTo(1, 6);
    expect(fteOf(plan, 'B', 'X') + fteOf(plan, 'B', 'Y')).toBeCloseTo(0, 6);
    expect(plan.business_case.total_cost).toBeCloseTo(10000 + 36000 + 80000, 2);
    for (const y of plan.per_year) expect(y.fte).toBeCloseTo(1.5, 6);
    expect(plan.notes).toEqual(['capacity binds in 2026', 'capacity binds in 2027']);
  });

  it('never uses a pathway costing at least hire_cost + surplus_cost_per_fte', async () => {
    const input: ReskillInput = {
      years: [2026],
      gaps: { A: [1], X: [-1] },
      pathways: [path('A', 'X', 26)], // 26 × 2000 = 52000
      rules,
    };
    const plan = await planReskilling(input);
    expect(plan.pathways).toEqual([]);
    expect(plan.hiring_fte).toEqual({ X: 1 });
    expect(plan.surplus_fte).toEqual({ A: 1 });
    expect(plan.business_case.total_cost).toBe(52000);
    expect(plan.notes).toContain('1 pathway not used: training costs at least hire_cost + surplus_cost_per_fte per person');
    // just below the threshold it pays off
    const cheaper = await planReskilling({ ...input, pathways: [path('A', 'X', 25.5)] });
    expect(cheaper.pathways).toHaveLength(1);
    expect(cheaper.business_case.total_cost).toBeCloseTo(51000, 3);
  });

  it('uses only viable, desirable and safe pathways', async () => {
    const input: ReskillInput = {
      years: [2026],
      gaps: { A: [1], X: [-1], Y: [-1], Z: [-1], W: [-1] },
      pathways: [
        path('A', 'X', 0, { viable: false, desirable: false }),
        path('A', 'Y', 0, { desirable: false }),
        path('A', 'Z', 0, { safe: false }),
        path('A', 'W', 5),
      ],
      rules,
    };
    const plan = await planReskilling(input);
    expect(plan.pathways.map((p) => `${p.from}>${p.to}`)).toEqual(['A>W']);
  });
});

describe('planReskilling: timing', () => {
  it('moves people only once they are no longer needed, and fills only lasting shortages', async () => {
    // S_A = min over later years of the surplus: [0, 2, 2]; H_X = [1, 1, 3].
    const plan = await planReskilling({
      years: [2026, 2027, 2028],
      gaps: { A: [0, 2, 2], X: [-1, -1, -3] },
      pathways: [path('A', 'X', 1)],
      rules,
    });
    expect(plan.pathways).toHaveLength(1);
    expect(plan.pathways[0]!.fte).toBeCloseTo(2, 6);
    expect(plan.pathways[0]!.first_year).toBe(2027);
    // Without limits the flow follows the gaps: by 2027 min(S_A 2/2, H_X 1/3) = 1/3 of the 2 FTE.
    expect(plan.per_year.map((y) => y.fte)).toEqual([0, expect.closeTo(2 / 3, 9), expect.closeTo(4 / 3, 9)]);
    expect(plan.schedule).toEqual([
      { from: 'A', to: 'X', year: 2027, fte: expect.closeTo(2 / 3, 9) },
      { from: 'A', to: 'X', year: 2028, fte: expect.closeTo(4 / 3, 9) },
    ]);
    expect(plan.hiring_fte.X).toBeCloseTo(1, 6);
  });

  it('with a capacity, starts flows as early as the capacity allows', async () => {
    const plan = await planReskilling({
      years: [2026, 2027, 2028],
      gaps: { A: [0, 2, 2], X: [-1, -1, -3] },
      pathways: [path('A', 'X', 1)],
      rules: { ...rules, capacity_per_year: 5 },
    });
    // 2027: at most H_X(2027) = 1 can be filled; the other 1 FTE in 2028.
    expect(plan.per_year.map((y) => y.fte)).toEqual([0, expect.closeTo(1, 6), expect.closeTo(1, 6)]);
    expect(plan.pathways[0]!.first_year).toBe(2027);
  });

  it('does not move people who are needed again later', async () => {
    const plan = await planReskilling({
      years: [2026, 2027, 2028],
      gaps: { A: [2, 0, 2], X: [-2, -2, -2] },
      pathways: [path('A', 'X', 1)],
      rules,
    });
    expect(plan.pathways[0]!.first_year).toBe(2028);
  });
});

describe('planReskilling: degenerate cases', () => {
  const cases: [string, ReskillInput, string][] = [
    ['no surplus', { years: [2026], gaps: { X: [-2] }, pathways: [], rules }, 'no surplus at the horizon: nobody to reskill'],
    ['no shortage', { years: [2026], gaps: { A: [2] }, pathways: [], rules }, 'no shortage at the horizon: no vacancy to fill by reskilling'],
    ['no allowed pathway', { years: [2026], gaps: { A: [2], X: [-1] }, pathways: [path('A', 'X', 1, { safe: false })], rules },
      'no viable, desirable and safe pathway from a surplus function to a shortage function'],
    ['all gaps zero', { years: [2026, 2027], gaps: { A: [0, 0], X: [-0, 0] }, pathways: [path('A', 'X', 1)], rules },
      'no surplus at the horizon: nobody to reskill'],
  ];
  it.each(cases)('%s: a plan without pathways and a note', async (_name, input, note) => {
    const plan = await planReskilling(input);
    expect(plan.pathways).toEqual([]);
    expect(plan.notes).toContain(note);
    const left = (r: Record<string, number>) => Object.values(r).reduce((s, v) => s + v, 0);
    expect(plan.business_case.total_cost).toBeCloseTo(
      rules.hire_cost * left(plan.hiring_fte) + rules.surplus_cost_per_fte * left(plan.surplus_fte), 6);
    expect(plan.business_case.total_cost).toBe(plan.business_case.all_hire_cost);
    expect(JSON.stringify(plan)).not.toContain('-0');
    expect(Object.is(plan.business_case.reskill_cost, -0)).toBe(false);
  });

  it('no years at all', async () => {
    const plan = await planReskilling({ years: [], gaps: {}, pathways: [], rules });
    expect(plan.pathways).toEqual([]);
    expect(plan.per_year).toEqual([]);
    expect(plan.business_case.total_cost).toBe(0);
  });

  it('zero budget: only pathways without training hours are used', async () => {
    const plan = await planReskilling({
      years: [2026],
      gaps: { A: [2], B: [1], X: [-3] },
      pathways: [path('A', 'X', 1), path('B', 'X', 0)],
      rules: { ...rules, budget_per_year: 0 },
    });
    expect(plan.pathways.map((p) => [p.from, p.to, p.fte, p.cost])).toEqual([['B', 'X', expect.closeTo(1, 6), 0]]);
    expect(plan.notes).toContain('budget_per_year is 0: only pathways without training hours can be used');
    expect(Object.is(plan.pathways[0]!.cost, -0)).toBe(false);
  });

  it('zero capacity: nothing moves', async () => {
    const plan = await planReskilling({ ...twoByTwo({ capacity_per_year: 0 }) });
    expect(plan.pathways).toEqual([]);
    expect(plan.business_case.total_cost).toBe(plan.business_case.all_hire_cost);
  });

  it('is deterministic and sorts its output', async () => {
    const input = twoByTwo({ budget_per_year: 10000 });
    const shuffled = { ...input, pathways: [...input.pathways].reverse(), gaps: { Y: [-4, -4], X: [-2, -2], B: [2, 2], A: [3, 3] } };
    const a = await planReskilling(input);
    const b = await planReskilling(shuffled);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const keys = a.pathways.map((p) => `${p.from}>${p.to}>${p.first_year}`);
    expect(keys).toEqual([...keys].sort());
  });
});

describe('planReskilling: larger instances', () => {
  it('the time-indexed LP with column generation and the one-period LP agree when the limit never binds', async () => {
    // 110 × 110 pathways: one period (12,100 columns, all in) vs two years with a capacity no plan
    // can reach (24,200 columns, so the solver starts from a subset and prices the rest).
    let seed = 12345;
    const rand = () => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    const gaps: Record<string, number[]> = {};
    const pathways: Pathway[] = [];
    for (let i = 0; i < 110; i++) {
      const s = (1 + Math.round(rand() * 5)) / 2;
      gaps[`S${i}`] = [s, s];
      const h = (1 + Math.round(rand() * 5)) / 2;
      gaps[`H${i}`] = [-h, -h];
    }
    for (let i = 0; i < 110; i++) for (let j = 0; j < 110; j++) pathways.push(path(`S${i}`, `H${j}`, Math.floor(rand() * 24)));
    const untimed = await planReskilling({ years: [2026, 2027], gaps, pathways, rules });
    const timed = await planReskilling({ years: [2026, 2027], gaps, pathways, rules: { ...rules, capacity_per_year: 1e6 } });
    expect(timed.business_case.total_cost).toBeCloseTo(untimed.business_case.total_cost, 2);
    expect(untimed.business_case.total_cost).toBeLessThan(untimed.business_case.all_hire_cost);
    // with constant gaps, everything can start in the first year
    expect(timed.per_year[1]!.fte).toBeCloseTo(0, 6);
    expect(untimed.per_year[1]!.fte).toBeCloseTo(0, 6);
  });
});
