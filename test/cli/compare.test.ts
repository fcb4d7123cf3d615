import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, expectGolden, runSpp } from './run-spp.js';

beforeAll(async () => buildCli());

interface Figures { supply_fte: number; demand_fte: number; gap_fte: number }
interface Compare {
  schema: string;
  scenarios: string[];
  assumptions: { path: string; values: Record<string, unknown> }[];
  functions: { id: string; by_scenario: Record<string, (Figures & { status: string }) | null>; delta: Record<string, Figures> }[];
  families: { delta: Record<string, Figures> }[];
  totals: { at: { by_scenario: Record<string, Figures | null>; delta: Record<string, Figures> }; years: { year: number; delta: Record<string, Figures> }[] };
}

async function compare(args: string[]): Promise<Compare> {
  const run = await runSpp(['compare', ...args, '--format', 'json', '-q']);
  expect(run.exitCode, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Compare;
}

describe('spp compare', () => {
  it('puts the baseline and the AI scenario side by side (golden Markdown)', async () => {
    const run = await expectGolden('compare-baseline-digitaal-md', ['compare', 'scenarios/baseline.yaml', 'scenarios/digitaal-versneld.yaml', '--format', 'md', '-q']);
    expect(run.exitCode).toBe(0);
  });

  it('of a scenario with itself shows no differences and zero deltas', async () => {
    const result = await compare(['scenarios/digitaal-versneld.yaml', 'scenarios/digitaal-versneld.yaml']);
    expect(result.scenarios).toEqual(['digitaal-versneld', 'digitaal-versneld#2']);
    expect(result.assumptions).toEqual([]);
    const deltas = [
      ...result.functions.map((f) => f.delta['digitaal-versneld#2']!),
      ...result.families.map((f) => f.delta['digitaal-versneld#2']!),
      ...result.totals.years.map((y) => y.delta['digitaal-versneld#2']!),
    ];
    expect(deltas.length).toBeGreaterThan(90);
    for (const d of deltas) expect([d.supply_fte, d.demand_fte, d.gap_fte]).toEqual([0, 0, 0]);
    for (const f of result.functions) expect(f.by_scenario['digitaal-versneld#2']).toEqual(f.by_scenario['digitaal-versneld']);
  });

  it('names every assumption that differs after extends by its path, and nothing that is the same', async () => {
    const result = await compare(['scenarios/baseline.yaml', 'scenarios/krimp-vacaturestop.yaml']);
    const byPath = new Map(result.assumptions.map((a) => [a.path, a.values]));
    expect(byPath.get('workforce.temporary.renewal_rate')).toEqual({ baseline: 0.6, 'krimp-vacaturestop': 0.25 });
    // customer_contact is replaced by a step; administrative is inherited unchanged.
    expect(byPath.get('digitalisation.automation.customer_contact.curve')).toEqual({ baseline: 'linear', 'krimp-vacaturestop': 'step' });
    expect([...byPath.keys()].some((p) => p.startsWith('digitalisation.automation.administrative'))).toBe(false);
    // A list item only one scenario has is one row, named by what identifies it.
    expect(byPath.get('demand.growth[function=F025]')).toEqual({ baseline: null, 'krimp-vacaturestop': { rate: -0.04 } });
    expect(byPath.get('demand.growth[family=Sociaal domein]')).toEqual({ baseline: { rate: 0.01 }, 'krimp-vacaturestop': null });
    expect(byPath.has('workforce.attrition[ages=<35].rate')).toBe(false);
  });

  it('deltas are each scenario minus the first, and the totals add up', async () => {
    const result = await compare(['scenarios/baseline.yaml', 'scenarios/digitaal-versneld.yaml', 'scenarios/groei-sociaal-ruimte.yaml']);
    for (const f of result.functions) {
      for (const id of ['digitaal-versneld', 'groei-sociaal-ruimte']) {
        const gap = (s: string): number => f.by_scenario[s]?.gap_fte ?? 0;
        expect(f.delta[id]!.gap_fte).toBeCloseTo(gap(id) - gap('baseline'), 3);
      }
    }
    // An emerging function of one scenario is absent (null) in the others.
    const n001 = result.functions.find((f) => f.id === 'N001')!;
    expect(n001.by_scenario['baseline']).toBeNull();
    expect(n001.by_scenario['digitaal-versneld']!.status).toBe('emerging');
    const at = result.totals.at.by_scenario;
    expect(result.totals.at.delta['digitaal-versneld']!.gap_fte).toBeCloseTo(at['digitaal-versneld']!.gap_fte - at['baseline']!.gap_fte, 3);
  });

  it('fits the terminal table in 80 columns, for up to four scenarios', async () => {
    const all = ['scenarios/baseline.yaml', 'scenarios/digitaal-versneld.yaml', 'scenarios/krimp-vacaturestop.yaml', 'scenarios/groei-sociaal-ruimte.yaml'];
    for (const n of [2, 4]) {
      const run = await runSpp(['compare', ...all.slice(0, n), '--format', 'table', '-q', '--year', '2030']);
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toContain('Per function in 2030');
      for (const line of run.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
    }
  });

  it("shows each scenario's plan cost: the plan's own total where the scenario has a plan: block, none otherwise", async () => {
    const textbook = 'fixtures/plan/textbook/scenario.yaml';
    const run = await runSpp(['compare', textbook, textbook, '--format', 'json', '-q']);
    expect(run.exitCode, run.stderr).toBe(0);
    const info = (JSON.parse(run.stdout) as { scenario_info: { plan_cost: number | null }[] }).scenario_info;
    const plan = JSON.parse((await runSpp(['plan', '-s', textbook, '--format', 'json', '-q'])).stdout) as { costs: { total: number } };
    expect(plan.costs.total).toBe(110_000);
    expect(info.map((s) => s.plan_cost)).toEqual([110_000, 110_000]);
    const without = JSON.parse((await runSpp(['compare', 'scenarios/baseline.yaml', 'scenarios/digitaal-versneld.yaml', '--format', 'json', '-q'])).stdout) as { scenario_info: { plan_cost: number | null }[] };
    expect(without.scenario_info.map((s) => s.plan_cost)).toEqual([null, null]);
  });

  it('refuses one scenario, and a year outside the horizons, as usage errors', async () => {
    expect((await runSpp(['compare', 'scenarios/baseline.yaml'])).exitCode).toBe(2);
    const run = await runSpp(['compare', 'scenarios/baseline.yaml', 'scenarios/digitaal-versneld.yaml', '--year', '2040']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('2026–2035');
  });
});
