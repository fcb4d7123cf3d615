import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden, repoRoot, runSpp } from './run-spp.js';

const YEAR_KEYS = [
  'year', 'supply_fte', 'supply_persons', 'demand_fte', 'gap_fte', 'retired_fte',
  'contract_ended_fte', 'attrition_fte', 'moved_in_fte', 'moved_out_fte', 'replacement_fte', 'expansion_fte',
];

describe('spp project', () => {
  it('runs on the bundled example when no data is given, and says so (the README main job)', async () => {
    const run = await expectGolden('project-example-table', ['project', '--format', 'table']);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toContain('meegeleverde voorbeeld');
  });

  it('prints the SPEC §4 JSON keys, and the same input gives byte-identical output', async () => {
    const a = await runSpp(['project', '-s', 'scenarios/digitaal-versneld.yaml', '--format', 'json', '-q']);
    const b = await runSpp(['project', '-s', 'scenarios/digitaal-versneld.yaml', '--format', 'json', '-q']);
    expect(a.exitCode).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const result = JSON.parse(a.stdout);
    expect(result.schema).toBe('spp.result/1');
    expect(result.scenario.id).toBe('digitaal-versneld');
    expect(result.stamp.inputs.map((i: { role: string }) => i.role)).toEqual(expect.arrayContaining(['scenario', 'functions', 'headcount']));
    for (const i of result.stamp.inputs) expect(i.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.years[0]).toBe(2026);
    const f = result.functions[0];
    for (const key of ['id', 'name', 'family', 'status', 'flags', 'vulnerable', 'rule', 'demand_ratio', 'automated_share', 'shift', 'status_year', 'years']) {
      expect(f).toHaveProperty(key);
    }
    expect(Object.keys(f.years[0])).toEqual(expect.arrayContaining(YEAR_KEYS));
    expect(Object.keys(result.totals.years[0])).toEqual(expect.arrayContaining(YEAR_KEYS));
    // the scenario brings emerging functions, and some functions become vulnerable
    expect(result.functions.some((x: { status: string }) => x.status === 'emerging')).toBe(true);
    expect(result.vulnerable.functions).toBeGreaterThan(0);
  });

  it('defaults to JSON when stdout is not a terminal', async () => {
    const run = await runSpp(['project', '-q']);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout).schema).toBe('spp.result/1');
  });

  it('defaults to the table when stdout is a terminal', async () => {
    const run = await runSpp(['project', '-q'], { tty: true });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe((await runSpp(['project', '-q', '--format', 'table'])).stdout);
  });

  it('fits the terminal table in 80 columns', async () => {
    for (const args of [[], ['--by', 'family'], ['--by', 'afdeling'], ['--year', '2030']]) {
      const run = await runSpp(['project', '--format', 'table', '-q', ...args]);
      expect(run.exitCode).toBe(0);
      for (const line of run.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    }
  });

  it('aggregates by family and by a headcount column', async () => {
    const fam = JSON.parse((await runSpp(['project', '-q', '--format', 'json'])).stdout);
    const families = fam.families.map((f: { id: string }) => f.id);
    expect(families).toContain('Dienstverlening');
    const byDept = await runSpp(['project', '-q', '--format', 'csv', '--by', 'afdeling', '--year', '2026']);
    expect(byDept.exitCode).toBe(0);
    const lines = byDept.stdout.trim().split('\n');
    expect(lines[0]).toBe(`afdeling,${YEAR_KEYS.join(',')}`);
    // the groups' supply adds up to the total supply
    const total = fam.totals.years[0].supply_fte;
    const sum = lines.slice(1).reduce((s, l) => s + Number(l.split(',')[2]), 0);
    expect(sum).toBeCloseTo(total, 2);
    // A group's demand and gap are never published: its demand split by start FTE gave its functions' parts back.
    const header = lines[0]!.split(',');
    for (const line of lines.slice(1)) {
      const cells = line.split(',');
      for (const key of ['demand_fte', 'gap_fte', 'expansion_fte']) expect(cells[header.indexOf(key)], `${cells[0]} ${key}`).toBe('');
    }
    const json = JSON.parse((await runSpp(['project', '-q', '--format', 'json', '--by', 'afdeling'])).stdout) as { groups: { years: Record<string, unknown>[] }[]; totals: { years: { demand_fte: number }[] } };
    for (const g of json.groups) for (const y of g.years) expect([y['demand_fte'], y['gap_fte'], y['expansion_fte']]).toEqual([null, null, null]);
    expect(json.totals.years[0]!.demand_fte).toBeGreaterThan(0);
    const table = (await runSpp(['project', '-q', '--format', 'table', '--by', 'afdeling'])).stdout;
    expect(table).toMatch(/^Sociaal Domein +[\d.,]+ +[\d.,]+ +– +–$/m);
    expect(table).toContain('Per groep staan vraag en verschil er niet (–)');
  });

  it('writes Excel-NL CSV: BOM, semicolons, decimal comma, Dutch headers and labels (English with --lang en)', async () => {
    const run = await runSpp(['project', '-q', '--format', 'csv', '--csv-dialect', 'excel-nl', '--year', '2030']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout.startsWith('\uFEFFFunctiecode;Functienaam;Functiefamilie;Status;Kwetsbaar;Jaar;Bezetting (fte);')).toBe(true);
    expect(run.stdout).toMatch(/;(stabiel|krimpend|veranderend);(ja|nee);2030;\d+,\d+;/);
    const en = await runSpp(['project', '-q', '--format', 'csv', '--csv-dialect', 'excel-nl', '--year', '2030', '--lang', 'en']);
    expect(en.stdout.startsWith('\uFEFFFunction id;Name;Family;Status;Vulnerable;Year;Supply (FTE);')).toBe(true);
    const rfc = await runSpp(['project', '-q', '--format', 'csv', '--year', '2030']);
    expect(rfc.stdout.startsWith('function_id,name,family,status,vulnerable,year,supply_fte,')).toBe(true);
  });

  it('writes --out atomically and refuses to overwrite an input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-out-'));
    const out = join(dir, 'result.json');
    const ok = await runSpp(['project', '-q', '--format', 'json', '--out', out]);
    expect(ok.exitCode).toBe(0);
    expect(ok.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).schema).toBe('spp.result/1');
    expect(readdirSync(dir)).toEqual(['result.json']); // no temp file left behind
    const refused = await runSpp(['project', '--lang', 'en', '-q', '--format', 'csv', '--out', 'fixtures/example/headcount.csv']);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('it is one of the inputs');
    expect(refused.stderr).not.toMatch(/\n\s+at /);
  });

  it('--fail-on fails the run (exit 1) when the condition holds, for CI', async () => {
    const fail = await runSpp(['project', '-q', '--format', 'json', '--fail-on', 'shortage>10']);
    expect(fail.exitCode).toBe(1);
    // Gemeente Voorbeeld withholds small functions with a shortage: the figure is that of the functions shown.
    expect(fail.stderr).toMatch(/--fail-on shortage>10: shortage is [\d.,]+ fte in de getoonde functies/);
    const pass = await runSpp(['project', '-q', '--format', 'json', '--fail-on', 'surplus>100000']);
    expect(pass.exitCode).toBe(0);
    const bad = await runSpp(['project', '-q', '--fail-on', 'costs>1']);
    expect(bad.exitCode).toBe(2);
  });

  it('gives usage errors exit 2 without a stack trace', async () => {
    for (const args of [['project', '--bogus'], ['project', '--format', 'pdf'], ['project', '-s', 'nope.yaml'], ['project', '--year', '1990', '-q']]) {
      const run = await runSpp(args);
      expect(run.exitCode, args.join(' ')).toBe(2);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('reports an invalid scenario with its location and exit 1', async () => {
    const run = await runSpp(['project', '--lang', 'en', '-s', 'fixtures/scenario/unknown-key/scenario.yaml']);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/scenario\.yaml:\d+:\d+\s+error/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('spp explain', () => {
  it('accounts for every FTE of a function, year by year', async () => {
    await expectGolden('explain-F003-2028', ['explain', 'F003', '--year', '2028', '--format', 'table', '-q']);
    const json = JSON.parse((await runSpp(['explain', 'F003', '-q', '--format', 'json'])).stdout);
    const project = JSON.parse((await runSpp(['project', '-q', '--format', 'json'])).stdout);
    const f = project.functions.find((x: { id: string }) => x.id === 'F003');
    json.years.forEach((y: { year: number; supply: Record<string, number>; demand: { demand_fte: number }; gap_fte: number }, i: number) => {
      const s = y.supply;
      // the chain adds up: start − retired − ended − attrition − moved out + moved in = end
      expect(s['start_fte']! - s['retired_fte']! - s['contract_ended_fte']! - s['attrition_fte']! - s['moved_out_fte']! + s['moved_in_fte']!).toBeCloseTo(s['end_fte']!, 3);
      expect(s['start_fte']).toBeCloseTo(f.years[i].supply_fte, 3);
      expect(y.demand.demand_fte).toBeCloseTo(f.years[i].demand_fte, 3);
    });
  });

  it('suggests the nearest function id for a typo', async () => {
    const run = await runSpp(['explain', '--lang', 'en', 'F0003', '-q']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain("unknown function 'F0003'");
  });
});

describe('spp init', () => {
  it('writes a starter set that validates and projects as written, and refuses to overwrite', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'spp-init-')), 'start');
    const init = await runSpp(['init', dir]);
    expect(init.exitCode).toBe(0);
    expect(init.stderr).toContain('spp validate');
    for (const f of ['data/functions.csv', 'data/headcount.csv', 'scenarios/basis.yaml', 'scenarios/digitaal.yaml', 'columns.yaml', 'scenario.schema.json']) {
      expect(existsSync(join(dir, f)), f).toBe(true);
    }
    expect((await runSpp(['validate', join(dir, 'scenarios'), '--strict'])).exitCode).toBe(0);
    for (const s of ['basis', 'digitaal']) {
      const run = await runSpp(['project', '-s', join(dir, `scenarios/${s}.yaml`), '-q', '--format', 'json']);
      expect(run.exitCode, run.stderr).toBe(0);
    }
    const again = await runSpp(['init', '--lang', 'en', dir]);
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toContain('refusing to overwrite');
  });
});

describe('spp init --voorbeeld', () => {
  it('writes Gemeente Voorbeeld with scenarios pointing at its data; they validate and project', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'spp-voorbeeld-')), 'gv');
    expect((await runSpp(['init', '--voorbeeld', dir, '-q'])).exitCode).toBe(0);
    expect(readFileSync(join(dir, 'data/headcount.csv'))).toEqual(readFileSync(join(repoRoot, 'fixtures/example/headcount.csv')));
    expect((await runSpp(['validate', join(dir, 'scenarios'), '--strict'])).exitCode).toBe(0);
    const run = await runSpp(['project', '-s', join(dir, 'scenarios/groei-sociaal-ruimte.yaml'), '-q', '--format', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).scenario.id).toBe('groei-sociaal-ruimte');
  });
});

