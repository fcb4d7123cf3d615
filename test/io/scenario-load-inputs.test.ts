import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledExampleScenario, loadInputs } from '../../src/app/load-inputs.js';
import { UserError } from '../../src/diagnostics/diagnostic.js';

const clean = resolve('fixtures/validate/clean/basis.yaml');
const data = (name: string): string => resolve('fixtures/validate/data', name);
const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

async function userError(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('loadInputs', () => {
  it('reads the scenario and the data its data block names, with emerging functions and hashes', async () => {
    const inputs = await loadInputs({ scenario: 'fixtures/validate/clean/versneld.yml' });
    expect(inputs.usedExample).toBe(false);
    expect(inputs.scenario.id).toBe('versneld');
    expect(inputs.functions.map((f) => f.id)).toEqual(['F010', 'F020', 'F031', 'N001']);
    expect(inputs.functions.find((f) => f.id === 'N001')?.emerging).toBe(true);
    expect(inputs.workforce.persons).toBe(5);
    expect(inputs.workforce.fte).toBeCloseTo(4.3, 9);
    expect(inputs.files.map((f) => [f.role, f.path, f.sha256])).toEqual([
      ['scenario', resolve('fixtures/validate/clean/versneld.yml'), sha('fixtures/validate/clean/versneld.yml')],
      ['scenario', clean, sha(clean)],
      ['functions', data('functions.csv'), sha(data('functions.csv'))],
      ['headcount', data('headcount.csv'), sha(data('headcount.csv'))],
    ]);
  });

  it('lets flags override the data block', async () => {
    const error = await userError(loadInputs({ scenario: clean, headcount: data('headcount-bad.csv') }));
    expect(error.exitCode).toBe(1);
    expect(error.message).toBe('fixtures/validate/data/headcount-bad.csv is invalid');
    expect(error.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['CSV_UNKNOWN_FUNCTION', 3],
      ['CSV_OUT_OF_RANGE', 4],
    ]);
  });

  it('stops with the located diagnostics when a reference is unknown (exit 1)', async () => {
    const error = await userError(loadInputs({ scenario: 'fixtures/validate/broken/a-unknown-names.yaml' }));
    expect(error.exitCode).toBe(1);
    expect(error.diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual([
      'SCENARIO_UNKNOWN_FUNCTION 6:13',
      'SCENARIO_UNKNOWN_TASK 9:5',
      'SCENARIO_UNKNOWN_FAMILY 12:17',
    ]);
  });

  it('needs a scenario when data is given (exit 2)', async () => {
    const error = await userError(loadInputs({ functions: data('functions.csv') }));
    expect([error.exitCode, error.message]).toEqual([2, 'a scenario is needed: --scenario FILE (or spp init)']);
  });

  it('names a missing data file and where it was set (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-load-'));
    writeFileSync(join(dir, 's.yaml'), 'id: s\nhorizon: { start: 2026, end: 2030 }\ndata: { functions: nope.csv }\n');
    const missing = await userError(loadInputs({ scenario: join(dir, 's.yaml'), headcount: data('headcount.csv') }));
    expect(missing.exitCode).toBe(2);
    expect(missing.message).toMatch(/^functions file \(data\.functions in .*s\.yaml\) not found: .*nope\.csv$/);
    const unset = await userError(loadInputs({ scenario: join(dir, 's.yaml'), functions: data('functions.csv') }));
    expect(unset.message).toMatch(/^no headcount: give --headcount FILE or set data\.headcount in .*s\.yaml$/);
  });

  it('runs on the bundled example when nothing is given, and says so', async () => {
    const inputs = await loadInputs({});
    expect(inputs.usedExample).toBe(true);
    expect(inputs.files[0]!.path).toBe(bundledExampleScenario());
    expect(bundledExampleScenario()).toBe(resolve('scenarios/baseline.yaml'));
    expect(inputs.workforce.persons).toBeGreaterThan(100);
  });

  it('refuses --example together with a scenario (exit 2)', async () => {
    expect((await userError(loadInputs({ example: true, scenario: clean }))).exitCode).toBe(2);
  });
});
