import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PER_CODE } from '../../src/io/csv/csv-diagnostics.js';
import { IdRegistry } from '../../src/io/csv/id-registry.js';
import { readHeadcount } from '../../src/io/read-headcount.js';
import { similarityKey } from '../../src/domain/similarity-key.js';
import { readSimilarity } from '../../src/io/read-similarity.js';

const dir = mkdtempSync(join(tmpdir(), 'spp-headcount-'));
let n = 0;
function file(content: string): string {
  const path = join(dir, `h${n++}.csv`);
  writeFileSync(path, content);
  return path;
}

describe('birth dates on and around 1 January (ages are completed years on 1 January of the reference year)', () => {
  it('an age of 14 or 80 turns on the birthday being 1 January', async () => {
    const path = file(
      [
        'employee_id,function_id,fte,birth_date,contract',
        'E1,F001,1,2012-01-01,vast', // 14 on 1 January 2026: kept
        'E2,F001,1,02-01-2012,vast', // 13: left out
        'E3,F001,1,1946-01-01,vast', // 80: kept, no warning
        'E4,F001,1,1945-01-02,vast', // 80 on 1 January 2026 (81 the next day): no warning
        'E5,F001,1,19450101,vast', // 81: kept, implausible
        'E6,F001,1,2026-01-01,vast', // born on the reference day: age 0, left out
        'E7,F001,1,2026-01-02,vast', // after the reference day
      ].join('\n') + '\n',
    );
    const { value, diagnostics } = await readHeadcount(path, { referenceYear: 2026 });
    expect(diagnostics.map((d) => [d.line, d.code])).toEqual([
      [3, 'CSV_AGE_OUT_OF_RANGE'],
      [6, 'CSV_AGE_IMPLAUSIBLE'],
      [7, 'CSV_AGE_OUT_OF_RANGE'],
      [8, 'CSV_AGE_OUT_OF_RANGE'],
    ]);
    expect(diagnostics[0]!.message).toContain('age 13 on 1 January 2026');
    expect(diagnostics[1]!.message).toContain('age 81 on 1 January 2026');
    expect(diagnostics[2]!.message).toContain('age 0 on 1 January 2026');
    expect(diagnostics[3]!.message).toContain('birth_date 2026-01-02 is after 1 January 2026');
    expect(value.persons).toBe(4);
    expect(value.cells.map((c) => [c.birthYear, c.birthMonth, c.persons])).toEqual([
      [1945, 1, 2],
      [1946, 1, 1],
      [2012, 1, 1],
    ]);
  });
});

describe('folding rows into cells', () => {
  it('merges identical people, multiplies by count and sums FTE and persons', async () => {
    const { value, diagnostics } = await readHeadcount('fixtures/io/headcount-count/headcount.csv', { referenceYear: 2026 });
    expect(diagnostics).toEqual([]);
    expect(value.rows).toBe(4);
    expect(value.cells).toEqual([
      { functionId: 'F001', birthYear: 1970, birthMonth: 7, contract: 'permanent', endYear: null, group: '', persons: 5, fte: expect.closeTo(4, 12) },
      { functionId: 'F001', birthYear: 1980, birthMonth: 7, contract: 'temporary', endYear: 2027, group: '', persons: 1, fte: expect.closeTo(0.8, 12) },
      { functionId: 'F002', birthYear: 1970, birthMonth: 7, contract: 'permanent', endYear: null, group: '', persons: 1, fte: 1 },
    ]);
    expect(value.persons).toBe(7);
    expect(value.fte).toBeCloseTo(5.8, 12);
  });

  it('groups by a raw column, keeps unknown columns, and weighs measured skills by FTE', async () => {
    const { value } = await readHeadcount('fixtures/io/headcount-ok/headcount.csv', { referenceYear: 2026, groupBy: 'afdeling' });
    expect(value.extraColumns).toEqual(['afdeling']);
    expect(value.cells.map((c) => [c.functionId, c.group, c.persons])).toEqual([
      ['F001', 'Burgerzaken', 2],
      ['F002', 'Beleid', 2],
    ]);
    // E2 has no measured value and no profile is given: only E1 (1 FTE, level 3) counts.
    expect(value.measuredSkills).toEqual({ F001: { digital: { fte: 1, sum: 3 } }, F002: { digital: { fte: 1, sum: 3 } } });
  });

  it('takes the function profile as the default of an empty measured skill', async () => {
    const { value } = await readHeadcount('fixtures/io/headcount-ok/headcount.csv', {
      referenceYear: 2026,
      functionSkills: new Map([['F001', { digital: 2 }]]),
    });
    // E1: 1 FTE at 3, E2: 0.8 FTE at the profile's 2.
    expect(value.measuredSkills.F001?.digital?.fte).toBeCloseTo(1.8, 12);
    expect(value.measuredSkills.F001?.digital?.sum).toBeCloseTo(3 + 1.6, 12);
  });

  it('groups by a canonical column and reports a --by column that does not exist', async () => {
    const csv = 'function_id,fte,age,organisatie\nF1,1,40,Gemeente A\nF1,1,40,Gemeente B\n';
    const byOrg = await readHeadcount(file(csv), { referenceYear: 2026, groupBy: 'organisation' });
    expect(byOrg.value.cells.map((c) => c.group)).toEqual(['Gemeente A', 'Gemeente B']);
    const missing = await readHeadcount(file(csv), { referenceYear: 2026, groupBy: 'afdeling' });
    expect(missing.diagnostics).toContainEqual(expect.objectContaining({ code: 'CSV_BY_UNKNOWN_COLUMN', line: 1 }));
    expect(missing.value.cells).toEqual([]);
  });

  it('converts hours with the full-time week', async () => {
    const { value } = await readHeadcount(file('function_id,hours_per_week,age\nF1,32,40\n'), { referenceYear: 2026, fulltimeHours: 40 });
    expect(value.fte).toBeCloseTo(0.8, 12);
  });

  it('collects every problem of a file, and summarises a code after the first ' + MAX_PER_CODE, async () => {
    const rows = Array.from({ length: MAX_PER_CODE + 50 }, (_, i) => `F1,2,40,flex${i}`).join('\n');
    const { value, diagnostics } = await readHeadcount(file(`function_id,fte,age,contract\n${rows}\n`), { referenceYear: 2026 });
    expect(value.cells).toEqual([]);
    const range = diagnostics.filter((d) => d.code === 'CSV_OUT_OF_RANGE');
    const contract = diagnostics.filter((d) => d.code === 'CSV_BAD_CONTRACT');
    expect(range).toHaveLength(MAX_PER_CODE + 1);
    expect(contract).toHaveLength(MAX_PER_CODE + 1);
    expect(range.at(-1)).toMatchObject({ line: MAX_PER_CODE + 2, message: expect.stringContaining('50 more rows') });
  });
});

