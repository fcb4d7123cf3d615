import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { Cell } from '../../src/domain/workforce.js';
import { parseDecimalComma, parseNumber } from '../../src/io/csv/parse-values.js';
import { readFunctions } from '../../src/io/read-functions.js';
import { readAfas } from '../../src/io/presets/read-afas.js';
import { presetCsvOptions, readPresetHeadcount } from '../../src/io/presets/read-preset-headcount.js';
import { findRaetFiles, readRaetHrCore } from '../../src/io/presets/read-raet-hrcore.js';

const known = new Set(['F001', 'F002', 'F003']);
const base = { referenceYear: 2026, fulltimeHours: 36, knownFunctions: known };
const brief = (cells: Cell[]) => cells.map((c) => [c.functionId, c.birthYear, c.birthMonth, c.contract, c.endYear, c.persons, Number(c.fte.toFixed(4))]);
const codes = (ds: { code: string }[]) => ds.map((d) => d.code);

describe('raet-hrcore', () => {
  const folder = 'fixtures/presets/raet-hrcore/export';

  it('counts running appointments with their own hours and each person once, in the main appointment', async () => {
    const { value, diagnostics } = await readRaetHrCore(folder, base);
    // Hand-computed from the fixture (36-hour week, 1 January 2026):
    // 1001 F001 36h main; 1002 F002 24h temporary to 2026 (main) + F001 12h (no person);
    // 1003 F001 ended 31-12-2025, F002 28,8h from 1-1-2026 counts; 1004 F003 18h (99991231 = open),
    // F001 from 1-3-2026 not yet; 1005 ended in 2015.
    expect(brief(value.cells)).toEqual([
      ['F001', 1965, 3, 'permanent', null, 1, 1],
      ['F001', 1988, 7, 'permanent', null, 0, 0.3333],
      ['F002', 1988, 7, 'temporary', 2026, 1, 0.6667],
      ['F002', 1992, 11, 'permanent', null, 1, 0.8],
      ['F003', 1959, 1, 'permanent', null, 1, 0.5],
    ]);
    expect(value.persons).toBe(4);
    expect(value.fte).toBeCloseTo(3.3, 10);
    expect(value.rows).toBe(8);
    expect(diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
    const ended = diagnostics.find((d) => d.code === 'PRESET_ENDED_NOT_COUNTED');
    expect(ended).toMatchObject({ line: 5, file: expect.stringMatching(/Aanstellingen\.csv$/) });
    expect(ended?.message).toMatch(/^2 appointments ended before 1 January 2026/);
    expect(diagnostics.find((d) => d.code === 'PRESET_FUTURE_NOT_COUNTED')).toMatchObject({ line: 8 });
  });

  it('reads the export from any one of its files, and the same input gives the same cells', async () => {
    const files = await findRaetFiles(`${folder}/Functie.csv`);
    expect(files.folder).toBe(folder);
    expect(files.appointments).toBe(join(folder, 'Aanstellingen.csv'));
    const a = await readRaetHrCore(`${folder}/Medewerker.csv`, base);
    const b = await readRaetHrCore(folder, base);
    expect(a.value).toEqual(b.value);
  });

  it('reports unknown persons and functions with file, line and column, naming the function from Functie.csv', async () => {
    const { value, diagnostics } = await readRaetHrCore('fixtures/presets/raet-hrcore-errors/export', { ...base, knownFunctions: new Set(['F001']) });
    const errors = diagnostics.filter((d) => d.severity !== 'notice').map((d) => [d.code, d.file.split('/').pop(), d.line, d.column]);
    expect(errors).toEqual([
      ['CSV_BAD_DATE', 'medewerker.csv', 3, 2],
      ['CSV_UNKNOWN_PERSON', 'aanstellingen.csv', 3, 1],
      ['PRESET_FUNCTION_NOT_IN_EXPORT', 'aanstellingen.csv', 4, 2],
      ['CSV_UNKNOWN_FUNCTION', 'aanstellingen.csv', 4, 2],
      ['CSV_UNKNOWN_FUNCTION', 'aanstellingen.csv', 5, 2],
    ]);
    const f004 = diagnostics.find((d) => d.code === 'CSV_UNKNOWN_FUNCTION' && d.line === 5);
    expect(f004?.message).toContain('"Toezichthouder Openbare Ruimte" in the export');
    // Only 2001's F001 appointment is left; 2002 has a bad birth date (reported in medewerker.csv only).
    expect(brief(value.cells)).toEqual([['F001', 1970, 1, 'permanent', null, 1, 1]]);
  });

  it("says which code the functions file gives the export's function name: renumbered, not misspelt", async () => {
    const functionNames = new Map([['F001', 'Medewerker Burgerzaken'], ['F046', '  toezichthouder  openbare ruimte']]);
    const { diagnostics } = await readRaetHrCore('fixtures/presets/raet-hrcore-errors/export', { ...base, knownFunctions: new Set(['F001', 'F046']), functionNames, functionsFile: 'functies.csv' });
    const f004 = diagnostics.find((d) => d.code === 'CSV_UNKNOWN_FUNCTION' && d.line === 5)!;
    expect(f004.message).toBe(`[Functiecode] (function_id) 'F004' ("Toezichthouder Openbare Ruimte" in the export) is not in the functions file: expected a row for it in functies.csv. In functies.csv, 'Toezichthouder Openbare Ruimte' has the code 'F046'.`);
    expect(f004.messageNl).toContain("staat niet in het functiebestand: verwacht er een regel voor in functies.csv. In functies.csv heeft 'Toezichthouder Openbare Ruimte' de code 'F046'.");
    // A name two functions share points at neither.
    const shared = await readRaetHrCore('fixtures/presets/raet-hrcore-errors/export', { ...base, knownFunctions: new Set(['F001', 'F046', 'F047']), functionNames: new Map([...functionNames, ['F047', 'Toezichthouder Openbare Ruimte']]) });
    expect(shared.diagnostics.find((d) => d.code === 'CSV_UNKNOWN_FUNCTION' && d.line === 5)!.message).not.toContain('has the code');
  });

  it('refuses a folder without Aanstellingen.csv with exit code 2', async () => {
    await expect(readRaetHrCore('fixtures/presets/afas/export', base)).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('Medewerker.csv and Aanstellingen.csv') });
  });

  it('takes the appointment with the most hours when none is flagged main, and warns past 1.5 FTE', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-raet-'));
    writeFileSync(join(dir, 'Medewerker.csv'), '[Dossiernummer]|[Geboortedatum]\n1|19800101\n');
    writeFileSync(
      join(dir, 'Aanstellingen.csv'),
      '[Dossiernummer]|[Functiecode]|[Uren per week]|[Begindatum]\n1|F001|12|20200101\n1|F002|30|20200101\n1|F003|18|20200101\n',
    );
    const { value, diagnostics } = await readRaetHrCore(dir, base);
    expect(value.cells.map((c) => [c.functionId, c.persons])).toEqual([['F001', 0], ['F002', 1], ['F003', 0]]);
    expect(value.fte).toBeCloseTo(60 / 36, 10);
    expect(diagnostics.find((d) => d.code === 'PRESET_PERSON_FTE_HIGH')).toMatchObject({ line: 4, column: 3 });
    expect(codes(diagnostics)).toContain('PRESET_FILE_MISSING');
  });
});

