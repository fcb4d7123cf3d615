import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBacktest } from '../../src/app/backtest.js';
import { runProject } from '../../src/app/project.js';
import { validate } from '../../src/app/validate.js';
import type { ProjectResult } from '../../src/domain/results.js';
import { displayPath } from '../../src/diagnostics/format-diagnostics.js';
import { repoRoot, runSpp } from '../cli/run-spp.js';

/**
 * A withheld function without a formation (README, "Privacy in every output"). Its demand starts at
 * the FTE its people fill (SPEC §2.1), and each later year's is that figure times factors anyone can
 * compute from the scenario and functions.csv, so the organisation's demand minus the shown
 * functions', year by year, solved for C1's 1,4 fte (two people, 0,8 + 0,6). spp refuses such data
 * in every command that publishes projected figures; with formations it runs.
 */
const refused = 'fixtures/app/privacy-no-formation';
const budgeted = 'fixtures/app/privacy-formation';
const scenarioOf = (dir: string): string => join(dir, 'scenario.yaml');

const tmp: string[] = [];
afterAll(() => {
  for (const dir of tmp) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the formation fixture with functions.csv's formation cells replaced (empty: none) and headcount.csv rewritten. */
function variant(formations: Record<string, string>, headcount: (text: string) => string = (t) => t): string {
  const dir = mkdtempSync(join(tmpdir(), 'spp-formation-'));
  tmp.push(dir);
  cpSync(join(repoRoot, budgeted), dir, { recursive: true });
  const lines = readFileSync(join(dir, 'functions.csv'), 'utf8').trimEnd().split('\n');
  const column = lines[0]!.split(',').indexOf('formation_fte');
  const rows = lines.map((line, i) => {
    const cells = line.split(',');
    if (i > 0 && cells[0]! in formations) cells[column] = formations[cells[0]!]!;
    return cells.join(',');
  });
  writeFileSync(join(dir, 'functions.csv'), `${rows.join('\n')}\n`);
  writeFileSync(join(dir, 'headcount.csv'), headcount(readFileSync(join(dir, 'headcount.csv'), 'utf8')));
  return dir;
}

describe('a withheld function without a formation: refused', () => {
  it('spp project: exit 2, one located error per function (header, column 0: the file has no formation_fte), in Dutch', async () => {
    const run = await runSpp(['project', '-s', scenarioOf(refused)]);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `${refused}/functions.csv:1  fout  functie C1 (Administrateur Gamma) heeft minder dan 5 personen en geen formation_fte (formatie): zonder formatie is haar vraag de fte van haar mensen, en die is dan uit de vraag van de organisatie per jaar terug te rekenen. Vul de formatie in (uit het formatieplan)`,
    );
    expect(run.stderr).toContain(`${refused}/functions.csv:1  fout  functie B1 (Medewerker Beta) wordt afgeschermd zodat een kleinere functie niet uit een totaal volgt, en heeft geen formation_fte (formatie): zonder formatie`);
    expect(run.stderr).toContain('(PRIVACY_NO_FORMATION)');
    expect(run.stderr).toContain('spp: fixtures/app/privacy-no-formation/functions.csv: 2 om privacy afgeschermde functies hebben geen formatie (formation_fte)');
    // Nothing of C1's people in the message: no FTE.
    expect(run.stderr).not.toMatch(/1[,.]4/);
  });

  it('in English', async () => {
    const run = await runSpp(['project', '-s', scenarioOf(refused), '--lang', 'en', '--format', 'json']);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${refused}/functions.csv:1  error  function C1 (Administrateur Gamma) has fewer than 5 persons and no formation_fte (formation): without a formation its demand is the FTE of its people`);
    expect(run.stderr).toContain(`${refused}/functions.csv:1  error  function B1 (Medewerker Beta) is withheld so that a smaller function does not follow from a total, and has no formation_fte (formation)`);
    expect(run.stderr).toContain('Give its formation (from the formation plan)');
  });

  it('a small function with an empty formation cell: located at its row and the formation_fte column', async () => {
    const dir = variant({ C1: '' });
    for (const lang of ['nl', 'en'] as const) {
      const run = await runSpp(['project', '-s', scenarioOf(dir), '--lang', lang]);
      expect(run.exitCode).toBe(2);
      const at = `${displayPath(join(dir, 'functions.csv'))}:5:6`;
      expect(run.stderr).toContain(lang === 'nl' ? `${at}  fout  functie C1 (Administrateur Gamma) heeft minder dan 5 personen` : `${at}  error  function C1 (Administrateur Gamma) has fewer than 5 persons`);
      // B1 has a formation: only C1 is named (as a word: the temporary folder's random name can hold 'B1').
      expect(run.stderr).not.toMatch(/\bB1\b/);
    }
  });

  it('a function withheld only as a complement, without a formation: refused at its row (the small one has a formation)', async () => {
    const dir = variant({ B1: '' });
    for (const lang of ['nl', 'en'] as const) {
      const run = await runSpp(['project', '-s', scenarioOf(dir), '--lang', lang, '--format', 'csv']);
      expect(run.exitCode).toBe(2);
      expect(run.stdout).toBe('');
      const at = `${displayPath(join(dir, 'functions.csv'))}:4:6`;
      expect(run.stderr).toContain(
        lang === 'nl'
          ? `${at}  fout  functie B1 (Medewerker Beta) wordt afgeschermd zodat een kleinere functie niet uit een totaal volgt, en heeft geen formation_fte (formatie)`
          : `${at}  error  function B1 (Medewerker Beta) is withheld so that a smaller function does not follow from a total, and has no formation_fte (formation)`,
      );
      expect(run.stderr).not.toMatch(/\bC1\b/);
    }
  });

  const scenario = scenarioOf(refused);
  const commands: [string, string[]][] = [
    ['project (table)', ['project', '-s', scenario]],
    ['project --format md', ['project', '-s', scenario, '--format', 'md']],
    ['project --format xlsx', ['project', '-s', scenario, '--format', 'xlsx', '--out', join(tmpdir(), 'spp-no-formation.xlsx')]],
    ['project --runs', ['project', '-s', scenario, '--runs', '20', '--seed', '1']],
    ['project --by family', ['project', '-s', scenario, '--by', 'family']],
    ['explain of a withheld function', ['explain', 'C1', '-s', scenario]],
    ['explain of a shown function', ['explain', 'A1', '-s', scenario]],
    ['organise', ['organise', '-s', scenario]],
    ['plan', ['plan', '-s', scenario]],
    ['reskill', ['reskill', '-s', scenario]],
    ['sensitivity', ['sensitivity', '-s', scenario]],
    ['report', ['report', '-s', scenario, '--out', join(tmpdir(), 'spp-no-formation.md')]],
    ['compare', ['compare', scenario, scenarioOf(budgeted)]],
  ];
  it.each(commands)('%s refuses (exit 2)', async (_name, args) => {
    const run = await runSpp([...args, '--quiet']);
    expect(run.exitCode, run.stderr).toBe(2);
    expect(run.stderr).toContain('(PRIVACY_NO_FORMATION)');
    expect(run.stdout).toBe('');
  });

  it('spp backtest, which shows supply and no demand, still runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spp-formation-backtest-'));
    tmp.push(dir);
    // A year later one person of A1 has left.
    writeFileSync(join(dir, 'new.csv'), readFileSync(join(repoRoot, refused, 'headcount.csv'), 'utf8').replace('A1,1,1965,permanent,3', 'A1,1,1965,permanent,2'));
    const { result } = await runBacktest({ scenario: join(repoRoot, scenario), actual: join(dir, 'new.csv'), from: 2026, to: 2027 });
    expect(result.functions.length).toBeGreaterThan(0);
    expect(JSON.stringify(result)).not.toContain('demand');
  });

  it('spp validate reports the small function at its row (the complement needs the projection: the commands report it)', async () => {
    const checked = await validate([join(repoRoot, scenario)]);
    const found = checked.diagnostics.filter((d) => d.code === 'PRIVACY_NO_FORMATION');
    expect(found.map((d) => [relative(repoRoot, d.file), d.line, d.column, d.severity])).toEqual([[`${refused}/functions.csv`, 1, 0, 'error']]);
    expect(found[0]!.messageNl).toContain('functie C1 (Administrateur Gamma) heeft minder dan 5 personen en geen formation_fte');
    const run = await runSpp(['validate', scenario, '--lang', 'en']);
    expect(run.exitCode).toBe(1);
    expect(run.stderr + run.stdout).toContain('function C1 (Administrateur Gamma) has fewer than 5 persons and no formation_fte');
    // With the formations: nothing to report.
    const clean = await validate([join(repoRoot, scenarioOf(budgeted))]);
    expect(clean.diagnostics.filter((d) => d.code === 'PRIVACY_NO_FORMATION')).toEqual([]);
  });
});

describe('the same data with a formation for the withheld functions', () => {
  it.each([
    ['project', ['project', '-s', scenarioOf(budgeted), '--format', 'json']],
    ['explain C1', ['explain', 'C1', '-s', scenarioOf(budgeted)]],
    ['organise', ['organise', '-s', scenarioOf(budgeted)]],
    ['plan', ['plan', '-s', scenarioOf(budgeted)]],
    ['sensitivity', ['sensitivity', '-s', scenarioOf(budgeted)]],
    ['validate', ['validate', scenarioOf(budgeted)]],
  ])('%s runs', async (_name, args) => {
    const run = await runSpp([...args, '--quiet']);
    expect(run.exitCode, run.stderr).toBe(0);
  });

  it('still withholds C1 and B1 (their people), and shows their demand: the budget, not the people', async () => {
    const { result } = await runProject({ scenario: join(repoRoot, scenarioOf(budgeted)) });
    const byId = new Map(result.functions.map((f) => [f.id, f]));
    expect(byId.get('C1')!.suppressed).toBe('small');
    expect(byId.get('B1')!.suppressed).toBe('complement');
    expect(result.privacy.suppressed_keys).not.toContain('demand_fte');
    expect(byId.get('C1')!.years[0]!.demand_fte).toBe(2);
    expect(byId.get('B1')!.years[0]!.demand_fte).toBe(7);
  });

  /** Published demand per year: the total's, each family's, each shown function's. */
  function publishedDemand(result: ProjectResult): Record<string, number[]> {
    const series = (years: readonly { demand_fte: number }[]) => years.map((y) => y.demand_fte);
    return {
      total: series(result.totals.years),
      ...Object.fromEntries(result.families.map((f) => [`family ${f.id}`, series(f.years)])),
      ...Object.fromEntries(result.functions.filter((f) => f.suppressed === undefined).map((f) => [f.id, series(f.years)])),
    };
  }

  it('publishes no demand that holds a withheld function’s people’s FTE: other FTE for C1 and B1, same demand; other formations, other demand', async () => {
    const project = async (dir: string) => (await runProject({ scenario: scenarioOf(dir) })).result;
    const base = await project(join(repoRoot, budgeted));
    // The same persons (so the same functions are withheld), other FTE in C1 and B1.
    const otherPeople = await project(variant({}, (text) => text.replace('C1,0.8,1961', 'C1,0.5,1961').replace('C1,0.6,1985', 'C1,1,1985').replace('B1,0.9,1990', 'B1,0.7,1990')));
    expect(otherPeople.functions.filter((f) => f.suppressed !== undefined).map((f) => f.id)).toEqual(['B1', 'C1']);
    expect(publishedDemand(otherPeople)).toEqual(publishedDemand(base));
    // The total demand minus the shown functions' is the withheld functions' formations, scaled by the
    // scenario: at the start exactly their sum (7 + 2), and it moves with a formation, not with the people.
    const shownIds = base.functions.filter((f) => f.suppressed === undefined).map((f) => f.id);
    const rest = (r: ProjectResult) => r.totals.years.map((y, i) => y.demand_fte - shownIds.reduce((s, id) => s + r.functions.find((f) => f.id === id)!.years[i]!.demand_fte, 0));
    expect(rest(base)[0]).toBeCloseTo(9, 6);
    const otherFormation = await project(variant({ C1: '3' }));
    expect(rest(otherFormation)[0]).toBeCloseTo(10, 6);
    expect(rest(otherFormation).at(-1)!).not.toBeCloseTo(rest(base).at(-1)!, 3);
  });
});
