import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runSpp } from './run-spp.js';

/**
 * backtest's column of joiners (nieuwkomers) shows 1–4 for a shown function. The privacy rule for a
 * shown group's flows (README, Privacy in every output) says why that is consistent: the count is
 * NEW's persons, which spp project on NEW shows, minus the persons still there, which backtest shows.
 * Checked here on Gemeente Voorbeeld 2025 → 2026, and that the README says so for backtest.
 */
beforeAll(async () => buildCli());

const root = join(import.meta.dirname, '..', '..');
const BACKTEST = ['backtest', '-s', 'scenarios/baseline.yaml', '--headcount', 'fixtures/example/headcount-2025.csv', '--actual', 'fixtures/example/headcount.csv', '-q', '-f', 'json'];

interface Backtest {
  min_group: number;
  functions: { id: string; actual_persons: number; joiners_persons: number | null }[];
}
interface Project {
  functions: { id: string; suppressed?: string; years: { supply_persons: number | null }[] }[];
}

describe('backtest: joiners of a shown function under min_group', () => {
  it('shows them, and they follow from what project on NEW and backtest show anyway', async () => {
    const backtest = JSON.parse((await runSpp(BACKTEST)).stdout) as Backtest;
    const project = JSON.parse((await runSpp(['project', '-s', 'scenarios/baseline.yaml', '--headcount', 'fixtures/example/headcount.csv', '-q', '-f', 'json'])).stdout) as Project;
    const small = backtest.functions.filter((f) => f.joiners_persons !== null && f.joiners_persons > 0 && f.joiners_persons < backtest.min_group);
    expect(small.map((f) => f.id)).toContain('F002');
    for (const f of small) {
      const now = project.functions.find((p) => p.id === f.id)!;
      expect(now.suppressed).toBeUndefined();
      expect(now.years[0]!.supply_persons! - f.actual_persons).toBe(f.joiners_persons);
    }
  }, 120_000);

  it('the README privacy section says that rule holds for backtest’s joiners', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const privacy = readme.slice(readme.indexOf('### Privacy in every output'));
    expect(privacy).toMatch(/\*The same rule holds for backtest's joiners\*/);
    expect(privacy).toMatch(/a shown function's joiners are shown whatever their number \(1–4 included\)/);
  });
});
