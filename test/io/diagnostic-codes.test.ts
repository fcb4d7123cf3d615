import { describe, expect, it } from 'vitest';
import type { Checked, Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { readColumnMap } from '../../src/io/column-map.js';
import { readFunctions } from '../../src/io/read-functions.js';
import { readHeadcount } from '../../src/io/read-headcount.js';
import { readSimilarity } from '../../src/io/read-similarity.js';

/** One fixture folder per diagnostic code: fixtures/io/<case>/. */
type Expected = Pick<Diagnostic, 'code' | 'line'> & Partial<Pick<Diagnostic, 'column' | 'severity'>>;
interface Case {
  fixture: string;
  read: (dir: string) => Promise<Checked<unknown>>;
  expected: Expected[];
  /** Values kept in the result (functions, cells' persons, pairs). */
  kept?: number;
}

const functions = (dir: string, options = {}) => readFunctions(`fixtures/io/${dir}/functions.csv`, options);
const headcount = (dir: string) =>
  readHeadcount(`fixtures/io/${dir}/headcount.csv`, { referenceYear: 2026, knownFunctions: new Set(['F001', 'F002']) });
const similarity = (dir: string) => readSimilarity(`fixtures/io/${dir}/similarity.csv`);
const columnMap = (dir: string) => readColumnMap(`fixtures/io/${dir}/columns.yaml`);

const cases: Case[] = [
  { fixture: 'functions-empty', read: functions, expected: [{ code: 'CSV_EMPTY', line: 1, severity: 'error' }], kept: 0 },
  { fixture: 'functions-header-only', read: functions, expected: [{ code: 'CSV_NO_ROWS', line: 1, severity: 'error' }], kept: 0 },
  { fixture: 'functions-unclosed-quote', read: functions, expected: [{ code: 'CSV_UNCLOSED_QUOTE', line: 5, severity: 'error' }], kept: 2 },
  {
    fixture: 'functions-ragged',
    read: functions,
    expected: [
      { code: 'CSV_RAGGED_ROW', line: 3, column: 4, severity: 'error' },
      { code: 'CSV_RAGGED_ROW', line: 4, column: 3, severity: 'error' },
    ],
    kept: 2,
  },
  { fixture: 'functions-missing-column', read: functions, expected: [{ code: 'CSV_MISSING_COLUMN', line: 1, severity: 'error' }], kept: 0 },
  { fixture: 'functions-no-task', read: functions, expected: [{ code: 'CSV_MISSING_COLUMN', line: 1, severity: 'error' }], kept: 0 },
  { fixture: 'functions-unknown-columns', read: functions, expected: [{ code: 'CSV_UNKNOWN_COLUMNS', line: 1, column: 3, severity: 'notice' }], kept: 1 },
  { fixture: 'functions-duplicate-column', read: functions, expected: [{ code: 'CSV_DUPLICATE_COLUMN', line: 1, column: 3, severity: 'warning' }], kept: 1 },
  { fixture: 'functions-bad-identifier', read: functions, expected: [{ code: 'CSV_BAD_IDENTIFIER', line: 1, column: 4, severity: 'error' }] },
  {
    fixture: 'functions-mapped-not-found',
    // The file has neither the mapped header nor a family column (a missing name would be read from 'name').
    read: (dir) => functions(dir, { columns: { family: 'Cluster' }, columnsFile: 'map.yaml' }),
    expected: [{ code: 'CSV_MAPPED_COLUMN_NOT_FOUND', line: 1, severity: 'warning' }],
    kept: 1,
  },
  {
    fixture: 'functions-missing-value',
    read: functions,
    expected: [
      { code: 'CSV_MISSING_VALUE', line: 3, column: 1, severity: 'error' },
      { code: 'CSV_MISSING_VALUE', line: 4, column: 2, severity: 'error' },
    ],
    kept: 1,
  },
  {
    fixture: 'functions-bad-number',
    read: functions,
    expected: [
      { code: 'CSV_BAD_NUMBER', line: 2, column: 3 },
      { code: 'CSV_BAD_NUMBER', line: 3, column: 4 },
      { code: 'CSV_BAD_NUMBER', line: 4, column: 5 },
    ],
    kept: 0,
  },
  {
    fixture: 'functions-out-of-range',
    read: functions,
    expected: [
      { code: 'CSV_OUT_OF_RANGE', line: 2, column: 3 },
      { code: 'CSV_OUT_OF_RANGE', line: 3, column: 4 },
      { code: 'CSV_OUT_OF_RANGE', line: 4, column: 5 },
    ],
    kept: 0,
  },
  {
    fixture: 'functions-task-sum',
    read: functions,
    expected: [
      { code: 'CSV_TASK_SHARES_SUM', line: 2, column: 3 },
      { code: 'CSV_TASK_SHARES_SUM', line: 5, column: 3 },
      { code: 'CSV_TASK_SHARES_SUM', line: 6, column: 3 },
    ],
    kept: 2,
  },
  { fixture: 'functions-duplicate-id', read: functions, expected: [{ code: 'CSV_DUPLICATE_ID', line: 4, column: 1, severity: 'error' }], kept: 2 },
  { fixture: 'headcount-unknown-function', read: headcount, expected: [{ code: 'CSV_UNKNOWN_FUNCTION', line: 3, column: 1, severity: 'error' }], kept: 1 },
  { fixture: 'headcount-bad-contract', read: headcount, expected: [{ code: 'CSV_BAD_CONTRACT', line: 3, column: 4, severity: 'error' }], kept: 1 },
  {
    fixture: 'headcount-bad-date',
    read: headcount,
    expected: [
      { code: 'CSV_BAD_DATE', line: 3, column: 3 },
      { code: 'CSV_BAD_DATE', line: 4, column: 3 },
    ],
    kept: 1,
  },
  {
    fixture: 'headcount-age-out-of-range',
    read: headcount,
    expected: [
      { code: 'CSV_AGE_OUT_OF_RANGE', line: 3, column: 4, severity: 'error' },
      { code: 'CSV_AGE_OUT_OF_RANGE', line: 4, column: 3, severity: 'error' },
    ],
    kept: 1,
  },
  { fixture: 'headcount-age-implausible', read: headcount, expected: [{ code: 'CSV_AGE_IMPLAUSIBLE', line: 2, column: 3, severity: 'warning' }], kept: 1 },
  { fixture: 'headcount-fte-hours', read: headcount, expected: [{ code: 'CSV_FTE_HOURS_DISAGREE', line: 3, column: 3, severity: 'notice' }], kept: 4 },
  { fixture: 'headcount-end-permanent', read: headcount, expected: [{ code: 'CSV_END_DATE_PERMANENT', line: 2, column: 5, severity: 'warning' }], kept: 1 },
  { fixture: 'headcount-contract-ended', read: headcount, expected: [{ code: 'CSV_CONTRACT_ENDED', line: 2, column: 5, severity: 'warning' }], kept: 1 },
  { fixture: 'headcount-duplicate-employee', read: headcount, expected: [{ code: 'CSV_DUPLICATE_ID', line: 4, column: 1, severity: 'error' }], kept: 2 },
  {
    fixture: 'headcount-missing-value',
    read: headcount,
    expected: [
      { code: 'CSV_MISSING_VALUE', line: 3, column: 2 },
      { code: 'CSV_MISSING_VALUE', line: 4, column: 4 },
    ],
    kept: 1,
  },
  {
    fixture: 'headcount-out-of-range',
    read: headcount,
    expected: [
      { code: 'CSV_OUT_OF_RANGE', line: 2, column: 2 },
      { code: 'CSV_OUT_OF_RANGE', line: 3, column: 3 },
      { code: 'CSV_OUT_OF_RANGE', line: 4, column: 5 },
      { code: 'CSV_OUT_OF_RANGE', line: 5, column: 2 },
    ],
    kept: 0,
  },
  { fixture: 'headcount-no-fte-column', read: headcount, expected: [{ code: 'CSV_MISSING_COLUMN', line: 1 }], kept: 0 },
  {
    fixture: 'similarity-bad',
    read: similarity,
    expected: [
      { code: 'CSV_DUPLICATE_PAIR', line: 3, column: 1, severity: 'error' },
      { code: 'CSV_OUT_OF_RANGE', line: 4, column: 3 },
      { code: 'CSV_MISSING_VALUE', line: 5, column: 2 },
    ],
    kept: 1,
  },
  { fixture: 'column-map-invalid', read: columnMap, expected: [{ code: 'COLUMN_MAP_INVALID', line: 1, column: 14, severity: 'error' }] },
  // YAML problems of a column map are the scenario's YAML codes, with the same translated messages.
  { fixture: 'column-map-syntax', read: columnMap, expected: [{ code: 'YAML_SYNTAX', line: 1, column: 14, severity: 'error' }] },
  { fixture: 'column-map-duplicate-key', read: columnMap, expected: [{ code: 'YAML_DUPLICATE_KEY', line: 2, column: 1, severity: 'error' }] },
  { fixture: 'column-map-tab', read: columnMap, expected: [{ code: 'YAML_SYNTAX', line: 2, severity: 'error' }] },
  { fixture: 'column-map-unknown-key', read: columnMap, expected: [{ code: 'COLUMN_MAP_UNKNOWN_KEY', line: 2, column: 1, severity: 'error' }] },
];

function keptCount(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  if (value instanceof Map) return value.size;
  const cells = (value as { cells?: { persons: number }[] }).cells;
  return cells === undefined ? Object.keys(value as object).length : cells.reduce((n, c) => n + c.persons, 0);
}

describe('diagnostic codes (one fixture each)', () => {
  it.each(cases)('$fixture', async ({ fixture, read, expected, kept }) => {
    const result = await read(fixture);
    const codes = new Set(expected.map((e) => e.code));
    // Exactly the expected diagnostics of these codes, each with its position.
    expect(result.diagnostics.filter((d) => codes.has(d.code))).toEqual(expected.map((e) => expect.objectContaining(e)));
    for (const d of result.diagnostics) {
      expect(d.file).toContain(fixture);
      expect(d.message.length).toBeGreaterThan(10);
    }
    if (kept !== undefined) expect(keptCount(result.value)).toBe(kept);
  });

  it('names what was expected and the nearest header for a missing column', async () => {
    const { diagnostics } = await functions('functions-missing-column');
    const missing = diagnostics.find((d) => d.code === 'CSV_MISSING_COLUMN');
    expect(missing?.message).toContain("'name'");
    expect(missing?.message).toContain("'nam'");
  });

  it('names both lines of a duplicated employee and suggests the nearest function id', async () => {
    const dup = await headcount('headcount-duplicate-employee');
    expect(dup.diagnostics.find((d) => d.code === 'CSV_DUPLICATE_ID')?.message).toMatch(/line 2.*line 4/);
    const unknown = await headcount('headcount-unknown-function');
    expect(unknown.diagnostics.find((d) => d.code === 'CSV_UNKNOWN_FUNCTION')?.message).toContain("Did you mean 'F001'?");
  });

  it('lists the allowed contract values', async () => {
    const { diagnostics } = await headcount('headcount-bad-contract');
    expect(diagnostics.find((d) => d.code === 'CSV_BAD_CONTRACT')?.message).toMatch(/permanent.*vast.*temporary.*tijdelijk/);
  });
});
