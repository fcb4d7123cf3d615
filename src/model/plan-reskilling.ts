import type { PlannedPathway, ReskillPlan } from '../domain/pathway.js';
import type { Scenario } from '../domain/scenario-schema.js';
import type { PathwayVerdict } from '../domain/pathway.js';
import type { PathwaySelection } from './pathways.js';
import { compareText } from '../domain/compare-text.js';
import { LpColumns, solveLp } from './reskill-lp.js';

/**
 * The reskilling plan (SPEC §3 "Reskilling"): surplus FTE are moved to shortage functions over
 * viable, desirable and safe pathways by an exact linear program (HiGHS), never by a greedy pass.
 *
 * Formulation. Years t = 0 … T−1; gap_f(t) = supply − demand (FTE).
 *   S_i(s) = min_{u ≥ s} max(0,  gap_i(u))   surplus of i that may leave by year s: a person moved in
 *                                            year s must not be needed in i in any later year;
 *   H_j(s) = min_{u ≥ s} max(0, −gap_j(u))   shortage of j that may be filled by year s: a person placed
 *                                            in year s must still be needed in j in every later year.
 * Both are non-decreasing in s. Variables x_ij^t ≥ 0: FTE starting pathway i→j in year t (only where
 * S_i(t) > 0 and H_j(t) > 0, since otherwise the constraint below forces x_ij^t = 0).
 *   Σ_{t≤s} Σ_j x_ij^t ≤ S_i(s)            for every surplus function i and year s
 *   Σ_{t≤s} Σ_i x_ij^t ≤ H_j(s)            for every shortage function j and year s
 *   Σ_ij cost_ij · x_ij^t ≤ budget_per_year     for every year t (when set; cost is paid in the start year)
 *   Σ_ij x_ij^t ≤ capacity_per_year             for every year t (when set)
 *   minimise Σ cost_ij·x + hire_cost·(H(end) − filled) + surplus_cost_per_fte·(S(end) − placed)
 *          = constant + Σ (cost_ij − hire_cost − surplus_cost_per_fte)·x
 * with cost_ij = hours_ij × cost_per_hour per person. The cumulative rows are written with running
 * totals (c_i^s = c_i^{s−1} + Σ_j x_ij^s, 0 ≤ c_i^s ≤ S_i(s)), so each x has two or four entries.
 *
 * Exact reductions:
 *  - a pathway with cost_ij ≥ hire_cost + surplus_cost_per_fte has a non-negative objective
 *    coefficient: it can never improve the plan, so it is left out (and a note says how many);
 *  - without budget and capacity the objective does not depend on t, and any totals X_ij with
 *    Σ_j X_ij ≤ S_i(end), Σ_i X_ij ≤ H_j(end) can be scheduled in the last year, so stage 1 is one
 *    transportation problem on the last year;
 *  - pathways enter the LP by column generation (see reskill-lp.ts): exact by LP duality.
 * Stage 2 (schedule), with the optimal totals X_ij fixed (so the cost is unchanged):
 *  - without budget and capacity, each flow follows the gaps: by year s pathway i→j has started
 *    min(S_i(s)/S_i(end), H_j(s)/H_j(end)) of X_ij — feasible by construction, and no LP needed;
 *  - with a budget or capacity, a second LP over all years places each pathway's flow as early as
 *    the limits allow (minimise Σ t·x).
 * first_year is the first year of the schedule in which the pathway has flow; without limits that
 * is exactly the earliest year in which the pathway can start at all (S_i and H_j both positive).
 *
 * Values are not rounded; only solver noise below 1e-9 FTE is set to 0.
 */

/** Input of the reskilling plan: the gaps per function and year, and the evaluated pathways. */
export interface ReskillInput {
  years: number[];
  /** gap_fte per function per year (supply − demand, FTE), aligned with `years`. */
  gaps: Record<string, number[]>;
  pathways: readonly PathwayVerdict[];
  rules: Scenario['reskilling'];
}



/** Solver noise below this (FTE) is treated as 0. */
const NOISE = 1e-9;

interface AllowedPathway {
  from: string;
  to: string;
  hours: number;
  /** Euros per person. */
  cost: number;
}

