import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runExplain } from '../../src/app/explain.js';
import { runProject } from '../../src/app/project.js';
import { runReskill } from '../../src/app/reskill-plan.js';
import { runPlan } from '../../src/app/plan.js';
import { runCompare } from '../../src/app/compare.js';
import { runSpp } from '../cli/run-spp.js';
import { compareRenderers } from '../../src/report/render-compare.js';
import { planRenderers } from '../../src/report/render-plan.js';
import type { ExplainResult } from '../../src/domain/results.js';
import { listAssumptions } from '../../src/report/directie/report-data.js';
import { labeller } from '../../src/report/labels.js';
import { renderExplainMarkdown, renderExplainText } from '../../src/report/render-explain.js';
import { projectRenderers, renderJson, renderProjectCsv, renderProjectMarkdown, renderProjectTable } from '../../src/report/render-projection.js';
import { renderReskillCsv, renderReskillMarkdown, renderReskillTable } from '../../src/report/render-reskill.js';
import { renderProjectWorkbook } from '../../src/report/xlsx/result-workbooks.js';

/**
 * Privacy in every output besides the report (which has its own test): no employee id anywhere;
 * `explain` shows ages only as the rules' bands and, for a function under privacy.min_group, no
 * persons and no outflow by kind — in table, Markdown and JSON.
 */
// explain, plan and reskill of one scenario, each in several formats: each runs its whole way, but an
// LP solved before in this file is not solved again (test/shared-plan-solves.ts).
vi.mock('../../src/model/plan/plan-actions.js', async (original) => (await import('../shared-plan-solves.js')).sharingPlanSolves(await original()));

const root = join(import.meta.dirname, '..', '..');
const scenario = join(root, 'scenarios', 'digitaal-versneld.yaml');
/** F079 Privacy Officer: 3 people in the example. */
const SMALL = 'F079';
const EMPLOYEE_ID = /\bE\d{5}\b/;

let small: ExplainResult;
let large: ExplainResult;
let dir: string;

beforeAll(async () => {
  small = (await runExplain({ scenario }, SMALL)).result;
  large = (await runExplain({ scenario }, 'F003')).result;
  dir = await mkdtemp(join(tmpdir(), 'spp-privacy-out-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('spp explain', () => {
  it('suppresses the supply detail of a function under min_group in JSON', () => {
    expect(small.privacy).toEqual({ min_group: 5, suppressed: true, reason: 'small' });
    const json = renderJson(small);
    for (const key of ['start_persons', 'end_persons', 'start_fte', 'end_fte', 'retired_fte', 'retired_persons', 'attrition', 'contract_ended_fte', 'ages']) {
      expect(json).not.toContain(`"${key}"`);
    }
    for (const y of small.years) {
      // Nothing of the supply: its drop from one year to the next would show a retirement.
      expect(y.supply).toEqual({ suppressed: 'small' });
      expect(y.gap_fte).toBeNull();
      expect(y.replacement_fte).toBeNull();
      expect(y.demand.demand_fte).toBeGreaterThan(0);
    }
  });

  it('suppresses it in the table and Markdown too, and says why', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const text of [renderExplainText(small, { color: false, lang }), renderExplainMarkdown(small, { lang })]) {
        expect(text).not.toMatch(/person(en|s)\)|personen\)|retired|pensioen \(|attrition,|verloop,|1 januari|1 January|vervangingsvraag|replacement demand/);
        expect(text).toContain('< 5');
        expect(text).toContain('privacy.min_group');
      }
    }
  });

  it('withholds a function that spp project hides as a complement too, so the two outputs together reveal nothing', async () => {
    const { result } = await runProject({ scenario });
    const complement = result.functions.find((f) => f.suppressed === 'complement')!;
    const explained = (await runExplain({ scenario }, complement.id)).result;
    expect(explained.privacy.reason).toBe('complement');
    expect(explained.years.every((y) => 'suppressed' in y.supply && y.gap_fte === null)).toBe(true);
    expect(renderExplainText(explained, { color: false, lang: 'nl' })).toContain('familietotaal');
  });

  it("shows ages only as the attrition rules' bands, never the ages of the people in a function", () => {
    const lines = large.years.flatMap((y) => ('suppressed' in y.supply ? [] : y.supply.attrition));
    expect([...new Set(lines.filter((a) => a.merged !== true).map((a) => a.ages))].sort()).toEqual(['35-44', '45-54', '<35', '>=55']);
    // A year with a band of fewer than min_group people has one line for all ages.
    expect([...new Set(lines.filter((a) => a.merged === true).map((a) => a.ages))]).toEqual(['all']);
    expect(large.privacy.suppressed).toBe(false);
    const text = renderExplainText(large, { color: false, lang: 'nl' });
    expect(text).toContain('verloop, jonger dan 35: 9,0%');
    // Every attrition line names one of the rules' bands, or bands taken together, in words.
    expect(text).not.toMatch(/verloop, (?!jonger dan 35:|35–44 jaar:|45–54 jaar:|55 jaar of ouder:|alle leeftijden samen \(privacy\): gem\.)/);
  });
});

