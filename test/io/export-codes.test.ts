import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFunctions } from '../../src/io/read-functions.js';
import { readHeadcount } from '../../src/io/read-headcount.js';

/**
 * Function codes, names and families as real HR exports have them: digits only, a leading zero, a
 * space, punctuation; names with accents, apostrophes, delimiters, quotes, markup and a line break
 * typed in the cell.
 */
const dir = mkdtempSync(join(tmpdir(), 'spp-export-codes-'));
const functions = join(dir, 'functions.csv');
writeFileSync(
  functions,
  [
    'function_id,name,family,task.a',
    "0123,Medewerker KCC 's-Hertogenbosch,Dienstverlening & Publiek,1",
    '123,Senior medewerker KCC,Dienstverlening & Publiek,1',
    '12,Coördinator Publiekszaken,"Ruimte, Wonen en Milieu",1',
    'FIN 14,"Medewerker Facilitaire Zaken, Huisvesting; Post | Repro",Informatie | ICT,1',
    'HR.21.3,"Communicatieadviseur ""Online""",Bedrijfsvoering,1',
    'Wmo/Jeugd,Webredacteur <b>intranet</b>,Sociaal domein,1',
    '"Adviseur (sr.)","Bestuursadviseur\nGriffie","Sociaal\r\ndomein",1',
    'BA-30,"Medewerker \t Post en Archief ",Dienstverlening & Publiek,1',
  ].join('\n') + '\n',
);

describe('functions.csv with codes and names as exports write them', () => {
  it('keeps every code as written: 0123, 123 and 12 are three functions, none a number', async () => {
    const { value, diagnostics } = await readFunctions(functions);
    expect(value.map((f) => f.id)).toEqual(['0123', '123', '12', 'FIN 14', 'HR.21.3', 'Wmo/Jeugd', 'Adviseur (sr.)', 'BA-30']);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('says that 0123 and 123 differ only in leading zeros, at the second (a warning: both are read)', async () => {
    const { diagnostics } = await readFunctions(functions);
    expect(diagnostics.map((d) => [d.code, d.severity, d.line, d.column])).toEqual([['CSV_ID_LEADING_ZEROS', 'warning', 3, 1]]);
    expect(diagnostics[0]!.message).toBe(
      "function_id '123' differs from '0123' (line 2) only in leading zeros: spp reads them as two functions, and a headcount row belongs to the one it writes exactly — a headcount saved by a spreadsheet that drops leading zeros counts the people of '0123' in '123' without a word; keep the codes as the HR system writes them",
    );
    expect(diagnostics[0]!.messageNl).toContain("'123' verschilt alleen in voorloopnullen van '0123' (regel 2)");
    // Codes that a spreadsheet would not make one of the other (neither without zeros) are not said.
    const other = join(dir, 'padded.csv');
    writeFileSync(other, 'function_id,name,task.a\n00123,Een,1\n0123,Twee,1\nF010,Tien,1\nF10,Tien bis,1\n');
    expect((await readFunctions(other)).diagnostics).toEqual([]);
  });

  it('keeps names and families with delimiters, quotes and markup as they are', async () => {
    const { value } = await readFunctions(functions);
    const byId = new Map(value.map((f) => [f.id, f]));
    expect(byId.get('0123')!.name).toBe("Medewerker KCC 's-Hertogenbosch");
    expect(byId.get('12')).toMatchObject({ name: 'Coördinator Publiekszaken', family: 'Ruimte, Wonen en Milieu' });
    expect(byId.get('FIN 14')).toMatchObject({ name: 'Medewerker Facilitaire Zaken, Huisvesting; Post | Repro', family: 'Informatie | ICT' });
    expect(byId.get('HR.21.3')!.name).toBe('Communicatieadviseur "Online"');
    expect(byId.get('Wmo/Jeugd')!.name).toBe('Webredacteur <b>intranet</b>');
  });

  it('reads a line break or tab inside a name or family as one space (Alt+Enter in a cell)', async () => {
    const { value } = await readFunctions(functions);
    const byId = new Map(value.map((f) => [f.id, f]));
    // "Sociaal⏎domein" is the family a scenario names as Sociaal domein.
    expect(byId.get('Adviseur (sr.)')).toMatchObject({ name: 'Bestuursadviseur Griffie', family: 'Sociaal domein' });
    expect(byId.get('BA-30')!.name).toBe('Medewerker Post en Archief');
  });

  it('counts a headcount row under the code it writes: 0123 is not 123', async () => {
    const headcount = join(dir, 'headcount.csv');
    writeFileSync(headcount, 'employee_id,function_id,fte,age\nE1,0123,1,40\nE2,0123,1,41\nE3,123,0.5,42\nE4,12,1,43\nE5,FIN 14,1,44\n');
    const { value, diagnostics } = await readHeadcount(headcount, { referenceYear: 2026, knownFunctions: new Set(['0123', '123', '12', 'FIN 14']) });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const fte = new Map<string, number>();
    for (const cell of value.cells) fte.set(cell.functionId, (fte.get(cell.functionId) ?? 0) + cell.fte);
    expect(Object.fromEntries(fte)).toEqual({ '0123': 2, '123': 0.5, '12': 1, 'FIN 14': 1 });
  });
});
