import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../src/domain/scenario-schema.js';
import { expectedValue } from '../../src/domain/uncertain.js';
import { projectScenario, type ProjectionInput } from '../../src/model/project.js';
import type { Cell, FunctionProfile } from '../../src/domain/workforce.js';
import { fn, scenario, workforce } from './build-inputs.js';

// Fixed seed: CI runs are reproducible; change it locally to explore further.
const RUNS = { numRuns: 150, seed: 20260101 };
const IDS = ['F1', 'F2', 'F3'];
const TOL = 1e-9;

const functionsArb: fc.Arbitrary<FunctionProfile[]> = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom('A', 'B'), fc.double({ min: 0.05, max: 0.95, noNaN: true })), {
      minLength: 3,
      maxLength: 3,
    }),
    fc.array(fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }), { minLength: 3, maxLength: 3 }),
  )
  .map(([profiles, formations]) =>
    profiles.map(([family, admin], i) =>
      fn(IDS[i]!, { family, tasks: { admin, contact: 1 - admin }, formationFte: formations[i] ?? null }),
    ),
  );

const cellArb: fc.Arbitrary<Cell> = fc
  .record({
    functionId: fc.constantFrom(...IDS),
    birthYear: fc.integer({ min: 1956, max: 2004 }),
    birthMonth: fc.integer({ min: 1, max: 12 }),
    temporary: fc.boolean(),
    endYear: fc.option(fc.integer({ min: 2024, max: 2032 }), { nil: null }),
    group: fc.constantFrom('', 'Noord', 'Zuid'),
    persons: fc.integer({ min: 1, max: 5 }),
    fteFactor: fc.double({ min: 0.3, max: 1.2, noNaN: true }),
  })
  .map((r) => ({
    functionId: r.functionId,
    birthYear: r.birthYear,
    birthMonth: r.birthMonth,
    contract: r.temporary ? ('temporary' as const) : ('permanent' as const),
    endYear: r.temporary ? r.endYear : null,
    group: r.group,
    persons: r.persons,
    fte: r.persons * r.fteFactor,
  }));

const rate = (max: number) => fc.double({ min: 0, max, noNaN: true });

/** Scenario parts that keep every row's w + Σp ≤ 0.9, so monotonicity holds without scaling. */
const scenarioArb: fc.Arbitrary<Partial<ScenarioInput>> = fc
  .record({
    end: fc.integer({ min: 2026, max: 2034 }),
    attrition: fc.array(
      fc.record({
        ages: fc.option(fc.constantFrom('<35', '35-54', '>=55', '60+'), { nil: undefined }),
        family: fc.option(fc.constantFrom('A', 'B'), { nil: undefined }),
        rate: rate(0.5),
      }),
      { maxLength: 4 },
    ),
    transitions: fc.dictionary(
      fc.constantFrom(...IDS),
      fc.dictionary(fc.constantFrom(...IDS), rate(0.2), { maxKeys: 2 }),
      { maxKeys: 3 },
    ),
    admin: rate(1),
    contact: rate(1),
    curve: fc.constantFrom('linear' as const, 's-curve' as const, 'step' as const),
    growth: fc.double({ min: -0.1, max: 0.1, noNaN: true }),
    renewal: rate(1),
    reinvested: rate(1),
  })
  .map((r) => ({
    horizon: { start: 2026, end: r.end },
    workforce: {
      attrition: r.attrition.map((a) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined))) as {
        rate: number;
      }[],
      transitions: r.transitions,
      temporary: { renewal_rate: r.renewal, default_years: 1 },
    },
    digitalisation: {
      automation: {
        admin: { target: r.admin, end: 2030, curve: r.curve },
        contact: { target: r.contact, start: 2027, end: 2033, curve: r.curve },
      },
      reinvested: r.reinvested,
    },
    demand: { growth: [{ family: 'A', rate: r.growth }] },
  }));

