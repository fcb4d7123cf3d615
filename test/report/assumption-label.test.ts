import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/domain/round.js';
import type { SensitivityAssumption } from '../../src/domain/sensitivity.js';
import { assumptionLabeller, assumptionValue, settingText } from '../../src/report/directie/assumption-label.js';
import { valueText } from '../../src/report/render-compare.js';
import type { Formatters } from '../../src/report/directie/compose-report.js';

const formatters = (lang: 'nl' | 'en'): Formatters => ({
  fte: (v) => formatNumber(v, 1, lang),
  int: (v) => formatNumber(v, 0, lang),
  dec: (v, d) => formatNumber(v, d, lang),
  pct: (v) => `${formatNumber(v * 100, 0, lang)}%`,
  euro: (v) => `€ ${formatNumber(v, 0, lang)}`,
  persons: (p) => String(p.persons),
  personsFte: (_p, v) => String(v),
  category: (id) => ({ administrative: 'Administratief werk', customer_contact: 'Klantcontact' })[id] ?? id,
});
const names = new Map([
  ['F001', 'Medewerker KCC'],
  ['F002', 'Senior KCC'],
  ['N001', 'Data-analist'],
]);

describe('the report’s words for a sensitivity assumption', () => {
  const nl = assumptionLabeller('nl', formatters('nl'), names);
  const en = assumptionLabeller('en', formatters('en'), names);

  it.each([
    ['workforce.retirement_age', 'AOW-leeftijd', 'State pension (AOW) age'],
    ['workforce.attrition[ages=<35].rate', 'Verloop: jonger dan 35', 'Attrition: under 35'],
    ['workforce.attrition[ages=35-44].rate', 'Verloop: 35–44 jaar', 'Attrition: aged 35–44'],
    ['workforce.attrition[ages=>=55].rate', 'Verloop: 55 jaar of ouder', 'Attrition: aged 55 or over'],
    ['workforce.attrition[family=Sociaal domein,ages=<35].rate', 'Verloop: Sociaal domein, jonger dan 35', 'Attrition: Sociaal domein, under 35'],
    ['workforce.attrition[function=F001].rate', 'Verloop: F001 Medewerker KCC', 'Attrition: F001 Medewerker KCC'],
    ['workforce.attrition[function=F999].rate', 'Verloop: F999', 'Attrition: F999'],
    ['workforce.temporary.renewal_rate', 'Verlenging van tijdelijke contracten', 'Renewal of temporary contracts'],
    ['workforce.transitions.F001.F002', 'Doorstroom F001 Medewerker KCC → F002 Senior KCC', 'Transition F001 Medewerker KCC → F002 Senior KCC'],
    ['digitalisation.automation.administrative.target', 'Automatisering: Administratief werk', 'Automation: Administratief werk'],
    ['digitalisation.reinvested', 'Vrijgekomen tijd die in de functie blijft', 'Freed time kept in the function'],
    ['demand.growth[family=Sociaal domein].rate', 'Groei van de vraag per jaar: Sociaal domein', 'Demand growth per year: Sociaal domein'],
    ['demand.overrides[function=F001].change', 'Verandering van de vraag: F001 Medewerker KCC', 'Change of demand: F001 Medewerker KCC'],
    ['demand.emerging[N001].demand', 'Vraag naar nieuwe functie N001 Data-analist', 'Demand for new function N001 Data-analist'],
    ['plan.hiring[family=all].cost', 'Wervingskosten: alle functies', 'Hiring cost: all functions'],
    ['plan.redundancy[family=Bedrijfsvoering].cost', 'Kosten van plaatsing buiten de organisatie: Bedrijfsvoering', 'Cost of placement outside the organisation: Bedrijfsvoering'],
    ['plan.reduced_hours[family=all].cost_per_person', 'Kosten van minder uren per persoon: alle functies', 'Cost of reduced hours per person: all functions'],
    ['plan.pathways[from=F001,to=F002].cost_per_fte', 'Kosten van de route F001 Medewerker KCC → F002 Senior KCC per fte', 'Cost of the pathway F001 Medewerker KCC → F002 Senior KCC per FTE'],
    ['plan.overstaffing.cost_per_fte_year', 'Kosten van overbezetting per fte-jaar', 'Cost of overstaffing per FTE-year'],
    ['plan.shortage_cost_per_fte_year', 'Kosten van onvervulde vraag per fte-jaar', 'Cost of unmet demand per FTE-year'],
    ['plan.discount_rate', 'Disconteringsvoet', 'Discount rate'],
    ['reskilling.hire_cost', 'Wervingskosten (standaard)', 'Hiring cost (default)'],
    ['reskilling.cost_per_hour', 'Opleidingskosten per uur', 'Training cost per hour'],
  ])('%s', (path, dutch, english) => {
    expect(nl(path)).toBe(dutch);
    expect(en(path)).toBe(english);
  });

  it('names a rule without a scope of its own (its path has its index) as one for everyone', () => {
    expect(nl('workforce.attrition[0].rate')).toBe('Verloop: alle functies');
    expect(en('plan.hiring[2].cost')).toBe('Hiring cost: all functions');
    // An emerging function is named by its id, digits or not.
    expect(nl('demand.emerging[1234].demand')).toBe('Vraag naar nieuwe functie 1234');
  });

  it('keeps names with brackets, commas and equals signs whole', () => {
    expect(nl('demand.growth[family=Zorg [WMO], jeugd].rate')).toBe('Groei van de vraag per jaar: Zorg [WMO], jeugd');
    expect(nl('workforce.attrition[family=A=B].rate')).toBe('Verloop: A=B');
  });

  it('shows a path it has no words for as it is', () => {
    for (const path of ['workforce.unknown', 'plan.hiring[family=all].unknown', 'workforce.attrition[ages=<35', '']) expect(nl(path)).toBe(path);
  });
});

