import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCli, expectGolden, runSpp } from './run-spp.js';
import type { SensitivityResult } from '../../src/domain/sensitivity.js';
import { sensitivityRenderers } from '../../src/report/render-sensitivity.js';

// Several tests run spp sensitivity on the same scenario and options in other formats and languages:
// each run renders its own output, but the variants are computed once (test/shared-sensitivity-runs.ts).
vi.mock('../../src/app/sensitivity.js', async (original) => (await import('../shared-sensitivity-runs.js')).sharingSensitivityRuns(await original()));

beforeAll(async () => buildCli());

describe('spp sensitivity', () => {
  it('ranks the assumptions of the example baseline (golden Markdown)', async () => {
    const run = await expectGolden('sensitivity-baseline-md', ['sensitivity', '-s', 'scenarios/baseline.yaml', '--format', 'md', '-q']);
    expect(run.exitCode).toBe(0);
  });

  it('prints the SPEC §4 keys (spp.sensitivity/1) with --delta as a percentage', async () => {
    const run = await runSpp(['sensitivity', '-s', 'scenarios/krimp-vacaturestop.yaml', '--delta', '10%', '--no-plan', '--format', 'json', '-q']);
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
    // --no-plan: the plan: block is left out, so no plan cost and none of its cost parameters.
    expect(result.base.plan_cost).toBeNull();
    expect(result.assumptions.some((a: { path: string }) => a.path.startsWith('plan.'))).toBe(false);
  });

  it('fits the table in 80 columns and names the three assumptions that matter most, in English and in Dutch', async () => {
    const en = await runSpp(['sensitivity', '-s', 'scenarios/digitaal-versneld.yaml', '--format', 'table', '-q', '--lang', 'en']);
    const nl = await runSpp(['sensitivity', '-s', 'scenarios/digitaal-versneld.yaml', '--format', 'table', '-q']);
    for (const run of [en, nl]) {
      expect(run.exitCode).toBe(0);
      for (const line of run.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
    }
    // The table's rows in the report's words with the key beside them, as md; the top line in words only
    // (the keys stand in the rows above, and a key in brackets was wider than a 50-column terminal).
    expect(en.stdout.replace(/\s+/g, ' ')).toMatch(/What matters most for the gap in 2035: State pension \(AOW\) age, [^,(]+, [^,(]+\./);
    expect(nl.stdout.replace(/\s+/g, ' ')).toMatch(/Het meest bepalend voor het verschil in 2035: AOW-leeftijd, [^,(]+, [^,(]+\./);
    expect(nl.stdout.replace(/\s+/g, ' ')).toContain('AOW-leeftijd (workforce.retirement_age) −2 jaar / +2 jaar');
    expect(nl.stdout).toContain('Gevoeligheid van');
    expect(nl.stdout).toContain('Aanname');
    expect(nl.stdout).not.toMatch(/What matters|Assumption|Note:|shortage/);
    // Dutch numbers: a decimal comma.
    expect(nl.stdout).toMatch(/Basis: verschil 2035 −\d+,\d fte/);
  });

  it("fits the terminal's width (60, 80, 120), every figure whole, and gives a wide terminal's room to the assumption", async () => {
    const run = await runSpp(['sensitivity', '-s', 'scenarios/digitaal-versneld.yaml', '--format', 'json', '-q']);
    const result = JSON.parse(run.stdout) as SensitivityResult;
    const at = (width: number): string => sensitivityRenderers.table(result, { color: false, dialect: 'rfc', lang: 'nl', width });
    for (const width of [60, 80, 120]) {
      const text = at(width);
      for (const line of text.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(width);
      // The first assumption's change of the gap, both sides, uncut.
      expect(text).toMatch(/−72,9 \/ \+62,6/);
    }
    expect(at(120)).toMatch(/^ 2 {2}Automatisering: Administratief werk +48% \/ 72%/m);
    expect(at(120)).toMatch(/^ 1 {2}AOW-leeftijd \(workforce\.retirement_age\) +−2 jaar \/ \+2 jaar +−72,9 \/ \+62,6/m);
    expect(at(120)).toMatch(/^ 3 {2}Verloop: 45–54 jaar +2,8% \/ 4,2%/m);
    expect(at(80)).toMatch(/^ 2 {2}Automatisering: Administratief werk$/m);
    expect(at(80)).toMatch(/^ {4}\(digitalisation\.automation\.administrative\.target\)$/m);
  });

  it('gives excel-nl CSV headers and kinds in --lang (Dutch by default), numbers with a decimal comma; rfc keeps the keys', async () => {
    const args = ['sensitivity', '-s', 'scenarios/digitaal-versneld.yaml', '--format', 'csv', '--no-plan', '-q'];
    const [nl, en, rfc] = await Promise.all([
      runSpp([...args, '--csv-dialect', 'excel-nl']),
      runSpp([...args, '--csv-dialect', 'excel-nl', '--lang', 'en']),
      runSpp(args),
    ]);
    const head = (text: string): string => text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]!;
    expect(head(nl.stdout)).toBe('Rang;Aanname;Soort;Basiswaarde;Waarde laag;Waarde hoog;Δ verschil (fte) laag;Δ verschil (fte) hoog;Δ tekort (fte-jaren) laag;Δ tekort (fte-jaren) hoog;Uitslag verschil (fte);Δ kosten plan (euro) laag;Δ kosten plan (euro) hoog;Uitslag kosten plan (euro)');
    expect(nl.stdout).toContain('2;digitalisation.automation.administrative.target;aandeel;0,6;0,48;0,72;');
    expect(head(en.stdout)).toMatch(/^Rank;Assumption;Kind;Base value;/);
    expect(head(rfc.stdout)).toMatch(/^rank,path,kind,base_value,/);
    expect(rfc.stdout).toContain('digitalisation.automation.administrative.target,share,0.6,0.48,0.72,');
  });


  describe('with a plan: block (the textbook plan, € 110,000)', () => {
    const textbook = 'fixtures/plan/textbook/scenario.yaml';
    interface Effect { low: number | null; high: number | null }
    interface Sens { base: { plan_cost: number | null }; assumptions: { path: string; kind: string; base_value: unknown; effects: Record<string, Effect>; swing_plan_cost: number | null }[] }
    let result: Sens;
    beforeAll(async () => {
      const run = await runSpp(['sensitivity', '-s', textbook, '--format', 'json', '-q']);
      expect(run.exitCode, run.stderr).toBe(0);
      result = JSON.parse(run.stdout) as Sens;
    }, 120_000);
    const effect = (path: string): Effect => {
      const a = result.assumptions.find((x) => x.path === path);
      if (a === undefined) throw new Error(`no ${path} in ${result.assumptions.map((x) => x.path).join(', ')}`);
      return a.effects['plan_cost']!;
    };

    it("re-solves the plan: the base is the plan's own total, and every variant has a plan cost", () => {
      expect(result.base.plan_cost).toBe(110_000);
      for (const a of result.assumptions) {
        expect(a.effects['plan_cost']!.low, a.path).not.toBeNull();
        expect(a.effects['plan_cost']!.high, a.path).not.toBeNull();
      }
    });

    it("moves the plan's cost parameters too, and their signs match the plan: a dearer hire, move or redundancy costs more", () => {
      // The hand solution hires 4/3 FTE twice at € 12,000, moves 2 at € 4,000 and places 1 outside at € 40,000.
      const hiring = effect('plan.hiring[family=all].cost');
      expect(hiring.high!).toBeGreaterThan(0);
      expect(hiring.low!).toBeLessThan(0);
      expect(hiring.high!).toBeCloseTo(0.2 * 12_000 * (8 / 3), -1);
      const pathway = effect('plan.pathways[from=M,to=S].cost_per_fte');
      expect(pathway).toEqual({ low: -1_600, high: 1_600 });
      const redundancy = effect('reskilling.surplus_cost_per_fte');
      expect(redundancy.high!).toBeGreaterThan(0);
      expect(redundancy.low!).toBeLessThan(0);
      // The rule's own cost overrides the default hire cost: moving the default changes nothing, so it
      // is not varied (it was ranked with effect 0: consultant probe), but named in a note.
      expect(result.assumptions.some((a) => a.path === 'reskilling.hire_cost')).toBe(false);
      expect(result.assumptions.find((a) => a.path === 'plan.hiring[family=all].cost')!.kind).toBe('cost');
    });

    // Found by a consultant probe: reskilling.hire_cost (overridden by plan.hiring everywhere) and
    // plan.discount_rate 0 ("0 / 0") were ranked with effect 0; notes lacked a full stop; the table
    // showed YAML paths and values ("-2 jr", "0,028") where md gives the report's words.
    it('lists assumptions nothing uses or ±delta cannot move in a note, not as rows, and notes end with a full stop', async () => {
      const json = JSON.parse((await runSpp(['sensitivity', '-s', textbook, '--format', 'json', '-q'])).stdout) as SensitivityResult;
      expect(json.not_varied).toEqual(expect.arrayContaining([
        { path: 'reskilling.hire_cost', base_value: 12_000, reason: 'overridden', by: 'plan.hiring' },
        { path: 'plan.discount_rate', base_value: 0, reason: 'unmoved' },
      ]));
      const paths = json.assumptions.map((a) => a.path);
      expect(paths).not.toContain('plan.discount_rate');
      // Still varied: the default surplus cost prices what no plan.redundancy rule sets.
      expect(paths).toContain('reskilling.surplus_cost_per_fte');
      for (const [lang, overridden, unmoved] of [
        ['nl', 'niet gebruikt, dus niet gevarieerd: Wervingskosten (standaard) (reskilling.hire_cost) wordt overal overschreven door plan.hiring.', 'Disconteringsvoet (plan.discount_rate) = 0'],
        ['en', 'not used, so not varied:', '(plan.discount_rate) = 0'],
      ] as const) {
        const table = (await runSpp(['sensitivity', '-s', textbook, '--format', 'table', '--lang', lang, '-q'])).stdout;
        const flat = table.replace(/\s+/g, ' ');
        expect(flat).toContain(overridden);
        expect(flat).toContain(unmoved);
        expect(table).not.toMatch(/^\s*\d+ +.*(hire_cost|discount_rate)/m);
        // Every note a sentence.
        const notes = flat.split(lang === 'nl' ? 'Let op: ' : 'Note: ').slice(1);
        expect(notes.length).toBeGreaterThan(3);
        for (const note of notes) expect(note.trim(), note).toMatch(/\.$/);
      }
    }, 120_000);

    it("gives the terminal table the report's words and values, as md, with the scenario key beside or under them", async () => {
      const table = (await runSpp(['sensitivity', '-s', textbook, '--format', 'table', '-q'])).stdout;
      expect(table).toMatch(/^ \d {2}AOW-leeftijd$/m);
      expect(table).toMatch(/^ {4}\(workforce\.retirement_age\)$/m);
      expect(table).toContain('−2 jaar / +2 jaar');
      expect(table).toContain('40% / 60%');
      expect(table).not.toMatch(/-2 jr|0,4 \/ 0,6/);
      for (const line of table.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
      const wide = sensitivityRenderers.table(JSON.parse((await runSpp(['sensitivity', '-s', textbook, '--format', 'json', '-q'])).stdout) as SensitivityResult, { color: false, dialect: 'rfc', lang: 'nl', width: 140 });
      // Room enough: the words and the key on one line.
      expect(wide).toMatch(/^ \d {2}AOW-leeftijd \(workforce\.retirement_age\) +−2 jaar \/ \+2 jaar/m);
    }, 120_000);

    it('ranks the plan cost table by its own swing, in Dutch and in English', async () => {
      const nl = await runSpp(['sensitivity', '-s', textbook, '--format', 'md', '-q']);
      const en = await runSpp(['sensitivity', '-s', textbook, '--format', 'md', '-q', '--lang', 'en']);
      // In the report's words, each with its scenario key (a memo is read by people who do not edit YAML).
      expect(nl.stdout).toContain(
        'Het meest bepalend voor de kosten van het plan: Kosten van plaatsing buiten (standaard) (`reskilling.surplus_cost_per_fte`), Wervingskosten: alle functies (`plan.hiring[family=all].cost`), Kosten van de route M Semi-skilled → S Skilled per fte (`plan.pathways[from=M,to=S].cost_per_fte`).',
      );
      expect(en.stdout).toContain('What matters most for the plan cost: Cost of placement outside (default) (`reskilling.surplus_cost_per_fte`)');
      expect(nl.stdout).toContain('Δ kosten plan −');
      expect(en.stdout).toContain('Δ plan cost +');
    }, 120_000);
  });

  // A consultant preparing a directieteam session wants the tornado in a spreadsheet: spp sensitivity
  // wrote table, json, csv and md only (--out x.xlsx was refused).
  describe('--out x.xlsx', () => {
    const textbook = 'fixtures/plan/textbook/scenario.yaml';
    const open = async (path: string): Promise<ExcelJS.Workbook> => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      return wb;
    };
    const rows = (ws: ExcelJS.Worksheet): unknown[][] => {
      const out: unknown[][] = [];
      ws.eachRow({ includeEmpty: true }, (row, r) => {
        out[r - 1] = (row.values as unknown[]).slice(1);
      });
      return out;
    };

    it('writes the ranked assumptions in words with their key, the Δ figures as numbers, the plan cost ranking, the notes and the settings', async () => {
      const json = JSON.parse((await runSpp(['sensitivity', '-s', textbook, '--format', 'json', '-q'])).stdout) as SensitivityResult;
      const out = join(mkdtempSync(join(tmpdir(), 'spp-sens-xlsx-')), 'gevoeligheid.xlsx');
      const run = await runSpp(['sensitivity', '-s', textbook, '--out', out, '-q']);
      expect(run.exitCode, run.stderr).toBe(0);
      const wb = await open(out);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Gevoeligheid', 'Kosten plan', 'Toelichting', 'Aannames']);
      const main = rows(wb.getWorksheet('Gevoeligheid')!);
      expect(main[0]).toEqual([
        'Rang', 'Aanname', 'Sleutel in het scenario', 'Basiswaarde', 'Waarde bij −20%', 'Waarde bij +20%',
        `Δ verschil ${json.scenario.horizon.end} (fte) bij −`, `Δ verschil ${json.scenario.horizon.end} (fte) bij +`,
        'Δ tekort (fte-jaren) bij −', 'Δ tekort (fte-jaren) bij +', 'Uitslag verschil (fte)', 'Δ kosten plan (€) bij −', 'Δ kosten plan (€) bij +',
      ]);
      // The same ranking as the JSON, each assumption in the report's words beside its key.
      expect(main.slice(1).map((r) => r[2])).toEqual(json.assumptions.map((a) => a.path));
      const aow = main.find((r) => r[2] === 'workforce.retirement_age')!;
      expect(aow[1]).toBe('AOW-leeftijd');
      expect(aow[4]).toBe('−2 jaar');
      const first = json.assumptions[0]!;
      expect(main[1]!.slice(6)).toEqual([first.effects.gap_fte.low, first.effects.gap_fte.high, first.effects.shortage_fte_years.low, first.effects.shortage_fte_years.high, first.swing_gap_fte, first.effects.plan_cost.low, first.effects.plan_cost.high]);
      const sheet = wb.getWorksheet('Gevoeligheid')!;
      expect(sheet.getRow(2).getCell(7).numFmt).toBe('#,##0.0');
      expect(sheet.getRow(2).getCell(12).numFmt).toBe('"€" #,##0;"€" -#,##0');
      // The plan cost ranked by its own swing.
      const plan = rows(wb.getWorksheet('Kosten plan')!);
      expect(plan.slice(1).map((r) => r[8])).toEqual([...json.assumptions].filter((a) => a.swing_plan_cost !== null).map((a) => a.swing_plan_cost).sort((x, y) => y! - x!));
      expect(plan[1]![1]).toBe('Kosten van plaatsing buiten (standaard)');
      // The base run and how to read Δ, in the terminal's sentences; then the settings and the stamp.
      const notes = rows(wb.getWorksheet('Toelichting')!).map((r) => String(r[0]));
      expect(notes[1]).toMatch(/^Basis: verschil \d{4} -?[\d.]+,\d fte; tekort [\d.]+,\d fte-jaren .*Kosten van het plan: € 110\.000\.$/);
      expect(notes.join('\n')).toContain('Het meest bepalend voor de kosten van het plan: Kosten van plaatsing buiten (standaard)');
      expect(notes.slice(1).every((n) => /^[A-ZΔ]/.test(n))).toBe(true);
      expect(rows(wb.getWorksheet('Aannames')!)[0]).toEqual(['Instelling', 'Waarde', 'Bron']);
    }, 120_000);

    it('without the plan (--no-plan) and in English: no plan sheet and no plan cost columns', async () => {
      const out = join(mkdtempSync(join(tmpdir(), 'spp-sens-xlsx-')), 'sensitivity.xlsx');
      const run = await runSpp(['sensitivity', '-s', textbook, '--no-plan', '--out', out, '-q', '--lang', 'en']);
      expect(run.exitCode, run.stderr).toBe(0);
      const wb = await open(out);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Sensitivity', 'Notes', 'Assumptions']);
      const head = rows(wb.getWorksheet('Sensitivity')!)[0]!;
      expect(head.slice(0, 4)).toEqual(['Rank', 'Assumption', 'Key in the scenario', 'Base value']);
      expect(head.at(-1)).toBe('Swing of the gap (FTE)');
      expect(head.some((h) => /plan/i.test(String(h)))).toBe(false);
    }, 120_000);

    it('refuses --format xlsx without --out before computing anything', async () => {
      const run = await runSpp(['sensitivity', '-s', textbook, '--format', 'xlsx', '--lang', 'en']);
      expect(run.exitCode).toBe(2);
      expect(run.stderr).toContain('--format xlsx writes a binary file: give --out FILE.xlsx');
    });
  });

  it('refuses a delta outside (0, 1) as a usage error', async () => {
    const run = await runSpp(['sensitivity', '--delta', '1.5']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('--delta');
  });
});
