import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/domain/scenario-schema.js';
import { expectedValue } from '../../src/domain/uncertain.js';
import { attritionRateFor } from '../../src/model/attrition.js';
import { retirementAgeAt, retiresIn } from '../../src/model/retirement.js';
import { projectSupply } from '../../src/model/supply.js';
import type { Cell, FunctionProfile } from '../../src/domain/workforce.js';
import { fn, scenario, workforce } from './build-inputs.js';

/**
 * projectSupply keeps its state in typed arrays and projects cells of one birth year, retirement
 * year and group together. This checks it against a direct cell-by-cell reading of SPEC §3 (one
 * object per cell, every birth month kept apart), on random workforces around the AOW age.
 */

const RUNS = { numRuns: 120, seed: 20260214 };
const IDS = ['F1', 'F2', 'F3', 'F4'];
const TOL = 1e-9;

interface RefCell {
  fi: number;
  birthYear: number;
  birthMonth: number;
  endYear: number | null;
  group: string;
  persons: number;
  fte: number;
}

interface RefYear {
  supply: number[];
  retired: number[];
  ended: number[];
  attrition: number[];
  movedIn: number[];
  movedOut: number[];
  persons: number[];
  groups: Map<string, number>;
}

function add(list: number[], i: number, value: number): void {
  list[i] = list[i]! + value;
}

/** SPEC §3 steps 1–3, one cell at a time; FTE (and persons at start) per function and year. */
function referenceSupply(s: Scenario, functions: FunctionProfile[], cells: Cell[]): RefYear[] {
  const index = new Map(functions.map((f, i) => [f.id, i]));
  const { renewal_rate, default_years: defaultYears } = s.workforce.temporary;
  const renewal = expectedValue(renewal_rate);
  let state: RefCell[] = cells
    .filter((c) => index.has(c.functionId))
    .map((c) => ({
      fi: index.get(c.functionId)!,
      birthYear: c.birthYear,
      birthMonth: c.birthMonth,
      endYear:
        c.contract === 'permanent'
          ? null
          : c.endYear === null
            ? s.horizon.start + defaultYears - 1
            : Math.max(c.endYear, s.horizon.start),
      group: c.group,
      persons: c.persons,
      fte: c.fte,
    }));
  const zeros = (): number[] => functions.map(() => 0);
  const out: RefYear[] = [];
  for (let t = s.horizon.start; t <= s.horizon.end; t++) {
    const aow = retirementAgeAt(s.workforce.retirement_age, t);
    const y: RefYear = {
      supply: zeros(),
      retired: zeros(),
      ended: zeros(),
      attrition: zeros(),
      movedIn: zeros(),
      movedOut: zeros(),
      persons: zeros(),
      groups: new Map(),
    };
    const next: RefCell[] = [];
    for (const c of state) {
      add(y.supply, c.fi, c.fte);
      add(y.persons, c.fi, c.persons);
      y.groups.set(c.group, (y.groups.get(c.group) ?? 0) + c.fte);
      if (retiresIn(c.birthYear, c.birthMonth, aow, t)) {
        add(y.retired, c.fi, c.fte);
        continue;
      }
      let { fte, persons, endYear } = c;
      if (endYear === t) {
        add(y.ended, c.fi, fte * (1 - renewal));
        fte *= renewal;
        persons *= renewal;
        endYear = null;
      }
      const id = functions[c.fi]!.id;
      const moves = Object.entries(s.workforce.transitions[id] ?? {})
        .map(([to, p]) => [to, expectedValue(p)] as const)
        .filter(([to, p]) => to !== id && index.has(to) && p > 0);
      const w = attritionRateFor(s.workforce.attrition, functions[c.fi]!, t - c.birthYear).rate;
      const outflow = moves.reduce((sum, [, p]) => sum + p, w);
      const scale = outflow > 1 + 1e-12 ? 1 / outflow : 1;
      add(y.attrition, c.fi, fte * w * scale);
      for (const [to, p] of moves) {
        const j = index.get(to)!;
        add(y.movedOut, c.fi, fte * p * scale);
        add(y.movedIn, j, fte * p * scale);
        next.push({ ...c, fi: j, endYear, fte: fte * p * scale, persons: persons * p * scale });
      }
      const stay = outflow >= 1 - 1e-12 ? 0 : 1 - outflow;
      if (stay > 0) next.push({ ...c, endYear, fte: fte * stay, persons: persons * stay });
    }
    state = next;
    out.push(y);
  }
  return out;
}

