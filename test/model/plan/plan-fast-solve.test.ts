import { describe, expect, it } from 'vitest';
import { buildPlanLp } from '../../../src/model/plan/plan-lp.js';
import { solvePlanLp } from '../../../src/model/plan/solve-plan-lp.js';
import type { PlanInput } from '../../../src/model/plan/plan-input.js';
import { createRandom } from '../../../src/model/random.js';
import { fn, path, planInput } from './plan-helpers.js';

/**
 * The fast solve (warm LPs, tight pathway bounds, the dive from the LP relaxation) against the old
 * exact path (HiGHS branch and bound on every stage to a gap of 1e-6), on seeded random instances with
 * minimum flows: where it claims an optimum it has one, and the bound it reports is a true bound.
 */

function instance(seed: number, F: number, T: number): PlanInput {
  const random = createRandom(seed);
  const r = () => random.next();
  const ids = Array.from({ length: F }, (_, i) => `F${i}`);
  const functions = ids.map((id) => {
    const start = Math.round(2 + r() * 80) / 10;
    const trend = (r() - 0.5) * 0.3;
    return fn(id, start, Array.from({ length: T + 1 }, (_, k) => Math.round(Math.max(0, start * (1 + trend * k)) * 10) / 10), {
      stay: Array.from({ length: T }, () => 0.85 + r() * 0.15),
      hireRetention: 0.8 + r() * 0.2,
      hireCost: Math.round(r() * 20) * 1000,
      hireMax: r() < 0.25 ? Math.round(r() * 2) : Infinity,
      overstaffingCost: 20_000 + Math.round(r() * 40) * 1000,
    });
  });
  const pathways = [];
  for (const from of ids) for (const to of ids) if (from !== to && r() < 0.5) pathways.push(path(from, to, { cost: Math.round(r() * 8) * 1000, retention: 0.7 + r() * 0.3 }));
  return planInput(functions, pathways, { minFlow: 0.5, objective: r() < 0.3 ? 'redundancy' : 'cost', capacityPerYear: r() < 0.5 ? 3 : Infinity });
}

const solve = async (input: PlanInput, exact: boolean) =>
  (await solvePlanLp(buildPlanLp(input), { objective: input.objective, lexShortage: input.shortageCost === null, exact })).gaps;

describe('the fast plan solve against the exact one', () => {
  it('gives the same optimum on small random instances (every stage, 1e-6 relative)', async () => {
    for (let seed = 1; seed <= 12; seed++) {
      const input = instance(seed, 3, 2);
      const [fast, exact] = [await solve(input, false), await solve(input, true)];
      expect(fast.map((g) => g.stage)).toEqual(exact.map((g) => g.stage));
      fast.forEach((g, s) => expect(Math.abs(g.value - exact[s]!.value), `seed ${seed}, stage ${g.stage}`).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(exact[s]!.value))));
    }
  });

  it('on larger instances, where it may stop short of the optimum, the bound it reports is one', async () => {
    for (let seed = 100; seed <= 101; seed++) {
      const input = { ...instance(seed, 7, 4), objective: 'cost' as const };
      const [fast, exact] = [await solve(input, false), await solve(input, true)];
      // The first stage's (unmet demand) bound is that of the LP relaxation: below the exact optimum.
      const tol = (v: number) => 1e-6 * Math.max(1, Math.abs(v));
      expect(fast[0]!.bound, `seed ${seed}`).toBeLessThanOrEqual(exact[0]!.value + tol(exact[0]!.value));
      expect(fast[0]!.value, `seed ${seed}`).toBeGreaterThanOrEqual(exact[0]!.value - tol(exact[0]!.value));
      // When both reach the same least unmet demand, the cost stages compare in the same way.
      if (Math.abs(fast[0]!.value - exact[0]!.value) <= tol(exact[0]!.value)) {
        expect(fast[1]!.bound, `seed ${seed}`).toBeLessThanOrEqual(exact[1]!.value + tol(exact[1]!.value));
        expect(fast[1]!.value, `seed ${seed}`).toBeGreaterThanOrEqual(exact[1]!.value - tol(exact[1]!.value));
      }
    }
  });
});
