import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, expectGolden, runSpp } from './run-spp.js';

beforeAll(async () => buildCli());

describe('spp sensitivity', () => {
  it('ranks the assumptions of the example baseline (golden Markdown)', async () => {
    const run = await expectGolden('sensitivity-baseline-md', ['sensitivity', '-s', 'scenarios/baseline.yaml', '--format', 'md', '-q']);
    expect(run.exitCode).toBe(0);
  });

  it('prints the SPEC §4 keys (spp.sensitivity/1) with --delta as a percentage', async () => {
    const run = await runSpp(['sensitivity', '-s', 'scenarios/krimp-vacaturestop.yaml', '--delta', '10%', '--format', 'json', '-q']);
    expect(run.exitCode, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.schema).toBe('spp.sensitivity/1');
    expect(result.delta).toBe(0.1);
    expect(Object.keys(result.base)).toEqual(['gap_fte', 'shortage_fte_years', 'plan_cost']);
    for (const a of result.assumptions) {
      expect(Object.keys(a)).toEqual(expect.arrayContaining(['path', 'base_value', 'low_value', 'high_value', 'effects']));
      expect(Object.keys(a.effects)).toEqual(['gap_fte', 'shortage_fte_years', 'plan_cost']);
    }
    const renewal = result.assumptions.find((a: { path: string }) => a.path === 'workforce.temporary.renewal_rate');
    expect(renewal).toMatchObject({ base_value: 0.25, low_value: 0.225, high_value: 0.275 });
  });

  it('fits the table in 80 columns and names the three assumptions that matter most', async () => {
    const run = await runSpp(['sensitivity', '-s', 'scenarios/digitaal-versneld.yaml', '--format', 'table', '-q']);
    expect(run.exitCode).toBe(0);
    for (const line of run.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
    expect(run.stdout).toMatch(/What matters most for the gap in 2035: \S+,\s+\S+,\s+\S+\./);
  });

  it('refuses a delta outside (0, 1) as a usage error', async () => {
    const run = await runSpp(['sensitivity', '--delta', '1.5']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('--delta');
  });
});
