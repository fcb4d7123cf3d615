import type { PlanInput } from '../../../src/model/plan/plan-input.js';
import { lastingSurplus, type PlanLimit, type PlanLp } from '../../../src/model/plan/plan-lp.js';

/**
 * The plan's LP as buildPlanLp built it before it wrote its entries straight into typed arrays
 * (rows as [column, value] tuple arrays, merged through a Map, then turned into CSC): kept verbatim
 * as the reference the lean builder must reproduce number for number. Only lastingSurplus, which
 * the rewrite left as it was, comes from the builder itself. One model change since, made here too:
 * no hiring in a year a function has no demand (plan-lp.ts, hireUpper).
 */
export function referencePlanLp(input: PlanInput): PlanLp {
  const T = input.years.length - 1;
  const fns = input.functions;
  const index = new Map(fns.map((f, i) => [f.id, i]));
  const discount = (k: number) => Math.pow(1 + input.discountRate, -k);

  let totalStart = 0;
  let peakDemand = 0;
  for (const f of fns) {
    totalStart += f.startFte;
    peakDemand += Math.max(0, ...f.demand);
  }
  const bigFlow = 2 * (totalStart + peakDemand) + 100;

  const colLower: number[] = [];
  const colUpper: number[] = [];
  const cost: number[] = [];
  const integrality: number[] = [];
  const shortageWeight: number[] = [];
  const redundancyWeight: number[] = [];
  const addCol = (c: number, upper: number, kind: 0 | 1 | 2 = 0, semi = false, lower = 0): number => {
    colLower.push(lower);
    colUpper.push(upper);
    cost.push(c);
    integrality.push(semi ? 2 : 0);
    shortageWeight.push(kind === 1 ? 1 : 0);
    redundancyWeight.push(kind === 2 ? 1 : 0);
    return cost.length - 1;
  };
  const none = () => Array.from({ length: T + 1 }, () => -1);
  const W = fns.map(() => none());
  const H = fns.map(() => none());
  const R = fns.map(() => none());
  const P = fns.map(() => none());
  const O = fns.map(() => none());
  const U = fns.map(() => none());
  fns.forEach((f, i) => {
    for (let k = 1; k <= T; k++) W[i]![k] = addCol(0, Infinity);
    for (let u = 0; u < T; u++) {
      H[i]![u] = addCol(f.hireCost * discount(u), f.demand[u + 1]! > 0 ? f.hireMax : 0);
      R[i]![u] = addCol(f.redundancyCost * discount(u), f.redundancyMax, 2);
    }
    for (let k = 1; k <= T; k++) {
      if (f.reducedHours !== null) P[i]![k] = addCol(f.reducedHours.costPerPerson * discount(k), f.reducedHours.maxPersons);
      O[i]![k] = addCol(f.overstaffingCost * discount(k), Infinity);
      U[i]![k] = addCol(input.shortageCost === null ? 0 : input.shortageCost * discount(k), Infinity, 1);
    }
  });
  const semiContinuous = input.minFlow > 0;
  const flowUpper = pathwayUpperBounds(input, index, bigFlow);
  const spare = lastingSurplus(input, index);
  input.pathways.forEach((p, q) => {
    if (intoFreeze(input, index, p)) for (let u = 0; u < T; u++) flowUpper[q]![u] = Math.min(flowUpper[q]![u]!, spare[index.get(p.from)!]![u]!);
  });
  const X = input.pathways.map((p, q) => {
    const cols: number[] = [];
    for (let u = 0; u < T; u++) {
      const upper = flowUpper[q]![u]!;
      if (semiContinuous && upper < input.minFlow) cols.push(addCol(p.cost * discount(u), 0));
      else cols.push(addCol(p.cost * discount(u), upper, 0, semiContinuous, semiContinuous ? input.minFlow : 0));
    }
    return cols;
  });

  // Rows, as triplets per column.
  // Parallel arrays rather than an object per entry: a 500 × 500 plan has a million entries.
  const entryRow: number[] = [];
  const entryCol: number[] = [];
  const entryValue: number[] = [];
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  const addRow = (lower: number, upper: number, terms: [number, number][]): number => {
    const row = rowLower.length;
    rowLower.push(lower);
    rowUpper.push(upper);
    for (const [col, value] of terms) {
      if (col < 0 || value === 0) continue;
      entryRow.push(row);
      entryCol.push(col);
      entryValue.push(value);
    }
    return row;
  };
  // Sums terms on the same column (a function may appear twice, e.g. a pathway to itself); most rows
  // have none, found with a mark per column instead of a map per row.
  const seen = new Int32Array(cost.length);
  let mark = 0;
  const merged = (terms: [number, number][]): [number, number][] => {
    mark++;
    for (const [col] of terms) {
      if (col < 0) continue;
      if (seen[col] === mark) return mergeTerms(terms);
      seen[col] = mark;
    }
    return terms;
  };
  const limits: PlanLimit[] = [];
  const year = (k: number) => input.years[k]!;

  const incoming = fns.map(() => [] as { from: number; share: number[] }[]);
  fns.forEach((f, i) => {
    for (const m of f.moves) {
      const j = index.get(m.to);
      if (j !== undefined && j !== i) incoming[j]!.push({ from: i, share: m.share });
    }
  });
  const pathsOut = fns.map(() => [] as number[]);
  const pathsIn = fns.map(() => [] as number[]);
  input.pathways.forEach((p, q) => {
    pathsOut[index.get(p.from)!]!.push(q);
    pathsIn[index.get(p.to)!]!.push(q);
  });

  fns.forEach((f, i) => {
    for (let u = 0; u < T; u++) {
      const terms: [number, number][] = [[W[i]![u + 1]!, 1]];
      let rhs = 0;
      if (u === 0) rhs += f.stay[0]! * f.startFte;
      else terms.push([W[i]![u]!, -f.stay[u]!]);
      for (const m of incoming[i]!) {
        if (u === 0) rhs += m.share[0]! * fns[m.from]!.startFte;
        else terms.push([W[m.from]![u]!, -m.share[u]!]);
      }
      terms.push([H[i]![u]!, -f.hireRetention]);
      for (const q of pathsIn[i]!) terms.push([X[q]![u]!, -input.pathways[q]!.retention]);
      for (const q of pathsOut[i]!) terms.push([X[q]![u]!, 1]);
      terms.push([R[i]![u]!, 1]);
      addRow(rhs, rhs, merged(terms));

      const out: [number, number][] = [[R[i]![u]!, 1]];
      for (const q of pathsOut[i]!) out.push([X[q]![u]!, 1]);
      let outRhs = 0;
      if (u === 0) outRhs = f.stay[0]! * f.startFte;
      else out.push([W[i]![u]!, -f.stay[u]!]);
      addRow(-Infinity, outRhs, out);
    }
    for (let k = 1; k <= T; k++) {
      const a = f.reducedHours?.ftePerPerson ?? 0;
      const d = f.demand[k]!;
      addRow(d, d, [[W[i]![k]!, 1], [P[i]![k]!, -a], [O[i]![k]!, -1], [U[i]![k]!, 1]]);
      if (f.reducedHours !== null) addRow(-Infinity, 0, [[P[i]![k]!, a], [W[i]![k]!, -1]]);
    }
    for (let u = 0; u < T; u++) {
      if (Number.isFinite(f.hireMax) && (f.demand[u + 1]! > 0 || f.hireMax === 0)) limits.push({ kind: 'col', index: H[i]![u]!, constraint: 'plan.hiring max_per_year', year: year(u + 1), fn: f.id, unit: 'hire' });
      if (Number.isFinite(f.redundancyMax)) limits.push({ kind: 'col', index: R[i]![u]!, constraint: 'plan.redundancy max_per_year', year: year(u + 1), fn: f.id, unit: 'placement' });
    }
    if (f.reducedHours !== null) {
      for (let k = 1; k <= T; k++) limits.push({ kind: 'col', index: P[i]![k]!, constraint: 'plan.reduced_hours max_persons', year: year(k), fn: f.id, unit: 'person' });
    }
  });

  input.pathways.forEach((p, q) => {
    const j = index.get(p.to)!;
    for (let u = 0; u < T; u++) {
      if (p.maxShareOfDestination !== null) {
        const row = addRow(-Infinity, 0, [[X[q]![u]!, 1], [W[j]![u + 1]!, -p.maxShareOfDestination]]);
        limits.push({ kind: 'row', index: row, constraint: 'plan.pathways max_share_of_destination', year: year(u + 1), fn: p.to, unit: 'fte', pathway: { from: p.from, to: p.to } });
      }
      if (Number.isFinite(p.maxPerYear)) {
        limits.push({ kind: 'col', index: X[q]![u]!, constraint: 'plan.pathways max_per_year', year: year(u + 1), fn: p.to, unit: 'fte', pathway: { from: p.from, to: p.to } });
      }
    }
  });
  if (Number.isFinite(input.maxTotalOverstaffing)) {
    for (let k = 1; k <= T; k++) {
      const row = addRow(-Infinity, input.maxTotalOverstaffing, fns.map((_, i) => [O[i]![k]!, 1] as [number, number]));
      limits.push({ kind: 'row', index: row, constraint: 'plan.overstaffing max_total_fte', year: year(k), fn: null, unit: 'fte' });
    }
  }
  if (input.pathways.length > 0) {
    for (let u = 0; u < T; u++) {
      if (Number.isFinite(input.budgetPerYear)) {
        const row = addRow(-Infinity, input.budgetPerYear, input.pathways.map((p, q) => [X[q]![u]!, p.cost] as [number, number]));
        limits.push({ kind: 'row', index: row, constraint: 'reskilling.budget_per_year', year: year(u), fn: null, unit: 'euro' });
      }
      if (Number.isFinite(input.capacityPerYear)) {
        const row = addRow(-Infinity, input.capacityPerYear, input.pathways.map((_, q) => [X[q]![u]!, 1] as [number, number]));
        limits.push({ kind: 'row', index: row, constraint: 'reskilling.capacity_per_year', year: year(u), fn: null, unit: 'place' });
      }
    }
  }
  // Two rules an HR adviser would set (README, "The action plan"), both on f's lasting surplus (see
  // lastingSurplus), cumulated over the years up to u:
  // * a vacaturestop is not circumvented: moves into functions whose hiring is frozen are at most it;
  // * no placing outside now to hire back later: placements outside beyond it are 'early' (E_f(u)),
  //   priced at the overstaffing they would save until the horizon plus a hire — so they never pay
  //   and happen only where a limit (e.g. max_total_fte) leaves no other way.
  fns.forEach((f, i) => {
    const frozen = pathsOut[i]!.filter((q) => intoFreeze(input, index, input.pathways[q]!));
    const early: number[] = [];
    for (let u = 0; u < T; u++) {
      if (f.redundancyMax <= 0) break;
      let premium = f.hireCost * discount(u);
      for (let k = u + 1; k <= T; k++) premium += f.overstaffingCost * discount(k);
      early.push(addCol(premium, Infinity));
    }
    for (let u = 0; u < T; u++) {
      const moves: [number, number][] = [];
      for (let s = 0; s <= u; s++) for (const q of frozen) moves.push([X[q]![s]!, 1]);
      if (moves.length > 0) addRow(-Infinity, spare[i]![u]!, moves);
      if (early.length === 0) continue;
      const placed: [number, number][] = [...moves];
      for (let s = 0; s <= u; s++) placed.push([R[i]![s]!, 1], [early[s]!, -1]);
      addRow(-Infinity, spare[i]![u]!, placed);
    }
  });

  const allU: [number, number][] = [];
  const allR: [number, number][] = [];
  fns.forEach((_, i) => {
    for (let k = 1; k <= T; k++) allU.push([U[i]![k]!, 1]);
    for (let u = 0; u < T; u++) allR.push([R[i]![u]!, 1]);
  });
  const holdShortageRow = addRow(-Infinity, Infinity, allU);
  const holdRedundancyRow = addRow(-Infinity, Infinity, allR);

  // Column-wise (CSC) matrix; entries within a column by row.
  const numCols = cost.length;
  const counts = new Int32Array(numCols + 1);
  for (const col of entryCol) counts[col + 1]!++;
  for (let c = 0; c < numCols; c++) counts[c + 1]! += counts[c]!;
  const starts = Int32Array.from(counts);
  const fill = Int32Array.from(counts);
  const indices = new Int32Array(entryCol.length);
  const values = new Float64Array(entryCol.length);
  for (let e = 0; e < entryCol.length; e++) {
    const at = fill[entryCol[e]!]!++;
    indices[at] = entryRow[e]!;
    values[at] = entryValue[e]!;
  }

  return {
    numCols,
    numRows: rowLower.length,
    colLower: Float64Array.from(colLower),
    colUpper: Float64Array.from(colUpper),
    integrality: Int32Array.from(integrality),
    rowLower: Float64Array.from(rowLower),
    rowUpper: Float64Array.from(rowUpper),
    starts,
    indices,
    values,
    cost: Float64Array.from(cost),
    shortageWeight: Float64Array.from(shortageWeight),
    redundancyWeight: Float64Array.from(redundancyWeight),
    holdShortageRow,
    holdRedundancyRow,
    W,
    H,
    R,
    P,
    O,
    U,
    X,
    limits,
    semiContinuous: semiContinuous && input.pathways.length > 0,
    bigFlow,
  };
}

