import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFunctions } from '../../src/io/read-functions.js';
import { readHeadcount } from '../../src/io/read-headcount.js';
import { presetCsvOptions, readPresetHeadcount } from '../../src/io/presets/read-preset-headcount.js';

/**
 * A sheet kept in Excel gets a totals row at the bottom ("Totaal;;43,2") or Excel's subtotals
 * ("Publiekszaken Totaal", "Eindtotaal"). Read as a person it gave three errors on one line —
 * "expected a value in function_id", "fte 43,2: expected at most 1,5", "expected birth_date" — and
 * as a function "expected a name for function 'Totaal'" and "the task shares sum to 0": none said
 * what the row is. A row with a totals label and nothing but numbers beside it is left out with one
 * warning saying so (CSV_TOTALS_ROW; --strict fails on it).
 */
const dir = mkdtempSync(join(tmpdir(), 'spp-totals-row-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const base = { referenceYear: 2026, fulltimeHours: 36, knownFunctions: new Set(['F01', 'F02']) };
const brief = (ds: { code: string; severity: string; line: number; column: number }[]) => ds.map((d) => [d.code, d.severity, d.line, d.column]);

const HEADCOUNT = [
  'employee_id;function_id;fte;birth_date;afdeling',
  'P001;F01;0,8;08-11-1968;Publiekszaken',
  'P002;F01;1;21-12-1996;Publiekszaken',
  ';;1,8;;Publiekszaken Totaal',
  'P003;F02;0,5;01-04-2001;Beleid',
  ';;0,5;;Beleid Totaal',
  ';;2,3;;Eindtotaal',
  '',
].join('\r\n');

describe('a totals row', () => {
  it('at the bottom of a headcount is left out with one warning, not three errors', async () => {
    const read = await readHeadcount(file('headcount.csv', 'employee_id;function_id;fte;birth_date\r\nP001;F01;0,8;08-11-1968\r\nP002;F01;1;21-12-1996\r\nTotaal;;1,8;\r\n;;;\r\n'), base);
    expect(brief(read.diagnostics)).toEqual([['CSV_TOTALS_ROW', 'warning', 4, 1]]);
    expect(read.diagnostics[0]!.messageNl).toBe("een totaalregel ('Totaal', verder alleen getallen), geen medewerker of functie: overgeslagen; spp telt zelf op. Haal de regel uit het bestand om deze waarschuwing kwijt te raken");
    expect(read.value.fte).toBeCloseTo(1.8, 12);
  });

  it("Excel's subtotals and grand total, with the preset too", async () => {
    for (const read of [await readHeadcount(file('sub.csv', HEADCOUNT), base), await readPresetHeadcount(file('sub-nl.csv', HEADCOUNT), 'excel-nl', base)]) {
      expect(brief(read.diagnostics.filter((d) => d.severity !== 'notice'))).toEqual([
        ['CSV_TOTALS_ROW', 'warning', 4, 5],
        ['CSV_TOTALS_ROW', 'warning', 6, 5],
        ['CSV_TOTALS_ROW', 'warning', 7, 5],
      ]);
      expect(read.value.fte).toBeCloseTo(2.3, 12);
    }
  });

  it('in functions.csv', async () => {
    const text = 'function_id;name;formation_fte;task.a;task.b\r\nF01;Medewerker;9;0,5;0,5\r\nTotaal;;9;;\r\n';
    const read = await readFunctions(file('functions.csv', text), presetCsvOptions('excel-nl', {}));
    expect(brief(read.diagnostics)).toEqual([['CSV_TOTALS_ROW', 'warning', 3, 1]]);
    expect(read.value.map((f) => f.id)).toEqual(['F01']);
  });

  it('is only a row of a totals label and numbers: a person or function called so is read as one', async () => {
    const read = await readHeadcount(file('named.csv', 'employee_id;function_id;fte;birth_date\r\nTotaal;F01;0,8;08-11-1968\r\n'), base);
    expect(read.diagnostics).toEqual([]);
    expect(read.value.fte).toBeCloseTo(0.8, 12);
    const functions = await readFunctions(file('named-functions.csv', 'function_id;name;task.a\r\nT1;Totaal;1\r\nF02;Totaalbeheer;1\r\n'), {});
    expect(functions.diagnostics).toEqual([]);
    expect(functions.value.map((f) => f.name)).toEqual(['Totaal', 'Totaalbeheer']);
  });
});
