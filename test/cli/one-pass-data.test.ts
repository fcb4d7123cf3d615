import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runSpp } from './run-spp.js';

/**
 * #13 class 8 for the data commands: given several scenarios, or a scenario with a refused value and
 * a data problem, one run names every problem before it exits non-zero — as spp validate does.
 */

const example = resolve(repoRoot, 'fixtures/example');

function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'spp-onepass-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const scenario = (id: string, extra: string, functions = `${example}/functions.csv`): string =>
  `id: ${id}\nhorizon: { start: 2026, end: 2030 }\ndata:\n  functions: ${functions}\n  headcount: ${example}/headcount.csv\n${extra}`;

describe('data commands report every problem in one run', () => {
  const dir = scratch({
    // A refused value (rate 1.5) and, further down, an unknown function id.
    'a.yaml': scenario('a', 'workforce:\n  attrition:\n    - { ages: "<35", rate: 1.5 }\ndemand:\n  overrides:\n    - { function: F999, change: 0.1, start: 2027 }\n'),
    // A second invalid scenario: another refused value.
    'b.yaml': scenario('b', 'workforce:\n  fulltime_hours: -36\n'),
    'ok.yaml': scenario('ok', ''),
  });

  it('spp compare names both invalid scenarios, not only the first', async () => {
    const r = await runSpp(['compare', '--lang', 'en', join(dir, 'a.yaml'), join(dir, 'b.yaml'), join(dir, 'ok.yaml'), '-q']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/a\.yaml:\d+:\d+.*rate/);
    expect(r.stderr).toMatch(/b\.yaml:\d+:\d+.*fulltime_hours/);
    expect(r.stderr).toMatch(/a\.yaml is invalid; .*b\.yaml is invalid/);
  });

  it('spp report -s A -s B names both invalid scenarios', async () => {
    const r = await runSpp(['report', '-s', join(dir, 'b.yaml'), '-s', join(dir, 'a.yaml'), '-q', '-f', 'md']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/a\.yaml:\d+:\d+/);
    expect(r.stderr).toMatch(/b\.yaml:\d+:\d+/);
    expect(r.stdout).toBe('');
  });

  it('spp project on a scenario with a refused value still checks its references and its data', async () => {
    const bad = scratch({ 'functions.csv': 'function_id,name,family,level,pay,formation_fte,task.administrative\nF001,A,X,6,abc,1,1\n' });
    writeFileSync(join(bad, 'a.yaml'), scenario('a', 'workforce:\n  attrition:\n    - { ages: "<35", rate: 1.5 }\ndemand:\n  overrides:\n    - { function: F999, change: 0.1, start: 2027 }\n', join(bad, 'functions.csv')));
    const r = await runSpp(['project', '-s', join(bad, 'a.yaml'), '-q', '-f', 'json']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/a\.yaml:\d+:\d+.*rate/);
    expect(r.stderr).toMatch(/F999/);
    expect(r.stderr).toMatch(/functions\.csv:2:\d+/);
    expect(r.stdout).toBe('');
  });

  it('a refused value and a missing headcount both show, exit 1', async () => {
    const d = scratch({});
    writeFileSync(join(d, 'a.yaml'), `id: a\nhorizon: { start: 2026, end: 2030 }\ndata:\n  functions: ${example}/functions.csv\n  headcount: ${d}/nope.csv\nworkforce:\n  fulltime_hours: -36\n`);
    for (const command of ['project', 'plan', 'sensitivity']) {
      const r = await runSpp([command, '--lang', 'en', '-s', join(d, 'a.yaml'), '-q', '-f', 'json']);
      expect(r.exitCode, command).toBe(1);
      expect(r.stderr).toMatch(/fulltime_hours/);
      expect(r.stderr).toMatch(/headcount \(data\.headcount in .*\) not found: .*nope\.csv/);
    }
  });
});
