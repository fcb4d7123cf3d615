import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRaetHrCore } from '../../src/io/presets/read-raet-hrcore.js';
import { readHeadcount } from '../../src/io/read-headcount.js';

/** #13 class 7: real exports as they come. */
describe('real exports', () => {
  const raet = (edit: (text: string) => string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-real-'));
    cpSync('fixtures/presets/raet-hrcore/export', dir, { recursive: true });
    const file = join(dir, 'Aanstellingen.csv');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    return dir;
  };
  const coded = (text: string): string =>
    text
      .replace('[Soort contract]|', '[Soort contract]|[Omschrijving soort contract]|')
      .replace(/\|(Onbepaalde tijd|Bepaalde tijd|Vast)\|/g, (_, d: string) => `|${d === 'Bepaalde tijd' ? '02' : '01'}|${d}|`);

  it('Raet [Soort contract] as a code beside its description column reads like the description alone', async () => {
    const plain = await readRaetHrCore('fixtures/presets/raet-hrcore/export', { referenceYear: 2026 });
    const read = await readRaetHrCore(raet(coded), { referenceYear: 2026 });
    expect(read.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(read.value.cells).toEqual(plain.value.cells);
  });

  it('a contract code without a description column says which column to export', async () => {
    const read = await readRaetHrCore(raet((t) => t.replace(/\|Onbepaalde tijd\|/g, '|01|')), { referenceYear: 2026 });
    const bad = read.diagnostics.find((d) => d.code === 'CSV_BAD_CONTRACT')!;
    expect(bad.message).toMatch(/\[Soort contract\] \(contract\) '01' is a code: export the description column beside it \(e\.g\. \[Omschrijving soort contract\]\)/);
  });

  it('a UTF-8 file with one Windows-1252 line names that line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-real-'));
    const file = join(dir, 'headcount.csv');
    const lines = ['employee_id,function_id,fte,birth_date,contract,afdeling', 'E1,F001,1,1970-01-01,vast,Café', 'E2,F001,1,1971-01-01,vast,Zaken'];
    const bytes = Buffer.concat([Buffer.from(`${lines.join('\n')}\n`, 'utf8'), Buffer.from('E3,F001,1,1972-01-01,vast,Caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    writeFileSync(file, bytes);
    const { diagnostics } = await readHeadcount(file, { referenceYear: 2026 });
    const warning = diagnostics.find((d) => d.code === 'CSV_INVALID_UTF8')!;
    expect(warning.line).toBe(4);
    expect(warning.message).toMatch(/line 4 is not \(Windows-1252/);
  });
});
