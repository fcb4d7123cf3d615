import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/domain/scenario-schema.js';
import { projectScenario } from '../../src/model/project.js';
import { defaultPlan } from '../../src/model/plan/build-plan-input.js';
import { numericAssumptions, projectionMetrics, runSensitivity } from '../../src/model/sensitivity.js';
import { cell, fn, scenario, workforce } from './build-inputs.js';

const functions = [fn('F1', { family: 'A', tasks: { admin: 0.6, contact: 0.4 } }), fn('F2', { family: 'B', tasks: { contact: 1 } })];
const people = workforce([
  cell('F1', { persons: 10, birthYear: 1990 }),
  cell('F1', { persons: 6, birthYear: 1962 }),
  cell('F2', { persons: 8, birthYear: 1975 }),
]);
const base = scenario({
  horizon: { start: 2026, end: 2032 },
  workforce: {
    retirement_age: 67,
    attrition: [{ rate: 0.05 }, { function: 'F2', rate: 0.1 }],
    transitions: { F1: { F2: 0.02 } },
  },
  digitalisation: { automation: { admin: { target: 0.5, end: 2030 }, contact: { target: [0.1, 0.2, 0.9], end: 2031 } }, reinvested: 0.25 },
  demand: { growth: [{ family: 'B', rate: 0.02 }] },
});
const project = (s: Scenario) => projectScenario({ scenario: s, functions, workforce: people });
const run = (s: Scenario, delta = 0.2) => runSensitivity(s, functions, delta, async (v) => ({ ...projectionMetrics(project(v)), plan_cost: null }));
const find = (result: Awaited<ReturnType<typeof run>>, path: string) => {
  const a = result.assumptions.find((x) => x.path === path);
  if (a === undefined) throw new Error(`no assumption ${path} in ${result.assumptions.map((x) => x.path).join(', ')}`);
  return a;
};

describe('sensitivity (SPEC §3.5)', () => {
  let result: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    result = await run(base);
  });

  it('moves every numeric assumption of the scenario, named by its path', () => {
    expect(result.assumptions.map((a) => a.path).sort()).toEqual([
      'demand.growth[family=B].rate',
      'digitalisation.automation.admin.target',
      'digitalisation.automation.contact.target',
      'digitalisation.reinvested',
      'workforce.attrition[0].rate',
      'workforce.attrition[function=F2].rate',
      'workforce.retirement_age',
      'workforce.temporary.renewal_rate',
      'workforce.transitions.F1.F2',
    ]);
  });

  it('more attrition → more shortage: a lower gap and more shortage FTE-years', () => {
    for (const path of ['workforce.attrition[0].rate', 'workforce.attrition[function=F2].rate']) {
      const a = find(result, path);
      expect(a.effects.gap_fte.high!).toBeLessThan(0);
      expect(a.effects.gap_fte.low!).toBeGreaterThan(0);
      expect(a.effects.shortage_fte_years.high!).toBeGreaterThan(0);
    }
  });

  it('a higher automation target → less demand: a higher gap (less shortage)', () => {
    for (const path of ['digitalisation.automation.admin.target', 'digitalisation.automation.contact.target']) {
      const a = find(result, path);
      expect(a.effects.gap_fte.high!).toBeGreaterThan(0);
      expect(a.effects.gap_fte.low!).toBeLessThan(0);
      expect(a.effects.shortage_fte_years.high!).toBeLessThanOrEqual(0);
    }
    // More growth → more demand → more shortage; a later retirement → fewer years short (the
    // people born in 1962 retire in 2031 instead of 2029, and by the horizon either way).
    expect(find(result, 'demand.growth[family=B].rate').effects.gap_fte.high!).toBeLessThan(0);
    const retirement = find(result, 'workforce.retirement_age').effects.shortage_fte_years;
    expect(retirement.high!).toBeLessThan(0);
    expect(retirement.low!).toBeGreaterThan(0);
  });

  it('an effect is exactly the outcome of the projection with that one value changed', () => {
    const a = find(result, 'digitalisation.reinvested');
    expect(a.low_value).toBeCloseTo(0.2, 12);
    const low = project({ ...base, digitalisation: { ...base.digitalisation, reinvested: 0.2 } });
    const gap = low.totals.years.at(-1)!.gap_fte - project(base).totals.years.at(-1)!.gap_fte;
    expect(a.effects.gap_fte.low).toBeCloseTo(gap, 9);
  });

  it('caps a moved value to its valid range and moves a [low, likely, high] as a whole', () => {
    const contact = find(result, 'digitalisation.automation.contact.target');
    expect(contact.high_value).toEqual([0.12, 0.24, 1]);
    expect((contact.low_value as number[]).map((v) => Math.round(v * 1e9) / 1e9)).toEqual([0.08, 0.16, 0.72]);
    expect(find(result, 'workforce.retirement_age')).toMatchObject({ low_value: 65, high_value: 69 });
    const old = numericAssumptions({ ...base, workforce: { ...base.workforce, retirement_age: 74 } }).find((x) => x.path === 'workforce.retirement_age')!;
    expect(old.move(1.2)).toBe(75);
  });

  it('ranks by the largest swing of the gap', () => {
    const swings = result.assumptions.map((a) => a.swing_gap_fte);
    expect(swings).toEqual([...swings].sort((x, y) => y - x));
    expect(swings[0]!).toBeGreaterThan(0);
  });

  it('does not run a variant whose attrition + transitions exceed 1, and says so', async () => {
    const tight = { ...base, workforce: { ...base.workforce, attrition: [{ rate: 0.9 }], transitions: { F1: { F2: 0.1 } } } };
    const a = find(await run(tight), 'workforce.attrition[0].rate');
    expect(a.effects.gap_fte.high).toBeNull();
    expect(a.effects.gap_fte.low).not.toBeNull();
    expect(a.notes[0]).toContain('exceed 1');
  });

  it('names a variant it did not run by the value the JSON shows, not a floating-point artefact', async () => {
    // 0.75 × 1.2 is 0.8999999999999999 in floating point; with 0.2 of transitions the high side exceeds 1.
    const tight = { ...base, workforce: { ...base.workforce, attrition: [{ rate: 0.75 }], transitions: { F1: { F2: 0.2 } } } };
    const a = find(await run(tight), 'workforce.attrition[0].rate');
    expect(a.effects.gap_fte.high).toBeNull();
    expect(a.notes).toEqual(['at 0.9 attrition + transitions exceed 1 for some function and age: not run']);
  });
});

