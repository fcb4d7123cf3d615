import type { PlanFunctionInput, PlanInput, PlanPathwayInput } from '../../../src/model/plan/plan-input.js';
import type { PlanLp } from '../../../src/model/plan/plan-lp.js';
import { createRandom } from '../../../src/model/random.js';

/** A function for plan tests: everyone stays, hires stay, € 10,000 a hire, € 40,000 a placement, € 50,000 a year of overstaffing. */
export function fn(id: string, startFte: number, demand: number[], over: Partial<PlanFunctionInput> = {}): PlanFunctionInput {
  const T = demand.length - 1;
  return {
    id,
    startFte,
    demand,
    stay: Array.from({ length: T }, () => 1),
    moves: [],
    hireRetention: 1,
    hireCost: 10_000,
    hireMax: Infinity,
    redundancyCost: 40_000,
    redundancyMax: Infinity,
    overstaffingCost: 50_000,
    reducedHours: null,
    ...over,
  };
}

export function path(from: string, to: string, over: Partial<PlanPathwayInput> = {}): PlanPathwayInput {
  return { from, to, cost: 0, hours: 0, retention: 1, maxPerYear: Infinity, maxShareOfDestination: null, explicit: true, ...over };
}

export function planInput(functions: PlanFunctionInput[], pathways: PlanPathwayInput[] = [], over: Partial<PlanInput> = {}): PlanInput {
  const T = functions[0]!.demand.length - 1;
  return {
    years: Array.from({ length: T + 1 }, (_, k) => 2026 + k),
    functions,
    pathways,
    objective: 'cost',
    maxTotalOverstaffing: Infinity,
    budgetPerYear: Infinity,
    capacityPerYear: Infinity,
    shortageCost: null,
    minFlow: 0,
    discountRate: 0,
    ...over,
  };
}

/**
 * A seeded random plan with minimum flows (0.5 FTE): F functions, T decision years, each ordered
 * pair a pathway with chance `density`; some functions with limited hiring, half with a reskilling
 * capacity of 3 a year.
 */
export function randomPlan(seed: number, F: number, T: number, density = 0.5): PlanInput {
  const random = createRandom(seed);
  const r = () => random.next();
  const ids = Array.from({ length: F }, (_, i) => `F${i}`);
  const functions = ids.map((id) => {
    const start = Math.round(2 + r() * 80) / 10;
    const trend = (r() - 0.5) * 0.3;
    return fn(id, start, Array.from({ length: T + 1 }, (_, k) => Math.round(Math.max(0, start * (1 + trend * k)) * 10) / 10), {
      stay: Array.from({ length: T }, () => 0.85 + r() * 0.15),
      hireRetention: 0.8 + r() * 0.2,
      hireCost: Math.round(r() * 20) * 1000,
      hireMax: r() < 0.25 ? Math.round(r() * 2) : Infinity,
      overstaffingCost: 20_000 + Math.round(r() * 40) * 1000,
    });
  });
  const pathways = [];
  for (const from of ids) for (const to of ids) if (from !== to && r() < density) pathways.push(path(from, to, { cost: Math.round(r() * 8) * 1000, retention: 0.7 + r() * 0.3 }));
  return planInput(functions, pathways, { minFlow: 0.5, objective: r() < 0.3 ? 'redundancy' : 'cost', capacityPerYear: r() < 0.5 ? 3 : Infinity });
}

/**
 * min c·x subject to A x ≤ b, by enumerating every vertex (n active constraints out of m, solved by
 * Gaussian elimination): slow, but shares nothing with HiGHS or the plan's LP builder. The region
 * must contain x ≥ 0 rows and the objective be bounded below on it.
 */
export function vertexMin(A: number[][], b: number[], c: number[]): number {
  const n = c.length;
  const m = A.length;
  let best = Infinity;
  const chosen: number[] = [];
  const visit = (start: number): void => {
    if (chosen.length === n) {
      const x = solveSquare(chosen.map((r) => [...A[r]!]), chosen.map((r) => b[r]!));
      if (x === null) return;
      for (let r = 0; r < m; r++) {
        let lhs = 0;
        for (let j = 0; j < n; j++) lhs += A[r]![j]! * x[j]!;
        if (lhs > b[r]! + 1e-7 * Math.max(1, Math.abs(b[r]!))) return;
      }
      let obj = 0;
      for (let j = 0; j < n; j++) obj += c[j]! * x[j]!;
      best = Math.min(best, obj);
      return;
    }
    for (let r = start; r < m; r++) {
      chosen.push(r);
      visit(r + 1);
      chosen.pop();
    }
  };
  visit(0);
  return best;
}

function solveSquare(M: number[][], v: number[]): number[] | null {
  const n = v.length;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(M[r]![col]!) > Math.abs(M[pivot]![col]!)) pivot = r;
    if (Math.abs(M[pivot]![col]!) < 1e-10) return null;
    [M[col], M[pivot]] = [M[pivot]!, M[col]!];
    [v[col], v[pivot]] = [v[pivot]!, v[col]!];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = M[r]![col]! / M[col]![col]!;
      if (f === 0) continue;
      for (let k = col; k < n; k++) M[r]![k]! -= f * M[col]![k]!;
      v[r]! -= f * v[col]!;
    }
  }
  return v.map((value, i) => value / M[i]![i]!);
}

/**
 * The lexicographic stages of SPEC §3.3 by an independent solve `optimum(cost)`: the least unmet
 * demand (unless shortage is priced), the least placement outside (objective `redundancy`), then the
 * least cost, each optimum held into `rowUpper` for the next (1e-6 relative, 1e-6 absolute at least).
 */
export function lexicographicOptima(lp: PlanLp, input: PlanInput, rowUpper: Float64Array, optimum: (cost: Float64Array) => number): number[] {
  const stages: [Float64Array, number][] = [];
  if (input.shortageCost === null) stages.push([lp.shortageWeight, lp.holdShortageRow]);
  if (input.objective === 'redundancy') stages.push([lp.redundancyWeight, lp.holdRedundancyRow]);
  const values: number[] = [];
  for (const [weight, hold] of stages) {
    const z = optimum(weight);
    values.push(z);
    rowUpper[hold] = z + Math.max(1e-6 * Math.abs(z), 1e-6);
  }
  values.push(optimum(lp.cost));
  return values;
}

/** Two random groups of functions with pathways only within each group, unlimited hiring (no unmet demand), no shared cap. */
export function twoGroups(seed: number, F = 3, T = 3): PlanInput {
  const group = (s: number, prefix: string) => {
    const plan = randomPlan(s, F, T, 0.7);
    const id = (x: string) => `${prefix}${x}`;
    return {
      functions: plan.functions.map((f) => ({ ...f, id: id(f.id), hireMax: Infinity })),
      pathways: plan.pathways.map((p) => ({ ...p, from: id(p.from), to: id(p.to) })),
    };
  };
  const a = group(seed, 'A');
  const b = group(seed + 1000, 'B');
  const base = randomPlan(seed, F, T, 0.7);
  return { ...base, functions: [...a.functions, ...b.functions], pathways: [...a.pathways, ...b.pathways], objective: 'cost', capacityPerYear: Infinity, maxTotalOverstaffing: Infinity };
}
