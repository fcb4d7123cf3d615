import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadInputs } from '../../src/app/load-inputs.js';
import { workersFor } from '../../src/app/monte-carlo-runs.js';
import { compileProjection } from '../../src/model/compile-projection.js';
import { buildCli, runBinary, runSpp } from './run-spp.js';

beforeAll(async () => buildCli());
afterEach(() => vi.unstubAllEnvs());

const args = ['project', '-s', 'scenarios/digitaal-versneld.yaml', '-q', '--runs', '150', '--seed', '2026'];

describe('spp project --runs N --seed S', () => {
  it('adds bands beside the expected values and the seed to the stamp; the same seed gives the same bytes', async () => {
    const a = await runSpp([...args, '--format', 'json']);
    const b = await runSpp([...args, '--format', 'json']);
    expect(a.exitCode).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const plain = JSON.parse((await runSpp(['project', '-s', 'scenarios/digitaal-versneld.yaml', '-q', '--format', 'json'])).stdout);
    const result = JSON.parse(a.stdout);
    expect(result.stamp.seed).toBe(2026);
    expect(result.monte_carlo).toMatchObject({ runs: 150, seed: 2026, process_noise: true });
    expect(result.monte_carlo.drawn.map((d: { path: string }) => d.path)).toEqual([
      'digitalisation.automation.case_handling.target',
      'digitalisation.automation.customer_contact.target',
    ]);
    // new keys only: taking them out gives the plain result back (the seed aside)
    const strip = (rows: Record<string, unknown>[]) =>
      rows.map(({ supply_fte_band: _s, demand_fte_band: _d, gap_fte_band: _g, ...rest }) => rest);
    expect(result.functions.map((f: { status_probability: unknown; years: Record<string, unknown>[] }) => {
      const { status_probability: _p, ...rest } = f;
      return { ...rest, years: strip(f.years) };
    })).toEqual(plain.functions);
    expect(strip(result.totals.years)).toEqual(plain.totals.years);
    const row = result.totals.years.at(-1);
    expect(Object.keys(row).slice(0, 3)).toEqual(['year', 'supply_fte', 'supply_fte_band']);
    expect(row.gap_fte_band.p10).toBeLessThanOrEqual(row.gap_fte_band.p50);
    expect(row.gap_fte_band.p50).toBeLessThanOrEqual(row.gap_fte_band.p90);
    expect(row.gap_fte_band.p90 - row.gap_fte_band.p10).toBeGreaterThan(0);
  });

  it('shows a band column in the table and P10/P50/P90 columns in CSV', async () => {
    const table = await runSpp([...args, '--format', 'table', '--lang', 'en']);
    expect(table.exitCode).toBe(0);
    expect(table.stdout).toContain('Gap P10 … P90');
    expect(table.stdout).toContain('150 Monte Carlo runs (seed 2026)');
    for (const line of table.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    const nl = await runSpp([...args, '--format', 'table']);
    expect(nl.stdout).toContain('Verschil P10 … P90');
    expect(nl.stdout).toContain('150 Monte-Carlo-runs (seed 2026)');
    for (const line of nl.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    const csv = await runSpp([...args, '--format', 'csv', '--year', '2030']);
    const [header, first] = csv.stdout.split('\n');
    expect(header).toContain('status_probability');
    expect(header).toContain('gap_fte_p10,gap_fte_p50,gap_fte_p90');
    expect(first!.split(',').length).toBe(header!.split(',').length);
  });

  it('refuses a bad --runs or a --seed without --runs (exit 2)', async () => {
    expect((await runSpp(['project', '--example', '--runs', '0'])).exitCode).toBe(2);
    const seedOnly = await runSpp(['project', '--lang', 'en', '--example', '--seed', '5']);
    expect(seedOnly.exitCode).toBe(2);
    expect(seedOnly.stderr).toContain('--seed needs --runs');
  });

  // Found by a consultant probe: --format xlsx with --runs gave the workbook of a run without them
  // (no P10/P90), and --by COLUMN --format table promised a "Gap P10 … P90" column it never showed.
  it('writes the bands to the workbook: a sheet of P10, P50 and P90 per row and year, as the JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-mc-'));
    const json = JSON.parse((await runSpp([...args, '--format', 'json'])).stdout);
    for (const [lang, sheet, gapP10] of [['nl', 'Marge P10-P90', 'Verschil (fte) P10'], ['en', 'Range P10-P90', 'Gap (FTE) P10']] as const) {
      const out = join(dir, `mc-${lang}.xlsx`);
      expect((await runSpp([...args, '--lang', lang, '-o', out])).exitCode).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
      expect(wb.worksheets[1]!.name).toBe(sheet);
      const ws = wb.worksheets[1]!;
      const header = (ws.getRow(1).values as unknown[]).slice(1);
      const col = header.indexOf(gapP10) + 1;
      expect(col).toBeGreaterThan(0);
      const total = json.totals.years.at(-1);
      let found = false;
      ws.eachRow((row) => {
        const v = (row.values as unknown[]).slice(1);
        if (v[0] === (lang === 'nl' ? 'Totaal' : 'Total') && v[header.indexOf(lang === 'nl' ? 'Jaar' : 'Year')] === total.year) {
          expect(row.getCell(col).value).toBeCloseTo(total.gap_fte_band.p10, 6);
          expect(row.getCell(col + 2).value).toBeCloseTo(total.gap_fte_band.p90, 6);
          found = true;
        }
      });
      expect(found).toBe(true);
    }
    // Without --runs: no band sheet.
    const plain = join(dir, 'plain.xlsx');
    expect((await runSpp(['project', '-s', 'scenarios/digitaal-versneld.yaml', '-q', '-o', plain])).exitCode).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(plain) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).not.toContain('Marge P10-P90');
  });

  it('grouped by a column: the table promises no band column it does not show, and gives the total band in words', async () => {
    const by = ['project', '-s', 'scenarios/baseline.yaml', '-q', '--runs', '20', '--seed', '1', '--by', 'afdeling'];
    const json = JSON.parse((await runSpp([...by, '--format', 'json'])).stdout);
    const band = json.totals.years.at(-1).gap_fte_band;
    const nl1 = (v: number) => v.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).replace('-', '−');
    for (const lang of ['nl', 'en'] as const) {
      const table = (await runSpp([...by, '--format', 'table', '--lang', lang])).stdout;
      const header = table.split('\n').find((l) => /^afdeling\s/i.test(l))!;
      expect(header, table).not.toMatch(/P10/);
      expect(table).not.toMatch(/(Verschil|Gap) P10 … P90: 80/);
      const flat = table.replace(/\s+/g, ' ');
      const range = lang === 'nl' ? `P10 … P90 = ${nl1(band.p10)} … ${nl1(band.p90)}` : `P10 … P90 = ${band.p10.toFixed(1).replace('-', '−')} … ${band.p90.toFixed(1).replace('-', '−')}`;
      expect(flat).toContain(range);
      expect(flat).toContain(lang === 'nl' ? 'per afdeling geen marge' : 'no range per afdeling');
    }
  });

  it('prints the same bytes with the runs on one thread (SPP_WORKERS=1) and on two (the built binary, its worker thread)', async () => {
    // Enough runs that two threads start a worker (app/monte-carlo-runs.ts, SMALL_JOB): checked, so
    // the test does not silently compare two runs in one thread.
    const runs = 2500;
    const inputs = await loadInputs({ scenario: 'scenarios/digitaal-versneld.yaml' });
    expect(workersFor(compileProjection({ scenario: inputs.scenario, functions: inputs.functions, workforce: inputs.workforce }), runs, 2)).toBe(1);
    const cli = ['project', '-s', 'scenarios/digitaal-versneld.yaml', '-q', '--runs', String(runs), '--seed', '7', '--format', 'json'];
    vi.stubEnv('SPP_WORKERS', '1');
    const one = runBinary(cli);
    vi.stubEnv('SPP_WORKERS', '2');
    const two = runBinary(cli);
    expect(one.exitCode, one.stderr).toBe(0);
    expect(two.exitCode, two.stderr).toBe(0);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(two.stdout).monte_carlo).toMatchObject({ runs, seed: 7 });
  });
});
