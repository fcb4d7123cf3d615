import { describe, expect, it } from 'vitest';
import { compileProjection, runProjection, type ProjectionInput } from '../../src/model/compile-projection.js';
import { copyParameters, parametersOf } from '../../src/model/parameters.js';
import { projectScenario } from '../../src/model/project.js';
import type { Scenario } from '../../src/domain/scenario-schema.js';
import { cell, fn, scenario, workforce } from './build-inputs.js';

const input: ProjectionInput = {
  scenario: scenario({
    horizon: { start: 2026, end: 2034 },
    workforce: {
      attrition: [{ ages: '<35', rate: 0.08 }, { ages: '>=35', rate: 0.03 }, { function: 'F2', rate: 0.1 }],
      transitions: { F1: { F2: 0.05 }, F2: { F1: 0.02 } },
      temporary: { renewal_rate: 0.6 },
    },
    digitalisation: {
      automation: { admin: { target: [0.2, 0.4, 0.6], end: 2030, curve: 's-curve' } },
      reinvested: 0.2,
    },
    demand: { growth: [{ family: 'Sociaal domein', rate: 0.02 }, { rate: -0.01 }] },
  }),
  functions: [
    fn('F1', { family: 'Sociaal domein', tasks: { admin: 0.6, contact: 0.4 } }),
    fn('F2', { family: 'ICT', tasks: { admin: 0.2, advice: 0.8 }, formationFte: 12 }),
  ],
  workforce: workforce([
    cell('F1', { persons: 20, fte: 17, birthYear: 1960, birthMonth: 5 }),
    cell('F1', { persons: 6, fte: 5, birthYear: 1995, contract: 'temporary', endYear: 2027 }),
    cell('F1', { persons: 14, fte: 12.6, birthYear: 1975, group: 'Noord' }),
    cell('F2', { persons: 10, fte: 9.5, birthYear: 1961, birthMonth: 11, group: 'Zuid' }),
  ]),
};

/** The scenario with changed values, projected from scratch: what a re-run must equal. */
function projectChanged(change: (s: Scenario) => Scenario) {
  return projectScenario({ ...input, scenario: change(input.scenario) });
}

describe('compileProjection + runProjection', () => {
  const compiled = compileProjection(input);
  const base = parametersOf(input.scenario);

  it('gives exactly projectScenario with the scenario’s own values, however often it runs', () => {
    const expected = projectScenario(input);
    expect(runProjection(compiled, base)).toEqual(expected);
    expect(runProjection(compiled, base)).toEqual(expected);
  });

  it('re-runs with changed values as if the changed scenario were projected from scratch', () => {
    const p = copyParameters(base);
    p.attritionRates[0] = 0.15;
    p.growthRates[1] = 0.03;
    p.automationTargets['admin'] = 0.55;
    p.reinvested = 0.5;
    p.renewalRate = 0.1;
    const expected = projectChanged((s) => ({
      ...s,
      workforce: {
        ...s.workforce,
        attrition: s.workforce.attrition.map((r, i) => (i === 0 ? { ...r, rate: 0.15 } : r)),
        temporary: { ...s.workforce.temporary, renewal_rate: 0.1 },
      },
      digitalisation: {
        ...s.digitalisation,
        reinvested: 0.5,
        automation: { admin: { ...s.digitalisation.automation['admin']!, target: 0.55 } },
      },
      demand: { ...s.demand, growth: s.demand.growth.map((r, i) => (i === 1 ? { ...r, rate: 0.03 } : r)) },
    }));
    expect(runProjection(compiled, p)).toEqual(expected);
  });

  it('re-runs with other AOW ages and other transitions (new classes and table, built once)', () => {
    const p = copyParameters(base);
    p.retirementAge = 66;
    p.transitions = { F1: { F2: 0.2 } };
    const expected = projectChanged((s) => ({ ...s, workforce: { ...s.workforce, retirement_age: 66, transitions: { F1: { F2: 0.2 } } } }));
    expect(runProjection(compiled, p)).toEqual(expected);
    expect(runProjection(compiled, p)).toEqual(expected);
    // and back: the compiled scenario's own classes still give the original result
    expect(runProjection(compiled, base)).toEqual(projectScenario(input));
  });

  it('does not change the parameters it was given', () => {
    const p = copyParameters(base);
    const before = JSON.stringify(p);
    runProjection(compiled, p);
    expect(JSON.stringify(p)).toBe(before);
  });
});
