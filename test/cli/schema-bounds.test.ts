import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/app/validate.js';
import { repoRoot } from './run-spp.js';

/**
 * Red team (round A): `spp schema` gave privacy.min_group and reskilling.max_level_step a maximum of
 * 9007199254740991 while `spp validate` refuses 2,000,000 and 31. The schema carries validate's bounds.
 */

const schema = JSON.parse(readFileSync(join(repoRoot, 'scenario.schema.json'), 'utf8')) as Record<string, unknown>;

/** The schema of a number at `path` (object keys only), its first number alternative if it has several. */
function numberAt(path: readonly string[]): { maximum?: number; minimum?: number } {
  let node = schema;
  for (const key of path) node = (node['properties'] as Record<string, Record<string, unknown>>)[key]!;
  const alternatives = (node['anyOf'] as Record<string, unknown>[] | undefined) ?? [node];
  return alternatives.find((a) => a['type'] === 'number' || a['type'] === 'integer') as { maximum?: number; minimum?: number };
}

/** Every number in the schema, with its `maximum`. */
function numbers(node: unknown, at: string, out: [string, unknown][] = []): [string, unknown][] {
  if (node === null || typeof node !== 'object') return out;
  const n = node as Record<string, unknown>;
  if (n['type'] === 'number' || n['type'] === 'integer') out.push([at, n['maximum']]);
  for (const [key, value] of Object.entries(n)) numbers(value, `${at}/${key}`, out);
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'spp-schema-bounds-'));
let serial = 0;
/** The SCENARIO_OUT_OF_RANGE paths `spp validate` reports for a scenario with `path: value`. */
async function refused(path: readonly string[], value: number): Promise<string[]> {
  const file = join(dir, `s${(serial += 1)}.yaml`);
  const nested = path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Record<string, unknown>;
  writeFileSync(file, JSON.stringify({ id: 's', horizon: { start: 2026, end: 2030 }, ...nested }));
  const { diagnostics } = await validate([file]);
  return diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.path ?? ''}`);
}

describe('the JSON Schema bounds each number as spp validate does', () => {
  it('min_group and max_level_step: 1,000,000 and 30, not 2^53 − 1', () => {
    expect(numberAt(['privacy', 'min_group']).maximum).toBe(1_000_000);
    expect(numberAt(['reskilling', 'max_level_step']).maximum).toBe(30);
  });

  it('no number is left at zod’s largest safe integer, or without a maximum', () => {
    expect(numbers(schema, '').filter(([, maximum]) => typeof maximum !== 'number' || maximum >= Number.MAX_SAFE_INTEGER)).toEqual([]);
  });

  it.each([
    ['privacy', 'min_group'],
    ['reskilling', 'max_level_step'],
    ['reskilling', 'hours_per_level'],
    ['reskilling', 'cost_per_hour'],
    ['reskilling', 'budget_per_year'],
    ['reskilling', 'capacity_per_year'],
    ['reskilling', 'hire_cost'],
    ['reskilling', 'surplus_cost_per_fte'],
    ['reskilling', 'min_pay_ratio'],
    ['plan', 'min_flow_fte'],
    ['plan', 'shortage_cost_per_fte_year'],
    ['plan', 'overstaffing', 'max_total_fte'],
    ['workforce', 'fulltime_hours'],
  ])('%s.%s: validate accepts the schema’s maximum and refuses one more', async (...path) => {
    const { maximum } = numberAt(path);
    expect(typeof maximum).toBe('number');
    expect(await refused(path, maximum!)).toEqual([]);
    const above = Number.isInteger(maximum) ? maximum! + 1 : maximum! * 1.01;
    expect((await refused(path, above)).filter((d) => d.endsWith(path.join('.')))).toHaveLength(1);
  });
});
