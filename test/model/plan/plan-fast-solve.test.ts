import { describe, expect, it } from 'vitest';
import { loadHighs } from '../../../src/model/reskill-lp.js';
import { buildPlanLp, type PlanLp } from '../../../src/model/plan/plan-lp.js';
import { solvePlanLp, type StageColumns } from '../../../src/model/plan/solve-plan-lp.js';
import { planActions } from '../../../src/model/plan/plan-actions.js';
import type { PlanInput } from '../../../src/model/plan/plan-input.js';
import { lexicographicOptima, randomPlan as instance } from './plan-helpers.js';

/**
 * The plan's solve with minimum flows (semi-continuous pathway-years) against an independent
 * optimum: every on/off pattern of the pathway-years enumerated, each pattern an LP (off: the flow
 * is 0; on: at least the minimum), the stages taken lexicographically here — no dive, no branch and
 * bound, no shortcut of the solver. And on larger instances, the bounded path (the dive's plan with
 * its gap, used above BRANCH_AND_BOUND_MAX open pathway-years) reports a true bound.
 */

const tol = (v: number) => 1e-6 * Math.max(1, Math.abs(v));
/**
 * Two optima compared: HiGHS's feasibility tolerance (1e-6 on a row) lets a solve use a millionth of
 * an FTE more than the enumeration's LP, a few cents at € 40,000 a year.
 */
const near = (v: number) => 0.1 + 1e-6 * Math.abs(v);

/**
 * The lexicographic optimum by enumeration: for each stage, the least objective over every on/off
 * pattern of the open pathway-years (an LP each, on a fresh HiGHS model), then held for the next.
 */
async function enumerated(input: PlanInput): Promise<number[]> {
  const highs = await loadHighs();
  const lp = buildPlanLp(input);
  const open: number[] = [];
  for (let c = 0; c < lp.numCols; c++) if (lp.integrality[c] === 2 && lp.colUpper[c]! > 0) open.push(c);
  expect(open.length).toBeLessThanOrEqual(10);
  const big = (v: number) => (v === Infinity ? highs.infinity : v === -Infinity ? -highs.infinity : v);
  const rowUpper = Float64Array.from(lp.rowUpper);
  const lpOf = (cost: Float64Array, pattern: number): number => {
    const lower = Float64Array.from(lp.colLower, (v, c) => (lp.integrality[c] === 2 ? 0 : v));
    const upper = Float64Array.from(lp.colUpper);
    open.forEach((c, bit) => {
      if (pattern & (1 << bit)) lower[c] = lp.colLower[c]!;
      else upper[c] = 0;
    });
    const model = highs.createModel({
      numCols: lp.numCols,
      numRows: lp.numRows,
      colCost: cost,
      colLower: lower.map(big),
      colUpper: upper.map(big),
      rowLower: lp.rowLower.map(big),
      rowUpper: rowUpper.map(big),
      matrix: { format: 'csc', numRows: lp.numRows, numCols: lp.numCols, starts: lp.starts, indices: lp.indices, values: lp.values },
    });
    try {
      model.options.set({ output_flag: false });
      const status = model.run().modelStatus;
      return status === 7 ? model.getObjectiveValue() : Infinity;
    } finally {
      model.dispose();
    }
  };
  const best = (cost: Float64Array) => {
    let z = Infinity;
    for (let pattern = 0; pattern < 1 << open.length; pattern++) z = Math.min(z, lpOf(cost, pattern));
    return z;
  };
  return lexicographicOptima(lp, input, rowUpper, best);
}

const solve = async (lp: PlanLp, input: PlanInput, branchAndBoundMax?: number) =>
  (await solvePlanLp(lp, { objective: input.objective, lexShortage: input.shortageCost === null, ...(branchAndBoundMax !== undefined ? { branchAndBoundMax } : {}) })).gaps;