describe('spp generate', () => {
  it('writes a seeded data set: same seed, same bytes; it validates and projects', async () => {
    const base = mkdtempSync(join(tmpdir(), 'spp-gen-'));
    const a = await runSpp(['generate', join(base, 'a'), '--persons', '3000', '--functions', '40', '--seed', '7', '-q']);
    const b = await runSpp(['generate', join(base, 'b'), '--persons', '3000', '--functions', '40', '--seed', '7', '-q']);
    expect(a.exitCode).toBe(0);
    expect(b.exitCode).toBe(0);
    expect(readFileSync(join(base, 'a/headcount.csv'))).toEqual(readFileSync(join(base, 'b/headcount.csv')));
    const run = await runSpp(['project', '-s', 'scenarios/baseline.yaml', '--functions', join(base, 'a/functions.csv'), '--headcount', join(base, 'a/headcount.csv'), '-q', '--format', 'json']);
    // the baseline scenario names functions of Gemeente Voorbeeld; a 40-function house keeps F001…F040
    expect([0, 1]).toContain(run.exitCode);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('reads its numbers as every command does: digits only (not 0x10 or 1e3), and a seed from 0 like --runs/--seed', async () => {
    const base = mkdtempSync(join(tmpdir(), 'spp-gen-'));
    try {
      for (const [option, text] of [['--persons', '0x10'], ['--persons', '1e3'], ['--functions', ' 12'], ['--seed', '-1'], ['--seed', '4294967296']] as const) {
        const bad = await runSpp(['generate', join(base, 'x'), option, text, '--lang', 'en']);
        expect(bad.exitCode, `${option} ${text}`).toBe(2);
        expect(bad.stderr, `${option} ${text}`).toContain(`${option} '${text}': expected a whole number`);
      }
      expect(existsSync(join(base, 'x'))).toBe(false);
      const zero = await runSpp(['generate', join(base, 'z'), '--persons', '20', '--seed', '0', '-q']);
      expect(zero.exitCode, zero.stderr).toBe(0);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});