/** A pathway into a function under a hiring freeze (`max_per_year: 0`, a vacaturestop). */
function intoFreeze(input: PlanInput, index: Map<string, number>, p: PlanInput['pathways'][number]): boolean {
  return input.functions[index.get(p.to)!]!.hireMax === 0;
}

/**
 * The largest flow each pathway can carry in each year in ANY feasible plan, so no plan is cut off:
 * its own `max_per_year`, the yearly reskilling capacity, the yearly budget ÷ its cost, the source's
 * stayers `stay_f(u)·W̄_f(u)` and its share of the destination `s·W̄_j(u+1)`, where W̄ is an upper bound
 * on W propagated forward from the snapshot (every inflow at its maximum, no outflow); W̄ is infinite
 * once unlimited hiring can reach a function. `bigFlow` caps what is left (semi-continuous columns
 * need a finite bound). A tight bound is what makes the minimum-flow MIP fast: HiGHS models a
 * semi-continuous x as x ≤ upper·y with y binary, so the relaxation is as weak as `upper` is large.
 */
function pathwayUpperBounds(input: PlanInput, index: Map<string, number>, bigFlow: number): number[][] {
  const T = input.years.length - 1;
  const fns = input.functions;
  let wMax = fns.map((f) => f.startFte);
  const upper = input.pathways.map(() => new Array<number>(T).fill(0));
  // 0 · ∞ is 0 here: a share of 0 of an unbounded function carries nothing.
  const times = (a: number, b: number) => (a === 0 || b === 0 ? 0 : a * b);
  for (let u = 0; u < T; u++) {
    const next = fns.map((f, i) => times(f.stay[u]!, wMax[i]!) + times(f.hireRetention, f.demand[u + 1]! > 0 ? f.hireMax : 0));
    fns.forEach((f, i) => {
      for (const m of f.moves) {
        const j = index.get(m.to);
        if (j !== undefined && j !== i) next[j]! += times(m.share[u]!, wMax[i]!);
      }
    });
    input.pathways.forEach((p, q) => {
      const i = index.get(p.from)!;
      let bound = Math.min(p.maxPerYear, input.capacityPerYear, times(fns[i]!.stay[u]!, wMax[i]!));
      if (p.cost > 0) bound = Math.min(bound, input.budgetPerYear / p.cost);
      upper[q]![u] = bound;
      next[index.get(p.to)!]! += times(p.retention, bound);
    });
    input.pathways.forEach((p, q) => {
      if (p.maxShareOfDestination !== null) upper[q]![u] = Math.min(upper[q]![u]!, times(p.maxShareOfDestination, next[index.get(p.to)!]!));
      upper[q]![u] = Math.min(upper[q]![u]!, bigFlow);
    });
    wMax = next;
  }
  return upper;
}

/** Sums terms on the same column (a function may appear twice, e.g. a transition to itself). */
function mergeTerms(terms: [number, number][]): [number, number][] {
  const out = new Map<number, number>();
  for (const [col, value] of terms) if (col >= 0) out.set(col, (out.get(col) ?? 0) + value);
  return [...out.entries()];
}
