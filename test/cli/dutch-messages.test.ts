import { mkdtempSync, rmSync } from 'node:fs';
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
    expect(run.stdout).toContain('fixtures/validate/data/headcount-bad.csv:4:3  fout  fte 2.5: verwacht meer dan 0 en ten hoogste 1.5 per persoon  (CSV_OUT_OF_RANGE)');
    expect(run.stdout).toContain("function_id 'F011' staat niet in het functiebestand. Bedoelt u 'F010'?");
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
    expect(run.stderr).toContain('headcount-bad.csv:4:3  fout  fte 2.5: verwacht meer dan 0 en ten hoogste 1.5 per persoon  (CSV_OUT_OF_RANGE)');
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
