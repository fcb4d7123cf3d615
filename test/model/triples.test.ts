import { describe, expect, it } from 'vitest';
import { compileProjection, runProjection, type ProjectionInput } from '../../src/model/compile-projection.js';
import { simulateProjection } from '../../src/model/monte-carlo.js';
import { parametersOf, uncertainParameters } from '../../src/model/parameters.js';
import { projectScenario } from '../../src/model/project.js';
import { checkFlows } from '../../src/model/check-flows.js';
import { numericAssumptions } from '../../src/model/sensitivity.js';
import { expectedValue } from '../../src/domain/uncertain.js';
import type { ScenarioInput } from '../../src/domain/scenario-schema.js';
import { smallMunicipality } from './build-inputs.js';

/**
 * `[low, likely, high]` for attrition, growth, renewal, reinvested and transitions (SPEC §2.4): the
 * deterministic run takes the mean, Monte Carlo draws it.
 */

type Workforce = NonNullable<ScenarioInput['workforce']>;

function municipality(workforceInput: Workforce, extra: Partial<ScenarioInput> = {}): ProjectionInput {
  return smallMunicipality({
    workforce: workforceInput,
    digitalisation: { automation: { admin: { target: 0.3, end: 2031 } }, reinvested: 0.1 },
    ...extra,
  });
}

const plain: Workforce = {
  attrition: [{ ages: '<35', rate: 0.1 }, { ages: '>=35', rate: 0.04 }],
  transitions: { F1: { F2: 0.05 } },
  temporary: { renewal_rate: 0.4 },
};
/** `plain` with the `<35` attrition rate as a triple of mean 0.1. */
const tripled: Workforce = { ...plain, attrition: [{ ages: '<35', rate: [0.04, 0.1, 0.16] }, { ages: '>=35', rate: 0.04 }] };

const totals = (input: ProjectionInput) => projectScenario(input).totals.years;