describe('spp project: a function with 1–4 persons shows no person figures, in any format', () => {
  let project: Awaited<ReturnType<typeof runProject>>;
  /** Functions with 1–4 persons at the start (F085 Griffier has 1, F079 Privacy Officer 3). */
  let smallIds: string[];
  beforeAll(async () => {
    project = await runProject({ scenario });
    smallIds = project.result.functions.filter((f) => f.years[0]!.supply_persons > 0 && f.years[0]!.supply_persons < 5).map((f) => f.id);
  });
  const PERSONAL = ['supply_fte', 'supply_persons', 'gap_fte', 'retired_fte', 'contract_ended_fte', 'attrition_fte', 'moved_in_fte', 'moved_out_fte', 'replacement_fte'];

  it('JSON: marks them suppressed and sets every personal key of every year to null; demand stays', () => {
    expect(smallIds).toEqual(expect.arrayContaining(['F079', 'F085']));
    const json = JSON.parse(projectRenderers.json(project.result)) as {
      privacy: { min_group: number; suppressed_keys: string[] };
      functions: { id: string; suppressed?: string; years: Record<string, number | null>[] }[];
    };
    expect(json.privacy.min_group).toBe(5);
    expect(json.privacy.suppressed_keys).toEqual(expect.arrayContaining(PERSONAL));
    for (const id of smallIds) {
      const f = json.functions.find((x) => x.id === id)!;
      expect(f.suppressed).toBe('small');
      for (const y of f.years) {
        for (const key of PERSONAL) expect(y[key], `${id} ${y['year']} ${key}`).toBeNull();
        expect(typeof y['demand_fte']).toBe('number');
      }
    }
    // A function with enough people keeps its figures.
    expect(json.functions.find((x) => x.id === 'F003')!.years[0]!['supply_persons']).toBeGreaterThan(5);
  });

  it('complementary suppression: no family total or vulnerable total gives a hidden function away', () => {
    const r = project.result;
    const persons = (years: readonly { supply_persons: number }[]): number => Math.round(years[0]!.supply_persons);
    const check = (members: typeof r.functions, totalHidden: boolean): void => {
      const hidden = members.filter((f) => f.suppressed !== undefined);
      if (totalHidden || hidden.length === 0) return;
      expect(hidden.length).toBeGreaterThanOrEqual(2);
      expect(hidden.reduce((a, f) => a + persons(f.years), 0)).toBeGreaterThanOrEqual(5);
    };
    for (const family of r.families) check(r.functions.filter((f) => f.family === family.id), family.suppressed !== undefined);
    check(r.functions.filter((f) => f.vulnerable), r.vulnerable.suppressed !== undefined);
    expect(r.functions.filter((f) => f.suppressed === 'complement').length).toBeGreaterThan(0);
  });

  it('table and Markdown: "< 5" in place of their supply and gap, with the reason', () => {
    for (const lang of ['nl', 'en'] as const) {
      const table = renderProjectTable(project.result, { color: false, dialect: 'rfc', width: 120, lang });
      const md = renderProjectMarkdown(project.result, { color: false, dialect: 'rfc', lang });
      for (const id of smallIds) {
        const line = table.split('\n').find((l) => l.startsWith(id))!;
        // Fte at start, supply and gap are marks; only the demand is a number.
        expect(line.match(/< 5/g)).toHaveLength(3);
        expect(line.match(/-?\d+[,.]\d/g)).toHaveLength(1);
        const row = md.split('\n').find((l) => l.startsWith(`| ${id} `))!;
        expect(row.match(/< 5/g)).toHaveLength(3);
      }
      expect(table).toContain('privacy.min_group');
      expect(md).toContain('privacy.min\\_group');
    }
  });

  it('CSV (rfc and excel-nl): "< 5" in every personal column of every year', () => {
    const keys = renderProjectCsv(project.result, { color: false, dialect: 'rfc' }).split('\n')[0]!.split(',');
    const personal = PERSONAL.map((k) => keys.indexOf(k));
    expect(personal.every((i) => i > 0)).toBe(true);
    for (const dialect of ['rfc', 'excel-nl'] as const) {
      const sep = dialect === 'rfc' ? ',' : ';';
      const lines = renderProjectCsv(project.result, { color: false, dialect, lang: 'nl' }).trimEnd().split(/\r?\n/).slice(1);
      for (const id of smallIds) {
        const rows = lines.filter((l) => l.startsWith(`${id}${sep}`)).map((l) => l.split(sep));
        expect(rows).toHaveLength(project.result.years.length);
        for (const cells of rows) {
          for (const i of personal) expect(cells[i], `${dialect} ${id} ${keys[i]}`).toBe('< 5');
          expect(cells[keys.indexOf('demand_fte')]).toMatch(/^\d/);
        }
      }
    }
  });

  it('xlsx: "< 5" on the supply, gap, retirement and attrition sheets; a note on the assumptions sheet', async () => {
    const bytes = await renderProjectWorkbook(project.result, {}, {
      lang: 'nl',
      assumptions: listAssumptions(project.inputs.scenario, project.inputs.loaded.raw),
      notes: project.result.assumptions,
      stamp: project.result.stamp,
      label: labeller('nl'),
    });
    const file = join(dir, 'small.xlsx');
    await writeFile(file, bytes);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheetsWithPeople = ['Verschil (fte)', 'Bezetting (fte)', 'Pensioen (fte)', 'Verloop (fte)'];
    for (const name of sheetsWithPeople) {
      const ws = wb.getWorksheet(name);
      expect(ws, name).toBeDefined();
      let seen = 0;
      ws!.eachRow((row) => {
        const id = String(row.getCell(1).value);
        if (!smallIds.includes(id)) return;
        seen++;
        for (let c = 4; c <= 3 + project.result.years.length; c++) expect(row.getCell(c).value, `${name} ${id}`).toBe('< 5');
      });
      expect(seen).toBe(smallIds.length);
    }
    const demand = wb.getWorksheet('Vraag (fte)')!;
    demand.eachRow((row) => {
      if (String(row.getCell(1).value) === 'F085') expect(typeof row.getCell(4).value).toBe('number');
    });
    const notes: string[] = [];
    wb.getWorksheet('Aannames')!.eachRow((row) => notes.push(String(row.getCell(2).value)));
    expect(notes.some((n) => n.includes('privacy.min_group'))).toBe(true);
  });
});

