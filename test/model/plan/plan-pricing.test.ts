import { describe, expect, it } from 'vitest';
import { loadHighs } from '../../../src/model/reskill-lp.js';
import { buildPlanLp, type PlanLp } from '../../../src/model/plan/plan-lp.js';
import { solvePlanLp } from '../../../src/model/plan/solve-plan-lp.js';
import { planActions } from '../../../src/model/plan/plan-actions.js';
import type { PlanInput } from '../../../src/model/plan/plan-input.js';
import { fn, lexicographicOptima, path, planInput, randomPlan } from './plan-helpers.js';

/**
 * The solver prices pathway-years into its LP model a few per destination and year at a time
 * (column generation). These check that what it leaves out could not have helped: the same optima
 * as HiGHS given every column at once, and duals under which no column left out has a negative
 * reduced cost.
 */

const tol = (v: number) => 1e-6 * Math.max(1, Math.abs(v));

/** Every stage on one HiGHS model with all columns (min flows as HiGHS's own semi-continuous columns). */
async function direct(lp: PlanLp, input: PlanInput): Promise<number[]> {
  const highs = await loadHighs();
  const big = (v: number) => (v === Infinity ? highs.infinity : v === -Infinity ? -highs.infinity : v);
  const rowUpper = Float64Array.from(lp.rowUpper);
  const solveWith = (cost: Float64Array): number => {
    const model = highs.createModel({
      numCols: lp.numCols,
      numRows: lp.numRows,
      colCost: cost,
      colLower: lp.colLower.map(big),
      colUpper: lp.colUpper.map(big),
      rowLower: lp.rowLower.map(big),
      rowUpper: rowUpper.map(big),
      matrix: { format: 'csc', numRows: lp.numRows, numCols: lp.numCols, starts: lp.starts, indices: lp.indices, values: lp.values },
      ...(lp.semiContinuous ? { integrality: lp.integrality } : {}),
    });
    try {
      // A tight feasibility tolerance: at HiGHS's default it can end with a semi-continuous column off by 3e-6 (a run error).
      model.options.set({ output_flag: false, mip_rel_gap: 1e-9, mip_abs_gap: 1e-9, mip_feasibility_tolerance: 1e-8 });
      expect(model.run().modelStatus).toBe(7);
      return model.getObjectiveValue();
    } finally {
      model.dispose();
    }
  };
  return lexicographicOptima(lp, input, rowUpper, solveWith);
}

const solve = (lp: PlanLp, input: PlanInput) => solvePlanLp(lp, { objective: input.objective, lexShortage: input.shortageCost === null });

