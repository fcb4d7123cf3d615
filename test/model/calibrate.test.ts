import { describe, expect, it } from 'vitest';
import { annualise, annualRate, wilsonInterval } from '../../src/model/calibrate-interval.js';
import { linkSnapshots } from '../../src/model/calibrate-link.js';
import { bandsFromRules, calibrateRates, defaultBands, type CalibrationInput } from '../../src/model/calibrate.js';
import { looksReversed, orderEvidence } from '../../src/model/calibrate-order.js';
import { createRandom } from '../../src/model/random.js';
import { personTable, type TestPerson } from './person-table.js';

const families = new Map([
  ['F1', 'A'],
  ['F2', 'A'],
  ['F3', 'B'],
  ['F4', 'B'],
]);

function input(old: TestPerson[], next: TestPerson[], over: Partial<CalibrationInput> = {}): CalibrationInput {
  const o = personTable(old);
  const n = personTable(next);
  return { old: o, next: n, linkage: linkSnapshots(o, n), from: 2025, to: 2026, families, bands: defaultBands(), retirementAge: undefined, defaultYears: 1, minGroup: 5, ...over };
}

describe('Wilson interval and annualising', () => {
  it('gives the textbook 90 % Wilson interval', () => {
    const { low, high } = wilsonInterval(10, 100);
    // p = 0.1, z = 1.6449: centre (p + z²/2n)/(1 + z²/n) = 0.11054, half-width 0.04982.
    expect(low).toBeCloseTo(0.06072, 4);
    expect(high).toBeCloseTo(0.16036, 4);
    expect(wilsonInterval(0, 20).low).toBe(0);
    expect(wilsonInterval(20, 20).high).toBe(1);
    const half = wilsonInterval(50, 100);
    expect(half.low + half.high).toBeCloseTo(1, 12);
  });

  it('annualises a share over k years as 1 − (1 − share)^(1/k), bounds too', () => {
    expect(annualise(0.19, 2)).toBeCloseTo(0.1, 12);
    expect(annualise(0.1, 1)).toBe(0.1);
    const r = annualRate(19, 100, 2);
    expect(r.rate).toBeCloseTo(0.1, 12);
    expect(r.low).toBeCloseTo(annualise(wilsonInterval(19, 100).low, 2), 12);
    expect(r.low).toBeLessThan(r.rate);
    expect(r.high).toBeGreaterThan(r.rate);
  });

  it('takes the scenario bands as a partition of all ages', () => {
    expect(bandsFromRules(['<35', '35-54', '>=55']).map((b) => b.label)).toEqual(['<35', '35-54', '>=55']);
    expect(bandsFromRules(['35-54']).map((b) => b.label)).toEqual(['<35', '35-54', '>=55']);
    expect(defaultBands().map((b) => b.label)).toEqual(['<25', '25-34', '35-44', '45-54', '55-64', '>=65']);
  });
});

describe('linking two snapshots', () => {
  const old: TestPerson[] = [
    { id: 'E001', fn: 'F1', birthYear: 1980, fte: 1 },
    { id: 'E002', fn: 'F1', birthYear: 1985, fte: 0.8 },
    { id: 'E003', fn: 'F2', birthYear: 1990, fte: 1 },
    { id: 'E004', fn: 'F2', birthYear: 1975, fte: 1 },
  ];

  it('survives reordered rows, a changed FTE and a change of function', () => {
    const next: TestPerson[] = [
      { id: 'E004', fn: 'F2', birthYear: 1975, fte: 1 },
      { id: 'E002', fn: 'F1', birthYear: 1985, fte: 0.5 },
      { id: 'E001', fn: 'F3', birthYear: 1980, fte: 1 },
      { id: 'E009', fn: 'F1', birthYear: 1999, fte: 1 },
    ];
    const i = input(old, next, { minGroup: 1 });
    expect(i.linkage!.linked).toBe(3);
    expect(Array.from(i.linkage!.newOf)).toEqual([2, 1, -1, 0]);
    const r = calibrateRates(i);
    expect([r.stayed, r.moved, r.left, r.joiners]).toEqual([2, 1, 1, 1]);
    expect(r.transitions.map((t) => [t.from, t.to, t.moved, t.at_risk])).toEqual([['F1', 'F3', 1, 2]]);
  });

  it('links ids whose leading zeros were dropped, and says how many and where', () => {
    const next: TestPerson[] = old.map((p, k) => ({ ...p, id: p.id!.replace(/^E0+/, 'e'), line: 10 + k }));
    const link = linkSnapshots(personTable(old), personTable(next));
    expect(link.linked).toBe(4);
    expect(link.normalised).toBe(4);
    expect(link.firstNormalised).toEqual({ oldLine: 2, newLine: 10 });
  });

  it('does not link two different ids that normalise alike', () => {
    const next: TestPerson[] = [
      { id: '12', fn: 'F1', birthYear: 1980 },
      { id: '012', fn: 'F1', birthYear: 1980 },
    ];
    const link = linkSnapshots(personTable([{ id: '0012', fn: 'F1', birthYear: 1980 }]), personTable(next));
    expect(link.linked).toBe(0);
  });

  it('flags a linked person whose birth date changed', () => {
    const link = linkSnapshots(personTable(old), personTable([{ ...old[0]!, birthYear: 1981, line: 7 }]));
    expect(link.birthMismatches).toEqual([{ oldLine: 2, newLine: 7 }]);
  });
});

