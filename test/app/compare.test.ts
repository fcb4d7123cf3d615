import { describe, expect, it } from 'vitest';
import { buildCompareResult } from '../../src/app/compare.js';
import { loadScenarioSet } from '../../src/app/load-scenario-set.js';

describe('compare with Monte Carlo, nothing uncertain and no process noise', () => {
  it('collapses every band to the expected value, and every status chance to 1', async () => {
    // Neither scenario has a [low, likely, high] value: with the noise off, every run is the deterministic one.
    const loaded = await loadScenarioSet(['scenarios/baseline.yaml', 'scenarios/krimp-vacaturestop.yaml'], {});
    const result = await buildCompareResult(loaded, 2030, [], { runs: 25, seed: 5, processNoise: false });
    expect(result.monte_carlo).toMatchObject({ runs: 25, process_noise: false, drawn: { baseline: [], 'krimp-vacaturestop': [] } });
    const cells = [
      ...result.functions.flatMap((f) => Object.values(f.by_scenario)),
      ...result.families.flatMap((f) => Object.values(f.by_scenario)),
      ...result.totals.years.flatMap((y) => Object.values(y.by_scenario)),
    ].filter((c) => c !== null);
    expect(cells.length).toBeGreaterThan(100);
    for (const c of cells) {
      for (const key of ['supply_fte', 'demand_fte', 'gap_fte'] as const) {
        const band = c[`${key}_band`]!;
        expect(band, key).toEqual({ mean: c[key], p10: c[key], p50: c[key], p90: c[key] });
      }
    }
    for (const f of result.functions) {
      for (const c of Object.values(f.by_scenario)) if (c !== null) expect(c.status_probability).toEqual({ [c.status]: 1 });
    }
  });
});
