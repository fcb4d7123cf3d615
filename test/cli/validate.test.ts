import { describe, expect, it } from 'vitest';
import { expectGolden } from './run-spp.js';

describe('spp validate (golden files)', () => {
  it('passes clean scenarios (a folder: *.yaml and *.yml, with extends) and exits 0', async () => {
    const run = await expectGolden('validate-clean', ['validate', 'fixtures/validate/clean']);
    expect(run.exitCode).toBe(0);
  });

  it('reports schema, reference and data errors in text and exits 1', async () => {
    const run = await expectGolden('validate-broken-text', ['validate', 'fixtures/validate/broken']);
    expect(run.exitCode).toBe(1);
  });

  it('reports them as spp.diagnostics/1 JSON', async () => {
    const run = await expectGolden('validate-broken-json', ['validate', 'fixtures/validate/broken', '--format', 'json']);
    expect(run.exitCode).toBe(1);
    const json = JSON.parse(run.stdout) as { schema: string; errors: number; warnings: number; diagnostics: { code: string }[] };
    expect(json.schema).toBe('spp.diagnostics/1');
    expect(json.errors).toBe(json.diagnostics.length);
  });

  it('reports them as GitHub annotations', async () => {
    const run = await expectGolden('validate-broken-github', ['validate', 'fixtures/validate/broken', '--format', 'github']);
    expect(run.exitCode).toBe(1);
    for (const line of run.stdout.trim().split('\n')) expect(line).toMatch(/^::error file=[^,]+,line=\d+,col=\d+,title=[A-Z_]+::/);
  });

  it('takes several files; a data file they share shows its problems once', async () => {
    const run = await expectGolden('validate-two-files', [
      'validate',
      'fixtures/validate/broken/c-bad-data.yaml',
      'fixtures/validate/clean/basis.yaml',
      '--headcount',
      'fixtures/validate/data/headcount-bad.csv',
    ]);
    expect(run.exitCode).toBe(1);
  });

  it('uses --functions/--headcount instead of the data block', async () => {
    const run = await expectGolden('validate-data-flags', [
      'validate',
      'fixtures/validate/clean/basis.yaml',
      '--headcount',
      'fixtures/validate/data/headcount-bad.csv',
    ]);
    expect(run.exitCode).toBe(1);
  });

  it('exits 0 on warnings, 1 with --strict', async () => {
    expect((await expectGolden('validate-warning', ['validate', 'fixtures/validate/warning'])).exitCode).toBe(0);
    expect((await expectGolden('validate-warning-strict', ['validate', 'fixtures/validate/warning', '--strict'])).exitCode).toBe(1);
  });

  it('warns about a folder without scenario files (exit 1 with --strict)', async () => {
    expect((await expectGolden('validate-no-scenarios', ['validate', 'fixtures/validate/no-scenarios', '--strict'])).exitCode).toBe(1);
  });

  it('exits 2 on a path that does not exist', async () => {
    const run = await expectGolden('validate-missing-path', ['validate', 'fixtures/validate/nope.yaml']);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
  });

  it('exits 2 on an unknown format', async () => {
    expect((await expectGolden('validate-bad-format', ['validate', 'fixtures/validate/clean', '--format', 'table'])).exitCode).toBe(2);
  });
});
