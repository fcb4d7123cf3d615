import { describe, expect, it } from 'vitest';
import { translateNote, translateRule } from '../../src/report/notes.js';

const label = (id: string): string => id;

describe('the model notes about [low, likely, high] values, in Dutch', () => {
  it('says a rate is uncertain with its range and the mean the run used, as percentages with a decimal comma', () => {
    const note = 'workforce.attrition[0].rate [0.06, 0.08, 0.12] taken as its expected value 0.0867 (the mean of the triangular distribution)';
    expect(translateNote(note, 'nl', label)).toBe(
      'workforce.attrition[0].rate is onzeker (laag 6%, waarschijnlijk 8%, hoog 12%); gerekend is met het gemiddelde, 8,7%.',
    );
    expect(translateNote(note, 'en', label)).toBe(
      'workforce.attrition[0].rate is uncertain (low 6%, likely 8%, high 12%); the calculation uses the mean, 8.7%.',
    );
  });

  // A function code or task category with a space in it (an export's 'FIN 14', a scenario's 'klant contact')
  // left the note in English in a Dutch project, explain and report.
  it('says it in Dutch whatever the path or category holds: spaces, brackets, dots', () => {
    const transition = 'workforce.transitions.FIN 14.BA-30 (x) [0.01, 0.02, 0.04] taken as its expected value 0.0233 (the mean of the triangular distribution)';
    expect(translateNote(transition, 'nl', label)).toBe('workforce.transitions.FIN 14.BA-30 (x) is onzeker (laag 1%, waarschijnlijk 2%, hoog 4%); gerekend is met het gemiddelde, 2,3%.');
    const automation = 'automation target of klant contact [0.1, 0.2, 0.4] taken as its expected value 0.2333 (the mean of the triangular distribution)';
    expect(translateNote(automation, 'nl', (id) => `«${id}»`)).toBe('«klant contact»: het automatiseringsdoel is onzeker (laag 10%, waarschijnlijk 20%, hoog 40%); gerekend is met het gemiddelde, 23%.');
  });

  it('writes a triple in a rule text with decimal commas and semicolons, and "gemiddeld" for its mean', () => {
    expect(translateRule('workforce.attrition[0] (ages <35): [0.06, 0.08, 0.12] (mean 0.0867)', 'nl')).toContain('[0,06; 0,08; 0,12] (gemiddeld 0,0867)');
    expect(translateRule('demand.growth[0] (all): [-0.01, 0.005, 0.02] (mean 0.005)', 'nl')).toContain('[-0,01; 0,005; 0,02] (gemiddeld 0,005)');
  });
});

