import { describe, expect, it } from 'vitest';
import { anyNear, didYouMean, nearest } from '../../src/diagnostics/diagnostic.js';

/**
 * The "Did you mean" hint of every unknown name. A hint a user follows changes their data, so it is
 * given only when one candidate stands out: 'F08' among F01…F07 was answered with 'F01', the first
 * of seven codes one digit away — another function, into which a user who followed it put people.
 */
const codes = ['F01', 'F02', 'F03', 'F04', 'F05', 'F06', 'F07'];

describe('nearest', () => {
  it('suggests nothing when several candidates are as near', () => {
    expect(nearest('F08', codes)).toBeUndefined();
    expect(didYouMean('F08', codes)).toEqual({ en: '', nl: '' });
    // …though some are near, which a caller may need to know (not to fall back to other names).
    expect(anyNear('F08', codes)).toBe(true);
    expect(anyNear('Beleidsadviseur', codes)).toBe(false);
  });

  it('suggests the one candidate that is nearest', () => {
    expect(nearest('F011', ['F010', 'F020', 'F310'])).toBe('F010');
    expect(nearest('Publiekzaken', ['Publiekszaken', 'Sociaal domein', 'Bedrijfsvoering'])).toBe('Publiekszaken');
    expect(nearest('eind', ['start', 'end'])).toBe('end');
    expect(didYouMean('f07', codes)).toEqual({ en: " Did you mean 'F07'?", nl: " Bedoelt u 'F07'?" });
  });

  it('takes a letter typed for the digit it looks like, and dropped leading zeros, as one candidate', () => {
    // 'F00l' is one edit from F001 and from F002; the l is a 1.
    expect(nearest('F00l', ['F001', 'F002'])).toBe('F001');
    expect(nearest('FO12', ['F012', 'F013', 'F112'])).toBe('F012');
    expect(nearest('260', ['000260', '000261'])).toBe('000260');
  });

  it('suggests nothing that is far', () => {
    expect(nearest('Xyz', codes)).toBeUndefined();
    expect(nearest('F08', [])).toBeUndefined();
  });
});

describe('a name that differs from a known one only by characters a terminal does not show', () => {
  it("says which (it said \"'F01' is not in functions.csv. Did you mean 'F01'?\", both printed alike)", () => {
    expect(didYouMean('F\u200B01', codes)).toEqual({
      en: " It holds an invisible character (U+200B) that 'F01' has not: delete the value and type it again.",
      nl: " Er staat een onzichtbaar teken in (U+200B) dat 'F01' niet heeft: wis de waarde en typ hem opnieuw.",
    });
    expect(didYouMean('\u202EF02\u0007', codes).nl).toBe(" Er staan onzichtbare tekens in (U+202E, U+0007) die 'F02' niet heeft: wis de waarde en typ hem opnieuw.");
  });

  it('suggests as before when the name without them is not known either', () => {
    expect(didYouMean('F\u200B0', codes)).toEqual(didYouMean('F0', codes));
  });
});
