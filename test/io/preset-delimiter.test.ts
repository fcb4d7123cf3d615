import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFunctions } from '../../src/io/read-functions.js';
import { presetCsvOptions, readPresetHeadcount } from '../../src/io/presets/read-preset-headcount.js';

/**
 * --preset excel-nl reads `;` and decimal commas, but `spp init` writes functions.csv in spp's own
 * format (`,`, decimal points): read as one column, it was "no column 'function_id'" with the header
 * withheld as content. A file whose header has no `;` and is separated by `,` is read as what it is,
 * with a notice; an explicit --delimiter still wins.
 */
const dir = mkdtempSync(join(tmpdir(), 'spp-preset-delimiter-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const codes = (ds: { code: string }[]) => ds.map((d) => d.code);

const SPP_FORMAT = 'function_id,name,family,pay,formation_fte,task.administrative,task.advice\nF01,Medewerker,Dienstverlening,42000,9.5,0.35,0.65\n';
const EXCEL_NL = 'function_id;name;family;pay;formation_fte;task.administrative;task.advice\nF01;Medewerker;Dienstverlening;42.000;9,5;0,35;0,65\n';

describe('--preset excel-nl on a file in spp\'s own format', () => {
  it("reads functions.csv separated by ',' with decimal points, and says so", async () => {
    const read = await readFunctions(file('functions.csv', SPP_FORMAT), presetCsvOptions('excel-nl', {}));
    expect(read.value.map((p) => [p.id, p.pay, p.formationFte, p.tasks])).toEqual([['F01', 42000, 9.5, { administrative: 0.35, advice: 0.65 }]]);
    expect(codes(read.diagnostics)).toEqual(['CSV_PRESET_DELIMITER']);
    const notice = read.diagnostics[0]!;
    expect(notice).toMatchObject({ severity: 'notice', line: 1, column: 1 });
    expect(notice.message).toContain("this header is separated by ','");
  });

  it("reads the same profiles as spp's own reader, and an excel-nl file as before", async () => {
    const own = await readFunctions(file('own.csv', SPP_FORMAT), {});
    const preset = await readFunctions(file('preset.csv', SPP_FORMAT), presetCsvOptions('excel-nl', {}));
    expect(preset.value).toEqual(own.value);
    const nl = await readFunctions(file('nl.csv', EXCEL_NL), presetCsvOptions('excel-nl', {}));
    expect(nl.value).toEqual(own.value);
    expect(nl.diagnostics).toEqual([]);
  });

  it("reads a headcount separated by ',' with its decimal points (0.8 is 0,8, not an error)", async () => {
    const path = file('headcount.csv', 'employee_id,function_id,fte,birth_date,contract\nE1,F01,0.8,1970-01-01,permanent\nE2,F01,1,1980-05-05,permanent\n');
    const read = await readPresetHeadcount(path, 'excel-nl', { referenceYear: 2026, fulltimeHours: 36, knownFunctions: new Set(['F01']) });
    expect(codes(read.diagnostics.filter((d) => d.severity !== 'notice'))).toEqual([]);
    expect(codes(read.diagnostics)).toContain('CSV_PRESET_DELIMITER');
    expect(read.value.fte).toBeCloseTo(1.8, 10);
  });

  it('keeps an explicit --delimiter: the header is then one column, as asked', async () => {
    const read = await readFunctions(file('forced.csv', SPP_FORMAT), presetCsvOptions('excel-nl', { delimiter: ';' }));
    expect(read.value).toEqual([]);
    expect(codes(read.diagnostics)).toContain('CSV_MISSING_COLUMN');
    expect(codes(read.diagnostics)).not.toContain('CSV_PRESET_DELIMITER');
  });
});
