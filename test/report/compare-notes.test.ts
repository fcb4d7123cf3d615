import { describe, expect, it } from 'vitest';
import { PLAN_DEFAULTS_NOTE, publishedCompare, type CompareResult } from '../../src/domain/compare.js';
import { compareNote } from '../../src/report/render-compare.js';
import { dutchResultText } from '../../src/report/result-notes.js';

/**
 * spp compare's note on the scenarios whose plan has spp plan's defaults names scenarios: it was
 * translated by matching its English start and passing the rest (the ids, as the user wrote them) on
 * whole — "…: baseline, digitaal-versneld" under a Dutch sentence that said "het scenario geeft". It is
 * said from its data now (CompareResult.noteFacts), as the plan's notes are; the JSON keeps the text.
 */
describe("compare's plan-defaults note from its data", () => {
  const text = `${PLAN_DEFAULTS_NOTE}: baseline, digitaal-versneld`;
  const facts = [{ kind: 'plan_defaults' as const, text, scenarios: ['baseline', 'digitaal-versneld'] }];

  it('names the scenarios in the reader’s language, with the verb agreeing', () => {
    expect(compareNote(text, facts, 'nl')).toBe('kosten plan met de standaardwaarden van spp plan (de scenario’s geven geen eigen instellingen voor het actieplan): baseline en digitaal-versneld.');
    expect(compareNote(text, facts, 'en')).toBe("plan cost with spp plan's defaults (no plan: block): baseline and digitaal-versneld.");
    const one = `${PLAN_DEFAULTS_NOTE}: baseline`;
    expect(compareNote(one, [{ kind: 'plan_defaults', text: one, scenarios: ['baseline'] }], 'nl')).toBe('kosten plan met de standaardwaarden van spp plan (het scenario geeft geen eigen instellingen voor het actieplan): baseline.');
  });

  it('no longer reads the ids out of the English text', () => {
    expect(dutchResultText(text)).toBeNull();
  });

  it('keeps the facts out of the JSON', () => {
    const result = { notes: [text], noteFacts: facts } as unknown as CompareResult;
    expect(publishedCompare(result)).toEqual({ notes: [text] });
  });
});