describe('spp project --by: the privacy note only under a table that shows a mark', () => {
  it('--by family and --by afdeling of the baseline hide nothing: no "< 5", no "•" and no note in table, Markdown, CSV or xlsx', async () => {
    const baseline = join(root, 'scenarios', 'baseline.yaml');
    for (const by of ['family', 'afdeling']) {
      const { result, inputs } = await runProject({ scenario: baseline, ...(by === 'family' ? {} : { groupBy: by }) });
      // Functions are withheld in this scenario; the families and groups shown are not.
      expect(result.functions.some((f) => f.suppressed !== undefined)).toBe(true);
      for (const lang of ['nl', 'en'] as const) {
        const outputs = [
          renderProjectTable(result, { color: false, dialect: 'rfc', width: 120, lang, by }),
          renderProjectMarkdown(result, { color: false, dialect: 'rfc', lang, by }),
          renderProjectCsv(result, { color: false, dialect: 'excel-nl', lang, by }),
        ];
        for (const text of outputs) {
          expect(text, `${by} ${lang}`).not.toMatch(/< 5|•/);
          expect(text, `${by} ${lang}`).not.toMatch(/min.?.?group/);
        }
      }
      const bytes = await renderProjectWorkbook(result, { by }, { lang: 'nl', assumptions: listAssumptions(inputs.scenario, inputs.loaded.raw), notes: result.assumptions, stamp: result.stamp, label: labeller('nl') });
      const file = join(dir, `by-${by}.xlsx`);
      await writeFile(file, bytes);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => expect(String(cell.value), `${by} ${ws.name}`).not.toMatch(/< 5|•|^Privacy:/))));
    }
    // Per function the same scenario shows marks, and the note under them.
    const { result } = await runProject({ scenario: baseline });
    const table = renderProjectTable(result, { color: false, dialect: 'rfc', width: 120, lang: 'nl' });
    expect(table).toMatch(/< 5/);
    expect(table).toContain('privacy.min_group');
  });
});

