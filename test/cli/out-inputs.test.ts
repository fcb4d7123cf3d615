import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runSpp } from './run-spp.js';

/**
 * #13: --out never names an input, even with --force. project refused it; validate, calibrate and
 * backtest checked only the files on their command line (or none), so --force replaced the scenario
 * they read, its parent or its data with their own output.
 */

const example = join(repoRoot, 'fixtures/example');

function setUp(): { dir: string; scenario: string; parent: string; functions: string; old: string; actual: string } {
  const dir = mkdtempSync(join(tmpdir(), 'spp-out-inputs-'));
  mkdirSync(join(dir, 'data'));
  for (const name of ['functions.csv', 'headcount-2025.csv', 'headcount.csv']) copyFileSync(join(example, name), join(dir, 'data', name));
  const parent = join(dir, 'basis.yaml');
  writeFileSync(parent, 'id: basis\ntitle: basis\ndata: { functions: data/functions.csv, headcount: data/headcount-2025.csv }\nhorizon: { start: 2025, end: 2030 }\n');
  const scenario = join(dir, 'kind.yaml');
  writeFileSync(scenario, 'id: kind\ntitle: kind\nextends: basis.yaml\n');
  return { dir, scenario, parent, functions: join(dir, 'data/functions.csv'), old: join(dir, 'data/headcount-2025.csv'), actual: join(dir, 'data/headcount.csv') };
}

describe('--out naming a file the command read, with --force', () => {
  const files = setUp();
  const before = new Map([files.scenario, files.parent, files.functions, files.old, files.actual].map((f) => [f, readFileSync(f, 'utf8')]));

  it.each([
    ['validate: the scenario it validated', ['validate', files.scenario, '-f', 'json'], files.scenario],
    ['validate: the scenario it extends', ['validate', files.scenario, '-f', 'json'], files.parent],
    ['validate: its data', ['validate', files.scenario, '-f', 'json'], files.functions],
    ['calibrate: the scenario (-s)', ['calibrate', files.old, files.actual, '-s', files.scenario, '-f', 'yaml'], files.scenario],
    ['calibrate: the scenario it extends', ['calibrate', files.old, files.actual, '-s', files.scenario, '-f', 'yaml'], files.parent],
    ['backtest: the headcount the scenario names', ['backtest', '-s', files.scenario, '--actual', files.actual, '-f', 'csv'], files.old],
    ['backtest: the functions file the scenario names', ['backtest', '-s', files.scenario, '--actual', files.actual, '-f', 'csv'], files.functions],
  ])('%s is refused (exit 2) and left as it was', async (_what, args, target) => {
    const r = await runSpp([...args, '--lang', 'en', '-q', '--force', '--out', target]);
    expect(r.stderr).toMatch(/refusing to write the output to .*: it is one of the inputs/);
    expect(r.exitCode).toBe(2);
    for (const [file, text] of before) expect(readFileSync(file, 'utf8'), file).toBe(text);
  });
});

describe('--out inside a Raet export folder (--preset raet-hrcore reads the folder)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spp-out-raet-'));
  mkdirSync(join(dir, 'export'));
  const fixture = join(repoRoot, 'fixtures/presets/raet-hrcore');
  for (const name of ['Medewerker.csv', 'Aanstellingen.csv', 'Functie.csv']) copyFileSync(join(fixture, 'export', name), join(dir, 'export', name));
  copyFileSync(join(fixture, 'functions.csv'), join(dir, 'functions.csv'));
  copyFileSync(join(fixture, 'scenario.yaml'), join(dir, 'scenario.yaml'));
  const persons = join(dir, 'export/Medewerker.csv');
  const before = readFileSync(persons, 'utf8');

  it('refuses to replace one of its files, with --force (it replaced Medewerker.csv with the projection)', async () => {
    const r = await runSpp(['project', '-s', join(dir, 'scenario.yaml'), '-f', 'csv', '--lang', 'en', '-q', '--force', '--out', persons]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/refusing to write the output to .*Medewerker\.csv: it is inside .*export, a folder spp reads as input/);
    expect(readFileSync(persons, 'utf8')).toBe(before);
  });

  it('refuses a new CSV in it, which the next run would find beside the export', async () => {
    const r = await runSpp(['project', '-s', join(dir, 'scenario.yaml'), '-f', 'csv', '--lang', 'en', '-q', '--out', join(dir, 'export/result.csv')]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/it is inside .*export, a folder spp reads as input/);
  });

  it('still writes beside the folder, and a new report or JSON in it', async () => {
    for (const out of [join(dir, 'result.csv'), join(dir, 'export/result.json')]) {
      const r = await runSpp(['project', '-s', join(dir, 'scenario.yaml'), '-q', '--out', out]);
      expect(r.exitCode, r.stderr).toBe(0);
    }
  });
});