describe('row order does not matter (property)', () => {
  const row = fc.record({
    fn: fc.constantFrom('F1', 'F2', 'F3'),
    fte: fc.constantFrom('1', '0,8', '0.5', '80%'),
    birth: fc.constantFrom('1970-03-15', '15-03-1970', '1985', '01/01/1990'),
    contract: fc.constantFrom('', 'vast', 'tijdelijk'),
    count: fc.integer({ min: 1, max: 4 }),
  });

  it('gives the same cells and totals for any permutation of the rows', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 25 }), fc.infiniteStream(fc.nat()), async (rows, seeds) => {
        const render = (list: typeof rows): string =>
          'function_id;fte;birth_date;birth_year;contract;contract_end;count\n' +
          list
            .map((r) => {
              const isYear = r.birth.length === 4;
              const end = r.contract === 'tijdelijk' ? '2028-06-30' : '';
              return [r.fn, r.fte, isYear ? '' : r.birth, isYear ? r.birth : '', r.contract, end, r.count].join(';');
            })
            .join('\n');
        const shuffled = rows.map((r, i) => ({ r, k: seeds.next().value as number + i / 1000 })).sort((a, b) => a.k - b.k).map((x) => x.r);
        const a = await readHeadcount(file(render(rows)), { referenceYear: 2026 });
        const b = await readHeadcount(file(render(shuffled)), { referenceYear: 2026 });
        expect(a.diagnostics).toEqual([]);
        expect(b.diagnostics).toEqual([]);
        expect(b.value.cells.map(({ fte: _f, ...key }) => key)).toEqual(a.value.cells.map(({ fte: _f, ...key }) => key));
        b.value.cells.forEach((cell, i) => expect(cell.fte).toBeCloseTo(a.value.cells[i]!.fte, 9));
        expect(b.value.persons).toBe(a.value.persons);
        expect(b.value.persons).toBe(rows.reduce((sum, r) => sum + r.count, 0));
        expect(b.value.fte).toBeCloseTo(a.value.fte, 9);
      }),
      { numRuns: 40, seed: 20260101 },
    );
  });
});

describe('IdRegistry', () => {
  it('returns the first line of a repeated key, and nothing for new keys, across growth', () => {
    const ids = new IdRegistry();
    const repeats: number[] = [];
    for (let i = 0; i < 20_000; i++) if (ids.firstLine(`E${i}`, i + 2) !== undefined) repeats.push(i);
    expect(repeats).toEqual([]);
    expect(ids.firstLine('E0', 99_999)).toBe(2);
    expect(ids.firstLine('E19999', 99_999)).toBe(20_001);
    expect(ids.firstLine('e0', 99_999)).toBeUndefined();
  });

  it('finds the same repeats whether sized for the keys up front, sized too small, or not at all', () => {
    const keys = Array.from({ length: 30_000 }, (_, i) => `P-${(i * 7919) % 25_000}`); // 5,000 repeats
    const firstLines = (ids: IdRegistry): (number | undefined)[] => keys.map((k, i) => ids.firstLine(k, i + 2));
    const expected = firstLines(new IdRegistry());
    expect(expected.filter((l) => l !== undefined)).toHaveLength(5_000);
    expect(firstLines(new IdRegistry(30_000))).toEqual(expected);
    expect(firstLines(new IdRegistry(5_000))).toEqual(expected);
    expect(firstLines(new IdRegistry(1e12))).toEqual(expected); // an absurd guess is capped, not allocated
  });
});