describe('spp plan and spp reskill: the suppressed functions only as one merged row', () => {
  it('plan: table, csv, md, json name no function spp project suppresses, and the merged row keeps the totals', async () => {
    const { result: project } = await runProject({ scenario });
    const hidden = project.functions.filter((f) => f.suppressed !== undefined).map((f) => f.id);
    expect(hidden.length).toBeGreaterThan(1);
    const { result } = await runPlan({ scenario });
    const options = { color: false, dialect: 'rfc' as const };
    for (const text of [planRenderers.table(result, options), planRenderers.csv(result, options), planRenderers.md(result, options), planRenderers.json(result)]) {
      for (const id of hidden) expect(text).not.toMatch(new RegExp(`\\b${id}\\b`));
    }
    const other = result.functions.find((f) => f.id === 'other')!;
    expect(other.name).toMatch(/^\d+ functions withheld together \(privacy\)$/);
    // The merged row is the sum of the suppressed functions: per year, functions add up to the totals.
    result.years.forEach((_, i) => {
      const fte = result.functions.reduce((a, f) => a + f.years[i]!.fte, 0);
      expect(fte).toBeCloseTo(result.totals.years[i]!.fte, 2);
    });
  });

  it("calls the merged row 'overig' in Dutch excel-nl CSV and xlsx, by its name alone in rows and routes of table and md, and keeps the id 'other' in JSON and rfc CSV", async () => {
    const { result } = await runPlan({ scenario });
    const nl = { color: false, dialect: 'rfc' as const, lang: 'nl' as const };
    const excel = { ...nl, dialect: 'excel-nl' as const };
    for (const text of [planRenderers.table(result, nl), planRenderers.md(result, nl), planRenderers.csv(result, excel)]) {
      expect(text).not.toMatch(/\bother\b/);
      expect(text).not.toMatch(/functions withheld/);
    }
    // A row or route names the merged row by its name alone: "overig 14 functies samen afgeschermd" (id
    // and name run together) read as broken Dutch to a consultant, "other 14 functions …" likewise.
    expect(planRenderers.table(result, nl)).toMatch(/^\d+ functies samen afgeschermd/m);
    expect(planRenderers.table(result, nl)).not.toMatch(/overig \d+ functies/);
    // In a narrower terminal the merged row's name goes on over two lines, whole: it was cut as
    // "7 functies samen afgeschermd (privac…" (spp plan and reskill on spp init's small organisation).
    for (const width of [80, 64, 52]) {
      const text = planRenderers.table(result, { ...nl, width });
      const lines = text.split('\n');
      const at = lines.findIndex((l) => /^\d+ functies samen/.test(l));
      const rowLines = [lines[at]!];
      // The lines that go on with the name: nothing in the other columns.
      for (let k = at + 1; k < lines.length && lines[k]!.trim() !== '' && !/\d|^(F\d|N\d|Totaal)/.test(lines[k]!); k++) rowLines.push(lines[k]!);
      expect(rowLines.map((l) => l.split(/\s{2,}/)[0]!.trim()).join(' '), text).toMatch(/^\d+ functies samen afgeschermd \(privacy\)$/);
      for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(width);
    }
    expect(planRenderers.md(result, nl)).not.toMatch(/overig \d+ functies/);
    const csvRow = planRenderers.csv(result, excel).split('\r\n').find((l) => l.startsWith('overig;'))!;
    expect(csvRow).toMatch(/^overig;\d+ functies samen afgeschermd \(privacy\);2026;/);
    expect(planRenderers.csv(result, excel).replace(/^\uFEFF/, '')).toMatch(/^Functiecode;Naam;Jaar;Bezetting \(fte\);Vraag \(fte\);Werven \(fte\);/);
    expect(planRenderers.json(result)).toContain('"id": "other"');
    expect(planRenderers.csv(result, nl)).toMatch(/^function,name,year,fte,/);
    expect(planRenderers.csv(result, nl)).toMatch(/\nother,\d+ functions withheld together \(privacy\),2026,/);
    expect(planRenderers.table(result, { ...nl, lang: 'en' })).toMatch(/^\d+ functions withheld together/m);
    expect(planRenderers.table(result, { ...nl, lang: 'en' })).not.toMatch(/\bother \d+ functions/);
    // Without hiring, demand goes unmet in the merged functions too (sheet Onvervulde vraag).
    const noHiring = join(dir, 'geen-werving.yaml');
    await writeFile(noHiring, `extends: ${scenario}\nid: geen-werving\nplan:\n  hiring: [ { family: all, cost: 50000, max_per_year: 0 } ]\n`);
    const file = join(dir, 'plan-other.xlsx');
    const run = await runSpp(['plan', '-s', noHiring, '--format', 'xlsx', '--out', file, '-q']);
    expect(run.exitCode, run.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ids: string[] = [];
    wb.getWorksheet('Werven (fte)')!.eachRow((row) => ids.push(String(row.getCell(1).value)));
    expect(ids).toContain('overig');
    // No sheet calls it 'other' (Onvervulde vraag did, for the merged row's unmet demand).
    const english: string[] = [];
    wb.eachSheet((sheet) => sheet.eachRow((row, r) => row.eachCell((cell, c) => void (cell.value === 'other' && english.push(`${sheet.name} ${r}:${c}`)))));
    expect(english).toEqual([]);
    const short: string[] = [];
    wb.getWorksheet('Onvervulde vraag')!.eachRow((row) => short.push(String(row.getCell(1).value)));
    expect(short).toContain('overig');
  }, 120_000);

  it('reskill: table, csv, md, json likewise', async () => {
    const { result: project } = await runProject({ scenario });
    const hidden = project.functions.filter((f) => f.suppressed !== undefined).map((f) => f.id);
    const { result, inputs } = await runReskill({ scenario });
    const names = new Map(inputs.functions.map((f) => [f.id, f.name]));
    for (const text of [renderReskillTable(result, { color: false, dialect: 'rfc', names }), renderReskillCsv(result, { color: false, dialect: 'rfc', names }), renderReskillMarkdown(result, { color: false, dialect: 'rfc', names }), renderJson(result)]) {
      for (const id of hidden) expect(text).not.toMatch(new RegExp(`\\b${id}\\b`));
    }
    expect(Object.keys(result.hiring_fte)).toContain('other');
  });
});

describe('no employee id in any output format', () => {
  it('project: table, csv (both dialects), md, json, xlsx', async () => {
    const { result, inputs } = await runProject({ scenario });
    const texts = [
      renderProjectTable(result, { color: false, dialect: 'rfc', width: 120 }),
      renderProjectCsv(result, { color: false, dialect: 'rfc' }),
      renderProjectCsv(result, { color: false, dialect: 'excel-nl' }),
      renderProjectMarkdown(result, { color: false, dialect: 'rfc' }),
      renderJson(result),
    ];
    for (const t of texts) expect(t).not.toMatch(EMPLOYEE_ID);
    const bytes = await renderProjectWorkbook(result, {}, {
      lang: 'nl',
      assumptions: listAssumptions(inputs.scenario, inputs.loaded.raw),
      notes: result.assumptions,
      stamp: result.stamp,
      label: labeller('nl'),
    });
    const file = join(dir, 'p.xlsx');
    await writeFile(file, bytes);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((cell) => expect(String(cell.value)).not.toMatch(EMPLOYEE_ID)));
  });

  it('reskill: table, csv, md', async () => {
    const { result, inputs } = await runReskill({ scenario });
    const names = new Map(inputs.functions.map((f) => [f.id, f.name]));
    for (const t of [renderReskillTable(result, { color: false, dialect: 'rfc', names }), renderReskillCsv(result, { color: false, dialect: 'excel-nl', names }), renderReskillMarkdown(result, { color: false, dialect: 'rfc', names })]) {
      expect(t).not.toMatch(EMPLOYEE_ID);
    }
  });

  it('explain: table, md, json', () => {
    for (const r of [small, large]) {
      for (const t of [renderExplainText(r, { color: false }), renderExplainMarkdown(r, {}), renderJson(r)]) expect(t).not.toMatch(EMPLOYEE_ID);
    }
  });
});

