import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { readPresetHeadcount } from '../../src/io/presets/read-preset-headcount.js';
import { readSnapshot } from '../../src/io/read-snapshot.js';

/**
 * No message may print an employee id (README, Privacy): a problem with a person's row is named by
 * file, line and column. Red-team case 3: the raet-hrcore preset printed the Dossiernummer of an
 * appointment whose person is not in Medewerker.csv ('884213'). Every reader gets an export full of
 * person problems, with ids no message could contain by chance, and no message in either language
 * may hold one.
 */
const IDS = ['884213', '884214', '884215', '884216', '884217', 'ZQX9001', 'ZQX9002', 'ZQX9003', 'ZQX9004'];
const known = new Set(['F001', 'F002']);
const options = { referenceYear: 2026, knownFunctions: known };

function expectNoIds(diagnostics: readonly Diagnostic[], codes: string[]): void {
  for (const code of codes) expect(diagnostics.map((d) => d.code), code).toContain(code);
  for (const d of diagnostics) {
    for (const id of IDS) {
      expect(d.message, `${d.code} (en) shows ${id}`).not.toContain(id);
      expect(d.messageNl, `${d.code} (nl) shows ${id}`).not.toContain(id);
      expect(d.path ?? '', `${d.code} path shows ${id}`).not.toContain(id);
    }
  }
}

function dir(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'spp-ids-'));
  mkdirSync(d, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(d, name), content);
  return d;
}

describe('no employee id in any message', () => {
  it('raet-hrcore: an appointment of an unknown person, a person twice, bad rows', async () => {
    const export_ = dir({
      'Medewerker.csv': '[Dossiernummer]|[Geboortedatum]\n884213|19700101\n884214|19800101\n884214|19810101\n884216|19801301\n884217|\n',
      'Aanstellingen.csv':
        '[Dossiernummer]|[Functiecode]|[Uren per week]|[Begindatum]|[Einddatum]|[Soort contract]|[Indicatie hoofdaanstelling]\n' +
        '884213|F001|36|20100101||Onbepaalde tijd|J\n' +
        '884215|F001|36|20100101||Onbepaalde tijd|J\n' + // not in Medewerker.csv
        '884214|F009|36|20100101||Onbepaalde tijd|J\n' +
        '884213|F002|x|20100101||Onbepaalde tijd|J\n' +
        '884213|F002|4|20100101||Onbepaalde tijd|J\n' +
        '884216|F001|36|20100101||Onbepaalde tijd|Q\n' +
        '884217|F001|36|20100101||Soms|J\n',
      'Functie.csv': '[Functiecode]|[Functienaam]\nF001|Medewerker\n',
    });
    const { diagnostics } = await readPresetHeadcount(export_, 'raet-hrcore', options);
    expectNoIds(diagnostics, ['CSV_UNKNOWN_PERSON', 'CSV_DUPLICATE_ID', 'CSV_BAD_DATE', 'CSV_MISSING_VALUE', 'CSV_UNKNOWN_FUNCTION', 'CSV_BAD_NUMBER', 'PRESET_TWO_MAIN_APPOINTMENTS']);
    const unknown = diagnostics.find((d) => d.code === 'CSV_UNKNOWN_PERSON')!;
    expect(unknown).toMatchObject({ line: 3, column: 1 });
    expect(unknown.message).toMatch(/^the Dossiernummer in this column is not in Medewerker\.csv/);
    const twice = diagnostics.find((d) => d.code === 'CSV_DUPLICATE_ID')!;
    expect(twice).toMatchObject({ line: 4, column: 1 });
    expect(twice.messageNl).toMatch(/^dit \[Dossiernummer\] \(employee_id\) staat al op regel 3; .*\(regel 3 en regel 4\)/);
  });

  it('afas, a plain headcount and excel-nl: a person twice and bad rows', async () => {
    const afas = dir({
      'export.csv':
        'Medewerker;Functie_code;Functie_omschrijving;FTE;Uren_per_week;Begindatum_functie;Einddatum_functie;Geboortedatum;Type_contract\n' +
        'ZQX9001;F001;Medewerker;1;36;2015-01-01;;1970-05-20;Vast\n' +
        'ZQX9002;F009;Medewerker;x;;2015-01-01;;1970-05-20;Vast\n' +
        'ZQX9003;F001;Medewerker;1;36;2015-01-01;;2030-05-20;Soms\n' +
        'ZQX9004;F001;Medewerker;1;36;2015-01-01;;;Vast\n',
    });
    expectNoIds((await readPresetHeadcount(afas, 'afas', options)).diagnostics, ['CSV_UNKNOWN_FUNCTION', 'CSV_BAD_NUMBER', 'CSV_MISSING_VALUE']);

    const plain = 'employee_id,function_id,fte,birth_date,contract\nZQX9001,F001,1,1970-01-01,vast\nZQX9001,F001,1,1970-01-01,vast\nZQX9002,F009,x,1970-13-01,soms\n884213,F001,1,,vast\n';
    const d = dir({ 'headcount.csv': plain, 'excel.csv': plain.replaceAll(',', ';') });
    expectNoIds((await readPresetHeadcount(join(d, 'headcount.csv'), undefined, options)).diagnostics, ['CSV_DUPLICATE_ID', 'CSV_UNKNOWN_FUNCTION', 'CSV_BAD_NUMBER', 'CSV_BAD_DATE']);
    expectNoIds((await readPresetHeadcount(join(d, 'excel.csv'), 'excel-nl', options)).diagnostics, ['CSV_DUPLICATE_ID', 'CSV_UNKNOWN_FUNCTION']);
    // The snapshot reader of calibrate and backtest, which keeps the ids (hashed) to link people.
    expectNoIds((await readSnapshot(join(d, 'headcount.csv'), undefined, options)).diagnostics, ['CSV_DUPLICATE_ID']);
  });
});
