import { describe, expect, it } from 'vitest';
import { projectScenario } from '../../src/model/project.js';
import { modelNote, translateNote } from '../../src/report/notes.js';
import { cell, fn, scenario, workforce } from '../model/build-inputs.js';

/**
 * The model's note on people in functions missing from the function profiles names function codes
 * of the user's data. It was translated by matching its English start and passing the rest — the
 * codes, as one string — on whole; it is said from its data now (Projection.assumptionFacts), as the
 * plan's notes are, and the JSON keeps the English line.
 */
const projection = projectScenario({
  scenario: scenario({ horizon: { start: 2026, end: 2028 } }),
  functions: [fn('F1', { family: 'A', tasks: { admin: 1 } })],
  workforce: workforce([cell('F1', { persons: 10, fte: 9 }), cell('F999', { persons: 2, fte: 1.8 }), cell('F 998', { persons: 1, fte: 1 })]),
});

describe('the unknown-functions note from its data', () => {
  const note = projection.assumptions.find((a) => a.includes('missing from the function profiles'))!;

  it('keeps the English line for the JSON and the codes as data beside it', () => {
    expect(note).toBe('3 person(s) in functions missing from the function profiles left out: F 998, F999');
    expect(projection.assumptionFacts).toEqual([{ kind: 'unknown_functions', text: note, persons: 3, functions: ['F 998', 'F999'] }]);
  });

  it('says it in Dutch and English from the data, the codes listed', () => {
    const facts = projection.assumptionFacts ?? [];
    expect(modelNote(note, facts, 'nl', (id) => id)).toBe('3 personen in functies die niet in de functieprofielen staan, zijn niet meegeteld (F 998 en F999).');
    expect(modelNote(note, facts, 'en', (id) => id)).toBe('3 people in functions missing from the function profiles are not counted (F 998 and F999).');
    const one = { kind: 'unknown_functions' as const, text: 'x', persons: 1, functions: ['F9'] };
    expect(modelNote('x', [one], 'nl', (id) => id)).toBe('1 persoon in een functie die niet in de functieprofielen staat, is niet meegeteld (F9).');
  });

  it('no longer reads the codes out of the English line', () => {
    expect(translateNote(note, 'nl', (id) => id)).toBe(note);
  });
});
