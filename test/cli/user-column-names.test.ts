import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSpp } from './run-spp.js';

/**
 * A message names a column as the user's file writes it (its header; spp's own name may follow in
 * brackets) and a file by its actual name — not spp's internal 'level' or 'functions.csv'. Found by a
 * consultant probe on an AFAS export with a Dutch functions file (functies.csv, column 'Schaal').
 */

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'spp-user-names-'));
  mkdirSync(join(dir, 'data'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const FUNCTIES =
  'Functiecode;Functienaam;Functiefamilie;Schaal;Jaarsalaris;taak.administratief;taak.klantcontact\n' +
  'F01;Medewerker KCC;Dienstverlening;6;42000;0,5;0,5\n' +
  'F02;Medewerker Burgerzaken;Dienstverlening;schaal 7;45000;0,5;0,5\n';

const scenario = (headcount: string, preset = ''): string =>
  `id: s\nhorizon: { start: 2026, end: 2030 }\ndata:\n  functions: data/functies.csv\n  headcount: data/${headcount}\n${preset}`;

describe('messages use the names of the user\'s files', () => {
  it('a functions file: the header as written, spp\'s name in brackets', async () => {
    const dir = project({
      'data/functies.csv': FUNCTIES,
      'data/personeel.csv': 'Functiecode;Deeltijdfactor;Geboortedatum\nF01;1;01-01-1980\n',
      's.yaml': scenario('personeel.csv'),
    });
    for (const [lang, text] of [['nl', "data/functies.csv:3:4  fout  Schaal (level) 'schaal 7': verwacht een geheel getal (salarisschaal)"], ['en', "data/functies.csv:3:4  error  Schaal (level) 'schaal 7': expected a whole number (salary scale)"]] as const) {
      const run = await runSpp(['validate', join(dir, 's.yaml'), '--lang', lang]);
      expect(run.stdout + run.stderr).toContain(text);
      expect(run.stdout + run.stderr).not.toMatch(/\blevel 'schaal 7'/);
    }
  });

  it('a headcount file: its column headers and the functions file\'s real name', async () => {
    const dir = project({
      'data/functies.csv': FUNCTIES.split('\n').slice(0, 2).join('\n') + '\n',
      'data/personeel.csv': 'Functiecode;Deeltijdfactor;Geboortedatum;Soort\nF09;1;01-01-1980;\nF01;2,5;01-01-1980;\n',
      's.yaml': scenario('personeel.csv'),
    });
    const run = await runSpp(['validate', join(dir, 's.yaml'), '--lang', 'en']);
    const out = run.stdout + run.stderr;
    expect(out).toContain("data/personeel.csv:2:1  error  Functiecode (function_id) 'F09' is not in the functions file functies.csv.");
    expect(out).toContain('data/personeel.csv:3:2  error  Deeltijdfactor (fte) 2,5: expected more than 0');
  });

  it('an AFAS export: the export\'s headers and the functions file\'s real name', async () => {
    const dir = project({
      'data/functies.csv': FUNCTIES.split('\n').slice(0, 2).join('\n') + '\n',
      'data/afas.csv':
        'Medewerker;Functie_code;Functie_omschrijving;FTE;Uren_per_week;Begindatum_functie;Einddatum_functie;Geboortedatum;Type_contract;Einddatum_contract\n' +
        '1;XX99;Schuldhulpverlener;1;36;01-01-2015;;09-12-1990;Onbepaalde tijd;\n' +
        '2;F01;Medewerker KCC;1;36;01-01-2015;;01-02-1980;Detachering;\n' +
        '3;F01;Medewerker KCC;1;36;01-01-2015;;31-02-1980;Onbepaalde tijd;\n',
      's.yaml': scenario('afas.csv', '  preset: afas\n'),
    });
    const run = await runSpp(['validate', join(dir, 's.yaml')]);
    const out = run.stdout + run.stderr;
    expect(out).toContain("data/afas.csv:2:2  fout  Functie_code (function_id) 'XX99' (\"Schuldhulpverlener\" in de export) staat niet in het functiebestand: verwacht er een regel voor in functies.csv.");
    expect(out).toContain("data/afas.csv:4:8  fout  Geboortedatum (birth_date) '31-02-1980'");
    expect(out).toContain("data/afas.csv:3:9  fout  Type_contract (contract) 'Detachering'");
    expect(out).not.toContain('functions.csv');
  });

  it('a scenario rule names the functions file as the user has it', async () => {
    const dir = project({
      'data/functies.csv': FUNCTIES.split('\n').slice(0, 2).join('\n') + '\n',
      'data/personeel.csv': 'Functiecode;Deeltijdfactor;Geboortedatum\nF01;1;01-01-1980\n',
      's.yaml': scenario('personeel.csv') + 'demand:\n  emerging: [ { id: F01, name: Nieuw, tasks: { administratief: 1 }, demand: { 2030: 1 } } ]\n',
    });
    const run = await runSpp(['validate', join(dir, 's.yaml'), '--lang', 'en']);
    expect(run.stdout).toContain("demand.emerging[0].id: 'F01' is already a function in functies.csv; choose a new id");
  });
});
