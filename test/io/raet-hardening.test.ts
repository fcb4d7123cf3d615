import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRaetHrCore } from '../../src/io/presets/read-raet-hrcore.js';

/** #13 class 2: a Raet export that would silently give a wrong number is reported. */
describe('raet-hrcore: ambiguous exports', () => {
  const source = 'fixtures/presets/raet-hrcore/export';
  const copy = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-raet-hard-'));
    cpSync(source, dir, { recursive: true });
    return dir;
  };
  const options = { referenceYear: 2026 };

  it('reports a person with two main appointments, on the second one', async () => {
    const dir = copy();
    const file = join(dir, 'Aanstellingen.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('1002|F001|12|20220101||Onbepaalde tijd|N', '1002|F001|12|20220101||Onbepaalde tijd|J'));
    const { value, diagnostics } = await readRaetHrCore(dir, options);
    const twice = diagnostics.filter((d) => d.code === 'PRESET_TWO_MAIN_APPOINTMENTS');
    expect(twice).toHaveLength(1);
    expect(twice[0]).toMatchObject({ line: 4, column: 7, severity: 'warning' });
    // Still counted once: the person total does not change.
    const plain = await readRaetHrCore(source, options);
    expect(value.persons).toBe(plain.value.persons);
  });

  it('refuses a folder with two files whose names differ only in case', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'medewerker.csv'), readFileSync(join(dir, 'Medewerker.csv')));
    await expect(readRaetHrCore(dir, options)).rejects.toThrow(/Medewerker\.csv and medewerker\.csv, names that differ only in case/);
  });
});