/** S_i and H_j of the file header for the functions with a surplus, resp. a shortage, left at the horizon. */
function surplusAndShortage(gaps: Readonly<Record<string, number[]>>, ids: readonly string[], T: number) {
  const surplus = new Map<string, number[]>();
  const shortage = new Map<string, number[]>();
  for (const id of ids) {
    const gap = gaps[id]!;
    const s = persistent(gap.map((g) => Math.max(0, g)));
    const h = persistent(gap.map((g) => Math.max(0, -g)));
    if (T > 0 && s[T - 1]! > 0) surplus.set(id, s);
    if (T > 0 && h[T - 1]! > 0) shortage.set(id, h);
  }
  return { surplus, shortage };
}

/**
 * The only pathways the reskilling plan can use: from a function with a surplus at the horizon to
 * one with a shortage at the horizon. Evaluating just these gives the same plan as evaluating all.
 */
export function reskillPathwaySelection(gaps: Readonly<Record<string, number[]>>, years: number): PathwaySelection {
  const { surplus, shortage } = surplusAndShortage(gaps, Object.keys(gaps), years);
  return { from: new Set(surplus.keys()), to: new Set(shortage.keys()), keep: usableForReskilling };
}

/** A pathway the reskilling plan may use: viable, desirable, safe and not into a closed destination. */
function usableForReskilling(p: PathwayVerdict): boolean {
  return p.viable && p.desirable && p.safe && !p.closed;
}