describe('afas', () => {
  it('counts rows running on 1 January and each person once, in the row with the largest FTE', async () => {
    const { value, diagnostics, file } = await readAfas('fixtures/presets/afas/export', base);
    expect(file).toBe(join('fixtures/presets/afas/export', 'medewerkers-functies.csv'));
    // M01 1 FTE; M02: F001 ended 2024, F002 0,8 (largest: the person) + F003 0,2;
    // M03 32 h / 36 = 0.8889 temporary to 2027; M04 starts 1-4-2026.
    expect(brief(value.cells)).toEqual([
      ['F001', 1970, 5, 'permanent', null, 1, 1],
      ['F002', 1985, 9, 'permanent', null, 1, 0.8],
      ['F002', 1995, 2, 'temporary', 2027, 1, 0.8889],
      ['F003', 1985, 9, 'permanent', null, 0, 0.2],
    ]);
    expect(value.persons).toBe(3);
    expect(value.fte).toBeCloseTo(2 + 32 / 36, 10);
    expect(diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
    expect(diagnostics.find((d) => d.code === 'PRESET_ENDED_NOT_COUNTED')).toMatchObject({ line: 3 });
    expect(diagnostics.find((d) => d.code === 'PRESET_FUTURE_NOT_COUNTED')).toMatchObject({ line: 7 });
  });

  it('reports a bad FTE and an unknown function with line and column and the export name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-afas-'));
    const path = join(dir, 'export.csv');
    writeFileSync(
      path,
      'Medewerker;Functie_code;Functie_omschrijving;FTE;Begindatum_functie;Einddatum_functie;Geboortedatum\nA;F009;Handhaver;1;2020-01-01;;1980-01-01\nB;F001;x;2,5;2020-01-01;;1980-01-01\n',
    );
    const { diagnostics } = await readAfas(path, base);
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.line, d.column])).toEqual([
      ['CSV_UNKNOWN_FUNCTION', 2, 2],
      ['CSV_OUT_OF_RANGE', 3, 4],
    ]);
    expect(diagnostics[0]?.message).toContain('"Handhaver" in the export');
  });

  // Found by a probe on an AFAS export: a row with FTE 1,5 (54 hours at 36; a typo for 0,5?) was
  // counted without a word, where a plain headcount warns CSV_FTE_ABOVE_WEEK once per file.
  it('warns once, at the first, about appointments of more than 40 hours a week, from FTE or from hours alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-afas-'));
    const path = join(dir, 'export.csv');
    writeFileSync(
      path,
      'Medewerker;Functie_code;Functie_omschrijving;FTE;Uren_per_week;Begindatum_functie;Einddatum_functie;Geboortedatum\n' +
        'A;F001;x;1;36;01-01-2020;;01-01-1980\nB;F001;x;1,5;54;01-01-2020;;01-01-1980\nC;F002;y;;45;01-01-2020;;01-01-1980\n',
    );
    const { value, diagnostics } = await readAfas(path, base);
    const warnings = diagnostics.filter((d) => d.code === 'CSV_FTE_ABOVE_WEEK');
    expect(warnings.map((d) => [d.severity, d.line, d.column])).toEqual([['warning', 3, 4]]);
    expect(warnings[0]?.message).toContain('2 rows have more than 40 hours a week (first here: FTE 1,5 = 54 hours');
    expect(value.fte).toBeCloseTo(1 + 1.5 + 45 / 36, 10);
    // Within a working week: no warning.
    writeFileSync(path, 'Medewerker;Functie_code;Functie_omschrijving;FTE;Begindatum_functie;Einddatum_functie;Geboortedatum\nA;F001;x;1,1;01-01-2020;;01-01-1980\n');
    expect((await readAfas(path, base)).diagnostics.map((d) => d.code)).not.toContain('CSV_FTE_ABOVE_WEEK');
  });

  it('prints no personnel number when the employee and function columns are swapped (the function column holds them)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-afas-'));
    const path = join(dir, 'export.csv');
    // The header names the columns the wrong way round: Medewerker holds function codes, Functie_code the Dossiernummers.
    writeFileSync(path, 'Functie_code;Medewerker;FTE;Begindatum_functie;Einddatum_functie;Geboortedatum\nM00417;F001;1;2020-01-01;;1980-01-01\nM00952;F001;1;2020-01-01;;1981-01-01\nM01186;F009;1;2020-01-01;;1982-01-01\n');
    const exportFunctions = { ...base, knownFunctions: new Set(['F001', 'F009']) };
    const { diagnostics } = await readAfas(path, exportFunctions);
    const errors = diagnostics.filter((d) => d.code === 'CSV_UNKNOWN_FUNCTION');
    expect(errors.map((d) => [d.line, d.column])).toEqual([
      [2, 1],
      [3, 1],
      [4, 1],
    ]);
    for (const d of diagnostics) {
      for (const text of [d.message, d.messageNl ?? '']) expect(text).not.toMatch(/M0\d{4}/);
    }
    expect(errors[0]?.messageNl).toBe("Functie_code (function_id) bevat hier geen functiecode (de waarde wordt niet getoond: waarschijnlijk een personeelsnummer), terwijl Medewerker (employee_id) de functiecode 'F001' bevat: zijn de twee kolommen verwisseld?");
    // Said in full once; the rows after it refer back to it (README, "Diagnostics").
    expect(errors.slice(1).map((d) => d.messageNl)).toEqual(Array(2).fill('Functie_code (function_id): hetzelfde als regel 2 (geen functiecode maar waarschijnlijk een personeelsnummer, niet getoond: zijn de kolommen verwisseld?)'));
  });

  it('says a date of the right form that does not exist (31-02-2025) is not a real date, in every date column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-afas-'));
    const path = join(dir, 'export.csv');
    writeFileSync(
      path,
      'Medewerker;Functie_code;FTE;Begindatum_functie;Einddatum_functie;Geboortedatum;Type_contract;Einddatum_contract\nA;F001;1;31-02-2025;;1980-01-01;Vast;\nB;F001;1;2020-01-01;30-02-2027;1980-01-01;Vast;\nC;F001;1;2020-01-01;;1980-01-01;Tijdelijk;31-04-2026\n',
    );
    const { diagnostics } = await readAfas(path, base);
    const bad = diagnostics.filter((d) => d.code === 'CSV_BAD_DATE');
    expect(bad.map((d) => [d.line, d.column])).toEqual([
      [2, 4],
      [3, 5],
      [4, 8],
    ]);
    for (const d of bad) {
      expect(d.message).toMatch(/'3\d-0\d-20\d\d': expected a real date as /);
      expect(d.messageNl).toMatch(/: verwacht een bestaande datum als /);
    }
  });

  it("says so for a plain headcount's contract_end too", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-plain-'));
    writeFileSync(join(dir, 'headcount.csv'), 'employee_id,function_id,fte,birth_date,contract,contract_end\nA,F001,1,1980-01-01,temporary,31-02-2027\n');
    const { diagnostics } = await readPresetHeadcount(join(dir, 'headcount.csv'), undefined, base);
    expect(diagnostics.find((d) => d.code === 'CSV_BAD_DATE')).toMatchObject({ line: 2, column: 6, message: expect.stringContaining("'31-02-2027': expected a real date as") });
  });
});

