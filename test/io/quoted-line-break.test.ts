import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasErrors } from '../../src/diagnostics/diagnostic.js';
import { readFunctions } from '../../src/io/read-functions.js';
import { readHeadcount } from '../../src/io/read-headcount.js';
import { readPresetHeadcount } from '../../src/io/presets/read-preset-headcount.js';

/**
 * #13 classes 2 and 7: in a `,` or `;` file a stray or unbalanced `"` opens a quoted field that
 * closes lines later and swallows the rows between — they used to vanish without a word. The only
 * multi-line field of a file is now located (start line, closing line, lines spanned): an error
 * when lines inside it look like rows, a warning when they do not. Every other multi-line field
 * whose inner lines look like rows is an error too (red-team case 10: with two stray quotes the
 * file passed for one with notes, and five of ten persons vanished without a word).
 */
const dir = mkdtempSync(join(tmpdir(), 'spp-quoted-break-'));
let n = 0;
function file(content: string, name = `h${n++}.csv`): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const options = { referenceYear: 2026 };

describe('quoted fields with a line break', () => {
  it('a stray quote in a comma file: rows it swallowed are an error naming where it opens and closes', async () => {
    const csv =
      'employee_id,function_id,birth_date,fte,contract,naam\n' +
      'E001,F001,1970-01-01,1,permanent,Jan\n' +
      'E002,F001,1980-01-01,1,permanent,"Jansen, P\n' +
      'E003,F002,1985-01-01,0.8,permanent,Piet\n' +
      'E004,F002,1990-01-01,1,permanent,Kees\n' +
      'E005,F001,1975-01-01,1,permanent,"de Vries"\n' +
      'E006,F002,1991-01-01,1,permanent,Anna\n';
    const { value, diagnostics } = await readHeadcount(file(csv), options);
    const found = diagnostics.filter((d) => d.code === 'CSV_QUOTED_LINE_BREAK');
    expect(found.map((d) => [d.severity, d.line, d.column])).toEqual([['error', 3, 6]]);
    expect(found[0]!.message).toMatch(/opens on line 3 and closes on line 6: it spans 4 lines/);
    expect(found[0]!.message).toMatch(/3 lines inside it look like a row/);
    // Three of the six persons were read; the error (which stops every command) names the other three lines.
    expect(value.persons).toBe(3);
    expect(hasErrors(diagnostics)).toBe(true);
  });

  it('an AFAS export (;) with an unbalanced quote in the function description', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'spp-quoted-afas-'));
    writeFileSync(
      join(folder, 'medewerkers-functies.csv'),
      'Medewerker;Functie_code;Functie_omschrijving;FTE;Uren_per_week;Begindatum_functie;Einddatum_functie;Geboortedatum;Type_contract\r\n' +
        'M01;F001;"Medewerker Burgerzaken;1;36;2015-01-01;;1970-05-20;Vast\r\n' +
        'M02;F001;Medewerker Burgerzaken;0,5;18;2019-01-01;;1985-09-10;Vast\r\n' +
        'M03;F002;"Beleidsmedewerker";1;36;2019-01-01;;1985-09-10;Vast\r\n',
    );
    const { diagnostics } = await readPresetHeadcount(folder, 'afas', options);
    const found = diagnostics.filter((d) => d.code === 'CSV_QUOTED_LINE_BREAK');
    expect(found.map((d) => [d.severity, d.line, d.column])).toEqual([['error', 2, 3]]);
    expect(found[0]!.message).toMatch(/closes on line 4: it spans 3 lines/);
  });

  it('a note with a line break is a warning and its row is kept', async () => {
    const csv = 'function_id,name,family,level,pay,task.administrative\nF001,"Medewerker\nBurgerzaken",Dienstverlening,6,44200,1\nF002,Beleid,Beleid,10,62000,1\n';
    const { value, diagnostics } = await readFunctions(file(csv), {});
    expect(diagnostics.map((d) => [d.code, d.severity, d.line, d.column])).toEqual([['CSV_QUOTED_LINE_BREAK', 'warning', 2, 2]]);
    expect(diagnostics[0]!.message).toMatch(/opens on line 2 and closes on line 3: it spans 2 lines/);
    expect(value.map((f) => f.id)).toEqual(['F001', 'F002']);
  });

  it('two stray quotes: each field that swallowed rows is an error where its quote opens (red-team case 10)', async () => {
    // Two comments start with a stray " and close lines later: five of ten persons vanished, and
    // because the file then had two multi-line fields it was taken for one with notes and read without a word.
    const csv =
      'personeelsnummer;functiecode;deeltijdfactor;geboortedatum;opmerking\r\n' +
      'P1;F001;1;01-01-1980;ok\r\nP2;F001;1;01-01-1980;"Jan\r\nP3;F001;1;01-01-1980;ok\r\nP4;F001;1;01-01-1980;ok\r\nP5;F001;1;01-01-1980;x"\r\n' +
      'P6;F001;1;01-01-1980;ok\r\nP7;F001;1;01-01-1980;"Piet\r\nP8;F001;1;01-01-1980;ok\r\nP9;F001;1;01-01-1980;y"\r\nP10;F001;1;01-01-1980;ok\r\n';
    const { value, diagnostics } = await readHeadcount(file(csv), options);
    const found = diagnostics.filter((d) => d.code === 'CSV_QUOTED_LINE_BREAK');
    expect(found.map((d) => [d.severity, d.line, d.column])).toEqual([
      ['error', 3, 5],
      ['error', 8, 5],
    ]);
    expect(found[0]!.message).toMatch(/opens on line 3 and closes on line 6: it spans 4 lines; 3 lines inside it look like a row/);
    expect(found[1]!.messageNl).toMatch(/begint op regel 8 en sluit op regel 10: het beslaat 3 regels; 2 regels erin lijken op een rij/);
    expect(value.persons).toBe(5);
    expect(hasErrors(diagnostics)).toBe(true);
  });

  it('a swallowing quote among notes with line breaks is still an error; the notes are not', async () => {
    const csv =
      'function_id,name,family,level,pay,task.administrative\n' +
      'F001,"Medewerker\nBurgerzaken",Dienstverlening,6,44200,1\n' +
      'F002,"Beleid\nsociaal",Beleid,10,62000,1\n' +
      'F003,"Jurist,Juridische zaken,11,64000,1\nF004,Adviseur,Advies,10,60000,1\nF005,Jurist",Juridische zaken,11,64000,1\n';
    const { diagnostics } = await readFunctions(file(csv), {});
    expect(diagnostics.filter((d) => d.code === 'CSV_QUOTED_LINE_BREAK').map((d) => [d.severity, d.line, d.column])).toEqual([['error', 6, 2]]);
  });

  it('two fields of one record that each swallow rows are each named', async () => {
    const csv = 'function_id;name;family;task.administrative\nF1;"x\nF2;B;C;1\nF3";"y\nF4;B;C;1\nF5";C;1\n';
    const { diagnostics } = await readFunctions(file(csv), {});
    expect(diagnostics.filter((d) => d.code === 'CSV_QUOTED_LINE_BREAK').map((d) => [d.severity, d.line, d.column])).toEqual([
      ['error', 2, 2],
      ['error', 4, 3],
    ]);
  });

  it('a file whose notes often hold line breaks is read without a word', async () => {
    const csv = 'function_id,name,family,level,pay,task.administrative\nF001,"Medewerker\nBurgerzaken",Dienstverlening,6,44200,1\nF002,"Beleid\nsociaal",Beleid,10,62000,1\n';
    const { value, diagnostics } = await readFunctions(file(csv), {});
    expect(diagnostics).toEqual([]);
    expect(value).toHaveLength(2);
  });
});

