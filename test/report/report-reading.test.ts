import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/app/load-inputs.js';
import { buildReportSource } from '../../src/app/report.js';
import { buildReportData, type ReportData } from '../../src/report/directie/report-data.js';
import { renderReport } from '../../src/report/directie/render-report.js';
import { yearRuns } from '../../src/report/words.js';
import { automationLevel } from '../../src/model/automation.js';
import { overrideFactor } from '../../src/model/demand.js';

/** The Dutch report of krimp-vacaturestop as a directieteam reads it: what its sentences and tables say. */
const scenario = join(import.meta.dirname, '..', '..', 'scenarios', 'krimp-vacaturestop.yaml');
let data: ReportData;
let source: Awaited<ReturnType<typeof buildReportSource>>;

beforeAll(async () => {
  source = await buildReportSource(await loadInputs({ scenario }));
  data = buildReportData(source);
}, 120_000);

describe('the report of a plan that places no one outside', () => {
  it('says "niemand" rather than "0,0 fte" in the summary and the caption (nl and en)', () => {
    expect(data.plan.perYear.outside.every((x) => x < 0.05)).toBe(true);
    const nl = renderReport(data, { format: 'md', lang: 'nl' });
    expect(nl).toContain('en plaatst niemand buiten de organisatie.');
    expect(nl).toContain('plaatst het niemand buiten de organisatie;');
    expect(nl).not.toMatch(/plaatst (het )?0,0 fte/);
    const en = renderReport(data, { format: 'md', lang: 'en' });
    expect(en).toContain('and places no one outside the organisation.');
    expect(en).not.toMatch(/places 0\.0 FTE/);
  });

  it('leaves the empty "Kwetsbaar" column out of the hiring table when no function shown is vulnerable', () => {
    const nl = renderReport(data, { format: 'md', lang: 'nl' });
    const hiring = nl.slice(nl.indexOf('### Werving per functie'));
    expect(data.plan.hiring.slice(0, 15).some((h) => h.vulnerable)).toBe(false);
    expect(hiring).toMatch(/\| Functie \| Werving \(fte\) \|/);
  });

  it("says under the plan's table per year that the total of unmet demand and overstaffing is in FTE-years, not FTE", () => {
    const nl = renderReport(data, { format: 'md', lang: 'nl' });
    const table = nl.slice(nl.indexOf('| Besluit |'), nl.indexOf('### Werving per functie'));
    // 440,1 in the Totaal column of "Onvervulde vraag (fte)" is the summary's 440,1 fte-jaar.
    expect(table).toMatch(/\| Onvervulde vraag \(fte\) \|.*\| 440,1 \|/);
    expect(table).toContain('Minder uren, overbezetting en onvervulde vraag zijn de stand in een jaar: het totaal telt die op tot fte-jaren.');
    const en = renderReport(data, { format: 'md', lang: 'en' });
    expect(en).toContain('Reduced hours, overstaffing and unmet demand are the position in a year: the total adds those up to FTE-years.');
  });
});

describe("the scenario's levers on the first page", () => {
  // Found by an HR-adviser review: "Krimp en vacaturestop" listed eleven levers, none of them its
  // vacaturestop, beside a plan that hires 798 FTE (in the families that are not frozen).
  it("names the plan's hiring freezes and its cap on overstaffing, the first page still one page (nl and en)", () => {
    const nl = renderReport(data, { format: 'md', lang: 'nl' });
    const levers = nl.split('**De aannames die de uitkomst bepalen**')[1]!.split('*De volledige lijst')[0]!;
    expect(levers).toContain('- Vacaturestop in Bedrijfsvoering en Beleid: geen werving.');
    expect(levers).toContain('- Overbezetting (medewerkers boven de formatie in dienst) in de hele organisatie ten hoogste 15 fte per jaar.');
    // The rule for all functions sets a cost, no limit: it is not a lever here.
    expect(levers).not.toContain('Alle functies');
    const en = renderReport(data, { format: 'md', lang: 'en' });
    expect(en).toContain('- Hiring freeze (vacaturestop) in Bedrijfsvoering and Beleid: no hiring.');
  });
});

