import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnMapOptions, readColumnMap } from '../../src/io/column-map.js';
import { readFunctions } from '../../src/io/read-functions.js';
import { readHeadcount } from '../../src/io/read-headcount.js';
import { readSimilarity } from '../../src/io/read-similarity.js';

/**
 * The column map (`--columns`, `data.columns`): its YAML read like a scenario's (red-team case 8:
 * the YAML library's English text stood inside the Dutch message), one map for every file without
 * false warnings, and a block per kind of file (red-team case 9).
 */
const dir = mkdtempSync(join(tmpdir(), 'spp-column-map-'));
let n = 0;
function yaml(content: string): string {
  const path = join(dir, `map${n++}.yaml`);
  writeFileSync(path, content);
  return path;
}
const fixtures = 'fixtures/io/column-map-roles';

describe('YAML problems of a column map', () => {
  it.each([
    ['an unclosed quote (at the quote, not the line after)', 'fte: "Deeltijd\n', 'YAML_SYNTAX', 1, 'het aanhalingsteken (") hier wordt niet gesloten', /Missing closing/],
    ['a key twice', 'fte: Deeltijd\nfte: Deeltijd\n', 'YAML_DUPLICATE_KEY', 2, 'dubbele sleutel', /Map keys must be unique/],
    ['a tab as indentation', '\tfte: Deeltijd\n', 'YAML_SYNTAX', 1, 'een tab in de inspringing', /Tabs are not allowed/],
    ['two documents', 'fte: Deeltijd\n---\nage: Leeftijd\n', 'YAML_SYNTAX', 2, 'meer dan één YAML-document', /Source contains multiple documents/],
  ])('%s: the translated, located message a scenario gets, no library text', async (_what, text, code, line, nl, library) => {
    const { value, diagnostics } = await readColumnMap(yaml(text));
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([[code, line]]);
    expect(diagnostics[0]!.messageNl).toContain(nl);
    expect(diagnostics[0]!.message).not.toMatch(library);
    expect(diagnostics[0]!.messageNl).not.toMatch(library);
    expect(Object.keys(value.all)).toEqual([]);
  });

  it('refuses two columns on one header of a file, at the second, naming the first — once, however many files share them', async () => {
    const { diagnostics } = await readColumnMap(yaml('employee_id: Nummer\nfte: FTE\nbirth_date: fte\n'));
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['COLUMN_MAP_SHARED_HEADER', 3, 1]]);
    expect(diagnostics[0]!.messageNl).toBe('birth_date en fte (regel 2) noemen allebei de kolomkop "fte": één kolom van de export kan niet twee kolommen van spp zijn; geef elk een eigen kolomkop');
    // A block's entry replaces the top level's for its file: no clash there, but one inside the block.
    const blocks = await readColumnMap(yaml('fte: Deeltijd\nheadcount:\n  fte: Werktijd\n  age: Deeltijd\n  employee_id: Werktijd\n'));
    expect(blocks.diagnostics.map((d) => [d.code, d.line])).toEqual([['COLUMN_MAP_SHARED_HEADER', 5]]);
    expect(blocks.diagnostics[0]!.message).toContain('employee_id and fte (line 3) both name the header "Werktijd"');
    // Distinct headers, and one header in the blocks of two different files, are fine.
    expect((await readColumnMap(yaml('functions:\n  function_id: Code\nheadcount:\n  function_id: Code\n'))).diagnostics).toEqual([]);
  });

  it('still locates a value that is no header text and an unknown key', async () => {
    const { diagnostics } = await readColumnMap(yaml('function_id: [a, b]\nfunctie: Code\n'));
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['COLUMN_MAP_INVALID', 1, 14],
      ['COLUMN_MAP_UNKNOWN_KEY', 2, 1],
    ]);
  });

  it('__proto__ and constructor are ordinary keys: unknown columns, nothing else happens', async () => {
    const { value, diagnostics } = await readColumnMap(yaml('__proto__: X\nconstructor: Y\ntask.__proto__: "Taak proto"\n'));
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['COLUMN_MAP_UNKNOWN_KEY', 1],
      ['COLUMN_MAP_UNKNOWN_KEY', 2],
    ]);
    expect(Object.entries(value.all)).toEqual([['task.__proto__', 'Taak proto']]);
    expect(({} as Record<string, unknown>).X).toBeUndefined();
  });
});

