import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { columnMapOptions, readColumnMap } from '../../src/io/column-map.js';
import { readFunctions } from '../../src/io/read-functions.js';
import { readHeadcount } from '../../src/io/read-headcount.js';
import { displayPath } from '../../src/diagnostics/format-diagnostics.js';

const dir = mkdtempSync(join(tmpdir(), 'spp-dialect-'));
let n = 0;
/** Writes bytes to a fresh temporary file and returns its path. */
function file(content: string | Buffer): string {
  const path = join(dir, `f${n++}.csv`);
  writeFileSync(path, content);
  return path;
}
const headcount = (path: string, options = {}) => readHeadcount(path, { referenceYear: 2026, ...options });

describe('delimiters', () => {
  it.each([',', ';', '\t', '|'])('detects %j from the header line', async (d) => {
    const csv = ['function_id', 'name', 'task.admin', 'task.advice'].join(d) + '\n' + ['F1', 'Een', '0.5', '0.5'].join(d) + '\n';
    const { value, diagnostics } = await readFunctions(file(csv));
    expect(diagnostics).toEqual([]);
    expect(value).toEqual([expect.objectContaining({ id: 'F1', name: 'Een', tasks: { admin: 0.5, advice: 0.5 } })]);
  });

  it('ignores delimiters inside quoted header names', async () => {
    const { value } = await readFunctions(file('"function_id";"name";"task.a";"task.b"\nF1;"Een, twee";0,5;0,5\n'));
    expect(value[0]?.name).toBe('Een, twee');
    expect(value[0]?.tasks).toEqual({ a: 0.5, b: 0.5 });
  });

  it("takes Excel's 'sep=;' first line as the delimiter, not as the header (with a BOM and CRLF, lines still counted from it)", async () => {
    // The hint names ';' although the header has more commas than semicolons: the hint decides.
    const csv = 'sep=;\r\nfunction_id;name;task.a;notes, more, more, more\r\nF1;Een, twee;1;x\r\nF2;Twee;oops;y\n';
    const { value, diagnostics } = await readFunctions(file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')])));
    expect(value.map((f) => f.name)).toEqual(['Een, twee']);
    // The header is line 2 (its unused column 'notes, more, …' is column 4); F2's bad share is line 4, column 3.
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => [d.line, d.column])).toContainEqual([4, 3]);
    expect(diagnostics.map((d) => d.line)).not.toContain(1);
    expect(diagnostics.find((d) => d.line === 2)?.column).toBe(4);
    const hc = await headcount(file('SEP=,\nemployee_id,function_id,fte,birth_date\nE1,F1,1,1980-01-01\n'));
    expect(hc.diagnostics).toEqual([]);
    expect(hc.value.persons).toBe(1);
  });

  it("reads a quoted or padded 'sep=' line as the hint too (it took \"sep=,\" for the header: no column function_id)", async () => {
    for (const first of ['"sep=,"', 'sep=;;;;'] as const) {
      const delimiter = first.includes(';') ? ';' : ',';
      const hc = await headcount(file(`${first}\n${['employee_id', 'function_id', 'fte', 'birth_date'].join(delimiter)}\n${['E1', 'F1', '1', '1980-01-01'].join(delimiter)}\n`));
      expect(hc.diagnostics, first).toEqual([]);
      expect(hc.value.persons, first).toBe(1);
    }
  });

  it("reads a header the 'sep=' line does not fit with its own delimiter, and warns (it said there was no column function_id)", async () => {
    const hc = await headcount(file('sep=;\nemployee_id,function_id,fte,birth_date\nE1,F1,1,1980-01-01\n'));
    expect(hc.value.persons).toBe(1);
    expect(hc.diagnostics.map((d) => [d.code, d.severity, d.line, d.messageNl])).toEqual([
      ['CSV_SEP_HINT_MISMATCH', 'warning', 1, "de eerste regel zegt 'sep=;', maar de kopregel heeft geen ';' en is gescheiden door ',': gelezen met ','. Haal de regel sep= weg, of sla het bestand op met ';'"],
    ]);
  });

  it('names a lone CR in an LF file as the reason two rows ran together (it said "found 9" of a line the editor shows as two of 5)', async () => {
    const hc = await headcount(file('employee_id,function_id,fte,birth_date,afdeling\nE1,F1,1,1980-01-01,Noord\rE2,F1,1,1981-01-01,Zuid\nE3,F1,1,1982-01-01,Zuid\n'));
    expect(hc.value.persons).toBe(1);
    expect(hc.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      ['CSV_RAGGED_ROW', 2, 5, 'expected 5 fields like the header, found 9: a lone carriage return (CR, without LF) in field 5 does not end the line, so two rows were read as one and are left out. Save the file with one kind of line end (LF or CRLF)'],
    ]);
  });

  it('lets --delimiter override detection', async () => {
    // Three commas and three pipes in the header: detection would pick ','.
    const csv = 'function_id|name|task.a|notes, more, more, more\nF1|Een,twee|1|x\n';
    expect((await readFunctions(file(csv))).value).toEqual([]);
    const { value } = await readFunctions(file(csv), { delimiter: '|' });
    expect(value[0]?.name).toBe('Een,twee');
  });
});