describe('what happened to each person', () => {
  it('separates retirement, ended temporary contracts (renewed or not), attrition and joiners', () => {
    const old: TestPerson[] = [
      { id: 'R1', fn: 'F1', birthYear: 1958, birthMonth: 3 }, // 67 in 2025: retires
      { id: 'R2', fn: 'F1', birthYear: 1958, birthMonth: 5 }, // 67 in 2025, still there
      { id: 'T1', fn: 'F1', birthYear: 1995, temporary: true, endYear: 2025 }, // renewed
      { id: 'T2', fn: 'F1', birthYear: 1995, temporary: true, endYear: 2025 }, // not renewed
      { id: 'T3', fn: 'F1', birthYear: 1995, temporary: true }, // no end: default 1 year, renewed
      { id: 'T4', fn: 'F1', birthYear: 1995, temporary: true, endYear: 2027 }, // runs on: at risk
      { id: 'L1', fn: 'F1', birthYear: 1980 },
    ];
    const next: TestPerson[] = [
      { id: 'R2', fn: 'F1', birthYear: 1958, birthMonth: 5 },
      { id: 'T1', fn: 'F1', birthYear: 1995 },
      { id: 'T3', fn: 'F1', birthYear: 1995 },
      { id: 'T4', fn: 'F1', birthYear: 1995, temporary: true, endYear: 2027 },
      { id: 'N1', fn: 'F2', birthYear: 2000 },
    ];
    const r = calibrateRates(input(old, next, { minGroup: 1 }));
    expect(r.retired).toBe(1);
    expect(r.worked_past_aow).toBe(1);
    expect(r.renewal).toMatchObject({ ending: 3, renewed: 2 });
    expect(r.contract_ended).toBe(1);
    expect([r.stayed, r.left, r.joiners]).toEqual([1, 1, 1]);
  });

  it('uses the scenario AOW table: 67¼ in 2028 moves a birthday past the year end', () => {
    const old: TestPerson[] = [{ id: 'A', fn: 'F1', birthYear: 1961, birthMonth: 11 }];
    const gone = calibrateRates({ ...input(old, [], { minGroup: 1, from: 2028, to: 2029 }) });
    expect(gone.retired).toBe(0); // 1961-11 + 67y3m = 2029-02: not yet in 2028
    expect(gone.left).toBe(1);
  });

  it('suppresses renewal and small transitions under min_group, and merges thin bands', () => {
    const old: TestPerson[] = [];
    const next: TestPerson[] = [];
    for (let k = 0; k < 40; k++) {
      const p: TestPerson = { id: `P${k}`, fn: k < 36 ? 'F1' : 'F3', birthYear: k < 3 ? 2003 : 1980 };
      old.push(p);
      if (k % 10 !== 0) next.push(k === 37 ? { ...p, fn: 'F1' } : p);
    }
    old.push({ id: 'T', fn: 'F1', birthYear: 1990, temporary: true, endYear: 2025 });
    const r = calibrateRates(input(old, next));
    expect(r.renewal).toBeNull();
    expect(r.transitions).toEqual([]); // F3 has 4 at risk: its move is counted, not shown
    expect(r.moved).toBe(1);
    expect(r.attrition.every((e) => e.at_risk >= 5)).toBe(true);
    // <25 (3 at risk) merges through the empty bands into 45-54: one band for every age.
    expect(r.attrition.map((e) => e.ages)).toEqual([null]);
  });

  it('annualises a two-year period', () => {
    const old: TestPerson[] = Array.from({ length: 100 }, (_, k) => ({ id: `P${k}`, fn: 'F1', birthYear: 1980 }));
    const next = old.slice(19);
    const r = calibrateRates(input(old, next, { to: 2027 }));
    expect(r.attrition[0]).toMatchObject({ at_risk: 100, left: 19 });
    expect(r.attrition[0]!.rate).toBeCloseTo(0.1, 10);
    expect(r.notes.join(' ')).toMatch(/annualised/);
  });

  it('falls back to aggregate counts without ids', () => {
    const old: TestPerson[] = Array.from({ length: 50 }, () => ({ fn: 'F1', birthYear: 1980 }));
    const next: TestPerson[] = Array.from({ length: 48 }, () => ({ fn: 'F1', birthYear: 1980 }));
    const r = calibrateRates({ ...input(old, next), linkage: null, joiners: 3 });
    expect(r.method).toBe('aggregate');
    expect(r.attrition).toEqual([expect.objectContaining({ ages: null, at_risk: 50, left: 5 })]);
    expect(r.notes[0]).toMatch(/less exact/);
  });
});

