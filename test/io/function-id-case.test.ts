import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFunctions } from '../../src/io/read-functions.js';

/**
 * #13 (careless input): a functions file with the same code typed twice in another case ('F01' and
 * 'f01') was read as two functions without a word; a headcount row then belongs to whichever it
 * matches exactly, and the other function is empty.
 */
const dir = mkdtempSync(join(tmpdir(), 'spp-id-case-'));

describe('function codes that differ only in case', () => {
  it('are a warning at the second, naming the first and its line; both are still read', async () => {
    const path = join(dir, 'functions.csv');
    writeFileSync(path, 'function_id,name,task.a\nF01,Een,1\nF02,Twee,1\nf01,Een bis,1\n');
    const { value, diagnostics } = await readFunctions(path);
    expect(value.map((f) => f.id)).toEqual(['F01', 'F02', 'f01']);
    expect(diagnostics.map((d) => [d.code, d.severity, d.line, d.column])).toEqual([['CSV_ID_CASE', 'warning', 4, 1]]);
    expect(diagnostics[0]!.messageNl).toBe("function_id 'f01' verschilt alleen in hoofd- en kleine letters van 'F01' (regel 2): spp leest ze als twee functies, en een regel van het personeelsbestand hoort bij de code die precies gelijk is; schrijf één code als het één functie is");
  });

  it('says nothing of distinct codes, and a code twice in the same case stays the duplicate error it was', async () => {
    const path = join(dir, 'functions2.csv');
    writeFileSync(path, 'function_id,name,task.a\nF01,Een,1\nF010,Tien,1\nF01,Een,1\n');
    const { diagnostics } = await readFunctions(path);
    expect(diagnostics.map((d) => d.code)).toEqual(['CSV_DUPLICATE_ID']);
  });
});