describe('a growth rule of 0 on the first page', () => {
  // A reviewer: "Sociaal domein: de vraag groeit 0,0% per jaar" among the key assumptions. The rule
  // stays (it replaces the baseline's +1%), said as what it is.
  it('says the demand does not grow, not "groeit 0,0% per jaar" (nl, en)', () => {
    const nl = renderReport(data, { format: 'md', lang: 'nl' });
    const levers = nl.split('**De aannames die de uitkomst bepalen**')[1]!.split('*De volledige lijst')[0]!;
    expect(levers).toContain('- Sociaal domein: de vraag groeit niet.');
    expect(levers).not.toContain('0,0% per jaar');
    const en = renderReport(data, { format: 'md', lang: 'en' });
    expect(en).toContain('- Sociaal domein: demand does not grow.');
  });
});

describe('how the levers on the first page proceed', () => {
  // Found by a reviewer beside the appendix and spp explain: "vraag −30% in 2029" for a change that
  // ramps from 2026 ("−30%, tot 2029"), and Klantcontact "in 2029, vanaf 2027 in één keer" for a step
  // that explain shows as 0 in 2027 and 2028 and 0,3 from 2029.
  const levers = (md: string, from: string, to: string): string => md.split(from)[1]!.split(to)[0]!;
  it('says a step happens at once in its end year, and a demand change ramps from its start (nl and en)', () => {
    const nl = levers(renderReport(data, { format: 'md', lang: 'nl' }), '**De aannames die de uitkomst bepalen**', '*De volledige lijst');
    expect(nl).toContain('- Klantcontact: 30% van het werk geautomatiseerd in 2029, in één keer in dat jaar.');
    expect(nl).not.toContain('vanaf 2027 in één keer');
    expect(nl).toContain('- F020 Medewerker Facilitaire Zaken: vraag −30% in 2029, vanaf 2026 in een gelijkmatig tempo.');
    expect(nl).toContain('- F032 Projectleider: vraag −25% in 2030, vanaf 2027 in een gelijkmatig tempo.');
    const en = levers(renderReport(data, { format: 'md', lang: 'en' }), '**The assumptions that drive the outcome**', '*The appendix lists');
    expect(en).toContain('- Customer contact: 30% of the work automated in 2029, all at once that year.');
    expect(en).toContain('- F020 Medewerker Facilitaire Zaken: demand −30% by 2029, from 2026 at a steady pace.');
    expect(en).toContain('- F032 Projectleider: demand −25% by 2030, from 2027 at a steady pace.');
  });

  it('says what the model computes: the step is 0 before 2029, the changes move every year from their start', () => {
    const { scenario: sc } = source;
    const contact = sc.digitalisation.automation['customer_contact']!;
    expect([2027, 2028, 2029, 2035].map((y) => automationLevel(contact, sc.horizon.start, y))).toEqual([0, 0, 0.3, 0.3]);
    const factors = (id: string): number[] => [2026, 2027, 2028, 2029, 2030].map((y) => overrideFactor(sc.demand.overrides.find((o) => o.function === id)!, sc.horizon, y));
    // F020 from 2026 to 2029, F032 from 2027 to 2030: a little less each year, not one step.
    expect(factors('F020').map((x) => Math.round(x * 100))).toEqual([100, 90, 80, 70, 70]);
    expect(factors('F032').map((x) => Math.round(x * 1000))).toEqual([1000, 1000, 917, 833, 750]);
  });
});

describe('the business case of a plan that leaves demand unmet', () => {
  // Found by an HR-adviser review: "het plan bespaart € 2.558.140" against no plan, which hires every
  // shortage without the scenario's limits, while the plan leaves 440,1 FTE-years of demand unmet.
  it('says the plan is cheaper but leaves demand unmet that no plan meets, not that it saves (nl and en)', () => {
    expect(data.plan.unmet.plan).toBeGreaterThan(100);
    expect(data.plan.unmet.noPlan).toBe(0);
    const nl = renderReport(data, { format: 'md', lang: 'nl' });
    const summary = nl.slice(0, nl.indexOf('## 1. Doorlichten'));
    expect(summary).toMatch(/: het plan is €\s*[\d.]+ goedkoper, maar laat 440,1 fte-jaar vraag onvervuld die zonder plan \(werven zonder grenzen\) wel wordt vervuld\./);
    expect(summary).not.toContain('het plan bespaart');
    const en = renderReport(data, { format: 'md', lang: 'en' });
    expect(en).toMatch(/: the plan costs €\s*[\d,]+ less, but leaves 440\.1 FTE-years of demand unmet that no plan \(hiring without limits\) would meet/);
  });
});

