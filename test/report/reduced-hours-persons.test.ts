import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { reducedHoursFte, reducedHoursWholePersons, wholePersons, type PlanResult } from '../../src/domain/plan.js';
import { reskillResultOf } from '../../src/app/reskill-plan.js';
import { ScenarioSchema } from '../../src/domain/scenario-schema.js';
import { withGapSources } from '../../src/model/gap-sources.js';
import { cell, noCosts, planYear, projectFunction, projectOf, yearRow } from './plan-fixture.js';
import { buildReportData } from '../../src/report/directie/report-data.js';
import { renderReport } from '../../src/report/directie/render-report.js';
import { planRenderers } from '../../src/report/render-plan.js';
import { reducedHoursPersonsText } from '../../src/report/reduced-hours-words.js';
import { labeller } from '../../src/report/labels.js';
import { renderPlanWorkbook } from '../../src/report/xlsx/plan-workbook.js';

/**
 * People on reduced hours (plan.reduced_hours, SPEC §3.3): the LP's P is continuous, so the plan puts
 * 6,6 persons of F1 on fewer hours. An OR member frowned at "6,6 personen" in a column of persons:
 * every output for people shows the FTE given up (a·P, what the balance uses) and says the persons
 * only in words, whole and rounded up, with "ongeveer". The JSON keeps SPEC §4's continuous key.
 */
const scenario = ScenarioSchema.parse({ id: 'minder-uren', horizon: { start: 2026, end: 2028 }, privacy: { min_group: 1 } });

const a = withGapSources([yearRow(2026, 20, 20), yearRow(2027, 20, 18.68), yearRow(2028, 20, 18.62)]);
const b = withGapSources([yearRow(2026, 10, 10), yearRow(2027, 10, 10), yearRow(2028, 10, 9.85)]);
const project = projectOf('minder-uren', 1, [projectFunction('F1', 'Bedrijfsvoering', a), projectFunction('F2', 'Bedrijfsvoering', b)], [yearRow(2026, 30, 30), yearRow(2027, 30, 28.68), yearRow(2028, 30, 28.47)]);
/**
 * fte_per_person 0.2: F1 gives up 1.32 FTE in 2027 (6.6 persons) and 1.38 in 2028 (6.9); F2 0.15 FTE
 * in 2028 (0.75 persons). Whole: 7 in 2027, 7 + 1 = 8 in 2028 — not 7.65 rounded up (one person works in one function).
 */
const f1 = [planYear(2026, 20), planYear(2027, 20, { demand_fte: 18.68, reduced_hours_persons: 6.6 }), planYear(2028, 20, { demand_fte: 18.62, reduced_hours_persons: 6.9 })];
const f2 = [planYear(2026, 10), planYear(2027, 10), planYear(2028, 10, { demand_fte: 9.85, reduced_hours_persons: 0.75 })];
const plan: PlanResult = {
  schema: 'spp.plan/1', stamp: project.stamp, scenario: project.scenario, objective: 'cost', years: [2026, 2027, 2028],
  functions: [{ id: 'F1', name: 'Function F1', family: 'Bedrijfsvoering', years: f1 }, { id: 'F2', name: 'Function F2', family: 'Bedrijfsvoering', years: f2 }],
  pathways: [],
  costs: { by_year: [{ year: 2027, total: 3300, ...noCosts, reduced_hours: 3300 }, { year: 2028, total: 3825, ...noCosts, reduced_hours: 3825 }], by_kind: { ...noCosts, reduced_hours: 7125 }, total: 7125 },
  totals: { years: [planYear(2026, 30), planYear(2027, 30, { demand_fte: 28.68, reduced_hours_persons: 6.6 }), planYear(2028, 30, { demand_fte: 28.47, reduced_hours_persons: 7.65 })] },
  alternatives: {
    no_pathways: { total: 7125, by_kind: { ...noCosts, reduced_hours: 7125 }, shortage_fte_years: 0, hired_fte: 0, redundant_fte: 0, saving: 0 },
    no_plan: { total: 99000, by_kind: { ...noCosts, redundancy: 99000 }, shortage_fte_years: 0, hired_fte: 0, redundant_fte: 2.85, saving: 91875 },
  },
  binding: [], shortfalls: [], notes: [], noteFacts: [],
};
const data = buildReportData({ project, plan, reskill: reskillResultOf(plan, scenario.reskilling, []), scenario, cells: [cell('F1', 20), cell('F2', 10)], raw: {}, usedExample: false });

