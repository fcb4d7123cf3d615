import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSpp } from './run-spp.js';

/**
 * `spp init` writes its starter set in the language asked for: under --lang en English titles,
 * descriptions, comments, file names and suggested commands; under nl (the default) all Dutch. The
 * data (function and family names, departments) stays as a Dutch municipality writes it.
 */

/** Dutch words that must not appear in the prose of an English starter file. */
const DUTCH = ['de', 'het', 'een', 'en', 'van', 'zetten', 'door', 'trends zetten', 'mijn', 'gemeente', 'versneld', 'digitalisering', 'basis', 'digitaal', 'iedereen', 'nieuwe', 'werk', 'wordt', 'worden', 'kolom', 'bestand', 'uw', 'jaar', 'rapport', 'afdeling'];
/** English words that must not appear in the prose of a Dutch starter file. */
const ENGLISH = ['the', 'and', 'of', 'here', 'start', 'change', 'each', 'what', 'with', 'your', 'shown', 'paths', 'share', 'reached', 'time', 'back', 'same', 'everything', 'only', 'between', 'after', 'low', 'likely', 'high', 'tells', 'use', 'when', 'header', 'exactly', 'remove', 'lines', 'file', 'report'];

/**
 * The prose of a starter YAML file: its comments and its title, description and organisation, with
 * what is not prose removed — commands in backticks, paths, quoted headers, spp's own keys
 * (`function_id:`), scenario ids and the names of functions and families from the data.
 */
function prose(yaml: string): string {
  const parts: string[] = [];
  let inBlock = false;
  for (const line of yaml.split('\n')) {
    if (line.startsWith('# yaml-language-server')) continue;
    const comment = line.indexOf('#');
    if (comment >= 0) parts.push(line.slice(comment + 1));
    if (/^(title|organisation):/.test(line)) parts.push(line.replace(/#.*/, '').replace(/^\w+:/, ''));
    if (/^description:/.test(line)) inBlock = true;
    else if (inBlock && /^\s/.test(line)) parts.push(line);
    else inBlock = false;
  }
  return parts
    .join('\n')
    .replace(/`[^`]*`/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/\S*[/.]\S*/g, ' ')
    .replace(/\b[a-z_]+:/g, ' ')
    .replace(/\b(AOW|Data-analist|Sociaal domein|Informatievoorziening|FTE|fte)\b/g, ' ');
}

const wordsIn = (text: string, words: readonly string[]): string[] => words.filter((w) => new RegExp(`(^|[^\\p{L}-])${w}([^\\p{L}-]|$)`, 'iu').test(text));

async function initInto(lang: 'nl' | 'en'): Promise<{ dir: string; stderr: string }> {
  const dir = join(mkdtempSync(join(tmpdir(), `spp-init-${lang}-`)), 'start');
  const run = await runSpp(['init', dir, '--lang', lang]);
  expect(run.exitCode, run.stderr).toBe(0);
  return { dir, stderr: run.stderr };
}

const yamlFiles = (dir: string): string[] => ['columns.yaml', ...readdirSync(join(dir, 'scenarios')).map((f) => `scenarios/${f}`)];

describe('spp init --lang en', () => {
  it('writes English file names, titles, descriptions and comments, and suggests English commands that run', async () => {
    const { dir, stderr } = await initInto('en');
    expect(readdirSync(join(dir, 'scenarios')).sort()).toEqual(['baseline.yaml', 'digital.yaml']);
    const baseline = readFileSync(join(dir, 'scenarios/baseline.yaml'), 'utf8');
    expect(baseline).toMatch(/^title: Baseline/m);
    expect(baseline).toMatch(/^organisation: My municipality/m);
    expect(readFileSync(join(dir, 'scenarios/digital.yaml'), 'utf8')).toMatch(/^extends: baseline\.yaml/m);
    expect(readFileSync(join(dir, 'data/headcount.csv'), 'utf8').split('\n')[0]).not.toMatch(/afdeling/);
    for (const f of yamlFiles(dir)) expect(wordsIn(prose(readFileSync(join(dir, f), 'utf8')), DUTCH), f).toEqual([]);

    const steps = stderr.split('Next, try:\n')[1]!.trim().split('\n').map((l) => l.trim());
    expect(steps).toHaveLength(3);
    expect(steps[2]).toMatch(/scenarios\/digital\.yaml --out \S*report\.html --lang en$/);
    for (const step of steps) {
      const run = await runSpp(step.replace(/^spp /, '').split(' '));
      expect(run.exitCode, `${step}\n${run.stderr}`).toBe(0);
      expect(wordsIn(run.stderr.replace(/'[^']*'|\S*\/\S*/g, ' '), ['geschreven', 'fouten', 'kolommen']), step).toEqual([]);
    }
  });
});

describe('spp init (nl)', () => {
  it('writes Dutch titles and comments only, and suggests commands that run', async () => {
    const { dir, stderr } = await initInto('nl');
    expect(readdirSync(join(dir, 'scenarios')).sort()).toEqual(['basis.yaml', 'digitaal.yaml']);
    for (const f of yamlFiles(dir)) expect(wordsIn(prose(readFileSync(join(dir, f), 'utf8')), ENGLISH), f).toEqual([]);
    const steps = stderr.split('Probeer daarna:\n')[1]!.trim().split('\n').map((l) => l.trim());
    expect(steps[2]).toMatch(/scenarios\/digitaal\.yaml --out \S*rapport\.html$/);
    for (const step of steps) expect((await runSpp(step.replace(/^spp /, '').split(' '))).exitCode, step).toBe(0);
  });

  it('the English and Dutch starter sets hold the same data (only the department header differs)', async () => {
    const [nl, en] = [await initInto('nl'), await initInto('en')];
    expect(readFileSync(join(en.dir, 'data/functions.csv'), 'utf8')).toBe(readFileSync(join(nl.dir, 'data/functions.csv'), 'utf8'));
    const rows = (d: string): string[] => readFileSync(join(d, 'data/headcount.csv'), 'utf8').split('\n').slice(1);
    expect(rows(en.dir)).toEqual(rows(nl.dir));
  });
});
