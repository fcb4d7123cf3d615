import { describe, expect, it } from 'vitest';
import { attritionRateFor } from '../../src/model/attrition.js';
import { parseAgeBand } from '../../src/domain/age-band.js';
import { projectScenario } from '../../src/model/project.js';
import { cell, fn, scenario, workforce } from './build-inputs.js';

const close = (actual: number, expected: number) => expect(actual).toBeCloseTo(expected, 9);

describe('temporary contracts', () => {
  it('renews the share renewal_rate in the end year; the rest leaves; renewed people stay permanent', () => {
    const p = projectScenario({
      scenario: scenario({ workforce: { temporary: { renewal_rate: 0.5 } } }),
      functions: [fn('F1')],
      workforce: workforce([cell('F1', { contract: 'temporary', endYear: 2027, persons: 10, fte: 9 })]),
    });
    const rows = p.functions[0]!.years;
    // 2026: nothing ends. 2027: 9 FTE end, half (4.5) continue as permanent, 4.5 leave. No new ending after.
    expect(rows.map((r) => r.contract_ended_fte)).toEqual([0, 4.5, 0, 0, 0]);
    expect(rows.map((r) => r.supply_fte)).toEqual([9, 9, 4.5, 4.5, 4.5]);
    expect(rows.map((r) => r.supply_persons)).toEqual([10, 10, 5, 5, 5]);
  });

  it('ends a contract without an end date in start + default_years − 1, and says so', () => {
    const p = projectScenario({
      scenario: scenario({ workforce: { temporary: { renewal_rate: 0.25, default_years: 2 } } }),
      functions: [fn('F1')],
      workforce: workforce([cell('F1', { contract: 'temporary', endYear: null, persons: 4 })]),
    });
    // Ends in 2026 + 2 − 1 = 2027: 4 × (1 − 0.25) = 3 leave.
    expect(p.functions[0]!.years.map((r) => r.contract_ended_fte)).toEqual([0, 3, 0, 0, 0]);
    expect(p.assumptions).toContain('4 person(s) on a temporary contract without an end date taken to end in 2027');
  });

  it('treats an end year before the start as ending in the start year', () => {
    const p = projectScenario({
      scenario: scenario(),
      functions: [fn('F1')],
      workforce: workforce([cell('F1', { contract: 'temporary', endYear: 2024, persons: 2 })]),
    });
    expect(p.functions[0]!.years.map((r) => r.contract_ended_fte)).toEqual([1, 0, 0, 0, 0]);
  });

  it('applies retirement before contract end (a retiree is not counted as a contract that ended)', () => {
    const p = projectScenario({
      scenario: scenario(),
      functions: [fn('F1')],
      workforce: workforce([cell('F1', { contract: 'temporary', endYear: 2026, birthYear: 1958, birthMonth: 3 })]),
    });
    expect(p.functions[0]!.years[0]).toMatchObject({ retired_fte: 1, contract_ended_fte: 0 });
  });
});

describe('attrition rules', () => {
  const rules = scenario({
    workforce: {
      attrition: [
        { ages: '<35', rate: 0.08 },
        { ages: '35-54', rate: 0.04 },
        { ages: '>=55', rate: 0.02 },
        { family: 'ICT', rate: 0.12 },
        { function: 'F010', rate: 0.41 },
        { function: 'F010', ages: '<35', rate: 0.5 },
        { function: 'F010', ages: '30+', rate: 0.6 },
      ],
    },
  }).workforce.attrition;

  it('parses every age band form', () => {
    expect(parseAgeBand('<35')).toEqual({ min: 0, max: 34 });
    expect(parseAgeBand('<=35')).toEqual({ min: 0, max: 35 });
    expect(parseAgeBand('>55')).toEqual({ min: 56, max: Infinity });
    expect(parseAgeBand('>=55')).toEqual({ min: 55, max: Infinity });
    expect(parseAgeBand('35-54')).toEqual({ min: 35, max: 54 });
    expect(parseAgeBand('60+')).toEqual({ min: 60, max: Infinity });
    expect(parseAgeBand('40')).toEqual({ min: 40, max: 40 });
    expect(parseAgeBand('54-35')).toBeUndefined();
    expect(parseAgeBand('<35+')).toBeUndefined();
  });

  it('prefers function over family over all, then a matching age band, then the first listed', () => {
    const f010 = fn('F010', { family: 'ICT' });
    expect(attritionRateFor(rules, f010, 30)).toEqual({ rate: 0.5, index: 5 }); // <35 and 30+ tie → first
    expect(attritionRateFor(rules, f010, 40)).toEqual({ rate: 0.6, index: 6 }); // band beats no band
    expect(attritionRateFor(rules, f010, 25)).toEqual({ rate: 0.5, index: 5 });
    const ict = fn('F020', { family: 'ICT' });
    expect(attritionRateFor(rules, ict, 30)).toEqual({ rate: 0.12, index: 3 }); // family beats an all-rule's band
    const other = fn('F030', { family: 'Sociaal domein' });
    expect(attritionRateFor(rules, other, 34)).toEqual({ rate: 0.08, index: 0 });
    expect(attritionRateFor(rules, other, 35)).toEqual({ rate: 0.04, index: 1 });
    expect(attritionRateFor(rules, other, 55)).toEqual({ rate: 0.02, index: 2 });
    expect(attritionRateFor([], other, 55)).toEqual({ rate: 0, index: -1 });
  });

  it('uses the age reached during the year, a(t) = t − birth year, so a person moves into the next band', () => {
    const p = projectScenario({
      scenario: scenario({ horizon: { start: 2026, end: 2027 }, workforce: { attrition: rules } }),
      functions: [fn('F030', { family: 'Sociaal domein' })],
      // Born 1992: a(2026) = 34 → 0.08; a(2027) = 35 → 0.04.
      workforce: workforce([cell('F030', { birthYear: 1992, persons: 100 })]),
    });
    const rows = p.functions[0]!.years;
    close(rows[0]!.attrition_fte, 8); // 100 × 0.08
    close(rows[1]!.attrition_fte, 3.68); // 92 × 0.04
    close(rows[1]!.supply_fte, 92);
  });
});