describe('excel-nl', () => {
  it('reads both files with ;, decimal comma and dd-mm-jjjj, in Windows-1252 and UTF-8 with BOM', async () => {
    const functions = await readFunctions('fixtures/presets/excel-nl/functions.csv', presetCsvOptions('excel-nl', {}));
    expect(functions.diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
    expect(functions.value.map((f) => [f.id, f.name, f.pay])).toEqual([
      ['F001', 'Medewerker Burgerzaken', 44200],
      ['F002', 'Beleidsmedewerker Sociaal Domein', 62000],
      ['F003', 'Coördinator Wijkteam', 58000],
    ]);
    expect(functions.value[0]?.tasks.administrative).toBeCloseTo(0.7, 12);
    const { value, diagnostics } = await readPresetHeadcount('fixtures/presets/excel-nl/headcount.csv', 'excel-nl', base);
    expect(diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
    expect(brief(value.cells)).toEqual([
      ['F001', 1965, 3, 'permanent', null, 1, 1],
      ['F001', 1988, 7, 'temporary', 2027, 1, 0.8],
      ['F002', 1992, 11, 'permanent', null, 1, 0.5556],
      ['F003', 1975, 1, 'permanent', null, 1, 1],
    ]);
    expect(value.fte).toBeCloseTo(3.3556, 10);
  });

  it('reads 1.500 as fifteen hundred and 0,8 as 0.8 without ambiguity', async () => {
    expect(parseDecimalComma('1.500')).toBe(1500);
    expect(parseDecimalComma('0,8')).toBeCloseTo(0.8, 12);
    expect(parseDecimalComma('1.234,56')).toBeCloseTo(1234.56, 10);
    expect(parseDecimalComma('1.5')).toBeUndefined();
    expect(parseNumber('1.500')).toBe(1.5); // without the preset a lone point is a decimal mark
    const dir = mkdtempSync(join(tmpdir(), 'spp-excel-'));
    const path = join(dir, 'headcount.csv');
    writeFileSync(path, 'functiecode;deeltijdfactor;leeftijd\nF001;1.500;40\nF001;0,8;40\n');
    const withPreset = await readPresetHeadcount(path, 'excel-nl', base);
    expect(withPreset.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['CSV_OUT_OF_RANGE', 2, 2]]);
    expect(withPreset.value.fte).toBeCloseTo(0.8, 12);
    const without = await readPresetHeadcount(path, undefined, base);
    expect(without.value.fte).toBeCloseTo(2.3, 12);
  });

  it('refuses a folder as headcount without a multi-file preset', async () => {
    await expect(readPresetHeadcount(resolve('fixtures/presets/afas/export'), undefined, base)).rejects.toMatchObject({ exitCode: 2 });
  });
});

describe('a row of more than a working week', () => {
  it('is counted but warned about once, at the first such line, in an excel-nl file and a plain one (fte or hours)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-week-'));
    writeFileSync(join(dir, 'nl.csv'), 'personeelsnummer;functiecode;deeltijdfactor;geboortedatum\nA;F001;0,8;01-01-1980\nB;F001;1,5;01-01-1980\nC;F001;1,2;01-01-1980\nD;F001;1,1111;01-01-1980\n');
    const nl = await readPresetHeadcount(join(dir, 'nl.csv'), 'excel-nl', base);
    expect(nl.value.fte).toBeCloseTo(0.8 + 1.5 + 1.2 + 1.1111, 6);
    const warned = nl.diagnostics.filter((d) => d.code === 'CSV_FTE_ABOVE_WEEK');
    expect(warned.map((d) => [d.severity, d.line, d.column])).toEqual([['warning', 3, 3]]);
    expect(warned[0]?.messageNl).toMatch(/^2 regels hebben meer dan 40 uur per week \(de eerste hier: deeltijdfactor \(fte\) 1,5 = 54 uur, bij een werkweek van 36 uur\)/);
    writeFileSync(join(dir, 'plain.csv'), 'employee_id,function_id,hours_per_week,birth_date\nA,F001,36,1980-01-01\nB,F001,40,1980-01-01\nC,F001,45,1980-01-01\n');
    const plain = await readPresetHeadcount(join(dir, 'plain.csv'), undefined, base);
    expect(plain.diagnostics.filter((d) => d.code === 'CSV_FTE_ABOVE_WEEK').map((d) => [d.line, d.column, d.message])).toEqual([
      [4, 3, '1 row has more than 40 hours a week (first here: hours_per_week 45 = 45 hours, with a 36-hour week): a typo, or FTE on another base? Counted as written'],
    ]);
  });
});