describe('one map for every file', () => {
  it("a header of the headcount's export, missing from functions.csv that has function_id, is no warning (red-team case 9)", async () => {
    const map = await readColumnMap(join(fixtures, 'map.yaml'));
    expect(map.diagnostics).toEqual([]);
    const options = columnMapOptions(map.value, join(fixtures, 'map.yaml'));
    const functions = await readFunctions(join(fixtures, 'functions.csv'), options);
    expect(functions.diagnostics).toEqual([]);
    expect(functions.value.map((f) => f.id)).toEqual(['F001', 'F002', 'F003']);
    const headcount = await readHeadcount(join(fixtures, 'hc.csv'), { ...options, referenceYear: 2026 });
    expect(headcount.diagnostics).toEqual([]);
    expect(headcount.value.persons).toBe(18);
  });

  it('a file with neither the mapped header nor the column is still warned about, the map named relative to the working folder', async () => {
    const file = resolve(fixtures, 'map-missing.yaml');
    const map = await readColumnMap(file);
    const { diagnostics } = await readHeadcount(join(fixtures, 'hc.csv'), { ...columnMapOptions(map.value, file), referenceYear: 2026 });
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['CSV_MAPPED_COLUMN_NOT_FOUND', 1]]);
    expect(diagnostics[0]!.message).toBe(`the column map ${fixtures}/map-missing.yaml maps 'organisation' to 'Organisatie', but the headcount file has no such column`);
    expect(diagnostics[0]!.messageNl).not.toContain(resolve('.'));
  });

  it('a mapped prefixed column is no warning where the file has it under its own name', async () => {
    const map = await readColumnMap(yaml('skill.digital: "Digitaal"\n'));
    const { diagnostics } = await readFunctions(join(fixtures, 'functions.csv'), columnMapOptions(map.value, 'map.yaml'));
    expect(diagnostics).toEqual([]);
  });
});

describe('a block per kind of file', () => {
  it('reads function_id from Code in functions.csv and from "Functie code" in the headcount', async () => {
    const map = await readColumnMap(join(fixtures, 'map-roles.yaml'));
    expect(map.diagnostics).toEqual([]);
    expect({ ...map.value.byRole.functions }).toEqual({ function_id: 'Code', name: 'Omschrijving' });
    expect({ ...map.value.byRole.headcount }).toEqual({ function_id: 'Functie code' });
    const options = columnMapOptions(map.value, 'map-roles.yaml');
    const functions = await readFunctions(join(fixtures, 'functions-code.csv'), options);
    expect(functions.diagnostics).toEqual([]);
    expect(functions.value.map((f) => [f.id, f.name])).toEqual([
      ['F001', 'Medewerker Burgerzaken'],
      ['F002', 'Beleidsmedewerker Sociaal Domein'],
      ['F003', 'Coördinator Wijkteam'],
    ]);
    const headcount = await readHeadcount(join(fixtures, 'hc.csv'), { ...options, referenceYear: 2026 });
    expect(headcount.diagnostics).toEqual([]);
    expect(new Set(headcount.value.cells.map((c) => c.functionId))).toEqual(new Set(['F001', 'F002', 'F003']));
  });

  it("refuses a key that is no column of the block's file, naming that file", async () => {
    const { diagnostics } = await readColumnMap(yaml('functions:\n  employee_id: Nummer\n  task.admin: Admin\nheadcount:\n  task.admin: Admin\n'));
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['COLUMN_MAP_UNKNOWN_KEY', 2, 3],
      ['COLUMN_MAP_UNKNOWN_KEY', 5, 3],
    ]);
    expect(diagnostics[0]!.message).toMatch(/^'employee_id' is not a column of the functions file; expected one of family, formation_fte, function_id, level, name, pay, task.<category> or skill.<name>/);
    expect(diagnostics[1]!.messageNl).toMatch(/^'task.admin' is geen kolom van het personeelsbestand; .*, skill.<naam>\./);
  });

  it('similarity: a text maps the column, a block is the similarity file', async () => {
    const { value, diagnostics } = await readColumnMap(yaml('similarity:\n  from: Van functie\n  similarity: Gelijkenis\n'));
    expect(diagnostics).toEqual([]);
    const path = join(dir, 'similarity.csv');
    writeFileSync(path, 'Van functie,to,Gelijkenis\nF001,F002,0.8\n');
    const read = await readSimilarity(path, columnMapOptions(value, 'map.yaml'));
    expect(read.diagnostics).toEqual([]);
    expect([...read.value.values()]).toEqual([0.8]);
    const flat = await readColumnMap(yaml('similarity: Gelijkenis\n'));
    expect({ ...flat.value.all }).toEqual({ similarity: 'Gelijkenis' });
  });
});
