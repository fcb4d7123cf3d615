import { describe, expect, it } from 'vitest';
import { runReport } from '../../src/app/report.js';
import { formatNumber } from '../../src/domain/round.js';
import { renderLines, renderTornado } from '../../src/report/directie/compare-charts.js';
import { buildReportData } from '../../src/report/directie/report-data.js';
import { renderReport } from '../../src/report/directie/render-report.js';

describe('the report with several scenarios and --sensitivity', async () => {
  const { inputs, source } = await runReport({ scenario: 'scenarios/baseline.yaml' }, { compareWith: ['scenarios/digitaal-versneld.yaml'], sensitivity: true });
  const data = buildReportData(source);

  it('reads the data once for both scenarios and compares them against the first', () => {
    expect(inputs.map((i) => i.scenario.id)).toEqual(['baseline', 'digitaal-versneld']);
    expect(inputs[1]!.workforce).toBe(inputs[0]!.workforce);
    expect(data.comparison?.scenarios).toEqual(['baseline', 'digitaal-versneld']);
    expect(data.scenario.id).toBe('baseline');
  });

  it("stamps every scenario's file it read: the compared ones too (it listed the first scenario's files only)", () => {
    expect(data.stamp.inputs.map((i) => [i.role, i.file])).toEqual([
      ['scenario', 'baseline.yaml'],
      ['functions', 'functions.csv'],
      ['headcount', 'headcount.csv'],
      ['scenario', 'digitaal-versneld.yaml'],
    ]);
    const nl = renderReport(data, { format: 'md', lang: 'nl' });
    expect(nl).toMatch(/\| scenario \| digitaal-versneld\.yaml \| [0-9a-f]{64} \|/);
  });

  it('adds a comparison chapter and a sensitivity chapter, in Dutch and English, before the appendix', () => {
    const nl = renderReport(data, { format: 'md', lang: 'nl' });
    const en = renderReport(data, { format: 'md', lang: 'en' });
    expect(nl).toMatch(/## 6\. Scenario’s vergeleken[\s\S]*## 7\. Gevoeligheid[\s\S]*## Bijlage/);
    expect(en).toMatch(/## 6\. Scenarios compared[\s\S]*## 7\. Sensitivity[\s\S]*## Appendix/);
    expect(nl).toContain('Aannames die verschillen');
    expect(en).toContain('What matters most for the gap in 2035: State pension (AOW) age, Attrition: aged 45–54');
  });

  // A reviewer: the sensitivity chapter of a report of three scenarios did not say whose tornado it
  // shows, and the comparison called the scenario with the smallest shortage "het gunstigst" though it
  // had the most vulnerable functions and the dearest plan.
  it('names the scenario the sensitivity is for, and ranks the scenarios by their shortage only, saying so (nl, en)', () => {
    const nl = renderReport(data, { format: 'md', lang: 'nl' });
    const en = renderReport(data, { format: 'md', lang: 'en' });
    const sensitivity = nl.slice(nl.indexOf('## 7. Gevoeligheid'));
    expect(sensitivity).toContain('Deze gevoeligheid gaat over het eerste scenario, Basispad — trends zetten door (baseline). Elke aanname van het scenario is');
    expect(en).toContain('This sensitivity is for the first scenario, Basispad — trends zetten door (baseline). Each assumption');
    expect(nl).toMatch(/In 2035 is het tekort het kleinst in Digitalisering versneld \(−[\d.,]+ fte\) en het grootst in Basispad — trends zetten door \(−[\d.,]+ fte\)\. Negatief is een tekort\. Dit vergelijkt alleen het tekort of overschot, niet de kwetsbare functies of de kosten van het plan\./);
    expect(nl).not.toContain('gunstigst');
    expect(en).toMatch(/In 2035 the shortage is smallest in [^(]+\(−[\d.,]+ FTE\) and largest in /);
    expect(en).not.toContain('favourable');
  });

  it("shows every scenario's plan cost and unmet demand, the report's own as chapter 5 has it, and hides the own where chapter 5 hides it", () => {
    const comparison = data.comparison!;
    // Neither scenario has a plan: block: both plans have the defaults, as the report's own does in chapter 5.
    expect(comparison.scenario_info.map((s) => s.plan_cost)).toEqual([Math.round(data.plan.costs.plan.total), expect.any(Number)]);
    expect(comparison.scenario_info.every((s) => s.plan_shortage_fte_years !== null)).toBe(true);
    const nl = renderReport(data, { format: 'md', lang: 'nl' });
    const euro = (x: number) => `€\u00a0${formatNumber(x, 0, 'nl')}`;
    const [own, other] = comparison.scenario_info.map((s) => s.plan_cost!);
    expect(nl).toContain(`| Kosten actieplan, hele horizon | ${euro(own!)} | ${euro(other!)} |`);
    expect(nl).toMatch(/\| Onvervulde vraag in het actieplan \(fte-jaren\) \| \d+,\d \| \d+,\d \|/);
    // No YAML jargon ("plan:-blok") in the report's running text (a reviewer).
    expect(nl).toContain('Een scenario zonder eigen instellingen voor het actieplan is doorgerekend met de standaardwaarden van spp.');
    expect(nl).toContain('Het scenario geeft geen eigen instellingen voor het actieplan (grenzen, kosten): de standaardwaarden van spp gelden.');
    expect(nl).not.toContain('plan:-blok');
    expect(renderReport(data, { format: 'md', lang: 'en' })).toContain('| Action plan cost, whole horizon |');
    // Chapter 5 hides the plan's total when one small function hires alone: the comparison hides the own one too.
    const hidden = { ...data, plan: { ...data.plan, perYearHidden: { ...data.plan.perYearHidden, hired: { ...data.plan.perYearHidden.hired, total: 'small' as const } } } };
    expect(renderReport(hidden, { format: 'md', lang: 'nl' })).toContain(`| Kosten actieplan, hele horizon | • | ${euro(other!)} |`);
  });

  it('lists the settings that differ in words, with their keys, and values as a reader counts them', () => {
    const nl = renderReport(data, { format: 'md', lang: 'nl' });
    const table = nl.split('### Aannames die verschillen')[1]!.split('###')[0]!;
    expect(table).toContain('| Automatisering: Klantcontact (`digitalisation.automation.customer_contact.target`) | 20% | 25–55% (waarschijnlijk 40%) |');
    expect(table).toContain('| Automatisering: Administratief werk, verloop (`digitalisation.automation.administrative.curve`) | gelijkmatig | S-curve |');
    expect(table).toContain('| Doorstroom uit F006 Medewerker Post en Archief (`workforce.transitions.F006`) | — | naar F007 Medewerker Documentaire Informatievoorziening (DIV): 5% |');
    expect(table).toContain('| Verandering van de vraag: F006 Medewerker Post en Archief (`demand.overrides[function=F006]`) | — | vervalt vanaf 2031 |');
    expect(table).toContain('| Verandering van de vraag: F010 Medewerker Financiële Administratie (`demand.overrides[function=F010]`) | — | −40%, 2027–2031 |');
    expect(table).toContain('| Nieuwe functie N001 (`demand.emerging[N001]`) | — | Data-analist, 9,0 fte in 2035 |');
    expect(table).toContain('| Omscholingsbudget per jaar (`reskilling.budget_per_year`) | geen grens | € 400.000 |'.replace('€ ', '€\u00a0'));
    // No YAML notation left for these settings.
    expect(table).not.toMatch(/\{ F007|0\.05|s-curve \||\{ discontinue/);
  });

  it('names each assumption in words, its values as the reader counts them, with the scenario key beside it', () => {
    const nl = renderReport(data, { format: 'md', lang: 'nl' });
    const chapter = nl.split('## 7. Gevoeligheid')[1]!.split('## Bijlage')[0]!;
    expect(chapter).toContain('Het meest bepalend voor het tekort in 2035: AOW-leeftijd, Verloop: 45–54 jaar, Verloop: 35–44 jaar.');
    // A rate as a percentage, the AOW-age table as its shift; never the scenario file's notation.
    expect(chapter).toMatch(/\| AOW-leeftijd \(`workforce.retirement_age`\) \| −2 jaar \| \+2 jaar \|/);
    expect(chapter).toMatch(/\| Verloop: 45–54 jaar \(`workforce.attrition\[ages=45-54\].rate`\) \| 2,8% \| 4,2% \|/);
    expect(chapter).toMatch(/\| Groei van de vraag per jaar: Sociaal domein \(`demand.growth\[family=Sociaal domein\].rate`\) \| \+0,8% \| \+1,2% \|/);
    expect(chapter).toContain('Doorstroom F001 Medewerker Klantcontactcentrum → F002 Senior medewerker Klantcontactcentrum');
    expect(chapter).not.toMatch(/\{ 2024:|0\.028|\| `0\./);
    const html = renderReport(data, { format: 'html', lang: 'en' });
    const section = html.split('<section class="chapter" id="gevoeligheid">')[1]!.split('</section>')[0]!;
    expect(section).toContain('<td>Attrition: under 35<br><code class="key">workforce.<wbr>attrition[<wbr>ages=<wbr>&lt;35].<wbr>rate</code></td>');
    expect(section).toContain('>State pension (AOW) age</text>');
  });

  it('draws the total gap per scenario and the tornado as inline SVG in the HTML page', () => {
    const html = renderReport(data, { format: 'html', lang: 'nl' });
    const chapter = (id: string): string => html.split(`<section class="chapter" id="${id}">`)[1]!.split('</section>')[0]!;
    expect(chapter('vergelijking')).toMatch(/<svg [^>]*aria-label="Tekort \(−\) of overschot \(\+\) per scenario en jaar, fte"/);
    expect(chapter('gevoeligheid')).toMatch(/<svg [^>]*aria-label="Verschuiving van het tekort of overschot in 2035 per aanname, fte"/);
    expect(chapter('gevoeligheid')).toContain('>Verschuiving van het tekort of overschot in 2035 (fte)</text>');
  });
});

describe('comparison charts', () => {
  const lines = renderLines({ id: 'l', title: 'Gap' }, { years: [2026, 2027, 2028], series: [{ label: 'A', values: [-1, -2.25, -3] }, { label: 'B <x>', values: [-1, null, 2 / 3] }] }, (v) => v.toFixed(1));
  const tornado = renderTornado({ id: 't', title: 'Tornado' }, [{ label: 'a.b', low: -2, high: 1 / 3 }, { label: 'c', low: null, high: 0.5 }], { low: '−20%', high: '+20%' }, (v) => v.toFixed(1), 'Change (FTE)');

  it('are accessible, escaped, and print coordinates with one decimal', () => {
    for (const svg of [lines, tornado]) {
      expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-label="[^"]+"/);
      expect(svg).not.toMatch(/NaN|Infinity|undefined/);
      for (const m of svg.matchAll(/ (?:x|y|x1|x2|y1|y2|cx|cy|width|height|d)="([^"]*)"/g)) expect(m[1]).not.toMatch(/\d\.\d\d/);
    }
    expect(lines).toContain('B &lt;x&gt;');
  });

  it('keep a bar’s figure clear of the labels and inside the chart, with a minus sign', () => {
    const euros = renderTornado({ id: 'e', title: 'Plan cost' }, [{ label: 'Wervingskosten: alle functies', low: -1915394, high: 1915393 }, { label: 'AOW-leeftijd', low: 923924, high: -1087927 }], { low: '−20%', high: '+20%' }, (v) => formatNumber(v, 0, 'nl'), 'Verschuiving van de kosten van het plan (euro)');
    const figures = [...euros.matchAll(/<text x="([\d.]+)"[^>]*font-size="9">([^<]+)<\/text>/g)].map((m) => ({ x: Number(m[1]), body: m[2]! }));
    expect(figures.map((f) => f.body)).toEqual(['−1.915.394', '1.915.393', '923.924', '−1.087.927']);
    const width = Number(/viewBox="0 0 ([\d.]+)/.exec(euros)![1]);
    for (const f of figures) {
      // Labels end 8 px left of the plot (250); about 5.4 px a character at 9 px.
      if (f.body.startsWith('−')) expect(f.x - f.body.length * 5.4).toBeGreaterThanOrEqual(242);
      else expect(f.x + f.body.length * 5.4).toBeLessThanOrEqual(width);
    }
  });

  it('write a long assumption whole, on two lines, not cut mid-word ("Verloop: F001 Medewerker Klantconta…")', () => {
    const labels = ['Verloop: F001 Medewerker Klantcontactcentrum', 'Groei van de vraag per jaar: Sociaal domein', 'AOW-leeftijd'];
    const svg = renderTornado({ id: 'w', title: 'Tornado' }, labels.map((label) => ({ label, low: -2, high: 1 })), { low: '−20%', high: '+20%' }, (v) => v.toFixed(0), 'Verschuiving (fte)');
    const texts = [...svg.matchAll(/<text x="242\.0" y="([\d.]+)" text-anchor="end" fill="#1a1a1a">([^<]+)<\/text>/g)].map((m) => ({ y: Number(m[1]), body: m[2]! }));
    expect(texts.map((t) => t.body)).toEqual(['Verloop: F001 Medewerker', 'Klantcontactcentrum', 'Groei van de vraag per jaar: Sociaal', 'domein', 'AOW-leeftijd']);
    expect(svg).not.toContain('…');
    // Every line inside the label area (250 px less 8, about 6.2 px a character of 11 px type) and apart.
    for (const t of texts) expect(t.body.length * 6.2, t.body).toBeLessThanOrEqual(242);
    for (let i = 1; i < texts.length; i++) expect(texts[i]!.y - texts[i - 1]!.y).toBeGreaterThanOrEqual(11);
  });

  it('name the unit of the x-axis under its ticks', () => {
    const height = Number(/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(tornado)![1]);
    const y = Number(/<text x="[\d.]+" y="([\d.]+)"[^>]*>Change \(FTE\)</.exec(tornado)![1]);
    const ticks = [...tornado.matchAll(/<text x="[\d.]+" y="([\d.]+)" text-anchor="middle" fill="#555555">/g)].map((m) => Number(m[1]));
    expect(ticks.length).toBeGreaterThan(2);
    expect(y).toBeGreaterThan(Math.max(...ticks) + 8);
    expect(y).toBeLessThanOrEqual(height - 2);
  });

  it('draw one bar per variant that ran, none for one that did not', () => {
    // Two legend swatches, then 3 bars.
    expect((tornado.match(/<rect /g) ?? []).length).toBe(2 + 3);
  });
});

describe('the report with several scenarios and --runs', async () => {
  const monteCarlo = { runs: 40, seed: 9 };
  const { source } = await runReport({ scenario: 'scenarios/baseline.yaml' }, { compareWith: ['scenarios/digitaal-versneld.yaml'], monteCarlo });
  const data = buildReportData(source);

  it("carries every scenario's bands into the comparison, with the same seed", () => {
    expect(data.comparison?.monte_carlo).toMatchObject({ runs: 40, seed: 9 });
    const gap = data.comparison!.totals.at.by_scenario['digitaal-versneld']!.gap_fte_band!;
    expect(gap.p10).toBeLessThan(gap.p90);
  });

  it('draws P10–P90 ribbons around the lines of the total gap and gives the ranges in the tables, in Dutch and English', () => {
    const html = renderReport(data, { format: 'html', lang: 'nl' });
    const chapter = html.split('<section class="chapter" id="vergelijking">')[1]!.split('</section>')[0]!;
    const svg = chapter.split('</svg>')[0]!;
    expect((svg.match(/<path d="[^"]+" fill="#[0-9a-f]+" stroke="none" opacity="0.12"\/>/g) ?? []).length).toBe(2);
    const nl = renderReport(data, { format: 'md', lang: 'nl' });
    const en = renderReport(data, { format: 'md', lang: 'en' });
    expect(nl).toContain('P10 tot P90 van 40 Monte-Carlo-runs per scenario (seed 9)');
    expect(en).toContain('P10 to P90 of 40 Monte Carlo runs per scenario (seed 9)');
    // 2035: the expected gap with its range beside it.
    expect(nl).toMatch(/\| 2035 \| −[\d.]+,\d \(−[\d.]+,\d … −[\d.]+,\d\) \|/);
  });
});

describe('the sensitivity chapter of a scenario with a plan', async () => {
  const { source } = await runReport({ scenario: 'fixtures/plan/textbook/scenario.yaml' }, { sensitivity: true });
  const data = buildReportData(source);

  it("adds the plan cost's own tornado, ranked by its swing", () => {
    const nl = renderReport(data, { format: 'md', lang: 'nl' });
    expect(nl).toContain('Wat bepaalt de kosten van het plan het meest');
    expect(nl).toContain('Het meest bepalend voor de kosten van het plan: Kosten van plaatsing buiten (standaard), Wervingskosten: alle functies');
    // Costs in euros, the key beside the words.
    expect(nl).toMatch(/\| Wervingskosten: alle functies \(`plan.hiring\[family=all\].cost`\) \| €\u00a0[\d.]+ \| €\u00a0[\d.]+ \|/);
    const html = renderReport(data, { format: 'html', lang: 'en' });
    expect(html).toMatch(/<svg [^>]*aria-label="Change of the plan cost per assumption, euro"/);
  });
});