/** Hundredths 0..max/100: fast-check doubles lean to extremes (1e-300), which would test nothing. */
const share = (max: number) => fc.integer({ min: 0, max }).map((n) => n / 100);

const cellArb: fc.Arbitrary<Cell> = fc
  .record({
    functionId: fc.constantFrom(...IDS, 'X9'),
    // Many cells near the AOW age, so birth months that retire in different years meet.
    birthYear: fc.oneof(fc.integer({ min: 1957, max: 1963 }), fc.integer({ min: 1964, max: 2004 })),
    birthMonth: fc.integer({ min: 1, max: 12 }),
    temporary: fc.boolean(),
    endYear: fc.option(fc.integer({ min: 2024, max: 2031 }), { nil: null }),
    group: fc.constantFrom('', 'Noord', 'Zuid'),
    persons: fc.integer({ min: 0, max: 5 }),
    fteFactor: share(120),
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

const scenarioArb = fc
  .record({
    end: fc.integer({ min: 2026, max: 2036 }),
    aow: fc.constantFrom<Scenario['workforce']['retirement_age']>(undefined, 66.5, { 2024: 67, 2029: 67.25, 2033: 67.75 }),
    attrition: fc.array(
      fc.record({
        ages: fc.option(fc.constantFrom('<35', '35-54', '>=55', '63+', '40'), { nil: undefined }),
        function: fc.option(fc.constantFrom(...IDS), { nil: undefined }),
        rate: share(60),
      }),
      { maxLength: 4 },
    ),
    transitions: fc.dictionary(
      fc.constantFrom(...IDS),
      fc.dictionary(fc.constantFrom(...IDS, 'X9'), share(50), { maxKeys: 3 }),
      { maxKeys: 4 },
    ),
    renewal: share(100),
    defaultYears: fc.integer({ min: 1, max: 4 }),
  })
  .map((r) =>
    scenario({
      horizon: { start: 2026, end: r.end },
      workforce: {
        ...(r.aow === undefined ? {} : { retirement_age: r.aow }),
        attrition: r.attrition.map((a) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined))) as {
          rate: number;
        }[],
        transitions: r.transitions,
        temporary: { renewal_rate: r.renewal, default_years: r.defaultYears },
      },
    }),
  );

describe('projectSupply against a cell-by-cell reference', () => {
  it('gives the same supply and flows per function, year and group', () => {
    const functions = IDS.map((id) => fn(id));
    fc.assert(
      fc.property(scenarioArb, fc.array(cellArb, { maxLength: 30 }), (s, cells) => {
        const fast = projectSupply(s, functions, workforce(cells));
        const ref = referenceSupply(s, functions, cells);
        functions.forEach((f, fi) => {
          fast.functions.get(f.id)!.forEach((row, i) => {
            const r = ref[i]!;
            expect(Math.abs(row.supply_fte - r.supply[fi]!)).toBeLessThan(TOL);
            expect(Math.abs(row.supply_persons - r.persons[fi]!)).toBeLessThan(TOL);
            expect(Math.abs(row.retired_fte - r.retired[fi]!)).toBeLessThan(TOL);
            expect(Math.abs(row.contract_ended_fte - r.ended[fi]!)).toBeLessThan(TOL);
            expect(Math.abs(row.attrition_fte - r.attrition[fi]!)).toBeLessThan(TOL);
            expect(Math.abs(row.moved_in_fte - r.movedIn[fi]!)).toBeLessThan(TOL);
            expect(Math.abs(row.moved_out_fte - r.movedOut[fi]!)).toBeLessThan(TOL);
            const attrition = row.attrition.reduce((sum, u) => sum + u.fte, 0);
            expect(Math.abs(attrition - row.attrition_fte)).toBeLessThan(TOL);
          });
        });
        for (const [group, rows] of fast.groups) {
          rows.forEach((row, i) => expect(Math.abs(row.supply_fte - (ref[i]!.groups.get(group) ?? 0))).toBeLessThan(TOL));
        }
      }),
      RUNS,
    );
  });
});
