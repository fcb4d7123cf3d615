import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runSpp } from './run-spp.js';

beforeAll(async () => buildCli());

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
});
