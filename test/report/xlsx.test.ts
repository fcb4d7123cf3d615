import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadInputs, type LoadedInputs } from '../../src/app/load-inputs.js';
import { buildProjectResult } from '../../src/app/project.js';
import { planAndReskill } from '../../src/app/reskill-plan.js';
import type { ProjectResult, ReskillResult } from '../../src/domain/results.js';
import type { PlanResult } from '../../src/domain/plan.js';
import { projectScenario } from '../../src/model/project.js';
import { listAssumptions } from '../../src/report/directie/report-data.js';
import { labeller, type Lang } from '../../src/report/labels.js';
import { renderProjectWorkbook, renderReskillWorkbook, type WorkbookContext } from '../../src/report/xlsx/result-workbooks.js';
import { renderWorkbook } from '../../src/report/xlsx/workbook.js';
import { round } from '../../src/domain/round.js';
import { moreThanShown } from './xlsx-cells.js';
import { join } from 'node:path';

/** xlsx output opened with exceljs and checked cell by cell: sheet names, values, number formats, frozen header, inert text, same bytes twice. */
const root = join(import.meta.dirname, '..', '..');
let inputs: LoadedInputs;
let project: ProjectResult;
let reskill: ReskillResult;
let plan: PlanResult;

function context(lang: Lang, notes: readonly string[], notesAreAssumptions = false): WorkbookContext {
  return {
    lang,
    notesAreAssumptions,
    assumptions: listAssumptions(inputs.scenario, inputs.loaded.raw, (p) => inputs.loaded.locate(p)),
    notes,
    stamp: project.stamp,
    label: labeller(lang, inputs.scenario.labels),
  };
}

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

beforeAll(async () => {
  inputs = await loadInputs({ scenario: join(root, 'scenarios', 'digitaal-versneld.yaml') });
  const projection = projectScenario({ scenario: inputs.scenario, functions: inputs.functions, workforce: inputs.workforce });
  project = buildProjectResult(inputs, projection);
  ({ reskill, plan } = await planAndReskill(inputs));
});

