import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCompare } from '../../src/app/compare.js';
import type { LoadedInputs } from '../../src/app/load-inputs.js';
import { runPlan } from '../../src/app/plan.js';
import { OTHER_DATA_NOTE, PLAN_DEFAULTS_NOTE, type CompareResult } from '../../src/domain/compare.js';
import type { PlanResult } from '../../src/domain/plan.js';
import { round } from '../../src/domain/round.js';
import { moreThanShown } from './xlsx-cells.js';
import { listAssumptions } from '../../src/report/directie/report-data.js';
import { labeller, type Lang } from '../../src/report/labels.js';
import { renderCompareWorkbook } from '../../src/report/xlsx/compare-workbook.js';
import { renderPlanWorkbook } from '../../src/report/xlsx/plan-workbook.js';

/** spp plan and spp compare as xlsx, opened with exceljs and checked cell by cell, in Dutch and English. */
const root = join(import.meta.dirname, '..', '..');
let planInputs: LoadedInputs;
let plan: PlanResult;
let compare: CompareResult;
let compareInputs: LoadedInputs[];

const EURO_NL = '"€" #,##0;"€" -#,##0';
const EURO_EN = '"€"#,##0;-"€"#,##0';

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

function planWorkbook(lang: Lang, discountRate?: number): Promise<Uint8Array> {
  return renderPlanWorkbook(plan, {
    ...(discountRate === undefined ? {} : { discountRate }),
    lang,
    assumptions: listAssumptions(planInputs.scenario, planInputs.loaded.raw, (p) => planInputs.loaded.locate(p)),
    notes: plan.notes,
    stamp: plan.stamp,
    label: labeller(lang, planInputs.scenario.labels),
    reducedHoursAllowed: (planInputs.scenario.plan?.reduced_hours.length ?? 0) > 0,
  });
}

function compareWorkbook(lang: Lang): Promise<Uint8Array> {
  return renderCompareWorkbook(compare, { lang, notes: compare.notes, stamp: compare.stamp, label: labeller(lang, compareInputs[0]!.scenario.labels) });
}

/** A sheet's rows as arrays of cell values (1-based row r → index r - 1), without exceljs' leading hole. */
function values(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    out[r - 1] = (row.values as unknown[]).slice(1);
  });
  return out;
}

beforeAll(async () => {
  ({ inputs: planInputs, result: plan } = await runPlan({ scenario: join(root, 'scenarios', 'krimp-vacaturestop.yaml') }));
  ({ inputs: compareInputs, result: compare } = await runCompare([join(root, 'scenarios', 'baseline.yaml'), join(root, 'scenarios', 'digitaal-versneld.yaml')], {}));
}, 300_000);

