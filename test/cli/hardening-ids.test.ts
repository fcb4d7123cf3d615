import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, repoRoot, runSpp } from './run-spp.js';

/** #13 class 2: `__proto__` and `constructor` are ordinary function ids everywhere. */

beforeAll(() => buildCli());

describe('ids named like Object properties', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spp-ids-'));
  const rename = (text: string): string => text.replaceAll('F001', '__proto__').replaceAll('F002', 'constructor');
  writeFileSync(join(dir, 'functions.csv'), rename(readFileSync(join(repoRoot, 'fixtures/example/functions.csv'), 'utf8')));
  writeFileSync(join(dir, 'headcount.csv'), rename(readFileSync(join(repoRoot, 'fixtures/example/headcount.csv'), 'utf8')));
  // baseline.yaml moves 3% of F001 to F002 each year and gives F001 its own attrition rule.
  writeFileSync(join(dir, 's.yaml'), rename(readFileSync(join(repoRoot, 'scenarios/baseline.yaml'), 'utf8')).replaceAll('../fixtures/example/', ''));
  const spp = (args: string[]) => spawnSync(process.execPath, [join(repoRoot, 'bin/spp.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it('validate finds nothing wrong (no false self-transition)', () => {
    const r = spp(['validate', '--lang', 'en', 's.yaml']);
    expect(r.stdout + r.stderr).not.toMatch(/FLOW_SELF_TRANSITION/);
    expect(r.stdout).toMatch(/^0 errors, 0 warnings|^no problems/m);
    expect(r.status).toBe(0);
  });

  it('a transition from __proto__ to constructor is applied, as F001 → F002 is', () => {
    const r = spp(['project', '-s', 's.yaml', '-q', '-f', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { functions: { id: string; years: { moved_out_fte: number; moved_in_fte: number }[] }[] };
    const proto = result.functions.find((f) => f.id === '__proto__')!;
    const ctor = result.functions.find((f) => f.id === 'constructor')!;
    expect(proto.years[1]!.moved_out_fte).toBeGreaterThan(1);
    expect(ctor.years[1]!.moved_in_fte).toBeCloseTo(proto.years[1]!.moved_out_fte, 3);
  });

  it('explain and reskill run on them', () => {
    const explain = spp(['explain', '__proto__', '-s', 's.yaml', '-q', '-f', 'json']);
    expect(explain.status, explain.stderr).toBe(0);
    expect(explain.stdout).not.toMatch(/\[object|"share": null|Function/);
    expect(spp(['reskill', '-s', 's.yaml', '-q', '-f', 'json']).status).toBe(0);
  });
});

/**
 * Red-team case 6: task categories and skills named `__proto__` or `constructor`, in functions.csv
 * and as scenario keys (automation, task_profile, labels, skill_shift). A task.__proto__ column gave
 * NaN in explain, organise and the report and a null predictability in JSON; the scenario keys were
 * refused as "not a name of lower-case letters, digits and _".
 */
describe('task categories and skills named like Object properties', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spp-proto-tasks-'));
  writeFileSync(
    join(dir, 'functions.csv'),
    'function_id,name,family,level,pay,task.__proto__,task.constructor,task.administrative,skill.__proto__,skill.constructor,skill.digital\n' +
      'F01,Een,Alpha,6,40000,0.4,0.3,0.3,3,2,1\nF02,Twee,Alpha,7,45000,0,0.2,0.8,2,3,3\nF03,Drie,Beta,7,46000,0.1,0.1,0.8,3,3,3\n',
  );
  const rows = ['employee_id,function_id,fte,birth_year'];
  let i = 0;
  for (const [f, n] of [['F01', 12], ['F02', 10], ['F03', 9]] as const) for (let k = 0; k < n; k++) rows.push(`P${++i},${f},1,${1965 + k * 3}`);
  writeFileSync(join(dir, 'headcount.csv'), `${rows.join('\n')}\n`);
  const data = 'data: { functions: functions.csv, headcount: headcount.csv }\nhorizon: { start: 2026, end: 2030 }\nprivacy: { min_group: 1 }\n';
  // Case 6 as found: a task.__proto__ column and nothing about it in the scenario.
  writeFileSync(join(dir, 'plain.yaml'), `id: plain\ntitle: Plain\n${data}`);
  writeFileSync(
    join(dir, 'keys.yaml'),
    `id: keys\ntitle: Keys\n${data}plan: {}\n` +
      'digitalisation:\n  automation:\n    __proto__: { target: [0.4, 0.6, 0.8], end: 2029 }\n    constructor: { target: 0.3, end: 2029 }\n' +
      '  skill_shift:\n    - { skill: __proto__, delta: 1, families: [all], end: 2029 }\n' +
      'task_profile:\n  __proto__: { predictability: 0.8, complexity: 0.3 }\n  constructor: { predictability: 0.2, complexity: 0.9 }\n' +
      'labels:\n  __proto__: { nl: Proto-werk, en: Proto work }\n  constructor: { nl: Bouwwerk, en: Construction }\n',
  );
  const s = (name: string): string => join(dir, name);

  it('validate accepts the scenario keys __proto__ as it does constructor', async () => {
    // Without a task_profile for them, both categories get the same warning (CSV_TASK_NO_PROFILE); with one, none.
    const plain = await runSpp(['validate', s('plain.yaml')]);
    expect(plain.exitCode).toBe(0);
    expect(plain.stdout.match(/taakcategorie '(__proto__|constructor)' heeft geen profiel/g)).toEqual(["taakcategorie '__proto__' heeft geen profiel", "taakcategorie 'constructor' heeft geen profiel"]);
    expect(plain.stdout).toContain('0 fouten, 2 waarschuwingen in 1 bestand');
    const keys = await runSpp(['validate', s('keys.yaml')]);
    expect(keys.stdout).toBe('geen problemen in 3 bestanden\n');
    expect(keys.exitCode).toBe(0);
  });

  it('the model uses them: automation, profiles and the skill shift apply', async () => {
    const r = await runSpp(['project', '-s', s('keys.yaml'), '-f', 'json', '-q']);
    expect(r.exitCode, r.stderr).toBe(0);
    type F = { id: string; predictability: number | null; automated_share: number; task_mix: { end: Record<string, number> }; skills: { end: Record<string, number> } };
    const f01 = (JSON.parse(r.stdout) as { functions: F[] }).functions.find((f) => f.id === 'F01')!;
    // 0.4 · 0.8 + 0.3 · 0.2 + 0.3 · 0.9 (administrative's built-in profile)
    expect(f01.predictability).toBeCloseTo(0.65, 4);
    // 0.4 · 0.6 (the triple's mean) + 0.3 · 0.3
    expect(f01.automated_share).toBeCloseTo(0.33, 4);
    expect(Object.keys(f01.task_mix.end)).toEqual(['__proto__', 'constructor', 'administrative']);
    expect(f01.skills.end['__proto__']).toBe(4);
    const plain = await runSpp(['project', '-s', s('plain.yaml'), '-f', 'json', '-q']);
    const p01 = (JSON.parse(plain.stdout) as { functions: F[] }).functions.find((f) => f.id === 'F01')!;
    // __proto__ and constructor have no profile: left out of the position, with a note.
    expect(p01.predictability).toBeCloseTo(0.9, 4);
  });

  it.each([
    ['explain', 'F01', '-f', 'table'],
    ['explain', 'F01', '-f', 'md'],
    ['organise', '-f', 'table'],
    ['organise', '-f', 'md'],
    ['report', '-f', 'md'],
    ['project', '-f', 'table'],
    ['plan', '-f', 'table'],
    ['sensitivity', '-f', 'table', '--no-plan'],
  ])('%s %s %s: no NaN and no Object internals', async (...args) => {
    for (const name of ['plain.yaml', 'keys.yaml']) {
      const r = await runSpp([...args, '-s', s(name), '-q']);
      expect(r.exitCode, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(/NaN|\[object|function Object|native code/);
    }
  });
});

describe('personnel numbers in the function_id column (columns swapped, or a column map pointing at the wrong one)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spp-swapped-'));
  const [header, ...rows] = readFileSync(join(repoRoot, 'fixtures/example/headcount.csv'), 'utf8').trimEnd().split('\n');
  const swap = (line: string): string => {
    const [a, b, ...rest] = line.split(',');
    return [b, a, ...rest].join(',');
  };
  // The header names the columns the other way round: function_id holds the personnel numbers.
  writeFileSync(join(dir, 'headcount.csv'), `${[swap(header!), ...rows].join('\n')}\n`);
  const args = ['validate', '--headcount', join(dir, 'headcount.csv'), join(repoRoot, 'scenarios/baseline.yaml')];

  it.each(['text', 'json', 'github'])('--format %s shows none of them (it said "function_id \'E00001\' staat niet in het functiebestand")', async (format) => {
    const r = await runSpp([...args, '-f', format]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).not.toMatch(/E\d{5}/);
    expect(r.stdout).toContain('CSV_UNKNOWN_FUNCTION');
  });

  it('says why and what to check', async () => {
    const r = await runSpp([...args, '--lang', 'en']);
    expect(r.stdout).toContain(`headcount.csv:2:1  error  function_id of this row is not in the functions file functions.csv: like all ${rows.length} unknown values of this column, it is on one row only, as a personnel number is, so none is shown. Does function_id name the column of function codes?`);
  });

  it('still names a mistyped code that is on one row or on several', async () => {
    writeFileSync(join(dir, 'typo.csv'), `${[header!, rows[0]!.replace(',F078,', ',F07B,'), rows[1]!.replace(',F079,', ',F0X9,'), ...rows.slice(2)].join('\n')}\n`);
    const r = await runSpp(['validate', '--headcount', join(dir, 'typo.csv'), join(repoRoot, 'scenarios/baseline.yaml')]);
    expect(r.stdout).toContain("function_id 'F07B' staat niet in het functiebestand functions.csv.");
    expect(r.stdout).toContain("function_id 'F0X9' staat niet");
  });
});

describe('personnel numbers in another column the header names (employee_id swapped with it)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spp-swapped-column-'));
  const [header, ...rows] = readFileSync(join(repoRoot, 'fixtures/example/headcount.csv'), 'utf8').trimEnd().split('\n');

  it.each(['fte', 'birth_date', 'contract_end'])('%s: no employee id in any message (it said "fte \'E00001\': verwacht een deeltijdfactor")', async (column) => {
    const names = header!.split(',');
    const j = names.indexOf(column);
    [names[0], names[j]] = [names[j]!, names[0]!];
    const file = join(dir, `${column}.csv`);
    writeFileSync(file, `${[names.join(','), ...rows].join('\n')}\n`);
    for (const format of ['text', 'json']) {
      const r = await runSpp(['validate', '--headcount', file, join(repoRoot, 'scenarios/baseline.yaml'), '-f', format]);
      expect(r.exitCode).toBe(1);
      expect(`${r.stdout}${r.stderr}`).not.toMatch(/E\d{5}/);
    }
    const r = await runSpp(['validate', '--headcount', file, join(repoRoot, 'scenarios/baseline.yaml')]);
    expect(r.stdout).toContain(`:2:1  fout  ${column} (niet getoond: de foute waarden in deze kolom verschillen per regel, zoals personeelsnummers en geboortedata, en spp herhaalt ze niet; zijn het personeelsnummers, dan zijn de kolommen verwisseld): verwacht`);
  });

  it('still quotes a wrong value that comes back on several rows', async () => {
    const file = join(dir, 'contract.csv');
    writeFileSync(file, `${[header!, ...rows.map((r) => r.replace(',permanent,', ',vaste aanstelling,'))].join('\n')}\n`);
    const r = await runSpp(['validate', '--headcount', file, join(repoRoot, 'scenarios/baseline.yaml')]);
    expect(r.stdout).toContain("contract 'vaste aanstelling': verwacht");
  });
});