describe('spp project --format xlsx', () => {
  it('has one wide sheet per view in Dutch, functions as rows and years as columns, numbers as numbers', async () => {
    const wb = await open(await renderProjectWorkbook(project, {}, context('nl', project.assumptions)));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Verschil (fte)', 'Bezetting (fte)', 'Vraag (fte)', 'Pensioen (fte)', 'Verloop (fte)', 'Status', 'Aannames']);
    const gap = wb.getWorksheet('Verschil (fte)')!;
    expect(gap.getRow(1).values).toEqual([undefined, 'Functiecode', 'Functienaam', 'Functiefamilie', ...project.years.map(String)]);
    expect(gap.rowCount).toBe(1 + project.functions.length + 1);
    const f001 = project.functions.find((f) => f.id === 'F001')!;
    const row = gap.getRow(2);
    expect(row.getCell(1).value).toBe('F001');
    expect(row.getCell(2).value).toBe('Medewerker Klantcontactcentrum');
    for (let i = 0; i < project.years.length; i++) {
      expect(row.getCell(4 + i).value).toBe(f001.years[i]!.gap_fte);
      expect(row.getCell(4 + i).numFmt).toBe('#,##0.0');
    }
    const total = gap.getRow(gap.rowCount);
    expect(total.getCell(1).value).toBe('Totaal');
    expect(total.getCell(4 + project.years.length - 1).value).toBe(project.totals.years.at(-1)!.gap_fte);
    expect(total.font?.bold).toBe(true);
    expect(gap.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 3 });
    // Outflow sheets: a year is the outflow during it, the supply's the 1 January after (said under the
    // total, which stays bold; a consultant probe summed Pensioen 2026–2032 against Bezetting 2026 → 2032).
    for (const name of ['Pensioen (fte)', 'Verloop (fte)']) {
      const sheet = wb.getWorksheet(name)!;
      expect(sheet.rowCount).toBe(1 + project.functions.length + 2);
      expect(sheet.getRow(sheet.rowCount - 1).getCell(1).value).toBe('Totaal');
      expect(sheet.getRow(sheet.rowCount - 1).font?.bold).toBe(true);
      expect(sheet.getRow(sheet.rowCount).getCell(1).value).toBe(`Uitstroom in de loop van het jaar: wat onder ${project.years[0]} staat, telt niet meer mee in de bezetting van 1 januari ${project.years[0]! + 1} (blad Bezetting (fte)).`);
    }
    const status = wb.getWorksheet('Status')!;
    expect(status.getRow(2).getCell(4).value).toBe('veranderend, krimpend');
    expect(status.getRow(2).getCell(5).value).toBe('ja');
    expect(status.getRow(2).getCell(8).numFmt).toBe('0%');
  });

  it('puts the assumptions, the model notes in words and the reproducibility stamp on their own sheet', async () => {
    const wb = await open(await renderProjectWorkbook(project, {}, context('nl', project.assumptions, true)));
    const sheet = wb.getWorksheet('Aannames')!;
    const rows = sheet.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
    // One row per setting, list items by what identifies them; an automation target with its years as one row.
    expect(rows).toContainEqual(['digitalisation.automation.administrative', '{ target: 0,6; start: 2026; end: 2032; curve: s-curve }', 'digitaal-versneld.yaml']);
    // A number as a number (as text a negative rate showed the apostrophe that guards a leading '-').
    expect(rows).toContainEqual(['workforce.attrition[ages=<35].rate', 0.09, 'baseline.yaml']);
    expect(rows.filter((r) => String(r[1]).startsWith("'"))).toEqual([]);
    expect(rows).toContainEqual(['description', inputs.scenario.description, 'digitaal-versneld.yaml']);
    // The model's own assumptions are labelled so; the sheet's own note on how to read it is a note.
    expect(rows.some((r) => r[0] === 'Aanname van het rekenmodel' && String(r[1]).startsWith('Klantcontact: het automatiseringsdoel is onzeker'))).toBe(true);
    expect(rows).toContainEqual(['Toelichting', 'Verschil = bezetting − vraag, berekend vóór afronding: negatief is een tekort, positief een overschot. Bezetting zonder nieuwe werving.', '']);
    expect(rows).toContainEqual(['spp-versie', project.stamp.spp_version, '']);
    const headcount = project.stamp.inputs.find((i) => i.role === 'headcount')!;
    expect(rows).toContainEqual(['Invoer: personeelsbestand', headcount.file, `SHA-256 ${headcount.sha256}`]);
  });

  it('writes a text setting as text, without the quotes YAML needs around one with a colon', async () => {
    const description = 'Bezuinigingen: minder formatie, een vacaturestop';
    const c = context('nl', []);
    const assumptions = c.assumptions.map((a) => (a.key === 'description' ? { ...a, value: JSON.stringify(description), setting: description } : a));
    const wb = await open(await renderProjectWorkbook(project, {}, { ...c, assumptions }));
    const rows = wb.getWorksheet('Aannames')!.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
    expect(rows).toContainEqual(['description', description, 'digitaal-versneld.yaml']);
  });

  it('aggregates by family with --by family', async () => {
    const wb = await open(await renderProjectWorkbook(project, { by: 'family' }, context('en', project.assumptions)));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Gap (FTE)', 'Supply (FTE)', 'Demand (FTE)', 'Retired (FTE)', 'Attrition (FTE)', 'Assumptions']);
    const supply = wb.getWorksheet('Supply (FTE)')!;
    expect(supply.getRow(1).getCell(1).value).toBe('Family');
    expect(supply.rowCount).toBe(1 + project.families.length + 1);
    expect(supply.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 1 });
  });

  it('gives the same bytes on every run (fixed dates in the workbook and the ZIP)', async () => {
    const a = await renderProjectWorkbook(project, {}, context('nl', project.assumptions));
    await new Promise((r) => setTimeout(r, 2100)); // ZIP times have a 2-second resolution
    const b = await renderProjectWorkbook(project, {}, context('nl', project.assumptions));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const wb = await open(a);
    expect(wb.created.toISOString()).toBe('1980-01-01T00:00:00.000Z');
  });
});