describe('sensitivity with a plan (SPEC §3.5: "and the plan\'s cost parameters")', () => {
  const planned: Scenario = {
    ...base,
    plan: { ...defaultPlan(), hiring: [{ family: 'all', cost: 10_000 }], min_flow_fte: 0 },
  };

  it('moves the cost parameters only when the scenario has a plan: block', () => {
    const costs = (s: Scenario) => numericAssumptions(s).filter((a) => a.planOnly).map((a) => a.path);
    expect(costs(base)).toEqual([]);
    expect(costs(planned)).toEqual(['reskilling.cost_per_hour', 'reskilling.hire_cost', 'reskilling.surplus_cost_per_fte', 'plan.hiring[family=all].cost', 'plan.discount_rate']);
  });

  it('evaluates a cost parameter as plan-only (no re-projection) and every other variant in full, and ranks by the plan cost swing when the gap does not move', async () => {
    const calls: { planOnly: boolean; hire: unknown }[] = [];
    const result = await runSensitivity(planned, functions, 0.2, async (s, planOnly) => {
      calls.push({ planOnly, hire: s.plan?.hiring[0]?.cost });
      // A stand-in for the plan: its cost grows with the hiring cost.
      return { ...projectionMetrics(project(s)), plan_cost: 5 * (s.plan?.hiring[0]?.cost ?? 0) };
    });
    expect(calls[0]).toEqual({ planOnly: false, hire: 10_000 });
    const hiringCalls = calls.filter((c) => c.hire !== 10_000);
    expect(hiringCalls).toEqual([{ planOnly: true, hire: 8_000 }, { planOnly: true, hire: 12_000 }]);
    const hiring = result.assumptions.find((a) => a.path === 'plan.hiring[family=all].cost')!;
    expect(hiring.effects.plan_cost).toEqual({ low: -10_000, high: 10_000 });
    expect(hiring.effects.gap_fte).toEqual({ low: 0, high: 0 });
    expect(hiring.swing_plan_cost).toBe(20_000);
    // Among the assumptions that do not move the gap or the shortage, the plan cost decides the order.
    const still = result.assumptions.filter((a) => a.swing_gap_fte === 0 && (a.effects.shortage_fte_years.high ?? 0) === 0 && (a.effects.shortage_fte_years.low ?? 0) === 0);
    expect(still[0]!.path).toBe('plan.hiring[family=all].cost');
  });

  it('a variant whose plan cannot be solved keeps its gap, and its plan cost is unknown with a note', async () => {
    const result = await runSensitivity(planned, functions, 0.2, async (s) => ({
      ...projectionMetrics(project(s)),
      plan_cost: s.plan?.hiring[0]?.cost === 12_000 ? null : 1_000,
    }));
    const hiring = result.assumptions.find((a) => a.path === 'plan.hiring[family=all].cost')!;
    expect(hiring.effects.plan_cost).toEqual({ low: 0, high: null });
    expect(hiring.notes).toEqual(['at 12000 the plan could not be solved: its cost is not known']);
  });
});

describe('sensitivity with variants evaluated at once (the plan on worker threads)', () => {
  // Evaluations that finish in a scrambled order (later variants first, by a seeded shuffle of delays).
  const scrambled = (failBase = false) => {
    let calls = 0;
    return async (s: Scenario): Promise<ReturnType<typeof projectionMetrics> & { plan_cost: number | null }> => {
      const n = calls++;
      if (n === 0 && failBase) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        throw new Error('the base plan failed');
      }
      await new Promise((resolve) => setTimeout(resolve, (n * 7) % 5));
      return { ...projectionMetrics(project(s)), plan_cost: (s.workforce.retirement_age as number) * 100 };
    };
  };
  const tight = { ...base, workforce: { ...base.workforce, attrition: [{ rate: 0.9 }], transitions: { F1: { F2: 0.1 } } } };

  it('gives the same result, notes in the same order, whatever the concurrency and the order evaluations finish in', async () => {
    const serial = await runSensitivity(tight, functions, 0.2, scrambled());
    for (const concurrency of [2, 4, 50]) {
      const progress: number[] = [];
      const result = await runSensitivity(tight, functions, 0.2, scrambled(), { concurrency, onProgress: (done, total) => progress.push(done, total) });
      expect(result).toEqual(serial);
      // Progress counts up to the total, once per variant, the one not run included.
      const total = 2 * serial.assumptions.length;
      expect(progress).toEqual(Array.from({ length: total }, (_, i) => [i + 1, total]).flat());
    }
    expect(serial.assumptions.some((a) => a.notes.some((n) => n.includes('exceed 1')))).toBe(true);
  });

  it("rejects with the base's failure, whatever the concurrency", async () => {
    for (const concurrency of [1, 3]) {
      await expect(runSensitivity(base, functions, 0.2, scrambled(true), { concurrency })).rejects.toThrow('the base plan failed');
    }
  });
});
