import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runSpp } from './run-spp.js';

/** #13, second round of probes: what a careless user typed that spp took silently, or showed of a person. */

const example = join(repoRoot, 'fixtures/example');
const baseline = join(repoRoot, 'scenarios/baseline.yaml');
const krimp = join(repoRoot, 'scenarios/krimp-vacaturestop.yaml');
const digitaal = join(repoRoot, 'scenarios/digitaal-versneld.yaml');

describe('an option that takes one value, given twice', () => {
  it('refuses two scenarios on a one-scenario command (it ran the last one alone) and points to compare', async () => {
    const r = await runSpp(['project', '--lang', 'en', '-s', baseline, '-s', krimp, '-f', 'json']);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--scenario given twice .*spp compare A\.yaml B\.yaml/);
  });

  it.each([
    ['explain', 'F001', '--functions', join(example, 'functions.csv'), join(example, 'functions.csv')],
    ['plan', '--headcount', join(example, 'headcount.csv'), join(example, 'headcount-2025.csv')],
    ['schema', '-o', 'a.json', 'b.json'],
    ['validate', '-o', 'a.json', 'b.json'],
    // -f json -f table printed the table: the last one won without a word.
    ['project', '-s', baseline, '-f', 'json', 'table'],
    ['calibrate', join(example, 'headcount-2025.csv'), join(example, 'headcount.csv'), '-f', 'json', 'yaml'],
    ['report', '-s', baseline, '-f', 'md', 'html'],
  ])('%s: refuses a repeated option', async (...args) => {
    const [command, ...rest] = args;
    const [flag, a, b] = rest.slice(-3);
    const argv = [command!, ...rest.slice(0, -3), flag!, a!, flag!, b!, '--lang', 'nl'];
    const r = await runSpp(argv);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/twee keer opgegeven/);
  });

  it('still lets spp report take several scenarios', async () => {
    // digitaal-versneld, not krimp-vacaturestop: any second scenario shows it, and its plan solves in a third of the time.
    const r = await runSpp(['report', '-q', '-s', baseline, '-s', digitaal, '--no-color', '-f', 'md']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/digitaal-versneld/);
  });
});

describe('an organisation smaller than privacy.min_group', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spp-tiny-org-'));
  const lines = readFileSync(join(example, 'headcount.csv'), 'utf8').split('\n');
  // Two people; the one in F078 is 63 at the start and retires within the horizon.
  writeFileSync(join(dir, 'headcount.csv'), `${lines.slice(0, 3).join('\n')}\n`);
  const scenario = (id: string, extra = ''): string => {
    const path = join(dir, `${id}.yaml`);
    writeFileSync(path, `id: ${id}\ntitle: tiny\ndata: { functions: ${join(example, 'functions.csv')}, headcount: headcount.csv }\nhorizon: { start: 2026, end: 2030 }\n${extra}`);
    return path;
  };
  const s1 = scenario('s1', 'plan: {}\n');
  const s2 = scenario('s2', 'workforce: { attrition: [{ ages: "<99", rate: 0.1 }] }\n');

  it.each([
    ['sensitivity', ['sensitivity', '-s', s1, '--no-plan']],
    ['compare', ['compare', s1, s2, '--no-plan']],
    ['plan', ['plan', '-s', s1]],
    ['reskill', ['reskill', '-s', s1]],
    ['report', ['report', '-s', s1]],
    ['report', ['report', '-s', s2, '--sensitivity']],
  ])('%s shows no total of the two people (it showed their FTE and when one retires)', async (command, args) => {
    const r = await runSpp([...args, '--lang', 'en', '-f', command === 'report' ? 'md' : 'json']);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`headcount holds 2 persons, fewer than privacy\\.min_group 5: every total of spp ${command} would be about individuals`));
  });

  it('backtest shows no total of the two people either (it showed their FTE then and a year later)', async () => {
    const later = join(dir, 'headcount-2027.csv');
    writeFileSync(later, `${lines.slice(0, 3).join('\n').replace(',1,1963', ',0.8,1963')}\n`);
    const r = await runSpp(['backtest', '--lang', 'en', '-s', s1, '--actual', later, '--from', '2026', '-f', 'json']);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/headcount holds 2 persons, fewer than privacy\.min_group 5: every total of spp backtest/);
  });

  it('still runs project, which withholds the totals itself, and the others once min_group allows', async () => {
    const project = await runSpp(['project', '-q', '-s', s1, '-f', 'json']);
    expect(project.exitCode, project.stderr).toBe(0);
    expect(JSON.parse(project.stdout).totals.suppressed).toBe('small');
    const allowed = scenario('s3', 'privacy: { min_group: 2 }\n');
    const r = await runSpp(['sensitivity', '-q', '-s', allowed, '-f', 'json']);
    expect(r.exitCode, r.stderr).toBe(0);
  });
});

