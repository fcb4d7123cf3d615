import { describe, expect, it } from 'vitest';
import { runPlan } from '../../../src/app/plan.js';
import type { PlanInput } from '../../../src/model/plan/plan-input.js';
import { buildPlanLp } from '../../../src/model/plan/plan-lp.js';
import { independentParts, solvePlanLp, type PlanProgress } from '../../../src/model/plan/solve-plan-lp.js';
import { twoGroups } from './plan-helpers.js';

/**
 * The branch and bound runs on the MIP's independent parts (solve-plan-lp.ts, independentParts):
 * functions that no pathway, cap or held optimum ties together are separate problems, and HiGHS
 * proves each far faster alone (Gemeente Voorbeeld's baseline: 0.52 → 0.17 s). Split or whole, the
 * optimum of every stage is the same, and proven.
 */

const tol = (v: number) => 1e-6 * Math.max(1, Math.abs(v));

const options = (input: PlanInput, splitMip: boolean, onProgress?: (p: PlanProgress) => void) => ({
  objective: input.objective,
  lexShortage: input.shortageCost === null,
  splitMip,
  ...(onProgress !== undefined ? { onProgress } : {}),
});

describe('the MIP in independent parts', () => {
  it('finds them where nothing ties the groups together, holding a zero optimum column by column', () => {
    const input = twoGroups(3);
    const lp = buildPlanLp(input);
    const cols = [...lp.colLower.keys()];
    const rowUpper = Float64Array.from(lp.rowUpper);
    // The least unmet demand, 0, held into the cost stage: Σ U ≤ 1e-6.
    rowUpper[lp.holdShortageRow] = 1e-6;
    const split = independentParts(lp, rowUpper, cols, lp.integrality)!;
    expect(split).not.toBeNull();
    expect(split.parts.filter((p) => p.semi).length).toBeGreaterThanOrEqual(2);
    // Every column in exactly one part; no row in two.
    expect(split.parts.flatMap((p) => p.cols).sort((x, y) => x - y)).toEqual(cols);
    const rows = split.parts.flatMap((p) => p.rows);
    expect(new Set(rows).size).toBe(rows.length);
    // The held columns are the unmet-demand ones, fixed at 0 rather than joined by their sum.
    expect(split.fixed.length).toBeGreaterThan(0);
    for (const c of split.fixed) expect(lp.shortageWeight[c]).toBeGreaterThan(0);
    expect(rows).not.toContain(lp.holdShortageRow);
    // A positive optimum held (unmet demand that cannot be avoided) ties every function: one MIP.
    rowUpper[lp.holdShortageRow] = 5;
    expect(independentParts(lp, rowUpper, cols, lp.integrality)).toBeNull();
  });

  it('gives the same optimum in every stage as the whole MIP, proven, on random instances that need the branch and bound', async () => {
    let searched = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const input = twoGroups(seed);
      let search = false;
      const split = (await solvePlanLp(buildPlanLp(input), options(input, true, (p) => (search ||= p.search !== null)))).gaps;
      const whole = (await solvePlanLp(buildPlanLp(input), options(input, false))).gaps;
      if (search) searched++;
      expect(split.map((g) => g.stage)).toEqual(whole.map((g) => g.stage));
      split.forEach((g, s) => {
        expect(Math.abs(g.value - whole[s]!.value), `seed ${seed}, stage ${g.stage}`).toBeLessThanOrEqual(0.1 + tol(whole[s]!.value));
        expect(g.value - g.bound, `seed ${seed}, stage ${g.stage}: proven`).toBeLessThanOrEqual(tol(g.value));
      });
    }
    // The comparison has teeth: several instances went to the branch and bound.
    expect(searched).toBeGreaterThanOrEqual(3);
  });

  it("Gemeente Voorbeeld's baseline: the same proven optimum split as whole", { timeout: 120_000 }, async () => {
    const { input } = await runPlan({ scenario: 'scenarios/baseline.yaml' });
    const [split, whole] = [await solvePlanLp(buildPlanLp(input), options(input, true)), await solvePlanLp(buildPlanLp(input), options(input, false))];
    const cost = (gaps: typeof split.gaps) => gaps.find((g) => g.stage === 'cost')!;
    expect(cost(split.gaps).value).toBeCloseTo(cost(whole.gaps).value, 0);
    expect(cost(split.gaps).value - cost(split.gaps).bound).toBeLessThanOrEqual(tol(cost(split.gaps).value));
  });
});