/** #13 class 7: an end date in the year 9999 is how HR systems write "no end", in every export. */
describe('end date 99991231 in a plain or excel-nl headcount', () => {
  it('reads as no end (it was a CSV_BAD_DATE that said to write yyyyMMdd — which it was)', async () => {
    const csv =
      'personeelsnummer;functiecode;deeltijdfactor;geboortedatum;dienstverband;einddatum\r\n' +
      'P1;F001;1;15-03-1965;vast;99991231\r\nP2;F001;0,8;04-07-1988;tijdelijk;9999-12-31\r\n' +
      'P3;F002;1;01-01-1990;tijdelijk;31-12-9999\r\nP4;F002;1;01-01-1980;tijdelijk;31/12/9999 00:00:00\r\nP5;F002;1;01-01-1980;tijdelijk;\r\n';
    const { value, diagnostics } = await readPresetHeadcount(file(csv), 'excel-nl', options);
    expect(diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
    expect(value.persons).toBe(5);
    // The four open-ended temporary contracts read exactly like the one with an empty cell.
    const withEmpty = await readPresetHeadcount(file(csv.replace(/(tijdelijk;)[^\r]+/g, '$1').replace('vast;99991231', 'vast;')), 'excel-nl', options);
    expect(value.cells).toEqual(withEmpty.value.cells);
  });
});
