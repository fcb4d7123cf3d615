import { describe, expect, it } from 'vitest';
import type { PlanBinding, PlanLimitOf, PlanNoteFact, ShortfallReason } from '../../src/domain/plan.js';
import { bindingSentence, planNote, shortfallCause } from '../../src/report/plan-sentences.js';

/**
 * The plan's sentences that name functions are said from the plan's data, never read back from the
 * JSON's English: a function id is the user's (SPEC §2: just a unique key) and may hold spaces,
 * brackets, "→", "would", "in" or digits only. They read "hiring is not allowed in FIN 14 …" in a
 * Dutch memo, and "one more hire allowed in FIN 14" without its name, while F014 read in Dutch.
 */

/** Ids that broke the old patterns (`(\S+)` for a function, " would " between the halves). */
const ODD = ['FIN 14', 'A would B', 'in', '1234', 'Bédrijf 1', 'X (oud) → Y', 'M and N', 'S: t, u'];
const names: Record<string, string> = { 'FIN 14': 'Financieel Adviseur', 'X (oud) → Y': 'Beleidsadviseur', 'Bédrijf 1': 'Bedrijfsleider' };
const label = (id: string): string => `${id} ${names[id] ?? 'Functie'}`;

/** English words of the model's sentences that a Dutch sentence must not hold. */
const ENGLISH = /\b(allowed|would|hiring|hire|one more|limited|leaves|binds|pathways?|transitions|unmet|movers|room for|the plan|FTE-years)\b/i;

/** The sentence without the ids ("A would B" is an id, not the model's English) and scenario keys (`plan.pathways max_per_year` stays as written) in it. */
const withoutIds = (text: string): string =>
  [...ODD].sort((x, y) => y.length - x.length).reduce((t, id) => t.replaceAll(id, '#'), text).replace(/\b(plan|reskilling)\.[a-z_]+( [a-z_]+)?/g, '#');

const limits = (a: string, b: string): PlanLimitOf[] => [
  { constraint: 'plan.hiring max_per_year', function: a },
  { constraint: 'plan.redundancy max_per_year', function: a },
  { constraint: 'plan.reduced_hours max_persons', function: a },
  { constraint: 'plan.pathways max_per_year', from: a, to: b },
  { constraint: 'plan.pathways max_share_of_destination', from: a, to: b },
  { constraint: 'plan.overstaffing max_total_fte' },
  { constraint: 'reskilling.budget_per_year' },
  { constraint: 'reskilling.capacity_per_year' },
];

const binding = (limit: PlanLimitOf, cut: number, saving: number): Pick<PlanBinding, 'limit' | 'year' | 'step'> => ({ limit, year: 2027, step: { cut, saving } });

describe('a binding limit as a sentence of its own', () => {
  it('says every limit in Dutch, whatever the function ids hold, with each function by its label', () => {
    for (const a of ODD) {
      for (const limit of limits(a, 'X (oud) → Y')) {
        const nl = bindingSentence(binding(limit, 6.5683, 3400.4), 'nl', label);
        expect(withoutIds(nl), nl).not.toMatch(ENGLISH);
        expect(nl).toMatch(/^(Eén|Ruimte|€ 1\.000) .* per 1 januari 2027 zou de onvervulde vraag met 6,6 fte-jaar verminderen en € 3\.400 besparen\.$|^(Eén|€ 1\.000) .* in 2027 zou de onvervulde vraag met 6,6 fte-jaar verminderen en € 3\.400 besparen\.$/);
        if ('function' in limit) expect(nl).toContain(label(a));
        if ('from' in limit) expect(nl).toContain(`${label(a)} → X (oud) → Y Beleidsadviseur`.replace(/^(.*) → (X .*)$/, 'constraint' in limit && limit.constraint === 'plan.pathways max_per_year' ? '$1 → $2' : '$2 (uit $1)'));
        const en = bindingSentence(binding(limit, 6.5683, 3400.4), 'en', label);
        expect(en).toMatch(/ would cut unmet demand by 6\.6 FTE-years and save €3,400\.$/);
        expect(en).not.toMatch(/ zou |fte-jaar|toestaan/);
      }
    }
  });

  it('reads as before for F014, and says a pathway with both ends labelled', () => {
    const fn = (id: string): string => ({ F014: 'F014 Financieel Adviseur', F082: 'F082 Manager Bedrijfsvoering', F026: 'F026 Strategisch Adviseur' })[id] ?? id;
    expect(bindingSentence(binding({ constraint: 'plan.hiring max_per_year', function: 'F014' }, 6.5683, 0), 'nl', fn)).toBe(
      'Eén fte extra werving toestaan in F014 Financieel Adviseur per 1 januari 2027 zou de onvervulde vraag met 6,6 fte-jaar verminderen.',
    );
    expect(bindingSentence(binding({ constraint: 'plan.pathways max_per_year', from: 'A would B', to: 'in' }, 0, 1200), 'nl', label)).toBe(
      'Eén fte extra toestaan op de route A would B Functie → in Functie per 1 januari 2027 zou € 1.200 besparen.',
    );
    expect(bindingSentence(binding({ constraint: 'plan.pathways max_share_of_destination', from: 'FIN 14', to: '1234' }, 0.0312, 0), 'en', label)).toBe(
      'Room for one more FTE of movers into 1234 Functie (from FIN 14 Financieel Adviseur) for 1 January 2027 would cut unmet demand by 0.03 FTE-years.',
    );
    expect(bindingSentence(binding({ constraint: 'reskilling.capacity_per_year' }, 0, 3400), 'nl')).toBe('Eén extra omscholingsplaats in 2027 zou € 3.400 besparen.');
    expect(bindingSentence(binding({ constraint: 'plan.overstaffing max_total_fte' }, 0, 12_345.6), 'en')).toBe('One more FTE of overstaffing allowed in 2027 would save €12,346.');
  });
});

