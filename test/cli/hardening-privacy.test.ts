import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, repoRoot } from './run-spp.js';

/** #13 class 6: `--by` never shows a group that identifies people. */

beforeAll(() => buildCli());

function spp(args: readonly string[], cwd: string): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/spp.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('--by and privacy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spp-privacy-'));
  const lines = readFileSync(join(repoRoot, 'fixtures/example/headcount.csv'), 'utf8').trimEnd().split('\n');
  writeFileSync(join(dir, 'headcount.csv'), [`${lines[0]},naam`, ...lines.slice(1).map((l, i) => `${l},Persoon ${i}`)].join('\n') + '\n');
  writeFileSync(join(dir, 's.yaml'), readFileSync(join(repoRoot, 'scenarios/baseline.yaml'), 'utf8').replace('../fixtures/example/headcount.csv', 'headcount.csv').replace('../fixtures/example/', `${repoRoot}/fixtures/example/`));

  it.each(['employee_id', 'birth_date', 'naam'])('refuses --by %s: it identifies people', (column) => {
    const r = spp(['project', '-s', 's.yaml', '-f', 'csv', '--by', column], dir);
    // A grouping refused for privacy is a bad option value (README, exit codes: 2), not an invalid file.
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/CSV_BY_IDENTIFIES/);
    expect(r.stderr).toContain(`spp: --by ${column}: geen kolom om op te groeperen`);
  });

  it('refuses --by on a column the headcount does not have with exit 2, naming its columns', () => {
    const r = spp(['project', '-s', 's.yaml', '-f', 'csv', '--by', 'afdelnig'], dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--by afdelnig: het personeelsbestand heeft die kolom niet; verwacht een van .*'afdeling'.*\(CSV_BY_UNKNOWN_COLUMN\)/);
  });

  it('still exits 1 when an input has errors of its own besides the --by', () => {
    const functions = readFileSync(join(repoRoot, 'fixtures/example/functions.csv'), 'utf8').replace('F001,Medewerker Klantcontactcentrum,Dienstverlening,6,', 'F001,Medewerker Klantcontactcentrum,Dienstverlening,zes,');
    writeFileSync(join(dir, 'functions.csv'), functions);
    writeFileSync(join(dir, 'b.yaml'), readFileSync(join(dir, 's.yaml'), 'utf8').replace(`${repoRoot}/fixtures/example/functions.csv`, 'functions.csv'));
    const r = spp(['project', '-s', 'b.yaml', '-f', 'csv', '--by', 'naam'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/CSV_BY_IDENTIFIES/);
    expect(r.stderr).toContain('spp: functions.csv en headcount.csv zijn ongeldig');
  });

  it('refuses a column with groups under privacy.min_group, and says why', () => {
    const r = spp(['project', '--lang', 'en', '-s', 's.yaml', '-f', 'csv', '--by', 'contract_end'], dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/groups have fewer than 5 people \(privacy\.min_group\)/);
  });

  it('allows a department whose groups are all large enough', () => {
    const r = spp(['project', '-s', 's.yaml', '-q', '-f', 'csv', '--by', 'afdeling'], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^afdeling,year/);
  });
});

describe('--fail-on and privacy', () => {
  const scenario = join(repoRoot, 'fixtures/app/privacy-no-formation/scenario.yaml');

  it('still fails the run, but never prints a figure the outputs withhold', () => {
    const result = JSON.parse(spp(['project', '-s', scenario, '-q', '-f', 'json'], repoRoot).stdout) as {
      vulnerable: { persons: number | null; suppressed?: string };
      functions: { suppressed?: string; years: { gap_fte: number | null }[] }[];
    };
    // The fixture withholds the vulnerable total and functions with a surplus: the gate's figures would give them back.
    expect(result.vulnerable.suppressed).toBeDefined();
    expect(result.functions.some((f) => f.suppressed !== undefined)).toBe(true);
    const r = spp(['project', '-s', scenario, '-q', '-f', 'json', '--lang', 'en', '--fail-on', 'vulnerable>0', '--fail-on', 'surplus>0'], repoRoot);
    expect(r.status).toBe(1);
    // "vulnerable is 2 people" beside "< 5" in the table.
    expect(r.stderr).toContain('--fail-on vulnerable>0: holds (the number is withheld for privacy');
    expect(r.stderr).not.toMatch(/vulnerable is \d/);
    // The surplus over the functions shown only: a figure their published gaps give anyway.
    const shown = Math.max(...result.functions[0]!.years.map((_, i) => result.functions.reduce((sum, f) => sum + (f.suppressed === undefined ? Math.max(0, f.years[i]!.gap_fte!) : 0), 0)));
    expect(r.stderr).toContain(`--fail-on surplus>0: holds; surplus is ${Math.round(shown * 10) / 10} FTE in the functions shown; functions withheld for privacy count in the condition too`);
  });

  it('gives the figure when nothing withheld is in it', () => {
    const r = spp(['project', '--example', '-q', '-f', 'json', '--lang', 'en', '--fail-on', 'surplus>1'], repoRoot);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--fail-on surplus>1: surplus is \d+(\.\d)? FTE\n/);
  });
});

describe('calibrate and privacy', () => {
  it('refuses a snapshot of fewer than min_group people (exit 2), as plan, compare and report refuse such an organisation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-calibrate-small-'));
    const header = 'employee_id,function_id,fte,birth_date,contract,contract_end';
    const rows = ['A1,F1,1,1960-03-01,permanent,', 'A2,F1,0.8,1990-03-01,permanent,', 'A3,F2,1,1975-05-01,permanent,', 'A4,F2,0.9,1982-07-01,permanent,'];
    writeFileSync(join(dir, 'old.csv'), [header, ...rows].join('\n') + '\n');
    writeFileSync(join(dir, 'new.csv'), [header, ...rows.slice(1), 'A5,F1,1,1995-01-01,permanent,', 'A6,F2,1,1992-01-01,permanent,'].join('\n') + '\n');
    const r = spp(['calibrate', 'old.csv', 'new.csv', '--from', '2025', '--to', '2026', '-f', 'json', '--lang', 'en'], dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    // "old_persons 4, joiners 1, left 0": counts of individuals.
    expect(r.stderr).toContain('old.csv: the snapshot holds 4 persons, fewer than privacy.min_group 5');
    // Five people in each snapshot: calibrate runs.
    writeFileSync(join(dir, 'old.csv'), [header, ...rows, 'A7,F1,1,1970-01-01,permanent,'].join('\n') + '\n');
    const ok = spp(['calibrate', 'old.csv', 'new.csv', '--from', '2025', '--to', '2026', '-f', 'json'], dir);
    expect(ok.status, ok.stderr).toBe(0);
  });
});