describe('pricing pathway-years into the plan LP', () => {
  it('needs a second round when more pathways than one round admits reach one destination in one year', async () => {
    // D needs 3 FTE more in 2027 and hiring costs € 30,000; four sources each have 1 FTE too many
    // and a pathway to D of at most 1 FTE a year (€ 1,000 to € 4,000). The optimum moves over the three
    // cheapest and places the fourth source's surplus outside: 1,000 + 2,000 + 3,000 + 40,000.
    const sources = ['S1', 'S2', 'S3', 'S4'].map((id) => fn(id, 5, [5, 4]));
    const input = planInput([fn('D', 10, [10, 13], { hireCost: 30_000 }), ...sources], sources.map((s, k) => path(s.id, 'D', { cost: 1000 * (k + 1), maxPerYear: 1 })));
    const plan = await planActions(input);
    expect(plan.pathways.map((p) => [p.from, p.fte])).toEqual([
      ['S1', expect.closeTo(1, 6)],
      ['S2', expect.closeTo(1, 6)],
      ['S3', expect.closeTo(1, 6)],
    ]);
    expect(plan.costs.total).toBeCloseTo(46_000, 2);
  });

  it('reaches the optimum of HiGHS with every column, with and without minimum flows, on dense random instances', async () => {
    // Seed 6 with minimum flows is one where HiGHS's branch and bound, at its default feasibility
    // tolerance, ends in a run error the solver recovers from (runMip).
    for (const seed of [1, 2, 6]) {
      for (const minFlow of [0, 0.5]) {
        // Every ordered pair a pathway: up to 7 sources per destination and year.
        const input = { ...randomPlan(seed, 8, 3, 1), minFlow };
        const lp = buildPlanLp(input);
        const [mine, all] = [(await solve(lp, input)).gaps.map((g) => g.value), await direct(lp, input)];
        expect(mine.length, `seed ${seed}`).toBe(all.length);
        mine.forEach((v, s) => expect(Math.abs(v - all[s]!), `seed ${seed}, min flow ${minFlow}, stage ${s}`).toBeLessThanOrEqual(0.1 + 1e-6 * Math.abs(all[s]!)));
      }
    }
  });

  it('without minimum flows, the final duals leave no column with a negative reduced cost at its lower bound 0', async () => {
    for (let seed = 7; seed <= 10; seed++) {
      const input = { ...randomPlan(seed, 8, 3, 1), minFlow: 0, objective: 'cost' as const };
      const lp = buildPlanLp(input);
      const solution = await solve(lp, input);
      let checked = 0;
      for (const cols of lp.X) {
        for (const c of cols) {
          if (lp.colUpper[c]! <= 0 || solution.final.colValue[c]! > 1e-9) continue;
          let d = lp.cost[c]!;
          for (let e = lp.starts[c]!; e < lp.starts[c + 1]!; e++) d -= lp.values[e]! * solution.final.rowDual[lp.indices[e]!]!;
          // At its upper bound a column may price below zero; at 0 it may not (else the LP was not optimal).
          expect(d, `seed ${seed}, column ${c}`).toBeGreaterThanOrEqual(-tol(lp.cost[c]!) - 1e-6);
          expect(solution.final.colDual[c]!, `seed ${seed}, column ${c}`).toBeCloseTo(d, 3);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(20);
    }
  });
});

describe('the plan without pathways, solved on the same model first', () => {
  it('gives the business case the same alternative as a separate solve without pathways', async () => {
    for (let seed = 11; seed <= 16; seed++) {
      const input = { ...randomPlan(seed, 6, 3, 0.5), minFlow: seed % 2 === 0 ? 0.5 : 0 };
      const together = await planActions(input, { withoutPathways: true });
      expect(together.withoutPathways, `seed ${seed}`).toBeDefined();
      const apart = await planActions({ ...input, pathways: [] });
      const [a, b] = [together.withoutPathways!, apart];
      expect(a.costs.total, `seed ${seed}`).toBeCloseTo(b.costs.total, 2);
      expect(a.shortageFteYears, `seed ${seed}`).toBeCloseTo(b.shortageFteYears, 5);
      expect(a.pathways).toEqual([]);
      // And the plan itself is the one solved without the alternative.
      expect(together.costs.total, `seed ${seed}`).toBeCloseTo((await planActions(input)).costs.total, 2);
    }
  });
});

describe('pricing when the plan without pathways breaks a hard limit', () => {
  it('finds the plan that only a pathway makes possible (no overstaffing allowed, no placement outside)', async () => {
    // A has 3 FTE too many and may place nobody outside; B needs 3 more. Overstaffing is capped at 0,
    // so without the pathway no plan exists; with it, the 3 move (at no cost) and nothing else happens.
    const input = planInput([fn('A', 10, [10, 7], { redundancyMax: 0 }), fn('B', 5, [5, 8])], [path('A', 'B')], { maxTotalOverstaffing: 0 });
    const plan = await planActions(input);
    expect(plan.pathways.map((p) => [p.from, p.to, p.fte])).toEqual([['A', 'B', expect.closeTo(3, 6)]]);
    expect(plan.costs.total).toBeCloseTo(0, 4);
  });
});