describe('a moved value in the report’s words', () => {
  const assumption = (kind: SensitivityAssumption['kind'], base_value: unknown): SensitivityAssumption => ({
    path: 'x',
    kind,
    base_value,
    low_value: null,
    high_value: null,
    effects: { gap_fte: { low: 0, high: 0 }, shortage_fte_years: { low: 0, high: 0 }, plan_cost: { low: null, high: null } },
    swing_gap_fte: 0,
    swing_plan_cost: null,
    notes: [],
  });
  const f = formatters('nl');

  it('gives rates and shares as percentages, growth and change with their sign', () => {
    expect(assumptionValue(assumption('rate', 0.035), 0.028, f, 'nl')).toBe('2,8%');
    expect(assumptionValue(assumption('share', 0.3), 0.36, f, 'nl')).toBe('36%');
    expect(assumptionValue(assumption('rate', 0.1), 0.0867, f, 'nl')).toBe('8,67%');
    expect(assumptionValue(assumption('growth', 0.01), 0.012, f, 'nl')).toBe('+1,2%');
    expect(assumptionValue(assumption('growth', -0.01), -0.012, f, 'nl')).toBe('−1,2%');
    expect(assumptionValue(assumption('change', -0.5), -0.6, f, 'nl')).toBe('−60%');
  });

  it('counts a [low, likely, high] with its mean', () => {
    expect(assumptionValue(assumption('rate', [0.06, 0.08, 0.12]), [0.048, 0.064, 0.096], f, 'nl')).toBe('6,93%');
  });

  it('gives an AOW age in years, a table of them as its shift, a cost in euros, emerging demand at its last point', () => {
    expect(assumptionValue(assumption('age', 67), 65, f, 'nl')).toBe('65 jaar');
    expect(assumptionValue(assumption('age', 67), 67.25, f, 'nl')).toBe('67 jaar en 3 maanden');
    expect(assumptionValue(assumption('age', { 2024: 67, 2030: 67.25 }), { 2024: 65, 2030: 65.25 }, f, 'nl')).toBe('−2 jaar');
    expect(assumptionValue(assumption('age', { 2024: 67 }), { 2024: 69 }, f, 'en')).toBe('+2 years');
    expect(assumptionValue(assumption('cost', 12000), 9600, f, 'nl')).toBe('€ 9.600');
    expect(assumptionValue(assumption('fte', { 2027: 2, 2035: 8 }), { 2027: 1.6, 2035: 6.4 }, f, 'nl')).toBe('6,4 fte in 2035');
  });
});