describe('spp reskill --format xlsx', () => {
  it('has the pathways, the plan per year, hiring, surplus and the cost comparison with euro formats per language', async () => {
    const names = new Map(inputs.functions.map((f) => [f.id, f.name]));
    for (const [lang, euro, sheets] of [
      ['nl', '"€" #,##0;"€" -#,##0', ['Omscholingsroutes', 'Plan per jaar', 'Werving', 'Buiten geplaatst', 'Kostenvergelijking', 'Kosten per jaar', 'Aannames']],
      ['en', '"€"#,##0;-"€"#,##0', ['Reskilling pathways', 'Plan per year', 'Hiring', 'Placed outside', 'Business case', 'Cost per year', 'Assumptions']],
    ] as const) {
      const wb = await open(await renderReskillWorkbook(reskill, names, context(lang, reskill.notes)));
      expect(wb.worksheets.map((w) => w.name)).toEqual(sheets);
      const paths = wb.worksheets[0]!;
      const p = reskill.pathways[0]!;
      expect((paths.getRow(2).values as ExcelJS.CellValue[]).slice(0, 9)).toEqual([undefined, p.from, names.get(p.from), p.to, names.get(p.to), round(p.fte, 1), p.hours_per_person, p.cost, p.first_year]);
      // Each route's years are the years it moves people, as spp reskill's table lists them ("2027, 2029–2034"):
      // its first–last span said "2027–2034" of a route unused in 2028 (krimp-vacaturestop's F002 → F001).
      const spelled = (text: string): number[] =>
        text.split(', ').flatMap((run) => {
          const [a, b = a] = run.split('–').map(Number);
          return Array.from({ length: b! - a! + 1 }, (_, i) => a! + i);
        });
      let gapped = 0;
      reskill.pathways.forEach((route, i) => {
        const moved = [...new Set(reskill.moves.filter((m) => m.from === route.from && m.to === route.to && m.hours_per_person === route.hours_per_person && m.fte > 0).map((m) => m.year))].sort((a, b) => a - b);
        expect(spelled(String(paths.getRow(i + 2).getCell(9).value))).toEqual(moved);
        if (moved.length < moved.at(-1)! - moved[0]! + 1) gapped++;
      });
      expect(gapped).toBeGreaterThan(0);
      expect(paths.getRow(2).getCell(7).numFmt).toBe(euro);
      expect(paths.getRow(2).getCell(8).numFmt).toBe('0');
      const cost = wb.worksheets[4]!;
      const shift = reskill.business_case.shortage_cost > 0 ? 1 : 0;
      expect(cost.getRow(5 + shift).getCell(2).value).toBe(reskill.business_case.total_cost);
      expect(cost.getRow(6 + shift).getCell(2).value).toBe(reskill.business_case.no_pathways_cost);
      // The plan against no plan as the terminal says it: digitaal-versneld's plan is dearer, so "duurder … met"
      // and a positive amount, never "goedkoper … met" beside a negative one.
      const saving = Math.round(reskill.business_case.all_hire_cost) - Math.round(reskill.business_case.total_cost);
      expect(saving).toBeLessThan(0);
      expect(cost.getRow(9 + shift).getCell(1).value).toBe(lang === 'nl' ? 'Het actieplan is duurder dan geen plan met' : 'The action plan costs more than no plan by');
      expect(cost.getRow(9 + shift).getCell(2).value).toBe(-saving);
      // Under the plan without pathways, what the plan saves against it (as spp plan says it).
      const withoutPathways = reskill.alternatives.no_pathways!.saving;
      expect(withoutPathways).toBeGreaterThan(0);
      expect(cost.getRow(7 + shift).values).toEqual([undefined, lang === 'nl' ? 'Het actieplan is goedkoper dan zonder routes met' : 'The action plan is cheaper than without pathways by', withoutPathways]);
      // The plan per year: one row per quantity, one column per decision year and a total column, and the
      // note that says overstaffing and unmet demand add up to FTE-years there.
      const perYear = wb.worksheets[1]!;
      expect(perYear.getRow(1).values).toEqual([undefined, lang === 'nl' ? 'Onderdeel' : 'Item', ...reskill.per_year.map((y) => String(y.year)), lang === 'nl' ? 'Totaal' : 'Total']);
      const hired = (perYear.getRow(2).values as ExcelJS.CellValue[]).slice(1);
      expect(hired).toEqual([lang === 'nl' ? 'Werving (fte)' : 'Hiring (FTE)', ...reskill.per_year.map((y) => round(y.hired_fte, 1)), round(reskill.per_year.reduce((s, y) => s + y.hired_fte, 0), 1)]);
      expect(String(perYear.getRow(8).getCell(1).value)).toMatch(lang === 'nl' ? /fte-jaren/ : /FTE-years/);
      expect(perYear.rowCount).toBe(8);
      // Every number as its cell shows it, and the totals of reskilling cost the plan's, as on the business case sheet.
      expect(moreThanShown(wb)).toEqual([]);
      // Costs by the year paid, as spp plan's costs.by_year (the plan per year's rows are the 1 January
      // the movers arrive; its cost column put a move a year late beside the JSON: consultant probe).
      const paid = wb.worksheets[5]!;
      expect(paid.getRow(1).values).toEqual([undefined, lang === 'nl' ? 'Betaald in' : 'Paid in', lang === 'nl' ? 'Omscholingskosten' : 'Reskilling', lang === 'nl' ? 'Totaal plan' : 'Plan total']);
      expect(reskill.costs_by_year.map((y) => y.year)).toEqual(plan.costs.by_year.map((y) => y.year));
      reskill.costs_by_year.forEach((y, i) => {
        expect(paid.getRow(i + 2).values).toEqual([undefined, y.year, plan.costs.by_year[i]!.reskilling, plan.costs.by_year[i]!.total]);
      });
      expect(paid.getRow(reskill.costs_by_year.length + 2).getCell(2).value).toBe(reskill.business_case.reskill_cost);
      // No cost row under Plan per jaar: its columns are the 1 January the movers arrive, not the year paid.
      expect(wb.worksheets[1]!.getColumn(1).values.slice(2, 8)).toEqual(
        lang === 'nl'
          ? ['Werving (fte)', 'Omscholing (fte)', 'Herplaatsing (fte)', 'Buiten geplaatst (fte)', 'Overbezetting (fte)', 'Onvervuld (fte)']
          : ['Hiring (FTE)', 'Reskilling (FTE)', 'Redeployment (FTE)', 'Placed outside (FTE)', 'Overstaffing (FTE)', 'Unmet (FTE)'],
      );
      expect(paths.getRow(paths.rowCount).getCell(7).value).toBe(reskill.business_case.reskill_cost);
      expect(cost.getRow(1 + 1).getCell(2).value).toBe(reskill.business_case.reskill_cost);
    }
  });
});

