import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSpp } from './run-spp.js';

/**
 * The messages speak Dutch by default (--lang nl) and English with --lang en: diagnostics, the words
 * around them, errors that stop a command and the lines on stderr (#12 point 5).
 */

/** English words a Dutch message must not contain (codes, keys and quoted values are removed first). */
const ENGLISH = [
  'error', 'errors', 'warning', 'warnings', 'notice', 'notices', 'expected', 'unknown', 'did you mean', 'not found',
  'missing', 'found', 'the', 'cannot', 'file', 'files', 'line', 'column', 'invalid', 'wrote', 'is not', 'at most',
];

/** The English words left in `text`, after removing codes (CSV_BAD_NUMBER), quoted values and paths. */
function englishWords(text: string): string[] {
  const prose = text
    .replace(/\([A-Z_]+\)/g, ' ')
    .replace(/'[^']*'/g, ' ')
    .replace(/\S*\/\S*/g, ' ');
  return ENGLISH.filter((word) => new RegExp(`\\b${word}\\b`, 'i').test(prose));
}

describe('spp validate in Dutch (the default)', () => {
  it('writes every diagnostic of broken inputs in Dutch, with Dutch words around them', async () => {
    const run = await runSpp(['validate', 'fixtures/validate/broken']);
    expect(run.exitCode).toBe(1);
    expect(englishWords(run.stdout)).toEqual([]);
    expect(run.stdout).toContain("fixtures/validate/broken/b-schema.yaml:5:3  fout  onbekende sleutel 'eind' in horizon. Bedoelt u 'end'?  (SCENARIO_UNKNOWN_KEY)");
    expect(run.stdout).toContain("sleutel 'end' ontbreekt in horizon: verwacht een getal  (SCENARIO_MISSING_KEY)");
    expect(run.stdout).toContain('fixtures/validate/data/headcount-bad.csv:4:3  fout  fte 2.5: verwacht meer dan 0 en ten hoogste 1,5 per persoon  (CSV_OUT_OF_RANGE)');
    // F010 and F031 are both one digit from F011: no guess at which.
    expect(run.stdout).toContain("function_id 'F011' staat niet in het functiebestand functions.csv.  (CSV_UNKNOWN_FUNCTION)");
    expect(run.stdout).toContain("onbekende functie 'F02O'. Bedoelt u 'F020'?");
    expect(run.stdout).toContain("demand.growth[0].family: onbekende functiefamilie 'Publiekzaken'. Bedoelt u 'Publiekszaken'?");
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('9 fouten, 0 waarschuwingen in 4 bestanden');
  });

  it('counts one in the singular', async () => {
    const run = await runSpp(['validate', 'fixtures/validate/broken/d-missing-data.yaml']);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('1 fout, 0 waarschuwingen in 1 bestand');
    expect(run.stdout).toContain('reskilling.similarity: bestand met verwantschappen niet gevonden: fixtures/validate/data/similarity.csv');
  });

  it('says a clean run in Dutch', async () => {
    const run = await runSpp(['validate', 'fixtures/validate/clean']);
    expect(run.stdout).toMatch(/^geen problemen in \d+ bestanden\n$/);
  });

  it('annotates GitHub in Dutch, and keeps both texts in JSON', async () => {
    const github = await runSpp(['validate', 'fixtures/validate/broken/b-schema.yaml', '--format', 'github']);
    expect(github.stdout).toContain("title=SCENARIO_UNKNOWN_KEY::onbekende sleutel 'eind' in horizon. Bedoelt u 'end'?");
    const json = await runSpp(['validate', 'fixtures/validate/broken/b-schema.yaml', '--format', 'json']);
    const unknownKey = (JSON.parse(json.stdout) as { diagnostics: { code: string; message: string; message_nl: string }[] }).diagnostics.find((d) => d.code === 'SCENARIO_UNKNOWN_KEY');
    expect(unknownKey).toMatchObject({ message: "unknown key 'eind' in horizon. Did you mean 'end'?", message_nl: "onbekende sleutel 'eind' in horizon. Bedoelt u 'end'?" });
  });

  it('speaks English with --lang en', async () => {
    const run = await runSpp(['validate', 'fixtures/validate/broken', '--lang', 'en']);
    expect(run.stdout).toContain("fixtures/validate/broken/b-schema.yaml:5:3  error  unknown key 'eind' in horizon. Did you mean 'end'?  (SCENARIO_UNKNOWN_KEY)");
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('9 errors, 0 warnings in 4 files');
  });
});