describe('failing values of a per-person column in an AFAS or Raet export (README, "Privacy in every output": messages)', () => {
  /** An AFAS export of `births.length` people, one running appointment each; `row(i)` changes a row's other cells. */
  const afas = (births: string[], row = (line: string, _i: number) => line): string => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-afas-'));
    const path = join(dir, 'export.csv');
    const lines = ['Medewerker;Functie_code;Functie_omschrijving;FTE;Uren_per_week;Begindatum_functie;Einddatum_functie;Geboortedatum;Type_contract;Einddatum_contract'];
    births.forEach((birth, i) => lines.push(row(`M0${100 + i};F001;Medewerker Burgerzaken;1;36;2015-01-01;;${birth};Vast;`, i)));
    writeFileSync(path, `${lines.join('\n')}\n`);
    return path;
  };
  /** A Raet export folder of `births.length` people (Medewerker.csv), one running appointment each. */
  const raet = (births: string[]): string => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-raet-'));
    writeFileSync(join(dir, 'Medewerker.csv'), `${['[Dossiernummer]|[Achternaam]|[Geboortedatum]', ...births.map((b, i) => `${1001 + i}|N${i}|${b}`)].join('\n')}\n`);
    writeFileSync(join(dir, 'Aanstellingen.csv'), `${['[Dossiernummer]|[Functiecode]|[Uren per week]|[Begindatum]|[Einddatum]|[Soort contract]|[Indicatie hoofdaanstelling]', ...births.map((_, i) => `${1001 + i}|F001|36|20100101||Onbepaalde tijd|J`)].join('\n')}\n`);
    writeFileSync(join(dir, 'Functie.csv'), '[Functiecode]|[Functienaam]\nF001|Medewerker Burgerzaken\n');
    return dir;
  };
  /** Excel date numbers of birth dates (25000, 25097, …: 1968–1970), each on one row. */
  const serials = (n: number) => Array.from({ length: n }, (_, i) => String(25000 + i * 97));
  const dates = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'CSV_BAD_DATE');
  const texts = (ds: { message: string; messageNl?: string }[]) => ds.flatMap((d) => [d.message, d.messageNl ?? '']);
  const excelHint = 'zo’n getal is hoe Excel een datum opslaat (dagen sinds 1900): maak de kolom een datumkolom (JJJJ-MM-DD) voordat u de CSV opslaat';
  const birthNote = '(niet getoond: het zijn geboortedata, opgeslagen als Excel-datumgetal, en met het regelnummer erbij is zo’n datum van een persoon: spp herhaalt ze niet)';
  const genericNote = '(niet getoond: de foute waarden in deze kolom verschillen per regel, zoals personeelsnummers en geboortedata, en spp herhaalt ze niet; zijn het personeelsnummers, dan zijn de kolommen verwisseld)';

  it('afas: hides Excel date numbers of birth dates, explains them on the first row and says it short after (every birth date was quoted, without the hint)', async () => {
    const { diagnostics } = await readAfas(afas(serials(6)), base);
    const bad = dates(diagnostics);
    expect(bad.map((d) => [d.line, d.column])).toEqual(Array.from({ length: 6 }, (_, i) => [i + 2, 8]));
    expect(bad[0]!.messageNl).toBe(`Geboortedatum (birth_date) ${birthNote}: verwacht een bestaande datum als JJJJ-MM-DD, DD-MM-JJJJ, DD/MM/JJJJ of JJJJMMDD; ${excelHint}`);
    expect(bad[0]!.message).toMatch(/^Geboortedatum \(birth_date\) \(not shown: they are birth dates, saved as Excel date numbers.*\): expected a real date .*; a number like this is how Excel stores a date/);
    expect(bad.slice(1).map((d) => d.messageNl)).toEqual(Array(5).fill('Geboortedatum (birth_date): hetzelfde als regel 2 (een Excel-datumgetal in plaats van een datum)'));
    expect(bad.slice(1).map((d) => d.message)).toEqual(Array(5).fill('Geboortedatum (birth_date): same as line 2 (an Excel date number instead of a date)'));
    for (const t of texts(diagnostics)) expect(t).not.toMatch(/2\d{4}|M0\d{3}|personeelsnummer|personnel number/);
  });

  it('raet-hrcore: hides Excel date numbers in Medewerker.csv the same way', async () => {
    const { diagnostics } = await readRaetHrCore(raet(serials(6)), base);
    const bad = dates(diagnostics);
    expect(bad.map((d) => [d.line, d.column])).toEqual(Array.from({ length: 6 }, (_, i) => [i + 2, 3]));
    expect(bad[0]!.messageNl).toBe(`[Geboortedatum] (birth_date) ${birthNote}: verwacht een bestaande datum als JJJJMMDD, JJJJ-MM-DD, DD-MM-JJJJ of DD/MM/JJJJ; ${excelHint}`);
    expect(bad.slice(1).map((d) => d.messageNl)).toEqual(Array(5).fill('[Geboortedatum] (birth_date): hetzelfde als regel 2 (een Excel-datumgetal in plaats van een datum)'));
    for (const t of texts(diagnostics)) expect(t).not.toMatch(/2\d{4}/);
  });

  it('keeps Excel birth dates hidden when two people share a birthday', async () => {
    const births = serials(6);
    births[3] = births[0]!;
    for (const { diagnostics } of [await readAfas(afas(births), base), await readRaetHrCore(raet(births), base)]) {
      expect(dates(diagnostics)[0]!.messageNl).toContain(birthNote);
      for (const t of texts(diagnostics)) expect(t).not.toMatch(/2\d{4}/);
    }
  });

  it('hides five or more distinct dates that do not exist, with the note on values that differ on every row', async () => {
    const afasBirths = Array.from({ length: 5 }, (_, i) => `3${i % 2}-02-19${70 + i}`);
    const raetBirths = Array.from({ length: 5 }, (_, i) => `19${70 + i}023${i % 2}`);
    const a = dates((await readAfas(afas(afasBirths), base)).diagnostics);
    const r = dates((await readRaetHrCore(raet(raetBirths), base)).diagnostics);
    expect(a[0]!.messageNl).toBe(`Geboortedatum (birth_date) ${genericNote}: verwacht een bestaande datum als JJJJ-MM-DD, DD-MM-JJJJ, DD/MM/JJJJ of JJJJMMDD`);
    expect(a.slice(1).map((d) => d.messageNl)).toEqual(Array(4).fill('Geboortedatum (birth_date) (niet getoond, zie regel 2): verwacht een bestaande datum als JJJJ-MM-DD, DD-MM-JJJJ, DD/MM/JJJJ of JJJJMMDD'));
    expect(r[0]!.messageNl).toBe(`[Geboortedatum] (birth_date) ${genericNote}: verwacht een bestaande datum als JJJJMMDD, JJJJ-MM-DD, DD-MM-JJJJ of DD/MM/JJJJ`);
    expect(r.slice(1).map((d) => d.messageNl)).toEqual(Array(4).fill('[Geboortedatum] (birth_date) (niet getoond, zie regel 2): verwacht een bestaande datum als JJJJMMDD, JJJJ-MM-DD, DD-MM-JJJJ of DD/MM/JJJJ'));
    for (const t of texts([...a, ...r])) expect(t).not.toMatch(/02-197|197\d023/);
  });

  it('still quotes the values of one to four bad rows, as a plain headcount does (a typo is found by its value)', async () => {
    const a = dates((await readAfas(afas([...serials(2), '31-02-1970', '1980-01-01']), base)).diagnostics);
    expect(a.map((d) => d.messageNl)).toEqual([
      `Geboortedatum (birth_date) '25000': verwacht een bestaande datum als JJJJ-MM-DD, DD-MM-JJJJ, DD/MM/JJJJ of JJJJMMDD; ${excelHint}`,
      "Geboortedatum (birth_date) '25097': hetzelfde als regel 2 (een Excel-datumgetal in plaats van een datum)",
      "Geboortedatum (birth_date) '31-02-1970': verwacht een bestaande datum als JJJJ-MM-DD, DD-MM-JJJJ, DD/MM/JJJJ of JJJJMMDD",
    ]);
    const r = dates((await readRaetHrCore(raet(['19700230', '19710231', '19720230', '19730231', '19800101']), base)).diagnostics);
    expect(r.map((d) => d.messageNl)).toEqual(['19700230', '19710231', '19720230', '19730231'].map((b) => `[Geboortedatum] (birth_date) '${b}': verwacht een bestaande datum als JJJJMMDD, JJJJ-MM-DD, DD-MM-JJJJ of DD/MM/JJJJ`));
  });

  it('hides personnel numbers in the hours column and Excel numbers of contract ends, and quotes a value that comes back', async () => {
    const births = Array(6).fill('1980-01-01') as string[];
    // Uren_per_week holds personnel numbers (FTE empty); then contract ends as Excel date numbers; then one FTE typo on every row.
    const hours = (await readAfas(afas(births, (line, i) => line.replace(';1;36;', `;;E0000${i};`)), base)).diagnostics.filter((d) => d.code === 'CSV_BAD_NUMBER');
    expect(hours[0]!.messageNl).toBe(`Uren_per_week (hours_per_week) ${genericNote}: verwacht een aantal uren, bijvoorbeeld 32 of 32,5`);
    expect(hours.slice(1).map((d) => d.messageNl)).toEqual(Array(5).fill('Uren_per_week (hours_per_week) (niet getoond, zie regel 2): verwacht een aantal uren, bijvoorbeeld 32 of 32,5'));
    for (const t of texts(hours)) expect(t).not.toMatch(/E0000/);

    const ends = dates((await readAfas(afas(births, (line, i) => line.replace(';Vast;', `;Tijdelijk;${46100 + i * 31}`)), base)).diagnostics);
    expect(ends[0]!.messageNl).toMatch(/^Einddatum_contract \(contract_end\) \(niet getoond: het zijn einddatums van contracten, opgeslagen als Excel-datumgetal, .*\): verwacht .*; zo’n getal is hoe Excel/);
    expect(ends.slice(1).map((d) => d.messageNl)).toEqual(Array(5).fill('Einddatum_contract (contract_end): hetzelfde als regel 2 (een Excel-datumgetal in plaats van een datum)'));

    const typo = (await readAfas(afas(births, (line) => line.replace(';1;36;', ';1x;36;')), base)).diagnostics.filter((d) => d.code === 'CSV_BAD_NUMBER');
    expect(typo).toHaveLength(6);
    for (const d of typo) expect(d.messageNl).toMatch(/^FTE '1x': verwacht een deeltijdfactor zoals 0,8/);
  });

  // Found in review: a plain headcount hides unknown function codes that are each on one row (personnel
  // numbers in the function column), but AFAS and Raet exports quoted every one of them.
  const unknown = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'CSV_UNKNOWN_FUNCTION');

  it('hides unknown function codes that each belong to one employee, in AFAS and Raet exports, as a plain headcount does', async () => {
    const births = Array(6).fill('1980-01-01') as string[];
    // AFAS: Functie_code holds a Dossiernummer (D2001…); the first employee has two appointments, both with theirs.
    const path = afas(births, (line, i) => line.replace(';F001;', `;D${2001 + i};`));
    writeFileSync(path, `${readFileSync(path, 'utf8')}M0100;D2001;Medewerker Burgerzaken;0,2;;2019-01-01;;1980-01-01;Vast;\n`);
    const a = unknown((await readAfas(path, base)).diagnostics);
    expect(a.map((d) => d.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(a[0]!.messageNl).toBe(
      'Functie_code (function_id) van deze regel staat niet in het functiebestand functions.csv: net als alle 6 onbekende waarden in deze kolom hoort hij bij één medewerker, zoals een personeelsnummer, dus geen ervan wordt getoond. Wijst Functie_code (function_id) de kolom met functiecodes aan?',
    );
    expect(a.slice(1).map((d) => d.message)).toEqual(Array(6).fill('Functie_code (function_id) of this row is not in the functions file functions.csv: same as line 2 (a value of one employee only, as a personnel number; not shown)'));
    for (const t of texts(a)) expect(t).not.toMatch(/D20\d\d/);

    // Raet: the same in Aanstellingen.csv.
    const dir = raet(births);
    const file = join(dir, 'Aanstellingen.csv');
    writeFileSync(file, readFileSync(file, 'utf8').split('\n').map((l, i) => l.replace('|F001|', `|D${2000 + i}|`)).join('\n'));
    const r = unknown((await readRaetHrCore(dir, base)).diagnostics);
    expect(r).toHaveLength(6);
    expect(r[0]!.messageNl).toMatch(/^\[Functiecode\] \(function_id\) van deze regel staat niet in het functiebestand functions\.csv: net als alle 6 onbekende waarden/);
    for (const t of texts(r)) expect(t).not.toMatch(/D20\d\d/);
  });

  it('still quotes an unknown code that two employees share (a code, not a personnel number), and one to four codes', async () => {
    const births = Array(6).fill('1980-01-01') as string[];
    const shared = unknown((await readAfas(afas(births, (line, i) => line.replace(';F001;', i < 2 ? ';F009;' : `;D${2001 + i};`)), base)).diagnostics);
    expect(shared).toHaveLength(6);
    expect(shared[0]!.messageNl).toMatch(/^Functie_code \(function_id\) 'F009' \("Medewerker Burgerzaken" in de export\) staat niet in het functiebestand/);
    const few = unknown((await readAfas(afas(births, (line, i) => (i < 4 ? line.replace(';F001;', `;F00${5 + i};`) : line)), base)).diagnostics);
    expect(few.map((d) => /'(F00\d)'/.exec(d.messageNl ?? '')?.[1])).toEqual(['F005', 'F006', 'F007', 'F008']);
  });

  it("says the function column holds the row's own personnel number without showing it", async () => {
    const births = Array(3).fill('1980-01-01') as string[];
    const a = unknown((await readAfas(afas(births, (line, i) => line.replace(';F001;', `;M0${100 + i};`)), base)).diagnostics);
    expect(a.map((d) => d.messageNl)).toEqual([
      'Functie_code (function_id) bevat hier dezelfde waarde als Medewerker (employee_id) (niet getoond: een personeelsnummer), geen functiecode: wijst function_id de kolom met medewerkers aan?',
      'Functie_code (function_id): hetzelfde als regel 2 (het personeelsnummer van de regel, niet getoond, in plaats van een functiecode)',
      'Functie_code (function_id): hetzelfde als regel 2 (het personeelsnummer van de regel, niet getoond, in plaats van een functiecode)',
    ]);
    for (const t of texts(a)) expect(t).not.toMatch(/M01\d\d/);
  });
});
