import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runSpp } from './run-spp.js';

/**
 * Function codes, names and families as real exports have them: `FIN 14` (a space), `0123` beside
 * `123` and `12` (digits, a leading zero), `Adviseur (sr.)`, a name with a line break typed in its cell.
 */

const dir = mkdtempSync(join(tmpdir(), 'spp-export-codes-'));
const codes: Record<string, string> = { F001: '0123', F002: '123', F003: '12', F014: 'FIN 14', F018: 'Adviseur (sr.)' };
const recode = (text: string, quote: string): string => text.replace(/\bF0\d\d\b/g, (id) => (codes[id] === undefined ? id : `${quote}${codes[id]}${quote}`));
writeFileSync(
  join(dir, 'functions.csv'),
  recode(readFileSync(join(repoRoot, 'fixtures/example/functions.csv'), 'utf8'), '').replace('F030,Bestuursadviseur,', 'F030,"Bestuursadviseur\nGriffie",'),
);
writeFileSync(join(dir, 'headcount.csv'), recode(readFileSync(join(repoRoot, 'fixtures/example/headcount.csv'), 'utf8'), ''));
const baseline = join(dir, 'baseline.yaml');
writeFileSync(baseline, recode(readFileSync(join(repoRoot, 'scenarios/baseline.yaml'), 'utf8'), '"').replaceAll('../fixtures/example/', ''));

describe('explain and pathways take a function code as an export writes it', () => {
  it('a code with a space, quoted on the command line, and with the white space copied around it', async () => {
    for (const command of ['explain', 'pathways']) {
      for (const typed of ['FIN 14', ' FIN 14', 'FIN 14 ']) {
        const run = await runSpp([command, typed, '-s', baseline, '-q', '-f', 'json']);
        expect(run.exitCode, run.stderr).toBe(0);
        // explain's result is the function itself; pathways' names it under `function`.
        const result = JSON.parse(run.stdout) as { id?: string; function?: { id: string } };
        expect(result.id ?? result.function?.id).toBe('FIN 14');
      }
    }
  });

  it('0123, 123 and 12 are three functions, each found by its own code', async () => {
    for (const [typed, name] of [['0123', 'Medewerker Klantcontactcentrum'], ['123', 'Senior medewerker Klantcontactcentrum'], ['12', 'Medewerker Burgerzaken']]) {
      const run = await runSpp(['explain', typed!, '-s', baseline, '-q', '-f', 'json']);
      expect(run.exitCode, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ id: typed, name });
    }
  });

  it("the unquoted words of a code with a space are told how to quote it, not 'too many arguments'", async () => {
    for (const command of ['explain', 'pathways']) {
      const run = await runSpp([command, 'FIN', '14', '-s', baseline, '--lang', 'en']);
      expect(run.exitCode).toBe(2);
      expect(run.stderr).toBe(`spp: expected one function code, got 2 words: 'FIN' '14'. A code with a space in it goes in quotes: spp ${command} "FIN 14"\n`);
    }
  });

  it("a function's name, or its code and name as the tables show it, is answered with its code", async () => {
    for (const command of ['explain', 'pathways']) {
      for (const typed of ['Financieel Adviseur', 'financieel  adviseur', 'FIN 14 Financieel Adviseur']) {
        const en = await runSpp([command, typed, '-s', baseline, '--lang', 'en']);
        expect(en.exitCode).toBe(2);
        expect(en.stderr).toBe(`spp: unknown function '${typed}'. Did you mean 'FIN 14' (Financieel Adviseur)? Give the function's code.\n`);
      }
      const nl = await runSpp([command, 'Bestuursadviseur Griffie', '-s', baseline]);
      expect(nl.stderr).toBe("spp: onbekende functie 'Bestuursadviseur Griffie'. Bedoelt u 'F030' (Bestuursadviseur Griffie)? Geef de code van de functie.\n");
    }
  });

  it('pathways suggests a code as explain does (it knew only case before), and says where the codes are', async () => {
    const near = await runSpp(['pathways', 'FIN14', '-s', baseline, '--lang', 'en']);
    expect(near.stderr).toBe("spp: unknown function 'FIN14'. Did you mean 'FIN 14'?\n");
    const far = await runSpp(['pathways', 'XYZ 999', '-s', baseline, '--lang', 'en']);
    expect(far.stderr).toBe("spp: unknown function 'XYZ 999'. spp project lists the functions with their codes.\n");
  });
});
