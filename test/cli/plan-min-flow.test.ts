import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/app/load-inputs.js';
import { planTotalCost } from '../../src/app/plan.js';
import { buildSensitivityResult } from '../../src/app/sensitivity.js';
import type { PlanSolver } from '../../src/app/plan-solver.js';
import { UserError } from '../../src/diagnostics/diagnostic.js';
import { projectScenarioDetail } from '../../src/model/project.js';
import { PlanUnsolved } from '../../src/model/plan/solve-plan-lp.js';
import { buildCli, runSpp } from './run-spp.js';

/**
 * #13 class 3: a scenario validate accepts never ends in "this is a bug". With minimum flows, a cap
 * on overstaffing can leave no plan although the LP without them has one (fixtures/plan/min-flow-cap:
 * 0.3 FTE must move, the one destination has room for 0.3, the minimum is 0.5); the dive dead-ends,
 * HiGHS proves the MIP infeasible, and spp said "plan LP infeasible; this is a bug" (exit 70).
 */
const SCENARIO = 'fixtures/plan/min-flow-cap/scenario.yaml';

describe('minimum flows no plan can honour', { timeout: 60_000 }, () => {
  // The worker threads run the built dist/ (app/plan-solver.ts).
  beforeAll(() => buildCli());
  it('validate accepts the scenario; plan, reskill and the report give a located error at plan.min_flow_fte (exit 1)', async () => {
    expect((await runSpp(['validate', SCENARIO, '-q'])).exitCode).toBe(0);
    for (const command of [['plan'], ['reskill'], ['report', '--format', 'md']]) {
      const run = await runSpp([...command, '-s', SCENARIO, '--lang', 'en']);
      expect(run.exitCode, `${command[0]}: ${run.stderr}`).toBe(1);
      expect(run.stderr).toContain(`${SCENARIO}:24:17  error  plan.min_flow_fte: no plan keeps overstaffing at or under 0 FTE in every year when a pathway used in a year carries at least 0.5 FTE`);
      expect(run.stderr).toContain('lower plan.min_flow_fte (0: no minimum) or raise plan.overstaffing.max_total_fte  (PLAN_MIN_FLOW_CAP)');
      expect(run.stderr).not.toContain('bug');
      expect(run.stdout).toBe('');
    }
  });

  it('spp sensitivity: the same located error from the plans on worker threads as in this thread', async () => {
    const inputs = await loadInputs({ scenario: SCENARIO });
    for (const workers of [2, 1]) {
      const error = await buildSensitivityResult(inputs, { workers }).catch((e: unknown) => e);
      expect(error, `workers ${workers}`).toBeInstanceOf(UserError);
      expect((error as UserError).diagnostics.map((d) => [d.code, d.path, d.line])).toEqual([['PLAN_MIN_FLOW_CAP', 'plan.min_flow_fte', 24]]);
    }
  });

  it('says it in Dutch by default, with a Dutch decimal comma', async () => {
    const run = await runSpp(['plan', '-s', SCENARIO]);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('plan.min_flow_fte: geen enkel plan houdt de overbezetting in elk jaar op of onder 0 fte als een route die in een jaar wordt gebruikt minstens 0,5 fte draagt');
  });

  it('with minimum flows 0 the same scenario has a plan: 0.3 FTE moves from A to B', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-min-flow-'));
    const zero = join(dir, 'zero.yaml');
    writeFileSync(zero, `extends: ${resolve(SCENARIO)}\nid: min-flow-zero\nplan:\n  min_flow_fte: 0\n`);
    const run = await runSpp(['plan', '-q', '-s', zero, '--format', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    const plan = JSON.parse(run.stdout) as { pathways: { from: string; to: string; fte: number }[] };
    expect(plan.pathways.map((p) => [p.from, p.to, p.fte])).toEqual([['A', 'B', 0.3]]);
  });

  it('a search that stops without a plan (PlanUnsolved) is the located PLAN_MIN_FLOW_UNSOLVED, also from a worker', async () => {
    const inputs = await loadInputs({ scenario: SCENARIO });
    const detail = projectScenarioDetail({ scenario: inputs.scenario, functions: inputs.functions, workforce: inputs.workforce });
    const solver: PlanSolver = { parallel: 1, solve: () => Promise.reject(new PlanUnsolved()), close: () => Promise.resolve() };
    const error = await planTotalCost(inputs, detail, { solver }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    const d = (error as UserError).diagnostics[0]!;
    expect([d.code, d.path, d.line]).toEqual(['PLAN_MIN_FLOW_UNSOLVED', 'plan.min_flow_fte', 24]);
    expect(d.message).toContain('lower plan.min_flow_fte (0 makes the plan a linear program, which always solves)');
  });
});

/**
 * #13 class 3 again, found by a random plan-block fuzz (fixtures/plan/unknown-lp): a dive's LP without
 * a plan that HiGHS's dual simplex left "unknown" three times is found infeasible by the primal simplex
 * (runRecovering), and the plan is solved — not "this is a bug" (exit 70).
 */
describe('an LP the dual simplex cannot settle', { timeout: 60_000 }, () => {
  it('spp plan gives the plan, every stage settled', async () => {
    const run = await runSpp(['plan', '-q', '-s', 'fixtures/plan/unknown-lp/scenario.yaml', '--format', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/this is a bug|dit is een fout in spp/);
    const plan = JSON.parse(run.stdout) as { costs: { total: number }; functions: unknown[] };
    expect(Number.isFinite(plan.costs.total)).toBe(true);
    expect(plan.functions.length).toBeGreaterThan(0);
  });
});

/**
 * #13 class 3, found by a red-team probe (fixtures/plan/huge-cost): hiring at € 10⁹ per FTE with 99 %
 * first-year attrition, both the schema's maximum. Every attempt of HiGHS's dual and primal simplex
 * failed ("excessive dual values"); with the objective scaled down as HiGHS advises the plan is solved.
 */
describe('an objective with excessively large costs', { timeout: 60_000 }, () => {
  it('spp plan gives the plan, in euros, not "this is a bug"', async () => {
    const run = await runSpp(['plan', '-q', '-s', 'fixtures/plan/huge-cost/scenario.yaml', '--format', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/this is a bug|dit is een fout in spp/);
    const plan = JSON.parse(run.stdout) as { costs: { total: number; by_year: { hiring: number }[] }; totals: { years: { hired_fte: number }[] } };
    // At most 1 FTE a year in each of the 8 functions, at € 10⁹ each: the hiring costs are in euros, not scaled.
    const hired = plan.totals.years.reduce((a, y) => a + y.hired_fte, 0);
    expect(hired).toBeGreaterThan(0);
    expect(plan.costs.by_year.reduce((a, y) => a + y.hiring, 0)).toBeCloseTo(hired * 1e9, -6);
  });
});