describe('data commands in Dutch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spp-nl-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('spp project on broken data: the diagnostics and the closing error in Dutch', async () => {
    const run = await runSpp(['project', '-s', 'fixtures/validate/broken/c-bad-data.yaml']);
    expect(run.exitCode).toBe(1);
    expect(englishWords(run.stderr)).toEqual([]);
    expect(run.stderr).toContain('headcount-bad.csv:4:3  fout  fte 2.5: verwacht meer dan 0 en ten hoogste 1,5 per persoon  (CSV_OUT_OF_RANGE)');
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe('spp: fixtures/validate/data/headcount-bad.csv is ongeldig');
  });

  it('an error before the command runs, and a missing file', async () => {
    const runs = await runSpp(['project', '--example', '--runs', 'x']);
    expect([runs.exitCode, runs.stderr]).toEqual([2, "spp: --runs 'x': verwacht een geheel aantal runs van 1 tot en met 1.000.000, bijvoorbeeld --runs 1000\n"]);
    const missing = await runSpp(['project', '-s', 'scenarios/bestaat-niet.yaml']);
    expect(missing.stderr).toBe('spp: scenariobestand (--scenario) niet gevonden: scenarios/bestaat-niet.yaml\n');
    const english = await runSpp(['project', '-s', 'scenarios/bestaat-niet.yaml', '--lang', 'en']);
    expect(english.stderr).toBe('spp: scenario file (--scenario) not found: scenarios/bestaat-niet.yaml\n');
  });

  it('says what it wrote, and refuses to overwrite, in Dutch', async () => {
    const out = join(dir, 'project.json');
    const first = await runSpp(['project', '--example', '--format', 'json', '--out', out, '--quiet']);
    expect(first.exitCode).toBe(0);
    const again = await runSpp(['project', '--example', '--format', 'json', '--out', out]);
    expect(again.stderr).toContain(`spp: ${out} wordt niet overschreven: het bestaat al. Voeg --force toe om het te vervangen`);
    const forced = await runSpp(['project', '--example', '--format', 'json', '--out', out, '--force']);
    expect(forced.stderr).toContain(`spp: ${out} geschreven\n`);
    expect(englishWords(forced.stderr)).toEqual([]);
  });

  it('spp init lists what it wrote and what to try next in Dutch', async () => {
    const target = join(dir, 'start');
    const run = await runSpp(['init', target]);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`^spp: \\d+ bestanden geschreven in ${target}:\\n`));
    expect(run.stderr).toContain('\nProbeer daarna:\n');
    const refused = await runSpp(['init', target, '--lang', 'en']);
    expect(refused.stderr).toMatch(/^spp: refusing to overwrite existing files in /);
  });
});

