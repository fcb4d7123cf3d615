import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { PlanResult } from '../../src/domain/plan.js';
import { labeller, type Lang } from '../../src/report/labels.js';
import { renderPlanWorkbook } from '../../src/report/xlsx/plan-workbook.js';
import { noCosts, planYear } from './plan-fixture.js';

/**
 * The rows of spp plan's workbook: Vertrek right after Werven (as the terminal table and the Markdown
 * show it), and Minder uren only when the scenario has the lever (a plan.reduced_hours rule), as the
 * report's plan table. A hand-built plan: F1 hires 3 and loses 2 to natural outflow and 0,5 newcomers.
 */
const stamp: PlanResult['stamp'] = { spp_version: '0.0.0-test', scenario_id: 'rows', inputs: [], seed: null };
const f1 = [planYear(2026, 20), planYear(2027, 20.5, { hired_fte: 3, natural_outflow_fte: 2, newcomer_loss_fte: 0.5 }), planYear(2028, 20.5)];
const plan: PlanResult = {
  schema: 'spp.plan/1', stamp, scenario: { id: 'rows', title: null, horizon: { start: 2026, end: 2028 } }, objective: 'cost', years: [2026, 2027, 2028],
  functions: [{ id: 'F1', name: 'Function F1', family: 'Bedrijfsvoering', years: f1 }],
  pathways: [],
  costs: { by_year: [{ year: 2026, total: 6000, ...noCosts, hiring: 6000 }, { year: 2027, total: 0, ...noCosts }, { year: 2028, total: 0, ...noCosts }], by_kind: { ...noCosts, hiring: 6000 }, total: 6000 },
  totals: { years: f1 },
  alternatives: {
    no_pathways: { total: 6000, by_kind: { ...noCosts, hiring: 6000 }, shortage_fte_years: 0, hired_fte: 3, redundant_fte: 0, saving: 0 },
    no_plan: { total: 6000, by_kind: { ...noCosts, hiring: 6000 }, shortage_fte_years: 0, hired_fte: 3, redundant_fte: 0, saving: 0 },
  },
  binding: [], shortfalls: [], notes: [], noteFacts: [],
};

async function sheets(lang: Lang, reducedHoursAllowed: boolean): Promise<{ perYear: ExcelJS.Worksheet; rows: unknown[][]; costs: unknown[][] }> {
  const bytes = await renderPlanWorkbook(plan, { lang, assumptions: [], notes: [], stamp, label: labeller(lang, undefined), reducedHoursAllowed });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const valuesOf = (ws: ExcelJS.Worksheet): unknown[][] => {
    const out: unknown[][] = [];
    ws.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
    return out;
  };
  const perYear = wb.worksheets[0]!;
  return { perYear, rows: valuesOf(perYear), costs: valuesOf(wb.getWorksheet(lang === 'nl' ? 'Kosten' : 'Costs')!) };
}

describe('spp plan --format xlsx: the rows of Plan per jaar', () => {
  it('puts Vertrek right after Werven, as the terminal table and the Markdown', async () => {
    const { rows } = await sheets('nl', false);
    expect(rows.map((r) => r[0])).toEqual([
      'Onderdeel', 'Bezetting (fte)', 'Vraag (fte)', 'Werven (fte)', 'Vertrek (fte)', 'Instroom routes (fte)', 'Buiten geplaatst (fte)', 'Overbezetting (fte)', 'Onvervuld (fte)',
      'Kosten betaald in dat jaar (€)',
    ]);
    // 20 + 3 − 2,5 = 20,5: the rows read in the balance's order.
    expect(rows[4]).toEqual(['Vertrek (fte)', undefined, 2.5, 0]);
    const en = (await sheets('en', false)).rows.map((r) => r[0]);
    expect(en.indexOf('Left (FTE)')).toBe(en.indexOf('Hire (FTE)') + 1);
  });

  it('leaves out Minder uren without a plan.reduced_hours rule: no rows of zeros, no cost column', async () => {
    const { rows, costs, perYear } = await sheets('nl', false);
    expect(rows.some((r) => String(r[0]).startsWith('Minder uren'))).toBe(false);
    expect(costs[0]).toEqual(['Betaald in', 'Wervingskosten', 'Omscholingskosten', 'Plaatsing buiten', 'Overbezetting', 'Onvervulde vraag', 'Totaal', 'Plan bespaart']);
    expect(costs[1]).toEqual([2026, 6000, 0, 0, 0, 0, 6000]);
    // The costs row keeps its euro format, the FTE rows theirs.
    expect(perYear.getRow(rows.length).getCell(2).numFmt).toBe('"€" #,##0;"€" -#,##0');
    expect(perYear.getRow(rows.length - 1).getCell(2).numFmt).toBe('#,##0.0');
  });

  it('keeps them with a rule, even when the plan puts nobody on reduced hours', async () => {
    const { rows, costs, perYear } = await sheets('nl', true);
    expect(rows.map((r) => r[0]).slice(-3)).toEqual(['Minder uren (fte)', 'Minder uren (personen, naar boven afgerond)', 'Kosten betaald in dat jaar (€)']);
    expect(rows.at(-3)!.slice(2)).toEqual([0, 0]);
    expect(perYear.getRow(rows.length - 1).getCell(3).numFmt).toBe('#,##0');
    expect(costs[0]).toContain('Minder uren');
    const en = await sheets('en', true);
    expect(en.rows.some((r) => r[0] === 'Reduced hours (FTE)')).toBe(true);
    expect(en.costs[0]).toContain('Reduced hours');
  });
});
