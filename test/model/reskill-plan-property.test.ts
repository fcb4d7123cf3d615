import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planReskilling, type ReskillInput } from '../../src/model/plan-reskilling.js';
import type { ReskillPlan } from '../../src/domain/pathway.js';
import type { Pathway, PathwayVerdict } from '../../src/domain/pathway.js';
import { ScenarioSchema } from '../../src/domain/scenario-schema.js';

/**
 * Independent check of the reskilling LP: the same problem written the plain way (cumulative sums
 * over all years and all usable pathways, no running totals, no collapse of time, no cost
 * threshold, no column generation), solved by a small dense simplex (Bland's rule) written here.
 */

const defaults = ScenarioSchema.parse({ id: 't', horizon: { start: 2026, end: 2030 } }).reskilling;

/** max g·x s.t. A x ≤ b (b ≥ 0), x ≥ 0, by the tableau simplex with Bland's rule from the slack basis. */
function simplexMax(A: number[][], b: number[], g: number[]): number {
  const m = A.length;
  const n = g.length;
  const EPS = 1e-9;
  const tab = A.map((row, i) => [...row, ...Array.from({ length: m }, (_, k) => (k === i ? 1 : 0)), b[i]!]);
  const obj = [...g.map((v) => -v), ...new Array<number>(m).fill(0), 0];
  const basis = Array.from({ length: m }, (_, i) => n + i);
  for (let guard = 0; guard < 10_000; guard++) {
    let enter = -1;
    for (let j = 0; j < n + m; j++) if (obj[j]! < -EPS) { enter = j; break; }
    if (enter < 0) return obj[n + m]!;
    let leave = -1;
    let best = Infinity;
    for (let i = 0; i < m; i++) {
      const a = tab[i]![enter]!;
      if (a > EPS) {
        const ratio = tab[i]![n + m]! / a;
        if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[i]! < basis[leave]!)) {
          best = ratio;
          leave = i;
        }
      }
    }
    if (leave < 0) throw new Error('unbounded');
    const pivot = tab[leave]![enter]!;
    const prow = tab[leave]!.map((v) => v / pivot);
    tab[leave] = prow;
    for (let i = 0; i < m; i++) {
      if (i === leave) continue;
      const f = tab[i]![enter]!;
      if (f !== 0) tab[i] = tab[i]!.map((v, j) => v - f * prow[j]!);
    }
    const f = obj[enter]!;
    for (let j = 0; j <= n + m; j++) obj[j] = obj[j]! - f * prow[j]!;
    basis[leave] = enter;
  }
  throw new Error('no convergence');
}

function lasting(gap: number[], sign: 1 | -1): number[] {
  return gap.map((_, s) => Math.min(...gap.slice(s).map((g) => Math.max(0, sign * g))));
}

/** Optimal total cost by the plain formulation. */
function bruteOptimum(input: ReskillInput): number {
  const { years, gaps, rules } = input;
  const T = years.length;
  const usable = input.pathways.filter((p) => p.viable && p.desirable && p.safe);
  const cols: { p: PathwayVerdict; t: number }[] = usable.flatMap((p) => years.map((_, t) => ({ p, t })));
  const A: number[][] = [];
  const b: number[] = [];
  let constant = 0;
  for (const [id, gap] of Object.entries(gaps)) {
    const S = lasting(gap, 1);
    const H = lasting(gap, -1);
    constant += rules.surplus_cost_per_fte * S[T - 1]! + rules.hire_cost * H[T - 1]!;
    for (let s = 0; s < T; s++) {
      A.push(cols.map((c) => (c.p.from === id && c.t <= s ? 1 : 0)));
      b.push(S[s]!);
      A.push(cols.map((c) => (c.p.to === id && c.t <= s ? 1 : 0)));
      b.push(H[s]!);
    }
  }
  for (let t = 0; t < T; t++) {
    if (rules.budget_per_year !== undefined) {
      A.push(cols.map((c) => (c.t === t ? c.p.hours * rules.cost_per_hour : 0)));
      b.push(rules.budget_per_year);
    }
    if (rules.capacity_per_year !== undefined) {
      A.push(cols.map((c) => (c.t === t ? 1 : 0)));
      b.push(rules.capacity_per_year);
    }
  }
  const gain = cols.map((c) => rules.hire_cost + rules.surplus_cost_per_fte - c.p.hours * rules.cost_per_hour);
  return constant - (cols.length === 0 ? 0 : simplexMax(A, b, gain));
}

