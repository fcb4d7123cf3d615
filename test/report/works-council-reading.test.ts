import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/app/load-inputs.js';
import { buildReportSource } from '../../src/app/report.js';
import { buildReportData, type ReportData } from '../../src/report/directie/report-data.js';
import { renderReport } from '../../src/report/directie/render-report.js';
import { runSpp } from '../cli/run-spp.js';

/**
 * The plan as a member of the works council (OR) reads it for its advice (WOR art. 25). In the
 * municipal sector (Cao Gemeenten) "boventallig" is a person's formal status after a reorganisation,
 * the start of a van-werk-naar-werk-traject; the plan's overstaffing is FTE kept on above demand, in
 * their own function, on their own pay — overbezetting. Calling it "boventallig in dienst" read as
 * "this many people will be declared boventallig". Placement outside is a cost choice of the plan,
 * not a finding that no suitable work exists; fewer hours cannot be imposed; unmet demand is work
 * that colleagues absorb.
 */
const root = join(import.meta.dirname, '..', '..');
const krimp = join(root, 'scenarios', 'krimp-vacaturestop.yaml');
const digitaal = join(root, 'scenarios', 'digitaal-versneld.yaml');
let krimpData: ReportData;
let digitaalData: ReportData;

beforeAll(async () => {
  krimpData = buildReportData(await buildReportSource(await loadInputs({ scenario: krimp })));
  digitaalData = buildReportData(await buildReportSource(await loadInputs({ scenario: digitaal })));
}, 180_000);

/** The sentences (or table cells) of a Markdown text that contain `word`. */
function sentencesWith(text: string, word: RegExp): string[] {
  return text.split(/(?<=[.!?])\s+|\n|\|/).filter((s) => word.test(s));
}

describe('overstaffing is overbezetting, not boventalligheid (Cao Gemeenten)', () => {
  it('the Dutch report says "boventallig" only where it says that overbezetting is not a boventalligverklaring', () => {
    for (const data of [krimpData, digitaalData]) {
      const nl = renderReport(data, { format: 'md', lang: 'nl' });
      expect(nl).toContain('| Overbezetting (fte) |');
      expect(nl).toContain('Kosten van overbezetting');
      for (const s of sentencesWith(nl, /bovental/i)) expect(s).toMatch(/Cao Gemeenten/);
      expect(nl).toMatch(/Overbezetting is geen boventalligverklaring/);
    }
  });

  it('the plan table in Dutch explains Boven as overbezetting and Buiten as a van-werk-naar-werk-traject', async () => {
    const run = await runSpp(['plan', '-q', '-s', digitaal, '--format', 'table']);
    expect(run.exitCode).toBe(0);
    const flat = run.stdout.replace(/\s+/g, ' ');
    expect(flat).not.toMatch(/Boven = boventallig/);
    expect(flat).toContain('Boven = overbezetting');
    expect(flat).toContain('van-werk-naar-werk-traject');
    expect(flat).not.toMatch(/van werk naar werk/i);
  });
});

describe('placement outside is presented as what it is', () => {
  it('does not claim that no suitable place exists when the plan chose placement outside on cost (nl, en)', () => {
    expect(digitaalData.plan.objective).toBe('cost');
    expect(digitaalData.plan.outside.length).toBeGreaterThan(0);
    const nl = renderReport(digitaalData, { format: 'md', lang: 'nl' });
    const en = renderReport(digitaalData, { format: 'md', lang: 'en' });
    expect(nl).not.toContain('geen passende plek');
    expect(en).not.toContain('no suitable place');
    const nlOutside = nl.slice(nl.indexOf('### Plaatsing buiten de organisatie per functie'));
    expect(nlOutside.slice(0, 1200)).toMatch(/van-werk-naar-werk-traject/);
    expect(nlOutside.slice(0, 1200)).toMatch(/kostenafweging/);
    // The aim in words a directieteam reads, not the scenario key it said (plan.objective: redundancy).
    expect(nlOutside.slice(0, 1200)).toMatch(/een scenario kan het plan ook als eerste doel geven zo weinig mogelijk mensen buiten de organisatie te plaatsen/);
    expect(nlOutside.slice(0, 1200)).not.toMatch(/plan\.objective/);
    expect(nlOutside.slice(0, 1200)).toMatch(/niet het aantal mensen/);
    const enOutside = en.slice(en.indexOf('### Placement outside the organisation per function'));
    expect(enOutside.slice(0, 1200)).toMatch(/choice on cost/);
    expect(enOutside.slice(0, 1200)).toMatch(/a scenario can also give the plan the first aim of placing as few people outside the organisation as it can/);
    expect(enOutside.slice(0, 1200)).not.toMatch(/plan\.objective/);
  });
});

