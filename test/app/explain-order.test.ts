import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExplain } from '../../src/app/explain.js';
import { runPlan } from '../../src/app/plan.js';

/**
 * Digits-only codes as an export writes them (fixtures/app/explain-order: people of 1 and 12 move into
 * X in the same year). spp explain listed a year's moves by `from + to` joined ("12X" before "1X"),
 * against the order by code that spp plan and every other output use.
 */
const scenario = join(import.meta.dirname, '..', '..', 'fixtures', 'app', 'explain-order', 'scenario.yaml');

describe("spp explain's moves of the plan", () => {
  it('are by year, then by code, as spp plan lists them', { timeout: 60_000 }, async () => {
    const { result } = await runExplain({ scenario }, 'X');
    const plan = (await runPlan({ scenario })).result;
    const moves = (p: { from: string; to: string; year: number }) => `${p.year} ${p.from}→${p.to}`;
    expect(result.plan!.pathways.map(moves)).toEqual(['2027 1→X', '2027 12→X']);
    expect(plan.pathways.map(moves)).toEqual(['2027 1→X', '2027 12→X']);
  });
});
