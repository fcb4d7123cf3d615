import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFunctions } from '../../src/io/read-functions.js';
import { readHeadcount } from '../../src/io/read-headcount.js';
import { validate } from '../../src/app/validate.js';

/**
 * #13 class 2 (never a silent wrong number) and class 7 (hints in the file's own number form): an
 * open-ended value so large that the model's sums overflow is a located error, and every number a
 * message suggests is one the file's dialect reads.
 */

const dir = mkdtempSync(join(tmpdir(), 'spp-bounds-'));
let n = 0;
function file(content: string): string {
  const path = join(dir, `f${n++}.csv`);
  writeFileSync(path, content);
  return path;
}
const excelNl = { delimiter: ';', decimalComma: true } as const;

describe('values that would overflow the model', () => {
  it('refuses a pay, formation or level beyond any real function, with line and column', async () => {
    const huge = '1' + '0'.repeat(40);
    const { value, diagnostics } = await readFunctions(
      file(`function_id,name,level,pay,formation_fte,task.a\nF1,Een,6,${huge},3,1\nF2,Twee,6,50000,${huge},1\nF3,Drie,${huge},50000,3,1\nF4,Vier,6,50000,3,1\n`),
    );
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['CSV_OUT_OF_RANGE', 2, 4],
      ['CSV_OUT_OF_RANGE', 3, 5],
      ['CSV_OUT_OF_RANGE', 4, 3],
    ]);
    expect(diagnostics[0]!.message).toContain('expected at most 10,000,000 euros per year');
    expect(value.map((f) => f.id)).toEqual(['F4']);
  });

  it('refuses a headcount row standing for more persons than any organisation employs', async () => {
    const { diagnostics } = await readHeadcount(file(`function_id,fte,birth_year,count\nF1,1,1980,${'9'.repeat(30)}\nF1,1,1980,2\n`), { referenceYear: 2026 });
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['CSV_OUT_OF_RANGE', 2, 4]]);
    expect(diagnostics[0]!.message).toContain('1 to 1,000,000');
  });
});

