import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runPlan } from '../../src/app/plan.js';
import { buildPlanLp } from '../../src/model/plan/plan-lp.js';
import { solvePlanLp, type PlanProgress } from '../../src/model/plan/solve-plan-lp.js';

// runPlan of a scenario solved before in this file reuses that solve (test/shared-plan-solves.ts); the
// solves these tests are about (solvePlanLp with and without a listener or a budget) run each time.
vi.mock('../../src/model/plan/plan-actions.js', async (original) => (await import('../shared-plan-solves.js')).sharingPlanSolves(await original()));

/**
 * Gemeente Voorbeeld's plans honour min_flow_fte exactly and are proven optimal: every lexicographic
 * stage (unmet demand, placement outside, cost) reaches its proven lower bound, so the notes carry no
 * "at most … above the least possible" (src/app/plan.ts gapNotes).
 */
describe('the Gemeente Voorbeeld plans are proven optimal', () => {
  for (const name of ['krimp-vacaturestop', 'baseline']) {
    it(`${name}: every stage at its bound, no gap note, every used pathway-year at least the minimum flow`, { timeout: 300_000 }, async () => {
      const { outcome, result, input } = await runPlan({ scenario: `scenarios/${name}.yaml` });
      expect(input.minFlow).toBeGreaterThan(0);
      for (const g of outcome.gaps) expect(g.value - g.bound, g.stage).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(g.value)));
      expect(result.notes.filter((n) => n.startsWith('minimum flows:'))).toEqual([]);
      for (const p of outcome.pathways) expect(p.fte).toBeGreaterThanOrEqual(input.minFlow * (1 - 1e-6));
    });
  }
});

describe('the plan notes', () => {
  it('state the discount rate as written, not as a floating-point product (0.07 × 100 is 7.000000000000001)', { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-discount-'));
    try {
      const scenario = join(dir, 'discounted.yaml');
      writeFileSync(scenario, `extends: ${resolve('scenarios/baseline.yaml')}\nid: discounted\nplan:\n  discount_rate: 0.07\n`);
      const { result } = await runPlan({ scenario });
      expect(result.notes).toContain('costs discounted to 2026 at 7% a year');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the branch and bound's LP-iteration budget", () => {
  it('stops a search past it with the best plan and a proven bound, the same on every run (work, not time)', { timeout: 300_000 }, async () => {
    // baseline's cost stage needs the branch and bound (about 1,000 LP iterations); with a budget of
    // 10 it is stopped at once and keeps the dive's plan, 0.46 % dearer, with the gap stated.
    const { input } = await runPlan({ scenario: 'scenarios/baseline.yaml' });
    const solve = (mipLpIterations?: number) =>
      solvePlanLp(buildPlanLp(input), { objective: input.objective, lexShortage: input.shortageCost === null, ...(mipLpIterations !== undefined ? { mipLpIterations } : {}) });
    const proven = (await solve()).gaps.find((g) => g.stage === 'cost')!;
    const stopped = (await solve(10)).gaps.find((g) => g.stage === 'cost')!;
    const again = (await solve(10)).gaps.find((g) => g.stage === 'cost')!;
    expect(proven.value - proven.bound).toBeLessThanOrEqual(1e-6 * proven.value);
    expect(stopped.value).toBeGreaterThan(proven.value * (1 + 1e-4));
    expect(stopped.bound).toBeLessThanOrEqual(proven.value);
    expect(again).toEqual(stopped);
  });
});

describe('the solve tells its progress', () => {
  it("names each stage in order, then the branch and bound's best plan, proven bound and budget, and the plan is the same with or without a listener", { timeout: 300_000 }, async () => {
    // krimp-vacaturestop (objective redundancy): three stages, its cost stage a branch and bound.
    const { input } = await runPlan({ scenario: 'scenarios/krimp-vacaturestop.yaml' });
    const seen: PlanProgress[] = [];
    const options = { objective: input.objective, lexShortage: input.shortageCost === null };
    const told = await solvePlanLp(buildPlanLp(input), { ...options, onProgress: (p) => seen.push(p) });
    const silent = await solvePlanLp(buildPlanLp(input), options);
    expect(told.gaps).toEqual(silent.gaps);
    expect(Array.from(told.final.colValue)).toEqual(Array.from(silent.final.colValue));
    expect(new Set(seen.map((p) => p.steps))).toEqual(new Set([3]));
    const order = { shortage: 1, redundancy: 2, cost: 3 } as const;
    for (const p of seen) expect(p.step).toBe(order[p.stage]);
    // The steps never go back, and the last is the cost stage.
    for (let k = 1; k < seen.length; k++) expect(seen[k]!.step).toBeGreaterThanOrEqual(seen[k - 1]!.step);
    expect(seen.at(-1)!.stage).toBe('cost');
    const searches = seen.filter((p) => p.search !== null).map((p) => p.search!);
    expect(searches.length).toBeGreaterThan(0);
    const cost = told.gaps.find((g) => g.stage === 'cost')!;
    for (const s of searches) {
      expect(s.used).toBeGreaterThanOrEqual(0);
      expect(s.used).toBeLessThanOrEqual(1);
      if (s.best !== null) expect(s.bound).toBeLessThanOrEqual(s.best * (1 + 1e-9));
    }
    // The cost stage's search ends at the plan's cost, which no proven bound exceeded.
    const costSearch = seen.filter((p) => p.stage === 'cost' && p.search !== null).map((p) => p.search!);
    for (const s of costSearch) expect(s.bound).toBeLessThanOrEqual(cost.value * (1 + 1e-6));
    expect(costSearch.at(-1)!.best).toBeCloseTo(cost.value, 0);
  });
});