describe('spp plan --format xlsx', () => {
  it('has the plan per year, one wide sheet per decision, routes, costs, shortfalls, limits and assumptions, in Dutch', async () => {
    const wb = await open(await planWorkbook('nl'));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Plan per jaar', 'Werven (fte)', 'Instroom routes (fte)', 'Uitstroom routes (fte)', 'Buiten geplaatst (fte)', 'Overbezetting (fte)', 'Onvervuld (fte)',
      'Routes', 'Kosten', 'Onvervulde vraag', 'Knelpunten', 'Aannames',
    ]);
    // Plan per jaar: quantities as rows, every year as a column; the start year carries no decisions.
    const perYear = wb.getWorksheet('Plan per jaar')!;
    const rows = values(perYear);
    expect(rows[0]).toEqual(['Onderdeel', ...plan.years.map(String)]);
    expect(rows[1]).toEqual(['Bezetting (fte)', ...plan.totals.years.map((y) => round(y.fte, 1))]);
    expect(rows[3]![0]).toBe('Werven (fte)');
    expect(rows[3]![1]).toBeUndefined();
    expect(rows[3]!.slice(2)).toEqual(plan.totals.years.slice(1).map((y) => round(y.hired_fte, 1)));
    // Vertrek, right after Werven: with it each year's Bezetting follows from the year before (organisation-wide, routes cancel out).
    const left = rows[4]!;
    expect(left[0]).toBe('Vertrek (fte)');
    expect(left[1]).toBeUndefined();
    expect(left.slice(2)).toEqual(plan.totals.years.slice(1).map((y) => round(y.natural_outflow_fte + y.newcomer_loss_fte, 1)));
    expect(perYear.getRow(2).getCell(2).numFmt).toBe('#,##0.0');
    expect(perYear.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 1 });

    // A decision sheet: functions as rows, decision years as columns, a bold total row.
    const hire = wb.getWorksheet('Werven (fte)')!;
    expect(values(hire)[0]).toEqual(['Functiecode', 'Functienaam', 'Functiefamilie', ...plan.years.slice(1).map(String)]);
    const f001 = plan.functions.find((f) => f.id === 'F001')!;
    expect(values(hire)[1]).toEqual(['F001', f001.name, f001.family, ...f001.years.slice(1).map((y) => round(y.hired_fte, 1))]);
    const total = hire.getRow(hire.rowCount);
    expect(total.getCell(1).value).toBe('Totaal');
    expect(total.getCell(4).value).toBe(round(plan.totals.years[1]!.hired_fte, 1));
    expect(total.font?.bold).toBe(true);
    expect(hire.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 3 });
    // The frozen families hire nobody in the krimp scenario. Unmet demand and overstaffing are states on
    // 1 January: from the start year (the snapshot) on, as the table, Markdown and CSV show them.
    const short = values(wb.getWorksheet('Onvervuld (fte)')!);
    expect(short[0]).toEqual(['Functiecode', 'Functienaam', 'Functiefamilie', ...plan.years.map(String)]);
    const f014 = plan.functions.find((f) => f.id === 'F014')!;
    expect(short.find((r) => r[0] === 'F014')!.slice(3)).toEqual(f014.years.map((y) => round(y.shortage_fte, 1)));
    expect(values(wb.getWorksheet('Overbezetting (fte)')!)[0]).toEqual(['Functiecode', 'Functienaam', 'Functiefamilie', ...plan.years.map(String)]);
    const shortRow = rows.find((r) => r[0] === 'Onvervuld (fte)')!;
    expect(shortRow[1]).toBe(round(plan.totals.years[0]!.shortage_fte, 1));
    expect(plan.totals.years[0]!.shortage_fte).toBeGreaterThan(0);

    // Routes: one row per pathway and year, cost as euros.
    const routes = wb.getWorksheet('Routes')!;
    expect(values(routes)[0]).toEqual(['Van', 'Van functie', 'Naar', 'Naar functie', 'Jaar', 'Fte', 'Uren per persoon', 'Blijft na een jaar', 'Route uit het scenario', 'Omscholingskosten']);
    const first = plan.pathways[0]!;
    expect(values(routes)[1]).toEqual([first.from, plan.functions.find((f) => f.id === first.from)!.name, first.to, plan.functions.find((f) => f.id === first.to)!.name, first.year, round(first.fte, 1), first.hours_per_person, first.retention, 'nee', first.cost]);
    expect(routes.getRow(2).getCell(10).numFmt).toBe(EURO_NL);
    expect(routes.getRow(2).getCell(8).numFmt).toBe('0%');
    // The routes' total cost is the plan's reskilling cost, as on Kosten (it was the sum of the
    // routes' whole-euro amounts: € 236.163 beside Kosten's € 236.162).
    expect(routes.getRow(routes.rowCount).getCell(10).value).toBe(plan.costs.by_kind.reskilling);
    expect(Math.abs(plan.pathways.reduce((s, p) => s + p.cost, 0) - plan.costs.by_kind.reskilling)).toBeLessThanOrEqual(plan.pathways.length / 2);

    // Kosten: per year paid and kind, as costs.by_year (SPEC §3.3: a decision is paid in the year it is
    // made). It showed a year's 1 January decisions, so the start year's € hires sat a year late
    // beside the JSON (found by a consultant probe). The year rows add up to the plan's totals.
    const costs = wb.getWorksheet('Kosten')!;
    const c = values(costs);
    expect(c[0]).toEqual(['Betaald in', 'Wervingskosten', 'Omscholingskosten', 'Plaatsing buiten', 'Overbezetting', 'Minder uren', 'Onvervulde vraag', 'Totaal', 'Plan bespaart']);
    const kinds = ['hiring', 'reskilling', 'redundancy', 'overstaffing', 'reduced_hours', 'shortage'] as const;
    const n = plan.costs.by_year.length;
    const yearRows = c.slice(1, 1 + n);
    expect(yearRows.map((r) => r.slice(0, 8))).toEqual(plan.costs.by_year.map((y) => [y.year, ...kinds.map((k) => y[k]), y.total]));
    expect(plan.costs.by_year[0]!.year).toBe(plan.years[0]);
    expect(plan.costs.by_year[0]!.hiring).toBeGreaterThan(0);
    // Each amount is rounded to the euro on its own: the years add up to the total within a euro a year.
    kinds.forEach((kind, i) => expect(Math.abs(yearRows.reduce((s, r) => s + Number(r[1 + i] ?? 0), 0) - plan.costs.by_kind[kind])).toBeLessThanOrEqual(plan.years.length));
    const planTotal = c[1 + n]!;
    expect(planTotal[0]).toBe('Totaal plan');
    expect(planTotal[7]).toBe(plan.costs.total);
    expect(costs.getRow(n + 2).font?.bold).toBe(true);
    expect(c[n + 2]).toEqual(['Zonder routes', ...kinds.map((k) => plan.alternatives.no_pathways!.by_kind[k]), plan.alternatives.no_pathways!.total, plan.alternatives.no_pathways!.saving]);
    expect(costs.getRow(2).getCell(2).numFmt).toBe(EURO_NL);
    // Plan per jaar's cost row: the same amounts by the year paid, and labelled so.
    const costRow = rows.find((r) => String(r[0]).startsWith('Kosten'))!;
    expect(costRow).toEqual(['Kosten betaald in dat jaar (€)', ...plan.costs.by_year.map((y) => y.total)]);
    // Euros in a sheet of FTE columns: the row has the euro format, not the columns' '#,##0.0' (a
    // consultant probe saw 765.982,0 beside the FTE rows).
    const costRowNumber = rows.indexOf(costRow) + 1;
    plan.years.forEach((_, k) => expect(perYear.getRow(costRowNumber).getCell(2 + k).numFmt).toBe(EURO_NL));
    expect(perYear.getRow(2).getCell(2).numFmt).toBe('#,##0.0');
    // Under the note, the demand each column leaves unmet, as under spp plan's business case: no plan
    // is cheaper partly because it hires without the limits where the plan leaves demand unmet.
    expect(String(c[n + 4]![0])).toMatch(/^Per jaar waarin betaald: de besluiten die in dat jaar genomen worden/);
    // krimp-vacaturestop has no discount_rate (0): nothing is discounted, so the note does not say it is.
    expect(String(c[n + 4]![0])).not.toMatch(/contant/);
    expect(String(c[n + 5]![0])).toMatch(/^Onvervulde vraag over de horizon: plan 440,1 fte-jaar, zonder routes 466,5, geen plan 0,0\. Onvervulde vraag kost in deze vergelijking niets/);

    // Where demand falls short and which limits bind: the model's sentences in Dutch.
    const shortfalls = values(wb.getWorksheet('Onvervulde vraag')!);
    expect(shortfalls[0]).toEqual(['Functiecode', 'Functienaam', 'Jaar', 'Onvervuld (fte)', 'Oorzaak']);
    // Only shortfalls of at least 0,05 fte, as the terminal and the report list them (a consultant probe
    // found rows of 0,0 fte beside "2027–2028, 2033" in the terminal); krimp-vacaturestop has one below.
    const shown = plan.shortfalls.filter((s) => s.shortage_fte >= 0.05);
    expect(shown.length).toBeLessThan(plan.shortfalls.length);
    expect(shortfalls.length - 1).toBe(shown.length);
    expect(shortfalls.slice(1).map((r) => r[3])).toEqual(shown.map((s) => round(s.shortage_fte, 1)));
    expect(shortfalls.slice(1).every((r) => Number(r[3]) >= 0.05)).toBe(true);
    expect(String(shortfalls[1]![4])).toMatch(/^werven is niet toegestaan in F\d+ \(plan\.hiring max_per_year: 0\), en routes en doorstroom vullen het tekort niet$/);
    const binding = values(wb.getWorksheet('Knelpunten')!);
    expect(binding.length - 1).toBe(plan.binding.length);
    expect(binding[1]!.slice(0, 4)).toEqual([plan.binding[0]!.constraint, plan.binding[0]!.year, plan.binding[0]!.function, round(plan.binding[0]!.shortage_reduction, 2)]);
    expect(String(binding[1]![5])).toMatch(/^Eén fte extra werving toestaan in F\d+ [A-Z][^,]*? per 1 januari \d{4} zou de onvervulde vraag met \d+,\d fte-jaar verminderen\.$/);

    // Aannames: settings with their source, the plan's notes in Dutch, the stamp.
    const assumptions = values(wb.getWorksheet('Aannames')!);
    expect(assumptions[0]).toEqual(['Instelling', 'Waarde', 'Bron']);
    // krimp-vacaturestop's shrinking demand: a negative rate is a number, not the text "'-0.03".
    expect(assumptions).toContainEqual(['demand.growth[family=Bedrijfsvoering].rate', -0.03, 'krimp-vacaturestop.yaml']);
    // The plan's notes are notes on the plan, not assumptions of the model.
    expect(assumptions).toContainEqual(['Toelichting', 'Een route die in een jaar wordt gebruikt, verplaatst ten minste 0,5 fte.', '']);
    expect(assumptions.filter((r) => r[0] === 'Aanname van het rekenmodel')).toEqual([]);
    expect(assumptions).toContainEqual(['spp-versie', plan.stamp.spp_version, '']);
    const headcount = plan.stamp.inputs.find((i) => i.role === 'headcount')!;
    expect(assumptions).toContainEqual(['Invoer: personeelsbestand', headcount.file, `SHA-256 ${headcount.sha256}`]);
    // Every number as its cell shows it: fte to one decimal, euros whole (found in review: 798.0808000000001).
    expect(moreThanShown(wb)).toEqual([]);
    // …and the workbook says why a column summed in Excel may miss its total by 0,1 fte or € 1.
    expect(assumptions.some((r) => r.some((c) => String(c).includes('de som van een kolom kan 0,1 fte of € 1 van het totaal afwijken (afrondingsverschil)')))).toBe(true);
  }, 60_000);

  it('says under Kosten that costs are discounted, and at which rate, only when plan.discount_rate sets one', async () => {
    const note = async (lang: Lang, rate?: number): Promise<string> => {
      const c = values((await open(await planWorkbook(lang, rate))).worksheets[8]!);
      return String(c[plan.costs.by_year.length + 4]![0]);
    };
    const nl = 'Per jaar waarin betaald: de besluiten die in dat jaar genomen worden (ze gaan 1 januari van het jaar erna in) en de lasten van dat jaar (overbezetting, minder uren, onvervulde vraag)';
    const en = "Per year paid in: the decisions made in that year (they take effect on 1 January of the next year) and that year's carrying costs (overstaffing, reduced hours, unmet demand)";
    expect(await note('nl', 0)).toBe(`${nl}.`);
    expect(await note('nl', 0.03)).toBe(`${nl}, contant gemaakt naar het startjaar 2026 tegen 3% per jaar (plan.discount_rate).`);
    expect(await note('en', 0)).toBe(`${en}.`);
    expect(await note('en', 0.025)).toBe(`${en}, discounted to the start year 2026 at 2.5% a year (plan.discount_rate).`);
  }, 60_000);

  it('writes English headers, sentences and number formats under --lang en, and the same bytes twice', async () => {
    const bytes = await planWorkbook('en');
    expect(Buffer.from(await planWorkbook('en')).equals(Buffer.from(bytes))).toBe(true);
    const wb = await open(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Plan per year', 'Hire (FTE)', 'Pathways in (FTE)', 'Pathways out (FTE)', 'Placed outside (FTE)', 'Overstaffing (FTE)', 'Unmet (FTE)',
      'Pathways', 'Costs', 'Unmet demand', 'Binding limits', 'Assumptions',
    ]);
    expect(values(wb.getWorksheet('Costs')!)[0]).toEqual(['Paid in', 'Hiring', 'Reskilling', 'Placement outside', 'Overstaffing', 'Reduced hours', 'Unmet demand', 'Total', 'Plan saves']);
    expect(wb.getWorksheet('Costs')!.getRow(2).getCell(2).numFmt).toBe(EURO_EN);
    expect(String(values(wb.getWorksheet('Binding limits')!)[1]![5])).toMatch(/^One more hire allowed in F\d+ [A-Z][^,]*? for 1 January \d{4} would cut unmet demand by \d+\.\d FTE-years\.$/);
    expect(values(wb.getWorksheet('Unmet demand')!)[1]![4]).toBe(plan.shortfalls[0]!.cause);
  }, 60_000);
});

