import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/app/load-inputs.js';
import { buildReportSource } from '../../src/app/report.js';
import { runPlan } from '../../src/app/plan.js';
import { buildSensitivityResult } from '../../src/app/sensitivity.js';
import type { PlanResult } from '../../src/domain/plan.js';
import { buildReportData, type ReportData } from '../../src/report/directie/report-data.js';
import { renderReport } from '../../src/report/directie/render-report.js';

/**
 * Privacy in a tiny organisation (fixtures/report/tiny-org: 23 people; family Gamma is one function,
 * C1, with 2 people; privacy.min_group 5): the family supply chart and the organisation-wide plan
 * per year may not give a small group's figures away.
 */
const scenario = join(import.meta.dirname, '..', '..', 'fixtures', 'report', 'tiny-org', 'scenario.yaml');
let data: ReportData;
let source: Awaited<ReturnType<typeof buildReportSource>>;
let plan: PlanResult;

beforeAll(async () => {
  source = await buildReportSource(await loadInputs({ scenario }));
  data = buildReportData(source);
  plan = (await runPlan({ scenario })).result;
}, 60_000);

describe('the per-family supply chart', () => {
  it('shows no series for a family with fewer than min_group people, but one series of the withheld families together', () => {
    const ids = data.supply.families.map((s) => s.id);
    expect(ids).not.toContain('Gamma');
    const merged = data.supply.families.find((s) => s.merged !== undefined)!;
    expect(merged.merged).toBeGreaterThanOrEqual(2);
    // The stack still adds up to the total supply.
    data.years.forEach((_, i) => expect(data.supply.families.reduce((a, s) => a + s.fte[i]!, 0)).toBeCloseTo(data.supply.total[i]!, 6));
    for (const format of ['md', 'html'] as const) {
      const text = renderReport(data, { format, lang: 'nl' });
      const chapter = text.slice(text.indexOf('Bezetting per functiefamilie en benodigde formatie'), text.indexOf('Leeftijdsopbouw'));
      expect(chapter).not.toContain('Gamma');
      expect(chapter).toContain('2 families samen (privacy)');
    }
    expect(renderReport(data, { format: 'md', lang: 'en' })).toContain('2 families together (privacy)');
  });
});

describe('the organisation-wide plan per year', () => {
  const KEYS = { hired: 'hired_fte', outside: 'redundant_fte', shortage: 'shortage_fte' } as const;

  it('hides a year whose only contributor is a function the per-function table hides (report)', () => {
    const hiddenIds = new Set([...data.plan.hiring, ...data.plan.outside, ...data.plan.shortfalls].filter((r) => r.hidden !== null).map((r) => r.id));
    expect(hiddenIds.has('C1')).toBe(true);
    let cases = 0;
    for (const [kind, key] of Object.entries(KEYS) as [keyof typeof KEYS, (typeof KEYS)[keyof typeof KEYS]][]) {
      const rows = kind === 'hired' ? data.plan.hiring : kind === 'outside' ? data.plan.outside : data.plan.shortfalls;
      const hidden = new Set(rows.filter((r) => r.hidden !== null).map((r) => r.id));
      data.plan.years.forEach((_, i) => {
        const contributors = source.plan.functions.filter((f) => f.years[i + 1]![key] >= 0.00005);
        const alone = contributors.length === 1 && hidden.has(contributors[0]!.id);
        expect(data.plan.perYearHidden[kind].years[i] !== null, `${kind} ${data.plan.years[i]}`).toBe(alone);
        if (alone) cases++;
      });
    }
    // The fixture has such a year (C1 hires alone when its older specialist retires).
    expect(cases).toBeGreaterThan(0);
    const md = renderReport(data, { format: 'md', lang: 'nl' });
    const row = md.split('\n').find((l) => l.startsWith('| Werving (fte) |'))!;
    expect(row).toMatch(/\| (•|< 5) \|/);
  });

  it('spp plan: total minus the visible functions is only ever the merged row, a group of at least min_group people', () => {
    const other = plan.functions.find((f) => f.id === 'other')!;
    expect(other).toBeDefined();
    expect(plan.functions.map((f) => f.id)).not.toContain('C1');
    const persons = source.project.functions.filter((f) => f.suppressed !== undefined).reduce((a, f) => a + (f.years[0]!.supply_persons ?? 0), 0);
    expect(persons).toBeGreaterThanOrEqual(5);
    for (const key of Object.values(KEYS)) {
      plan.totals.years.forEach((y, i) => {
        const visible = plan.functions.filter((f) => f.id !== 'other').reduce((a, f) => a + f.years[i]![key], 0);
        expect(y[key] - visible).toBeCloseTo(other.years[i]![key], 3);
      });
    }
  });
});

