import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractKind, readHeadcount } from '../../src/io/read-headcount.js';

describe('contract words', () => {
  it('are looked up as words, not as properties of an object', async () => {
    // 'constructor' and 'toString' once resolved to Object.prototype members and were taken as contracts.
    expect(contractKind('constructor')).toBeUndefined();
    expect(contractKind(' Bepaalde Tijd ')).toBe('temporary');
    const path = join(mkdtempSync(join(tmpdir(), 'spp-contract-')), 'headcount.csv');
    writeFileSync(path, 'function_id,fte,birth_year,contract,contract_end\nF1,1,1980,constructor,2030\nF1,1,1980,tijdelijk,2030\nF1,0.5,1980,TIJDELIJK,2030\n');
    const { value, diagnostics } = await readHeadcount(path, { referenceYear: 2026 });
    // Only the contract's error: a warning that the end date "bij een vast contract wordt genegeerd"
    // stood beside it and contradicted it (the contract is not known to be permanent).
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'CSV_BAD_CONTRACT', line: 2, column: 4, severity: 'error' })]);
    expect(value.cells).toEqual([
      { functionId: 'F1', birthYear: 1980, birthMonth: 7, contract: 'temporary', endYear: 2030, group: '', persons: 2, fte: 1.5 },
    ]);
  });
});
