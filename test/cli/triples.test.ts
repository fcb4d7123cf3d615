import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runSpp } from './run-spp.js';

/** `[low, likely, high]` rates from `spp calibrate --triples` pasted into a scenario (SPEC §2.4, §3.4, §3.6). */

const dir = mkdtempSync(join(tmpdir(), 'spp-triples-'));
const baseline = join(repoRoot, 'scenarios/baseline.yaml');

function scenarioFile(name: string, body: string): string {
  const path = join(dir, `${name}.yaml`);
  writeFileSync(path, `id: ${name}\nextends: ${JSON.stringify(baseline)}\n${body}`);
  return path;
}

describe('triples from spp calibrate --triples', () => {
  it('paste into a scenario that validates, projects at the means and draws them with --runs', async () => {
    const block = await runSpp(['calibrate', 'fixtures/example/headcount-2025.csv', 'fixtures/example/headcount.csv', '-s', 'scenarios/baseline.yaml', '--format', 'yaml', '--triples']);
    expect(block.exitCode, block.stderr).toBe(0);
    expect(block.stdout).toMatch(/rate: \[ ?[\d.]+, [\d.]+, [\d.]+ ?\]/);
    const file = scenarioFile('calibrated', block.stdout);

    const validate = await runSpp(['validate', file]);
    expect(validate.exitCode, validate.stdout + validate.stderr).toBe(0);

    const plain = JSON.parse((await runSpp(['project', '-s', file, '-f', 'json'])).stdout);
    expect(plain.assumptions.some((a: string) => a.startsWith('workforce.attrition[0].rate ['))).toBe(true);

    const run = await runSpp(['project', '-s', file, '--runs', '60', '--seed', '7', '-f', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    const mc = JSON.parse(run.stdout);
    const paths: string[] = mc.monte_carlo.drawn.map((d: { path: string }) => d.path);
    expect(paths).toContain('workforce.attrition[0].rate');
    expect(paths).toContain('workforce.temporary.renewal_rate');
    expect(paths.some((p) => p.startsWith('workforce.transitions.'))).toBe(true);
    const last = mc.totals.years[mc.totals.years.length - 1];
    expect(last.supply_fte_band.p90).toBeGreaterThan(last.supply_fte_band.p10);
    expect(last.supply_fte_band.p10).toBeLessThanOrEqual(last.supply_fte);
    expect(last.supply_fte).toBeLessThanOrEqual(last.supply_fte_band.p90);
  });

  it('reports a triple out of order with its file, line and column', async () => {
    const file = scenarioFile('disordered', 'workforce:\n  temporary: { renewal_rate: [0.7, 0.6, 0.8] }\n');
    const run = await runSpp(['validate', '--lang', 'en', file]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout + run.stderr).toContain(
      `${file.split('/').pop()}:4:30  error  workforce.temporary.renewal_rate: expected [low, likely, high] with low ≤ likely ≤ high, found [0.7, 0.6, 0.8]  (SCENARIO_TARGET_ORDER)`,
    );
  });

  it('rejects a triple of shares with a value above 1, located', async () => {
    const file = scenarioFile('above-one', 'workforce:\n  transitions: { F001: { F002: [0.1, 0.2, 1.5] } }\n');
    const run = await runSpp(['validate', '--lang', 'en', file]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/above-one\.yaml:4:43  error  workforce\.transitions\.F001\.F002\[2\]: expected a number ≤ 1, found 1\.5/);
  });
});
