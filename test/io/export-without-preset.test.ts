import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHeadcount } from '../../src/io/read-headcount.js';
import { readPresetHeadcount } from '../../src/io/presets/read-preset-headcount.js';

/**
 * An HR-system export read without its preset gives a row error per appointment; one notice on its
 * header line says which preset to use. With the AFAS preset, FTE and hours that disagree are noted
 * as in a plain headcount (a consultant probe found both silent).
 */

const dir = mkdtempSync(join(tmpdir(), 'spp-export-hint-'));
const file = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const options = { referenceYear: 2026, fulltimeHours: 36 };

const AFAS_HEADER = 'Medewerker;Functie_code;Functie_omschrijving;FTE;Uren_per_week;Begindatum_functie;Einddatum_functie;Geboortedatum;Type_contract;Einddatum_contract\n';

describe('a headcount that is an HR-system export, read without --preset', () => {
  it('an AFAS export: one notice on the header line naming --preset afas, in both languages', async () => {
    const path = file('afas.csv', AFAS_HEADER + '10151;F01;Medewerker;1;36;01-01-2010;;14-03-1975;Bepaalde tijd;01-06-2027\n10151;F02;Medewerker;0,5;18;01-01-2011;;14-03-1975;Onbepaalde tijd;\n');
    const { diagnostics } = await readHeadcount(path, options);
    const hints = diagnostics.filter((d) => d.code === 'CSV_LOOKS_LIKE_EXPORT');
    expect(hints).toHaveLength(1);
    expect(hints[0]).toMatchObject({ severity: 'notice', line: 1, column: 0 });
    expect(hints[0]!.messageNl).toMatch(/^dit lijkt een AFAS-export: gebruik --preset afas/);
    expect(hints[0]!.message).toMatch(/^this looks like an AFAS export: use --preset afas/);
    // The rows' own problems (the same employee twice) still come; the hint comes first.
    expect(diagnostics.some((d) => d.code === 'CSV_DUPLICATE_ID')).toBe(true);
  });

  it('a Raet Aanstellingen.csv with its [bracketed] headers: the notice names --preset raet-hrcore', async () => {
    const path = file('Aanstellingen.csv', '[Dossiernummer]|[Functiecode]|[Uren per week]|[Begindatum]|[Einddatum]\n1001|F01|36|20100101|\n');
    const { diagnostics } = await readHeadcount(path, { ...options, delimiter: '|' });
    expect(diagnostics.filter((d) => d.code === 'CSV_LOOKS_LIKE_EXPORT').map((d) => d.message)).toEqual([expect.stringMatching(/Raet HR Core export: use --preset raet-hrcore/)]);
  });

  it('a plain headcount — even with spp\'s own names for every column an export has — gets no such notice', async () => {
    const plain = file('plain.csv', 'employee_id,function_id,fte,start_date,birth_date\nP1,F01,1,2010-01-01,1975-03-14\n');
    const dutch = file('dutch.csv', 'personeelsnummer;functiecode;uren;begindatum;geboortedatum\nP1;F01;36;01-01-2010;14-03-1975\n');
    for (const path of [plain, dutch]) {
      const { diagnostics } = await readHeadcount(path, options);
      expect(diagnostics.map((d) => d.code)).not.toContain('CSV_LOOKS_LIKE_EXPORT');
    }
  });

  it('read with its preset, the export gets no such notice', async () => {
    const path = file('afas-ok.csv', AFAS_HEADER + '10151;F01;Medewerker;1;36;01-01-2010;;14-03-1975;Onbepaalde tijd;\n');
    const { diagnostics } = await readPresetHeadcount(path, 'afas', options);
    expect(diagnostics.map((d) => d.code)).not.toContain('CSV_LOOKS_LIKE_EXPORT');
  });
});

describe('the AFAS preset: FTE and Uren_per_week that disagree', () => {
  it('uses FTE and says so once, at the first such row, naming the columns as the export does', async () => {
    const path = file(
      'afas-conflict.csv',
      AFAS_HEADER +
        '1;F01;Medewerker;0,5;18;01-01-2010;;14-03-1975;Onbepaalde tijd;\n' +
        '2;F01;Medewerker;1;18;01-01-2010;;14-03-1976;Onbepaalde tijd;\n' +
        '3;F01;Medewerker;0,8;36;01-01-2010;;14-03-1977;Onbepaalde tijd;\n',
    );
    const { value, diagnostics } = await readPresetHeadcount(path, 'afas', options);
    expect(value.fte).toBeCloseTo(2.3, 9);
    const notes = diagnostics.filter((d) => d.code === 'CSV_FTE_HOURS_DISAGREE');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: 'notice', line: 3, column: 5 });
    expect(notes[0]!.message).toBe('FTE and Uren_per_week (hours_per_week) disagree in 2 rows (first here: FTE 1 but 18 hours = 0.5 FTE, with a 36-hour week); FTE is used');
    expect(notes[0]!.messageNl).toContain('FTE en Uren_per_week (hours_per_week) spreken elkaar tegen in 2 regels');
  });
});
