import { describe, expect, it } from 'vitest';
import type { ProjectResult } from '../../src/domain/results.js';
import type { PlanResult } from '../../src/domain/plan.js';
import { reskillResultOf } from '../../src/app/reskill-plan.js';
import { ScenarioSchema } from '../../src/domain/scenario-schema.js';
import { withGapSources } from '../../src/model/gap-sources.js';
import { cell, noCosts, planYear, projectFunction, projectOf, yearRow } from './plan-fixture.js';
import { buildReportData } from '../../src/report/directie/report-data.js';
import { renderReport } from '../../src/report/directie/render-report.js';

/**
 * The report hid a year's hiring, placement outside and unmet demand when a small function (fewer than
 * privacy.min_group people) was its only contributor, but not its reduced hours or overstaffing: a
 * town whose 3-person F2 alone keeps 0,5 fte on above demand in 2027 showed "0,5" there — with F2's
 * demand shown, its people's supply — and "ongeveer 2 personen" on reduced hours in 2028: two of its
 * three people work less. Both are hidden like its hires, with the complement rule, and so are their
 * costs (a kind's cost is its FTE times a cost per FTE).
 */
const scenario = ScenarioSchema.parse({ id: 'klein', horizon: { start: 2026, end: 2028 }, privacy: { min_group: 5 } });


/**
 * F1 (20 people) and F2 (3 people). Overstaffing: F2 alone in 2027 (0.5), F1 alone in 2028 (1.0).
 * Reduced hours (fte_per_person 0.2): F2 alone, 1.5 persons in 2028 (0.3 FTE).
 */
function town(): { project: ProjectResult; plan: PlanResult } {
  const project = projectOf(
    'klein',
    5,
    [projectFunction('F1', 'Bedrijfsvoering', withGapSources([yearRow(2026, 20, 20), yearRow(2027, 20, 20), yearRow(2028, 20, 19)])), projectFunction('F2', 'Bedrijfsvoering', withGapSources([yearRow(2026, 3, 3), yearRow(2027, 3, 2.5), yearRow(2028, 3, 2.7)]))],
    [yearRow(2026, 23, 23), yearRow(2027, 23, 22.5), yearRow(2028, 23, 21.7)],
  );
  const f1 = [planYear(2026, 20), planYear(2027, 20), planYear(2028, 20, { demand_fte: 19, overstaffing_fte: 1 })];
  const f2 = [planYear(2026, 3), planYear(2027, 3, { demand_fte: 2.5, overstaffing_fte: 0.5 }), planYear(2028, 3, { demand_fte: 2.7, reduced_hours_persons: 1.5 })];
  const byYear = [
    { year: 2027, total: 30000, ...noCosts, overstaffing: 30000 },
    { year: 2028, total: 60750, ...noCosts, overstaffing: 60000, reduced_hours: 750 },
  ];
  const byKind = { ...noCosts, overstaffing: 90000, reduced_hours: 750 };
  const plan: PlanResult = {
    schema: 'spp.plan/1', stamp: project.stamp, scenario: project.scenario, objective: 'cost', years: [2026, 2027, 2028],
    functions: [{ id: 'F1', name: 'Function F1', family: 'Bedrijfsvoering', years: f1 }, { id: 'F2', name: 'Function F2', family: 'Bedrijfsvoering', years: f2 }],
    pathways: [],
    costs: { by_year: byYear, by_kind: byKind, total: 90750 },
    totals: { years: [planYear(2026, 23), planYear(2027, 23, { demand_fte: 22.5, overstaffing_fte: 0.5 }), planYear(2028, 23, { demand_fte: 21.7, overstaffing_fte: 1, reduced_hours_persons: 1.5 })] },
    alternatives: {
      no_pathways: { total: 90750, by_kind: byKind, shortage_fte_years: 0, hired_fte: 0, redundant_fte: 0, saving: 0 },
      no_plan: { total: 99000, by_kind: { ...noCosts, redundancy: 99000 }, shortage_fte_years: 0, hired_fte: 0, redundant_fte: 1.8, saving: 8250 },
    },
    binding: [], shortfalls: [], notes: [], noteFacts: [],
  };
  return { project, plan };
}

