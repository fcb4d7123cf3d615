import { describe, expect, it } from 'vitest';
import { projectScenario } from '../../src/model/project.js';
import { retirementAgeAt, retiresIn } from '../../src/model/retirement.js';
import { cell, fn, scenario, workforce } from './build-inputs.js';

describe('retirement at the AOW age', () => {
  it('looks up the AOW age of a year in the table (largest key ≤ t, earliest before all)', () => {
    expect(retirementAgeAt(undefined, 2027)).toBe(67);
    expect(retirementAgeAt(undefined, 2028)).toBe(67.25);
    expect(retirementAgeAt(undefined, 2040)).toBe(67.25);
    expect(retirementAgeAt(undefined, 2020)).toBe(67);
    expect(retirementAgeAt({ '2030': 68, '2026': 67.5 }, 2029)).toBe(67.5);
    expect(retirementAgeAt(66, 2029)).toBe(66);
  });

  it('compares birth date + AOW age with December of the year, by month', () => {
    // Born Oct 1961 + 67y3m = Jan 2029: not yet in 2028 (67.25 applies), in 2029.
    expect(retiresIn(1961, 10, 67.25, 2028)).toBe(false);
    expect(retiresIn(1961, 10, 67.25, 2029)).toBe(true);
    // Born Sep 1961 + 67y3m = Dec 2028: within 2028.
    expect(retiresIn(1961, 9, 67.25, 2028)).toBe(true);
    // Under a flat 67: Oct 1961 + 67 = Oct 2028.
    expect(retiresIn(1961, 10, 67, 2028)).toBe(true);
  });

  it('lets someone born in October 1961 retire in 2029, not 2028, across the AOW change', () => {
    const p = projectScenario({
      scenario: scenario(),
      functions: [fn('F1')],
      workforce: workforce([cell('F1', { birthYear: 1961, birthMonth: 10, persons: 1, fte: 0.8 })]),
    });
    const rows = p.functions[0]!.years;
    // 2026, 2027: AOW 67 → Oct 2028 > Dec 2027. 2028: AOW 67.25 → Jan 2029 > Dec 2028. 2029: Jan 2029 ≤ Dec 2029.
    expect(rows.map((r) => r.retired_fte)).toEqual([0, 0, 0, 0.8, 0]);
    expect(rows.map((r) => r.supply_fte)).toEqual([0.8, 0.8, 0.8, 0.8, 0]);
  });

  it('lets the same person retire in 2028 under a flat AOW age of 67', () => {
    const p = projectScenario({
      scenario: scenario({ workforce: { retirement_age: 67 } }),
      functions: [fn('F1')],
      workforce: workforce([cell('F1', { birthYear: 1961, birthMonth: 10, fte: 0.8 })]),
    });
    expect(p.functions[0]!.years.map((r) => r.retired_fte)).toEqual([0, 0, 0.8, 0, 0]);
  });

  it('retires someone already past the AOW age in the start year', () => {
    const p = projectScenario({
      scenario: scenario(),
      functions: [fn('F1')],
      workforce: workforce([cell('F1', { birthYear: 1957, birthMonth: 1, persons: 2 })]),
    });
    expect(p.functions[0]!.years[0]).toMatchObject({ supply_fte: 2, retired_fte: 2 });
    expect(p.functions[0]!.years[1]!.supply_fte).toBe(0);
  });

  it('says once that the AOW age after 2031 is an assumption', () => {
    const p = projectScenario({
      scenario: scenario({ horizon: { start: 2026, end: 2035 } }),
      functions: [fn('F1')],
      workforce: workforce([cell('F1')]),
    });
    expect(p.assumptions.filter((a) => a.startsWith('AOW age'))).toEqual([
      'AOW age after 2031 taken as 67.25 (last known value)',
    ]);
    const own = projectScenario({
      scenario: scenario({ horizon: { start: 2026, end: 2035 }, workforce: { retirement_age: 67 } }),
      functions: [fn('F1')],
      workforce: workforce([cell('F1')]),
    });
    expect(own.assumptions.some((a) => a.startsWith('AOW age'))).toBe(false);
  });
});
