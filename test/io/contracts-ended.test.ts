import { describe, expect, it } from 'vitest';
import { readHeadcount } from '../../src/io/read-headcount.js';
import { formatDiagnosticsGithub } from '../../src/diagnostics/format-diagnostics.js';

/**
 * Temporary contracts that ended before the reference date (CSV_CONTRACT_ENDED) are said once per
 * file, as CSV_FTE_ABOVE_WEEK is: a real export with 300 ended contracts printed 300 warnings.
 */
const read = (dir: string) => readHeadcount(`fixtures/io/${dir}/headcount.csv`, { referenceYear: 2026, knownFunctions: new Set(['F001', 'F002']) });

describe('CSV_CONTRACT_ENDED', () => {
  it('is one warning for 298 ended contracts, at the first, with its first 5 lines and how many more', async () => {
    const { value, diagnostics } = await read('headcount-contracts-ended-many');
    const ended = diagnostics.filter((d) => d.code === 'CSV_CONTRACT_ENDED');
    expect(ended).toHaveLength(1);
    const [d] = ended;
    expect(d).toMatchObject({ severity: 'warning', line: 2, column: 5, rows: 298 });
    expect(d!.message).toBe(
      '298 temporary contracts ended before 1 January 2026 (contract_end; lines 2, 3, 4, 6, 7 and 293 more; the first 2025-01-15): each is treated as ending in 2026, ' +
        'where workforce.temporary.renewal_rate decides who continues. An export of 1 January 2026 holds the contracts running then: is it older, or are these contracts extended without a new end date?',
    );
    expect(d!.messageNl).toContain('298 tijdelijke contracten zijn vóór 1 januari 2026 geëindigd (contract_end; regels 2, 3, 4, 6, 7 en nog 293; de eerste 2025-01-15)');
    // Every row is still read (as ending in 2026).
    expect(value?.persons).toBe(300);
    // A GitHub annotation, located at the first such row.
    expect(formatDiagnosticsGithub(ended, 'en')).toMatch(/^::warning file=.*headcount\.csv,line=2,col=5,title=CSV_CONTRACT_ENDED::298 temporary contracts/);
  });

  it('keeps the one-row wording for a single ended contract', async () => {
    const { diagnostics } = await read('headcount-contract-ended');
    expect(diagnostics.map((d) => [d.code, d.line, d.column, d.rows, d.message])).toEqual([
      ['CSV_CONTRACT_ENDED', 2, 5, 1, 'this temporary contract ended (2024-06-30) before 1 January 2026; it is treated as ending in 2026'],
    ]);
  });
});