describe('spp compare: the functions spp project withholds are not in its rows', () => {
  it('json, table, md and csv name no withheld function, say so in a note, and the totals still count them', async () => {
    const { result: project } = await runProject({ scenario });
    const hidden = project.functions.filter((f) => f.suppressed !== undefined).map((f) => f.id);
    expect(hidden.length).toBeGreaterThan(1);
    const baseline = join(root, 'scenarios', 'baseline.yaml');
    const { result } = await runCompare([baseline, scenario], { plans: false });
    expect(result.functions.length).toBeGreaterThan(0);
    for (const id of hidden) expect(result.functions.some((f) => f.id === id)).toBe(false);
    for (const format of ['json', 'table', 'md', 'csv'] as const) {
      const text = compareRenderers[format](result, { color: false, dialect: 'rfc', lang: 'nl' });
      for (const id of hidden) expect(text, format).not.toMatch(new RegExp(`\\b${id}\\b`));
    }
    expect(result.notes.some((n) => n.startsWith(`${hidden.length} functions under privacy.min_group`))).toBe(true);
    // The total is the whole organisation's, withheld functions included.
    const id = result.scenarios[1]!;
    const shown = result.functions.reduce((s, f) => s + (f.by_scenario[id]?.demand_fte ?? 0), 0);
    expect(result.totals.at.by_scenario[id]!.demand_fte).toBeGreaterThan(shown);
  });
});

