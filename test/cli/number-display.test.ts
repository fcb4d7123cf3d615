import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderTable } from '../../src/report/table.js';
import { runSpp } from './run-spp.js';

/**
 * #13 class 2: numbers in terminal tables are never cut. A number column widens to its longest
 * value (a name is cut with "…" instead), at 60 and at 80 columns, with the largest values a
 * scenario may hold (1,000,000 FTE a point, 10^9 euros per FTE).
 */
const dir = mkdtempSync(join(tmpdir(), 'spp-numbers-'));
writeFileSync(
  join(dir, 'functions.csv'),
  // A formation for F2 (three people, withheld): spp refuses data in which a withheld function has none.
  'function_id,name,family,level,pay,formation_fte,task.administrative,task.advice\nF1,Medewerker met een heel lange functienaam,Fam,6,44000,999999,0.5,0.5\nF2,Adviseur,Fam,9,50000,3,0.2,0.8\n',
);
writeFileSync(join(dir, 'headcount.csv'), 'function_id,fte,birth_year,count\nF1,1,1970,999999\nF2,1,1980,3\n');
const scenario = join(dir, 'big.yaml');
writeFileSync(
  scenario,
  [
    'id: big',
    'data: { functions: functions.csv, headcount: headcount.csv }',
    'horizon: { start: 2026, end: 2030 }',
    'reskilling: { hire_cost: 1000000000, surplus_cost_per_fte: 1000000000 }',
    'demand:',
    '  targets: { F1: { 2030: 1 }, F2: { 2030: 1000000 } }',
    '  emerging: [ { id: N1, name: Nieuwe functie met een lange naam, tasks: { advice: 1 }, demand: { 2027: 1000000 } } ]',
    '',
  ].join('\n'),
);

const columns = process.env['COLUMNS'];
afterEach(() => {
  if (columns === undefined) delete process.env['COLUMNS'];
  else process.env['COLUMNS'] = columns;
});

/** A number cut short ends or starts with the ellipsis next to a digit. */
const CUT_NUMBER = /[\d.,]…|…[\d.,]/;

describe('numbers in terminal tables are never cut', () => {
  it.each([
    ['project', '60'],
    ['project', '80'],
    ['reskill', '60'],
    ['reskill', '80'],
    ['organise', '60'],
    ['plan', '80'],
  ])('%s at %s columns', async (command, width) => {
    process.env['COLUMNS'] = width;
    const run = await runSpp([command, '-s', scenario, '--format', 'table']);
    expect(run.stderr).not.toMatch(/this is a bug|dit is een fout in spp/);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).not.toMatch(CUT_NUMBER);
    expect(run.stdout).not.toMatch(/Infinity|NaN|∞/);
    // The largest values appear whole (Dutch or English grouping).
    expect(run.stdout).toMatch(/1[.,]000[.,]000[.,]0|999[.,]999/);
  });

  it('renderTable widens a right-aligned column and cuts only text', () => {
    const out = renderTable(
      [
        { header: 'Function', width: 6 },
        { header: 'FTE', width: 3, align: 'right' },
      ],
      [['A very long function name', '2.999.999.999,9']],
      { color: false },
    );
    expect(out).toContain('2.999.999.999,9');
    expect(out).toMatch(/A ver…/);
  });
});

/**
 * Found by a red-team probe (fixtures/terminal/huge): with valid but huge figures (a million people per
 * birth year, hiring at € 10⁹) spp sensitivity printed 91-wide lines on an 80-column terminal and
 * reskill's plan per year a 67-wide table on 60. Tables stay within the terminal: the figure columns
 * as wide as their figures, the path column what is left, figures that do not fit on one line below
 * each other, and a table whose numbers alone do not fit split in two, each repeating the year.
 */
describe('terminal tables with huge figures stay within the terminal', () => {
  const huge = 'fixtures/terminal/huge/scenario.yaml';
  it.each([
    ['sensitivity', '50'],
    ['sensitivity', '60'],
    ['sensitivity', '80'],
    ['reskill', '60'],
    ['reskill', '80'],
    ['plan', '60'],
  ])('%s at %s columns', { timeout: 60_000 }, async (command, width) => {
    process.env['COLUMNS'] = width;
    const run = await runSpp([command, '-q', '-s', huge, '--format', 'table']);
    expect(run.exitCode, run.stderr).toBe(0);
    const wide = run.stdout.split('\n').filter((l) => [...l].length > Number(width));
    expect(wide).toEqual([]);
    expect(run.stdout).not.toMatch(CUT_NUMBER);
  });

  it("splits reskill's plan per year at 60 columns rather than overflow, the year repeated", async () => {
    process.env['COLUMNS'] = '60';
    const run = await runSpp(['reskill', '-q', '-s', huge, '--format', 'table']);
    const part = run.stdout.slice(run.stdout.indexOf('Het plan per jaar'));
    expect(part.match(/^Jaar /gm)?.length).toBe(2);
    expect(part).toMatch(/^Jaar\s+Onvervuld$/m);
  });
});