describe('[low, likely, high] rates and shares (SPEC §2.4)', () => {
  it('takes an attrition triple at its mean in the deterministic run, and says so', () => {
    const input = municipality(tripled);
    const projection = projectScenario(input);
    const reference = totals(municipality(plain));
    projection.totals.years.forEach((y, i) => expect(y.supply_fte).toBeCloseTo(reference[i]!.supply_fte, 9));
    expect(projection.assumptions).toContain(
      'workforce.attrition[0].rate [0.04, 0.1, 0.16] taken as its expected value 0.1 (the mean of the triangular distribution)',
    );
    // A triple whose mean is not its likely value moves the result.
    const skewed = municipality({ ...plain, attrition: [{ ages: '<35', rate: [0.1, 0.1, 0.4] }, { ages: '>=35', rate: 0.04 }] });
    const at20 = municipality({ ...plain, attrition: [{ ages: '<35', rate: 0.2 }, { ages: '>=35', rate: 0.04 }] });
    const a = totals(skewed);
    const b = totals(at20);
    a.forEach((y, i) => expect(y.supply_fte).toBeCloseTo(b[i]!.supply_fte, 9));
    expect(a[a.length - 1]!.supply_fte).toBeLessThan(reference[reference.length - 1]!.supply_fte - 1);
  });

  it('gives exactly the plain result for a degenerate triple [r, r, r] of every kind', () => {
    const degenerate = municipality(
      {
        attrition: [{ ages: '<35', rate: [0.1, 0.1, 0.1] }, { ages: '>=35', rate: [0.04, 0.04, 0.04] }],
        transitions: { F1: { F2: [0.05, 0.05, 0.05] } },
        temporary: { renewal_rate: [0.4, 0.4, 0.4] },
      },
      {
        digitalisation: { automation: { admin: { target: 0.3, end: 2031 } }, reinvested: [0.1, 0.1, 0.1] },
        demand: { growth: [{ rate: [0.02, 0.02, 0.02] }] },
      },
    );
    const reference = municipality(plain, { demand: { growth: [{ rate: 0.02 }] } });
    expect(projectScenario(degenerate).functions).toEqual(projectScenario(reference).functions);
    // … and Monte Carlo without process noise has nothing to draw: every band is that one value.
    const mc = simulateProjection(compileProjection(degenerate), { runs: 20, seed: 3, processNoise: false });
    const expected = projectScenario(reference).totals.years;
    mc.totals.years.forEach((y, i) => {
      expect(y.supply_fte.p10).toBeCloseTo(expected[i]!.supply_fte, 9);
      expect(y.supply_fte.p90).toBeCloseTo(expected[i]!.supply_fte, 9);
    });
  });

  it('takes renewal, reinvested, growth and transition triples at their mean', () => {
    const withTriples = municipality(
      { ...plain, transitions: { F1: { F2: [0.01, 0.05, 0.09] } }, temporary: { renewal_rate: [0.2, 0.4, 0.6] } },
      {
        digitalisation: { automation: { admin: { target: 0.3, end: 2031 } }, reinvested: [0, 0.1, 0.2] },
        demand: { growth: [{ rate: [-0.01, 0.02, 0.05] }] },
      },
    );
    const reference = municipality(plain, { demand: { growth: [{ rate: 0.02 }] } });
    const a = projectScenario(withTriples).functions;
    const b = projectScenario(reference).functions;
    a.forEach((f, i) =>
      f.years.forEach((y, t) => {
        expect(y.supply_fte).toBeCloseTo(b[i]!.years[t]!.supply_fte, 9);
        expect(y.demand_fte).toBeCloseTo(b[i]!.years[t]!.demand_fte, 9);
      }),
    );
    expect(uncertainParameters(withTriples.scenario).map((u) => u.path)).toEqual([
      'demand.growth[0].rate',
      'digitalisation.reinvested',
      'workforce.temporary.renewal_rate',
      'workforce.transitions.F1.F2',
    ]);
  });

  it('draws an attrition triple in Monte Carlo: a real band around the deterministic supply (no process noise)', () => {
    const input = municipality(tripled);
    const compiled = compileProjection(input);
    const deterministic = runProjection(compiled, parametersOf(input.scenario)).totals.years;
    const mc = simulateProjection(compiled, { runs: 400, seed: 11, processNoise: false });
    expect(mc.drawn).toEqual([{ path: 'workforce.attrition[0].rate', low: 0.04, likely: 0.1, high: 0.16 }]);
    const last = mc.totals.years[mc.totals.years.length - 1]!;
    const expected = deterministic[deterministic.length - 1]!.supply_fte;
    expect(last.supply_fte.p90 - last.supply_fte.p10).toBeGreaterThan(0.5);
    expect(last.supply_fte.p10).toBeLessThanOrEqual(last.supply_fte.mean);
    expect(last.supply_fte.mean).toBeLessThanOrEqual(last.supply_fte.p90);
    expect(last.supply_fte.p10).toBeLessThanOrEqual(expected);
    expect(expected).toBeLessThanOrEqual(last.supply_fte.p90);
    // Supply is almost linear in one rate over this range: the mean of the draws is near the deterministic run.
    expect(Math.abs(last.supply_fte.mean - expected)).toBeLessThan(0.01 * expected);
  });

  it('checks attrition + transitions ≤ 1 at the means', () => {
    const input = municipality({ attrition: [{ rate: [0.2, 0.5, 0.5] }], transitions: { F1: { F2: [0.4, 0.5, 0.9] } } });
    // Means 0.4 + 0.6 = 1.0: allowed, though a draw may exceed 1 (the run then scales the outflows).
    expect(checkFlows(input.scenario, input.functions)).toEqual([]);
    const over = municipality({ attrition: [{ rate: [0.2, 0.5, 0.5] }], transitions: { F1: { F2: [0.5, 0.6, 0.9] } } });
    expect(checkFlows(over.scenario, over.functions).map((p) => p.code)).toContain('FLOW_NEGATIVE_STAY');
  });

  it('moves a triple as a whole in sensitivity', () => {
    const input = municipality(tripled);
    const rate = numericAssumptions(input.scenario).find((a) => a.path.startsWith('workforce.attrition[ages=<35]'))!;
    expect(rate.value).toEqual([0.04, 0.1, 0.16]);
    const moved = rate.move(1.2) as [number, number, number];
    expect(moved.map((v) => Number(v.toFixed(9)))).toEqual([0.048, 0.12, 0.192]);
    expect(expectedValue(moved)).toBeCloseTo(0.12, 9);
  });
});