describe('the report: unmet demand of a small function is hidden like its hires', () => {
  it('krimp-vacaturestop: a function with 1–4 persons in "where demand cannot be met" shows "< 5", never its FTE-years', async () => {
    const krimp = join(root, 'scenarios', 'krimp-vacaturestop.yaml');
    const { result: project } = await runProject({ scenario: krimp });
    const small = new Set(project.functions.filter((f) => f.suppressed === 'small').map((f) => f.id));
    const run = await runSpp(['report', '-s', krimp, '--format', 'md', '-q']);
    expect(run.exitCode).toBe(0);
    const section = run.stdout.split('### Waar de vraag niet te vervullen is')[1]!.split('\n### ')[0]!;
    const rows = section.split('\n').filter((l) => /^\| [A-Z]\d{3} /.test(l));
    const smallRows = rows.filter((l) => small.has(l.slice(2, 6)));
    expect(smallRows.length).toBeGreaterThan(0);
    for (const row of smallRows) expect(row).toMatch(/\| < 5 \|$/);
    // Nor the years it falls short: its demand is shown, so they would tell when its people leave.
    for (const row of rows.filter((l) => project.functions.some((f) => f.suppressed !== undefined && f.id === l.slice(2, 6)))) expect(row).not.toMatch(/\d{4}/);
  });

  it('groei-sociaal-ruimte: a route into a function spp project withholds is one route into the withheld functions together, listed last, as spp plan shows it', async () => {
    const groei = join(root, 'scenarios', 'groei-sociaal-ruimte.yaml');
    const { result: project } = await runProject({ scenario: groei });
    const withheld = project.functions.filter((f) => f.suppressed !== undefined).map((f) => f.id);
    expect(withheld).toContain('F031');
    const run = await runSpp(['report', '-s', groei, '--format', 'md', '-q']);
    expect(run.exitCode).toBe(0);
    const chapter = run.stdout.split('### Interne overstappen')[1]!.split('\n### ')[0]!;
    for (const id of withheld) expect(chapter).not.toMatch(new RegExp(`\\b${id}\\b`));
    const group = `${withheld.length} functies samen (afgeschermd voor privacy)`;
    const routes = chapter.split('\n').filter((l) => l.startsWith('| F'));
    // F082 Afdelingshoofd → F031 (1,2 fte in 2027 and 2035) under the group's name, after the named routes.
    const table = routes.filter((l) => !l.includes(' → '));
    expect(table.filter((l) => l.includes(group)).map((l) => l.split('|')[1]!.trim())).toEqual(['F082 Afdelingshoofd']);
    expect(table.at(-1)).toContain(`| F082 Afdelingshoofd | ${group} | 1,2 |`);
    const perYear = routes.filter((l) => l.includes(' → '));
    expect(perYear.at(-1)).toMatch(new RegExp(`^\\| F082 → ${group.replace(/[()]/g, '\\$&')} \\| 0,5 \\|`));
    // spp plan names the same group for the same route.
    const plan = await runSpp(['plan', '-s', groei, '--format', 'md', '-q']);
    for (const id of withheld) expect(plan.stdout).not.toMatch(new RegExp(`\\b${id}\\b`));
  });
});