describe('encodings', () => {
  const functions = 'function_id;name;task.admin\nF1;Café medewerker;1\n';

  it('reads UTF-8 with a BOM without the BOM in the first header', async () => {
    const { value, diagnostics } = await readFunctions(file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(functions, 'utf8')])));
    expect(diagnostics).toEqual([]);
    expect(value[0]).toMatchObject({ id: 'F1', name: 'Café medewerker' });
  });

  it('reads Windows-1252 bytes (é = 0xE9) when the file is not valid UTF-8', async () => {
    const bytes = Buffer.from(functions, 'latin1');
    expect(bytes.includes(0xe9)).toBe(true);
    const { value, diagnostics } = await readFunctions(file(bytes));
    expect(diagnostics).toEqual([]);
    expect(value[0]?.name).toBe('Café medewerker');
  });

  it('decides on Windows-1252 even when the first non-ASCII byte is far into the file', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `F${i};Functie ${i};1`).join('\n');
    const bytes = Buffer.concat([Buffer.from(`function_id;name;task.admin\n${rows}\n`), Buffer.from('F€;Coördinator;1\n', 'latin1')]);
    const { value } = await readFunctions(file(bytes));
    expect(value.at(-1)?.name).toBe('Coördinator');
    // Windows-1252 0x80 is the euro sign; latin1 encoding of '€' is not, so check the mapped 0x80 byte separately.
    const euro = await readFunctions(file(Buffer.concat([Buffer.from('function_id;name;task.admin\nF1;'), Buffer.from([0x80, 0xe9]), Buffer.from(';1\n')])));
    expect(euro.value[0]?.name).toBe('€é');
  });

  it('warns when a UTF-8 file later contains bytes that are not UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from('function_id;name;task.admin\nF1;Café;1\nF2;'), Buffer.from([0xe9]), Buffer.from(';1\n')]);
    const { value, diagnostics } = await readFunctions(file(bytes));
    expect(diagnostics.map((d) => d.code)).toEqual(['CSV_INVALID_UTF8']);
    expect(value.map((f) => f.name)).toEqual(['Café', '\uFFFD']);
  });

  it('lets --encoding override detection', async () => {
    const bytes = Buffer.from('function_id;name;task.admin\nF1;CafÃ©;1\n', 'utf8');
    const { value } = await readFunctions(file(bytes), { encoding: 'windows-1252' });
    expect(value[0]?.name).toBe('CafÃƒÂ©');
  });

  it.each([
    ['NUL bytes', Buffer.concat([Buffer.from('function_id,name\nF1,'), Buffer.from([0, 1, 2]), Buffer.from('\n')]), 2],
    ['UTF-16', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('function_id,name\n', 'utf16le')]), 1],
    ['an xlsx workbook', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), 1],
  ])('rejects binary content (%s) with CSV_BINARY', async (_name, bytes, line) => {
    const { value, diagnostics } = await readFunctions(file(bytes));
    expect(value).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'CSV_BINARY', severity: 'error', line })]);
  });
});