describe('the workbook writer', () => {
  it('makes formula-like text inert like the CSV output, and keeps sheet names within Excel rules', async () => {
    const bytes = await renderWorkbook(
      [
        { name: 'a/b:c', columns: [{ header: 'x', kind: 'text' }, { header: 'n', kind: 'fte' }], rows: [['=HYPERLINK("http://x")', -3.5], ['+31 6', null], ['@SUM(A1)', 1]] },
        { name: 'A/B:C', columns: [{ header: 'y', kind: 'int' }], rows: [[1234]] },
      ],
      { lang: 'nl' },
    );
    const wb = await open(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['a-b-c', 'A-B-C 2']);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A2').value).toBe('\'=HYPERLINK("http://x")');
    expect(ws.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('B2').value).toBe(-3.5);
    expect(ws.getCell('A3').value).toBe("'+31 6");
    expect(ws.getCell('A4').value).toBe("'@SUM(A1)");
    expect(wb.worksheets[1]!.getCell('A2').numFmt).toBe('#,##0');
  });

  it('keeps a signed amount in words as written (no apostrophe before "+2 jaar"), but not a formula behind a sign', async () => {
    const rows = [['+2 jaar'], ['+1,8%'], ['-3'], ['+2 years'], ['+2 jaar=1'], ['-2+cmd|x'], ['+31 6']];
    const wb = await open(await renderWorkbook([{ name: 's', columns: [{ header: 'x', kind: 'text' }], rows }], { lang: 'nl' }));
    const values = rows.map((_, i) => wb.worksheets[0]!.getCell(`A${i + 2}`).value);
    expect(values).toEqual(['+2 jaar', '+1,8%', '-3', '+2 years', "'+2 jaar=1", "'-2+cmd|x", "'+31 6"]);
  });
});
