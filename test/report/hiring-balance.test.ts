import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/app/load-inputs.js';
import { buildReportSource } from '../../src/app/report.js';
import { buildReportData, type ReportData } from '../../src/report/directie/report-data.js';
import { renderReport } from '../../src/report/directie/render-report.js';

/**
 * Gemeente Voorbeeld's baseline plan hires 1.010,2 fte where the table above it says 676,5 fte leave
 * without hiring: a directieteam asks where the other 334 fte go. The hiring section says how hiring,
 * those who leave of their own accord, newcomers who do not stay their first year and placement outside
 * take the FTE from the start to the horizon — numbers that add up to the plan's own.
 */
const root = join(import.meta.dirname, '..', '..');
const data: Record<string, ReportData> = {};

beforeAll(async () => {
  for (const name of ['baseline', 'krimp-vacaturestop', 'digitaal-versneld']) {
    data[name] = buildReportData(await buildReportSource(await loadInputs({ scenario: join(root, 'scenarios', `${name}.yaml`) })));
  }
}, 180_000);

const dutch = (s: string): number => Number(s.replace(/\./g, '').replace(',', '.'));

function balanceSentence(md: string): string {
  const line = md.split('\n').find((l) => l.startsWith('Zo loopt de bezetting:'));
  expect(line).toBeDefined();
  return line!;
}

describe('the plan chapter says how hiring takes the FTE from the start to the horizon', () => {
  it('gives start, hired, leavers, first-year loss and placement outside that add up to the plan end (baseline, krimp, digitaal)', () => {
    for (const [name, d] of Object.entries(data)) {
      const md = renderReport(d, { format: 'md', lang: 'nl' });
      const s = balanceSentence(md);
      const m = s.match(/^Zo loopt de bezetting: ([\d.,]+) fte op 1 januari 2026, plus ([\d.,]+) fte geworven, min ([\d.,]+) fte die in 2026–2034 vanzelf vertrekt \([^)]*\)(?:, min ([\d.,]+) fte nieuwkomers(?: en overstappers)? die hun eerste jaar in de functie niet blijven)?(?:, min ([\d.,]+) fte buiten de organisatie geplaatst)?: ([\d.,]+) fte op 1 januari 2035( \(afgerond; de delen tellen daardoor ([\d,]+) fte anders op\))?\./);
      expect(m, `${name}: ${s}`).not.toBeNull();
      const [start, hired, outflow] = [m![1]!, m![2]!, m![3]!].map(dutch) as [number, number, number];
      const loss = m![4] === undefined ? 0 : dutch(m![4]);
      const outside = m![5] === undefined ? 0 : dutch(m![5]);
      const end = dutch(m![6]!);
      // The parts are the plan's own totals, rounded: they add up to its end within rounding, and the
      // sentence says so exactly when the rounded parts do not.
      const residual = Math.round((start + hired - outflow - loss - outside - end) * 10) / 10;
      expect(Math.abs(residual), name).toBeLessThanOrEqual(0.2);
      if (residual === 0) expect(m![7], name).toBeUndefined();
      else expect(dutch(m![8]!), name).toBe(Math.abs(residual));
      // The same figures as the plan's year table and the hiring text.
      expect(md).toContain(`Het plan werft ${m![2]} fte in 2027–2035`);
      expect(end).toBeCloseTo(d.plan.balance.end, 1);
      expect(start).toBeCloseTo(d.plan.balance.start, 1);
    }
  });

  it('says why more leave than the replacement demand without hiring, naming that figure', () => {
    const md = renderReport(data.baseline!, { format: 'md', lang: 'nl' });
    expect(md).toContain('| 2035 | 666,8 | 1.338,6 | −671,8 | 676,5 | −60,4 |');
    expect(balanceSentence(md)).toContain('Er vertrekt meer dan de 676,5 fte vervangingsvraag zonder werving');
  });

  it('the balance itself holds exactly on the unrounded plan: start + hired − outflow − loss − outside = end', () => {
    for (const [name, d] of Object.entries(data)) {
      const outside = d.plan.perYear.outside.reduce((s, x) => s + x, 0);
      const hired = d.plan.perYear.hired.reduce((s, x) => s + x, 0);
      const b = d.plan.balance;
      expect(b.start + hired - b.outflow - b.newcomerLoss - outside, name).toBeCloseTo(b.end, 2);
    }
  });

  it('is left out when the hiring or placement-outside total is withheld for privacy (it would give it back)', () => {
    const d = data.baseline!;
    for (const kind of ['hired', 'outside'] as const) {
      const hidden: ReportData = { ...d, plan: { ...d.plan, perYearHidden: { ...d.plan.perYearHidden, [kind]: { ...d.plan.perYearHidden[kind], total: 'small' } } } };
      const md = renderReport(hidden, { format: 'md', lang: 'nl' });
      expect(md, kind).not.toContain('Zo loopt de bezetting');
    }
  });

  it('names reduced hours, and gives them a row, only when the scenario allows them (plan.reduced_hours)', () => {
    // Baseline has no plan: block: a row of zeros and "minder uren werken voor wie dat wil" named a lever it does not have.
    const baseline = renderReport(data.baseline!, { format: 'md', lang: 'nl' });
    expect(data.baseline!.plan.reducedHoursAllowed).toBe(false);
    expect(baseline).not.toMatch(/\| Minder uren/);
    expect(baseline).not.toContain('minder uren werken voor wie dat wil');
    expect(baseline).toContain('Overbezetting is de stand in een jaar: het totaal telt die op tot fte-jaren.');
    const krimp = renderReport(data['krimp-vacaturestop']!, { format: 'md', lang: 'nl' });
    expect(data['krimp-vacaturestop']!.plan.reducedHoursAllowed).toBe(true);
    expect(krimp).toMatch(/\| Minder uren, vrijwillig \(fte\) \|/);
    expect(krimp).toContain('minder uren werken voor wie dat wil, of tijdelijk meer mensen in dienst houden');
    const en = renderReport(data.baseline!, { format: 'md', lang: 'en' });
    expect(en).not.toMatch(/\| Reduced hours|work fewer hours do so/);
  });

  it('leaves out a first-year loss that rounds to 0,0 rather than saying "min 0,0 fte nieuwkomers"', () => {
    const d = data.baseline!;
    const none: ReportData = { ...d, plan: { ...d.plan, balance: { ...d.plan.balance, newcomerLoss: 0.02, outflow: d.plan.balance.outflow + d.plan.balance.newcomerLoss - 0.02 } } };
    const s = balanceSentence(renderReport(none, { format: 'md', lang: 'nl' }));
    expect(s).not.toContain('nieuwkomers');
    expect(s).toContain('(pensioen, verloop, aflopende contracten), min 0,4 fte buiten de organisatie geplaatst: 1.338,7 fte op 1 januari 2035');
  });

  it('says it in English too', () => {
    const en = renderReport(data.baseline!, { format: 'md', lang: 'en' });
    expect(en).toMatch(/So the workforce runs: 1,343\.2 FTE on 1 January 2026, plus 1,010\.2 FTE hired, minus [\d,.]+ FTE leaving of their own accord in 2026–2034/);
  });
});
