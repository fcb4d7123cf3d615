import { Worker } from 'node:worker_threads';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCompare } from '../../src/app/compare.js';
import { loadInputs, type LoadedInputs } from '../../src/app/load-inputs.js';
import { runPlan } from '../../src/app/plan.js';
import { openPlanSolver } from '../../src/app/plan-solver.js';
import type { PlanWorkerReply } from '../../src/app/plan-worker.js';
import { buildSensitivityResult } from '../../src/app/sensitivity.js';
import { UserError } from '../../src/diagnostics/diagnostic.js';
import { withValueAt } from '../../src/domain/scenario-paths.js';
import { buildCli, repoRoot, runSpp } from '../cli/run-spp.js';

/**
 * The plan solver's worker threads (app/plan-solver.ts) change how fast, never what: the same
 * spp.sensitivity/1 and spp.compare/1 with workers on (2, whatever the machine's cores) and off (1).
 * fixtures/app/plan-solver: the textbook plan with wastage and an overstaffing cap, where 20 % less
 * wastage has no plan.
 */

const SCENARIO = 'fixtures/app/plan-solver/scenario.yaml';
const TEXTBOOK = 'fixtures/plan/textbook/scenario.yaml';
const ATTRITION = 'workforce.attrition[function=M].rate';

let inputs: LoadedInputs;
beforeAll(async () => {
  buildCli();
  inputs = await loadInputs({ scenario: SCENARIO });
});
afterEach(() => vi.unstubAllEnvs());

describe('spp sensitivity with the plan on worker threads', () => {
  it('gives the same result with workers on and off; the variant with no plan has plan cost null either way', async () => {
    const progress: number[][] = [];
    const parallel = await buildSensitivityResult(inputs, { workers: 2, onProgress: (done, total) => progress.push([done, total]) });
    const serial = await buildSensitivityResult(inputs, { workers: 1 });
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(serial));
    expect(parallel.base.plan_cost).toBeGreaterThan(0);
    const attrition = parallel.assumptions.find((a) => a.path === ATTRITION)!;
    expect(attrition.effects.plan_cost.low).toBeNull();
    expect(attrition.effects.plan_cost.high).toBeGreaterThan(0);
    expect(attrition.notes).toEqual([expect.stringMatching(/^at 0\.088\d* the plan could not be solved: its cost is not known$/)]);
    // Every other variant solved.
    for (const a of parallel.assumptions.filter((x) => x.path !== ATTRITION)) expect(a.effects.plan_cost, a.path).not.toEqual(expect.objectContaining({ low: null }));
    // Progress: one call per variant, counting up to the total, whatever order the workers finish in.
    const total = 2 * parallel.assumptions.length;
    expect(progress).toEqual(Array.from({ length: total }, (_, i) => [i + 1, total]));
  });

  it("throws the base scenario's failure as the located error of spp plan, with workers on and off", async () => {
    // 5 % wastage: already the base plan cannot keep overstaffing at 0.
    const infeasible = { ...inputs, scenario: withValueAt(inputs.scenario, ['workforce', 'attrition', 0, 'rate'], 0.05) };
    for (const workers of [2, 1]) {
      const error = await buildSensitivityResult(infeasible, { workers }).catch((e: unknown) => e);
      expect(error, `workers ${workers}`).toBeInstanceOf(UserError);
      expect((error as UserError).diagnostics.map((d) => [d.code, d.path, d.line])).toEqual([['PLAN_OVERSTAFFING_CAP', 'plan.overstaffing.max_total_fte', 27]]);
    }
  });

  it('refuses an SPP_WORKERS that is not a whole number of at least 1 (exit 2), naming it', async () => {
    vi.stubEnv('SPP_WORKERS', '0');
    const run = await runSpp(['sensitivity', '-s', SCENARIO, '-q', '--lang', 'en']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain("SPP_WORKERS '0': expected a whole number of at least 1");
  });

  it('refuses it also where no worker is needed (compare of scenarios without a plan), rather than ignoring the typo', async () => {
    vi.stubEnv('SPP_WORKERS', 'abc');
    const run = await runSpp(['compare', 'scenarios/baseline.yaml', 'scenarios/digitaal-versneld.yaml', '-q', '--lang', 'en', '-f', 'json']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain("SPP_WORKERS 'abc': expected a whole number of at least 1");
  });
});

describe('spp compare with the plans on worker threads', () => {
  it('gives the same plan costs with workers on and off', async () => {
    const costs = async (workers: string): Promise<string> => {
      vi.stubEnv('SPP_WORKERS', workers);
      return JSON.stringify((await runCompare([TEXTBOOK, SCENARIO, TEXTBOOK], {})).result);
    };
    const parallel = await costs('2');
    expect(parallel).toBe(await costs('1'));
    const info = (JSON.parse(parallel) as { scenario_info: { plan_cost: number | null }[] }).scenario_info;
    expect(info.map((s) => s.plan_cost)).toEqual([110_000, info[1]!.plan_cost, 110_000]);
    expect(info[1]!.plan_cost).toBeGreaterThan(0);
  });
});

describe('the worker entry, as the bundle emits it', () => {
  it.each(['dist/bundle/plan-worker.js'])('%s answers a plan with the total cost solved in this thread', async (file) => {
    const { input, outcome } = await runPlan({ scenario: TEXTBOOK });
    const worker = new Worker(new URL(file, `file://${repoRoot}/`));
    try {
      const reply = await new Promise<PlanWorkerReply>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({ input });
      });
      expect(reply).toEqual({ total: outcome.costs.total, shortageFteYears: outcome.shortageFteYears, hint: outcome.hint });
    } finally {
      await worker.terminate();
    }
  });
});

describe('a worker that dies', () => {
  it.each([
    ['whose file does not load', 'file:///nonexistent/plan-worker.js'],
    ['that crashes on its plan', `data:text/javascript,${encodeURIComponent("import { parentPort } from 'node:worker_threads'; parentPort.on('message', () => { throw new Error('boom'); });")}`],
  ])('(%s) leaves its plans to this thread: the same total, no crash', async (_name, script) => {
    const { input, outcome } = await runPlan({ scenario: TEXTBOOK });
    const solver = await openPlanSolver(3, 2, new URL(script));
    try {
      expect(solver.parallel).toBe(2);
      const totals = (await Promise.all([solver.solve(input), solver.solve(input), solver.solve(input)])).map((s) => s.total);
      expect(totals).toEqual([outcome.costs.total, outcome.costs.total, outcome.costs.total]);
    } finally {
      await solver.close();
    }
  });
});
