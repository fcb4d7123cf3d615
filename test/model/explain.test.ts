import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/diagnostics/diagnostic.js';
import { explainFunction } from '../../src/model/explain.js';
import { explainKnownFunction } from '../../src/app/explain.js';
import { projectScenario, type ProjectionInput } from '../../src/model/project.js';
import { translateRule } from '../../src/report/notes.js';
import { cell, fn, scenario, workforce } from './build-inputs.js';

const input: ProjectionInput = {
  scenario: scenario({
    horizon: { start: 2026, end: 2031 },
    workforce: {
      attrition: [{ ages: '<35', rate: 0.08 }, { ages: '>=35', rate: 0.03 }, { function: 'F2', rate: 0.1 }],
      transitions: { F1: { F2: 0.05 }, F2: { F1: 0.02 } },
      temporary: { renewal_rate: 0.6 },
    },
    digitalisation: {
      automation: { admin: { target: 0.5, end: 2030, curve: 's-curve' } },
      reinvested: 0.2,
    },
    demand: {
      growth: [{ family: 'Sociaal domein', rate: 0.02 }],
      overrides: [{ function: 'F1', change: -0.3, start: 2027, end: 2029 }],
    },
  }),
  functions: [
    fn('F1', { family: 'Sociaal domein', tasks: { admin: 0.6, contact: 0.4 } }),
    fn('F2', { family: 'ICT', tasks: { admin: 0.2, advice: 0.8 }, formationFte: 12 }),
  ],
  workforce: workforce([
    cell('F1', { persons: 20, fte: 17, birthYear: 1959, birthMonth: 5 }),
    cell('F1', { persons: 6, fte: 5, birthYear: 1995, contract: 'temporary', endYear: 2027 }),
    cell('F1', { persons: 14, fte: 12.6, birthYear: 1975 }),
    cell('F2', { persons: 10, fte: 9.5, birthYear: 1988 }),
  ]),
};

describe('explainFunction', () => {
  it('adds up exactly to the projection, year by year', () => {
    const projection = projectScenario(input);
    for (const id of ['F1', 'F2']) {
      const e = explainKnownFunction(input, id);
      const f = projection.functions.find((x) => x.id === id)!;
      expect(e.status.status).toBe(f.status);
      expect(e.status.rule).toBe(f.rule);
      e.years.forEach((y, i) => {
        const row = f.years[i]!;
        const s = y.supply;
        expect(s.start_fte).toBe(row.supply_fte);
        expect(s.retired_fte).toBe(row.retired_fte);
        expect(s.contract_ended_fte).toBe(row.contract_ended_fte);
        expect(s.attrition_fte).toBe(row.attrition_fte);
        expect(s.moved_in_fte).toBe(row.moved_in_fte);
        expect(s.moved_out_fte).toBe(row.moved_out_fte);
        expect(y.demand.demand_fte).toBe(row.demand_fte);
        expect(y.gap_fte).toBe(row.gap_fte);
        // The chain closes: start − outflows + inflows = end = next year's start.
        const chained = s.start_fte - s.retired_fte - s.contract_ended_fte - s.attrition_fte - s.moved_out_fte + s.moved_in_fte;
        expect(chained).toBeCloseTo(s.end_fte, 9);
        if (i + 1 < e.years.length) expect(s.end_fte).toBe(f.years[i + 1]!.supply_fte);
        expect(s.contract_ending_fte).toBeCloseTo(s.renewed_fte + s.contract_ended_fte, 12);
        expect(s.attrition.reduce((sum, a) => sum + a.fte, 0)).toBeCloseTo(s.attrition_fte, 12);
        expect(s.moved_out.reduce((sum, m) => sum + m.fte, 0)).toBeCloseTo(s.moved_out_fte, 12);
        expect(s.moved_in.reduce((sum, m) => sum + m.fte, 0)).toBeCloseTo(s.moved_in_fte, 12);
        const d = y.demand;
        expect(d.base_fte * d.growth.factor * d.labour_factor * d.override_factor).toBeCloseTo(d.demand_fte, 12);
        expect(d.labour_factor).toBeCloseTo(1 - (1 - d.reinvested) * d.automated_share, 12);
        expect(d.automation.reduce((sum, a) => sum + a.automated, 0)).toBeCloseTo(d.automated_share, 12);
      });
    }
  });

  it('names the rules that applied', () => {
    const e = explainKnownFunction(input, 'F1');
    const y2026 = e.years[0]!;
    expect(y2026.supply.attrition.map((a) => [a.rule, a.ages])).toEqual([
      ['workforce.attrition[0] (ages <35): 0.08', '31'],
      // The 1959 cell retires before attrition, so only the 1975 cell (a = 51) meets the second rule.
      ['workforce.attrition[1] (ages >=35): 0.03', '51'],
    ]);
    // The 17 FTE who retire in 2026 do not move.
    expect(y2026.supply.moved_out).toEqual([{ to: 'F2', share: 0.05, fte: expect.closeTo(0.05 * (5 + 12.6), 9) }]);
    expect(y2026.demand.growth).toEqual({ rate: 0.02, rule: 'demand.growth[0] (family Sociaal domein): 0.02', factor: 1 });
    expect(e.years[2]!.demand.overrides).toEqual([
      { rule: 'demand.overrides[0] (change -0.3 from 2027 to 2029)', factor: expect.closeTo(0.85, 12) },
    ]);
    expect(e.years[0]!.supply.aow_age).toBe(67);
    expect(e.years[2]!.supply.aow_age).toBe(67.25);
    // Born May 1959: 1959-05 + 67y = 2026-05 → retires in 2026.
    expect(y2026.supply.retired_fte).toBe(17);
    // Temporary contract ending 2027: 5 FTE, 60% continue (3), 40% leave (2), after 2026's attrition and moves.
    const y2027 = e.years[1]!.supply;
    expect(y2027.contract_ending_fte).toBeCloseTo(5 * (1 - 0.08 - 0.05), 12);
    expect(y2027.contract_ended_fte).toBeCloseTo(5 * (1 - 0.08 - 0.05) * 0.4, 12);
  });

  it('names no rule, and no index, where no attrition rule of the scenario matches (rate 0)', () => {
    const none: ProjectionInput = { ...input, scenario: scenario({ horizon: { start: 2026, end: 2028 } }) };
    const a = explainKnownFunction(none, 'F2').years[0]!.supply.attrition;
    // Before: rule_index −1, the model's internal "no rule", shown as "(attrition[-1])".
    expect(a).toEqual([expect.objectContaining({ rule: 'no matching rule: 0', rule_index: null, rate: 0 })]);
    // And in Dutch under "Toegepaste verloopregels", not in English.
    expect(translateRule('no matching rule: 0', 'nl')).toBe('geen passende verloopregel: 0');
  });

  it('has no explanation for an unknown function; the use-case rejects it with a suggestion', () => {
    expect(explainFunction(input, 'F3')).toBeUndefined();
    expect(() => explainKnownFunction(input, 'F3')).toThrow(UserError);
    expect(() => explainKnownFunction(input, 'f1')).toThrow("unknown function 'f1'. Did you mean 'F1'?");
  });
});
