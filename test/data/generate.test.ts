import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDataset, writeDataset, VOORBEELD_OPTIONS, type GenerateOptions } from '../../src/app/generate.js';
import { UserError } from '../../src/diagnostics/diagnostic.js';
import { FAMILIES, TASK_CATEGORIES } from '../../src/app/example-data/function-house.js';
import { summariseHeadcount } from './dataset-stats.js';

const headcountOf = (options: GenerateOptions): string => [...generateDataset(options).headcountCsv].join('');
const temp = mkdtempSync(join(tmpdir(), 'spp-generate-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('generateDataset', () => {
  it('gives the same bytes for the same options', () => {
    const options = { persons: 4000, seed: 99, functions: 200 } as const;
    const a = generateDataset(options);
    const b = generateDataset(options);
    expect(b.functionsCsv).toBe(a.functionsCsv);
    expect(headcountOf(options)).toBe([...a.headcountCsv].join(''));
  });

  it('gives the same chunks when the headcount is iterated twice', () => {
    const { headcountCsv } = generateDataset({ persons: 12_000, seed: 5 });
    const first = [...headcountCsv];
    expect(first.length).toBeGreaterThan(2); // header plus several chunks: it streams
    expect([...headcountCsv]).toEqual(first);
  });

  it('gives other data for another seed', () => {
    const a = { persons: 2000, seed: 1 } as const;
    const b = { persons: 2000, seed: 2 } as const;
    expect(headcountOf(b)).not.toBe(headcountOf(a));
    const scaledA = generateDataset({ ...a, functions: 300 }).functionsCsv;
    const scaledB = generateDataset({ ...b, functions: 300 }).functionsCsv;
    expect(scaledB).not.toBe(scaledA);
  });

  it('writes one row per person with unique ids and known functions', () => {
    const { functionsCsv, headcountCsv } = generateDataset({ persons: 3456, seed: 11 });
    const functionIds = new Set((parse(functionsCsv, { columns: true }) as Record<string, string>[]).map((f) => f['function_id']));
    const rows = parse([...headcountCsv].join(''), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3456);
    expect(new Set(rows.map((r) => r['employee_id'])).size).toBe(3456);
    expect(rows.every((r) => functionIds.has(r['function_id']))).toBe(true);
    expect(rows[0]?.['employee_id']).toBe('E00001');
  });

  it('scales the function house to the number of functions asked, keeping every family and valid shares', () => {
    const rows = parse(generateDataset({ persons: 5000, seed: 3, functions: 500 }).functionsCsv, {
      columns: true,
    }) as Record<string, string>[];
    expect(rows).toHaveLength(500);
    expect(new Set(rows.map((r) => r['function_id'])).size).toBe(500);
    expect(new Set(rows.map((r) => r['name'])).size).toBe(500);
    expect(new Set(rows.map((r) => r['family']))).toEqual(new Set(FAMILIES));
    for (const r of rows) {
      const sum = TASK_CATEGORIES.reduce((s, c) => s + Number(r[`task.${c}`]), 0);
      expect(sum, r['function_id']).toBeCloseTo(1, 9);
      expect(Number(r['formation_fte']), r['function_id']).toBeGreaterThan(0);
    }
  });

  it('keeps the sector shape at any size', () => {
    const stats = summariseHeadcount(headcountOf({ persons: 50_000, seed: 123, functions: 250 }), 2026);
    expect(stats.meanAge).toBeGreaterThan(45.5);
    expect(stats.meanAge).toBeLessThan(48.5);
    expect(stats.partTimeFactor).toBeGreaterThan(0.87);
    expect(stats.partTimeFactor).toBeLessThan(0.92);
    expect(stats.shareTemporary).toBeGreaterThan(0.06);
    expect(stats.shareTemporary).toBeLessThan(0.1);
  });

  it('handles fewer persons than functions and fewer functions than the example', () => {
    const small = parse([...generateDataset({ persons: 10, seed: 1 }).headcountCsv].join(''), { columns: true });
    expect(small).toHaveLength(10);
    const few = parse(generateDataset({ persons: 100, seed: 1, functions: 8 }).functionsCsv, { columns: true });
    expect(few).toHaveLength(8);
  });

  it.each([
    { persons: 0, seed: 1 },
    { persons: 1.5, seed: 1 },
    { persons: 10, seed: Number.NaN },
    { persons: 10, seed: 1, functions: 0 },
  ] satisfies GenerateOptions[])('refuses bad options %o as a usage error', (options) => {
    expect(() => generateDataset(options)).toThrowError(UserError);
  });
});

describe('writeDataset', () => {
  it('streams both files to disk, equal to the generated text, leaving no temp file', async () => {
    const dir = join(temp, 'out');
    const result = await writeDataset(dir, { persons: 11_000, seed: 8 });
    const dataset = generateDataset({ persons: 11_000, seed: 8 });
    expect(readFileSync(result.functionsFile, 'utf8')).toBe(dataset.functionsCsv);
    expect(readFileSync(result.headcountFile, 'utf8')).toBe([...dataset.headcountCsv].join(''));
    expect(readdirSync(dir).sort()).toEqual(['functions.csv', 'headcount.csv']);
  });

  it('reproduces the bundled example with VOORBEELD_OPTIONS', async () => {
    const dir = join(temp, 'voorbeeld');
    await writeDataset(dir, VOORBEELD_OPTIONS);
    const fixture = new URL('../../fixtures/example/', import.meta.url);
    expect(readFileSync(join(dir, 'headcount.csv'), 'utf8')).toBe(readFileSync(new URL('headcount.csv', fixture), 'utf8'));
    expect(readFileSync(join(dir, 'functions.csv'), 'utf8')).toBe(readFileSync(new URL('functions.csv', fixture), 'utf8'));
  });
});

describe('writeDataset errors', () => {
  it('reports a directory that cannot be created as a user error, not a crash', async () => {
    const file = join(temp, 'a-file');
    writeFileSync(file, 'not a directory');
    await expect(writeDataset(join(file, 'sub'), { persons: 5, seed: 1 })).rejects.toThrowError(UserError);
  });
});