describe('family and function rules', () => {
  function population(groups: { fn: string; n: number; left: number }[]): CalibrationInput {
    const old: TestPerson[] = [];
    const next: TestPerson[] = [];
    let id = 0;
    for (const g of groups) {
      for (let k = 0; k < g.n; k++) {
        const p: TestPerson = { id: `P${id++}`, fn: g.fn, birthYear: 1980 };
        old.push(p);
        if (k >= g.left) next.push(p);
      }
    }
    return input(old, next);
  }

  const scoped = (i: CalibrationInput): (string | number | undefined)[][] =>
    calibrateRates(i)
      .attrition.filter((e) => e.family !== undefined || e.function !== undefined)
      .map((e) => [e.family ?? e.function, e.at_risk, e.left]);

  it('gives a function its own rule where it differs from its family as a whole', () => {
    // Family A = F1 + F2 (35 of 200): F1 (30%) and F2 (5%) both differ from it. Family B = F3 + F4
    // (25 of 120): F3 (5%) differs; F4 (all 20 left) has too few at risk for a rule (20 < 30), and so
    // has the rest of B (F4 alone).
    expect(scoped(population([{ fn: 'F1', n: 100, left: 30 }, { fn: 'F2', n: 100, left: 5 }, { fn: 'F3', n: 100, left: 5 }, { fn: 'F4', n: 20, left: 20 }]))).toEqual([
      ['F1', 100, 30],
      ['F2', 100, 5],
      ['F3', 100, 5],
    ]);
  });

  it('gives the rest of a family a rule where it differs from everyone', () => {
    // Everyone: 68 of 400 (17%). F1 (30%) and F2 (28%) are like their family A (29%): no rules of
    // their own, and A (29%) differs from everyone; so does B (F3, 5%).
    expect(scoped(population([{ fn: 'F1', n: 100, left: 30 }, { fn: 'F2', n: 100, left: 28 }, { fn: 'F3', n: 200, left: 10 }]))).toEqual([
      ['A', 200, 58],
      ['B', 200, 10],
    ]);
  });

  it('needs --min-at-risk people for a rule of its own', () => {
    const groups = [{ fn: 'F1', n: 40, left: 20 }, { fn: 'F3', n: 200, left: 10 }];
    expect(scoped(population(groups))).toEqual([['A', 40, 20], ['B', 200, 10]]);
    expect(scoped({ ...population(groups), minAtRisk: 50 })).toEqual([['B', 200, 10]]);
  });
});