describe('number hints in the dialect of the file', () => {
  it('excel-nl: suggests only the decimal comma', async () => {
    const functions = await readFunctions(file('function_id;name;formation_fte;task.a;task.b\nF1;Een;x;0,5;0,5\nF2;Twee;3;0.4;0,6\nF3;Drie;3;0,4;0,4\n'), excelNl);
    const headcount = await readHeadcount(file('function_id;fte;birth_year\nF1;x;1980\nF1;1,6;1980\n'), { ...excelNl, referenceYear: 2026 });
    const hours = await readHeadcount(file('function_id;hours_per_week;birth_year\nF1;60;1980\n'), { ...excelNl, referenceYear: 2026, fulltimeHours: 36.5 });
    const messages = [...functions.diagnostics, ...headcount.diagnostics, ...hours.diagnostics].map((d) => d.message);
    expect(messages).toEqual([
      "formation_fte 'x': expected FTE, e.g. 12,5",
      "task.a '0.4': expected a share like 0,4 or 40%; with --preset excel-nl the decimal mark is a comma and a point groups thousands ('1.500' is 1500): write 0,4",
      'the task shares sum to 0,8; expected 1 (±0,01) or 100 (±1)',
      "fte 'x': expected a part-time factor like 0,8 or 80%",
      'fte 1,6: expected more than 0 and at most 1,5 per person',
      'hours_per_week 60: expected more than 0 and at most 54,75 (1,5 FTE of 36,5 hours)',
    ]);
    // No number with a decimal point, which excel-nl reads as an error.
    for (const m of messages) expect(m.replace(/'[^']*'/g, '')).not.toMatch(/\d\.\d/);
  });

  it('other files: both forms, since both are read', async () => {
    const { diagnostics } = await readHeadcount(file('function_id,fte,birth_year\nF1,x,1980\n'), { referenceYear: 2026 });
    expect(diagnostics[0]!.message).toBe("fte 'x': expected a part-time factor like 0,8 or 0.8 or 80%");
  });
});

describe('task shares: the documented tolerance includes its bound (red-team case 12)', () => {
  it('accepts a sum of exactly 0.99 or 1.01 (±0.01) and 99 or 101 (±1), in every notation', async () => {
    const { value, diagnostics } = await readFunctions(
      file('function_id;name;task.a;task.b;task.c\nF1;Drie;0,33;0,33;0,33\nF2;Twee;0,505;0,505;0\nF3;Procent;33%;33%;33%\nF4;Honderd;33;33;33\nF5;Boven;33,5;33,5;34\nF6;Punt;0.34;0.34;0.33\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(value.map((f) => f.id)).toEqual(['F1', 'F2', 'F3', 'F4', 'F5', 'F6']);
    // Normalised to sum to exactly 1.
    for (const share of Object.values(value[0]!.tasks)) expect(share).toBeCloseTo(1 / 3, 12);
  });

  it('refuses just beyond the bound, and says so with a decimal comma in Dutch', async () => {
    const { diagnostics } = await readFunctions(file('function_id,name,task.a,task.b\nF1,Een,0.5,0.48\nF2,Twee,0.5,0.52\nF3,Drie,49%,49%\n'));
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['CSV_TASK_SHARES_SUM', 2], ['CSV_TASK_SHARES_SUM', 3], ['CSV_TASK_SHARES_SUM', 4]]);
    expect(diagnostics.map((d) => d.messageNl)).toEqual([
      'de taakaandelen tellen op tot 0,98; verwacht 1 (±0,01) of 100 (±1)',
      'de taakaandelen tellen op tot 1,02; verwacht 1 (±0,01) of 100 (±1)',
      'de taakaandelen tellen op tot 98%; verwacht 1 (±0,01) of 100 (±1)',
    ]);
    expect(diagnostics[0]!.message).toBe('the task shares sum to 0.98; expected 1 (±0.01) or 100 (±1)');
  });

  it('an emerging function\'s task shares in the scenario: the same bound', async () => {
    const scenario = (tasks: string): string => {
      const path = join(dir, `s${n++}.yaml`);
      writeFileSync(path, `id: t\nhorizon: { start: 2026, end: 2030 }\ndemand: { emerging: [ { id: N1, name: Nieuw, tasks: ${tasks}, demand: { 2030: 1 } } ] }\n`);
      return path;
    };
    const codes = async (tasks: string): Promise<string[]> => (await validate([scenario(tasks)])).diagnostics.map((d) => d.code);
    expect(await codes('{ a: 0.33, b: 0.33, c: 0.33 }')).toEqual([]);
    expect(await codes('{ a: 0.505, b: 0.505 }')).toEqual([]);
    const refused = (await validate([scenario('{ a: 0.5, b: 0.48 }')])).diagnostics;
    expect(refused.map((d) => [d.code, d.messageNl])).toEqual([['SCENARIO_TASKS_SUM', 'demand.emerging[0].tasks: de aandelen tellen op tot 0,98, verwacht 1 (±0,01)']]);
  });
});

describe('hours per week: at most 1.5 FTE, the bound included', () => {
  it('accepts exactly 1.5 × the full-time week where binary division overshoots (45.6 / 30.4), refuses beyond it', async () => {
    const read = await readHeadcount(file('function_id,hours_per_week,birth_year\nF1,"45,6",1980\nF1,45.61,1980\n'), { referenceYear: 2026, fulltimeHours: 30.4 });
    // 45,6 hours is more than a working week: warned about (CSV_FTE_ABOVE_WEEK), not what this test is about.
    const { value } = read;
    const diagnostics = read.diagnostics.filter((d) => d.code !== 'CSV_FTE_ABOVE_WEEK');
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['CSV_OUT_OF_RANGE', 3]]);
    expect(diagnostics[0]!.message).toBe('hours_per_week 45.61: expected more than 0 and at most 45.6 (1.5 FTE of 30.4 hours)');
    expect(diagnostics[0]!.messageNl).toBe('hours_per_week 45.61: verwacht meer dan 0 en ten hoogste 45,6 (1,5 fte van 30,4 uur)');
    expect(value.fte).toBe(1.5);
  });
});

describe('a salary column that holds monthly pay', () => {
  it('gives one located warning for the file, naming the first row and how many more, and keeps the values', async () => {
    const { value, diagnostics } = await readFunctions(file('function_id;name;pay;task.a\nF1;Een;3.450;1\nF2;Twee;52.000;1\nF3;Drie;4.100,50;1\nF4;Vier;0;1\n'), excelNl);
    expect(diagnostics.map((d) => [d.code, d.severity, d.line, d.column])).toEqual([['CSV_PAY_MONTHLY', 'warning', 2, 3]]);
    expect(diagnostics[0]!.message).toBe(
      'pay 3.450 (and 1 more row) is under €12,000 a year: it looks like a monthly salary; spp expects annual pay in euros (12 months plus holiday pay and year-end bonus), which prices overstaffing in the plan',
    );
    expect(diagnostics[0]!.messageNl).toContain('pay 3.450 (en nog 1 regel) is minder dan € 12.000 per jaar: het lijkt een maandsalaris');
    expect(value.map((f) => f.pay)).toEqual([3450, 52000, 4100.5, 0]);
  });

  it('says nothing about annual pay, or pay 0 (unknown)', async () => {
    const { diagnostics } = await readFunctions(file('function_id,name,pay,task.a\nF1,Een,26000,1\nF2,Twee,0,1\nF3,Drie,,1\n'));
    expect(diagnostics).toEqual([]);
  });
});