describe('fewer hours are voluntary, unmet demand is work colleagues absorb', () => {
  it('says in the plan chapter that fewer hours cannot be imposed (nl, en)', () => {
    expect(krimpData.plan.perYear.reducedHours.some((x) => x > 0)).toBe(true);
    const nl = renderReport(krimpData, { format: 'md', lang: 'nl' });
    const en = renderReport(krimpData, { format: 'md', lang: 'en' });
    expect(nl).not.toContain('minder uren laten werken');
    expect(nl).toMatch(/Minder uren werken is vrijwillig: een werkgever kan het niet eenzijdig opleggen/);
    expect(en).toMatch(/Working fewer hours is voluntary: an employer cannot impose it unilaterally/);
    // Without the scenario key it said: '… tot het aantal dat het scenario noemt (plan.reduced_hours)'.
    expect(nl).toContain('tot het aantal dat het scenario daarvoor toestaat;');
    expect(en).toContain('up to the number the scenario allows;');
    // The appendix of assumptions keeps its paths (`plan.reduced_hours[…]`), to find them in the file; the running text has none.
    for (const s of sentencesWith(nl, /vrijwillig/)) expect(s).not.toMatch(/plan\.reduced_hours/);
    // The FTE given up, with the persons whole in the note: the row of persons read '6,6' (the LP's count).
    expect(nl).toContain('| Minder uren, vrijwillig (fte) | 0,2 | 1,2 |');
    expect(nl).toContain('dat zijn ongeveer 2 personen in 2027, 6 in 2028–2030, 7 in 2031–2032 en 6 in 2033–2034');
  });

  it('says that unmet demand is work that stays undone or falls on colleagues (nl, en)', () => {
    const nl = renderReport(krimpData, { format: 'md', lang: 'nl' });
    const en = renderReport(krimpData, { format: 'md', lang: 'en' });
    expect(nl).toMatch(/door collega’s wordt opgevangen \(werkdruk\)/);
    expect(en).toMatch(/absorbed by colleagues \(workload\)/);
  });

  it('the plan table says reduced hours are voluntary', async () => {
    const run = await runSpp(['plan', '-q', '-s', krimp, '--format', 'table']);
    expect(run.stdout.replace(/\s+/g, ' ')).toMatch(/Minder uren \(vrijwillig; fte die mensen minder werken\)/);
  });
});

describe('a move into a lower scale is shown as one', () => {
  it('the route table has the scale step and a sentence names the routes into a lower scale (nl, en)', () => {
    const nl = renderReport(krimpData, { format: 'md', lang: 'nl' });
    expect(nl).toContain('| Van | Naar | Fte | Schaal | Uren per persoon | Omscholingskosten | Jaren |');
    // Senior medewerker KCC (scale 7) to Medewerker KCC (scale 6): a redeployment without training, € 0, one scale lower.
    expect(nl).toMatch(/\| F002 Senior medewerker Klantcontactcentrum \| F001 Medewerker Klantcontactcentrum \| 9,0 \| −1 \| 0 \| €\s0 \|/);
    const sentence = nl.split('\n').find((l) => l.includes('in een lagere schaal'));
    expect(sentence).toBeDefined();
    expect(sentence).toContain('F002 → F001');
    expect(sentence).toMatch(/de kosten van het plan zijn alleen opleidingskosten, zonder het salarisverschil/);
    const en = renderReport(krimpData, { format: 'md', lang: 'en' });
    expect(en).toMatch(/FTE move to a function in a lower salary scale \([^)]*F002 → F001/);
  });

  it('spp reskill --format json gives each pathway its level_step and pay_ratio, as spp pathways does', async () => {
    const reskill = JSON.parse((await runSpp(['reskill', '-q', '-s', krimp, '--format', 'json'])).stdout) as { pathways: { from: string; to: string; level_step: number | null; pay_ratio: number | null }[] };
    const pathways = JSON.parse((await runSpp(['pathways', 'F002', '-q', '-s', krimp, '--format', 'json'])).stdout) as { pathways: { to: string; level_step: number | null; pay_ratio: number | null }[] };
    const route = reskill.pathways.find((p) => p.from === 'F002' && p.to === 'F001')!;
    const computed = pathways.pathways.find((p) => p.to === 'F001')!;
    expect(route.level_step).toBe(computed.level_step);
    expect(route.level_step).toBeLessThan(0);
    expect(route.pay_ratio).toBeCloseTo(computed.pay_ratio!, 2);
  });
});
