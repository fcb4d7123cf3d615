import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { suppressColumn, suppressCounts, suppressLines, type Hidden, type Line, type Suppression } from '../../src/domain/suppress.js';
import { rank } from '../data/matrix-rank.js';

describe('suppressColumn', () => {
  it('hides a small group and the smallest other group, so the total does not reveal it', () => {
    // 3 < 5 is hidden; 7 is the smallest other positive cell, so it is hidden as its complement.
    const s = suppressColumn([12, 3, 7, 40], 5);
    expect(s.cells).toEqual([null, 'small', 'complement', null]);
    expect(s.total).toBeNull();
  });

  it('hides nothing when every group reaches the threshold, and shows zeros', () => {
    expect(suppressColumn([5, 0, 9], 5)).toEqual({ cells: [null, null, null], total: null });
  });

  it('needs no complement when two small groups are already hidden', () => {
    expect(suppressColumn([2, 4, 30], 5).cells).toEqual(['small', 'small', null]);
  });

  it('hides a total that is itself a small group', () => {
    expect(suppressColumn([3], 5)).toEqual({ cells: ['small'], total: 'small' });
    expect(suppressColumn([1, 2], 5)).toEqual({ cells: ['small', 'small'], total: 'small' });
  });

  it('prefers a populated complement over an empty one', () => {
    // [0, 3, 8] total 11: hiding the 0 would tell nothing; the 8 must go.
    expect(suppressColumn([0, 3, 8], 5).cells).toEqual([null, 'small', 'complement']);
  });

  it('uses the threshold it is given', () => {
    expect(suppressColumn([9, 12, 30], 10).cells).toEqual(['small', 'complement', null]);
  });
});

describe('suppressCounts (two-way)', () => {
  it('keeps at least two hidden cells in every row and column with a published total', () => {
    const s = suppressCounts({ cells: [[2, 10, 20], [15, 16, 30], [40, 41, 50]], rowTotals: true, columnTotals: true }, 5);
    expect(s.cells[0]![0]).toBe('small');
    for (const line of linesOf(s)) {
      const hidden = line.filter((h) => h !== null).length;
      expect(hidden === 0 || hidden >= 2).toBe(true);
    }
  });
});

/** Every line of hidden marks under a published (visible) total. */
function linesOf(s: Suppression): Hidden[][] {
  const lines: Hidden[][] = [];
  const rows = s.cells.length;
  const cols = s.cells[0]?.length ?? 0;
  for (let r = 0; r < rows; r++) if (s.rowTotals[r] === null) lines.push(s.cells[r]!);
  for (let c = 0; c < cols; c++) if (s.columnTotals[c] === null) lines.push(s.cells.map((row) => row[c] ?? null));
  return lines;
}

/**
 * The attack the suppression must withstand: repeatedly take a row or column whose total is visible
 * and in which exactly one value is unknown, and compute it by subtraction (feeding recovered values
 * back in). Returns the hidden cells it could recover.
 */