describe('numbers and dates as exports write them', () => {
  it('reads decimal commas, thousands separators and percentages (Dutch bracketed headers)', async () => {
    const { value, diagnostics } = await readFunctions('fixtures/io/functions-dutch/functions.csv');
    expect(diagnostics).toEqual([]);
    expect(value[0]).toEqual({
      id: 'F001',
      name: 'Medewerker burgerzaken',
      family: 'Publiekszaken',
      level: 6,
      pay: 42000,
      formationFte: 12.5,
      tasks: { administratief: 0.6, advies: 0.4 },
      skills: { digitaal: 2 },
    });
    // "20;80" sums to 100: whole percentages without % signs.
    expect(value[1]?.pay).toBe(68000.5);
    expect(value[1]?.tasks.administratief).toBeCloseTo(0.2, 12);
    expect(value[1]?.tasks.advies).toBeCloseTo(0.8, 12);
    expect(value[1]?.skills).toEqual({});
  });

  it('normalises task shares within the tolerance to sum to exactly 1', async () => {
    const { value } = await readFunctions('fixtures/io/functions-task-sum/functions.csv');
    const f2 = value.find((f) => f.id === 'F2')!;
    expect(Object.values(f2.tasks).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(f2.tasks.admin).toBeCloseTo(0.5 / 1.005, 12);
  });

  it('reads each date format and FTE written as a percentage or hours', async () => {
    const csv =
      'function_id;deeltijdfactor;uren;geboortedatum\n' +
      'F1;80%;;1970-03-15\nF1;;28,8;15-03-1970\nF1;0,8;;15/03/1970\nF1;0.8;;19700315\n';
    const { value, diagnostics } = await headcount(file(csv));
    expect(diagnostics).toEqual([]);
    expect(value.cells).toEqual([
      { functionId: 'F1', birthYear: 1970, birthMonth: 3, contract: 'permanent', endYear: null, group: '', persons: 4, fte: expect.closeTo(3.2, 10) },
    ]);
  });

  it('uses 1 July for a birth year and referenceYear − age − 1 for an age (SPEC §3)', async () => {
    const { value } = await headcount(file('function_id,fte,birth_year,age\nF1,1,1975,\nF1,1,,40\n'));
    expect(value.cells.map((c) => [c.birthYear, c.birthMonth])).toEqual([
      [1975, 7],
      [1985, 7],
    ]);
  });
});

describe('headers and column maps', () => {
  it('matches headers ignoring case, spaces, _ , - and [ ]', async () => {
    const csv = '[Medewerker ID]|[Functie-code]|[Uren per week]|[Geboorte_datum]|[Dienstverband]|[Einddatum]|[Aantal]\nE1|F1|36|01-01-1980|Tijdelijk|31-12-2027|2\n';
    const { value, diagnostics } = await headcount(file(csv));
    expect(diagnostics).toEqual([]);
    expect(value.cells).toEqual([
      { functionId: 'F1', birthYear: 1980, birthMonth: 1, contract: 'temporary', endYear: 2027, group: '', persons: 2, fte: 2 },
    ]);
  });

  it('reads an export through a column map from a YAML file', async () => {
    const map = await readColumnMap('fixtures/io/column-map/columns.yaml');
    expect(map.diagnostics).toEqual([]);
    const { value, diagnostics } = await readFunctions('fixtures/io/functions-column-map/functions.csv', columnMapOptions(map.value, 'fixtures/io/column-map/columns.yaml'));
    expect(diagnostics).toEqual([]);
    expect(value).toEqual([expect.objectContaining({ id: 'F1', name: 'Een', tasks: { admin: 0.25, advice: 0.75 } })]);
  });

  it('lets the column map win over an alias', async () => {
    const { value } = await readFunctions(file('code,naam,eigen_code,task.a\nX1,Een,F1,1\n'), { columns: { function_id: 'eigen_code' } });
    expect(value[0]?.id).toBe('F1');
  });
});

describe('file problems', () => {
  it('makes a missing file a UserError with exit code 2 naming the path', async () => {
    const missing = join(dir, 'nope.csv');
    await expect(readFunctions(missing)).rejects.toThrow(UserError);
    await expect(readHeadcount(missing, { referenceYear: 2026 })).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining(displayPath(missing)) });
    await expect(readFunctions(dir)).rejects.toMatchObject({ exitCode: 2 });
    await expect(readColumnMap(missing)).rejects.toMatchObject({ exitCode: 2 });
  });

  it('keeps physical line numbers after a quoted field that spans lines', async () => {
    const csv = 'function_id,name,task.a\nF1,"Een\ntwee\ndrie",1\n\nF2,Twee,2\n';
    const { diagnostics } = await readFunctions(file(csv));
    // The only field with line breaks is also located (CSV_QUOTED_LINE_BREAK: a warning, no line inside it looks like a row).
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'CSV_TASK_SHARES_SUM', line: 6, column: 3 }),
      expect.objectContaining({ code: 'CSV_QUOTED_LINE_BREAK', severity: 'warning', line: 2, column: 2 }),
    ]);
  });

  it('reports a row longer than csv-parse accepts as CSV_PARSE_ERROR, and a file of blank lines as empty', async () => {
    // The rows after it are still checked: one run shows every problem.
    const long = await readFunctions(file(`function_id,name,task.a\nF1,${'x'.repeat(1_100_000)},1\nF2,Twee,abc\n`));
    expect(long.diagnostics.map((d) => [d.code, d.line])).toContainEqual(['CSV_PARSE_ERROR', 2]);
    expect(long.diagnostics.map((d) => [d.code, d.line])).toContainEqual(['CSV_BAD_NUMBER', 3]);
    const blank = await readFunctions(file('\n\n  \n'));
    expect(blank.diagnostics.map((d) => d.code)).toEqual(['CSV_EMPTY']);
  });

  it('accepts a trailing delimiter at the end of rows', async () => {
    const { value, diagnostics } = await readFunctions(file('function_id;name;task.a;\nF1;Een;1;\n'));
    expect(diagnostics).toEqual([]);
    expect(value).toHaveLength(1);
  });
});

