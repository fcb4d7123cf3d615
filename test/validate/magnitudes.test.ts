import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/app/validate.js';
import { runSpp } from '../cli/run-spp.js';

/**
 * #13 class 2: a scenario value so large that the model overflows (`hire_cost: 1e308` printed
 * "€ ∞" and "€ NaN"; the plan's solver failed with "this is a bug") is a located error in
 * validate and in every command, never Infinity or NaN in an output.
 */
const dir = mkdtempSync(join(tmpdir(), 'spp-magnitudes-'));
const example = resolve('fixtures/example');
function scenario(body: string): string {
  const path = join(dir, `s${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(path, `id: big\ndata: { functions: ${example}/functions.csv, headcount: ${example}/headcount.csv }\nhorizon: { start: 2026, end: 2030 }\n${body}`);
  return path;
}

describe('values beyond what the model computes with', () => {
  const body = [
    'reskilling: { cost_per_hour: 1e308, hire_cost: 1e300, budget_per_year: 1e200 }',
    'demand:',
    '  emerging:',
    '    - { id: N1, name: Nieuw, tasks: { advice: 1 }, demand: { 2027: 1e308 } }',
    '  targets: { F001: { 2030: 5e6 } }',
    'plan: { hiring: [ { max_per_year: 1e12 } ] }',
    '',
  ].join('\n');

  it('are located errors naming the bound', async () => {
    const file = scenario(body);
    const { diagnostics } = await validate([file]);
    const errors = diagnostics.filter((d) => d.code === 'SCENARIO_OUT_OF_RANGE');
    expect(errors.map((d) => [d.path, d.line])).toEqual([
      ['reskilling.cost_per_hour', 4],
      ['reskilling.hire_cost', 4],
      ['reskilling.budget_per_year', 4],
      ['demand.emerging[0].demand.2027', 7],
      ['demand.targets.F001.2030', 8],
      ['plan.hiring[0].max_per_year', 9],
    ]);
    expect(errors[3]!.message).toBe('demand.emerging[0].demand.2027: 1e+308 is more than spp can compute with; expected at most 1,000,000 FTE');
    expect(errors.every((d) => d.column > 0)).toBe(true);
  });

  it.each(['project', 'reskill', 'plan', 'organise'])('stop %s with exit 1 instead of printing ∞, NaN or a bug', async (command) => {
    const run = await runSpp([command, '-s', scenario(body), '--format', 'json']);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('(SCENARIO_OUT_OF_RANGE)');
    expect(run.stderr).not.toMatch(/Infinity|NaN|∞|this is a bug|dit is een fout in spp/);
  });

  it('accept large but real values', async () => {
    const { diagnostics } = await validate([scenario('reskilling: { hire_cost: 250000, budget_per_year: 50000000 }\n')]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