function checkFeasible(input: ReskillInput, plan: ReskillPlan): void {
  const { years, gaps, rules } = input;
  const T = years.length;
  const tol = 1e-6;
  const allowed = new Map(input.pathways.filter((p) => p.viable && p.desirable && p.safe).map((p) => [`${p.from}>${p.to}`, p]));
  for (const cell of plan.schedule) {
    expect(cell.fte).toBeGreaterThan(0);
    expect(allowed.has(`${cell.from}>${cell.to}`)).toBe(true);
  }
  for (const [id, gap] of Object.entries(gaps)) {
    const S = lasting(gap, 1);
    const H = lasting(gap, -1);
    for (let s = 0; s < T; s++) {
      const out = plan.schedule.filter((c) => c.from === id && c.year <= years[s]!).reduce((a, c) => a + c.fte, 0);
      const into = plan.schedule.filter((c) => c.to === id && c.year <= years[s]!).reduce((a, c) => a + c.fte, 0);
      expect(out).toBeLessThanOrEqual(S[s]! + tol);
      expect(into).toBeLessThanOrEqual(H[s]! + tol);
    }
    const out = plan.schedule.filter((c) => c.from === id).reduce((a, c) => a + c.fte, 0);
    const into = plan.schedule.filter((c) => c.to === id).reduce((a, c) => a + c.fte, 0);
    expect(plan.surplus_fte[id] ?? 0).toBeCloseTo(S[T - 1]! - out, 6);
    expect(plan.hiring_fte[id] ?? 0).toBeCloseTo(H[T - 1]! - into, 6);
  }
  plan.per_year.forEach((y, t) => {
    expect(y.year).toBe(years[t]);
    if (rules.budget_per_year !== undefined) expect(y.cost).toBeLessThanOrEqual(rules.budget_per_year * (1 + 1e-9) + tol);
    if (rules.capacity_per_year !== undefined) expect(y.fte).toBeLessThanOrEqual(rules.capacity_per_year + tol);
  });
  for (const p of plan.pathways) {
    const cells = plan.schedule.filter((c) => c.from === p.from && c.to === p.to);
    expect(p.fte).toBeCloseTo(cells.reduce((a, c) => a + c.fte, 0), 9);
    expect(p.first_year).toBe(Math.min(...cells.map((c) => c.year)));
    expect(p.cost).toBeCloseTo(p.fte * p.hours_per_person * rules.cost_per_hour, 6);
  }
  const bc = plan.business_case;
  expect(bc.total_cost).toBeCloseTo(bc.reskill_cost + bc.hire_cost + bc.surplus_cost, 6);
  expect(bc.total_cost).toBeLessThanOrEqual(bc.all_hire_cost + tol);
}

const half = (lo: number, hi: number) => fc.integer({ min: lo * 2, max: hi * 2 }).map((v) => v / 2);

const instance = fc
  .record({
    T: fc.integer({ min: 1, max: 3 }),
    nS: fc.integer({ min: 1, max: 4 }),
    nH: fc.integer({ min: 1, max: 4 }),
    seed: fc.array(half(-1, 3), { minLength: 24, maxLength: 24 }),
    short: fc.array(half(-3, 1), { minLength: 24, maxLength: 24 }),
    links: fc.array(
      fc.record({ present: fc.boolean(), levels: fc.integer({ min: 0, max: 30 }), ok: fc.constantFrom('yes', 'yes', 'yes', 'viable', 'desirable', 'safe') }),
      { minLength: 16, maxLength: 16 },
    ),
    // freq 2: each limit is absent half of the time, so a quarter of the runs take the untimed path
    budget: fc.option(fc.constantFrom(0, 2500, 8000, 30000), { nil: undefined, freq: 2 }),
    capacity: fc.option(fc.constantFrom(0, 0.5, 1.5, 4), { nil: undefined, freq: 2 }),
  })
  .map(({ T, nS, nH, seed, short, links, budget, capacity }): ReskillInput => {
    const years = Array.from({ length: T }, (_, t) => 2026 + t);
    const gaps: Record<string, number[]> = {};
    for (let i = 0; i < nS; i++) gaps[`S${i}`] = years.map((_, t) => seed[i * 3 + t]!);
    for (let j = 0; j < nH; j++) gaps[`H${j}`] = years.map((_, t) => short[j * 3 + t]!);
    const pathways: Pathway[] = [];
    for (let i = 0; i < nS; i++) {
      for (let j = 0; j < nH; j++) {
        const link = links[i * 4 + j]!;
        if (!link.present) continue;
        pathways.push({
          from: `S${i}`, to: `H${j}`, similarity: 0.7, level_step: 0, pay_ratio: 1, hours: 40 * link.levels,
          viable: link.ok !== 'viable', desirable: link.ok !== 'viable' && link.ok !== 'desirable', safe: link.ok !== 'safe', closed: false, reasons: [],
        });
      }
    }
    const rules = { ...defaults, cost_per_hour: 50, hire_cost: 12000, surplus_cost_per_fte: 40000 };
    if (budget !== undefined) rules.budget_per_year = budget;
    if (capacity !== undefined) rules.capacity_per_year = capacity;
    return { years, gaps, pathways, rules };
  });

describe('planReskilling (property)', () => {
  it('reaches the optimum of an independent dense simplex and never violates a constraint', async () => {
    await fc.assert(
      fc.asyncProperty(instance, async (input) => {
        const plan = await planReskilling(input);
        checkFeasible(input, plan);
        const optimum = bruteOptimum(input);
        expect(Math.abs(plan.business_case.total_cost - optimum)).toBeLessThanOrEqual(1e-6 * Math.max(1, optimum));
      }),
      { numRuns: 300, seed: 20260101 },
    );
  });

  it('the independent simplex agrees with a hand-computed optimum (it can fail)', () => {
    // max 3x + 2y s.t. x + y ≤ 4, x + 3y ≤ 6, x ≤ 3 → x = 3, y = 1, value 11
    expect(simplexMax([[1, 1], [1, 3], [1, 0]], [4, 6, 3], [3, 2])).toBeCloseTo(11, 9);
  });
});
