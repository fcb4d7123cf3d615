import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planActions } from '../../../src/model/plan/plan-actions.js';
import type { PlanInput } from '../../../src/model/plan/plan-input.js';
import { fn, path, planInput, randomPlan, vertexMin } from './plan-helpers.js';

/** Invariants of the plan (SPEC §3.3) on small random instances, and its optimum against an independent solver. */

const share = fc.double({ min: 0.6, max: 1, noNaN: true });
const fte = fc.double({ min: 0, max: 20, noNaN: true }).map((v) => Math.round(v * 10) / 10);
const euros = fc.integer({ min: 0, max: 60 }).map((v) => v * 1000);

/** 2–3 functions, 1–3 decision years, random flows, costs and pathways; hiring unlimited unless `limited`. */
const instance = (limited: boolean) =>
  fc
    .record({
      F: fc.integer({ min: 2, max: 3 }),
      T: fc.integer({ min: 1, max: 3 }),
      start: fc.array(fte, { minLength: 3, maxLength: 3 }),
      demand: fc.array(fte, { minLength: 12, maxLength: 12 }),
      stay: fc.array(share, { minLength: 9, maxLength: 9 }),
      kappa: fc.array(share, { minLength: 3, maxLength: 3 }),
      hire: fc.array(euros, { minLength: 3, maxLength: 3 }),
      over: fc.array(euros, { minLength: 3, maxLength: 3 }),
      hireMax: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 3, maxLength: 3 }),
      links: fc.array(fc.record({ on: fc.boolean(), cost: fc.integer({ min: 0, max: 8 }).map((v) => v * 1000), retention: share }), { minLength: 9, maxLength: 9 }),
      minFlow: fc.constantFrom(0, 0.5),
      budget: fc.option(fc.integer({ min: 0, max: 10 }).map((v) => v * 1000), { nil: undefined }),
    })
    .map((r): PlanInput => {
      const ids = ['A', 'B', 'C'].slice(0, r.F);
      const functions = ids.map((id, i) =>
        fn(id, r.start[i]!, [r.start[i]!, ...Array.from({ length: r.T }, (_, k) => r.demand[i * 4 + k]!)], {
          stay: Array.from({ length: r.T }, (_, u) => r.stay[i * 3 + u]!),
          hireRetention: r.kappa[i]!,
          hireCost: r.hire[i]!,
          overstaffingCost: r.over[i]!,
          hireMax: limited ? r.hireMax[i]! : Infinity,
        }),
      );
      const pathways = ids.flatMap((from, i) =>
        ids.flatMap((to, j) => {
          const link = r.links[i * 3 + j]!;
          return i !== j && link.on ? [path(from, to, { cost: link.cost, retention: link.retention })] : [];
        }),
      );
      return planInput(functions, pathways, { minFlow: r.minFlow, ...(r.budget !== undefined ? { budgetPerYear: r.budget } : {}) });
    });

const RUNS = { numRuns: 25, seed: 20261 };
const costTol = (a: number) => 0.05 + 1e-6 * Math.abs(a);

