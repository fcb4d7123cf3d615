import { describe, expect, it, vi } from 'vitest';
import { runSpp } from './run-spp.js';

// spp explain and reskill on the krimp scenario run at three widths each: every run lays out its own
// output, but the plan's LP behind them is solved once (test/shared-plan-solves.ts).
vi.mock('../../src/model/plan/plan-actions.js', async (original) => (await import('../shared-plan-solves.js')).sharingPlanSolves(await original()));

/**
 * spp calibrate, backtest, organise, explain and reskill lay their tables out for the terminal's width (as plan,
 * compare and sensitivity do): at 60, 80 and 120 columns every line fits, no number is cut, and a
 * wider terminal gives the names their room.
 */
const OLD = 'fixtures/example/headcount-2025.csv';
const NEW = 'fixtures/example/headcount.csv';
const COMMANDS: Record<string, string[]> = {
  calibrate: ['calibrate', OLD, NEW, '-s', 'scenarios/baseline.yaml'],
  backtest: ['backtest', '-s', 'scenarios/baseline.yaml', '--headcount', OLD, '--actual', NEW],
  organise: ['organise', '-s', 'scenarios/digitaal-versneld.yaml'],
  explain: ['explain', 'F006', '-s', 'scenarios/krimp-vacaturestop.yaml'],
  reskill: ['reskill', '-s', 'scenarios/krimp-vacaturestop.yaml'],
};

/** Runs spp in process with stdout a terminal of `columns` columns. */
async function sppAt(columns: number, args: readonly string[]): Promise<string> {
  const r = await runSpp(args, { columns });
  expect(r.exitCode, r.stderr).toBe(0);
  return r.stdout;
}

const width = (line: string): number => [...line].length;
/** Every number in the text (1.234,5 / −0,25 / 12,3%). */
const numbers = (text: string): string[] => (text.match(/[−+-]?\d[\d.]*(,\d+)?/g) ?? []).sort();

describe.each(Object.entries(COMMANDS))('spp %s', (name, args) => {
  it('fits 60, 80 and 120 columns and shows the same numbers at every width', async () => {
    const texts: string[] = [];
    for (const columns of [60, 80, 120]) {
      const text = await sppAt(columns, args);
      for (const line of text.trimEnd().split('\n')) expect(width(line), `${name} at ${columns}: ${line}`).toBeLessThanOrEqual(columns);
      // No figure is ever cut with "…".
      expect(text, `${name} at ${columns}`).not.toMatch(/\d…/);
      texts.push(text);
    }
    // The same figures, whole, however narrow: only words wrap or names shorten.
    const at120 = numbers(texts[2]!);
    for (const text of texts.slice(0, 2)) for (const n of at120.filter((x) => x.length >= 3)) expect(numbers(text)).toContain(n);
  }, 120_000);
});

describe('a wider terminal gives the names their room', () => {
  it('spp organise: a long function name is cut at 60 columns and whole at 120', async () => {
    const name = 'F070 Adviseur Riolering en Water';
    const line = (text: string): string => text.split('\n').find((l) => l.startsWith('F070'))!;
    expect(line(await sppAt(60, COMMANDS.organise!))).toContain('…');
    expect(line(await sppAt(120, COMMANDS.organise!))).toContain(name);
  }, 120_000);
});
