import { describe, expect, it } from 'vitest';
import { idShape, normaliseId, readSnapshot } from '../../src/io/read-snapshot.js';
import { readPresetHeadcount } from '../../src/io/presets/read-preset-headcount.js';
import type { PresetName } from '../../src/io/presets/read-preset-headcount.js';

const cases: [PresetName | undefined, string][] = [
  [undefined, 'fixtures/example/headcount.csv'],
  ['excel-nl', 'fixtures/presets/excel-nl/headcount.csv'],
  ['afas', 'fixtures/presets/afas/export'],
  ['raet-hrcore', 'fixtures/presets/raet-hrcore/export'],
];

describe('readSnapshot', () => {
  for (const [preset, path] of cases) {
    it(`keeps one entry per person with the headcount reader's totals (${preset ?? 'plain CSV'})`, async () => {
      const snapshot = await readSnapshot(path, preset, { referenceYear: 2026 });
      const headcount = await readPresetHeadcount(path, preset, { referenceYear: 2026 });
      expect(snapshot.diagnostics).toEqual(headcount.diagnostics);
      const t = snapshot.value.persons;
      expect(snapshot.value.identifiedPersons).toBe(t.size);
      expect(t.size).toBe(headcount.value.persons);
      let fte = 0;
      for (let i = 0; i < t.size; i++) fte += t.fte[i]!;
      expect(fte).toBeCloseTo(headcount.value.fte, 3);
      const functions = new Set(Array.from(t.fn, (i) => t.functionIds[i]));
      expect(functions).toEqual(new Set(headcount.value.cells.filter((c) => c.persons > 0).map((c) => c.functionId)));
    });
  }

  it('keeps no employee id, only hashes', async () => {
    const snapshot = await readSnapshot('fixtures/example/headcount.csv', undefined, { referenceYear: 2026 });
    expect(JSON.stringify(snapshot.value, (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Int32Array).slice(0, 50) : v instanceof Map ? [...v] : v))).not.toMatch(/E0\d{4}/);
  });

  it('normalises ids for linking across export formats', () => {
    expect(normaliseId('E-000123')).toBe('E123');
    expect(normaliseId('000123')).toBe('123');
    expect(normaliseId(' e123 ')).toBe('E123');
    expect(normaliseId('A0B00')).toBe('A0B0');
    expect(normaliseId('0')).toBe('0');
  });

  it('keeps how most ids are written, not which they are (for a message when no one links)', async () => {
    expect(idShape('000123')).toBe('999999');
    expect(idShape('M5001')).toBe('A9999');
    expect(idShape('ab-12')).toBe('AA-99');
    expect(idShape('Zoë7')).toBe('AAA9');
    const snapshot = await readSnapshot('fixtures/example/headcount.csv', undefined, { referenceYear: 2026 });
    expect(snapshot.value.idShape).toBe('A99999');
  });
});