describe('persons on reduced hours as whole people', () => {
  it('rounds each function up to whole persons, keeping a solver’s 6,0000001 at 6', () => {
    expect([6.6, 6.0000001, 5.511, 0.75, 0, 0.004].map(wholePersons)).toEqual([7, 6, 6, 1, 0, 0]);
    expect(reducedHoursWholePersons(plan.functions)).toEqual([{ year: 2026, persons: 0 }, { year: 2027, persons: 7 }, { year: 2028, persons: 8 }]);
    expect(plan.totals.years.map(reducedHoursFte).map((x) => Math.round(x * 100) / 100)).toEqual([0, 1.32, 1.53]);
  });

  it('says them in words with ongeveer/about, equal years in a row as one span', () => {
    const years = [2027, 2028, 2029, 2030, 2031].map((year, k) => ({ year, persons: [2, 6, 6, 0, 1][k]! }));
    expect(reducedHoursPersonsText(years, 'nl')).toBe('ongeveer 2 personen in 2027, 6 in 2028–2029 en 1 in 2031');
    expect(reducedHoursPersonsText(years, 'en')).toBe('about 2 people in 2027, 6 in 2028–2029 and 1 in 2031');
    expect(reducedHoursPersonsText([{ year: 2027, persons: 1 }], 'nl')).toBe('ongeveer 1 persoon in 2027');
    expect(reducedHoursPersonsText([{ year: 2027, persons: 0 }], 'nl')).toBeNull();
  });
});

describe('the outputs for people show FTE and whole persons, never 6,6 personen', () => {
  it('report (md, nl and en): the plan table row is FTE given up, the note says the persons whole', () => {
    const nl = renderReport(data, { format: 'md', lang: 'nl' });
    expect(nl).toContain('| Minder uren, vrijwillig (fte) | 1,3 | 1,5 | 2,9 |');
    expect(nl).not.toMatch(/\(personen\)|6,6|7,65|persoonsjaren/);
    expect(nl).toContain('Minder uren is de fte die medewerkers vrijwillig minder werken: dat zijn ongeveer 7 personen in 2027 en 8 in 2028 (naar boven afgerond op hele personen).');
    const en = renderReport(data, { format: 'md', lang: 'en' });
    expect(en).toContain('| Reduced hours, voluntary (FTE) | 1.3 | 1.5 | 2.9 |');
    expect(en).toContain('that is about 7 people in 2027 and 8 in 2028 (rounded up to whole people)');
    expect(en).not.toMatch(/6\.6|7\.65|person-years/);
  });

  it('spp plan (table, md): the line under the year table gives the FTE and the whole persons; JSON keeps the continuous key', () => {
    for (const format of ['table', 'md'] as const) {
      const text = planRenderers[format](plan, { lang: 'nl', color: false, dialect: 'rfc', width: 200 }).replace(/\s+/g, ' ');
      expect(text).toContain('Minder uren (vrijwillig; fte die mensen minder werken): 2027 1,3; 2028 1,5; dat zijn ongeveer 7 personen in 2027 en 8 in 2028 (naar boven afgerond op hele personen).');
    }
    const json = JSON.parse(planRenderers.json(plan)) as { totals: { years: { reduced_hours_persons: number }[] } };
    expect(json.totals.years.map((y) => y.reduced_hours_persons)).toEqual([0, 6.6, 7.65]);
  });

  it('xlsx: the plan per year sheet has the FTE given up and the whole persons, not the continuous count', async () => {
    const bytes = await renderPlanWorkbook(plan, { lang: 'nl', assumptions: [], notes: [], stamp: plan.stamp, label: labeller('nl', scenario.labels), reducedHoursAllowed: true });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Plan per jaar')!;
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const fte = rows.find((r) => r[0] === 'Minder uren (fte)')!;
    expect(fte.slice(2)).toEqual([1.3, 1.5]);
    expect(rows.find((r) => r[0] === 'Minder uren (personen, naar boven afgerond)')!.slice(2)).toEqual([7, 8]);
    expect(rows.some((r) => r[0] === 'Minder uren (personen)')).toBe(false);
  });
});
