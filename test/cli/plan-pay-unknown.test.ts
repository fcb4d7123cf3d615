import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { PlanResult } from '../../src/domain/plan.js';
import { runSpp } from './run-spp.js';

// The plan of one set of inputs is solved once (test/shared-plan-solves.ts): the same functions.csv
// in JSON and in the table shares its solve; pay 0 and pay missing are each their own LP input.
vi.mock('../../src/model/plan/plan-actions.js', async (original) => (await import('../shared-plan-solves.js')).sharingPlanSolves(await original()));

/**
 * Overstaffing is priced at each function's pay (`plan.overstaffing.cost_per_fte_year: pay`). An
 * export without salaries gives pay 0: the pathways already read that as unknown, but the plan
 * priced overstaffing at € 0 there — carrying every surplus for free, never reskilling — while a
 * missing pay fell back to reskilling.surplus_cost_per_fte. Now 0 and missing are the same, and a
 * note says how many functions have no pay.
 */
const dir = mkdtempSync(join(tmpdir(), 'spp-pay-unknown-'));
const example = resolve('fixtures/example');
const lines = readFileSync(join(example, 'functions.csv'), 'utf8').trimEnd().split('\n');
const payColumn = lines[0]!.split(',').indexOf('pay');
/** functions.csv with `pay` of the shrinking F005 (Receptie en Bode) set to `value`. */
function functionsWith(value: string): string {
  const path = join(dir, `functions-${value === '' ? 'missing' : value}.csv`);
  writeFileSync(path, `${lines.map((line) => (line.startsWith('F005,') ? line.split(',').map((cell, i) => (i === payColumn ? value : cell)).join(',') : line)).join('\n')}\n`);
  return path;
}
async function plan(pay: string): Promise<PlanResult> {
  const run = await runSpp(['plan', '-q', '-s', resolve('scenarios/krimp-vacaturestop.yaml'), '--functions', functionsWith(pay), '--format', 'json']);
  expect(run.exitCode, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as PlanResult;
}

describe('a function without pay in the data', { timeout: 120_000 }, () => {
  it('costs its overstaffing at reskilling.surplus_cost_per_fte whether its pay is 0 or missing, with a note', async () => {
    const [zero, missing] = [await plan('0'), await plan('')];
    expect(zero.costs).toEqual(missing.costs);
    const note = '1 of 85 functions have no pay in the data (missing or 0): their overstaffing is priced at reskilling.surplus_cost_per_fte, €55,000 per FTE-year';
    expect(zero.notes).toContain(note);
    expect(missing.notes).toContain(note);
  });

  it('says so in Dutch in the table', async () => {
    const run = await runSpp(['plan', '-q', '-s', resolve('scenarios/krimp-vacaturestop.yaml'), '--functions', functionsWith('0'), '--format', 'table']);
    // One function: singular ("hebben … hun" was a consultant probe's frown).
    expect(run.stdout.replace(/\s+/g, ' ')).toContain('1 van de 85 functies heeft geen salaris in de gegevens (leeg of 0): haar overbezetting kost reskilling.surplus_cost_per_fte, € 55.000 per fte-jaar.');
    const en = await runSpp(['plan', '-q', '-s', resolve('scenarios/krimp-vacaturestop.yaml'), '--functions', functionsWith('0'), '--format', 'table', '--lang', 'en']);
    expect(en.stdout.replace(/\s+/g, ' ')).toContain('1 of the 85 functions has no pay in the data (missing or 0): its overstaffing is priced at reskilling.surplus_cost_per_fte, €55,000 per FTE-year.');
  });
});
