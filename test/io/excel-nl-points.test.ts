import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDecimalComma, parseNumber } from '../../src/io/csv/parse-values.js';
import { readFunctions } from '../../src/io/read-functions.js';
import { presetCsvOptions, readPresetHeadcount } from '../../src/io/presets/read-preset-headcount.js';

/**
 * --preset excel-nl reads a point as a thousands separator (`1.500` is 1500). A cell with a decimal
 * point — `0.667`, typed or pasted from an English file into a Dutch sheet — was read as 667 and
 * answered "fte 0.667: expected more than 0 and at most 1,5 per person", a message that reads as
 * nonsense next to 0.667; task shares `0.350` summed "to 350,65". A number whose first group is 0
 * groups no thousands: it is not a number. Where a point was read as grouping, the message says so.
 */
const dir = mkdtempSync(join(tmpdir(), 'spp-excel-nl-points-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const base = { referenceYear: 2026, fulltimeHours: 36, knownFunctions: new Set(['F01']) };

describe('a point in an excel-nl number', () => {
  it('groups thousands only after a first group that is not 0', () => {
    expect(parseDecimalComma('1.500')).toBe(1500);
    expect(parseDecimalComma('12.345.678')).toBe(12345678);
    expect(parseDecimalComma('0,667')).toBeCloseTo(0.667, 12);
    expect(parseDecimalComma('0.667')).toBeUndefined();
    expect(parseDecimalComma('0.750')).toBeUndefined();
    expect(parseDecimalComma('0.123,45')).toBeUndefined();
    expect(parseNumber('0.500.000', 'amount')).toBeUndefined();
    expect(parseNumber('0.750')).toBe(0.75); // without the preset a lone point is a decimal mark
  });

  it('answers an fte of 0.667 with what to write, and an fte of 1.250 with how it was read', async () => {
    const path = file('headcount.csv', 'personeelsnummer;functiecode;deeltijdfactor;leeftijd\r\nA;F01;0.667;40\r\nB;F01;1.250;40\r\nC;F01;0,8;40\r\n');
    const read = await readPresetHeadcount(path, 'excel-nl', base);
    expect(read.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['CSV_BAD_NUMBER', 2, 3],
      ['CSV_OUT_OF_RANGE', 3, 3],
    ]);
    const [zero, grouped] = read.diagnostics;
    expect(zero!.messageNl).toBe("deeltijdfactor (fte) '0.667': verwacht een deeltijdfactor zoals 0,8 (of een percentage zoals 80%); bij --preset excel-nl is de komma het decimaalteken en groepeert een punt duizendtallen ('1.500' is 1500): schrijf 0,667");
    expect(grouped!.messageNl).toBe("deeltijdfactor (fte) 1.250: verwacht meer dan 0 en ten hoogste 1,5 per persoon; bij --preset excel-nl is de komma het decimaalteken en groepeert een punt duizendtallen ('1.500' is 1500): schrijf 1,250");
    expect(grouped!.message).toContain("with --preset excel-nl the decimal mark is a comma and a point groups thousands ('1.500' is 1500): write 1,250");
    expect(read.value.fte).toBeCloseTo(0.8, 12);
  });

  it('says the same of hours', async () => {
    const path = file('hours.csv', 'personeelsnummer;functiecode;uren;leeftijd\r\nA;F01;0.500;40\r\nB;F01;36.000;40\r\n');
    const read = await readPresetHeadcount(path, 'excel-nl', base);
    expect(read.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['CSV_BAD_NUMBER', 2, 3],
      ['CSV_OUT_OF_RANGE', 3, 3],
    ]);
    expect(read.diagnostics[1]!.messageNl).toContain("groepeert een punt duizendtallen ('1.500' is 1500): schrijf 36,000");
  });

  it('refuses a task share of 0.350 as a share, not as a sum of 350,65', async () => {
    const path = file('functions.csv', 'function_id;name;task.a;task.b\r\nF01;Medewerker;0.350;0,65\r\nF02;Adviseur;1.000;0\r\n');
    const read = await readFunctions(path, presetCsvOptions('excel-nl', {}));
    expect(read.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['CSV_BAD_NUMBER', 2, 3],
      ['CSV_TASK_SHARES_SUM', 3, 3],
    ]);
    expect(read.diagnostics[0]!.messageNl).toContain("task.a '0.350': verwacht een aandeel zoals 0,4");
    expect(read.diagnostics[0]!.messageNl).toContain('schrijf 0,350');
    expect(read.diagnostics[1]!.messageNl).toContain('groepeert een punt duizendtallen');
  });

  it('leaves a file without points as it was', async () => {
    const path = file('plain.csv', 'personeelsnummer;functiecode;deeltijdfactor;leeftijd\r\nA;F01;1,6;40\r\n');
    const read = await readPresetHeadcount(path, 'excel-nl', base);
    expect(read.diagnostics.map((d) => d.messageNl)).toEqual(['deeltijdfactor (fte) 1,6: verwacht meer dan 0 en ten hoogste 1,5 per persoon']);
  });
});
