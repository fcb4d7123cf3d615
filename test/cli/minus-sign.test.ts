import { describe, expect, it } from 'vitest';
import { formatCompact, formatMoney, formatNumber } from '../../src/domain/round.js';
import { runSpp } from './run-spp.js';

/**
 * A negative number for people is written with the minus sign (U+2212), as the report always did:
 * spp explain showed "−0,67" beside "-0,76" and "-1,49", spp compare and spp sensitivity wrote "-".
 * JSON and CSV keep the hyphen a machine reads.
 */
/** A hyphen-minus right before a digit, not inside a word or a year span (2026-2030 has none). */
const HYPHEN_NUMBER = /(?<![\w\d])-\d/;

describe('negative numbers read with a minus sign', () => {
  it('formatNumber and what builds on it write −, never a hyphen', () => {
    expect(formatNumber(-0.76, 2, 'nl')).toBe('−0,76');
    expect(formatNumber(-1234.5, 1, 'en')).toBe('−1,234.5');
    expect(formatCompact(-0.5, 2, 'nl')).toBe('−0,5');
    expect(formatMoney(-3400, 'nl')).toBe('€ −3.400');
    // What rounds to zero has no sign.
    expect(formatNumber(-0.004, 2, 'nl')).toBe('0,00');
  });

  it.each(['nl', 'en'])('spp explain (%s): every negative figure of the table and Markdown', async (lang) => {
    for (const format of ['table', 'md']) {
      const run = await runSpp(['explain', 'F010', '-s', 'scenarios/baseline.yaml', '-q', '-f', format, '--lang', lang]);
      expect(run.exitCode, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/−\d/);
      expect(run.stdout).not.toMatch(HYPHEN_NUMBER);
    }
  });

  it('spp compare: the gap; its JSON keeps the hyphen', async () => {
    const compare = await runSpp(['compare', 'scenarios/baseline.yaml', 'scenarios/digitaal-versneld.yaml', '--no-plan', '-q', '-f', 'table']);
    expect(compare.stdout).toMatch(/^Verschil +−[\d.]+,\d/m);
    const json = await runSpp(['compare', 'scenarios/baseline.yaml', 'scenarios/digitaal-versneld.yaml', '--no-plan', '-q', '-f', 'json']);
    expect(json.stdout).toMatch(/"gap_fte": -\d/);
    expect(json.stdout).not.toContain('−');
  });
});
