import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../../src/app/load-inputs.js';
import { planInputOf } from '../../../src/app/plan.js';
import { projectScenarioDetail } from '../../../src/model/project.js';
import type { PlanInput } from '../../../src/model/plan/plan-input.js';
import { buildPlanLp, type PlanLp } from '../../../src/model/plan/plan-lp.js';
import { fn, path, planInput, randomPlan } from './plan-helpers.js';
import { referencePlanLp } from './plan-lp-reference.js';

/**
 * The lean buildPlanLp (typed arrays, no tuple per entry) must build the very LP the tuple-based
 * builder built: same columns and rows in the same order, the same CSC arrays bit for bit, the same
 * bounds, costs, index tables and limits. The solver, plan-actions and the lead's column generation
 * all read these arrays by position. When the LP changes by design, change the reference
 * (plan-lp-reference.ts) the same way.
 */

/** Every difference between two LPs (empty when identical); numbers compared with Object.is. */
function lpDifferences(a: PlanLp, b: PlanLp): string[] {
  const out: string[] = [];
  const arrays = ['colLower', 'colUpper', 'integrality', 'rowLower', 'rowUpper', 'starts', 'indices', 'values', 'cost', 'shortageWeight', 'redundancyWeight'] as const;
  for (const key of arrays) {
    const x = a[key];
    const y = b[key];
    if (x.constructor !== y.constructor) out.push(`${key}: ${x.constructor.name} vs ${y.constructor.name}`);
    if (x.length !== y.length) out.push(`${key}: length ${x.length} vs ${y.length}`);
    for (let e = 0; e < Math.min(x.length, y.length); e++) {
      if (!Object.is(x[e], y[e])) {
        out.push(`${key}[${e}]: ${x[e]} vs ${y[e]}`);
        break;
      }
    }
  }
  for (const key of ['numCols', 'numRows', 'holdShortageRow', 'holdRedundancyRow', 'semiContinuous', 'bigFlow'] as const) {
    if (!Object.is(a[key], b[key])) out.push(`${key}: ${a[key]} vs ${b[key]}`);
  }
  for (const key of ['W', 'H', 'R', 'P', 'O', 'U', 'X', 'limits'] as const) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) out.push(`${key} differ`);
  }
  return out;
}

/** Row r of the LP as column → coefficient, read from the CSC arrays. */
function row(lp: PlanLp, r: number): Map<number, number> {
  const out = new Map<number, number>();
  for (let c = 0; c < lp.numCols; c++) {
    for (let e = lp.starts[c]!; e < lp.starts[c + 1]!; e++) if (lp.indices[e] === r) out.set(c, lp.values[e]!);
  }
  return out;
}

/**
 * Every row kind and every special case of the builder: natural transitions (one listed twice, to
 * be summed), a pathway to itself (its in- and outflow terms summed on one column), a stay of 0 in
 * one year (a zero coefficient, dropped), reduced hours, share-of-destination rows, budget and
 * capacity rows, the total overstaffing cap, a vacaturestop destination (freeze rows), placement
 * limits (early rows; none where placement is not allowed), minimum flows with pathway-years too
 * small to carry them, discounting and a price on shortage.
 */
function everyRowKind(): PlanInput {
  const T = 3;
  const demand = (start: number, step: number) => Array.from({ length: T + 1 }, (_, k) => start + step * k);
  return planInput(
    [
      fn('A', 12, demand(12, -2), {
        stay: [0.9, 0, 0.85],
        moves: [
          { to: 'B', share: [0.02, 0.03, 0.01] },
          { to: 'B', share: [0.01, 0.01, 0.01] },
          { to: 'C', share: [0.05, 0, 0.02] },
        ],
        hireRetention: 0.8,
        redundancyMax: 1.5,
        reducedHours: { maxPersons: 3, ftePerPerson: 0.6, costPerPerson: 2_000 },
      }),
      fn('B', 4, demand(4, 1.5), { hireMax: 0, stay: [0.95, 0.95, 0.9] }),
      fn('C', 6, demand(6, 0.5), { hireMax: 1, redundancyMax: 0, hireRetention: 0 }),
      fn('D', 0.3, demand(0.3, 0), { reducedHours: { maxPersons: Infinity, ftePerPerson: 0.5, costPerPerson: 0 } }),
    ],
    [
      path('A', 'A', { cost: 1_500, retention: 0.7 }),
      path('A', 'B', { cost: 3_000, retention: 0.9, maxShareOfDestination: 0.25 }),
      path('A', 'C', { cost: 0, retention: 0.95, maxPerYear: 2 }),
      path('D', 'C', { cost: 500, retention: 0.8, maxShareOfDestination: 0.5, explicit: false }),
    ],
    { maxTotalOverstaffing: 5, budgetPerYear: 20_000, capacityPerYear: 4, minFlow: 0.5, discountRate: 0.03, shortageCost: 90_000 },
  );
}

async function exampleInput(scenario: string): Promise<PlanInput> {
  const inputs = await loadInputs({ scenario: `scenarios/${scenario}.yaml` });
  return planInputOf(inputs, projectScenarioDetail(inputs));
}