describe('statistical calibration of the intervals', () => {
  // Synthetic pairs of snapshots drawn from known rates (fixed seed): each 90 % interval should
  // contain the true rate about 90 % of the time. For small counts a Wilson interval's exact
  // coverage oscillates a little below its nominal level (0.86–0.90 for these n and p), so the
  // empirical coverage is compared with the exact coverage computed from the binomial distribution,
  // within 3.5 points (300 draws × 3 bands: standard error about 1.1 points), and must be ≥ 0.84.
  it('covers the true attrition and transition rates about 90 % of the time', () => {
    const random = createRandom(14);
    const truth = [
      { birthYear: 1995, rate: 0.12, ages: '<35' },
      { birthYear: 1980, rate: 0.05, ages: '35-54' },
      { birthYear: 1965, rate: 0.03, ages: '>=55' },
    ];
    const move = 0.06;
    let covered = 0;
    let intervals = 0;
    let movesCovered = 0;
    const draws = 300;
    for (let d = 0; d < draws; d++) {
      const old: TestPerson[] = [];
      const next: TestPerson[] = [];
      let id = 0;
      for (const t of truth) {
        for (let k = 0; k < 150; k++) {
          const p: TestPerson = { id: `X${id++}`, fn: k < 100 ? 'F1' : 'F3', birthYear: t.birthYear };
          old.push(p);
          const u = random.next();
          if (u < t.rate) continue;
          next.push(p.fn === 'F1' && u < t.rate + move ? { ...p, fn: 'F2' } : p);
        }
      }
      const r = calibrateRates(input(old, next, { minAtRisk: 1e9, bands: bandsFromRules(['<35', '35-54', '>=55']) }));
      for (const t of truth) {
        const e = r.attrition.find((x) => x.ages === t.ages)!;
        expect(e.at_risk).toBe(150);
        intervals++;
        if (t.rate >= e.low && t.rate <= e.high) covered++;
      }
      const m = r.transitions.find((x) => x.from === 'F1' && x.to === 'F2');
      if (m !== undefined && move >= m.low && move <= m.high) movesCovered++;
    }
    const exact = truth.reduce((sum, t) => sum + exactCoverage(150, t.rate), 0) / truth.length;
    expect(exact).toBeGreaterThan(0.85);
    expect(Math.abs(covered / intervals - exact)).toBeLessThan(0.035);
    expect(covered / intervals).toBeGreaterThan(0.84);
    expect(Math.abs(movesCovered / draws - exactCoverage(100, move))).toBeLessThan(0.06);
  });
});

/** The probability that the 90 % Wilson interval of k ~ Binomial(n, p) contains p. */
function exactCoverage(n: number, p: number): number {
  const logFactorial = [0];
  for (let i = 1; i <= n; i++) logFactorial[i] = logFactorial[i - 1]! + Math.log(i);
  let coverage = 0;
  for (let k = 0; k <= n; k++) {
    const { low, high } = wilsonInterval(k, n);
    if (p < low || p > high) continue;
    coverage += Math.exp(logFactorial[n]! - logFactorial[k]! - logFactorial[n - k]! + k * Math.log(p) + (n - k) * Math.log(1 - p));
  }
  return coverage;
}

describe('renamed function codes', () => {
  const staff = (n: number, prefix: string, fn: string): TestPerson[] => Array.from({ length: n }, (_, k) => ({ id: `${prefix}${k}`, fn, birthYear: 1980 }));
  it('takes a code gone from NEW whose people are under one new code as renamed, but two codes into one as a merger (moves)', () => {
    const old = [...staff(10, 'A', 'F1'), ...staff(6, 'B', 'F2'), ...staff(6, 'C', 'F3')];
    const renamed = calibrateRates(input(old, [...staff(10, 'A', 'F5'), ...staff(6, 'B', 'F2'), ...staff(6, 'C', 'F3')]));
    expect([renamed.moved, renamed.renamed_functions]).toEqual([0, [{ from: 'F1', to: 'F5' }]]);
    const merged = calibrateRates(input(old, [...staff(10, 'A', 'F5'), ...staff(6, 'B', 'F5'), ...staff(6, 'C', 'F3')]));
    expect([merged.moved, merged.renamed_functions]).toEqual([16, []]);
  });

  // Function codes are the user's: the note on a renamed one is said in Dutch from the pair of codes
  // (the pattern that read it back took `\S+` for a code and left "FIN 14 → FIN 14 (oud)" in English).
  it('says the note on a renamed code in Dutch whatever the codes hold', async () => {
    const { calibrationRenderers } = await import('../../src/report/render-calibration.js');
    const odd = new Map([['FIN 14', 'A'], ['X (oud) → Y', 'A'], ['F2', 'A'], ['F3', 'B']]);
    const old = [...staff(10, 'A', 'FIN 14'), ...staff(6, 'B', 'F2'), ...staff(6, 'C', 'F3')];
    const estimate = calibrateRates(input(old, [...staff(10, 'A', 'X (oud) → Y'), ...staff(6, 'B', 'F2'), ...staff(6, 'C', 'F3')], { families: odd }));
    expect(estimate.renamed_functions).toEqual([{ from: 'FIN 14', to: 'X (oud) → Y' }]);
    const result = { schema: 'spp.calibration/1' as const, stamp: { spp_version: '0', scenario_id: '', inputs: [], seed: null }, function_names: [], ...estimate };
    const options = { color: false, triples: false, width: 400 };
    expect(calibrationRenderers.table(result, { ...options, lang: 'nl' })).toContain(
      '* Functiecode FIN 14 staat niet in het nieuwe peilbestand en de medewerkers ervan staan er onder X (oud) → Y, een code die het oude peilbestand niet heeft: opgevat als dezelfde functie onder een nieuwe code (ze tellen als gebleven, niet als overgestapt).',
    );
    expect(calibrationRenderers.md(result, { ...options, lang: 'en' })).toContain('* Function code FIN 14 is not in the new snapshot and its people are there as X (oud) → Y, a code the old snapshot does not have:');
  });
});

