import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/domain/workforce.js';
import { projectionWithGapSources, withGapSources } from '../../src/model/gap-sources.js';
import { projectScenario, type ProjectionInput } from '../../src/model/project.js';
import { cell, fn, scenario, workforce } from './build-inputs.js';

const RUNS = { numRuns: 120, seed: 20261111 };
const IDS = ['F1', 'F2', 'F3'];
const TOL = 1e-9;
const rate = (max: number) => fc.double({ min: 0, max, noNaN: true });

const cellArb: fc.Arbitrary<Cell> = fc
  .record({
    functionId: fc.constantFrom(...IDS),
    birthYear: fc.integer({ min: 1956, max: 2004 }),
    temporary: fc.boolean(),
    endYear: fc.option(fc.integer({ min: 2026, max: 2031 }), { nil: null }),
    persons: fc.integer({ min: 1, max: 6 }),
    fte: fc.double({ min: 0.3, max: 1.2, noNaN: true }),
  })
  .map((r) => cell(r.functionId, {
    birthYear: r.birthYear,
    contract: r.temporary ? 'temporary' : 'permanent',
    endYear: r.temporary ? r.endYear : null,
    persons: r.persons,
    fte: r.persons * r.fte,
  }));

/** Every source of change at once: outflow of all kinds, transitions, automation, growth, an override, an emerging function. */
const inputArb: fc.Arbitrary<ProjectionInput> = fc
  .record({
    end: fc.integer({ min: 2027, max: 2035 }),
    attrition: rate(0.3),
    young: rate(0.3),
    move: rate(0.2),
    admin: rate(1),
    growth: fc.double({ min: -0.1, max: 0.1, noNaN: true }),
    change: fc.double({ min: -1, max: 1, noNaN: true }),
    renewal: rate(1),
    formation: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
    cells: fc.array(cellArb, { maxLength: 10 }),
  })
  .map((r) => ({
    scenario: scenario({
      horizon: { start: 2026, end: r.end },
      workforce: {
        attrition: [{ rate: r.attrition }, { ages: '<35', rate: r.young }],
        transitions: { F1: { F2: r.move }, F2: { N1: r.move } },
        temporary: { renewal_rate: r.renewal, default_years: 1 },
      },
      digitalisation: { automation: { admin: { target: r.admin, end: 2030, curve: 's-curve' } } },
      demand: {
        growth: [{ family: 'A', rate: r.growth }],
        overrides: [{ function: 'F3', change: r.change, end: 2029 }],
        emerging: [{ id: 'N1', name: 'New', family: 'A', tasks: { admin: 1 }, demand: { '2027': 2, '2030': 5 } }],
      },
    }),
    functions: [fn('F1', { family: 'A', formationFte: r.formation }), fn('F2', { family: 'A' }), fn('F3', { family: 'B', tasks: { admin: 0.5, other: 0.5 } })],
    workforce: workforce(r.cells),
  }));

describe('replacement and expansion demand (SPEC §3.1)', () => {
  it('today\'s gap − replacement − expansion = the gap, per function, family and in total, every year', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = projectionWithGapSources(projectScenario(input));
        for (const list of [p.functions, p.families, [p.totals]]) {
          for (const item of list) {
            const start = item.years[0]!;
            expect(start.replacement_fte).toBe(0);
            expect(start.expansion_fte).toBe(0);
            for (const y of item.years) {
              expect(Math.abs(start.gap_fte - y.replacement_fte - y.expansion_fte - y.gap_fte)).toBeLessThan(TOL);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('a total\'s replacement and expansion are the sums of its functions\'', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = projectionWithGapSources(projectScenario(input));
        p.totals.years.forEach((t, i) => {
          const sum = (k: 'replacement_fte' | 'expansion_fte'): number => p.functions.reduce((a, f) => a + f.years[i]![k], 0);
          expect(Math.abs(t.replacement_fte - sum('replacement_fte'))).toBeLessThan(TOL);
          expect(Math.abs(t.expansion_fte - sum('expansion_fte'))).toBeLessThan(TOL);
        });
      }),
      RUNS,
    );
  });

  it('counts people who leave as replacement and moves inside the organisation as neither', () => {
    const row = (year: number, supply: number, demand: number, out: Partial<Record<'retired_fte' | 'attrition_fte' | 'moved_in_fte' | 'moved_out_fte', number>> = {}) => ({
      year, supply_fte: supply, supply_persons: supply, demand_fte: demand, gap_fte: supply - demand,
      retired_fte: 0, contract_ended_fte: 0, attrition_fte: 0, moved_in_fte: 0, moved_out_fte: 0, ...out,
    });
    // 10 FTE; 2 retire and 1 leaves in 2026, 1 moves in; demand falls by 3 through automation.
    const rows = withGapSources([row(2026, 10, 10, { retired_fte: 2, attrition_fte: 1, moved_in_fte: 1 }), row(2027, 8, 7)]);
    expect(rows[1]).toMatchObject({ replacement_fte: 2, expansion_fte: -3, gap_fte: 1 });
  });
});