/** The fixture's report data as if no plan total were hidden (every kind's total shown). */
function unhidden(): ReportData {
  const h = data.plan.perYearHidden;
  const shown = <T extends { total: unknown }>(x: T): T => ({ ...x, total: null });
  return { ...data, plan: { ...data.plan, perYearHidden: { hired: shown(h.hired), outside: shown(h.outside), shortage: shown(h.shortage), reducedHours: shown(h.reducedHours), overstaffing: shown(h.overstaffing) } } };
}

describe("the plan's costs per kind", () => {
  const row = (md: string, label: string): string[] => md.slice(md.indexOf('Kostenvergelijking')).split('\n').find((l) => l.replace(/\*/g, '').startsWith(`| ${label} |`))!.replace(/\*/g, '').split('|').map((c) => c.trim()).filter((c) => c !== '');

  it('hide the hiring cost, the plan total and the savings when the plan hides its total hiring (one small function hires alone)', () => {
    // The situation of an organisation whose only hiring function is small: the per-function table then hides its total.
    const hiding: ReportData = { ...data, plan: { ...data.plan, perYearHidden: { ...data.plan.perYearHidden, hired: { ...data.plan.perYearHidden.hired, total: 'complement' } } } };
    const md = renderReport(hiding, { format: 'md', lang: 'nl' });
    const cost = row(md, 'Wervingskosten');
    // The alternatives hire in the same small function: hidden as well, and so are the totals.
    expect(cost.slice(1)).toEqual(['•', '•', '•']);
    expect(row(md, 'Totaal').slice(1)).toEqual(['•', '•', '•']);
    expect(row(md, 'Het actieplan is').slice(1)).toEqual(['•', '•']);
    // Neither the summary nor the chapter's text names the plan's total or hiring cost.
    const euro = (x: number): string => `€ ${Math.round(x).toLocaleString('nl-NL')}`.replace(/\u00a0/g, ' ');
    for (const x of [data.plan.costs.plan.hiring, data.plan.costs.plan.total, data.plan.costs.noPlan.total, data.plan.costs.noPlan.hiring]) expect(md.replace(/\u00a0/g, ' ')).not.toContain(euro(x));
    // The placement-outside cost is not hidden: its total is shown.
    expect(row(md, 'Kosten van plaatsing buiten de organisatie')[1]).toMatch(/€/);
  });

  it("hide the plan's total in the sensitivity chapter too, when the cost table hides it", async () => {
    // The fixture has no plan: block, so its sensitivity moves no plan; the base cost is the report's plan's.
    const moved = await buildSensitivityResult(await loadInputs({ scenario }));
    const sensitivity = { ...moved, base: { ...moved.base, plan_cost: data.plan.costs.plan.total } };
    const euro = (x: number): string => `€ ${Math.round(x).toLocaleString('nl-NL')}`.replace(/\u00a0/g, ' ');
    const shown = renderReport({ ...unhidden(), sensitivity }, { format: 'md', lang: 'nl' }).replace(/\u00a0/g, ' ');
    expect(shown).toContain(`kost in totaal ${euro(sensitivity.base.plan_cost!)}`);
    const hiding: ReportData = { ...data, sensitivity, plan: { ...data.plan, perYearHidden: { ...data.plan.perYearHidden, hired: { ...data.plan.perYearHidden.hired, total: 'complement' } } } };
    const md = renderReport(hiding, { format: 'md', lang: 'nl' }).replace(/\u00a0/g, ' ');
    expect(md).toContain('kost in totaal •');
    expect(md).not.toContain(euro(sensitivity.base.plan_cost!));
  }, 60_000);

  it('hide the overstaffing cost and the totals in this fixture: B1, withheld by spp project as the complement of C1, is the only function kept on above demand', () => {
    expect(data.plan.perYearHidden.overstaffing.total).toBe('complement');
    const md = renderReport(data, { format: 'md', lang: 'nl' });
    expect(row(md, 'Kosten van overbezetting').slice(1)).toEqual(['•', '•', '•']);
    expect(row(md, 'Totaal').slice(1)).toEqual(['•', '•', '•']);
    expect(row(md, 'Wervingskosten')[1]).toMatch(/€/);
  });

  it('are shown as they are when no plan total is hidden', () => {
    const md = renderReport(unhidden(), { format: 'md', lang: 'nl' });
    expect(row(md, 'Wervingskosten')[1]).toMatch(/€/);
    // This fixture's plan moves no one, so it costs what the plan without routes costs: said in words.
    expect(row(md, 'Het actieplan is')[1]).toMatch(/€|even duur/);
    expect(row(md, 'Het actieplan is').slice(1)).not.toContain('•');
  });
});
