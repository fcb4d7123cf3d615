import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runSpp } from './run-spp.js';

/**
 * Red team (round A): at COLUMNS=40 the tables of project, reskill, explain, organise and pathways
 * came out 58–60 columns wide (sensitivity 49), with nothing saying so. The README's "narrowest
 * layout" table states each command's floor; on a 30-column terminal no line is wider than it.
 */
const OLD = 'fixtures/example/headcount-2025.csv';
const NEW = 'fixtures/example/headcount.csv';
const ARGS: Record<string, string[]> = {
  project: ['project'],
  reskill: ['reskill'],
  pathways: ['pathways', 'F003'],
  explain: ['explain', 'F003'],
  organise: ['organise'],
  sensitivity: ['sensitivity', '--no-plan'],
  plan: ['plan'],
  compare: ['compare', 'scenarios/baseline.yaml', 'scenarios/digitaal-versneld.yaml', '--no-plan'],
  calibrate: ['calibrate', OLD, NEW],
  backtest: ['backtest', '-s', 'scenarios/baseline.yaml', '--headcount', OLD, '--actual', NEW],
};

/** The README's floors: command → columns. */
function floors(): Map<string, number> {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('*The narrowest layout.*'));
  const out = new Map<string, number>();
  for (const m of section.matchAll(/^\| (\d+) columns \| ([a-z, ]+) \|$/gm)) {
    for (const command of m[2]!.split(', ')) out.set(command, Number(m[1]));
  }
  return out;
}

async function widestLine(args: readonly string[], columns: number): Promise<number> {
  const r = await runSpp([...args, '-f', 'table', '-q'], { columns });
  expect(r.exitCode, r.stderr).toBe(0);
  return Math.max(...r.stdout.split('\n').map((line) => [...line].length));
}

describe('the narrowest layout of each table (README, Terminal tables)', () => {
  it('names every command with a table', () => {
    expect([...floors().keys()].sort()).toEqual(Object.keys(ARGS).sort());
  });

  it.each(Object.entries(ARGS))('%s: on a 30-column terminal no line is wider than its stated floor', async (command, args) => {
    const floor = floors().get(command);
    expect(floor).toBeDefined();
    expect(await widestLine(args, 30)).toBeLessThanOrEqual(floor!);
  });
});
