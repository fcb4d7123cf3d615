import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHeadcount } from '../../src/io/read-headcount.js';
import { readRaetHrCore } from '../../src/io/presets/read-raet-hrcore.js';

/**
 * #13 class 7: a stray `"` at the start of an unquoted field. In a pipe-delimited export (Raet,
 * AFAS) it is an ordinary character — it used to open a quoted field that swallowed the next lines,
 * so persons went missing without a word. Elsewhere it is a located error naming the field.
 */
const dir = mkdtempSync(join(tmpdir(), 'spp-quotes-'));
let n = 0;
function file(content: string): string {
  const path = join(dir, `h${n++}.csv`);
  writeFileSync(path, content);
  return path;
}
const options = { referenceYear: 2026 };

describe('a stray quote in a pipe-delimited export', () => {
  it('is a literal character: no row is swallowed', async () => {
    const csv = 'employee_id|function_id|fte|birth_year|afdeling\nE1|F1|1|1970|"Publiekszaken\nE2|F2|1|1980|Burgerzaken\nE3|F2|1|1990|"Sociaal" domein\nE4|F2|1|1990|Sociaal\n';
    const { value, diagnostics } = await readHeadcount(file(csv), { ...options, groupBy: 'afdeling' });
    expect(diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
    expect(value.persons).toBe(4);
    expect([...new Set(value.cells.map((c) => c.group))].sort()).toEqual(['"Publiekszaken', '"Sociaal" domein', 'Burgerzaken', 'Sociaal']);
  });

  it('reads a field wholly in quotes without them, and a quoted | as a located ragged row', async () => {
    const { value, diagnostics } = await readHeadcount(file('employee_id|function_id|fte|birth_year\n"E1"|"F1"|1|1970\nE2|"F|2"|1|1980\n'), options);
    expect(value.persons).toBe(1);
    expect(value.cells.map((c) => c.functionId)).toEqual(['F1']);
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['CSV_RAGGED_ROW', 3, 5]]);
  });

  it('raet-hrcore: the person after a name starting with a quote is still read', async () => {
    const export_ = mkdtempSync(join(tmpdir(), 'spp-quotes-raet-'));
    cpSync('fixtures/presets/raet-hrcore/export', export_, { recursive: true });
    const people = join(export_, 'Medewerker.csv');
    const appointments = join(export_, 'Aanstellingen.csv');
    writeFileSync(people, `${readFileSync(people, 'utf8')}1099|"Pietersen|19700101\r\n1098|Klaas" de Vries|19800101\r\n`);
    writeFileSync(appointments, `${readFileSync(appointments, 'utf8')}1099|F001|36|20100101||Onbepaalde tijd|J\r\n1098|F001|36|20100101||Onbepaalde tijd|J\r\n`);
    const before = await readRaetHrCore('fixtures/presets/raet-hrcore/export', options);
    const { value, diagnostics } = await readRaetHrCore(export_, options);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(value.persons).toBe(before.value.persons + 2);
  });
});

describe('a stray quote in a comma or semicolon file', () => {
  it('is an error naming the line and the column of the field, with no misleading "no data rows"', async () => {
    const { diagnostics } = await readHeadcount(file('employee_id;function_id;fte;birth_year;afdeling\nE1;F1;1;1970;"Publiekszaken\nE2;F2;1;1980;Burgerzaken\n'), options);
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['CSV_UNKNOWN_COLUMNS', 1, 5],
      ['CSV_UNCLOSED_QUOTE', 2, 5],
    ]);
    expect(diagnostics[1]!.message).toMatch(/never closed/);
    expect(diagnostics[1]!.message).not.toMatch(/Quote Not Closed|csv-parse|CSV_QUOTE_NOT_CLOSED/);
  });
});