describe('a date cell holding an Excel date number', () => {
  it('says that is how Excel stores a date (it said only "expected a real date")', async () => {
    const hc = await headcount(file('employee_id,function_id,fte,birth_date,contract,contract_end\nE1,F1,1,25150,temporary,46478\nE2,F1,1,1968,permanent,\n'));
    expect(hc.diagnostics.filter((d) => d.code === 'CSV_BAD_DATE').map((d) => [d.line, d.column, d.message])).toEqual([
      [2, 4, "birth_date '25150': expected a real date as YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY or yyyyMMdd; a number like this is how Excel stores a date (days since 1900): format the column as a date (YYYY-MM-DD) before saving the CSV"],
      [2, 6, "contract_end '46478': expected a real date as YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY or yyyyMMdd; a number like this is how Excel stores a date (days since 1900): format the column as a date (YYYY-MM-DD) before saving the CSV"],
      [3, 4, "birth_date '1968': expected a real date as YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY or yyyyMMdd"],
    ]);
  });
});

describe('a row error said again on many rows (README, "Diagnostics": an explanation said in full once)', () => {
  /** A headcount of `rows` people whose birth dates are Excel date numbers (25000, 25097, …: 1968–1971), one contract 'ja' every third row. */
  const serials = (rows: number, contract = (_i: number) => 'vast'): string => {
    const lines = ['Personeelsnummer;Functiecode;FTE;Geboortedatum;Contract'];
    for (let i = 0; i < rows; i++) lines.push(`${1000 + i};F001;0,8;${25000 + i * 97};${contract(i)}`);
    return `${lines.join('\n')}\n`;
  };
  const excelNl = { delimiter: ';', decimalComma: true };
  const dates = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'CSV_BAD_DATE');

  it('explains an Excel date number on the first row, and says it short on the rows after it (it repeated ~370 characters on every row)', async () => {
    const { diagnostics } = await headcount(file(serials(12)), excelNl);
    const bad = dates(diagnostics);
    // Every row keeps its own located diagnostic: CI annotates each line, and the counts stay.
    expect(bad.map((d) => [d.line, d.column])).toEqual(Array.from({ length: 12 }, (_, i) => [i + 2, 4]));
    expect(bad[0]!.messageNl).toContain("zo’n getal is hoe Excel een datum opslaat (dagen sinds 1900): maak de kolom een datumkolom (JJJJ-MM-DD) voordat u de CSV opslaat");
    expect(bad[0]!.message).toContain('a number like this is how Excel stores a date');
    for (const d of bad.slice(1)) {
      expect(d.messageNl).toBe('Geboortedatum (birth_date): hetzelfde als regel 2 (een Excel-datumgetal in plaats van een datum)');
      expect(d.message).toBe('Geboortedatum (birth_date): same as line 2 (an Excel date number instead of a date)');
    }
  });

  it('hides Excel date numbers of birth dates as birth dates, without the guess that they are personnel numbers', async () => {
    const { diagnostics } = await headcount(file(serials(12)), excelNl);
    const first = dates(diagnostics)[0]!;
    expect(first.messageNl).toBe(
      'Geboortedatum (birth_date) (niet getoond: het zijn geboortedata, opgeslagen als Excel-datumgetal, en met het regelnummer erbij is zo’n datum van een persoon: spp herhaalt ze niet): verwacht een bestaande datum als JJJJ-MM-DD, DD-MM-JJJJ, DD/MM/JJJJ of JJJJMMDD; zo’n getal is hoe Excel een datum opslaat (dagen sinds 1900): maak de kolom een datumkolom (JJJJ-MM-DD) voordat u de CSV opslaat',
    );
    expect(first.message).toMatch(/^Geboortedatum \(birth_date\) \(not shown: they are birth dates, saved as Excel date numbers, and with its line number such a date is a person’s: spp does not repeat them\): expected a real date/);
    for (const d of dates(diagnostics)) {
      expect(`${d.message} ${d.messageNl}`).not.toMatch(/personnel number|personeelsnummer|verwisseld|swapped/);
      expect(`${d.message} ${d.messageNl}`).not.toMatch(/2\d{4}/);
    }
  });

  it('keeps them hidden when one comes back on another row (two people born on one day: a plain column of repeating values is quoted)', async () => {
    const text = serials(8).replace(';25097;', ';25000;');
    const bad = dates((await headcount(file(text), excelNl)).diagnostics);
    expect(bad).toHaveLength(8);
    expect(bad[0]!.messageNl).toMatch(/^Geboortedatum \(birth_date\) \(niet getoond: het zijn geboortedata/);
    for (const d of bad) expect(`${d.message} ${d.messageNl}`).not.toMatch(/2\d{4}/);
  });

  it('so does a contract end column of Excel date numbers', async () => {
    const lines = ['Personeelsnummer;Functiecode;FTE;Geboortedatum;Contract;Einddatum'];
    for (let i = 0; i < 6; i++) lines.push(`${1000 + i};F001;0,8;1970-01-0${i + 1};tijdelijk;${46100 + i * 31}`);
    const bad = dates((await headcount(file(`${lines.join('\n')}\n`), excelNl)).diagnostics);
    expect(bad[0]!.messageNl).toMatch(/^Einddatum \(contract_end\) \(niet getoond: het zijn einddatums van contracten, opgeslagen als Excel-datumgetal, en met het regelnummer erbij is zo’n datum van een persoon: spp herhaalt ze niet\): verwacht/);
    expect(bad.slice(1).map((d) => d.messageNl)).toEqual(Array(5).fill('Einddatum (contract_end): hetzelfde als regel 2 (een Excel-datumgetal in plaats van een datum)'));
  });

  it("keeps a short error that quotes its own value as it is on every row (contract 'ja')", async () => {
    const { diagnostics } = await headcount(file(serials(12, (i) => (i % 3 === 0 ? 'ja' : 'vast'))), excelNl);
    const contracts = diagnostics.filter((d) => d.code === 'CSV_BAD_CONTRACT');
    expect(contracts.map((d) => d.line)).toEqual([2, 5, 8, 11]);
    for (const d of contracts) {
      expect(d.messageNl).toBe("Contract 'ja': verwacht vast, tijdelijk, permanent of temporary");
      expect(d.message).toBe("Contract 'ja': expected permanent, vast, temporary or tijdelijk");
    }
  });

  it('still lists at most 100 rows of a code per file, with the summary of the rest', async () => {
    const { diagnostics } = await headcount(file(serials(150)), excelNl);
    const bad = dates(diagnostics);
    expect(bad).toHaveLength(101);
    expect(bad.slice(1, 100).every((d) => d.messageNl === 'Geboortedatum (birth_date): hetzelfde als regel 2 (een Excel-datumgetal in plaats van een datum)')).toBe(true);
    expect(bad[100]!.messageNl).toBe('…en nog 50 regels met dit probleem (CSV_BAD_DATE), niet getoond; de eerste staat op regel 102.');
  });

  it('says a row of another kind in the same column in full once too (a date that does not exist, beside Excel numbers)', async () => {
    const text = serials(4).replace(';25097;', ';31-02-1970;');
    const bad = dates((await headcount(file(text), excelNl)).diagnostics);
    expect(bad.map((d) => d.message)).toEqual([
      "Geboortedatum (birth_date) '25000': expected a real date as YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY or yyyyMMdd; a number like this is how Excel stores a date (days since 1900): format the column as a date (YYYY-MM-DD) before saving the CSV",
      "Geboortedatum (birth_date) '31-02-1970': expected a real date as YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY or yyyyMMdd",
      "Geboortedatum (birth_date) '25194': same as line 2 (an Excel date number instead of a date)",
      "Geboortedatum (birth_date) '25291': same as line 2 (an Excel date number instead of a date)",
    ]);
  });

  it("says excel-nl's point once in full, then with each row's value (FTE 0.8)", async () => {
    const lines = ['Personeelsnummer;Functiecode;FTE;Geboortedatum;Contract'];
    for (let i = 0; i < 4; i++) lines.push(`${1000 + i};F001;0.${8 - (i % 2)};1970-01-0${i + 1};vast`);
    const bad = (await headcount(file(`${lines.join('\n')}\n`), excelNl)).diagnostics.filter((d) => d.code === 'CSV_BAD_NUMBER');
    expect(bad.map((d) => d.messageNl)).toEqual([
      "FTE '0.8': verwacht een deeltijdfactor zoals 0,8 (of een percentage zoals 80%); bij --preset excel-nl is de komma het decimaalteken en groepeert een punt duizendtallen ('1.500' is 1500): schrijf 0,8",
      "FTE '0.7': hetzelfde als regel 2 (een punt, dat in excel-nl duizendtallen groepeert: het decimaalteken is een komma)",
      "FTE '0.8': hetzelfde als regel 2 (een punt, dat in excel-nl duizendtallen groepeert: het decimaalteken is een komma)",
      "FTE '0.7': hetzelfde als regel 2 (een punt, dat in excel-nl duizendtallen groepeert: het decimaalteken is een komma)",
    ]);
  });

  it("says excel-nl's point in a task share of the functions file once in full too", async () => {
    const { diagnostics } = await readFunctions(file('function_id;name;task.a;task.b\nF1;Een;0.5;0,5\nF2;Twee;0.25;0,75\nF3;Drie;0.4;0,6\n'), excelNl);
    expect(diagnostics.filter((d) => d.code === 'CSV_BAD_NUMBER').map((d) => d.messageNl)).toEqual([
      "task.a '0.5': verwacht een aandeel zoals 0,4 (of een percentage zoals 40%); bij --preset excel-nl is de komma het decimaalteken en groepeert een punt duizendtallen ('1.500' is 1500): schrijf 0,5",
      "task.a '0.25': hetzelfde als regel 2 (een punt, dat in excel-nl duizendtallen groepeert: het decimaalteken is een komma)",
      "task.a '0.4': hetzelfde als regel 2 (een punt, dat in excel-nl duizendtallen groepeert: het decimaalteken is een komma)",
    ]);
  });

  it('says the note on values not shown once in full, then refers back to it (personnel numbers in the fte column)', async () => {
    const lines = ['Functiecode;FTE;Personeelsnummer;Geboortedatum;Contract'];
    for (let i = 0; i < 6; i++) lines.push(`F001;E0000${i};0,8;1970-01-0${i + 1};vast`);
    const bad = (await headcount(file(`${lines.join('\n')}\n`), excelNl)).diagnostics.filter((d) => d.code === 'CSV_BAD_NUMBER');
    expect(bad[0]!.messageNl).toMatch(/^FTE \(niet getoond: de foute waarden in deze kolom verschillen per regel, .*verwisseld\): verwacht een deeltijdfactor/);
    expect(bad.slice(1).map((d) => d.messageNl)).toEqual(Array(5).fill('FTE (niet getoond, zie regel 2): verwacht een deeltijdfactor zoals 0,8 (of een percentage zoals 80%)'));
    expect(bad.slice(1).map((d) => d.message)).toEqual(Array(5).fill('FTE (not shown, see line 2): expected a part-time factor like 0,8 or 80%'));
    for (const d of bad) expect(`${d.message} ${d.messageNl}`).not.toMatch(/E0000/);
  });
});
