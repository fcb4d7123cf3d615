import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlanFailOn, parseFailOn, PLAN_METRICS } from '../../src/app/fail-on.js';
import type { PlanResult } from '../../src/domain/plan.js';
import { runSpp } from './run-spp.js';

/**
 * `spp plan --fail-on` for CI: a works council agreement of no placement outside ("geen gedwongen
 * vertrek"), a ceiling on the plan's cost or on overstaffing, or demand left unmet, checked on every
 * change to a scenario file.
 */

/** A plan's totals and cost, by hand: the start year (the snapshot) and two decision years. */
function planOf(years: { shortage: number; over: number; outside: number }[], total: number): Pick<PlanResult, 'totals' | 'costs'> {
  const row = (y: { shortage: number; over: number; outside: number }, i: number) =>
    ({ year: 2026 + i, shortage_fte: y.shortage, overstaffing_fte: y.over, redundant_fte: y.outside }) as unknown as PlanResult['totals']['years'][number];
  return { totals: { years: years.map(row) }, costs: { by_year: [], by_kind: { hiring: 0, reskilling: 0, redundancy: 0, overstaffing: 0, reduced_hours: 0, shortage: 0 }, total } };
}

describe('spp plan --fail-on, judged', () => {
  // The start year has 57 FTE of shortage and 9 of overstaffing: the snapshot, before any decision.
  const plan = planOf(
    [
      { shortage: 57, over: 9, outside: 0 },
      { shortage: 3.2, over: 1.5, outside: 0.25 },
      { shortage: 4.04, over: 0.5, outside: 0.5 },
    ],
    12_345_678.4,
  );
  const judge = (text: string) => checkPlanFailOn(plan, parseFailOn(text, PLAN_METRICS));

  it('shortage and overstaffing: the largest in a decision year, not the snapshot', () => {
    expect(judge('shortage>4')?.nl).toBe('--fail-on shortage>4: de onvervulde vraag is 4 fte in het zwaarste jaar');
    expect(judge('shortage>4,04')).toBeNull();
    expect(judge('overstaffing>1,4')?.en).toBe('--fail-on overstaffing>1,4: overstaffing is 1.5 FTE in its largest year');
    expect(judge('overstaffing>1.5')).toBeNull();
  });

  it('outside: every FTE placed outside over the horizon, so outside>0 holds for any placement', () => {
    expect(judge('outside>0')?.nl).toBe('--fail-on outside>0: het plan plaatst 0,8 fte buiten de organisatie over de hele horizon');
    expect(judge('outside>0,75')).toBeNull();
    expect(checkPlanFailOn(planOf([{ shortage: 0, over: 0, outside: 0 }, { shortage: 0, over: 0, outside: 0 }], 0), parseFailOn('outside>0', PLAN_METRICS))).toBeNull();
  });

  it('cost: the plan\'s total in whole euros, written with or without thousands separators', () => {
    for (const text of ['cost>12345678', 'cost>12.345.678', 'cost>12,345,678']) expect(judge(text)?.nl, text).toBe(`--fail-on ${text}: het plan kost € 12.345.678 over de hele horizon`);
    expect(judge('cost>12.345.679')).toBeNull();
  });

  it('refuses what it cannot judge, naming what it can (exit 2)', () => {
    for (const text of ['vulnerable>3', 'surplus>1', 'cost>12,5', 'cost>1.2345', 'outside>=0', 'outside>-1', 'outside>']) {
      expect(() => parseFailOn(text, PLAN_METRICS), text).toThrow(/--fail-on/);
    }
    expect(() => parseFailOn('vulnerable>3', PLAN_METRICS)).toThrow(/shortage, overstaffing, outside, cost/);
  });
});

describe('spp plan --fail-on, on the command line', () => {
  it('exits 1 after writing the plan when a condition holds, naming each that holds; 0 when none does', { timeout: 60_000 }, async () => {
    // Gemeente Voorbeeld's baseline places 0,4 FTE outside over the horizon (its plan's Buiten column).
    const dir = mkdtempSync(join(tmpdir(), 'spp-plan-fail-on-'));
    try {
      const out = join(dir, 'plan.json');
      const held = await runSpp(['plan', '-s', 'scenarios/baseline.yaml', '-q', '--out', out, '--fail-on', 'outside>0', '--fail-on', 'cost>1000000000', '--fail-on', 'cost>1.000']);
      expect(held.exitCode).toBe(1);
      const plan = JSON.parse(readFileSync(out, 'utf8')) as PlanResult;
      expect(plan.schema).toBe('spp.plan/1');
      const outside = plan.totals.years.slice(1).reduce((s, y) => s + y.redundant_fte, 0);
      expect(outside).toBeGreaterThan(0);
      expect(held.stderr).toContain(`--fail-on outside>0: het plan plaatst ${(Math.round(outside * 10) / 10).toString().replace('.', ',')} fte buiten de organisatie`);
      expect(held.stderr).toContain('--fail-on cost>1.000: het plan kost €');
      expect(held.stderr).not.toContain('cost>1000000000');
      const passes = await runSpp(['plan', '-s', 'scenarios/baseline.yaml', '-q', '-f', 'json', '--fail-on', 'shortage>100000']);
      expect(passes.exitCode).toBe(0);
      expect(JSON.parse(passes.stdout).schema).toBe('spp.plan/1');
      const usage = await runSpp(['plan', '-s', 'scenarios/baseline.yaml', '-q', '--fail-on', 'vulnerable>3']);
      expect(usage.exitCode).toBe(2);
      expect(usage.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