describe('numbers in Dutch messages (red-team case 17)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spp-nl-numbers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string): string => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const functions = 'function_id,name,family,task.a,task.b\nF1,Een,Fam,0.5,0.48\nF2,Twee,Fam,0.6,0.4\n';
  const headcount = 'function_id,fte,hours_per_week,birth_year\nF1,1.6,,1980\nF1,,60,1980\nF2,1,30,1980\nF2,1,,1980\n';
  const scenario = [
    'id: nummers',
    'data: { functions: functions.csv, headcount: headcount.csv }',
    'horizon: { start: 2026, end: 2030 }',
    'workforce:',
    '  fulltime_hours: 36.5',
    '  attrition: [ { rate: 0.55 } ]',
    '  transitions: { F1: { F2: 0.5 } }',
    'demand:',
    '  emerging: [ { id: N1, name: Nieuw, tasks: { a: 0.5, b: 0.48 }, demand: { 2030: 1 } } ]',
    '',
  ].join('\n');
  /** Every number written with a decimal point, after removing the values quoted as written from the inputs. */
  const englishDecimals = (text: string, inputs: string): string[] => {
    const written = new Set(inputs.match(/\d+\.\d+/g) ?? []);
    return (text.match(/(?<![\w.])\d+\.\d+(?![\w.])/g) ?? []).filter((n) => !written.has(n));
  };

  it('spp validate: bounds, sums and tolerances with a decimal comma, years without a point', async () => {
    write('functions.csv', functions);
    write('headcount.csv', headcount);
    const s = write('s.yaml', scenario);
    const far = write('ver.yaml', 'id: ver\nhorizon: { start: 2026, end: 2226 }\n');
    const run = await runSpp(['validate', s, far]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('fout  de taakaandelen tellen op tot 0,98; verwacht 1 (±0,01) of 100 (±1)  (CSV_TASK_SHARES_SUM)');
    expect(run.stdout).toContain('fout  fte 1.6: verwacht meer dan 0 en ten hoogste 1,5 per persoon  (CSV_OUT_OF_RANGE)');
    expect(run.stdout).toContain('fout  hours_per_week 60: verwacht meer dan 0 en ten hoogste 54,75 (1,5 fte van 36,5 uur)  (CSV_OUT_OF_RANGE)');
    expect(run.stdout).toContain('fte 1 maar 30 uur = 0,822 fte, bij een werkweek van 36,5 uur');
    expect(run.stdout).toContain('demand.emerging[0].tasks: de aandelen tellen op tot 0,98, verwacht 1 (±0,01)');
    expect(run.stdout).toContain('workforce.transitions.F1: uitstroom tot 0,55 + overgangen 0,5 = 1,05: verwacht uitstroom + overgangen ≤ 1');
    expect(run.stdout).toContain('horizon.end: verwacht een getal ≤ 2200, maar vond 2226');
    expect(englishDecimals(run.stdout, functions + headcount + scenario)).toEqual([]);
    // English keeps its decimal point.
    const en = await runSpp(['validate', s, far, '--lang', 'en']);
    expect(en.stdout).toContain('expected more than 0 and at most 54.75 (1.5 FTE of 36.5 hours)');
    expect(en.stdout).toContain('horizon.end: expected a number ≤ 2200, found 2226');
  });

  it('the flows check computes with a decimal comma and quotes the scenario as written', async () => {
    write('functions.csv', 'function_id,name,family,task.a\nF1,Een,Fam,1\nF2,Twee,Fam,1\n');
    write('headcount.csv', 'function_id,fte,birth_year\nF1,1,1980\nF2,1,1980\n');
    const s = write('flows.yaml', 'id: flows\ndata: { functions: functions.csv, headcount: headcount.csv }\nhorizon: { start: 2026, end: 2030 }\nworkforce:\n  attrition: [ { rate: [0.5, 0.55, 0.6] } ]\n  transitions: { F1: { F2: 0.5 } }\n');
    const run = await runSpp(['validate', s]);
    expect(run.stdout).toContain('is 1 − w − Σp negatief: 1 − 0,55 − 0,5 = -0,05 (uitstroom volgens workforce.attrition[0] (iedereen): [0.5, 0.55, 0.6] (gemiddeld 0,55))');
  });

  it('an option value: spp sensitivity --delta', async () => {
    const run = await runSpp(['sensitivity', '--example', '--delta', '2']);
    expect([run.exitCode, run.stderr]).toEqual([2, "spp: --delta '2': verwacht een relatieve verandering tussen 0 en 1, bijvoorbeeld 0,2 of 20%\n"]);
  });
});
