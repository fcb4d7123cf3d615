import { describe, expect, it, vi } from 'vitest';
import { yearRuns } from '../../src/report/words.js';
import { runSpp } from '../cli/run-spp.js';

// spp report, reskill and plan on krimp-vacaturestop: each command runs its whole way, but the plan's
// LP is solved once (test/shared-plan-solves.ts).
vi.mock('../../src/model/plan/plan-actions.js', async (original) => (await import('../shared-plan-solves.js')).sharingPlanSolves(await original()));

/**
 * The report's routes table gives the years a route moves people, not the span from its first to its
 * last: krimp-vacaturestop's F082 → F026 moves people in 2029–2031 and 2035, which read "2029–2035".
 */
describe('the years of a route', () => {
  it('writes runs of consecutive years as periods, the runs in order', () => {
    expect(yearRuns([2027])).toBe('2027');
    expect(yearRuns([2027, 2035])).toBe('2027, 2035');
    expect(yearRuns([2035, 2029, 2030, 2031])).toBe('2029–2031, 2035');
    expect(yearRuns([2027, 2031, 2032, 2034, 2032])).toBe('2027, 2031–2032, 2034');
    expect(yearRuns([])).toBe('');
  });

  it("krimp-vacaturestop's report: each route's years are exactly the years its row by year shows a flow", async () => {
    const run = await runSpp(['report', '-s', 'scenarios/krimp-vacaturestop.yaml', '--format', 'md', '-q']);
    expect(run.exitCode).toBe(0);
    const chapter = run.stdout.split('### Interne overstappen')[1]!.split('\n### ')[0]!;
    const lines = chapter.split('\n');
    const header = lines.find((l) => l.startsWith('| Route |'))!.split('|').map((c) => c.trim()).filter((c) => c !== '');
    const years = header.slice(1).map(Number);
    const byYear = new Map(
      lines.filter((l) => /^\| F\d{3} → /.test(l)).map((l) => {
        const cells = l.split('|').slice(1, -1).map((c) => c.trim());
        return [cells[0]!, years.filter((_, k) => cells[k + 1] !== '')] as const;
      }),
    );
    const routes = lines.filter((l) => /^\| F\d{3} [^→|]+ \| F\d{3} /.test(l));
    expect(routes.length).toBeGreaterThan(5);
    let gaps = 0;
    for (const row of routes) {
      const cells = row.split('|').slice(1, -1).map((c) => c.trim());
      const route = `${cells[0]!.slice(0, 4)} → ${cells[1]!.slice(0, 4)}`;
      expect(cells.at(-1), route).toBe(yearRuns(byYear.get(route)!));
      if (cells.at(-1)!.includes(',')) gaps++;
    }
    // Routes with a year off in between exist here (F082 → F026: 2029–2031, 2035).
    expect(gaps).toBeGreaterThan(0);
  });

  // Found by an HR-adviser review: spp plan and spp reskill said "2027–2034" where the report said
  // "2027, 2029–2034" for the same route. Now all three name the years the JSON's moves have.
  it('spp plan (table, md) and spp reskill (md) name the same years as the JSON moves, as the report does', { timeout: 180_000 }, async () => {
    const json = JSON.parse((await runSpp(['reskill', '-s', 'scenarios/krimp-vacaturestop.yaml', '--format', 'json', '-q'])).stdout) as { moves: { from: string; to: string; year: number; fte: number }[] };
    const expected = new Map<string, number[]>();
    for (const m of json.moves) if (m.fte > 0) expected.set(`${m.from}>${m.to}`, [...(expected.get(`${m.from}>${m.to}`) ?? []), m.year]);
    expect([...expected.values()].some((ys) => yearRuns(ys).includes(','))).toBe(true);
    const rowsOf = (md: string) =>
      md.split('\n').filter((l) => /^\| F\d{3} [^|]*\| F\d{3} /.test(l)).map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
    const reskillMd = rowsOf((await runSpp(['reskill', '-s', 'scenarios/krimp-vacaturestop.yaml', '--format', 'md', '-q'])).stdout);
    const planMd = rowsOf((await runSpp(['plan', '-s', 'scenarios/krimp-vacaturestop.yaml', '--format', 'md', '-q'])).stdout);
    for (const [rows, column] of [[reskillMd, 5], [planMd, 3]] as const) {
      expect(rows.length).toBe(expected.size);
      for (const cells of rows) {
        const key = `${cells[0]!.slice(0, 4)}>${cells[1]!.slice(0, 4)}`;
        expect(cells[column], key).toBe(yearRuns(expected.get(key)!));
      }
    }
    // The terminal's table at 80 columns: the runs, or their span and number of years when too long.
    const table = (await runSpp(['reskill', '-s', 'scenarios/krimp-vacaturestop.yaml', '--format', 'table', '-q'])).stdout;
    const long = [...expected.values()].find((ys) => yearRuns(ys).length > 16);
    if (long !== undefined) expect(table).toContain(`${Math.min(...long)}–${Math.max(...long)} (${long.length} jr)`);
    expect(table).toContain('2029–2031, 2035');
  });
});