describe('a setting that differs between scenarios, in the report’s words', () => {
  const f = formatters('nl');
  const nl = (path: string, value: unknown) => settingText(path, value, 'nl', f, names);
  const en = (path: string, value: unknown) => settingText(path, value, 'en', formatters('en'), names);

  it('gives shares, ranges, years, curves and euros as a reader counts them', () => {
    expect(nl('digitalisation.automation.administrative.target', 0.6)).toBe('60%');
    expect(nl('digitalisation.automation.customer_contact.target', [0.25, 0.4, 0.55])).toBe('25–55% (waarschijnlijk 40%)');
    expect(en('digitalisation.automation.customer_contact.target', [0.25, 0.4, 0.55])).toBe('25–55% (likely 40%)');
    expect(nl('digitalisation.automation.administrative.end', 2032)).toBe('2032');
    expect(nl('digitalisation.automation.administrative.curve', 's-curve')).toBe('S-curve');
    expect(nl('digitalisation.automation.administrative.curve', 'linear')).toBe('gelijkmatig');
    expect(nl('reskilling.budget_per_year', 400000)).toBe('€ 400.000');
    // The AOW age as the government sets it, in years and months (as spp explain says it).
    expect(nl('workforce.retirement_age.2028', 67.25)).toBe('67 jaar en 3 maanden');
    expect(en('workforce.retirement_age.2033', 67.5)).toBe('67 years and 6 months');
    expect(nl('demand.growth[family=Beleid]', { rate: -0.02 })).toBe('−2%');
  });

  it('says a whole entry as a phrase: transitions, overrides, skill shifts, automation, emerging functions', () => {
    expect(nl('workforce.transitions.F001', { F002: 0.05 })).toBe('naar F002 Senior KCC: 5%');
    expect(nl('demand.overrides[function=F001]', { discontinue: 2031 })).toBe('vervalt vanaf 2031');
    expect(nl('demand.overrides[function=F001]', { change: -0.3, end: 2029 })).toBe('−30%, tot 2029');
    expect(en('demand.overrides[function=F001]', { change: 0.25, start: 2027, end: 2030 })).toBe('+25%, 2027–2030');
    expect(nl('digitalisation.skill_shift[skill=digital,families=all]', { delta: 1, end: 2030 })).toBe('+1 niveau, tot 2030');
    expect(nl('digitalisation.automation.analysis', { target: 0.15, start: 2028, end: 2035, curve: 'linear' })).toBe('15%, 2028–2035, gelijkmatig');
    // A step comes whole in its end year (SPEC §3: f = 0 until end): "30%, 2027–2029, in één keer" read as if in 2027.
    expect(nl('digitalisation.automation.customer_contact', { target: 0.3, start: 2027, end: 2029, curve: 'step' })).toBe('30%, in één keer in 2029');
    expect(en('digitalisation.automation.customer_contact', { target: 0.3, start: 2027, end: 2029, curve: 'step' })).toBe('30%, all at once in 2029');
    expect(nl('demand.emerging[N001]', { name: 'Data-analist', family: 'ICT', demand: { 2027: 2, 2035: 9 } })).toBe('Data-analist, 9,0 fte in 2035');
  });

  it('keeps a whole block as written rather than flatten its lists', () => {
    // In Dutch as spp compare writes it: parts separated by semicolons (a decimal comma would read as one).
    expect(nl('plan', { objective: 'redundancy', hiring: [{ family: 'all', cost: 12000 }] })).toBe('{ objective: redundancy; hiring: [{ family: all; cost: 12000 }] }');
  });

  it('labels the settings a comparison shows beside the assumptions', () => {
    const label = assumptionLabeller('nl', f, names);
    expect(label('digitalisation.automation.administrative.curve')).toBe('Automatisering: Administratief werk, verloop');
    expect(label('workforce.transitions.F001')).toBe('Doorstroom uit F001 Medewerker KCC');
    expect(label('demand.emerging[N001]')).toBe('Nieuwe functie N001 Data-analist');
    expect(label('digitalisation.skill_shift[skill=administrative,families=Beleid+ICT]')).toBe('Verschuiving van vaardigheid: Administratief werk (Beleid, ICT)');
    expect(label('horizon.end')).toBe('Einde van de horizon');
    expect(label('plan')).toBe('Instellingen van het actieplan');
    expect(label('classification.volume')).toBe('Groeiend of krimpend: vraag verandert ten minste');
  });
});