const inputArb = fc
  .tuple(scenarioArb, functionsArb, fc.array(cellArb, { maxLength: 8 }))
  .map(([s, functions, cells]): ProjectionInput => ({ scenario: scenario(s), functions, workforce: workforce(cells) }));

describe('projection properties', () => {
  it('conserves headcount per function and year, and never has negative FTE', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = projectScenario(input);
        for (const f of p.functions) {
          f.years.forEach((r, i) => {
            for (const v of [r.supply_fte, r.supply_persons, r.demand_fte, r.retired_fte, r.contract_ended_fte, r.attrition_fte, r.moved_in_fte, r.moved_out_fte]) {
              expect(v).toBeGreaterThanOrEqual(-TOL);
            }
            const next = f.years[i + 1];
            if (next === undefined) return;
            const out = next.supply_fte + r.retired_fte + r.contract_ended_fte + r.attrition_fte + r.moved_out_fte;
            expect(Math.abs(r.supply_fte + r.moved_in_fte - out)).toBeLessThan(TOL);
          });
        }
        // Internal moves cancel in the total.
        for (const r of p.totals.years) expect(Math.abs(r.moved_in_fte - r.moved_out_fte)).toBeLessThan(TOL);
      }),
      RUNS,
    );
  });

  it('never raises supply when attrition rises', () => {
    fc.assert(
      fc.property(inputArb, rate(0.1), (input, extra) => {
        const higher: ProjectionInput = {
          ...input,
          scenario: {
            ...input.scenario,
            workforce: {
              ...input.scenario.workforce,
              attrition: [...input.scenario.workforce.attrition.map((a) => ({ ...a, rate: expectedValue(a.rate) + extra })), { rate: extra }],
            },
          },
        };
        const a = projectScenario(input);
        const b = projectScenario(higher);
        a.functions.forEach((f, j) =>
          f.years.forEach((r, i) => expect(b.functions[j]!.years[i]!.supply_fte).toBeLessThanOrEqual(r.supply_fte + TOL)),
        );
      }),
      RUNS,
    );
  });

  it('never raises demand when automation rises', () => {
    fc.assert(
      fc.property(inputArb, rate(1), (input, more) => {
        const automation = Object.fromEntries(
          Object.entries(input.scenario.digitalisation.automation).map(([c, a]) => {
            const t = typeof a.target === 'number' ? a.target : a.target[1];
            return [c, { ...a, target: t + (1 - t) * more }];
          }),
        );
        const higher: ProjectionInput = {
          ...input,
          scenario: { ...input.scenario, digitalisation: { ...input.scenario.digitalisation, automation } },
        };
        const a = projectScenario(input);
        const b = projectScenario(higher);
        a.functions.forEach((f, j) =>
          f.years.forEach((r, i) => expect(b.functions[j]!.years[i]!.demand_fte).toBeLessThanOrEqual(r.demand_fte + TOL)),
        );
      }),
      RUNS,
    );
  });

  it('leaves demand constant under an empty scenario', () => {
    fc.assert(
      fc.property(functionsArb, fc.array(cellArb, { maxLength: 8 }), (functions, cells) => {
        const p = projectScenario({ scenario: scenario(), functions, workforce: workforce(cells) });
        for (const f of p.functions) for (const r of f.years) expect(r.demand_fte).toBe(f.years[0]!.demand_fte);
      }),
      RUNS,
    );
  });

  it('gives the same result for permuted cells and for the same input twice', () => {
    fc.assert(
      fc.property(
        inputArb.chain((input) =>
          fc.tuple(fc.constant(input), fc.shuffledSubarray(input.workforce.cells, {
            minLength: input.workforce.cells.length,
            maxLength: input.workforce.cells.length,
          })),
        ),
        ([input, shuffled]) => {
          const a = projectScenario(input);
          expect(projectScenario(input)).toEqual(a);
          expect(projectScenario({ ...input, workforce: workforce(shuffled) })).toEqual(a);
        },
      ),
      RUNS,
    );
  });
});