describe('the cause of unmet demand', () => {
  const reasons: ShortfallReason[] = [
    { kind: 'hiring_forbidden' },
    { kind: 'hiring_capped', max_per_year: 2.5 },
    { kind: 'hires_leave' },
    { kind: 'limit', limit: { constraint: 'plan.pathways max_per_year', from: 'A would B', to: 'S: t, u' }, year: 2028 },
    { kind: 'limit', limit: { constraint: 'reskilling.capacity_per_year' }, year: 2028 },
    { kind: 'limits' },
    { kind: 'withheld' },
  ];

  it('is Dutch for every kind and any function id', () => {
    for (const id of ODD) {
      for (const reason of reasons) {
        const nl = shortfallCause({ function: id, reason }, 'nl');
        expect(withoutIds(nl), nl).not.toMatch(ENGLISH);
      }
    }
    expect(shortfallCause({ function: 'FIN 14', reason: reasons[0]! }, 'nl')).toBe('werven is niet toegestaan in FIN 14 (plan.hiring max_per_year: 0), en routes en doorstroom vullen het tekort niet');
    expect(shortfallCause({ function: 'in', reason: reasons[1]! }, 'nl')).toBe('werven in in is begrensd op 2,5 fte per jaar (plan.hiring max_per_year)');
    expect(shortfallCause({ function: '1234', reason: reasons[2]! }, 'nl')).toBe('elke nieuwe medewerker in 1234 vertrekt in het eerste jaar (plan.hiring first_year_attrition: 1)');
    expect(shortfallCause({ function: 'Bédrijf 1', reason: reasons[3]! }, 'nl')).toBe('de grens plan.pathways max_per_year (S: t, u) in 2028 is bereikt');
    expect(shortfallCause({ function: 'Bédrijf 1', reason: reasons[4]! }, 'nl')).toBe('de grens reskilling.capacity_per_year in 2028 is bereikt');
  });

  it('reads in English as the JSON gives it', () => {
    expect(shortfallCause({ function: 'FIN 14', reason: reasons[0]! }, 'en')).toBe('hiring is not allowed in FIN 14 (plan.hiring max_per_year: 0), and pathways and transitions do not fill the gap');
    expect(shortfallCause({ function: 'in', reason: reasons[1]! }, 'en')).toBe('hiring in in is limited to 2.5 FTE a year (plan.hiring max_per_year)');
    expect(shortfallCause({ function: 'X (oud) → Y', reason: reasons[3]! }, 'en')).toBe('plan.pathways max_per_year (S: t, u) in 2028 binds');
    expect(shortfallCause({ function: 'other', reason: reasons[6]! }, 'en')).toBe('demand in these functions cannot be met within the limits');
  });
});

describe('the notes that name functions', () => {
  const twoWay: PlanNoteFact = {
    kind: 'two_way',
    text: 'in 2028 the plan moves people both ways between M and N and S: t, u (1.24 and 0.83 FTE): …',
    year: 2028,
    a: 'M and N',
    b: 'S: t, u',
    a_to_b_fte: 1.24,
    b_to_a_fte: 0.83,
    close: { from: 'S: t, u', to: 'M and N' },
  };
  const hired: PlanNoteFact = { kind: 'hired_then_surplus', text: 'the plan hires into A would B, in and later carries …', functions: ['A would B', 'in'], more: 0 };

  it('are said from their data, the ids as they are', () => {
    expect(planNote(twoWay.text, [twoWay, hired], 'nl')).toBe(
      'In 2028 laat het plan mensen in beide richtingen overstappen tussen M and N en S: t, u (1,24 en 0,83 fte). Het enige dat dit oplevert, is dat een deel van de overstappers in het eerste jaar vertrekt (behoud onder 1): dat vermindert de overbezetting, maar vult geen vraag. Wilt u dat niet, sluit dan één richting af in plan.pathways: { from: S: t, u, to: M and N, max_per_year: 0 }.',
    );
    expect(planNote(hired.text, [twoWay, hired], 'nl')).toMatch(/^Het plan werft in A would B, in en houdt daar later mensen boven de formatie in dienst /);
    expect(planNote(hired.text, [twoWay, hired], 'en')).toMatch(/^The plan hires into A would B, in and later carries overstaffing /);
  });

  it('leave any other note to the table of fixed notes', () => {
    expect(planNote('costs discounted to 2026 at 3.5% a year', [twoWay], 'nl')).toBe('Kosten zijn contant gemaakt naar 2026 tegen 3,5% per jaar.');
  });
});
