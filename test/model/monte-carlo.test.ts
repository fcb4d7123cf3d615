import { describe, expect, it } from 'vitest';
import { compileProjection, runProjection, type ProjectionInput } from '../../src/model/compile-projection.js';
import { bandOf, drawTriangular, runSimulator, simulateProjection, summariseRuns } from '../../src/model/monte-carlo.js';
import fc from 'fast-check';
import { parametersOf } from '../../src/model/parameters.js';
import { createProcessNoise, runStreams } from '../../src/model/process-noise.js';
import type { Band, MonteCarloSummary } from '../../src/domain/uncertainty.js';
import type { ScenarioInput } from '../../src/domain/scenario-schema.js';
import { smallMunicipality } from './build-inputs.js';

/** A small municipality: 3 functions, ~250 persons in many cells, temporary contracts, transitions. */
function municipality(extra: Partial<ScenarioInput> = {}): ProjectionInput {
  return smallMunicipality({
    workforce: {
      attrition: [{ ages: '<35', rate: 0.1 }, { ages: '>=35', rate: 0.04 }, { function: 'F3', rate: 0.15 }],
      transitions: { F1: { F2: 0.05, F3: 0.02 } },
      temporary: { renewal_rate: 0.4 },
    },
    digitalisation: { automation: { admin: { target: 0.3, end: 2031 } }, reinvested: 0.1 },
    ...extra,
  });
}

const uncertain: Partial<ScenarioInput> = {
  digitalisation: { automation: { admin: { target: [0.1, 0.3, 0.6], end: 2031, curve: 's-curve' } }, reinvested: 0.1 },
};

function everyBand(summary: MonteCarloSummary): Band[] {
  const rows = [...summary.functions.map((f) => f.years), ...summary.families.map((f) => f.years), summary.totals.years];
  return rows.flat().flatMap((y) => [y.supply_fte, y.demand_fte, y.gap_fte]);
}