function subtractionAttack(cells: number[][], s: Suppression, rowTotals: boolean, columnTotals: boolean): [number, number][] {
  const rows = cells.length;
  const cols = cells[0]?.length ?? 0;
  const known = s.cells.map((row) => row.map((h) => h === null));
  const rowKnown = s.rowTotals.map((h) => rowTotals && h === null);
  const colKnown = s.columnTotals.map((h) => columnTotals && h === null);
  const grandKnown = rowTotals && columnTotals && s.grandTotal === null;
  const recovered: [number, number][] = [];
  let progress = true;
  while (progress) {
    progress = false;
    for (let r = 0; r < rows; r++) {
      if (!rowKnown[r]) continue;
      const unknown = range(cols).filter((c) => !known[r]![c]);
      if (unknown.length === 1) { known[r]![unknown[0]!] = true; recovered.push([r, unknown[0]!]); progress = true; }
    }
    for (let c = 0; c < cols; c++) {
      if (!colKnown[c]) continue;
      const unknown = range(rows).filter((r) => !known[r]![c]);
      if (unknown.length === 1) { known[unknown[0]!]![c] = true; recovered.push([unknown[0]!, c]); progress = true; }
    }
    if (grandKnown) {
      // Row totals add up to the grand total, and so do column totals: a hidden total can be recovered too.
      const r = range(rows).filter((i) => !rowKnown[i]);
      if (r.length === 1) { rowKnown[r[0]!] = true; progress = true; }
      const c = range(cols).filter((i) => !colKnown[i]);
      if (c.length === 1) { colKnown[c[0]!] = true; progress = true; }
    }
  }
  return recovered;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

describe('suppression properties', () => {
  const table = fc
    .record({ rows: fc.integer({ min: 1, max: 5 }), cols: fc.integer({ min: 1, max: 5 }) })
    .chain(({ rows, cols }) =>
      fc.record({
        cells: fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 })), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
        rowTotals: fc.boolean(),
        columnTotals: fc.boolean(),
        minGroup: fc.integer({ min: 1, max: 10 }),
      }),
    );

  it('no hidden value can be recovered from the row and column totals by subtraction', () => {
    fc.assert(
      fc.property(table, ({ cells, rowTotals, columnTotals, minGroup }) => {
        const s = suppressCounts({ cells, rowTotals, columnTotals }, minGroup);
        expect(subtractionAttack(cells, s, rowTotals, columnTotals)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('every group of 1 to minGroup−1 persons is hidden as small; visible values are never small', () => {
    fc.assert(
      fc.property(table, ({ cells, rowTotals, columnTotals, minGroup }) => {
        const s = suppressCounts({ cells, rowTotals, columnTotals }, minGroup);
        cells.forEach((row, r) =>
          row.forEach((v, c) => {
            const h = s.cells[r]![c];
            if (v > 0 && v < minGroup) expect(h).toBe('small');
            else expect(h).not.toBe('small');
          }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('a one-column table with a total: 0 or at least 2 hidden cells whenever the total is shown', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 2, max: 10 }), (counts, minGroup) => {
        const s = suppressColumn(counts, minGroup);
        const hidden = s.cells.filter((h) => h !== null).length;
        if (s.total === null) expect(hidden === 0 || hidden >= 2).toBe(true);
        // Deterministic: same input, same marks.
        expect(suppressColumn(counts, minGroup)).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * What a reader who solves every line at once learns: the equations restricted to the values not
 * shown; a sum of unknown values is determined exactly when adding it as a row leaves the rank as
 * it is. Returns the hidden values with people in them that are determined, and every set of
 * unknown members of one line (two or more) whose determined sum is more than 0 and under minGroup.
 */
function systemAttack(values: readonly number[], hidden: readonly Hidden[], lines: readonly Line[], minGroup: number): { cells: number[]; groups: number[][] } {
  const unknown = values.flatMap((_, i) => (hidden[i] !== null ? [i] : []));
  const rows = lines.map((l) => unknown.map((u) => (l.members.includes(u) ? 1 : 0) - (l.total === u ? 1 : 0)));
  const base = rank(rows);
  const determined = (set: readonly number[]): boolean => rank([...rows, unknown.map((u) => (set.includes(u) ? 1 : 0))]) === base;
  const cells = unknown.filter((u) => values[u]! > 0 && determined([u]));
  const groups: number[][] = [];
  for (const line of lines) {
    const members = line.members.filter((m) => hidden[m] !== null);
    for (let mask = 1; mask < 1 << members.length; mask++) {
      const set = members.filter((_, i) => (mask & (1 << i)) !== 0);
      const persons = set.reduce((a, m) => a + values[m]!, 0);
      if (set.length >= 2 && persons > 0 && persons < minGroup && determined(set)) groups.push(set);
    }
  }
  return { cells, groups };
}

/**
 * Functions in families, the organisation total and a vulnerable total over some of the functions,
 * laid out as spp project does: functions, families, total, vulnerable total.
 */
function organisation(persons: readonly number[], family: readonly number[], vulnerable: readonly boolean[]): { values: number[]; lines: Line[] } {
  const F = persons.length;
  const families = [...new Set(family)].sort((a, b) => a - b);
  const famValues = families.map((fam) => persons.reduce((a, p, j) => a + (family[j] === fam ? p : 0), 0));
  const total = F + families.length;
  const vul = total + 1;
  const values = [...persons, ...famValues, persons.reduce((a, b) => a + b, 0), persons.reduce((a, p, j) => a + (vulnerable[j] ? p : 0), 0)];
  const lines: Line[] = [
    ...families.map((fam, i) => ({ members: persons.flatMap((_, j) => (family[j] === fam ? [j] : [])), total: F + i })),
    { members: families.map((_, i) => F + i), total },
    { members: persons.flatMap((_, j) => (vulnerable[j] ? [j] : [])), total: vul },
    { members: persons.map((_, j) => j), total },
  ].filter((l) => l.members.length > 0);
  return { values, lines };
}

describe('suppressLines: the lines solved together', () => {
  it('does not publish a vulnerable total that equals a hidden family (red-team case 4)', () => {
    // F01 12, F02 2 (family 1, both vulnerable), F03 8, F04 9 (family 2), F05 1 (family 3).
    // Line by line nothing is given away, but family 1 = F01 + F02 = the vulnerable total, and then
    // F05 = total − F03 − F04 − vulnerable total = 1 person.
    const { values, lines } = organisation([12, 2, 8, 9, 1], [1, 1, 2, 2, 3], [true, true, false, false, false]);
    const hidden = suppressLines(values, values.map(() => true), lines, 5);
    expect(hidden.slice(0, 5)).toEqual(['complement', 'small', null, null, 'small']);
    expect(hidden[8]).toBeNull(); // the organisation total stays
    expect(hidden[9]).toBe('complement'); // the vulnerable total goes
    expect(systemAttack(values, hidden, lines, 5)).toEqual({ cells: [], groups: [] });
  });

  it('catches a derivation no single line makes: a family minus the vulnerable total', () => {
    // One family of four functions with 1, 2, 0 and 0 persons, min_group 2; the 2nd and 4th are
    // vulnerable. Line by line the 1 is hidden, then the 2 and the empty 4th as complements; yet
    // family − vulnerable total = 3 − 2 gives the 1 back. One more (the vulnerable total) goes.
    const { values, lines } = organisation([1, 2, 0, 0], [0, 0, 0, 0], [false, true, false, true]);
    const hidden = suppressLines(values, values.map(() => true), lines, 2);
    expect(hidden[0]).toBe('small');
    expect(hidden[5]).toBeNull(); // the organisation total stays
    expect(hidden[6]).toBe('complement');
    expect(systemAttack(values, hidden, lines, 2)).toEqual({ cells: [], groups: [] });
  });

  it('property: no hidden value and no small group of one line follows from the shown values by linear algebra', () => {
    const input = fc.integer({ min: 1, max: 7 }).chain((n) =>
      fc.record({
        persons: fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 30 })), { minLength: n, maxLength: n }),
        family: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: n, maxLength: n }),
        vulnerable: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        minGroup: fc.integer({ min: 2, max: 8 }),
      }),
    );
    fc.assert(
      fc.property(input, ({ persons, family, vulnerable, minGroup }) => {
        const { values, lines } = organisation(persons, family, vulnerable);
        const hidden = suppressLines(values, values.map(() => true), lines, minGroup);
        expect(systemAttack(values, hidden, lines, minGroup)).toEqual({ cells: [], groups: [] });
        // Small values are hidden as small, and the result is deterministic.
        values.forEach((v, i) => expect(hidden[i] === 'small').toBe(v > 0 && v < minGroup));
        expect(suppressLines(values, values.map(() => true), lines, minGroup)).toEqual(hidden);
      }),
      { numRuns: 400 },
    );
  });
});

describe('suppressLines: a derivation through unpublished values', () => {
  it('hides the shown value a chain of unpublished parts starts from (a --by group that is one withheld function)', () => {
    // 0: function C (10 people, withheld as a complement); 1: group Y (10, shown); 2: Y's part of C (unpublished).
    // Y = part and C = part: Y gives C back. The line that derives C has nothing shown to hide; it used to give up.
    const values = [10, 10, 10];
    const published = [true, true, false];
    const lines = [
      { members: [2], total: 1 },
      { members: [2], total: 0 },
    ];
    const hidden = suppressLines(values, published, lines, 5, ['complement', null, null]);
    expect(hidden[1]).toBe('complement');
  });
});