describe('the years the summary counts', () => {
  // Found by a reviewer: "sinds 2026 vertrekt … fte" counted the outflow of 2026–2034 (up to the supply
  // on 1 January 2035), "Tussen 2026 en 2035 gaat … fte met pensioen" the retirements of 2026–2035.
  it('counts the outflow and the retirements over the same years, names them, and says the last year apart (nl and en)', () => {
    const nl = renderReport(data, { format: 'md', lang: 'nl' });
    const summary = nl.slice(nl.indexOf('## Samenvatting'), nl.indexOf('## 1. Doorlichten'));
    const leave = /; in 2026–2034 vertrekt ([\d.,]+) fte door pensioen, uitstroom en aflopende contracten/.exec(summary);
    const retire = /In 2026–2034 gaat ([\d.,]+) fte met pensioen, \d+% van de huidige bezetting; in 2035 nog ([\d,]+) fte\./.exec(summary);
    expect(leave).not.toBeNull();
    expect(retire).not.toBeNull();
    expect(summary).not.toMatch(/sinds 2026 vertrekt|Tussen 2026 en 2035/);
    // The pension table: its cumulative of 2034 is the summary's figure, its row of 2035 the rest.
    const wave = nl.slice(nl.indexOf('### Pensioengolf'), nl.indexOf('## 2. Doorbreken'));
    expect(wave).toMatch(new RegExp(`\\| 2034 \\| [\\d,]+ \\| ${retire![1]} \\|`));
    expect(wave).toMatch(new RegExp(`\\| 2035 \\| ${retire![2]} \\|`));
    expect(wave).toMatch(new RegExp(`In 2026–2035 gaat in totaal [\\d.,]+ fte met pensioen, waarvan ${retire![1]} fte in 2026–2034; de piek ligt in \\d{4}`));
    // The retirements are part of the outflow over the same years.
    const num = (x: string): number => Number(x.replace(/\./g, '').replace(',', '.'));
    expect(num(retire![1]!)).toBeLessThan(num(leave![1]!));
    const en = renderReport(data, { format: 'md', lang: 'en' });
    expect(en).toMatch(/; in 2026–2034, [\d,.]+ FTE leave through retirement, attrition and ending contracts/);
    expect(en).toMatch(/In 2026–2034, [\d,.]+ FTE retire, \d+% of today's workforce; in 2035, another [\d.]+ FTE\./);
    expect(en).toMatch(/In 2026–2035, [\d,.]+ FTE retire in all, [\d,.]+ FTE of them in 2026–2034; the peak is in \d{4}/);
  });
});

describe('what the summary says makes functions disappear or emerge', () => {
  // Found by a reviewer: "Door digitalisering verdwijnt 1 functie" while F005 disappears because the
  // scenario discontinues it (demand.overrides), not through automation.
  it('names no cause for all of them, and says the scenario discontinues F005 (nl and en)', () => {
    expect(data.changes.find((c) => c.id === 'F005')).toMatchObject({ status: 'disappearing', discontinued: 2028 });
    const nl = renderReport(data, { format: 'md', lang: 'nl' });
    expect(nl).toContain('In dit scenario verdwijnt 1 functie (het scenario heft die op), veranderen er geen ingrijpend en komen er geen nieuwe bij;');
    expect(nl).not.toContain('Door digitalisering');
    const en = renderReport(data, { format: 'md', lang: 'en' });
    expect(en).toContain('In this scenario 1 function disappears (the scenario discontinues it), none change substantially and none emerge;');
    expect(en).not.toContain('Through digitalisation');
  });
});

describe('where demand cannot be met', () => {
  // Found by a reviewer beside spp plan: F016 read "2027–2035" in the report, "2027–2031, 2033–2035"
  // in spp plan (no shortfall in 2032).
  it('names the years of unmet demand as spp plan does, runs of years rather than one span', () => {
    const nl = renderReport(data, { format: 'md', lang: 'nl' });
    const table = nl.slice(nl.indexOf('### Waar de vraag niet te vervullen is'), nl.indexOf('**Kostenvergelijking'));
    expect(table).toContain('| F016 Salarisadministrateur | 2027–2031, 2033–2035 |');
    expect(table).toContain('| F017 Medewerker Personeelsadministratie | 2027–2030, 2032–2035 |');
    expect(table).toContain('| F026 Strategisch Adviseur | 2027–2030, 2032–2035 |');
    // Every shown row: the years spp plan lists (its shortfalls of at least 0,05 FTE).
    for (const row of data.plan.shortfalls.filter((r) => r.hidden === null)) {
      const years = source.plan.shortfalls.filter((s) => s.function === row.id && s.shortage_fte >= 0.05).map((s) => s.year);
      expect(table).toContain(`| ${row.id} ${row.name} | ${yearRuns(years)} |`);
    }
  });

  // Found by a reviewer beside spp plan: "In 24 functies" counted 22 rows with figures and F027 "< 5"
  // and F031 "•", which spp plan merges into one line of the functions it withholds.
  it('counts the functions listed with their figures, and the withheld ones apart (nl and en)', () => {
    const shown = data.plan.shortfalls.filter((r) => r.hidden === null);
    const withheld = data.plan.shortfalls.filter((r) => r.hidden !== null);
    expect([shown.length, withheld.map((r) => r.id)]).toEqual([22, ['F027', 'F031']]);
    const nl = renderReport(data, { format: 'md', lang: 'nl' });
    const section = nl.slice(nl.indexOf('### Waar de vraag niet te vervullen is'), nl.indexOf('**Kostenvergelijking'));
    expect(section).toContain('In 22 functies, en in 2 functies waarvan de getallen zijn afgeschermd (privacy), laten de grenzen van het scenario (zoals een vacaturestop) samen 440,1 fte-jaar vraag onvervuld.');
    // The withheld rows keep their marks: neither their amount nor their years. The years column says
    // "afgeschermd" in a word: "< 5" under "Jaren" read as fewer than five years.
    expect(section).toContain('| F027 Beleidsonderzoeker | afgeschermd | < 5 |');
    expect(section).toContain('| F031 Adviseur Openbare Orde en Veiligheid | afgeschermd | • |');
    const en = renderReport(data, { format: 'md', lang: 'en' });
    expect(en).toContain('| F027 Beleidsonderzoeker | withheld | < 5 |');
    // Under the cost comparison: a column that leaves more work *unmet* ("onvervuld"; it said "ongedaan", undone).
    expect(nl).toContain('een kolom die meer werk onvervuld laat, is daardoor goedkoper zonder beter te zijn');
    expect(en).toContain('Demand left unmet over the horizon: action plan 440.1 FTE-years');
    expect(en).toContain('In 22 functions, and in 2 functions whose figures are withheld (privacy), the scenario\'s limits (such as a hiring freeze) leave 440.1 FTE-years of demand unmet in all.');
  });
});

describe("the summary's gap adds up", () => {
  // Found by a reviewer: "een tekort van 671,8 fte; … vertrekt 676,5 fte … krimpt het benodigde werk
  // met 60,4 fte": 676,5 − 60,4 = 616,1; the 55,8 fte missing was the shortage already open at the start.
  it('names the gap already open at the start, so that start gap + leavers ∓ change of the work = the gap at the horizon (nl and en)', () => {
    const nl = renderReport(data, { format: 'md', lang: 'nl' });
    const summary = nl.slice(nl.indexOf('## Samenvatting'), nl.indexOf('## 1. Doorlichten'));
    const num = (x: string): number => Number(x.replace(/\./g, '').replace(',', '.'));
    const m = /een tekort van ([\d.,]+) fte; in 2026 is er al een tekort van ([\d.,]+) fte \(([\d.,]+) fte bezetting bij ([\d.,]+) fte benodigd\); in 2026–2034 vertrekt ([\d.,]+) fte [^;]*? en krimpt het benodigde werk met ([\d.,]+) fte/.exec(summary);
    expect(m, summary).not.toBeNull();
    const [, end, start, supply, demand, leave, shrink] = m!.map((x) => (x === undefined ? 0 : num(x))) as number[];
    expect(start).toBeCloseTo(demand! - supply!, 1);
    expect(start! + leave! - shrink!).toBeCloseTo(end!, 0);
    const en = renderReport(data, { format: 'md', lang: 'en' });
    expect(en).toMatch(/a shortage of [\d.,]+ FTE; in 2026 there is already a shortage of [\d.,]+ FTE \([\d.,]+ FTE workforce against [\d.,]+ FTE needed\); in 2026–2034, /);
  });

  it('says nothing extra when the start has no gap', () => {
    const even = { ...data, supply: { ...data.supply, total: data.supply.total.map((v, i) => (i === 0 ? data.supply.demand[0]! : v)) } };
    const nl = renderReport(even, { format: 'md', lang: 'nl' });
    expect(nl).not.toContain('in 2026 is er al');
    expect(nl).toMatch(/fte; in 2026–2034 vertrekt/);
    expect(renderReport(even, { format: 'md', lang: 'en' })).not.toContain('there is already');
  });
});

describe('the report of an organisation whose work and people meet at the horizon', () => {
  it('says there is no shortage and no surplus, not "een overschot van 0,0 fte"', async () => {
    const balanced = buildReportData(await buildReportSource(await loadInputs({ scenario: join(import.meta.dirname, '..', '..', 'fixtures', 'report', 'balanced', 'scenario.yaml') })));
    const nl = renderReport(balanced, { format: 'md', lang: 'nl' });
    expect(nl).toContain('precies het benodigde werk: geen tekort en geen overschot');
    expect(nl).not.toMatch(/overschot van 0,0 fte/);
    expect(renderReport(balanced, { format: 'md', lang: 'en' })).toContain('exactly the work needed: no shortage and no surplus');
  });
});

/** groei-sociaal-ruimte: growth, new legal tasks, no hiring freeze. */
describe('the report of groei-sociaal-ruimte', () => {
  let groei: ReportData;
  beforeAll(async () => {
    groei = buildReportData(await buildReportSource(await loadInputs({ scenario: join(import.meta.dirname, '..', '..', 'scenarios', 'groei-sociaal-ruimte.yaml') })));
  }, 120_000);

  it('says its change of demand ramps from the horizon start, as the appendix gives "+50%, 2026–2028" (nl and en)', () => {
    expect(renderReport(groei, { format: 'md', lang: 'nl' })).toContain('- F053 Medewerker Omgevingsloket: vraag +50% in 2028, vanaf 2026 in een gelijkmatig tempo.');
    expect(renderReport(groei, { format: 'md', lang: 'en' })).toContain('- F053 Medewerker Omgevingsloket: demand +50% by 2028, from 2026 at a steady pace.');
  });

  // Found by a reviewer: "Bij 35 functies blijft het werk (ongeveer) even groot" above a list with 8
  // growing functions in it (F053 +56%).
  it('says the work in the replacement list does not shrink, and names the statuses it holds (nl and en)', () => {
    const growing = groei.replacement.filter((r) => r.status === 'growing');
    expect(growing.map((r) => r.id)).toContain('F053');
    expect(growing.length).toBeGreaterThan(0);
    const nl = renderReport(groei, { format: 'md', lang: 'nl' });
    const section = nl.slice(nl.indexOf('### Werk blijft, mensen vertrekken'));
    expect(section).toContain(`Bij ${groei.replacement.length} functies krimpt het werk niet, of met minder dan 15%, maar is in 2035 hooguit de helft`);
    expect(section).toContain('„Groeiend” en „stabiel” gaan daar over het werk, niet over de mensen');
    expect(nl).not.toContain('(ongeveer) even groot');
    // Every function in the list needs replacement: no column repeats 'nodig' on every row.
    const head = section.split('\n').find((l) => l.startsWith('| Functie'))!;
    expect(head).toBe('| Functie | Status | Bezetting 2026 (fte) | Bezetting 2035 (fte) | Vraag 2035 (fte) | Nog aanwezig |');
    const en = renderReport(groei, { format: 'md', lang: 'en' });
    expect(en).toContain(`In ${groei.replacement.length} functions the work does not shrink, or by less than 15%, but by 2035`);
    expect(en).toContain('"Growing" and "stable" there describe the work, not the people');
    expect(en).not.toContain('stays about the same');
    // Only stable functions in krimp-vacaturestop's list: one status, one verb.
    expect(renderReport(data, { format: 'md', lang: 'nl' })).toContain('„Stabiel” gaat daar over het werk');
  });

  // Its three new functions come from new legal tasks (demand.emerging), not from digitalisation.
  it('does not say its new functions come from digitalisation (nl and en)', () => {
    const nl = renderReport(groei, { format: 'md', lang: 'nl' });
    expect(nl).toContain('In dit scenario verdwijnen geen functies, veranderen er geen ingrijpend en komen er 3 nieuwe bij;');
    expect(nl).not.toContain('Door digitalisering');
    const en = renderReport(groei, { format: 'md', lang: 'en' });
    expect(en).toContain('In this scenario no functions disappear, none change substantially and 3 emerge;');
    expect(en).not.toContain('Through digitalisation');
  });
});

// A consultant read chapter 5's "the cheapest combination that meets demand" and then, in the business
// case, that the plan leaves demand unmet which no plan would meet (or costs more than no plan): the
// claim holds within the scenario's limits only, and the costs compared are not like for like.
describe("chapter 5's claim about the plan's cost", () => {
  it('says the plan is the cheapest within the limits, and, when it leaves demand unmet, first that the columns are not like for like (nl, en)', () => {
    const unmet = data.plan.unmet.plan;
    expect(unmet - data.plan.unmet.noPlan).toBeGreaterThan(0.05);
    for (const lang of ['nl', 'en'] as const) {
      const md = renderReport(data, { format: 'md', lang });
      const chapter5 = md.slice(md.indexOf('## 5. '), md.indexOf('\n## ', md.indexOf('## 5. ') + 1));
      expect(chapter5).not.toMatch(/cheapest combination that meets demand|goedkoopste combinatie die de vraag vervult/);
      const business = chapter5.split('\n').find((line) => line.startsWith(lang === 'nl' ? 'De kolommen' : 'The columns'));
      const amount = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(unmet);
      expect(business, chapter5).toBeDefined();
      expect(business).toContain(lang === 'nl' ? `niet één op één te vergelijken: binnen de grenzen van het scenario laat het actieplan ${amount} fte-jaar vraag onvervuld` : `not like for like: within the scenario's limits the action plan leaves ${amount} FTE-years of demand unmet`);
      // Said before the first amount is compared.
      expect(business!.indexOf('€')).toBeGreaterThan(business!.indexOf(amount));
    }
  });

  // A reviewer: digitaal-versneld sets no plan limits, yet the report said no plan was cheaper for
  // ignoring "the scenario's limits and rules (hiring caps, freezes, pathways)". It is dearer by spp's
  // own rule (no placing outside to hire back later), so the sentence names spp's rules too.
  it("says, when no plan is cheaper on paper, that the plan is the cheapest only within the scenario's limits and spp's own rules, naming those rules (digitaal-versneld, nl, en)", async () => {
    const digitaal = buildReportData(await buildReportSource(await loadInputs({ scenario: join(import.meta.dirname, '..', '..', 'scenarios', 'digitaal-versneld.yaml') })));
    expect(digitaal.plan.costs.noPlan.total).toBeLessThan(digitaal.plan.costs.plan.total);
    const en = renderReport(digitaal, { format: 'md', lang: 'en' });
    expect(en).toContain("Of the plans that meet demand within the scenario's limits (hiring caps, freezes, the pathways it allows) and the plan's fixed rules, it is the cheapest.");
    expect(en).toContain("The plan's fixed rules: nobody is placed outside the organisation only to hire for the same function again later (a temporary surplus stays on the payroll)");
    expect(en).toContain('The no-plan column follows none of those limits and rules and so costs less on paper');
    expect(en).not.toContain('It is the cheapest combination that meets demand');
    const nl = renderReport(digitaal, { format: 'md', lang: 'nl' });
    expect(nl).toContain('binnen de grenzen van het scenario (wervingsgrenzen, een vacaturestop, de toegestane routes) en de vaste regels van het plan is dit het goedkoopste.');
    expect(nl).toContain('De vaste regels van het plan: niemand buiten de organisatie plaatsen om later voor dezelfde functie weer te werven (een tijdelijk overschot blijft in dienst), een functie met een vacaturestop alleen vullen met mensen die elders blijvend over zijn, en niet werven voor een functie zonder werk.');
    expect(nl).toContain('De kolom zonder plan houdt zich aan geen van die grenzen en regels en is daardoor op papier goedkoper');
  }, 120_000);
});

// A consultant probe: chapter 4 said a route differs "ten hoogste 1 schaal" and costs 40 hours per
// missing level at € 85, and showed a route given in the scenario (plan.pathways, scale 6 → 9, € 9.000
// per FTE) with 240 hours and € 28.330, unmarked; "samen 1.818 opleidingsuren, € 118.628" did not say
// that the given route's price was in it.
describe('a pathway given in the scenario (plan.pathways)', () => {
  it('is marked in the table, its price explained, and the sentence says the total includes it (nl, en)', () => {
    const visible = data.plan.pathways.find((r) => r.hidden === null && r.hoursPerPerson > 0)!;
    expect(visible).toBeDefined();
    const given = { ...data, plan: { ...data.plan, pathways: data.plan.pathways.map((r) => (r === visible ? { ...r, explicit: true, costPerFte: 9000 } : r)) } };
    for (const lang of ['nl', 'en'] as const) {
      const md = renderReport(given, { format: 'md', lang });
      const chapter4 = md.slice(md.indexOf('## 4. '), md.indexOf('## 5. ')).replace(/\u00a0/g, ' ');
      const euro = (v: number) => (lang === 'nl' ? `€ ${Math.round(v).toLocaleString('nl-NL')}` : `€${Math.round(v).toLocaleString('en-GB')}`);
      const mark = lang === 'nl' ? '(opgegeven in het scenario)' : '(given in the scenario)';
      expect(chapter4).toContain(`| ${visible.from} ${visible.fromName} | ${visible.to} ${visible.toName} ${mark} |`);
      expect(chapter4).toContain(
        lang === 'nl'
          ? `De route ${visible.from} → ${visible.to} (€ 9.000 per fte) is opgegeven in het scenario (plan.pathways): de voorwaarden hierboven gelden er niet`
          : `The pathway ${visible.from} → ${visible.to} (€9,000 per FTE) is given in the scenario (plan.pathways): the conditions above do not apply to it`,
      );
      expect(chapter4).toContain(lang === 'nl' ? `waarvan ${euro(visible.cost)} voor de routes die het scenario zelf opgeeft` : `of which ${euro(visible.cost)} for the pathways the scenario gives itself`);
    }
    // Without a given route none of this is said.
    const plain = renderReport(data, { format: 'md', lang: 'nl' });
    expect(plain).not.toContain('opgegeven in het scenario (plan.pathways)');
    expect(plain).not.toContain('(opgegeven in het scenario) |');
  });
});

// A consultant probe: the summary's "de eerste verschuiving is zichtbaar in 2027" was a new function
// (Data-analist) appearing, not an existing function changing (from 2029).
describe("the summary's first year of change", () => {
  it('names the first new function and the first change of an existing function apart (digitaal-versneld, nl, en)', async () => {
    const digitaal = buildReportData(await buildReportSource(await loadInputs({ scenario: join(import.meta.dirname, '..', '..', 'scenarios', 'digitaal-versneld.yaml') })));
    const emerging = digitaal.changes.filter((c) => c.status === 'emerging' && c.statusYear !== null).sort((a, z) => a.statusYear! - z.statusYear! || (a.id < z.id ? -1 : 1))[0]!;
    const changed = Math.min(...digitaal.changes.filter((c) => (c.status === 'changing' || c.status === 'disappearing') && c.statusYear !== null).map((c) => c.statusYear!));
    const nl = renderReport(digitaal, { format: 'md', lang: 'nl' });
    const en = renderReport(digitaal, { format: 'md', lang: 'en' });
    expect(nl).not.toContain('eerste verschuiving');
    expect(en).not.toContain('first shift');
    expect(nl).toContain(`de eerste nieuwe functie (${emerging.name}) begint in ${emerging.statusYear}`);
    expect(nl).toContain(`een bestaande functie verandert of verdwijnt voor het eerst in ${changed}`);
    expect(en).toContain(`the first new function (${emerging.name}) starts in ${emerging.statusYear}`);
    expect(en).toContain(`an existing function first changes or disappears in ${changed}`);
  }, 120_000);
});
