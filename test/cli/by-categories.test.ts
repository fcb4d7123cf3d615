import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, repoRoot, runBinary, type Run } from './run-spp.js';

/**
 * `--by` groups by a column of categories (a department, a location, a kind of contract). A column
 * spp reads as a number or a date gave a group per value ("0.4444", "0.5556", …, a group per contract
 * end): it is refused like a column that names people — one message at the header, exit 2.
 */

beforeAll(() => buildCli());

/** The error lines of a run: the diagnostic and any `spp:` line after it. */
function errorLines(r: Run): string[] {
  return r.stderr.split('\n').filter((l) => /  (fout|error)  |^spp:/.test(l));
}

describe('--by a column of numbers or dates', () => {
  it.each([
    ['fte', 4, 'de deeltijdfactor (fte) van elke persoon: een getal, geen categorie'],
    ['contract_end', 7, 'de einddatum van het contract van elke persoon: een datum, geen categorie'],
    // A Dutch alias of a column the file names in English.
    ['einddatum', 7, 'de einddatum van het contract van elke persoon: een datum, geen categorie'],
  ])('refuses --by %s with one message at its header (exit 2)', (column, at, holds) => {
    const r = runBinary(['project', '--example', '-f', 'csv', '--by', column]);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    const errors = errorLines(r);
    expect(errors, r.stderr).toHaveLength(1);
    expect(errors[0]).toContain(`fixtures/example/headcount.csv:1:${at}  fout  --by ${column}: deze kolom bevat ${holds}; groeperen daarop geeft een groep per waarde.`);
    // What to do instead: the columns --by can group by, the same ones a typo's message offers.
    expect(errors[0]).toMatch(/Groepeer op een kolom met categorieën, zoals een afdeling of locatie; in dit bestand: 'afdeling' of 'contract'\.  \(CSV_BY_NUMBER_OR_DATE\)$/);
  });

  it('says it in English with --lang en', () => {
    const r = runBinary(['project', '--example', '-f', 'csv', '--by', 'fte', '--lang', 'en']);
    expect(r.exitCode).toBe(2);
    expect(errorLines(r)).toEqual([
      "fixtures/example/headcount.csv:1:4  error  --by fte: this column holds each person's FTE (part-time factor): a number, not a category; grouping by it would make a group per value. Group by a column of categories, such as a department or location; in this file: 'afdeling' or 'contract'.  (CSV_BY_NUMBER_OR_DATE)",
    ]);
  });

  it('refuses a preset export\'s column under another of its names (AFAS: --by Deeltijdfactor for its FTE column)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-by-afas-'));
    cpSync(join(repoRoot, 'fixtures/presets/afas'), dir, { recursive: true });
    for (const column of ['Deeltijdfactor', 'FTE']) {
      const r = runBinary(['project', '-s', 'scenario.yaml', '-f', 'csv', '--by', column], dir);
      expect(r.exitCode, r.stderr).toBe(2);
      expect(r.stdout).toBe('');
      const errors = errorLines(r);
      expect(errors, r.stderr).toHaveLength(1);
      expect(errors[0]).toContain(`export/medewerkers-functies.csv:1:4  fout  --by ${column}: deze kolom bevat de deeltijdfactor (fte) van elke persoon: een getal, geen categorie`);
      expect(errors[0]).toContain("in dit bestand: 'Type_contract'.  (CSV_BY_NUMBER_OR_DATE)");
    }
    const start = runBinary(['project', '-s', 'scenario.yaml', '-f', 'csv', '--by', 'Begindatum_functie'], dir);
    expect(start.exitCode).toBe(2);
    expect(errorLines(start)[0]).toContain('--by Begindatum_functie: deze kolom bevat de begindatum van elke aanstelling: een datum, geen categorie');
    // A column of categories of the same export still groups.
    const ok = runBinary(['project', '-s', 'scenario.yaml', '-q', '-f', 'csv', '--by', 'Type_contract'], dir);
    expect(ok.exitCode, ok.stderr).toBe(0);
    expect(ok.stdout.split('\n')[0]).toMatch(/^Type_contract,year/);
  });

  it('refuses a Raet appointment date (--by Einddatum) at its header in Aanstellingen.csv', () => {
    const r = runBinary(['project', '-s', join(repoRoot, 'fixtures/presets/raet-hrcore/scenario.yaml'), '-f', 'csv', '--by', 'Einddatum', '--lang', 'en']);
    expect(r.exitCode).toBe(2);
    expect(errorLines(r)).toHaveLength(1);
    expect(errorLines(r)[0]).toMatch(/Aanstellingen\.csv:1:5  error  --by Einddatum: this column holds the date each appointment ends: a date, not a category;.*\(CSV_BY_NUMBER_OR_DATE\)$/);
  });

  it('refuses a column a column map names as fte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-by-map-'));
    const lines = readFileSync(join(repoRoot, 'fixtures/example/headcount.csv'), 'utf8').replace(/^(.*?),fte,/, '$1,Werktijdfactor,');
    writeFileSync(join(dir, 'headcount.csv'), lines);
    writeFileSync(join(dir, 'map.yaml'), 'fte: Werktijdfactor\n');
    const r = runBinary(['project', '-s', join(repoRoot, 'scenarios/baseline.yaml'), '--headcount', 'headcount.csv', '--columns', 'map.yaml', '-f', 'csv', '--by', 'Werktijdfactor'], dir);
    expect(r.exitCode).toBe(2);
    expect(errorLines(r)).toHaveLength(1);
    expect(errorLines(r)[0]).toMatch(/headcount\.csv:1:4  fout  --by Werktijdfactor: deze kolom bevat de deeltijdfactor \(fte\) van elke persoon/);
  });

  it('still groups by a column of categories', () => {
    const r = runBinary(['project', '--example', '-q', '-f', 'csv', '--by', 'afdeling']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^afdeling,year/);
  });
});