describe('one snapshot given as both the old and the new', () => {
  const headcount = join(example, 'headcount.csv');
  it('calibrate refuses it (every rate came out 0)', async () => {
    const r = await runSpp(['calibrate', '--lang', 'en', headcount, headcount, '--from', '2025', '--to', '2026', '-f', 'json']);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/the old and the new snapshot are the same data \(.*headcount\.csv\): a snapshot measured against itself/);
  });

  it("backtest refuses an --actual that is the scenario's own headcount, also under another name", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-same-snapshot-'));
    const copy = join(dir, 'headcount-2027.csv');
    writeFileSync(copy, readFileSync(headcount));
    const r = await runSpp(['backtest', '--lang', 'nl', '-s', baseline, '--actual', copy, '-f', 'json']);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    // It says which flag takes the older export: --actual was the only one the user gave.
    expect(r.stderr).toMatch(/--actual bevat dezelfde gegevens als het peilbestand waaruit het scenario projecteert \(.*headcount\.csv en .*headcount-2027\.csv\): .*geef de oudere export met --headcount en de latere met --actual/);
  });
});

describe('sensitivity and the rules of a withheld function', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spp-sensitivity-privacy-'));
  const scenario = join(dir, 's.yaml');
  // F085 (Griffier) has one person, F081 three: spp project withholds both.
  writeFileSync(
    scenario,
    `extends: ${baseline}\nid: small-rules\nworkforce:\n  attrition:\n    - { ages: "<35", rate: 0.09 }\n    - { function: F085, rate: 0.3 }\n    - { function: F001, rate: 0.15 }\n  transitions:\n    F085: { F081: 0.2 }\n    F001: { F002: 0.03 }\n`,
  );

  it("leaves out the Δ of an attrition rule or transition of a withheld function (it showed what its one person does), and says so", async () => {
    const r = await runSpp(['sensitivity', '-q', '-s', scenario, '--no-plan', '-f', 'json']);
    expect(r.exitCode, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout);
    const paths = result.assumptions.map((a: { path: string }) => a.path);
    expect(paths).not.toContain('workforce.attrition[function=F085].rate');
    expect(paths).not.toContain('workforce.transitions.F085.F081');
    expect(paths).toContain('workforce.attrition[function=F001].rate');
    expect(paths).toContain('workforce.transitions.F001.F002');
    expect(result.withheld).toEqual(['workforce.attrition[function=F085].rate', 'workforce.transitions.F085.F081']);
    const md = await runSpp(['sensitivity', '-q', '-s', scenario, '--no-plan', '-f', 'md', '--lang', 'nl']);
    expect(md.stdout).toContain(
      '- weggelaten om privacyredenen: Verloop: F085 Griffier (`workforce.attrition[function=F085].rate`), Doorstroom F085 Griffier → F081 Directeur (`workforce.transitions.F085.F081`)',
    );
  });

  it('keeps the JSON as it was when nothing is withheld', async () => {
    const r = await runSpp(['sensitivity', '-q', '-s', baseline, '--no-plan', '-f', 'json']);
    expect(JSON.parse(r.stdout)).not.toHaveProperty('withheld');
  });
});