describe('the order of the cells', () => {
  it('is function, group, birth year and month, contract, end year — whatever the order of the rows', async () => {
    const rows: string[] = [];
    const rnd = fc.sample(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1960, max: 2000 }), fc.integer({ min: 1, max: 12 }), fc.boolean(), fc.integer({ min: 0, max: 3 })), { numRuns: 2_000, seed: 13 });
    for (const [f, g, year, month, temporary, end] of rnd) {
      const date = `${year}-${String(month).padStart(2, '0')}-15`;
      rows.push(`F${['10', '2', '1', 'A', 'a', 'B'][f]},${['Noord', 'Zuid', 'Oost'][g]},0.5,${date},${temporary ? 'tijdelijk' : 'vast'},${temporary ? 2027 + end : ''}`);
    }
    const path = file(`function_id,afdeling,fte,birth_date,contract,contract_end\n${rows.join('\n')}\n`);
    const { value, diagnostics } = await readHeadcount(path, { referenceYear: 2026, groupBy: 'afdeling' });
    expect(diagnostics).toEqual([]);
    const key = (c: (typeof value.cells)[number]) => [c.functionId, c.group, c.birthYear, c.birthMonth, c.contract, c.endYear ?? -1] as const;
    const sorted = [...value.cells].sort((a, b) => {
      const x = key(a);
      const y = key(b);
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
      return 0;
    });
    expect(value.cells.map(key)).toEqual(sorted.map(key));
    expect(new Set(value.cells.map((c) => key(c).join('|'))).size).toBe(value.cells.length);
    expect(value.persons).toBe(2_000);
  });
});

describe('readSimilarity', () => {
  it('reads Dutch headers, decimal commas and percentages', async () => {
    const { value, diagnostics } = await readSimilarity('fixtures/io/similarity-ok/similarity.csv');
    expect(diagnostics).toEqual([]);
    expect(value.get(similarityKey('F001', 'F002'))).toBeCloseTo(0.75, 12);
    expect(value.get(similarityKey('F002', 'F001'))).toBeCloseTo(0.6, 12);
    expect(value.size).toBe(2);
  });

  it('reports a pair naming an unknown function, with its line and column and the nearest id', async () => {
    const known = new Set(['F001', 'F002', 'F009']);
    const { value, diagnostics } = await readSimilarity('fixtures/io/similarity-unknown-function/similarity.csv', { knownFunctions: known });
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['CSV_UNKNOWN_FUNCTION', 3, 2]]);
    expect(diagnostics[0]!.message).toContain("Did you mean 'F009'?");
    expect([...value.keys()]).toEqual([similarityKey('F001', 'F002')]);
  });
});

describe('the --by column', () => {
  it('is not reported as unused when it groups the result', async () => {
    const plain = await readHeadcount('fixtures/example/headcount.csv', { referenceYear: 2026 });
    expect(plain.diagnostics.map((d) => d.code)).toContain('CSV_UNKNOWN_COLUMNS');
    const grouped = await readHeadcount('fixtures/example/headcount.csv', { referenceYear: 2026, groupBy: 'afdeling' });
    expect(grouped.diagnostics.map((d) => d.code)).not.toContain('CSV_UNKNOWN_COLUMNS');
    expect(new Set(grouped.value.cells.map((c) => c.group)).size).toBeGreaterThan(3);
  });

  it('is refused when spp reads it as a number or a date, by any of its names, at its header', async () => {
    const csv = 'function_id,fte,deeltijdfactor,uren,leeftijd,aantal,einddatum,contract,afdeling\nF1,1,1,36,40,1,,permanent,Noord\n';
    for (const [groupBy, column] of [['fte', 2], ['deeltijdfactor', 3], ['hours_per_week', 4], ['Leeftijd', 5], ['count', 6], ['contract_end', 7]] as const) {
      const { diagnostics, value } = await readHeadcount(file(csv), { referenceYear: 2026, groupBy });
      expect(diagnostics.filter((d) => d.severity === 'error'), groupBy).toEqual([expect.objectContaining({ code: 'CSV_BY_NUMBER_OR_DATE', line: 1, column })]);
      expect(value.cells).toEqual([]);
    }
    // The second FTE column (a duplicate, unused) is not offered for --by either.
    const plain = await readHeadcount(file(csv), { referenceYear: 2026 });
    const notice = plain.diagnostics.find((d) => d.code === 'CSV_UNKNOWN_COLUMNS')!;
    expect(notice.message).toBe("columns not used by spp (kept for grouping with --by): 'afdeling'; other columns not used by spp: 'deeltijdfactor'");
    const { diagnostics } = await readHeadcount(file(csv), { referenceYear: 2026, groupBy: 'contract' });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