describe('the plan with minimum flows against an enumeration of on/off patterns', () => {
  it('reaches the enumerated optimum in every stage and proves it (no gap) on small random instances', async () => {
    let withMinimumBinding = 0;
    for (let seed = 1; seed <= 14; seed++) {
      const input = instance(seed, 3, 2, 0.4);
      const lp = buildPlanLp(input);
      const open = [...lp.integrality].filter((v, c) => v === 2 && lp.colUpper[c]! > 0).length;
      if (open > 10) continue;
      const [gaps, exact] = [await solve(lp, input), await enumerated(input)];
      expect(gaps.map((g) => g.value).length, `seed ${seed}`).toBe(exact.length);
      gaps.forEach((g, s) => {
        expect(Math.abs(g.value - exact[s]!), `seed ${seed}, stage ${g.stage}`).toBeLessThanOrEqual(g.stage === 'cost' ? near(exact[s]!) : tol(exact[s]!));
        expect(g.value - g.bound, `seed ${seed}, stage ${g.stage}: proven`).toBeLessThanOrEqual(tol(g.value));
      });
      // Does the minimum matter here? The same plan without it is cheaper.
      const free = await solve(buildPlanLp({ ...input, minFlow: 0 }), input);
      if (free[free.length - 1]!.value < exact[exact.length - 1]! - tol(exact[exact.length - 1]!)) withMinimumBinding++;
    }
    // The check has teeth: in several instances the minimum flow changes the optimum.
    expect(withMinimumBinding).toBeGreaterThanOrEqual(3);
  });

  it('objective redundancy under a cap on overstaffing: the same optima where no dive finds a plan without placement outside', async () => {
    // On these instances the redundancy stage's LP bound is 0 and no dive finds a plan without anyone
    // placed outside, so the solver holds the stage at 0 and solves the cost stage directly (seeds 71,
    // 77 and 88: it finds a plan, which proves the 0), or, finding none, solves the stage in full
    // after all (seed 70: the minimum flows force a placement).
    const cases: [number, number, boolean][] = [[70, 0.5, true], [71, 0.5, false], [77, 0, false], [88, 0, false]];
    for (const [seed, cap, placed] of cases) {
      const input = { ...instance(seed, 3, 3, 0.6), objective: 'redundancy' as const, maxTotalOverstaffing: cap };
      const lp = buildPlanLp(input);
      const [gaps, exact] = [await solve(lp, input), await enumerated(input)];
      expect(gaps.map((g) => g.stage), `seed ${seed}`).toEqual(['shortage', 'redundancy', 'cost']);
      gaps.forEach((g, s) => {
        expect(Math.abs(g.value - exact[s]!), `seed ${seed}, stage ${g.stage}`).toBeLessThanOrEqual(g.stage === 'cost' ? near(exact[s]!) : tol(exact[s]!));
        expect(g.value - g.bound, `seed ${seed}, stage ${g.stage}: proven`).toBeLessThanOrEqual(tol(g.value));
      });
      expect(exact[1]! > tol(0), `seed ${seed}: someone placed outside`).toBe(placed);
    }
  });

  it('on larger instances, the bounded path (dive only) reports a true bound and never beats the exact optimum', async () => {
    for (let seed = 100; seed <= 101; seed++) {
      const input = { ...instance(seed, 7, 4), objective: 'cost' as const };
      const lp = buildPlanLp(input);
      const [bounded, exact] = [await solve(lp, input, 0), await solve(lp, input)];
      for (const g of exact) expect(g.value - g.bound, `seed ${seed}, stage ${g.stage}: proven`).toBeLessThanOrEqual(tol(g.value));
      expect(bounded[0]!.bound, `seed ${seed}`).toBeLessThanOrEqual(exact[0]!.value + tol(exact[0]!.value));
      expect(bounded[0]!.value, `seed ${seed}`).toBeGreaterThanOrEqual(exact[0]!.value - tol(exact[0]!.value));
      // When both reach the same least unmet demand, the cost stages compare in the same way.
      if (Math.abs(bounded[0]!.value - exact[0]!.value) <= tol(exact[0]!.value)) {
        expect(bounded[1]!.bound, `seed ${seed}`).toBeLessThanOrEqual(exact[1]!.value + tol(exact[1]!.value));
        expect(bounded[1]!.value, `seed ${seed}`).toBeGreaterThanOrEqual(exact[1]!.value - tol(exact[1]!.value));
      }
    }
  });
});

/**
 * What one plan's solve leaves for a related plan (`spp sensitivity`'s variants get the base plan's):
 * a hint of pathway-years per stage, and the stages before the cost stage for a plan whose LP differs
 * only in its costs. Neither may change an optimum.
 */