/** Plans reskilling from surplus to shortage functions by exact optimisation (FTE, euros); see the file header for the LP. */
export async function planReskilling(input: ReskillInput): Promise<ReskillPlan> {
  const { years, rules } = input;
  const T = years.length;
  const ids = Object.keys(input.gaps).sort(compareText);
  for (const id of ids) {
    const gap = input.gaps[id]!;
    if (gap.length !== T || gap.some((g) => !Number.isFinite(g))) {
      throw new Error(`gap of ${id} must have ${T} finite values, one per year; this is a bug`);
    }
  }
  const { surplus, shortage } = surplusAndShortage(input.gaps, ids, T);

  const notes: string[] = [];
  const perPerson = rules.hire_cost + rules.surplus_cost_per_fte;
  const allowed: AllowedPathway[] = [];
  const seen = new Set<string>();
  let tooExpensive = 0;
  const candidates = input.pathways
    .filter((p) => usableForReskilling(p) && p.from !== p.to && surplus.has(p.from) && shortage.has(p.to))
    .sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to));
  for (const p of candidates) {
    const key = `${p.from}\u0000${p.to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const cost = p.hours * rules.cost_per_hour;
    if (!(cost < perPerson)) {
      tooExpensive++;
      continue;
    }
    allowed.push({ from: p.from, to: p.to, hours: p.hours, cost });
  }

  if (surplus.size === 0) notes.push('no surplus at the horizon: nobody to reskill');
  if (shortage.size === 0) notes.push('no shortage at the horizon: no vacancy to fill by reskilling');
  if (tooExpensive > 0) {
    notes.push(
      `${tooExpensive} pathway${tooExpensive === 1 ? '' : 's'} not used: training costs at least hire_cost + surplus_cost_per_fte per person`,
    );
  }
  if (surplus.size > 0 && shortage.size > 0 && allowed.length === 0 && tooExpensive === 0) {
    notes.push('no viable, desirable and safe pathway from a surplus function to a shortage function');
  }
  if (rules.budget_per_year === 0) notes.push('budget_per_year is 0: only pathways without training hours can be used');
  if (rules.capacity_per_year === 0) notes.push('capacity_per_year is 0: nobody can start a pathway');

  const timed = rules.budget_per_year !== undefined || rules.capacity_per_year !== undefined;
  const optimum = allowed.length > 0 ? await optimiseTotals(allowed, surplus, shortage, T, timed, rules) : undefined;
  let schedule: { pathway: number; year: number; fte: number }[] = [];
  if (optimum !== undefined && !timed) {
    schedule = scheduleWithGaps(allowed, optimum.totals, surplus, shortage, T);
  } else if (optimum !== undefined) {
    // Stage 1 already holds a feasible schedule; should the re-timing LP trip over solver
    // tolerances, that schedule (same cost, less early) is kept rather than failing the plan.
    schedule = await scheduleEarliest(allowed, optimum.totals, surplus, shortage, T, rules).catch(() => optimum.cells);
  }

  return assemble(input, allowed, schedule, surplus, shortage, notes);
}

/** x[k] = min_{u ≥ k} v[u]: the part of a gap that persists to the horizon. */
function persistent(v: number[]): number[] {
  const out = new Array<number>(v.length);
  let running = Infinity;
  for (let k = v.length - 1; k >= 0; k--) {
    running = Math.min(running, v[k]!);
    out[k] = running;
  }
  return out;
}

/**
 * Row layout shared by both stages: running-total rows per surplus and shortage function and year,
 * then the budget and capacity rows per year.
 */
class PlanRows {
  readonly rowLower: number[] = [];
  readonly rowUpper: number[] = [];
  readonly fixed = new LpColumns();
  private readonly surplusRow = new Map<string, number>();
  private readonly shortageRow = new Map<string, number>();
  budgetRow = -1;
  capacityRow = -1;

  constructor(
    readonly stageYears: number[],
    surplus: Map<string, number[]>,
    shortage: Map<string, number[]>,
    budget: number | undefined,
    capacity: number | undefined,
  ) {
    // Running total c^k: row k reads c^k − c^{k−1} − Σ x^k = 0, with 0 ≤ c^k ≤ cap(k).
    const addChain = (caps: number[], map: Map<string, number>, id: string) => {
      const first = this.rowLower.length;
      map.set(id, first);
      stageYears.forEach((t, k) => {
        this.rowLower.push(0);
        this.rowUpper.push(0);
        const rows = k + 1 < stageYears.length ? [first + k, first + k + 1] : [first + k];
        const values = k + 1 < stageYears.length ? [1, -1] : [1];
        this.fixed.add(0, caps[t]!, rows, values);
      });
    };
    for (const [id, caps] of surplus) addChain(caps, this.surplusRow, id);
    for (const [id, caps] of shortage) addChain(caps, this.shortageRow, id);
    if (budget !== undefined) {
      this.budgetRow = this.rowLower.length;
      for (const _ of stageYears) {
        this.rowLower.push(-Infinity);
        this.rowUpper.push(budget);
      }
    }
    if (capacity !== undefined) {
      this.capacityRow = this.rowLower.length;
      for (const _ of stageYears) {
        this.rowLower.push(-Infinity);
        this.rowUpper.push(capacity);
      }
    }
  }

  /** Rows and coefficients of x_p^k (stage year index k). */
  entries(p: AllowedPathway, k: number): { rows: number[]; values: number[] } {
    const rows = [this.surplusRow.get(p.from)! + k, this.shortageRow.get(p.to)! + k];
    const values = [-1, -1];
    if (this.budgetRow >= 0 && p.cost > 0) {
      rows.push(this.budgetRow + k);
      values.push(p.cost);
    }
    if (this.capacityRow >= 0) {
      rows.push(this.capacityRow + k);
      values.push(1);
    }
    return { rows, values };
  }
}

/** Stage 1: the optimal FTE total per allowed pathway. */
async function optimiseTotals(
  allowed: AllowedPathway[],
  surplus: Map<string, number[]>,
  shortage: Map<string, number[]>,
  T: number,
  timed: boolean,
  rules: Scenario['reskilling'],
): Promise<{ totals: Float64Array; cells: { pathway: number; year: number; fte: number }[] }> {
  const stageYears = timed ? range(T) : [T - 1];
  const layout = new PlanRows(stageYears, surplus, shortage, rules.budget_per_year, rules.capacity_per_year);
  const candidates = new LpColumns();
  const pathwayOf: number[] = [];
  const yearOf: number[] = [];
  const columnsOf: number[][] = allowed.map(() => []);
  const perPerson = rules.hire_cost + rules.surplus_cost_per_fte;
  allowed.forEach((p, index) => {
    const s = surplus.get(p.from)!;
    const h = shortage.get(p.to)!;
    stageYears.forEach((t, k) => {
      if (!(s[t]! > 0 && h[t]! > 0)) return;
      const { rows, values } = layout.entries(p, k);
      columnsOf[index]!.push(candidates.add(p.cost - perPerson, Infinity, rows, values));
      pathwayOf.push(index);
      yearOf.push(t);
    });
  });

  const solution = await solveLp({
    rowLower: layout.rowLower,
    rowUpper: layout.rowUpper,
    fixed: layout.fixed,
    candidates,
    initial: initialColumns(allowed, columnsOf, candidates.count),
  });
  const totals = new Float64Array(allowed.length);
  const cells: { pathway: number; year: number; fte: number }[] = [];
  solution.candidates.forEach((v, c) => {
    totals[pathwayOf[c]!]! += v;
    if (v > NOISE) cells.push({ pathway: pathwayOf[c]!, year: yearOf[c]!, fte: v });
  });
  return { totals, cells };
}

/**
 * The columns to start column generation with: all of them for a small problem, else the ten
 * cheapest pathways out of each surplus function and into each shortage function.
 */
function initialColumns(allowed: AllowedPathway[], columnsOf: number[][], count: number): number[] | undefined {
  const ALL_BELOW = 20_000;
  const PER_FUNCTION = 10;
  if (count <= ALL_BELOW) return undefined;
  const byFrom = new Map<string, number[]>();
  const byTo = new Map<string, number[]>();
  allowed.forEach((p, index) => {
    (byFrom.get(p.from) ?? byFrom.set(p.from, []).get(p.from)!).push(index);
    (byTo.get(p.to) ?? byTo.set(p.to, []).get(p.to)!).push(index);
  });
  const chosen = new Set<number>();
  for (const group of [...byFrom.values(), ...byTo.values()]) {
    group.sort((a, b) => allowed[a]!.cost - allowed[b]!.cost || a - b);
    for (const index of group.slice(0, PER_FUNCTION)) chosen.add(index);
  }
  return [...chosen].sort((a, b) => a - b).flatMap((index) => columnsOf[index]!);
}

/**
 * Stage 2 without budget and capacity: by year s, pathway i→j has started the share
 * min(S_i(s)/S_i(end), H_j(s)/H_j(end)) of its total. Feasible by construction (out of i by s is at
 * most S_i(s)/S_i(end) · Σ_j X_ij ≤ S_i(s); likewise into j), and its first year is the first year in
 * which both S_i and H_j are positive: the earliest year in which any of that flow can start.
 */
function scheduleWithGaps(
  allowed: AllowedPathway[],
  totals: Float64Array,
  surplus: Map<string, number[]>,
  shortage: Map<string, number[]>,
  T: number,
): { pathway: number; year: number; fte: number }[] {
  const cells: { pathway: number; year: number; fte: number }[] = [];
  allowed.forEach((p, i) => {
    const total = totals[i]!;
    if (!(total > NOISE)) return;
    const s = surplus.get(p.from)!;
    const h = shortage.get(p.to)!;
    let before = 0;
    for (let t = 0; t < T; t++) {
      const share = t === T - 1 ? 1 : Math.min(s[t]! / s[T - 1]!, h[t]! / h[T - 1]!);
      const cumulative = total * share;
      if (cumulative > before) cells.push({ pathway: i, year: t, fte: cumulative - before });
      before = Math.max(before, cumulative);
    }
  });
  return cells;
}

/** Stage 2 with budget or capacity: with each pathway's total fixed, start every flow as early as the limits allow. */
async function scheduleEarliest(
  allowed: AllowedPathway[],
  totals: Float64Array,
  surplus: Map<string, number[]>,
  shortage: Map<string, number[]>,
  T: number,
  rules: Scenario['reskilling'],
): Promise<{ pathway: number; year: number; fte: number }[]> {
  const used = range(allowed.length).filter((i) => totals[i]! > NOISE);
  if (used.length === 0) return [];
  const usedSurplus = new Map([...surplus].filter(([id]) => used.some((i) => allowed[i]!.from === id)));
  const usedShortage = new Map([...shortage].filter(([id]) => used.some((i) => allowed[i]!.to === id)));
  const layout = new PlanRows(range(T), usedSurplus, usedShortage, rules.budget_per_year, rules.capacity_per_year);
  const totalRow = layout.rowLower.length;
  for (const i of used) {
    layout.rowLower.push(totals[i]!);
    layout.rowUpper.push(totals[i]!);
  }
  const columns = new LpColumns();
  const cells: { pathway: number; year: number }[] = [];
  used.forEach((i, u) => {
    const p = allowed[i]!;
    const s = surplus.get(p.from)!;
    const h = shortage.get(p.to)!;
    for (let t = 0; t < T; t++) {
      if (!(s[t]! > 0 && h[t]! > 0)) continue;
      const { rows, values } = layout.entries(p, t);
      rows.push(totalRow + u);
      values.push(1);
      columns.add(t, Infinity, rows, values);
      cells.push({ pathway: i, year: t });
    }
  });
  const solution = await solveLp({ rowLower: layout.rowLower, rowUpper: layout.rowUpper, fixed: layout.fixed, candidates: columns });
  return cells.map((cell, c) => ({ ...cell, fte: solution.candidates[c]! }));
}

function assemble(
  input: ReskillInput,
  allowed: AllowedPathway[],
  schedule: { pathway: number; year: number; fte: number }[],
  surplus: Map<string, number[]>,
  shortage: Map<string, number[]>,
  notes: string[],
): ReskillPlan {
  const { years, rules } = input;
  const T = years.length;
  const fteByPathway = new Map<number, number>();
  const firstYear = new Map<number, number>();
  const perYear = years.map((year) => ({ year, fte: 0, cost: 0 }));
  const scheduleOut: ReskillPlan['schedule'] = [];
  for (const cell of schedule) {
    if (!(cell.fte > NOISE)) continue;
    const p = allowed[cell.pathway]!;
    fteByPathway.set(cell.pathway, (fteByPathway.get(cell.pathway) ?? 0) + cell.fte);
    if (!firstYear.has(cell.pathway) || cell.year < firstYear.get(cell.pathway)!) firstYear.set(cell.pathway, cell.year);
    const row = perYear[cell.year]!;
    row.fte += cell.fte;
    row.cost += cell.fte * p.cost;
    scheduleOut.push({ from: p.from, to: p.to, year: years[cell.year]!, fte: cell.fte });
  }

  const placed = new Map<string, number>();
  const filled = new Map<string, number>();
  const pathways: PlannedPathway[] = [];
  for (const [index, fte] of fteByPathway) {
    const p = allowed[index]!;
    placed.set(p.from, (placed.get(p.from) ?? 0) + fte);
    filled.set(p.to, (filled.get(p.to) ?? 0) + fte);
    pathways.push({
      from: p.from,
      to: p.to,
      fte,
      hours_per_person: p.hours + 0,
      cost: fte * p.cost + 0,
      first_year: years[firstYear.get(index)!]!,
    });
  }
  pathways.sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to) || a.first_year - b.first_year);
  scheduleOut.sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to) || a.year - b.year);

  const hiring: Record<string, number> = {};
  let hiringTotal = 0;
  let shortageTotal = 0;
  for (const [id, h] of [...shortage].sort(([a], [b]) => compareText(a, b))) {
    shortageTotal += h[T - 1]!;
    const left = h[T - 1]! - (filled.get(id) ?? 0);
    if (left > NOISE) {
      hiring[id] = left;
      hiringTotal += left;
    }
  }
  const surplusLeft: Record<string, number> = {};
  let surplusTotal = 0;
  let surplusAtHorizon = 0;
  for (const [id, s] of [...surplus].sort(([a], [b]) => compareText(a, b))) {
    surplusAtHorizon += s[T - 1]!;
    const left = s[T - 1]! - (placed.get(id) ?? 0);
    if (left > NOISE) {
      surplusLeft[id] = left;
      surplusTotal += left;
    }
  }

  const reskillCost = pathways.reduce((sum, p) => sum + p.cost, 0);
  const hireCost = rules.hire_cost * hiringTotal;
  const surplusCost = rules.surplus_cost_per_fte * surplusTotal;
  const businessCase = {
    reskill_cost: reskillCost + 0,
    hire_cost: hireCost + 0,
    surplus_cost: surplusCost + 0,
    total_cost: reskillCost + hireCost + surplusCost + 0,
    all_hire_cost: rules.hire_cost * shortageTotal + rules.surplus_cost_per_fte * surplusAtHorizon + 0,
  };

  for (const row of perYear) {
    const budget = rules.budget_per_year;
    if (budget !== undefined && budget > 0 && row.cost >= budget * (1 - 1e-9) - NOISE) {
      notes.push(`budget binds in ${row.year}`);
    }
    const capacity = rules.capacity_per_year;
    if (capacity !== undefined && capacity > 0 && row.fte >= capacity - 1e-9 * Math.max(1, capacity)) {
      notes.push(`capacity binds in ${row.year}`);
    }
  }
  if (pathways.length === 0 && allowed.length > 0) notes.push('no pathway is used: hiring and mobility are cheaper or the limits allow none');

  return {
    pathways,
    hiring_fte: hiring,
    surplus_fte: surplusLeft,
    business_case: businessCase,
    per_year: perYear.map((r) => ({ year: r.year, fte: r.fte + 0, cost: r.cost + 0 })),
    schedule: scheduleOut,
    notes,
  };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
