import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runSpp } from './run-spp.js';

/**
 * Privacy across scenarios (README, Privacy in every output: compare): `spp compare` leaves the
 * functions `spp project` withholds out of its rows, but its totals count them. Two scenarios that
 * differ only in an attrition rule of a withheld function then differ in their totals by what its few
 * people do. fixtures/report/tiny-org: C1 has two people of 1,0 fte each; with
 * `{ function: C1, rate: 0.5 }` the total supply of 2027 was 1,0 fte lower (Δ −1,0 in the table, −1
 * in JSON): 0.5 × their 2,0 fte. Refused now (exit 2), as sensitivity leaves such a rule out.
 */

const tiny = join(repoRoot, 'fixtures/report/tiny-org/scenario.yaml');
const dir = mkdtempSync(join(tmpdir(), 'spp-compare-privacy-'));
const variant = (id: string, rule: string): string => {
  const path = join(dir, `${id}.yaml`);
  writeFileSync(path, `id: ${id}\nextends: ${tiny}\nworkforce:\n  attrition: [ ${rule} ]\n`);
  return path;
};
const smallRule = variant('c1-weg', '{ function: C1, rate: 0.5 }');
const shownRule = variant('a1-weg', '{ function: A1, rate: 0.5 }');

describe('spp compare and a rule of a withheld function', () => {
  it('refuses scenarios that differ in an attrition rule of a small function (its totals gave the two people 2,0 fte)', async () => {
    const r = await runSpp(['compare', tiny, smallRule, '--format', 'json', '--lang', 'en']);
    expect(r.exitCode, r.stdout).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('the scenarios differ in workforce.attrition[function=C1].rate: a rule of a function or family with fewer than privacy.min_group 5 persons');
  });

  it('refuses it in Dutch too, and in the report that compares them', async () => {
    const r = await runSpp(['compare', tiny, smallRule, '--format', 'csv']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("de scenario's verschillen in workforce.attrition[function=C1].rate");
    const report = await runSpp(['report', '-s', tiny, '-s', smallRule, '--format', 'md']);
    expect(report.exitCode).toBe(2);
    expect(report.stdout).toBe('');
  });

  it('still compares scenarios that differ in a rule of a function it shows', async () => {
    const r = await runSpp(['compare', tiny, shownRule, '--format', 'json', '--lang', 'en']);
    expect(r.exitCode, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { totals: { years: { year: number; delta: Record<string, { supply_fte: number }> }[] } };
    expect(result.totals.years.find((y) => y.year === 2027)!.delta['a1-weg']!.supply_fte).toBeLessThan(0);
  });
});