describe('the settings sheet of spp plan --format xlsx', () => {
  // It wrote `{ function: F020, change: -0.3, end: 2029 }` in a Dutch workbook, where compare's writes `-0,3` (probe).
  it('writes a list or map of settings with decimal commas in Dutch, as compare does, and decimal points in English', async () => {
    const settings = async (lang: Lang): Promise<unknown[][]> => {
      const wb = await open(await planWorkbook(lang));
      return values(wb.getWorksheet(lang === 'nl' ? 'Aannames' : 'Assumptions')!);
    };
    const nl = await settings('nl');
    const row = (rows: unknown[][], key: string): unknown[] => rows.find((r) => r[0] === key)!;
    expect(row(nl, 'demand.overrides[function=F020]')[1]).toBe('{ function: F020; change: -0,3; end: 2029 }');
    expect(row(nl, 'task_profile.customer_contact')[1]).toBe('{ predictability: 0,45; complexity: 0,3 }');
    // No setting of the Dutch sheet has a decimal point; a number stays a number.
    expect(nl.filter((r) => typeof r[1] === 'string' && /^[[{].*\d\.\d/.test(r[1])).map((r) => r[0])).toEqual([]);
    expect(nl.filter((r) => typeof r[1] === 'number').length).toBeGreaterThan(0);
    const en = await settings('en');
    expect(row(en, 'demand.overrides[function=F020]')[1]).toBe('{ function: F020, change: -0.3, end: 2029 }');
  });
});

describe('spp compare --format xlsx', () => {
  it('has the scenarios, the differences, functions and families side by side, totals per year and the stamp, in Dutch', async () => {
    const wb = await open(await compareWorkbook('nl'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Scenario's", 'Verschillen', 'Functies', 'Families', 'Totalen', 'Stempel']);
    const [a, b] = compare.scenarios as [string, string];

    const differences = values(wb.getWorksheet('Verschillen')!);
    // Each setting in the report's words, then its key (the sheet had the key alone: consultant probe).
    expect(differences[0]).toEqual(['Aanname', 'Sleutel in het scenario', a, b]);
    expect(differences.length - 1).toBe(compare.assumptions.length);
    const target = differences.find((r) => r[1] === 'digitalisation.automation.administrative.target')!;
    expect(target[0]).toBe('Automatisering: Administratief werk');
    expect(target.slice(2)).toEqual([compare.assumptions.find((x) => x.path === target[1])!.values[a], compare.assumptions.find((x) => x.path === target[1])!.values[b]]);
    expect(typeof target[3]).toBe('number');
    expect(values(wb.getWorksheet("Scenario's")!)[0]).toContain('Kosten actieplan, hele horizon');

    const functions = wb.getWorksheet('Functies')!;
    const head = values(functions)[0]!;
    expect(head.slice(0, 7)).toEqual(['Functiecode', 'Functienaam', 'Functiefamilie', `${a}: Status`, `${a}: Kwetsbaar`, `${b}: Status`, `${b}: Kwetsbaar`]);
    expect(head.slice(7, 12)).toEqual([`${a}: Bezetting (fte)`, `${a}: Vraag (fte)`, `${a}: Verschil (fte)`, `${a}: Vervangingsvraag (fte)`, `${a}: Uitbreidingsvraag (fte)`]);
    expect(head.slice(-3)).toEqual([`${b}: Δ Bezetting (fte)`, `${b}: Δ Vraag (fte)`, `${b}: Δ Verschil (fte)`]);
    expect(functions.rowCount).toBe(1 + compare.functions.length);
    const f = compare.functions.find((x) => x.id === 'F001')!;
    const row = values(functions).find((r) => r[0] === 'F001')!;
    const fa = f.by_scenario[a]!;
    const fb = f.by_scenario[b]!;
    expect(row.slice(3, 7)).toEqual([{ stable: 'stabiel', changing: 'veranderend' }[fa.status as 'stable' | 'changing'] ?? row[3], fa.vulnerable ? 'ja' : 'nee', row[5], fb.vulnerable ? 'ja' : 'nee']);
    expect(row.slice(7, 12)).toEqual([fa.supply_fte, fa.demand_fte, fa.gap_fte, fa.replacement_fte, fa.expansion_fte]);
    expect(row.slice(-3)).toEqual([f.delta[b]!.supply_fte, f.delta[b]!.demand_fte, f.delta[b]!.gap_fte]);
    expect(functions.getRow(2).getCell(8).numFmt).toBe('#,##0.0');
    expect(functions.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 2 });
    // An emerging function exists in one scenario only: empty cells, no Δ.
    const only = compare.functions.find((x) => x.by_scenario[a] === null);
    if (only !== undefined) {
      const r = values(functions).find((x) => x[0] === only.id)!;
      expect(r[3]).toBeUndefined();
      expect(r.length).toBeLessThanOrEqual(head.length - 3);
    }

    const totals = values(wb.getWorksheet('Totalen')!);
    expect(totals[0]).toEqual(['Scenario', 'Onderdeel', ...compare.totals.years.map((y) => String(y.year))]);
    expect(totals[3]).toEqual([a, 'Verschil (fte)', ...compare.totals.years.map((y) => y.by_scenario[a]!.gap_fte)]);
    expect(totals).toContainEqual([b, 'Δ Verschil (fte)', ...compare.totals.years.map((y) => y.delta[b]!.gap_fte)]);

    const stamp = values(wb.getWorksheet('Stempel')!);
    expect(stamp).toContainEqual(['Vergeleken jaar', compare.year, '']);
    expect(stamp).toContainEqual(['spp-versie', compare.stamp.spp_version, '']);
  });

  it("says compare's own notes in Dutch on the Stempel sheet (they were English there: 'plan cost with spp plan's defaults …')", async () => {
    const notes = [`${PLAN_DEFAULTS_NOTE}: baseline`, `${OTHER_DATA_NOTE}: differences come from the data as well as from the assumptions`, 'the horizons differ: per function the comparison is for 2030; totals per year are empty where a scenario has no such year'];
    const noteFacts = [{ kind: 'plan_defaults' as const, text: notes[0]!, scenarios: ['baseline'] }];
    const bytes = await renderCompareWorkbook({ ...compare, notes, noteFacts }, { lang: 'nl', notes, stamp: compare.stamp, label: labeller('nl', compareInputs[0]!.scenario.labels) });
    const stamp = values((await open(bytes)).getWorksheet('Stempel')!).map((r) => String(r[1]));
    expect(stamp).toContain('kosten plan met de standaardwaarden van spp plan (het scenario geeft geen eigen instellingen voor het actieplan): baseline.');
    expect(stamp).toContain('de scenario’s lezen verschillende gegevensbestanden: verschillen komen dus ook uit de gegevens, niet alleen uit de aannames');
    expect(stamp).toContain('de horizons verschillen: per functie gaat de vergelijking over 2030; het totaal per jaar is leeg waar een scenario dat jaar niet heeft');
  });

  it("reads a limit one scenario leaves out as 'geen grens' / 'no limit', as the Markdown and the report do, and any other unset value as empty", async () => {
    const [a, b] = compare.scenarios as [string, string];
    const assumptions = [
      { path: 'plan.hiring.max_per_year', values: { [a]: null, [b]: 5 } },
      { path: 'workforce.retirement_age', values: { [a]: 67, [b]: null } },
    ];
    const row = async (lang: 'nl' | 'en', path: string) => {
      const bytes = await renderCompareWorkbook({ ...compare, assumptions }, { lang, notes: [], stamp: compare.stamp, label: labeller(lang, compareInputs[0]!.scenario.labels) });
      return values((await open(bytes)).getWorksheet(lang === 'nl' ? 'Verschillen' : 'Differences')!).find((r) => r[1] === path)!;
    };
    expect((await row('nl', 'plan.hiring.max_per_year')).slice(2)).toEqual(['geen grens', 5]);
    expect((await row('en', 'plan.hiring.max_per_year')).slice(2)).toEqual(['no limit', 5]);
    expect((await row('nl', 'workforce.retirement_age')).slice(2)).toEqual([67]);
  });

  // Found by a review of the workbook: "Invoer: functions", "Scenario: baseline,krimp-vacaturestop" and
  // "[0.25, 0.4, 0.55]" or "{ F007: 0.05 }" as text beside numeric cells that read 0,6.
  it('names the input files and scenarios as Dutch output does, and writes a list or map with decimal commas', async () => {
    const [a, b] = compare.scenarios as [string, string];
    const assumptions = [
      { path: 'digitalisation.automation.administrative.target', values: { [a]: [0.25, 0.4, 0.55], [b]: 0.6 } },
      { path: 'demand.overrides[F020]', values: { [a]: null, [b]: { change: -0.3, end: 2029 } } },
    ];
    const workbook = async (lang: 'nl' | 'en') =>
      open(await renderCompareWorkbook({ ...compare, assumptions }, { lang, notes: [], stamp: { ...compare.stamp, scenario_id: `${a},${b}` }, label: labeller(lang, compareInputs[0]!.scenario.labels) }));
    const nl = await workbook('nl');
    const differences = values(nl.getWorksheet('Verschillen')!);
    expect(differences.find((r) => r[1] === 'digitalisation.automation.administrative.target')!.slice(2)).toEqual(['[0,25; 0,4; 0,55]', 0.6]);
    expect(differences.find((r) => r[1] === 'demand.overrides[F020]')![3]).toBe('{ change: -0,3; end: 2029 }');
    const stamp = values(nl.getWorksheet('Stempel')!);
    expect(stamp).toContainEqual(['Scenario', `${a}, ${b}`, '']);
    const labels = stamp.map((r) => String(r[0])).filter((l) => l.startsWith('Invoer: '));
    expect(labels).toContain('Invoer: functieprofielen');
    expect(labels).toContain('Invoer: personeelsbestand');
    expect(labels).not.toContain('Invoer: functions');
    expect(labels).not.toContain('Invoer: headcount');
    const en = await workbook('en');
    expect(values(en.getWorksheet('Differences')!).find((r) => r[1] === 'digitalisation.automation.administrative.target')!.slice(2)).toEqual(['[0.25, 0.4, 0.55]', 0.6]);
    expect(values(en.getWorksheet('Stamp')!).map((r) => String(r[0]))).toContain('Input: function profiles');
  });

  it('writes English headers and labels under --lang en', async () => {
    const wb = await open(await compareWorkbook('en'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Scenarios', 'Differences', 'Functions', 'Families', 'Totals', 'Stamp']);
    const [a] = compare.scenarios as [string];
    expect(values(wb.getWorksheet('Functions')!)[0]!.slice(0, 5)).toEqual(['Function id', 'Name', 'Family', `${a}: Status`, `${a}: Vulnerable`]);
    expect(values(wb.getWorksheet('Totals')!)[1]!.slice(0, 2)).toEqual([a, 'Supply (FTE)']);
    expect(values(wb.getWorksheet('Stamp')!)).toContainEqual(['Compared year', compare.year, '']);
    expect(values(wb.getWorksheet('Differences')!)[0]!.slice(0, 2)).toEqual(['Assumption', 'Key in the scenario']);
    expect(values(wb.getWorksheet('Differences')!).find((r) => r[1] === 'digitalisation.automation.administrative.target')![0]).toBe('Automation: Administrative work');
  });
});
