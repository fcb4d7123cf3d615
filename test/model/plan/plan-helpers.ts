import type { PlanFunctionInput, PlanInput, PlanPathwayInput } from '../../../src/model/plan/plan-input.js';

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
