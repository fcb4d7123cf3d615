import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden, runSpp } from './run-spp.js';

describe('spp validate (golden files)', () => {
  it('passes clean scenarios (a folder: *.yaml and *.yml, with extends) and exits 0', async () => {
    const run = await expectGolden('validate-clean', ['validate', 'fixtures/validate/clean']);
    expect(run.exitCode).toBe(0);
  });

  it('reports schema, reference and data errors in text and exits 1', async () => {
    const run = await expectGolden('validate-broken-text', ['validate', 'fixtures/validate/broken']);
    expect(run.exitCode).toBe(1);
  });

  it('reports them as spp.diagnostics/1 JSON', async () => {
    const run = await expectGolden('validate-broken-json', ['validate', 'fixtures/validate/broken', '--format', 'json']);
    expect(run.exitCode).toBe(1);
    const json = JSON.parse(run.stdout) as { schema: string; errors: number; warnings: number; diagnostics: { code: string }[] };
    expect(json.schema).toBe('spp.diagnostics/1');
    expect(json.errors).toBe(json.diagnostics.length);
  });

  it('reports them as GitHub annotations', async () => {
    const run = await expectGolden('validate-broken-github', ['validate', 'fixtures/validate/broken', '--format', 'github']);
    expect(run.exitCode).toBe(1);
    for (const line of run.stdout.trim().split('\n')) expect(line).toMatch(/^::error file=[^,]+,line=\d+,col=\d+,title=[A-Z_]+::/);
  });

  it('takes several files; a data file they share shows its problems once', async () => {
    const run = await expectGolden('validate-two-files', [
      'validate',
      'fixtures/validate/broken/c-bad-data.yaml',
      'fixtures/validate/clean/basis.yaml',
      '--headcount',
      'fixtures/validate/data/headcount-bad.csv',
    ]);
    expect(run.exitCode).toBe(1);
  });

  it('uses --functions/--headcount instead of the data block', async () => {
    const run = await expectGolden('validate-data-flags', [
      'validate',
      'fixtures/validate/clean/basis.yaml',
      '--headcount',
      'fixtures/validate/data/headcount-bad.csv',
    ]);
    expect(run.exitCode).toBe(1);
  });

  it('exits 0 on warnings, 1 with --strict', async () => {
    expect((await expectGolden('validate-warning', ['validate', 'fixtures/validate/warning'])).exitCode).toBe(0);
    expect((await expectGolden('validate-warning-strict', ['validate', 'fixtures/validate/warning', '--strict'])).exitCode).toBe(1);
  });

  it('warns about a folder without scenario files (exit 1 with --strict)', async () => {
    expect((await expectGolden('validate-no-scenarios', ['validate', 'fixtures/validate/no-scenarios', '--strict'])).exitCode).toBe(1);
  });

  it('exits 2 on a path that does not exist', async () => {
    const run = await expectGolden('validate-missing-path', ['validate', 'fixtures/validate/nope.yaml']);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
  });

  it('exits 2 on an unknown format', async () => {
    expect((await expectGolden('validate-bad-format', ['validate', 'fixtures/validate/clean', '--format', 'table'])).exitCode).toBe(2);
  });
});

describe('spp validate on a headcount whose birth dates are Excel date numbers (an explanation said in full once)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spp-serials-'));
  const headcount = join(dir, 'h.csv');
  const lines = ['Personeelsnummer;Functiecode;FTE;Geboortedatum;Contract'];
  for (let i = 0; i < 12; i++) lines.push(`${1000 + i};F001;0,8;${25000 + i * 97};${i === 5 ? 'ja' : 'vast'}`);
  writeFileSync(headcount, `${lines.join('\n')}\n`);
  const args = ['validate', '--functions', 'fixtures/example/functions.csv', '--headcount', headcount, '--preset', 'excel-nl'];

  it('text: the explanation on line 2, a short line for each row after it (it printed 12 lines of ~370 characters)', async () => {
    const r = await runSpp(args);
    expect(r.exitCode).toBe(1);
    const rows = r.stdout.split('\n').filter((l) => l.includes('(CSV_BAD_DATE)'));
    expect(rows).toHaveLength(12);
    expect(rows[0]).toContain(':2:4  fout  Geboortedatum (birth_date) (niet getoond: het zijn geboortedata, opgeslagen als Excel-datumgetal');
    expect(rows[0]).toContain('zo’n getal is hoe Excel een datum opslaat');
    expect(rows[1]).toMatch(/h\.csv:3:4 {2}fout {2}Geboortedatum \(birth_date\): hetzelfde als regel 2 \(een Excel-datumgetal in plaats van een datum\) {2}\(CSV_BAD_DATE\)$/);
    expect(rows.slice(1).every((l) => l.slice(l.indexOf('  fout  ')).length < 130)).toBe(true);
    expect(r.stdout).toContain("h.csv:7:5  fout  Contract 'ja': verwacht vast, tijdelijk, permanent of temporary  (CSV_BAD_CONTRACT)");
    expect(r.stdout).not.toContain('personeelsnummers');
    expect(r.stdout).toMatch(/^13 fouten/m);
  });

  it('json: still one diagnostic per row, both texts short after the first', async () => {
    const r = await runSpp([...args, '--format', 'json']);
    const json = JSON.parse(r.stdout) as { errors: number; diagnostics: { code: string; line: number; column: number; message: string; message_nl: string }[] };
    const bad = json.diagnostics.filter((d) => d.code === 'CSV_BAD_DATE');
    expect(json.errors).toBe(13);
    expect(bad.map((d) => d.line)).toEqual(Array.from({ length: 12 }, (_, i) => i + 2));
    expect(bad[0]!.message).toContain('a number like this is how Excel stores a date');
    expect(bad[5]).toMatchObject({
      line: 7,
      column: 4,
      message: 'Geboortedatum (birth_date): same as line 2 (an Excel date number instead of a date)',
      message_nl: 'Geboortedatum (birth_date): hetzelfde als regel 2 (een Excel-datumgetal in plaats van een datum)',
    });
  });

  it('github: each row an annotation of its own, the short ones complete lines with file, line, column and code', async () => {
    const r = await runSpp([...args, '--format', 'github', '--lang', 'en']);
    const rows = r.stdout.split('\n').filter((l) => l.includes('title=CSV_BAD_DATE'));
    expect(rows).toHaveLength(12);
    expect(rows[0]).toMatch(/^::error file=[^,]*h\.csv,line=2,col=4,title=CSV_BAD_DATE::Geboortedatum \(birth_date\) \(not shown: they are birth dates, saved as Excel date numbers/);
    expect(rows[11]).toMatch(/^::error file=[^,]*h\.csv,line=13,col=4,title=CSV_BAD_DATE::Geboortedatum \(birth_date\): same as line 2 \(an Excel date number instead of a date\)$/);
  });
});