describe('Markov transitions', () => {
  it('follows n(t+1) = n(t)·P over two years, with exits as the missing row mass', () => {
    // Grades A, B, C; wastage A 0.1, B 0.05, C 0.15; promotion A→B 0.2, B→C 0.1.
    // P = [[0.7, 0.2, 0], [0, 0.85, 0.1], [0, 0, 0.85]], n(0) = [100, 60, 40].
    // n(1) = [70, 20 + 51, 6 + 34] = [70, 71, 40]
    // n(2) = [49, 14 + 60.35, 7.1 + 34] = [49, 74.35, 41.1]
    const p = projectScenario({
      scenario: scenario({
        horizon: { start: 2026, end: 2028 },
        workforce: {
          attrition: [
            { function: 'A', rate: 0.1 },
            { function: 'B', rate: 0.05 },
            { function: 'C', rate: 0.15 },
          ],
          transitions: { A: { B: 0.2 }, B: { C: 0.1 } },
        },
      }),
      functions: [fn('A'), fn('B'), fn('C')],
      workforce: workforce([
        cell('A', { persons: 100, birthYear: 1990 }),
        cell('B', { persons: 60, birthYear: 1990 }),
        cell('C', { persons: 40, birthYear: 1990 }),
      ]),
    });
    const supply = (i: number) => p.functions.map((f) => f.years[i]!.supply_fte);
    expect(supply(0)).toEqual([100, 60, 40]);
    supply(1).forEach((v, j) => close(v, [70, 71, 40][j]!));
    supply(2).forEach((v, j) => close(v, [49, 74.35, 41.1][j]!));
    const b = p.functions[1]!.years;
    close(b[1]!.moved_in_fte, 14);
    close(b[1]!.moved_out_fte, 7.1);
    close(b[1]!.attrition_fte, 3.55);
    // Year 2028 (last) flows are computed too: A moves 49 × 0.2 = 9.8 to B.
    close(p.functions[0]!.years[2]!.moved_out_fte, 9.8);
  });

  it('conserves headcount per function: FTE(t) + in = FTE(t+1) + retired + ended + attrition + out', () => {
    const p = projectScenario({
      scenario: scenario({
        workforce: {
          attrition: [{ rate: 0.07 }, { ages: '>=60', rate: 0.2 }],
          transitions: { A: { B: 0.1, C: 0.05 }, C: { A: 0.3 } },
          temporary: { renewal_rate: 0.4 },
        },
      }),
      functions: [fn('A'), fn('B'), fn('C')],
      workforce: workforce([
        cell('A', { persons: 30, fte: 27.5, birthYear: 1960, birthMonth: 4 }),
        cell('A', { persons: 5, contract: 'temporary', endYear: 2028, birthYear: 1995 }),
        cell('B', { persons: 12, fte: 10, birthYear: 1962, birthMonth: 11 }),
        cell('C', { persons: 8, fte: 7.2, birthYear: 1970, contract: 'temporary', endYear: null }),
      ]),
    });
    for (const f of p.functions) {
      for (let i = 0; i + 1 < f.years.length; i++) {
        const r = f.years[i]!;
        const next = f.years[i + 1]!;
        close(
          r.supply_fte + r.moved_in_fte,
          next.supply_fte + r.retired_fte + r.contract_ended_fte + r.attrition_fte + r.moved_out_fte,
        );
      }
    }
  });
});