describe('the order of two snapshots, told by the people', () => {
  // 40 stay; 6 born in 1958 reach 67 in 2025 and retire; 6 joiners of 30.
  const stay = Array.from({ length: 40 }, (_, k): TestPerson => ({ id: `S${k}`, fn: 'F1', birthYear: 1980 }));
  const retiring = Array.from({ length: 6 }, (_, k): TestPerson => ({ id: `R${k}`, fn: 'F1', birthYear: 1958, birthMonth: 3 }));
  const joining = Array.from({ length: 6 }, (_, k): TestPerson => ({ id: `J${k}`, fn: 'F1', birthYear: 1995 }));
  const y2025 = personTable([...stay, ...retiring]);
  const y2026 = personTable([...stay, ...joining]);

  it('counts retirees in the right order and none at the AOW age among the joiners', () => {
    const evidence = orderEvidence(y2025, y2026, linkSnapshots(y2025, y2026), 2025, 2026, undefined);
    expect(evidence).toEqual({ joinersAtAow: 0, retired: 6 });
    expect(looksReversed(evidence, 5)).toBe(false);
  });

  it('sees the retirees among the "joiners" when the two are swapped, whatever years they are given', () => {
    for (const [from, to] of [[2024, 2025], [2025, 2026], [2026, 2027]] as const) {
      const evidence = orderEvidence(y2026, y2025, linkSnapshots(y2026, y2025), from, to, undefined);
      expect(evidence).toEqual({ joinersAtAow: 6, retired: 0 });
      expect(looksReversed(evidence, 5)).toBe(true);
    }
  });

  it('needs at least five such people, and min_group, and twice the retirees', () => {
    expect(looksReversed({ joinersAtAow: 4, retired: 0 }, 1)).toBe(false);
    expect(looksReversed({ joinersAtAow: 6, retired: 0 }, 10)).toBe(false);
    expect(looksReversed({ joinersAtAow: 6, retired: 4 }, 5)).toBe(false);
    expect(looksReversed({ joinersAtAow: 8, retired: 4 }, 5)).toBe(true);
  });
});

describe('a function whose transitions and attrition would add up to more than 1', () => {
  // F3: all 10 moved to F4 while joiners kept F3 alive (no rename); 6 of 80 others left.
  const born = { birthYear: 1975 };
  const moved = Array.from({ length: 10 }, (_, k): TestPerson => ({ id: `B${k}`, fn: 'F3', ...born }));
  const stay = Array.from({ length: 60 }, (_, k): TestPerson => ({ id: `A${k}`, fn: 'F1', ...born }));
  const more = Array.from({ length: 20 }, (_, k): TestPerson => ({ id: `D${k}`, fn: 'F4', ...born }));
  const joiners = Array.from({ length: 6 }, (_, k): TestPerson => ({ id: `C${k}`, fn: 'F3', birthYear: 1995 }));
  const r = calibrateRates(input([...stay, ...moved, ...more], [...stay.slice(6), ...moved.map((p) => ({ ...p, fn: 'F4' })), ...more, ...joiners]));

  it('gets an attrition rule of its own, so the block is one a scenario accepts, and a note says why', () => {
    expect(r.transitions).toEqual([expect.objectContaining({ from: 'F3', to: 'F4', rate: 1 })]);
    const own = r.attrition.find((e) => e.function === 'F3');
    expect(own).toMatchObject({ ages: null, at_risk: 10, left: 0, rate: 0 });
    expect(r.notes).toContain('F3: its transitions (100% a year) and the attrition rate the rules would give it (6.7%) add up to more than 100%, which no scenario accepts: it has an attrition rule of its own, measured on its own 10 people.');
  });

  it('adds none where the flows stay within 1', () => {
    const calm = calibrateRates(input([...stay, ...moved, ...more], [...stay.slice(6), ...moved.slice(0, 3).map((p) => ({ ...p, fn: 'F4' })), ...moved.slice(3), ...more]));
    expect(calm.attrition.some((e) => e.function === 'F3')).toBe(false);
  });
});
