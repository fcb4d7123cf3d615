import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runSpp } from './run-spp.js';

/**
 * A scenario whose plan cannot be solved within its limits (here: overstaffing capped at 0 while the
 * wastage that was to clear a surplus is too low) still gets its chain from spp explain — the chain
 * does not need the plan, and it is what an analyst reads to see why. spp explain used to stop with
 * the plan's error and show nothing. Now: the chain, a line that the plan's decisions are missing,
 * the plan's located error as spp plan gives it, and exit 1 as spp plan.
 */
const dir = mkdtempSync(join(tmpdir(), 'spp-explain-unsolvable-'));
const scenario = join(dir, 'krap.yaml');

beforeAll(async () => {
  await buildCli();
  writeFileSync(scenario, `id: krap\nextends: ${resolve('fixtures/app/plan-solver/scenario.yaml')}\nworkforce:\n  attrition:\n    - { function: M, rate: 0.05 }\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('spp explain on a scenario whose plan cannot be solved', () => {
  it('explains the chain, says the plan is missing, gives the plan error located, exit 1 (as spp plan)', async () => {
    const plan = await runSpp(['plan', '-s', scenario, '--lang', 'en']);
    expect(plan.exitCode).toBe(1);
    expect(plan.stderr).toContain('PLAN_OVERSTAFFING_CAP');

    const run = await runSpp(['explain', 'M', '-s', scenario, '--lang', 'en', '-f', 'table']);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^M /m);
    expect(run.stdout).toContain("This scenario's action plan cannot be solved within its limits");
    expect(run.stderr).toMatch(/krap\.yaml:\d+:\d+ +error .*\(PLAN_OVERSTAFFING_CAP\)|scenario\.yaml:\d+:\d+ +error .*\(PLAN_OVERSTAFFING_CAP\)/);
    expect(run.stderr).not.toMatch(/this is a bug|at .*\.js:\d+/);

    const json = await runSpp(['explain', 'M', '-s', scenario, '-f', 'json', '-q']);
    expect(json.exitCode).toBe(1);
    expect(json.stderr).toContain('PLAN_OVERSTAFFING_CAP'); // an error is said with --quiet too
    const result = JSON.parse(json.stdout) as { plan_unsolvable?: string[]; plan?: unknown; years: unknown[] };
    expect(result.plan_unsolvable).toEqual(['PLAN_OVERSTAFFING_CAP']);
    expect(result.plan).toBeUndefined();
    expect(result.years.length).toBeGreaterThan(1);

    const nl = await runSpp(['explain', 'M', '-s', scenario, '-f', 'md']);
    expect(nl.stdout).toContain('Het actieplan van dit scenario is binnen zijn grenzen niet door te rekenen');
  });

  it('a scenario whose plan solves is unchanged: the decisions, no such line, exit 0', async () => {
    const run = await runSpp(['explain', 'M', '-s', 'fixtures/app/plan-solver/scenario.yaml', '--lang', 'en', '-f', 'json', '-q']);
    expect(run.exitCode).toBe(0);
    const result = JSON.parse(run.stdout) as { plan_unsolvable?: string[]; plan?: { years: unknown[] } };
    expect(result.plan_unsolvable).toBeUndefined();
    expect(result.plan?.years.length).toBeGreaterThan(0);
  });
});