describe('the summary sentence on the action plan', () => {
  it('says plainly that the plan uses no internal route, instead of "0,0 fte via geen routes"', async () => {
    const { nl } = await import('../../src/report/directie/texts/nl.js');
    const { en } = await import('../../src/report/directie/texts/en.js');
    const base = { period: '2027–2032', hired: '12,0', moved: '0,0', reskilled: '0,0', redeployed: '0,0', outside: '3,2', shortage: null };
    expect(nl.summary.plan({ ...base, pathways: 0 })).toBe(
      'Het actieplan werft 12,0 fte in 2027–2032 en plaatst 3,2 fte buiten de organisatie (van-werk-naar-werk); het gebruikt geen interne route (hoofdstuk 4).',
    );
    expect(en.summary.plan({ ...base, pathways: 0 })).toMatch(/it uses no internal pathway/);
    const one = nl.summary.plan({ ...base, pathways: 1, moved: '1,8', reskilled: '1,8', shortage: '4,5' });
    expect(one).toMatch(/via 1 route \(1,8 fte met omscholing/);
    expect(one).toMatch(/blijft 4,5 fte-jaar vraag onvervuld\.$/);
  });
});

describe('the English sentences on vulnerable functions', () => {
  // Found by a side-by-side review: "1 function is vulnerable; 13 people (11.0 FTE) work in them today".
  it('say "in it" of one function and "in them" of several, in the summary and in Doorselecteren', async () => {
    const { en } = await import('../../src/report/directie/texts/en.js');
    expect(en.summary.vulnerable(1, '13', '11.0')).toBe('1 function is vulnerable; 13 people (11.0 FTE) work in it today.');
    expect(en.summary.vulnerable(3, '40', '35.5')).toBe('3 functions are vulnerable; 40 people (35.5 FTE) work in them today.');
    expect(en.doorselecteren.text(1, '13', '11.0')).toMatch(/^1 function is vulnerable\. 13 people work in it today, together 11\.0 FTE\./);
    expect(en.doorselecteren.text(2, '20', '18.0')).toMatch(/^2 functions are vulnerable\. 20 people work in them today, together 18\.0 FTE\./);
  });
});

describe('the binding limits as lines of their own', () => {
  // Found by a side-by-side review: the English lines under "What constrains the plan" began in lower
  // case ("one more hire allowed …") while the Dutch ones are sentences ("Eén fte extra werving …").
  it('are sentences in English as in Dutch', async () => {
    const { bindingSentence } = await import('../../src/report/plan-sentences.js');
    const hire = { limit: { constraint: 'plan.hiring max_per_year', function: 'F014' }, year: 2027, step: { cut: 6.5683, saving: 0 } } as const;
    expect(bindingSentence(hire, 'en')).toBe('One more hire allowed in F014 for 1 January 2027 would cut unmet demand by 6.6 FTE-years.');
    expect(bindingSentence(hire, 'nl')).toBe('Eén fte extra werving toestaan in F014 per 1 januari 2027 zou de onvervulde vraag met 6,6 fte-jaar verminderen.');
    const budget = { limit: { constraint: 'reskilling.budget_per_year' }, year: 2028, step: { cut: 0, saving: 3400.2 } } as const;
    expect(bindingSentence(budget, 'en')).toBe('€1,000 more reskilling budget in 2028 would save €3,400.');
    expect(bindingSentence(budget, 'nl')).toBe('€ 1.000 extra omscholingsbudget in 2028 zou € 3.400 besparen.');
  });

  // Found by a review of spp plan on krimp-vacaturestop: "Wat het plan begrenst" named functions by
  // their code alone ("in F014") and gave "6,57 fte-jaar" where every other figure has one decimal.
  it('name each function by code and name, and give FTE-years with one decimal', async () => {
    const { bindingSentence } = await import('../../src/report/plan-sentences.js');
    const names: Record<string, string> = { F014: 'Financieel Adviseur', F082: 'Manager Bedrijfsvoering', F026: 'Strategisch Adviseur' };
    const fn = (id: string): string => `${id} ${names[id] ?? ''}`.trim();
    const hire = { limit: { constraint: 'plan.hiring max_per_year', function: 'F014' }, year: 2027, step: { cut: 6.5683, saving: 0 } } as const;
    expect(bindingSentence(hire, 'nl', fn)).toBe('Eén fte extra werving toestaan in F014 Financieel Adviseur per 1 januari 2027 zou de onvervulde vraag met 6,6 fte-jaar verminderen.');
    expect(bindingSentence(hire, 'en', fn)).toBe('One more hire allowed in F014 Financieel Adviseur for 1 January 2027 would cut unmet demand by 6.6 FTE-years.');
    const route = { limit: { constraint: 'plan.pathways max_share_of_destination', from: 'F082', to: 'F026' }, year: 2028, step: { cut: 0.04, saving: 3400 } } as const;
    expect(bindingSentence(route, 'nl', fn)).toBe('Ruimte voor één fte extra instroom in F026 Strategisch Adviseur (uit F082 Manager Bedrijfsvoering) per 1 januari 2028 zou de onvervulde vraag met 0,04 fte-jaar verminderen en € 3.400 besparen.');
    expect(bindingSentence(route, 'en', fn)).toBe('Room for one more FTE of movers into F026 Strategisch Adviseur (from F082 Manager Bedrijfsvoering) for 1 January 2028 would cut unmet demand by 0.04 FTE-years and save €3,400.');
  });
});