describe('plan properties', () => {
  it('balance and staffing hold for every function and year; nothing is negative', async () => {
    await fc.assert(
      fc.asyncProperty(instance(true), async (input) => {
        const plan = await planActions(input);
        for (const f of plan.functions) {
          f.years.forEach((y, k) => {
            for (const v of Object.values(y)) expect(v).toBeGreaterThanOrEqual(-1e-7);
            if (k === 0) return;
            const b = f.years[k - 1]!;
            const expected =
              b.fte - y.natural_outflow_fte - y.natural_moved_out_fte + y.natural_moved_in_fte + y.hired_fte - y.newcomer_loss_fte + y.moved_in_fte - y.moved_out_fte - y.redundant_fte;
            expect(Math.abs(y.fte - expected)).toBeLessThan(1e-6);
            expect(Math.abs(y.fte - y.overstaffing_fte + y.shortage_fte - y.demand_fte)).toBeLessThan(1e-6);
          });
        }
      }),
      RUNS,
    );
  });

  it('unmet demand is zero whenever hiring is unlimited', async () => {
    await fc.assert(
      fc.asyncProperty(instance(false), async (input) => {
        const plan = await planActions(input);
        expect(plan.shortageFteYears).toBeLessThan(1e-4);
      }),
      RUNS,
    );
  });

  it('removing a pathway never lowers the cost', async () => {
    await fc.assert(
      fc.asyncProperty(instance(false), fc.nat(), async (input, pick) => {
        fc.pre(input.pathways.length > 0);
        const all = await planActions(input);
        const fewer = await planActions({ ...input, pathways: input.pathways.filter((_, i) => i !== pick % input.pathways.length) });
        expect(fewer.costs.total).toBeGreaterThanOrEqual(all.costs.total - costTol(all.costs.total));
      }),
      RUNS,
    );
  });

  it('raising the reskilling budget never raises the cost', async () => {
    await fc.assert(
      fc.asyncProperty(instance(false), fc.integer({ min: 1, max: 20 }), async (input, more) => {
        const tight = await planActions({ ...input, budgetPerYear: Number.isFinite(input.budgetPerYear) ? input.budgetPerYear : 2000 });
        const loose = await planActions({ ...input, budgetPerYear: (Number.isFinite(input.budgetPerYear) ? input.budgetPerYear : 2000) + more * 1000 });
        expect(loose.costs.total).toBeLessThanOrEqual(tight.costs.total + costTol(tight.costs.total));
      }),
      RUNS,
    );
  });

  // On plans large enough that the dive alone stops short of the optimum (the solver's branch and
  // bound now proves every stage), so the properties hold as stated, not only on the smallest plans.
  it('removing a pathway never lowers the cost, nor a larger budget raises it: 6 functions × 4 years with minimum flows', async () => {
    for (let seed = 200; seed < 204; seed++) {
      const input = randomPlan(seed, 6, 4);
      const all = await planActions(input);
      for (const g of all.gaps) expect(g.value - g.bound, `seed ${seed}, ${g.stage}: proven`).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(g.value)));
      const used = input.pathways.findIndex((p) => all.pathways.some((f) => f.from === p.from && f.to === p.to));
      if (used >= 0) {
        const fewer = await planActions({ ...input, pathways: input.pathways.filter((_, i) => i !== used) });
        expect(fewer.costs.total, `seed ${seed}`).toBeGreaterThanOrEqual(all.costs.total - costTol(all.costs.total));
      }
      const tight = await planActions({ ...input, budgetPerYear: 3000 });
      const loose = await planActions({ ...input, budgetPerYear: 9000 });
      expect(loose.costs.total, `seed ${seed}`).toBeLessThanOrEqual(tight.costs.total + costTol(tight.costs.total));
      expect(all.costs.total, `seed ${seed}`).toBeLessThanOrEqual(loose.costs.total + costTol(loose.costs.total));
    }
  });

  it('reaches the optimum of an independent vertex enumeration (one year, A → B, natural transition, min flow)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ wa: fte, wb: fte, da: fte, db: fte, sa: share, sb: share, m: fc.double({ min: 0, max: 0.2, noNaN: true }), ka: share, kb: share, rho: share, c: euros, ha: euros, hb: euros, oa: euros, ob: euros, r: euros, min: fc.constantFrom(0, 0.5, 1) }),
        async (p) => {
          const sa = Math.min(p.sa, 1 - p.m);
          const input = planInput(
            [
              fn('A', p.wa, [p.wa, p.da], { stay: [sa], moves: [{ to: 'B', share: [p.m] }], hireRetention: p.ka, hireCost: p.ha, overstaffingCost: p.oa, redundancyCost: p.r }),
              fn('B', p.wb, [p.wb, p.db], { stay: [p.sb], hireRetention: p.kb, hireCost: p.hb, overstaffingCost: p.ob, redundancyCost: p.r }),
            ],
            [path('A', 'B', { cost: p.c, retention: p.rho })],
            { minFlow: p.min },
          );
          const plan = await planActions(input);
          // x = [H_A, H_B, R_A, R_B, X]; O_A, O_B ≥ 0 eliminated through the staffing equations (U = 0).
          const nA = sa * p.wa;
          const nB = p.sb * p.wb + p.m * p.wa;
          const A = [
            [-p.ka, 0, 1, 0, 1],
            [0, -p.kb, 0, 1, -p.rho],
            [0, 0, 1, 0, 1],
            [0, 0, 0, 1, 0],
            [-1, 0, 0, 0, 0],
            [0, -1, 0, 0, 0],
            [0, 0, -1, 0, 0],
            [0, 0, 0, -1, 0],
            [0, 0, 0, 0, -1],
          ];
          const b = [nA - p.da, nB - p.db, sa * p.wa, p.sb * p.wb, 0, 0, 0, 0, 0];
          const c = [p.ha + p.oa * p.ka, p.hb + p.ob * p.kb, p.r - p.oa, p.r - p.ob, p.c - p.oa + p.ob * p.rho];
          const constant = p.oa * (nA - p.da) + p.ob * (nB - p.db);
          const noMove = vertexMin([...A, [0, 0, 0, 0, 1]], [...b, 0], c);
          const move = p.min > 0 ? vertexMin([...A, [0, 0, 0, 0, -1]], [...b, -p.min], c) : vertexMin([...A, [0, 0, 0, 0, -1]], [...b, 0], c);
          const optimum = constant + Math.min(noMove, move);
          expect(Math.abs(plan.costs.total - optimum)).toBeLessThan(0.5 + 1e-5 * Math.abs(optimum));
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });
});
