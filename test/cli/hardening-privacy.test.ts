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
    // One message for one refusal: the diagnostic, which names the column and why, and no second
    // error line after it ("spp: --by naam: geen kolom om op te groeperen" followed it: probe).
    const errors = r.stderr.split('\n').filter((l) => /  fout  |^spp:/.test(l));
    expect(errors, r.stderr).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`--by ${column}: deze kolom wijst personen aan.*\\(CSV_BY_IDENTIFIES\\)$`));
  });

  it('refuses --by on a column the headcount does not have with exit 2, naming its columns', () => {
    const r = spp(['project', '-s', 's.yaml', '-f', 'csv', '--by', 'afdelnig'], dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--by afdelnig: het personeelsbestand heeft die kolom niet; verwacht een van .*'afdeling'.*\(CSV_BY_UNKNOWN_COLUMN\)/);
    expect(r.stderr).not.toMatch(/^spp:/m);
    // Only columns --by accepts and that hold groups: not the function code, FTE, dates or the ids and
    // names it refuses (the list named 'function_id', 'fte', 'contract_end' too: probe).
    expect(r.stderr).toContain("verwacht een van 'afdeling', 'contract'. Bedoelt u 'afdeling'?");
  });

  it('says so when the headcount has no column to group by, and points to --by family', () => {
    const bare = mkdtempSync(join(tmpdir(), 'spp-by-bare-'));
    writeFileSync(join(bare, 'headcount.csv'), 'function_id,fte,birth_year\nF001,1,1980\n');
    const r = spp(['project', '-s', join(dir, 's.yaml'), '--headcount', join(bare, 'headcount.csv'), '-f', 'csv', '--by', 'afdeling', '--lang', 'en'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--by afdeling: the headcount file has no such column; it has no column of its own to group by besides the ones spp reads (add one, such as a department), or use --by family.');
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
    // A column of categories with three or four people in each (contract_end, which this used, is a
    // date per person: refused for that now, test/cli/by-categories).
    const small = mkdtempSync(join(tmpdir(), 'spp-privacy-small-'));
    writeFileSync(join(small, 'headcount.csv'), [`${lines[0]},kamer`, ...lines.slice(1).map((l, i) => `${l},K${i % 400}`)].join('\n') + '\n');
    writeFileSync(join(small, 's.yaml'), readFileSync(join(dir, 's.yaml'), 'utf8'));
    const r = spp(['project', '--lang', 'en', '-s', 's.yaml', '-f', 'csv', '--by', 'kamer'], small);
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
  const scenario = join(repoRoot, 'fixtures/app/privacy-formation/scenario.yaml');
  type Result = { vulnerable: { persons: number | null; suppressed?: string }; functions: { suppressed?: string; years: { gap_fte: number | null }[] }[] };
  const result = (): Result => JSON.parse(spp(['project', '-s', scenario, '-q', '-f', 'json'], repoRoot).stdout) as Result;

  it('refuses a condition on a withheld vulnerable total: its exit code over a few thresholds gave the number', () => {
    expect(result().vulnerable.suppressed).toBeDefined();
    // "vulnerable is 2 people" beside "< 5"; then thresholds 1 and 2 told it by their exit codes alone.
    const r = spp(['project', '-s', scenario, '-q', '-f', 'json', '--lang', 'en', '--fail-on', 'vulnerable>0'], repoRoot);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--fail-on vulnerable>0: the number of people in vulnerable functions is withheld for privacy');
  });

  it('judges shortage and surplus on the functions shown, so no threshold tells a withheld figure', () => {
    const json = result();
    expect(json.functions.some((f) => f.suppressed !== undefined)).toBe(true);
    const shown = Math.max(...json.functions[0]!.years.map((_, i) => json.functions.reduce((sum, f) => sum + (f.suppressed === undefined ? Math.max(0, f.years[i]!.gap_fte!) : 0), 0)));
    const at = (threshold: number) => spp(['project', '-s', scenario, '-q', '-f', 'json', '--lang', 'en', '--fail-on', `surplus>${threshold}`], repoRoot);
    const held = at(0);
    expect(held.status).toBe(1);
    expect(held.stderr).toContain(`--fail-on surplus>0: surplus is ${Math.round(shown * 10) / 10} FTE in the functions shown (functions withheld for privacy are left out of the condition`);
    // Just above the shown functions' surplus the gate passes, whatever the withheld functions hold.
    expect(at(Math.ceil(shown * 10 + 1) / 10).status).toBe(0);
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

describe('explain and privacy: attrition by age', () => {
  // Function A: 10 people born 1963–1990, one in each third year; B, C, D, E: enough people to show.
  const dir = mkdtempSync(join(tmpdir(), 'spp-explain-ages-'));
  writeFileSync(join(dir, 'functions.csv'), 'function_id,name,family,level,pay,formation_fte,task.administrative,task.case_handling\nA,Alpha,Fam1,7,45000,10,0.5,0.5\nC,Gamma,Fam2,7,45000,10,0.5,0.5\n');
  const people = [
    ...Array.from({ length: 10 }, (_, i) => `P${i},A,1,${1963 + 3 * i}-05-01,permanent`),
    ...Array.from({ length: 10 }, (_, i) => `Q${i},C,1,${1964 + 3 * i}-05-01,permanent`),
  ];
  writeFileSync(join(dir, 'headcount.csv'), ['employee_id,function_id,fte,birth_date,contract', ...people].join('\n') + '\n');
  const scenario = (name: string, attrition: string): void =>
    writeFileSync(join(dir, name), `id: ${name.replace('.yaml', '')}\ndata: { functions: functions.csv, headcount: headcount.csv }\nhorizon: { start: 2026, end: 2028 }\nworkforce: { attrition: [ ${attrition} ] }\n`);
  // One rule per year of age: each line was one person's age and FTE ("36 jaar: 5,0% van 1,00").
  scenario('years.yaml', Array.from({ length: 40 }, (_, i) => `{ ages: "${25 + i}", rate: 0.05 }`).join(', '));
  // Ordinary bands: under 40 holds 2 people of A in 2026 ("jonger dan 40: 10,0% van 2,00").
  scenario('bands.yaml', '{ ages: "<40", rate: 0.1 }, { ages: "40-59", rate: 0.05 }, { ages: ">=60", rate: 0.01 }');

  it('never shows an attrition line of fewer than min_group people: one-year bands are taken together', () => {
    const r = spp(['explain', 'A', '-s', 'years.yaml', '-f', 'table'], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/verloop, \d+ jaar: /);
    // One line a year for all ten people, naming no rule: with the rules' rates, a line of two bands
    // with its base and outflow gave the smaller band's FTE back (red-team, session 14).
    const json = JSON.parse(spp(['explain', 'A', '-s', 'years.yaml', '-f', 'json'], dir).stdout) as { years: { supply: { start_fte: number; attrition: { merged?: boolean; ages: string; rule: string; rule_index: number | null; base_fte: number; fte: number; base_persons?: number }[]; attrition_fte: number } }[] };
    for (const y of json.years) {
      expect(y.supply.attrition).toHaveLength(1);
      for (const a of y.supply.attrition) {
        expect(a.merged).toBe(true);
        expect(a.ages).toBe('all');
        expect(a.rule_index).toBeNull();
        expect(a.rule).not.toMatch(/attrition\[/);
        expect(a.base_persons).toBeUndefined();
      }
      // The lines still add up to the function's attrition, which project publishes.
      expect(y.supply.attrition.reduce((sum, a) => sum + a.fte, 0)).toBeCloseTo(y.supply.attrition_fte, 3);
    }
  });

  it("takes the year's bands together when one is small, and says so", () => {
    const r = spp(['explain', 'A', '-s', 'bands.yaml', '-f', 'table'], dir);
    expect(r.status, r.stderr).toBe(0);
    // 2026: under 40 (2 people) and 40–59 (6) together; 60 or over has 2 people, so it joins them too.
    expect(r.stdout).not.toMatch(/verloop, jonger dan 40: /);
    expect(r.stdout).toMatch(/− verloop, alle leeftijden samen \(privacy\): gem\. \d+,\d% van \d/);
    const en = spp(['explain', 'A', '-s', 'bands.yaml', '-f', 'table', '--lang', 'en'], dir);
    expect(en.stdout).toMatch(/− attrition, all ages together \(privacy\): avg\. \d+\.\d% of \d/);
    // With min_group 2 the bands of two people are shown as they are in 2026; in 2027 one of the two
    // under 40 has turned 40, and that year has one line for all ages.
    writeFileSync(join(dir, 'bands2.yaml'), readFileSync(join(dir, 'bands.yaml'), 'utf8').replace('id: bands', 'id: bands2') + 'privacy: { min_group: 2 }\n');
    const shown = spp(['explain', 'A', '-s', 'bands2.yaml', '-f', 'table'], dir).stdout;
    const y2026 = shown.split('\n2026\n')[1]!.split('\n\n')[0]!;
    expect(y2026).toContain('− verloop, jonger dan 40: 10,0% van 2,00 (attrition[0])');
    expect(y2026).toContain('− verloop, 60 jaar of ouder: 1,0% van 2,00 (attrition[2])');
    const y2027 = shown.split('\n2027\n')[1]!.split('\n\n')[0]!;
    expect(y2027).toContain('− verloop, alle leeftijden samen (privacy): gem.');
    expect(y2027).not.toContain('− verloop, 60 jaar of ouder');
  });
});

describe('--by and the complement of a withheld function', () => {
  // Department X holds function A (10 people) and B (2, withheld); Y holds C (10).
  const dir = mkdtempSync(join(tmpdir(), 'spp-by-complement-'));
  writeFileSync(join(dir, 'functions.csv'), 'function_id,name,family,level,pay,formation_fte,task.administrative,task.case_handling\nA,Alpha,Fam1,7,45000,10,0.5,0.5\nB,Beta,Fam2,7,45000,2,0.5,0.5\nC,Gamma,Fam2,7,45000,10,0.5,0.5\n');
  const person = (id: string, fn: string, dept: string, i: number): string => `${id},${fn},1,${1965 + 2 * i}-05-01,permanent,${dept}`;
  const rows = (bDept: string, aDepts: (i: number) => string): string[] => [
    ...Array.from({ length: 10 }, (_, i) => person(`A${i}`, 'A', aDepts(i), i)),
    person('B0', 'B', bDept, 1),
    person('B1', 'B', bDept, 2),
    ...Array.from({ length: 10 }, (_, i) => person(`C${i}`, 'C', 'Y', i)),
  ];
  const write = (name: string, lines: string[]): void => {
    writeFileSync(join(dir, `${name}.csv`), ['employee_id,function_id,fte,birth_date,contract,afdeling', ...lines].join('\n') + '\n');
    writeFileSync(join(dir, `${name}.yaml`), `id: ${name}\ndata: { functions: functions.csv, headcount: ${name}.csv }\nhorizon: { start: 2026, end: 2030 }\nworkforce: { attrition: [ { rate: 0.05 } ] }\n`);
  };

  it('refuses a grouping whose group minus the functions shown gives a withheld function back', () => {
    // X = all of A + B; Y = C: X − A = B, year by year (it showed 1,2 fte and 2 persons, 0,857 after one retirement).
    write('gives', rows('X', () => 'X'));
    const project = spp(['project', '-s', 'gives.yaml', '-f', 'json', '--lang', 'en'], dir);
    expect(project.status).toBe(0);
    expect((JSON.parse(project.stdout) as { functions: { id: string; suppressed?: string }[] }).functions.find((f) => f.id === 'B')!.suppressed).toBe('small');
    const r = spp(['project', '-s', 'gives.yaml', '-f', 'json', '--by', 'afdeling', '--lang', 'en'], dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("--by afdeling: a group's figures minus the functions shown in it would give back a figure withheld for privacy");
  });

  it('allows it when no group lets a reader work a withheld figure out', () => {
    // A spread over X and Y: a group minus what is shown leaves B with unknown parts of A (and of C).
    write('spread', rows('X', (i) => (i < 5 ? 'X' : 'Y')));
    const r = spp(['project', '-s', 'spread.yaml', '-f', 'json', '--by', 'afdeling'], dir);
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { groups: { id: string }[] }).groups.map((g) => g.id)).toEqual(['X', 'Y']);
  });
});

describe('--by on thousands of functions', () => {
  it('is judged by a stricter rule without the cubic system solve, and says so (3,000 functions: seconds, not minutes)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-by-large-'));
    expect(spp(['generate', dir, '--functions', '3000', '--persons', '30000', '--seed', '7', '-q'], repoRoot).status).toBe(0);
    writeFileSync(join(dir, 's.yaml'), 'id: large\ndata: { functions: functions.csv, headcount: headcount.csv }\nhorizon: { start: 2026, end: 2030 }\n');
    const r = spp(['project', '-s', 's.yaml', '--by', 'afdeling', '-f', 'json', '--lang', 'en'], dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--by afdeling: with \d+ lines of figures \(functions spread over several groups\) spp checks a grouping by a stricter rule/);
  }, 60_000);
});