describe('a related plan solved from another plan\'s hint and held stages', () => {
  const options = (input: PlanInput) => ({ objective: input.objective, lexShortage: input.shortageCost === null });
  const values = (gaps: { value: number }[]) => gaps.map((g) => g.value);
  const expectSame = (got: { stage: string; value: number; bound: number }[], want: { value: number }[], what: string) => {
    expect(got.length, what).toBe(want.length);
    got.forEach((g, s) => {
      expect(Math.abs(g.value - want[s]!.value), `${what}, stage ${g.stage}`).toBeLessThanOrEqual(g.stage === 'cost' ? near(want[s]!.value) : tol(want[s]!.value));
      expect(g.value - g.bound, `${what}, stage ${g.stage}: proven`).toBeLessThanOrEqual(tol(g.value));
    });
  };

  it('reaches the same optimum from any hint: its own plan, another plan\'s, or pathway-years that do not exist', async () => {
    for (let seed = 1; seed <= 8; seed++) {
      const input = { ...instance(seed, 4, 3), objective: seed % 2 === 0 ? ('redundancy' as const) : ('cost' as const) };
      const lp = buildPlanLp(input);
      const own = await solvePlanLp(lp, options(input));
      const other = await solvePlanLp(buildPlanLp(instance(seed + 50, 4, 3)), options(input));
      const hints: [string, StageColumns][] = [
        ['own', own.used],
        ["another plan's", other.used],
        ['out of range', { shortage: [-1, lp.numCols + 5], redundancy: [lp.numCols], cost: [Number.NaN, 0, 1, 2] }],
      ];
      for (const [name, hint] of hints) {
        expectSame((await solvePlanLp(lp, { ...options(input), hint })).gaps, own.gaps, `seed ${seed}, ${name} hint`);
      }
    }
  });

  it('names the cost stage\'s pathway-years by pathway and year of the decision, and reads them back as the same plan\'s choice', async () => {
    for (let seed = 1; seed <= 4; seed++) {
      const input = instance(seed, 4, 3);
      const outcome = await planActions(input);
      // The plan's flows are listed by the year they take effect: decided the year before.
      const flows = outcome.pathways.filter((p) => p.fte > 0).map((p) => `${p.from}\u0000${p.to}\u0000${p.year - 1}`);
      expect([...(outcome.hint.used.cost ?? [])].sort(), `seed ${seed}`).toEqual(flows.sort());
      // Given back as a hint, that choice is the plan's own: the same optimum in every stage.
      const again = await planActions(input, { hint: outcome.hint });
      again.gaps.forEach((g, k) => expect(Math.abs(g.value - outcome.gaps[k]!.value), `seed ${seed}, stage ${g.stage}`).toBeLessThanOrEqual(tol(g.value)));
    }
  });

  it('reuses the earlier stages only for an LP that differs in its costs alone', async () => {
    let reusedStages = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const input = { ...instance(seed, 4, 3), objective: 'redundancy' as const };
      const base = await solvePlanLp(buildPlanLp(input), options(input));
      expect(base.held.shortage, `seed ${seed}`).toBeDefined();
      expect(base.held.redundancy, `seed ${seed}`).toBeDefined();
      // Costs moved (hiring, placement outside, pathways): the same shape, the earlier stages as the base's.
      const dearer = { ...input, functions: input.functions.map((f) => ({ ...f, hireCost: f.hireCost * 1.2 + 500, redundancyCost: f.redundancyCost * 0.8 })), pathways: input.pathways.map((p) => ({ ...p, cost: p.cost + 700 })) };
      const dearerLp = buildPlanLp(dearer);
      const alone = await solvePlanLp(dearerLp, options(dearer));
      const reusing = await solvePlanLp(dearerLp, { ...options(dearer), held: base.held });
      expect(reusing.held.shape, `seed ${seed}`).toBe(base.held.shape);
      expect(values(reusing.gaps).slice(0, 2), `seed ${seed}`).toEqual(values(base.gaps).slice(0, 2));
      expectSame(reusing.gaps, alone.gaps, `seed ${seed}, costs moved`);
      reusedStages++;
      // Demand moved: another shape, so nothing is reused, and the optimum is its own.
      const more = { ...input, functions: input.functions.map((f, i) => (i === 0 ? { ...f, demand: f.demand.map((d) => d + 0.7) } : f)) };
      const moreLp = buildPlanLp(more);
      const fresh = await solvePlanLp(moreLp, options(more));
      const given = await solvePlanLp(moreLp, { ...options(more), held: base.held });
      expect(given.held.shape, `seed ${seed}`).not.toBe(base.held.shape);
      expectSame(given.gaps, fresh.gaps, `seed ${seed}, demand moved`);
    }
    expect(reusedStages).toBe(8);
  });
});
