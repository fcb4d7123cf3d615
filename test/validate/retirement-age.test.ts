import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/app/validate.js';

/**
 * #13: a retirement_age table that begins after the horizon start gave its first value to the years
 * before it without a word: `{ 2040: 60 }` on a horizon from 2026 retired everyone at 60 from 2026 on.
 */
const dir = mkdtempSync(join(tmpdir(), 'spp-retirement-age-'));
const example = resolve('fixtures/example');
function scenario(table: string): string {
  const path = join(dir, `s${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(path, `id: aow\ndata: { functions: ${example}/functions.csv, headcount: ${example}/headcount.csv }\nhorizon: { start: 2026, end: 2030 }\nworkforce:\n  retirement_age: ${table}\n`);
  return path;
}

describe('workforce.retirement_age beginning after the horizon start', () => {
  it('is a warning at its first year, saying which years take its first value', async () => {
    const { diagnostics } = await validate([scenario('{ 2040: 60 }')]);
    expect(diagnostics.filter((d) => d.code === 'SCENARIO_RETIREMENT_AGE_LATE').map((d) => [d.severity, d.line, d.column, d.message, d.messageNl])).toEqual([
      [
        'warning',
        5,
        21,
        'workforce.retirement_age begins in 2040, after the horizon start 2026: 2026–2030 take its first value, 60. Add the AOW age of 2026 (e.g. 2026: 67)',
        'workforce.retirement_age begint in 2040, na het begin van de horizon 2026: 2026–2030 krijgen de eerste waarde, 60. Voeg de AOW-leeftijd van 2026 toe (bijvoorbeeld 2026: 67)',
      ],
    ]);
  });

  it('names the one year before it', async () => {
    const { diagnostics } = await validate([scenario('{ 2027: 66, 2030: 67 }')]);
    expect(diagnostics.find((d) => d.code === 'SCENARIO_RETIREMENT_AGE_LATE')?.message).toBe('workforce.retirement_age begins in 2027, after the horizon start 2026: 2026 takes its first value, 66. Add the AOW age of 2026 (e.g. 2026: 67)');
  });

  it.each(['{ 2026: 67 }', '{ 2024: 67, 2028: 67.25 }', '67'])('is no warning for %s', async (table) => {
    const { diagnostics } = await validate([scenario(table)]);
    expect(diagnostics.map((d) => d.code)).not.toContain('SCENARIO_RETIREMENT_AGE_LATE');
  });
});
