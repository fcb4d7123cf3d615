import { describe, expect, it } from 'vitest';
import { checkFlows } from '../../src/model/check-flows.js';
import { projectScenario } from '../../src/model/project.js';
import { cell, fn, scenario, workforce } from './build-inputs.js';

describe('checkFlows', () => {
  it('reports each age range where 1 − w − Σp is negative, with the transitions key path', () => {
    const s = scenario({
      workforce: {
        attrition: [{ function: 'F010', rate: 0.3 }, { function: 'F010', ages: '<35', rate: 0.41 }],
        transitions: { F010: { F020: 0.4, F030: 0.25 } },
      },
    });
    const problems = checkFlows(s, [fn('F010'), fn('F020'), fn('F030')]);
    expect(problems).toEqual([
      {
        path: ['workforce', 'transitions', 'F010'],
        code: 'FLOW_NEGATIVE_STAY',
        message:
          'for F010 at ages 15-34 1 − w − Σp is negative: 1 − 0.41 − 0.65 = -0.06 ' +
          '(attrition from workforce.attrition[1] (function F010, ages <35): 0.41); expected attrition + transitions ≤ 1',
        messageNl:
          'voor F010 op leeftijden 15-34 is 1 − w − Σp negatief: 1 − 0,41 − 0,65 = -0,06 ' +
          '(uitstroom volgens workforce.attrition[1] (functie F010, leeftijden <35): 0.41); verwacht uitstroom + overgangen ≤ 1',
      },
    ]);
  });

  it('accepts a row that sums to exactly 1 and reports a self-transition', () => {
    const s = scenario({
      workforce: { attrition: [{ rate: 0.3 }], transitions: { A: { B: 0.5, C: 0.2 }, B: { B: 0.1 } } },
    });
    const problems = checkFlows(s, [fn('A'), fn('B'), fn('C')]);
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['FLOW_SELF_TRANSITION', ['workforce', 'transitions', 'B', 'B']],
    ]);
  });

  it('keeps supply non-negative by scaling an over-full row, and says so', () => {
    const s = scenario({
      horizon: { start: 2026, end: 2027 },
      workforce: { attrition: [{ rate: 0.5 }], transitions: { A: { B: 1 } } },
    });
    const p = projectScenario({ scenario: s, functions: [fn('A'), fn('B')], workforce: workforce([cell('A', { persons: 3 })]) });
    const a = p.functions[0]!.years[0]!;
    // w + p = 1.5 → scaled to 1/3 and 2/3 of 3 FTE.
    expect(a.attrition_fte).toBeCloseTo(1, 12);
    expect(a.moved_out_fte).toBeCloseTo(2, 12);
    expect(p.functions[0]!.years[1]!.supply_fte).toBe(0);
    expect(p.assumptions.some((x) => x.includes('scaled down'))).toBe(true);
  });
});
