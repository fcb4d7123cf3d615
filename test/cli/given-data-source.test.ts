import ExcelJS from 'exceljs';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runSpp } from './run-spp.js';

/**
 * The list of assumptions (the report's appendix, the workbook's Aannames sheet) is how a reader
 * reproduces a result: a data file given with a flag instead of the scenario's `data:` block is
 * what was read, and the list must name it — it named the scenario's file, which was not read.
 */
let dir: string;
let headcount: string;
/** The example's headcount as an AFAS export (semicolons, decimal commas, dd-mm-yyyy, Dutch contract words). */
let afas: string;

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'spp-given-'));
  headcount = join(dir, 'Medewerkers.csv');
  copyFileSync('fixtures/example/headcount.csv', headcount);
  afas = join(dir, 'afas.csv');
  const dutch = (date: string | undefined) => (date ? date.split('-').reverse().join('-') : '');
  const rows = readFileSync('fixtures/example/headcount.csv', 'utf8').trimEnd().split('\n').slice(1).map((line) => {
    const [id, fn, , fte, birth, contract, end] = line.split(',');
    return [id, fn, fte!.replace('.', ','), '01-01-2020', dutch(birth), contract === 'temporary' ? 'Bepaalde tijd' : 'Onbepaalde tijd', dutch(end)].join(';');
  });
  writeFileSync(afas, ['Medewerker;Functie code;Deeltijdfactor;Begindatum functie;Geboortedatum;Type contract;Einddatum contract', ...rows].join('\n') + '\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a data file given on the command line', () => {
  it('is the file the report appendix names (an absolute path by its name only), with the flag as its source (nl, en); without the flag the scenario file is', async () => {
    const nl = await runSpp(['report', '-s', 'scenarios/baseline.yaml', '--headcount', headcount, '--format', 'md', '-q']);
    expect(nl.exitCode, nl.stderr).toBe(0);
    expect(nl.stdout).toContain(`| Personeelsbestand (\`data.headcount\`) | Medewerkers.csv | opdrachtregel (--headcount) |`);
    expect(nl.stdout).toContain('Staat er ‘opdrachtregel’, dan is de waarde bij het maken van dit rapport gegeven');
    // The functions file still comes from the scenario.
    expect(nl.stdout).toMatch(/\| Functiebestand \(`data\.functions`\) \| [^|]*functions\.csv \| baseline\.yaml \|/);
    const en = await runSpp(['report', '-s', 'scenarios/baseline.yaml', '--headcount', headcount, '--format', 'md', '-q', '--lang', 'en']);
    expect(en.stdout).toContain(`| Headcount file (\`data.headcount\`) | Medewerkers.csv | command line (--headcount) |`);
    const plain = await runSpp(['report', '-s', 'scenarios/baseline.yaml', '--format', 'md', '-q']);
    expect(plain.stdout).toMatch(/\| Personeelsbestand \(`data\.headcount`\) \| [^|]*headcount\.csv \| baseline\.yaml \|/);
    expect(plain.stdout).not.toContain('opdrachtregel');
  });

  it('is on the workbook’s Aannames sheet, and a --preset the scenario does not set gets a row of its own', async () => {
    const out = join(dir, 'project.xlsx');
    const run = await runSpp(['project', '-s', 'scenarios/baseline.yaml', '--headcount', afas, '--preset', 'afas', '--out', out, '--force', '-q']);
    expect(run.exitCode, run.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const rows: string[] = [];
    wb.getWorksheet('Aannames')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).join(' | ')));
    expect(rows).toContain('data.headcount | afas.csv | opdrachtregel (--headcount)');
    expect(rows).toContain('data.preset | afas | opdrachtregel (--preset)');
    expect(rows.findIndex((r) => r.startsWith('data.preset'))).toBe(rows.findIndex((r) => r.startsWith('data.headcount')) + 1);
  });
});