const { project, plan } = town();
const data = buildReportData({ project, plan, reskill: reskillResultOf(plan, scenario.reskilling, []), scenario, cells: [cell('F1', 20), cell('F2', 3)], raw: {}, usedExample: false });
const md = renderReport(data, { format: 'md', lang: 'nl' });
const tableRow = (label: string): string[] => md.split('\n').find((l) => l.startsWith(`| ${label} |`))!.split('|').slice(2, -1).map((c) => c.trim());

describe("the report's plan per year: a small function's reduced hours and overstaffing are hidden like its hires", () => {
  it('hides a year of overstaffing whose only contributor is the small function, and one more so that the total gives nothing back', () => {
    const h = data.plan.perYearHidden.overstaffing;
    expect(h.years[0]).toBe('small');
    // 2028 (F1 alone, shown by itself) is hidden as the complement: 1,5 − 1,0 would give 2027's 0,5 back.
    expect(h.years.filter((x) => x !== null).length + (h.total === null ? 0 : 1)).toBeGreaterThanOrEqual(2);
    const overstaffing = tableRow('Overbezetting (fte)');
    expect(overstaffing[0]).toBe('< 5');
    expect(overstaffing).not.toContain('0,5');
    expect(overstaffing.filter((c) => /\d,\d/.test(c)).length).toBeLessThanOrEqual(1);
  });

  it('hides reduced hours of the small function alone — the year, the total and the persons in the note', () => {
    const h = data.plan.perYearHidden.reducedHours;
    expect(h.years[1]).toBe('small');
    expect(h.total).toBe('small');
    const reduced = tableRow('Minder uren, vrijwillig (fte)');
    expect(reduced).not.toContain('0,3');
    expect(md).not.toMatch(/ongeveer 2 personen/);
  });

  it('hides the cost of reduced hours in every column, and the totals that would give it back', () => {
    // Overstaffing's total over the horizon (1,5 fte-jaar: F1 and F2) is shown, so its cost is too;
    // reduced hours' total is F2's alone, so its cost is hidden, and with it every total and saving.
    const line = (label: string): string => md.split('\n').find((l) => l.startsWith(`| ${label} |`))!;
    // The euro sign is followed by a no-break space.
    expect(line('Kosten van minder uren')).not.toMatch(/€\s[1-9]/);
    const lines = md.split('\n');
    const costTotal = lines.slice(lines.findIndex((l) => l.startsWith('| Kostensoort |'))).find((l) => l.startsWith('| **Totaal** |'))!;
    expect(costTotal).not.toMatch(/€\s[1-9]/);
    expect(line('Kosten van overbezetting')).toMatch(/€\s90\.000/);
    expect(md).not.toMatch(/€\s90\.750|€\s750\b|€\s8\.250/);
  });

  it('shows them when no small function is the only contributor (min_group 1)', () => {
    const open = ScenarioSchema.parse({ id: 'klein', horizon: { start: 2026, end: 2028 }, privacy: { min_group: 1 } });
    const shown = buildReportData({ project: { ...project, privacy: { min_group: 1, suppressed_keys: [] } }, plan, reskill: reskillResultOf(plan, open.reskilling, []), scenario: open, cells: [cell('F1', 20), cell('F2', 3)], raw: {}, usedExample: false });
    expect(shown.plan.perYearHidden.overstaffing).toEqual({ years: [null, null], total: null });
    expect(shown.plan.perYearHidden.reducedHours).toEqual({ years: [null, null], total: null });
    const text = renderReport(shown, { format: 'md', lang: 'nl' });
    expect(text).toContain('| Overbezetting (fte) | 0,5 | 1,0 | 1,5 |');
    expect(text).toContain('ongeveer 2 personen in 2028');
  });
});
