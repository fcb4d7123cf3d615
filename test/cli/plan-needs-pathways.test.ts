import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { PlanResult } from '../../src/domain/plan.js';
import type { ReskillResult } from '../../src/domain/results.js';
import { runSpp } from './run-spp.js';

// spp plan, reskill and the report below all solve this one scenario's plan: each command runs its
// whole way, but the LP is solved once (test/shared-plan-solves.ts).
vi.mock('../../src/model/plan/plan-actions.js', async (original) => (await import('../shared-plan-solves.js')).sharingPlanSolves(await original()));

/**
 * #13 class 3: a works council's "no forced redundancies" (plan.redundancy max_per_year 0) under a cap
 * on overstaffing leaves no plan without pathways, while the plan with them exists. The business
 * case's alternative without pathways then cannot be computed: it stopped spp plan, reskill and the
 * report with exit 70 ("no plan meets the hard limits … this is a bug"). Now that alternative is
 * null, every output says there is no plan within the limits without pathways, and a note says why.
 */
const dir = mkdtempSync(join(tmpdir(), 'spp-needs-pathways-'));
const scenario = join(dir, 'geen-gedwongen-ontslagen.yaml');
writeFileSync(
  scenario,
  [
    `extends: ${resolve('scenarios/krimp-vacaturestop.yaml')}`,
    'id: geen-gedwongen-ontslagen',
    'plan:',
    '  redundancy: [ { family: all, cost: 55000, max_per_year: 0 } ]',
    '  overstaffing: { cost_per_fte_year: pay, max_total_fte: 5 }',
    '',
  ].join('\n'),
);

describe('a plan that only its pathways make possible', { timeout: 120_000 }, () => {
  it('spp plan: no alternative without pathways (null), a note, and a plan that places nobody outside', async () => {
    const run = await runSpp(['plan', '-q', '-s', scenario, '--format', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    const r = JSON.parse(run.stdout) as PlanResult;
    expect(r.alternatives.no_pathways).toBeNull();
    expect(r.alternatives.no_plan.total).toBeGreaterThan(0);
    expect(r.pathways.length).toBeGreaterThan(0);
    expect(r.functions.every((f) => f.years.every((y) => y.redundant_fte === 0))).toBe(true);
    expect(r.notes).toContain(
      'without pathways no plan meets the hard limits (plan.overstaffing max_total_fte with placement outside capped in plan.redundancy): the pathways are what makes this plan possible, so the business case has no alternative without them',
    );
  });

  it('says so in the table, Markdown and xlsx of spp plan, in both languages', async () => {
    const nl = await runSpp(['plan', '-q', '-s', scenario, '--format', 'md']);
    expect(nl.exitCode).toBe(0);
    expect(nl.stdout).toContain('| Zonder routes | geen plan binnen de grenzen |');
    expect(nl.stdout).toContain('Zonder interne routes haalt geen enkel plan de harde grenzen');
    const en = await runSpp(['plan', '-q', '-s', scenario, '--format', 'table', '--lang', 'en']);
    expect(en.stdout).toMatch(/Without pathways +—  no plan within the limits\n/);
    const xlsx = await runSpp(['plan', '-q', '-s', scenario, '--format', 'xlsx', '-o', join(dir, 'plan.xlsx')]);
    expect(xlsx.exitCode, xlsx.stderr).toBe(0);
  });

  it('spp reskill: the business case has no cost without pathways (null) and says why', async () => {
    const json = await runSpp(['reskill', '-q', '-s', scenario, '--format', 'json']);
    expect(json.exitCode, json.stderr).toBe(0);
    const r = JSON.parse(json.stdout) as ReskillResult;
    expect(r.business_case.no_pathways_cost).toBeNull();
    const table = await runSpp(['reskill', '-q', '-s', scenario, '--format', 'table']);
    expect(table.stdout).toMatch(/Alternatief zonder interne routes\s+geen plan binnen de grenzen/);
  });

  it('the report: the cost comparison and the summary say the pathways make the plan possible', async () => {
    const run = await runSpp(['report', '-q', '-s', scenario, '--format', 'md']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/\| \*\*Totaal\*\* \| \*\*€\s[\d.]+\*\* \| \*\*geen plan binnen de grenzen\*\* \| \*\*€\s[\d.]+\*\* \|/);
    expect(run.stdout).toContain('zonder interne routes blijft geen enkel plan binnen de grenzen van het scenario, en zonder plan');
    expect(run.stdout).toContain('de routes maken dit plan mogelijk. Zonder plan');
    expect(run.stdout).not.toMatch(/NaN|undefined/);
    // (the appendix lists plan.shortage_cost_per_fte_year's default `null`; the chapters never say null)
    expect(run.stdout.split('## Bijlage')[0]).not.toMatch(/\bnull\b/);
  });
});