describe('Monte Carlo (SPEC §3.4)', () => {
  it('has a mean that converges to the deterministic result (process noise: within 4 standard errors)', () => {
    const input = municipality();
    const compiled = compileProjection(input);
    const expected = runProjection(compiled, parametersOf(input.scenario));
    const noise = createProcessNoise(20261129);
    const N = 1500;
    const Y = expected.years.length;
    const sum = new Float64Array(Y);
    const sumSq = new Float64Array(Y);
    for (let r = 0; r < N; r++) {
      const run = runProjection(compiled, parametersOf(input.scenario), { noise });
      run.totals.years.forEach((row, y) => {
        sum[y] = sum[y]! + row.supply_fte;
        sumSq[y] = sumSq[y]! + row.supply_fte ** 2;
      });
    }
    expected.totals.years.forEach((row, y) => {
      const mean = sum[y]! / N;
      const sd = Math.sqrt(Math.max(0, sumSq[y]! / N - mean ** 2));
      if (y === 0) expect(sd).toBeLessThan(1e-3); // the snapshot is not drawn (sd only rounding noise)
      else expect(sd).toBeGreaterThan(0);
      // 4 standard errors: a false alarm about once in 16,000 runs of this test (for a fixed seed: never)
      expect(Math.abs(mean - row.supply_fte)).toBeLessThanOrEqual((4 * sd) / Math.sqrt(N) + 1e-9);
    });
  });

  it('has a mean demand that converges to the deterministic demand when targets are drawn (tolerance 1 %)', () => {
    const input = municipality(uncertain);
    const compiled = compileProjection(input);
    const expected = runProjection(compiled, parametersOf(input.scenario));
    const summary = simulateProjection(compiled, { runs: 2000, seed: 7 });
    expect(summary.drawn).toEqual([{ path: 'digitalisation.automation.admin.target', low: 0.1, likely: 0.3, high: 0.6 }]);
    summary.totals.years.forEach((y, i) => {
      const det = expected.totals.years[i]!;
      expect(Math.abs(y.demand_fte.mean - det.demand_fte)).toBeLessThanOrEqual(0.01 * det.demand_fte);
      expect(Math.abs(y.supply_fte.mean - det.supply_fte)).toBeLessThanOrEqual(0.01 * det.supply_fte);
    });
    // the status is uncertain too, and its probabilities add up to 1
    for (const f of summary.functions) {
      const total = Object.values(f.status_probability).reduce((a, b) => a + b, 0);
      expect(total).toBeCloseTo(1, 12);
    }
  });

  it('keeps P10 ≤ P50 ≤ P90 everywhere, with the mean between the extremes', () => {
    const summary = simulateProjection(compileProjection(municipality(uncertain)), { runs: 300, seed: 11 });
    for (const band of everyBand(summary)) {
      expect(band.p10).toBeLessThanOrEqual(band.p50);
      expect(band.p50).toBeLessThanOrEqual(band.p90);
    }
    // and the bands are real: the total gap at the horizon has a spread
    const end = summary.totals.years.at(-1)!.gap_fte;
    expect(end.p90 - end.p10).toBeGreaterThan(1);
  });

  it('collapses every band onto the expected value with nothing uncertain and no process noise', () => {
    const input = municipality();
    const compiled = compileProjection(input);
    const expected = runProjection(compiled, parametersOf(input.scenario));
    const summary = simulateProjection(compiled, { runs: 25, seed: 3, processNoise: false });
    summary.functions.forEach((f, i) => {
      expect(f.status_probability).toEqual({ [expected.functions[i]!.status]: 1 });
      f.years.forEach((y, k) => {
        const row = expected.functions[i]!.years[k]!;
        for (const [band, value] of [[y.supply_fte, row.supply_fte], [y.demand_fte, row.demand_fte], [y.gap_fte, row.gap_fte]] as const) {
          expect(band).toEqual({ mean: value, p10: value, p50: value, p90: value });
        }
      });
    });
  });

  it('gives identical results for the same seed and different ones for another seed', () => {
    const compiled = compileProjection(municipality(uncertain));
    const a = JSON.stringify(simulateProjection(compiled, { runs: 60, seed: 42 }));
    expect(JSON.stringify(simulateProjection(compileProjection(municipality(uncertain)), { runs: 60, seed: 42 }))).toBe(a);
    expect(JSON.stringify(simulateProjection(compiled, { runs: 60, seed: 43 }))).not.toBe(a);
  });

  it('draws each run from its own stream: any split of the runs into blocks, in any order, gives the same bytes', () => {
    const compiled = compileProjection(municipality(uncertain));
    const whole = JSON.stringify(simulateProjection(compiled, { runs: 30, seed: 42 }));
    const simulator = runSimulator(compiled, { seed: 42 });
    // out of order and uneven, as threads return them; one simulator asked backwards too
    const blocks = [simulator.run(17, 30), simulator.run(3, 4), simulator.run(0, 3), simulator.run(4, 17)];
    expect(JSON.stringify(summariseRuns(compiled, { runs: 30, seed: 42 }, blocks))).toBe(whole);
    // run r's stream is the seed's stream jumped r times: the same draws asked alone or after others
    const late = runStreams(42).at(7);
    const streams = runStreams(42);
    for (let r = 0; r < 7; r++) streams.at(r).uniform();
    const again = streams.at(7);
    for (let i = 0; i < 5; i++) expect(again.uniform()).toBe(late.uniform());
    expect(runStreams(42).at(0).uniform()).toBe(createProcessNoise(42).uniform());
    expect(runStreams(42).at(1).uniform()).not.toBe(runStreams(42).at(0).uniform());
  });

  it('refuses blocks that do not cover every run exactly once', () => {
    const compiled = compileProjection(municipality());
    const simulator = runSimulator(compiled, { seed: 1 });
    expect(() => summariseRuns(compiled, { runs: 4, seed: 1 }, [simulator.run(0, 3)])).toThrow('run 3 is missing');
    expect(() => summariseRuns(compiled, { runs: 4, seed: 1 }, [simulator.run(0, 3), simulator.run(2, 4)])).toThrow('run 2 came twice');
  });

  it('draws whole persons and conserves headcount in every run', () => {
    const input = municipality();
    const compiled = compileProjection(input);
    const noise = createProcessNoise(5);
    for (let r = 0; r < 20; r++) {
      const run = runProjection(compiled, parametersOf(input.scenario), { noise });
      for (const f of run.functions) {
        f.years.forEach((y, i) => {
          expect(Number.isInteger(Math.round(y.supply_persons * 1e9) / 1e9)).toBe(true);
          expect(y.supply_fte).toBeGreaterThanOrEqual(0);
          const next = f.years[i + 1];
          if (next === undefined) return;
          const out = y.retired_fte + y.contract_ended_fte + y.attrition_fte + y.moved_out_fte;
          expect(y.supply_fte + y.moved_in_fte - out).toBeCloseTo(next.supply_fte, 9);
        });
      }
    }
  });

  it('keeps the expected outflow of a cell with a fraction of a person', () => {
    const noise = createProcessNoise(9);
    let sum = 0;
    const N = 20000;
    for (let i = 0; i < N; i++) sum += noise.binomial(2.5, 0.3);
    // mean 0.75, sd ≈ 0.75: 4 standard errors ≈ 0.021
    expect(Math.abs(sum / N - 0.75)).toBeLessThan(0.021);
  });

  it('draws triangular values within [low, high] with the mean (low + likely + high) / 3', () => {
    const noise = createProcessNoise(1);
    let sum = 0;
    const N = 20000;
    for (let i = 0; i < N; i++) {
      const v = drawTriangular(0.1, 0.3, 0.6, noise.uniform());
      expect(v).toBeGreaterThanOrEqual(0.1);
      expect(v).toBeLessThanOrEqual(0.6);
      sum += v;
    }
    // sd of this triangle ≈ 0.103: 4 standard errors ≈ 0.003
    expect(Math.abs(sum / N - 1 / 3)).toBeLessThan(0.003);
    expect(drawTriangular(0.2, 0.2, 0.2, 0.7)).toBe(0.2);
  });

  it('finds the same percentiles by selection as by sorting (type 7), ties and all', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 300 }), (ints) => {
        const values = ints.map((i) => i / 4);
        const sorted = [...values].sort((a, b) => a - b);
        const at = (q: number): number => {
          const h = (sorted.length - 1) * q;
          const lo = Math.floor(h);
          const hi = Math.min(lo + 1, sorted.length - 1);
          return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
        };
        const band = bandOf(Float64Array.from(values));
        expect(band.p10).toBeCloseTo(at(0.1), 12);
        expect(band.p50).toBeCloseTo(at(0.5), 12);
        expect(band.p90).toBeCloseTo(at(0.9), 12);
      }),
      { numRuns: 300, seed: 2026 },
    );
  });
});