describe('buildPlanLp builds the same LP as the reference builder', () => {
  it('on a synthetic plan with every row kind', () => {
    const input = everyRowKind();
    const lp = buildPlanLp(input);
    expect(lpDifferences(lp, referencePlanLp(input))).toEqual([]);
    // The cases the input is meant to exercise are really there.
    const kinds = new Set(lp.limits.map((l) => l.constraint));
    for (const kind of ['plan.pathways max_share_of_destination', 'plan.overstaffing max_total_fte', 'reskilling.budget_per_year', 'reskilling.capacity_per_year', 'plan.reduced_hours max_persons', 'plan.pathways max_per_year', 'plan.hiring max_per_year', 'plan.redundancy max_per_year']) {
      expect(kinds, kind).toContain(kind);
    }
    expect(lp.semiContinuous).toBe(true);
    expect([...lp.integrality].filter((v) => v === 2).length).toBeGreaterThan(0);
    expect([...lp.colUpper].some((u, c) => u === 0 && lp.X.some((cols) => cols.includes(c)))).toBe(true);
  });

  it('sums terms on one column and drops zero coefficients', () => {
    const input = everyRowKind();
    const lp = buildPlanLp(input);
    // Balance rows come first, two rows (balance, outflow) per function and year: A's balance for u = 1 is row 2.
    const balanceA1 = row(lp, 2);
    expect(balanceA1.get(lp.W[0]![2]!)).toBe(1);
    expect(balanceA1.has(lp.W[0]![1]!)).toBe(false); // stay_A(1) = 0
    expect(balanceA1.get(lp.H[0]![1]!)).toBe(-0.8);
    expect(balanceA1.get(lp.X[0]![1]!)).toBe(-0.7 + 1); // A → A: in at retention, out at 1
    expect(balanceA1.get(lp.R[0]![1]!)).toBe(1);
    // A's rows: 2 per year, then staffing and reduced hours per year (4·T); B's balance for u = 1 is
    // its third row: A's two transitions to B summed.
    const balanceB1 = row(lp, 4 * 3 + 2);
    expect(balanceB1.get(lp.W[0]![1]!)).toBe(-0.03 - 0.01);
    expect(balanceB1.get(lp.W[1]![1]!)).toBe(-0.95);
    expect(lp.rowLower[0]).toBe(0.9 * 12);
    // C never keeps a hire: no H term in its balance rows.
    // B has 3·T rows (no reduced hours): C's first balance row is 4·T + 3·T.
    const balanceC0 = row(lp, 7 * 3);
    expect(balanceC0.get(lp.W[2]![1]!)).toBe(1);
    expect(balanceC0.has(lp.H[2]![0]!)).toBe(false);
  });

  it('on the example scenarios', async () => {
    for (const scenario of ['baseline', 'krimp-vacaturestop', 'digitaal-versneld', 'groei-sociaal-ruimte']) {
      const input = await exampleInput(scenario);
      expect(input.pathways.length, scenario).toBeGreaterThan(0);
      expect(lpDifferences(buildPlanLp(input), referencePlanLp(input)), scenario).toEqual([]);
    }
  });

  it('on seeded random plans, with and without minimum flows, and without years', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const input = randomPlan(seed, 3 + (seed % 5), 1 + (seed % 4), 0.6);
      expect(lpDifferences(buildPlanLp(input), referencePlanLp(input)), `seed ${seed}`).toEqual([]);
      const lp = { ...input, minFlow: 0, maxTotalOverstaffing: 4, budgetPerYear: 9_000 };
      expect(lpDifferences(buildPlanLp(lp), referencePlanLp(lp)), `seed ${seed}, LP`).toEqual([]);
    }
    const noYears = planInput([fn('A', 3, [3]), fn('B', 2, [4])], [path('A', 'B')]);
    expect(lpDifferences(buildPlanLp(noYears), referencePlanLp(noYears))).toEqual([]);
  });

  it('the comparison catches a swapped coefficient, a moved entry and a changed bound', () => {
    const input = everyRowKind();
    const swapped = referencePlanLp(input);
    // Swap the first two different coefficients of one column.
    let c = 0;
    while (swapped.values[swapped.starts[c]!] === swapped.values[swapped.starts[c]! + 1] || swapped.starts[c + 1]! - swapped.starts[c]! < 2) c++;
    const at = swapped.starts[c]!;
    [swapped.values[at], swapped.values[at + 1]] = [swapped.values[at + 1]!, swapped.values[at]!];
    expect(lpDifferences(buildPlanLp(input), swapped)).not.toEqual([]);
    const moved = referencePlanLp(input);
    moved.indices[at]! += 1;
    expect(lpDifferences(buildPlanLp(input), moved)).not.toEqual([]);
    const bound = referencePlanLp(input);
    bound.rowUpper[bound.numRows - 3]! += 1e-9;
    expect(lpDifferences(buildPlanLp(input), bound)).not.toEqual([]);
  });
});
