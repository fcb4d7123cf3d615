import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
  it('puts the baseline and the AI scenario side by side (golden Markdown, Dutch and English)', async () => {
    const run = await expectGolden('compare-baseline-digitaal-md', ['compare', 'scenarios/baseline.yaml', 'scenarios/digitaal-versneld.yaml', '--format', 'md', '-q']);
    expect(run.exitCode).toBe(0);
    const en = await expectGolden('compare-baseline-digitaal-md-en', ['compare', 'scenarios/baseline.yaml', 'scenarios/digitaal-versneld.yaml', '--format', 'md', '-q', '--lang', 'en']);
    expect(en.exitCode).toBe(0);
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

  it('counts a start or end left out as the horizon it defaults to, and a plan: block left out as the defaults: no difference for `start: 2026` against none, a real one shown with the default', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-compare-defaults-'));
    try {
      const data = `data: { functions: ${resolve('fixtures/example/functions.csv')}, headcount: ${resolve('fixtures/example/headcount.csv')} }`;
      const scenario = (id: string, automation: string, override: string) =>
        `id: ${id}\n${data}\nhorizon: { start: 2026, end: 2032 }\ndigitalisation:\n  automation:\n    administrative: { target: 0.3, ${automation}end: 2031 }\n  skill_shift:\n    - { skill: digital, delta: 1, families: [all], ${automation}end: 2030 }\ndemand:\n  overrides:\n    - { function: F005, change: -0.2${override} }\n`;
      writeFileSync(join(dir, 'left-out.yaml'), scenario('left-out', '', ''));
      writeFileSync(join(dir, 'written.yaml'), scenario('written', 'start: 2026, ', ', start: 2026, end: 2032'));
      writeFileSync(join(dir, 'later.yaml'), scenario('later', 'start: 2028, ', ', end: 2030'));
      const same = await compare([join(dir, 'left-out.yaml'), join(dir, 'written.yaml'), '--no-plan']);
      expect(same.assumptions).toEqual([]);
      const other = await compare([join(dir, 'left-out.yaml'), join(dir, 'later.yaml'), '--no-plan']);
      expect(other.assumptions).toEqual([
        { path: 'digitalisation.automation.administrative.start', values: { 'left-out': 2026, later: 2028 } },
        { path: 'digitalisation.skill_shift[skill=digital,families=all].start', values: { 'left-out': 2026, later: 2028 } },
        { path: 'demand.overrides[function=F005].end', values: { 'left-out': 2032, later: 2030 } },
      ]);
      // A scenario without a plan: block has spp plan's defaults: one limit set is one row, not the whole block against –.
      writeFileSync(join(dir, 'capped.yaml'), `${scenario('capped', '', '')}plan:\n  overstaffing: { max_total_fte: 0 }\n`);
      const capped = await compare([join(dir, 'left-out.yaml'), join(dir, 'capped.yaml'), '--no-plan']);
      expect(capped.assumptions).toEqual([{ path: 'plan.overstaffing.max_total_fte', values: { 'left-out': null, capped: 0 } }]);
      // No retirement_age is the AOW law as spp knows it (67, 67¼ from 2028): written out, it is no difference.
      writeFileSync(join(dir, 'law.yaml'), scenario('law', '', '').replace('horizon:', 'workforce:\n  retirement_age: { 2024: 67, 2028: 67.25 }\nhorizon:'));
      expect((await compare([join(dir, 'left-out.yaml'), join(dir, 'law.yaml'), '--no-plan'])).assumptions).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('with the same assumptions on other data, says at the top that the data differ, not "nothing" (table, Markdown, report; nl and en)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-compare-data-'));
    try {
      const rows = readFileSync('fixtures/example/headcount.csv', 'utf8').trimEnd().split('\n');
      writeFileSync(join(dir, 'headcount.csv'), [rows[0], ...rows.slice(1).filter((_, i) => i % 2 === 0)].join('\n') + '\n');
      const other = join(dir, 'half.yaml');
      writeFileSync(other, `id: half\nextends: ${resolve('scenarios/baseline.yaml')}\ndata:\n  headcount: headcount.csv\n  functions: ${resolve('fixtures/example/functions.csv')}\n`);
      const table = await runSpp(['compare', 'scenarios/baseline.yaml', other, '--format', 'table', '-q']);
      expect(table.exitCode, table.stderr).toBe(0);
      expect(table.stdout).toContain('Wat verschilt: niet de aannames, wel de gegevens');
      expect(table.stdout).not.toContain('Wat verschilt: niets');
      const md = await runSpp(['compare', 'scenarios/baseline.yaml', other, '--format', 'md', '-q', '--lang', 'en']);
      expect(md.stdout).toMatch(/## What differs\n\nNot the assumptions but the data/);
      const report = await runSpp(['report', '-s', 'scenarios/baseline.yaml', '-s', other, '-q']);
      expect(report.exitCode, report.stderr).toBe(0);
      expect(report.stdout).toContain('De scenario’s hebben dezelfde aannames, maar lezen verschillende gegevensbestanden');
      // The same data: still "nothing".
      const same = await runSpp(['compare', 'scenarios/baseline.yaml', 'scenarios/baseline.yaml', '--format', 'table', '-q']);
      expect(same.stdout).toContain('Wat verschilt: niets — de aannames zijn gelijk.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names every assumption that differs after extends by its path, and nothing that is the same', async () => {
    // --no-plan: the krimp plan takes seconds to solve and is not what this test is about.
    const result = await compare(['scenarios/baseline.yaml', 'scenarios/krimp-vacaturestop.yaml', '--no-plan']);
    const byPath = new Map(result.assumptions.map((a) => [a.path, a.values]));
    expect(byPath.get('workforce.temporary.renewal_rate')).toEqual({ baseline: 0.6, 'krimp-vacaturestop': 0.25 });
    // customer_contact is replaced by a step; administrative is inherited unchanged.
    expect(byPath.get('digitalisation.automation.customer_contact.curve')).toEqual({ baseline: 'linear', 'krimp-vacaturestop': 'step' });
    expect([...byPath.keys()].some((p) => p.startsWith('digitalisation.automation.administrative'))).toBe(false);
    // A list item only one scenario has is one row, named by what identifies it.
    expect(byPath.get('demand.growth[function=F025]')).toEqual({ baseline: null, 'krimp-vacaturestop': { rate: -0.04 } });
    // …and one both have is compared key by key (krimp lists the social domain again, at 0).
    expect(byPath.get('demand.growth[family=Sociaal domein].rate')).toEqual({ baseline: 0.01, 'krimp-vacaturestop': 0 });
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
      const run = await runSpp(['compare', ...all.slice(0, n), '--format', 'table', '-q', '--year', '2030', '--no-plan']);
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toContain('Per functie in 2030');
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
    const skipped = JSON.parse((await runSpp(['compare', textbook, textbook, '--no-plan', '--format', 'json', '-q'])).stdout) as { scenario_info: { plan_cost: number | null }[] };
    expect(skipped.scenario_info.map((s) => s.plan_cost)).toEqual([null, null]);
  });

  it('solves the plan of a scenario without a plan: block with the defaults once another has one, says so, and gives each plan its unmet demand, in the table and in Markdown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-compare-noplan-'));
    try {
      const textbook = readFileSync('fixtures/plan/textbook/scenario.yaml', 'utf8');
      const data = resolve('fixtures/plan/textbook');
      writeFileSync(join(dir, 'with.yaml'), textbook.replace('data: { functions: functions.csv, headcount: headcount.csv }', `data: { functions: ${data}/functions.csv, headcount: ${data}/headcount.csv }`));
      writeFileSync(join(dir, 'without.yaml'), readFileSync(join(dir, 'with.yaml'), 'utf8').replace(/^plan:[\s\S]*$/m, '').replace('id: textbook-manpower', 'id: no-plan'));
      const table = await runSpp(['compare', join(dir, 'without.yaml'), join(dir, 'with.yaml'), '-f', 'table', '-q', '--lang', 'en']);
      expect(table.exitCode, table.stderr).toBe(0);
      // The cost of the whole plan, not of the compared year the table is headed by ("Totaal in 2032 …
      // Kosten plan 5.127" read as the costs of 2032: consultant probe).
      // 'baseline' (no block) against 'krimp-vacaturestop' read '–' against € 11 M: now both are solved.
      const withoutCost = JSON.parse((await runSpp(['plan', '-s', join(dir, 'without.yaml'), '--format', 'json', '-q'])).stdout) as { costs: { total: number } };
      const thousand = Math.round(withoutCost.costs.total / 1000);
      expect(table.stdout).toMatch(new RegExp(`Plan cost, whole horizon \\(thousand euro\\)\\s+${thousand}\\s+110\\n`));
      // A plan that leaves demand unmet is cheaper for it: its unmet demand stands beside its cost.
      expect(table.stdout).toMatch(/Demand the plan leaves unmet \(FTE-years\)\s+[\d.]+\s+[\d.]+\n/);
      const nlTable = await runSpp(['compare', join(dir, 'without.yaml'), join(dir, 'with.yaml'), '-f', 'table', '-q']);
      expect(nlTable.stdout).toMatch(/Kosten plan, hele horizon \(duizend euro\)\s+[\d.]+\s+110\n/);
      expect(nlTable.stdout).toMatch(/Onvervulde vraag in het plan \(fte-jaren\)\s+[\d,]+\s+[\d,]+\n/);
      // Replacement and expansion demand are subtracted from the start's gap, not parts of the gap: "Verschil
      // -268,1 / waarvan ander werk -23,9" read as if the shrinking work added to the shortage (consultant probe).
      expect(nlTable.stdout).toMatch(/^ {2}− vervangingsvraag \(vertrek\) /m);
      expect(nlTable.stdout).toMatch(/^ {2}− uitbreidingsvraag \(vraag erbij\) /m);
      expect(nlTable.stdout).not.toContain('waarvan');
      expect(table.stdout).toMatch(/^ {2}− replacement \(leavers\) /m);
      expect(table.stdout).not.toContain('of which');
      expect(table.stdout.replace(/\s+/g, ' ')).toContain("Note: plan cost with spp plan's defaults (no plan: block): no-plan.");
      expect(nlTable.stdout.replace(/\s+/g, ' ')).toContain('Let op: kosten plan met de standaardwaarden van spp plan (het scenario geeft geen eigen instellingen voor het actieplan): no-plan.');
      const md = await runSpp(['compare', join(dir, 'without.yaml'), join(dir, 'with.yaml'), '-f', 'md', '-q']);
      expect(md.stdout).toContain('kosten plan met de standaardwaarden van spp plan (het scenario geeft geen eigen instellingen voor het actieplan): no-plan');
      expect(md.stdout).toContain(`| Kosten plan, hele horizon (euro) | ${withoutCost.costs.total.toLocaleString('nl-NL', { maximumFractionDigits: 0 })} | 110.000 |`);
      const json = JSON.parse((await runSpp(['compare', join(dir, 'without.yaml'), join(dir, 'with.yaml'), '-f', 'json', '-q'])).stdout) as { scenario_info: { plan_cost: number | null; plan_shortage_fte_years: number | null }[] };
      expect(json.scenario_info.map((i) => i.plan_cost)).toEqual([Math.round(withoutCost.costs.total), 110000]);
      for (const i of json.scenario_info) expect(i.plan_shortage_fte_years).not.toBeNull();
      // Every scenario with a plan block: nothing to explain.
      const both = await runSpp(['compare', join(dir, 'with.yaml'), join(dir, 'with.yaml'), '-f', 'table', '-q', '--lang', 'en']);
      expect(both.stdout).not.toContain("spp plan's defaults");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('--runs N --seed S (SPEC §3.4)', () => {
    const pair = ['scenarios/baseline.yaml', 'scenarios/digitaal-versneld.yaml'];
    interface Band { mean: number; p10: number; p50: number; p90: number }
    type Banded = Figures & { supply_fte_band?: Band; demand_fte_band?: Band; gap_fte_band?: Band; status?: string; status_probability?: Record<string, number> };
    interface McCompare extends Omit<Compare, 'functions' | 'families' | 'totals'> {
      stamp: { seed: number | null };
      monte_carlo: { runs: number; seed: number; process_noise: boolean; drawn: Record<string, string[]> };
      functions: { id: string; by_scenario: Record<string, Banded | null> }[];
      families: { by_scenario: Record<string, Banded | null> }[];
      totals: { at: { by_scenario: Record<string, Banded | null> }; years: { by_scenario: Record<string, Banded | null> }[] };
    }
    const args = [...pair, '--runs', '60', '--seed', '11', '-q'];
    let json: string;
    let result: McCompare;
    beforeAll(async () => {
      const run = await runSpp(['compare', ...args, '--format', 'json']);
      expect(run.exitCode, run.stderr).toBe(0);
      json = run.stdout;
      result = JSON.parse(json) as McCompare;
    }, 120_000);

    it('keeps the spp.compare/1 keys and adds the bands beside each expected value, and the seed to the stamp', () => {
      expect(Object.keys(result)).toEqual(expect.arrayContaining(['schema', 'scenarios', 'assumptions', 'functions', 'totals', 'monte_carlo']));
      expect(result.monte_carlo).toMatchObject({ runs: 60, seed: 11, process_noise: true });
      expect(result.stamp.seed).toBe(11);
      expect(result.monte_carlo.drawn['digitaal-versneld']).toContain('digitalisation.automation.customer_contact.target');
      const cell = result.functions[0]!.by_scenario['baseline']!;
      expect(Object.keys(cell).slice(0, 9)).toEqual(['status', 'status_probability', 'vulnerable', 'supply_fte', 'supply_fte_band', 'demand_fte', 'demand_fte_band', 'gap_fte', 'gap_fte_band']);
    });

    it('P10 ≤ P50 ≤ P90 for supply, demand and gap per function, family and in total in every year; status chances sum to 1', () => {
      const cells: Banded[] = [
        ...result.functions.flatMap((f) => Object.values(f.by_scenario)),
        ...result.families.flatMap((f) => Object.values(f.by_scenario)),
        ...Object.values(result.totals.at.by_scenario),
        ...result.totals.years.flatMap((y) => Object.values(y.by_scenario)),
      ].filter((c): c is Banded => c !== null);
      expect(cells.length).toBeGreaterThan(150);
      for (const c of cells) {
        for (const key of ['supply_fte_band', 'demand_fte_band', 'gap_fte_band'] as const) {
          const b = c[key]!;
          expect(b.p10).toBeLessThanOrEqual(b.p50);
          expect(b.p50).toBeLessThanOrEqual(b.p90);
        }
        if (c.status_probability !== undefined) expect(Object.values(c.status_probability).reduce((a, p) => a + p, 0)).toBeCloseTo(1, 3);
      }
      // The AI scenario's uncertain targets and the process noise give a real spread in 2035.
      const gap = result.totals.at.by_scenario['digitaal-versneld']!.gap_fte_band!;
      expect(gap.p90 - gap.p10).toBeGreaterThan(1);
    });

    it('gives the same bytes for the same seed (json, csv, table), and other figures for another seed', async () => {
      const again = await runSpp(['compare', ...args, '--format', 'json']);
      expect(again.stdout).toBe(json);
      const csv = await Promise.all([1, 2].map(() => runSpp(['compare', ...args, '--format', 'csv'])));
      expect(csv[0]!.stdout).toBe(csv[1]!.stdout);
      expect(csv[0]!.stdout.split('\n')[0]).toContain('gap_fte_p10,gap_fte_p50,gap_fte_p90,status_probability');
      const other = await runSpp(['compare', ...pair, '--runs', '60', '--seed', '12', '-q', '--format', 'json']);
      expect(other.stdout).not.toBe(json);
    }, 120_000);

    it('shows the bands and the chance of each status in the table and Markdown, in Dutch and in English', async () => {
      const table = await runSpp(['compare', ...args, '--format', 'table', '--year', '2030']);
      for (const line of table.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
      expect(table.stdout).toMatch(/Monte Carlo: elk scenario 60 keer doorgerekend met seed 11/);
      expect(table.stdout).toMatch(/Kans +Verschil +P10 … P90/);
      expect(table.stdout).toMatch(/^ {2}P10 +−?[\d.]+,\d/m);
      const en = await runSpp(['compare', ...args, '--format', 'md', '--lang', 'en']);
      expect(en.stdout).toMatch(/\| Gap P10 \/ P50 \/ P90 \| −?[\d,]+\.\d \/ /);
      expect(en.stdout).toContain('A chance');
      const nl = await runSpp(['compare', ...args, '--format', 'md']);
      expect(nl.stdout).toMatch(/\| Verschil P10 \/ P50 \/ P90 \| −?[\d.]+,\d \/ /);
      expect(nl.stdout).toContain('A kans');
    }, 120_000);
  });

  it('speaks Dutch by default and English with --lang en (table and Markdown)', async () => {
    const pair = ['scenarios/baseline.yaml', 'scenarios/digitaal-versneld.yaml'];
    const nl = await runSpp(['compare', ...pair, '--format', 'table', '-q']);
    const en = await runSpp(['compare', ...pair, '--format', 'table', '-q', '--lang', 'en']);
    expect(nl.stdout).toContain('Vergelijking van 2 scenario’s in 2035');
    expect(nl.stdout).toContain('verdwijnend!');
    expect(nl.stdout.replace(/\n +/g, ' ')).toContain('Status: wat er tot 2035 met het werk gebeurt; ! = kwetsbaar. Verschil en Δ zijn berekend vóór afronding.');
    expect(nl.stdout).toMatch(/^Verschil +−[\d.]+,\d/m);
    expect(nl.stdout).not.toMatch(/Comparison|Supply|disappearing|Per function|What differs|Note:/);
    expect(en.stdout).toContain('Comparison of 2 scenarios in 2035');
    expect(en.stdout).toContain('disappearing!');
    expect(en.stdout).not.toMatch(/Vergelijking|verdwijnend/);
    const md = await runSpp(['compare', ...pair, '--format', 'md', '-q']);
    expect(md.stdout).toMatch(/^# Vergelijking: `baseline`, `digitaal-versneld`/);
    expect(md.stdout).toContain('## Wat verschilt');
    expect(md.stdout).not.toMatch(/Supply|disappearing|What differs/);
  });

  it('takes the scenarios with -s too, as spp report does (it refused them, pointing to compare itself)', async () => {
    const args = ['scenarios/baseline.yaml', 'scenarios/digitaal-versneld.yaml'];
    const positional = await runSpp(['compare', ...args, '--no-plan', '-f', 'json', '-q']);
    const withS = await runSpp(['compare', '-s', args[0]!, '-s', args[1]!, '--no-plan', '-f', 'json', '-q']);
    expect(withS.exitCode).toBe(0);
    expect(withS.stdout).toBe(positional.stdout);
    const one = await runSpp(['compare', '--lang', 'en', '-s', args[0]!]);
    expect(one.exitCode).toBe(2);
    expect(one.stderr).toContain('spp compare needs two or more scenarios (got 1)');
    const both = await runSpp(['compare', '--lang', 'en', '-s', args[0]!, args[1]!]);
    expect(both.exitCode).toBe(2);
    expect(both.stderr).toContain('either as arguments or each with -s, not both');
    expect(both.stderr).not.toContain('given twice');
  });

  it('refuses one scenario, and a year outside the horizons, as usage errors', async () => {
    expect((await runSpp(['compare', 'scenarios/baseline.yaml'])).exitCode).toBe(2);
    const run = await runSpp(['compare', 'scenarios/baseline.yaml', 'scenarios/digitaal-versneld.yaml', '--year', '2040']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('2026–2035');
  });
});

describe('spp compare: the family rows and the total (consultant probe)', () => {
  it('says which families are left out — the same in every scenario, or withheld — and why the rows do not add up, in full sentences (en, nl)', async () => {
    const args = ['compare', 'scenarios/baseline.yaml', 'scenarios/groei-sociaal-ruimte.yaml', '--format', 'table', '-q'];
    const en = (await runSpp([...args, '--lang', 'en'])).stdout.replace(/\n {2}/g, ' ');
    expect(en).toMatch(/\n\d+ famil(y|ies) with the same figures in every scenario (is|are) left out \(--all shows (it|them)\)\.\n/);
    expect(en).toMatch(/Note: \d+ functions? under privacy\.min_group 5 \(or withheld so they cannot be recovered from a total\) are left out of the rows; they count in the totals, so the rows do not add up to the total\.\n/);
    // No family is withheld here: the note does not speak of one.
    expect(en).not.toMatch(/famil(y|ies) withheld|and \d+ famil/);
    const nl = (await runSpp(args)).stdout.replace(/\n {2}/g, ' ');
    expect(nl).toMatch(/\n\d+ functiefamilies? met dezelfde cijfers in elk scenario (is|zijn) weggelaten \(--all toont ze\)\.\n/);
    expect(nl).toMatch(/staan niet in de rijen; ze tellen wel mee in de totalen, dus de rijen tellen niet op tot het totaal \(privacy\.min_group\)\.\n/);
    expect(nl).not.toContain('functiefamilie die om dezelfde reden');
    // Every note of the table ends with a full stop.
    for (const line of en.split('\n').filter((l) => l.startsWith('Note: '))) expect(line).toMatch(/\.$/);
  });
});
