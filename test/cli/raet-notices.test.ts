import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSpp } from './run-spp.js';

/**
 * The notices about a Raet export say what is true (a consultant probe found three that misled):
 * [Omschrijving soort contract] is read (it turns codes 01/02 into permanent/temporary), so it is not
 * "unused"; only columns --by can group by are offered for it (Aanstellingen.csv's, not Medewerker.csv's
 * names and gender, not a column that identifies people); a position names a real column or the line only.
 */

function raetProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spp-raet-notices-'));
  mkdirSync(join(dir, 'export'));
  const people = Array.from({ length: 12 }, (_, i) => 100001 + i);
  writeFileSync(
    join(dir, 'export/Medewerker.csv'),
    '[Dossiernummer]|[Achternaam]|[Geboortedatum]|[Geslacht]\n' + people.map((p, i) => `${p}|Jansen|19${70 + i}0418|${i % 2 === 0 ? 'V' : 'M'}`).join('\n') + '\n',
  );
  writeFileSync(
    join(dir, 'export/Aanstellingen.csv'),
    '[Dossiernummer]|[Functiecode]|[Uren per week]|[Begindatum]|[Einddatum]|[Soort contract]|[Omschrijving soort contract]|[Indicatie hoofdaanstelling]|[Afdeling]\n' +
      people.map((p, i) => `${p}|F01|36|20100101|${i === 3 ? '20200101' : '99991231'}|${i % 3 === 0 ? '02' : '01'}|${i % 3 === 0 ? 'Bepaalde tijd' : 'Onbepaalde tijd'}|J|${i < 6 ? 'Noord' : 'Zuid'}`).join('\n') + '\n',
  );
  writeFileSync(join(dir, 'export/Functie.csv'), '[Functiecode]|[Functienaam]\nF01|Medewerker\n');
  writeFileSync(join(dir, 'functions.csv'), 'function_id,name,family,task.admin\nF01,Medewerker,Fam,1\n');
  writeFileSync(join(dir, 's.yaml'), 'id: r\nhorizon: { start: 2026, end: 2028 }\ndata: { functions: functions.csv, headcount: export/, preset: raet-hrcore }\nprivacy: { min_group: 5 }\n');
  return dir;
}

describe('the notices of a Raet export', () => {
  const dir = raetProject();

  it('do not call [Omschrijving soort contract] unused, offer only Aanstellingen.csv\'s columns for --by, and print no column 0', async () => {
    const run = await runSpp(['validate', join(dir, 's.yaml'), '--lang', 'en']);
    // Exit 0: the codes 01/02 were read through their description (without it, each is an error).
    expect(run.exitCode, run.stdout).toBe(0);
    const lines = run.stdout.split('\n');
    const appointments = lines.find((l) => l.includes('Aanstellingen.csv') && l.includes('CSV_UNKNOWN_COLUMNS'))!;
    expect(appointments).toContain("columns not used by spp (kept for grouping with --by): '[Afdeling]'");
    expect(appointments).not.toContain('Omschrijving');
    const persons = lines.find((l) => l.includes('Medewerker.csv') && l.includes('CSV_UNKNOWN_COLUMNS'))!;
    expect(persons).toContain("columns not used by spp: '[Achternaam]', '[Geslacht]'");
    expect(persons).not.toContain('--by');
    expect(run.stdout).toMatch(/Aanstellingen\.csv:5  notice  1 appointment ended before/);
    expect(run.stdout).not.toMatch(/:\d+:0\b/);
  });

  it('--by a Medewerker.csv column is refused naming the file --by reads and only columns it can group by', async () => {
    const run = await runSpp(['project', '-s', join(dir, 's.yaml'), '--by', 'Geslacht', '--lang', 'en']);
    expect(run.exitCode).toBe(2);
    const line = run.stderr.split('\n').find((l) => l.includes('CSV_BY_UNKNOWN_COLUMN'))!;
    expect(line).toContain('--by Geslacht: Aanstellingen.csv, the file of the export --by groups by, has no such column');
    expect(line).toContain("'[Afdeling]'");
    expect(line).not.toContain('[Dossiernummer]');
    const by = await runSpp(['project', '-s', join(dir, 's.yaml'), '--by', 'Afdeling', '--format', 'json', '-q']);
    expect(by.exitCode, by.stderr).toBe(0);
  });
});

describe('the unused-columns notice of a plain headcount', () => {
  it('offers a department for --by, but not a column that names people (--by refuses it)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-unused-'));
    writeFileSync(join(dir, 'functions.csv'), 'function_id,name,family,task.admin\nF01,Medewerker,Fam,1\n');
    writeFileSync(join(dir, 'headcount.csv'), 'function_id,fte,birth_year,afdeling,naam\nF01,1,1980,Noord,Jansen\n');
    writeFileSync(join(dir, 's.yaml'), 'id: p\nhorizon: { start: 2026, end: 2028 }\ndata: { functions: functions.csv, headcount: headcount.csv }\n');
    const run = await runSpp(['validate', join(dir, 's.yaml'), '--lang', 'en']);
    expect(run.stdout).toContain("columns not used by spp (kept for grouping with --by): 'afdeling'; other columns not used by spp: 'naam'");
  });
});
