import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadHighs } from '../../../src/model/reskill-lp.js';
import { buildPlanLp } from '../../../src/model/plan/plan-lp.js';
import { impliedUpper, solvePlanLp, type StageGap } from '../../../src/model/plan/solve-plan-lp.js';
import { runPlan } from '../../../src/app/plan.js';
import { randomPlan as instance } from './plan-helpers.js';

/**
 * The bounds a stage's branch and bound gets from LP duality (solve-plan-lp.ts, impliedUpper): from
 * its own relaxation and incumbent, and from each earlier stage's relaxation and the hold on its
 * optimum. They may only take away plans no optimum needs: every stage's optimum is the same with
 * and without them, and still proven.
 */

const tol = (v: number) => 1e-6 * Math.max(1, Math.abs(v));
/** Two cost optima: HiGHS's feasibility tolerance lets a solve use a millionth of an FTE more, a few cents. */
const near = (v: number) => 0.1 + 1e-6 * Math.abs(v);

function expectSameOptima(got: StageGap[], want: StageGap[], what: string): void {
  expect(got.map((g) => g.stage), what).toEqual(want.map((g) => g.stage));
  got.forEach((g, s) => {
    const w = want[s]!.value;
    expect(Math.abs(g.value - w), `${what}, stage ${g.stage}`).toBeLessThanOrEqual(g.stage === 'cost' ? near(w) : tol(w));
    expect(g.value - g.bound, `${what}, stage ${g.stage}: proven`).toBeLessThanOrEqual(tol(g.value));
  });
}

describe('impliedUpper: the largest value a column can take in a plan within a limit on an LP objective', () => {
  it('on an LP by hand: min x + 2y subject to x + y ≥ 1 has z = 1 and y at 0 with reduced cost 1', async () => {
    // Every (x, y) with x + y ≥ 1 and x + 2y ≤ limit has y ≤ limit − 1: the bound is that, and barely more.
    for (const limit of [1, 1.3, 2.5]) {
      const bound = impliedUpper(0, 1, 1, limit);
      expect(bound).toBeGreaterThanOrEqual(limit - 1);
      expect(bound).toBeLessThanOrEqual(limit - 1 + 1e-5);
    }
    // The same from HiGHS's own duals, and the bound checked against the LP that maximises y.
    const highs = await loadHighs();
    const lp = (cost: number[], extra: { upper: number } | null) =>
      highs.createModel({
        numCols: 2,
        numRows: extra === null ? 1 : 2,
        colCost: Float64Array.from(cost),
        colLower: new Float64Array(2),
        colUpper: Float64Array.from([highs.infinity, highs.infinity]),
        rowLower: Float64Array.from(extra === null ? [1] : [1, -highs.infinity]),
        rowUpper: Float64Array.from(extra === null ? [highs.infinity] : [highs.infinity, extra.upper]),
        matrix: extra === null
          ? { format: 'csc', numRows: 1, numCols: 2, starts: Int32Array.from([0, 1, 2]), indices: Int32Array.from([0, 0]), values: Float64Array.from([1, 1]) }
          : { format: 'csc', numRows: 2, numCols: 2, starts: Int32Array.from([0, 2, 4]), indices: Int32Array.from([0, 1, 0, 1]), values: Float64Array.from([1, 1, 1, 2]) },
      });
    const relaxation = lp([1, 2], null);
    relaxation.options.set({ output_flag: false });
    relaxation.run();
    const s = relaxation.getSolution();
    const bound = impliedUpper(s.colValue[1]!, s.colDual[1]!, relaxation.getObjectiveValue(), 1.3);
    relaxation.dispose();
    const widest = lp([0, -1], { upper: 1.3 });
    widest.options.set({ output_flag: false });
    widest.run();
    const most = -widest.getObjectiveValue();
    widest.dispose();
    expect(most).toBeCloseTo(0.3, 9);
    expect(bound).toBeGreaterThanOrEqual(most);
    expect(bound).toBeLessThanOrEqual(most + 1e-5);
  });

  it('says nothing for a column off its lower bound or without a positive reduced cost', () => {
    expect(impliedUpper(0.5, 1, 1, 2)).toBe(Infinity);
    expect(impliedUpper(0, 0, 1, 2)).toBe(Infinity);
    expect(impliedUpper(0, -3, 1, 2)).toBe(Infinity);
    expect(impliedUpper(0, Number.NaN, 1, 2)).toBe(Infinity);
  });

  it('never cuts below 0 when the limit lies below the relaxation (a hold met only within tolerance)', () => {
    const bound = impliedUpper(0, 2, 10, 10 - 1e-9);
    expect(bound).toBeGreaterThan(0);
    expect(bound).toBeLessThan(1e-4);
  });
});

describe('the stages with and without the implied bounds reach the same optima', () => {
  it('on random plans large enough for branch and bound, under each objective', async () => {
    let compared = 0;
    for (let seed = 200; seed <= 207; seed++) {
      const input = { ...instance(seed, 6, 4), objective: seed % 2 === 0 ? ('redundancy' as const) : ('cost' as const) };
      const lp = buildPlanLp(input);
      const options = { objective: input.objective, lexShortage: input.shortageCost === null };
      const [plain, implied] = [await solvePlanLp(lp, { ...options, impliedBounds: false }), await solvePlanLp(lp, options)];
      expectSameOptima(implied.gaps, plain.gaps, `seed ${seed}`);
      compared++;
    }
    expect(compared).toBe(8);
  });

  it("on Gemeente Voorbeeld's krimp-vacaturestop, whose two minimum-flow MIPs the bounds shorten", { timeout: 60_000 }, async () => {
    const { input } = await runPlan({ scenario: resolve('scenarios/krimp-vacaturestop.yaml') });
    const lp = buildPlanLp(input);
    const options = { objective: input.objective, lexShortage: input.shortageCost === null };
    const [plain, implied] = [await solvePlanLp(lp, { ...options, impliedBounds: false }), await solvePlanLp(lp, options)];
    expect(implied.gaps.map((g) => g.stage)).toEqual(['shortage', 'redundancy', 'cost']);
    expectSameOptima(implied.gaps, plain.gaps, 'krimp-vacaturestop');
  });
});
