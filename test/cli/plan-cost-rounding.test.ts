import { describe, expect, it } from 'vitest';
import type { PlanResult } from '../../src/domain/plan.js';
import { runSpp } from './run-spp.js';

/**
 * A controller adds up the cost tables of spp plan: each amount is rounded to the euro on its own and
 * a total comes from the unrounded amounts, so "€ 3.000.359 + € 3.006 + € 4.543 + € 1.540" gave
 * € 3.009.448 beside a total of € 3.009.447 without a word (consultant probe). Where the shown euros
 * do not add up, a line says so (as the xlsx's afrondingsverschil); where they do, nothing is said.
 */
const KINDS = ['hiring', 'reskilling', 'redundancy', 'overstaffing', 'reduced_hours', 'shortage'] as const;

function addsUp(plan: PlanResult): boolean {
  const r = Math.round;
  const sum = (values: number[]): number => values.reduce((a, v) => a + r(v), 0);
  return (
    sum(KINDS.map((k) => plan.costs.by_kind[k])) === r(plan.costs.total) &&
    sum(plan.costs.by_year.map((y) => y.total)) === r(plan.costs.total) &&
    plan.costs.by_year.every((y) => sum(KINDS.map((k) => y[k])) === r(y.total)) &&
    KINDS.every((k) => sum(plan.costs.by_year.map((y) => y[k])) === r(plan.costs.by_kind[k]))
  );
}

describe('spp plan: rounding of the cost tables', { timeout: 120_000 }, () => {
  it('says the whole euros may not add up to a total where they do not, in the table and Markdown, nl and en', async () => {
    const scenario = 'scenarios/krimp-vacaturestop.yaml';
    const plan = JSON.parse((await runSpp(['plan', '-s', scenario, '--format', 'json', '-q'])).stdout) as PlanResult;
    expect(addsUp(plan)).toBe(false);
    const table = (await runSpp(['plan', '-s', scenario, '--format', 'table', '-q'])).stdout.replace(/\s+/g, ' ');
    expect(table).toContain('Elk bedrag is op hele euro’s afgerond, een totaal uit de onafgeronde bedragen: een rij of kolom kan daardoor een paar euro van haar totaal afwijken (afrondingsverschil).');
    const md = (await runSpp(['plan', '-s', scenario, '--format', 'md', '-q', '--lang', 'en'])).stdout;
    expect(md).toContain('Each amount is rounded to the euro on its own, a total from the unrounded amounts: a row or column may differ from its total by a few euros (a rounding difference).');
  });

  it('says nothing where the euros add up (the textbook plan, € 110,000)', async () => {
    const scenario = 'fixtures/plan/textbook/scenario.yaml';
    const plan = JSON.parse((await runSpp(['plan', '-s', scenario, '--format', 'json', '-q'])).stdout) as PlanResult;
    expect(addsUp(plan)).toBe(true);
    const table = (await runSpp(['plan', '-s', scenario, '--format', 'table', '-q'])).stdout;
    expect(table).not.toContain('afrondingsverschil');
  });
});
