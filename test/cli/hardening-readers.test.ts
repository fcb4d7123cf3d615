import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runSpp } from './run-spp.js';

/**
 * Red-team probes of the readers (cases in the numbering): inputs that were dropped
 * silently, messages that showed an employee id, a library's English or an absolute path, and
 * escape sequences that ate the text after them.
 */

/** A folder with the given files; returns its path. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'spp-readers-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('case 10: two stray quotes swallow rows', () => {
  const dir = folder({
    'functions.csv': 'function_id,name,task.administrative\nF01,Medewerker,1\n',
    'headcount.csv':
      'personeelsnummer;functiecode;deeltijdfactor;geboortedatum;opmerking\r\n' +
      'P1;F01;1;01-01-1980;ok\r\nP2;F01;1;01-01-1980;"Jan\r\nP3;F01;1;01-01-1980;ok\r\nP4;F01;1;01-01-1980;ok\r\nP5;F01;1;01-01-1980;x"\r\n' +
      'P6;F01;1;01-01-1980;ok\r\nP7;F01;1;01-01-1980;"Piet\r\nP8;F01;1;01-01-1980;ok\r\nP9;F01;1;01-01-1980;y"\r\nP10;F01;1;01-01-1980;ok\r\n',
    's.yaml': 'id: hq\ntitle: HQ\ndata: { functions: functions.csv, headcount: headcount.csv }\nhorizon: { start: 2026, end: 2028 }\nprivacy: { min_group: 1 }\n',
  });

  it('validate names both fields where their quotes open, and fails (it said "0 fouten")', async () => {
    const r = await runSpp(['validate', join(dir, 's.yaml'), '--format', 'json']);
    expect(r.exitCode).toBe(1);
    const found = (JSON.parse(r.stdout) as { diagnostics: { code: string; severity: string; line: number; column: number }[] }).diagnostics.filter((d) => d.code === 'CSV_QUOTED_LINE_BREAK');
    expect(found.map((d) => [d.severity, d.line, d.column])).toEqual([
      ['error', 3, 5],
      ['error', 8, 5],
    ]);
  });

  it('project stops instead of counting 5 of 10 persons', async () => {
    const r = await runSpp(['project', '-s', join(dir, 's.yaml'), '-f', 'json']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/headcount\.csv:3:5 .*regels erin lijken op een rij/);
    expect(r.stderr).toMatch(/headcount\.csv:8:5 /);
  });
});

describe('cases 1 and 2: an escape sequence without its end in a data value', () => {
  const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;
  const dir = folder({
    'functions.csv': 'function_id,name,task.administrative\nF01,Medewerker \u001b]0 Klant,1\nF02,Gewoon,1\n',
    'headcount.csv':
      'employee_id,function_id,fte,birth_year\n' +
      Array.from({ length: 6 }, (_, i) => `P${i + 1},F01,1,1980\nQ${i + 1},F02,1,1980\n`).join(''),
    'bad.csv': 'employee_id,function_id,fte,birth_year\nP1,F01,1,1980\nP6,F0\u001b]8;;http://evil\u0007X,1,1980\nP7,F0\u001b[2J\u001b]0Y,1,1980\n',
    's.yaml': 'id: osc\ntitle: Escape\ndata: { functions: functions.csv, headcount: headcount.csv }\nhorizon: { start: 2026, end: 2028 }\nprivacy: { min_group: 1 }\n',
    'bad.yaml': 'id: esc\ntitle: Escape\ndata: { functions: functions.csv, headcount: bad.csv }\nhorizon: { start: 2026, end: 2028 }\n',
  });

  it('validate keeps the rest of the message after an unterminated OSC (it ended at "\'F0")', async () => {
    const r = await runSpp(['validate', join(dir, 'bad.yaml')]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stdout).toContain("bad.csv:3:2  fout  function_id 'F0X' staat niet in het functiebestand functions.csv.");
    expect(r.stdout).toContain("bad.csv:4:2  fout  function_id 'F00Y' staat niet in het functiebestand functions.csv.");
  });

  it('--format github annotations carry no ESC, BEL or screen clear', async () => {
    const r = await runSpp(['validate', join(dir, 'bad.yaml'), '--format', 'github']);
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stdout).toContain("line=4,col=2,title=CSV_UNKNOWN_FUNCTION::function_id 'F00Y' staat niet in het functiebestand functions.csv.");
  });

  it.each([
    ['project', '-f', 'table'],
    ['organise', '-f', 'table'],
    ['explain', 'F01', '-f', 'table'],
    ['pathways', 'F02', '-f', 'table'],
  ])('%s shows the whole name (project showed "Medewerker"), without the escape', async (...args) => {
    const r = await runSpp([...args, '-s', join(dir, 's.yaml'), '-q'], { tty: true });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stdout).toContain('Medewerker 0 Klant');
  });
});

describe('case 8: YAML mistakes in a column map', () => {
  const scenario = (map: string): string =>
    `id: cm\ntitle: CM\ndata: { functions: ${join(repoRoot, 'fixtures/io/column-map-roles/functions.csv')}, headcount: ${join(repoRoot, 'fixtures/io/column-map-roles/hc.csv')}, columns: ${map} }\nhorizon: { start: 2026, end: 2030 }\n`;
  const dir = folder({
    'map-quote.yaml': 'fte: "Deeltijd\n',
    'map-dup.yaml': 'fte: Deeltijd\nfte: Deeltijd\n',
    'map-tab.yaml': '\tfte: Deeltijd\n',
    's-quote.yaml': scenario('map-quote.yaml'),
    's-dup.yaml': scenario('map-dup.yaml'),
    's-tab.yaml': scenario('map-tab.yaml'),
  });

  it.each([
    ['s-quote.yaml', 'map-quote.yaml:1:6  fout  YAML-syntaxfout: het aanhalingsteken (") hier wordt niet gesloten: sluit de tekst met "', 'Missing closing'],
    ['s-dup.yaml', 'map-dup.yaml:2:1  fout  dubbele sleutel: een sleutel mag één keer in een map staan', 'Map keys must be unique'],
    ['s-tab.yaml', 'map-tab.yaml:1:1  fout  YAML-syntaxfout: een tab in de inspringing', 'Tabs are not allowed'],
  ])('%s: a Dutch message, as in a scenario, without the library text', async (file, expected, library) => {
    const r = await runSpp(['validate', join(dir, file)]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(expected);
    expect(r.stdout).not.toContain(library);
    const en = await runSpp(['validate', join(dir, file), '--lang', 'en']);
    expect(en.stdout).not.toContain(library);
  });
});

describe('case 9: one column map for the headcount and functions.csv', () => {
  const fixtures = join(repoRoot, 'fixtures/io/column-map-roles');

  it('validate --strict passes a correct setup (functions.csv has function_id, the map names the headcount\'s "Functie code")', async () => {
    const r = await runSpp(['validate', join(fixtures, 's.yaml'), '--strict']);
    expect(r.stdout).toBe('geen problemen in 4 bestanden\n');
    expect(r.exitCode).toBe(0);
  });

  it('a block per file reads another header in each file', async () => {
    const r = await runSpp(['project', '-s', join(fixtures, 's-roles.yaml'), '-f', 'json', '-q']);
    expect(r.exitCode, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { functions: { id: string }[] };
    expect(result.functions.map((f) => f.id)).toEqual(['F001', 'F002', 'F003']);
  });

  it('a real warning names the map relative to the working folder, not by its absolute path', async () => {
    const r = await runSpp(['validate', join(fixtures, 's-missing.yaml'), '--strict']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain("fixtures/io/column-map-roles/hc.csv:1  waarschuwing  de kolomkoppeling fixtures/io/column-map-roles/map-missing.yaml koppelt 'organisation' aan 'Organisatie'");
    expect(r.stdout).not.toContain(repoRoot);
  });
});

describe('a function code with a zero-width space in the headcount', () => {
  it('validate says the code holds an invisible character (it said "\'F078\' staat niet in … Bedoelt u \'F078\'?")', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-zwsp-'));
    const lines = readFileSync(join(repoRoot, 'fixtures/example/headcount.csv'), 'utf8').split('\n');
    writeFileSync(join(dir, 'headcount.csv'), [lines[0], lines[1]!.replace(',F078,', ',F\u200B078,'), ...lines.slice(2)].join('\n'));
    const r = await runSpp(['validate', '--headcount', join(dir, 'headcount.csv'), join(repoRoot, 'scenarios/baseline.yaml')]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain("function_id 'F078' staat niet in het functiebestand functions.csv. Er staat een onzichtbaar teken in (U+200B) dat 'F078' niet heeft: wis de waarde en typ hem opnieuw.");
  });
});