describe('every setting of the scenario file in the report’s words (the appendix)', () => {
  const f = formatters('nl');
  const nl = assumptionLabeller('nl', f, names);
  const en = assumptionLabeller('en', formatters('en'), names);
  const value = (path: string, v: unknown, lang: 'nl' | 'en' = 'nl') => settingText(path, v, lang, formatters(lang), names);

  it.each([
    ['plan.min_flow_fte', 'Kleinste stroom over een route in een jaar', 0.5, '0,5 fte'],
    ['plan.overstaffing.max_total_fte', 'Overbezetting in de hele organisatie ten hoogste', 15, '15 fte'],
    ['plan.hiring[family=Beleid].max_per_year', 'Werving per functie per jaar ten hoogste: Beleid', 0, '0 fte'],
    ['plan.hiring[family=all].first_year_attrition', 'Nieuwe medewerkers die in hun eerste jaar vertrekken: alle functies', 0.15, '15%'],
    ['plan.reduced_hours[family=Bedrijfsvoering].max_persons', 'Minder uren: personen per functie per jaar ten hoogste: Bedrijfsvoering', 6, '6 personen'],
    ['plan.pathways[from=F001,to=F002].retention', 'Route F001 Medewerker KCC → F002 Senior KCC: blijft het eerste jaar', 0.9, '90%'],
    ['plan.objective', 'Doel van het actieplan', 'redundancy', 'zo min mogelijk plaatsing buiten de organisatie, dan de laagste kosten'],
    ['plan.overstaffing.cost_per_fte_year', 'Kosten van overbezetting per fte-jaar', 'pay', 'het salaris van de functie'],
    ['plan.shortage_cost_per_fte_year', 'Kosten van onvervulde vraag per fte-jaar', null, 'geen prijs: eerst zo min mogelijk onvervulde vraag'],
    ['plan.computed_pathways', 'Routes die spp zelf berekent', true, 'ja'],
    ['reskilling.safe_only', 'Alleen routes naar functies die niet kwetsbaar zijn', false, 'nee'],
    ['reskilling.closed_destinations.functions', 'Geen routes naar de functies', ['F002'], 'F002 Senior KCC'],
    ['demand.emerging', 'Nieuwe functies', [], 'geen'],
    ['demand.targets', 'Formatiedoelen per jaar', {}, 'geen'],
    ['demand.targets.F001.2030', 'Formatiedoel F001 Medewerker KCC in 2030', 12.5, '12,5 fte'],
    ['demand.emerging[N001].tasks', 'Nieuwe functie N001 Data-analist: taken', { administrative: 0.7, analysis: 0.3 }, 'Administratief werk 70%, analysis 30%'],
    ['demand.emerging[N001].skills', 'Nieuwe functie N001 Data-analist: vaardigheden', { digital: 4 }, 'digital niveau 4'],
    ['demand.emerging[N001].demand', 'Vraag naar nieuwe functie N001 Data-analist', { 2027: 2, 2035: 9 }, '2 fte in 2027, 9 fte in 2035'],
    ['demand.emerging[N001].level', 'Nieuwe functie N001 Data-analist: schaal', 10, 'schaal 10'],
    ['task_profile.administrative', 'Taakprofiel Administratief werk', { predictability: 0.9, complexity: 0.2 }, 'voorspelbaarheid 0,9, complexiteit 0,2'],
    ['workforce.temporary.default_years', 'Looptijd van een tijdelijk contract zonder einddatum', 1, '1 jaar'],
    ['workforce.fulltime_hours', 'Uren van een voltijdbaan per week', 36, '36 uur'],
    ['privacy.min_group', 'Kleinste groep die de uitkomsten tonen', 5, '5 personen'],
    ['classification.disappear_ratio', 'Verdwijnend: vraag aan het eind ten hoogste dit deel van nu', 0.3, '30%'],
  ])('%s: "%s" = %s', (path, label, v, text) => {
    expect(nl(path)).toBe(label);
    expect(value(path, v)).toBe(text);
  });

  it('in English too, with singular units', () => {
    expect(en('workforce.temporary.default_years')).toBe('Length of a temporary contract without an end date');
    expect(value('workforce.temporary.default_years', 1, 'en')).toBe('1 year');
    expect(value('privacy.min_group', 1, 'en')).toBe('1 person');
    expect(value('plan.min_flow_fte', 0.5, 'en')).toBe('0.5 FTE');
  });

  it('reads a function code with dots in a path as one code (HR.21.3, as an export writes it)', () => {
    const dotted = new Map([...names, ['HR.21.3', 'Medewerker Post'], ['FIN 9', 'Medewerker DIV'], ['HR.21', 'Adviseur HR']]);
    const label = assumptionLabeller('nl', f, dotted);
    // The transition's path was read as HR → 21 and left as the bare path.
    expect(label('workforce.transitions.HR.21.3.FIN 9')).toBe('Doorstroom HR.21.3 Medewerker Post → FIN 9 Medewerker DIV');
    expect(label('workforce.transitions.HR.21.HR.21.3')).toBe('Doorstroom HR.21 Adviseur HR → HR.21.3 Medewerker Post');
    expect(label('workforce.transitions.HR.21.3')).toBe('Doorstroom uit HR.21.3 Medewerker Post');
    expect(label('demand.targets.HR.21.3.2030')).toBe('Formatiedoel HR.21.3 Medewerker Post in 2030');
    expect(settingText('demand.targets.HR.21.3', { 2030: 8 }, 'nl', f, dotted)).toBe('8 fte in 2030');
    expect(settingText('workforce.transitions.HR.21.3', { 'FIN 9': 0.05 }, 'nl', f, dotted)).toBe('naar FIN 9 Medewerker DIV: 5%');
  });

  it('writes a whole block as spp compare does: codes quoted where YAML would read a number, code-keyed maps in text order, decimal commas in Dutch', () => {
    const block = { transitions: { F014: { '12': 0.02, '0123': 0.01 } }, fulltime_hours: 36.5 };
    expect(settingText('workforce', block, 'nl', f, names)).toBe('{ transitions: { F014: { "0123": 0,01; "12": 0,02 } }; fulltime_hours: 36,5 }');
    expect(settingText('workforce', block, 'en', formatters('en'), names)).toBe('{ transitions: { F014: { "0123": 0.01, "12": 0.02 } }, fulltime_hours: 36.5 }');
    for (const lang of ['nl', 'en'] as const) expect(settingText('workforce', block, lang, formatters(lang), names)).toBe(valueText(block, lang, 'workforce'));
    const plan = { objective: 'cost', pathways: [{ from: '0123', to: '12', cost_per_fte: 500 }] };
    expect(settingText('plan', plan, 'en', formatters('en'), names)).toBe('{ objective: cost, pathways: [{ from: "0123", to: "12", cost_per_fte: 500 }] }');
  });

  it('lists formation targets in the codes’ text order (JavaScript put 12 before 0123)', () => {
    const coded = new Map([['12', 'Medewerker Post'], ['0123', 'Adviseur Financien'], ['F014', 'Beleidsmedewerker']]);
    expect(settingText('demand.targets', { F014: { 2028: 5 }, '12': { 2028: 4 }, '0123': { 2028: 6 } }, 'nl', f, coded)).toBe(
      '0123 Adviseur Financien: 6 fte in 2028; 12 Medewerker Post: 4 fte in 2028; F014 Beleidsmedewerker: 5 fte in 2028',
    );
  });

  it('takes ids such as constructor and __proto__ as ordinary ids', () => {
    expect(nl('demand.targets.constructor.2030')).toBe('Formatiedoel constructor in 2030');
    expect(nl('workforce.transitions.__proto__.toString')).toBe('Doorstroom __proto__ → toString');
    expect(nl('constructor')).toBe('constructor');
    expect(value('plan.objective', 'toString')).toBe('toString');
  });

  it('names a whole plan rule or pathway one scenario has, and says its settings in words (a consultant probe: "`plan.hiring[family=Bedrijfsvoering]` | – | 0 fte")', () => {
    expect(nl('plan.hiring[family=Bedrijfsvoering]')).toBe('Werving: Bedrijfsvoering');
    expect(value('plan.hiring[family=Bedrijfsvoering]', { max_per_year: 0 })).toBe('geen werving (vacaturestop)');
    expect(value('plan.hiring[family=ICT]', { cost: 18000, max_per_year: 4, first_year_attrition: 0.15 })).toBe('kosten € 18.000 per fte, ten hoogste 4 fte per functie per jaar, 15% vertrekt in het eerste jaar');
    expect(nl('plan.redundancy[function=F001]')).toBe('Plaatsing buiten de organisatie: F001 Medewerker KCC');
    expect(value('plan.redundancy[function=F001]', { max_per_year: 0 })).toBe('geen plaatsing buiten de organisatie');
    expect(nl('plan.reduced_hours[family=Bedrijfsvoering]')).toBe('Minder uren: Bedrijfsvoering');
    expect(value('plan.reduced_hours[family=Bedrijfsvoering]', { max_persons: 6, fte_per_person: 0.2, cost_per_person: 500 })).toBe('ten hoogste 6 personen per functie per jaar, 0,2 fte minder per persoon, kosten € 500 per persoon');
    expect(nl('plan.pathways[from=F001,to=F002]')).toBe('Route F001 Medewerker KCC → F002 Senior KCC');
    expect(value('plan.pathways[from=F001,to=F002]', { cost_per_fte: 15000, max_per_year: 3, retention: 0.85 })).toBe('kosten € 15.000 per fte, ten hoogste 3 fte per jaar, 85% blijft het eerste jaar');
    expect(en('plan.hiring[family=all]')).toBe('Hiring: all functions');
    expect(value('plan.hiring[family=Beleid]', { max_per_year: 0 }, 'en')).toBe('no hiring (hiring freeze)');
  });

  it('keeps the function of formation targets (the whole block showed "2028: 25 fte; 2031: 20 fte" without saying whose)', () => {
    expect(value('demand.targets', { F001: { 2028: 25, 2031: 20 } })).toBe('F001 Medewerker KCC: 25 fte in 2028, 20 fte in 2031');
    expect(value('demand.targets', { F001: { 2028: 25 }, F002: { 2030: 3.5 } }, 'en')).toBe('F001 Medewerker KCC: 25 FTE in 2028; F002 Senior KCC: 3.5 FTE in 2030');
    expect(nl('demand.targets.F001')).toBe('Formatiedoelen per jaar: F001 Medewerker KCC');
    expect(value('demand.targets.F001', { 2028: 25, 2031: 20 })).toBe('25 fte in 2028, 20 fte in 2031');
  });

  it('names a skill shift for listed functions by those functions, not "all families"', () => {
    expect(nl('digitalisation.skill_shift[skill=administrative,functions=F001+F002]')).toBe('Verschuiving van vaardigheid: Administratief werk (F001 Medewerker KCC, F002 Senior KCC)');
  });
});
