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

  it('writes a triple in a rule text with decimal commas and semicolons, and "gemiddeld" for its mean', () => {
    expect(translateRule('workforce.attrition[0] (ages <35): [0.06, 0.08, 0.12] (mean 0.0867)', 'nl')).toContain('[0,06; 0,08; 0,12] (gemiddeld 0,0867)');
    expect(translateRule('demand.growth[0] (all): [-0.01, 0.005, 0.02] (mean 0.005)', 'nl')).toContain('[-0,01; 0,005; 0,02] (gemiddeld 0,005)');
  });
});

describe('the summary sentence on reskilling', () => {
  it('says plainly that no route meets the rules, instead of "0,0 fte via geen routes"', async () => {
    const { nl } = await import('../../src/report/directie/texts/nl.js');
    const { en } = await import('../../src/report/directie/texts/en.js');
    const none = nl.summary.reskilling('0,0', 0, '€ 0', '1,7', '3,2', 2026, 2032);
    expect(none).toBe('Er is geen omscholingsroute van een overschot- naar een tekortfunctie die aan de regels voldoet; 1,7 fte blijft extern te werven en 3,2 fte boventallig voor regionale mobiliteit (2026–2032).');
    expect(en.summary.reskilling('0.0', 0, '€ 0', '1.7', '3.2', 2026, 2032)).toMatch(/^No reskilling pathway/);
    expect(nl.summary.reskilling('1,8', 2, '€ 17.102', '671,8', '0,0', 2026, 2035)).toMatch(/^Het omscholingsplan brengt 1,8 fte via 2 routes/);
  });
});
