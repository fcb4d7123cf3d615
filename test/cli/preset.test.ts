import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden, runSpp } from './run-spp.js';

interface Year {
  year: number;
  supply_fte: number;
  supply_persons: number;
}

function startYear(stdout: string): Year {
  const result = JSON.parse(stdout) as { totals: { years: Year[] } };
  return result.totals.years[0]!;
}

describe('spp project --preset', () => {
  it('raet-hrcore: the export folder with the flags gives the hand-computed start workforce', async () => {
    const run = await runSpp([
      'project',
      '--preset', 'raet-hrcore',
      '--headcount', 'fixtures/presets/raet-hrcore/export/',
      '--functions', 'fixtures/presets/raet-hrcore/functions.csv',
      '-s', 'fixtures/presets/raet-hrcore/scenario.yaml',
      '--format', 'json', '--quiet',
    ]);
    expect(run.exitCode).toBe(0);
    const start = startYear(run.stdout);
    expect(start.year).toBe(2026);
    expect(start.supply_persons).toBe(4);
    expect(start.supply_fte).toBeCloseTo(3.3, 2);
  });

  it('raet-hrcore, afas and excel-nl run from their scenario alone (data.preset)', async () => {
    const expected = { 'raet-hrcore': [4, 3.3], afas: [3, 2 + 32 / 36], 'excel-nl': [4, 3.3556] } as const;
    for (const [preset, [persons, fte]] of Object.entries(expected)) {
      const run = await runSpp(['project', '-s', `fixtures/presets/${preset}/scenario.yaml`, '--format', 'json', '--quiet']);
      expect(run.exitCode, `${preset}: ${run.stderr}`).toBe(0);
      const start = startYear(run.stdout);
      expect(start.supply_persons, preset).toBe(persons);
      expect(start.supply_fte, preset).toBeCloseTo(fte, 2);
    }
  });

  it('a missing export file is a usage error (exit 2) without a stack trace', async () => {
    const run = await runSpp(['project', '--lang', 'en', '--preset', 'raet-hrcore', '--headcount', 'fixtures/presets/afas/export', '-s', 'fixtures/presets/raet-hrcore/scenario.yaml']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('has no Medewerker.csv and Aanstellingen.csv');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the export folder relative to the working folder, like every file in a message, also when given absolute', async () => {
    const run = await runSpp(['project', '--lang', 'en', '--preset', 'raet-hrcore', '--headcount', resolve('fixtures/presets/afas/export'), '-s', 'fixtures/presets/raet-hrcore/scenario.yaml']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('the export folder fixtures/presets/afas/export has no');
    expect(run.stderr).not.toContain(resolve('fixtures'));
  });
});

describe('spp validate --preset', () => {
  it('is clean on the raet-hrcore fixture', async () => {
    const run = await runSpp(['validate', '--preset', 'raet-hrcore', 'fixtures/presets/raet-hrcore/scenario.yaml', '--format', 'json']);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('reports unknown persons and functions of an export with file, line and column', async () => {
    const run = await expectGolden('preset-validate-raet-errors', [
      'validate',
      '--preset', 'raet-hrcore',
      '--headcount', 'fixtures/presets/raet-hrcore-errors/export',
      '--functions', 'fixtures/presets/raet-hrcore/functions.csv',
      'fixtures/presets/raet-hrcore/scenario.yaml',
    ]);
    expect(run.exitCode).toBe(1);
  });
});

describe('a column map for an HR export (--preset with --columns)', () => {
  it("maps a renamed export column (raet-hrcore's [Begindatum] as [Datum in dienst]) like any other", async () => {
    const { cpSync, mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'spp-preset-map-'));
    cpSync('fixtures/presets/raet-hrcore/export', join(dir, 'export'), { recursive: true });
    const appointments = join(dir, 'export', 'Aanstellingen.csv');
    writeFileSync(appointments, readFileSync(appointments, 'utf8').replace('[Begindatum]', '[Datum in dienst]'));
    writeFileSync(join(dir, 'map.yaml'), 'headcount:\n  start_date: "Datum in dienst"\n');
    const args = ['project', '--preset', 'raet-hrcore', '--headcount', join(dir, 'export'), '--functions', 'fixtures/presets/raet-hrcore/functions.csv', '-s', 'fixtures/presets/raet-hrcore/scenario.yaml', '--format', 'json', '--quiet'];
    // Without the map the export lacks its start date column.
    const without = await runSpp(args);
    expect(without.exitCode).toBe(1);
    expect(without.stderr).toMatch(/start_date|begindatum/i);
    const mapped = await runSpp([...args, '--columns', join(dir, 'map.yaml')]);
    expect(mapped.exitCode, mapped.stderr).toBe(0);
    const start = startYear(mapped.stdout);
    expect(start.supply_persons).toBe(4);
    expect(start.supply_fte).toBeCloseTo(3.3, 2);
  });
});
