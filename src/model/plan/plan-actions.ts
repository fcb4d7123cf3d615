import {
  causeText,
  PLAN_COST_KINDS,
  type PlanAlternative,
  type PlanBinding,
  type PlanCostsByKind,
  type PlanLimitOf,
  type PlanPathwayFlow,
  type PlanShortfall,
  type PlanYear,
  type ShortfallReason,
} from '../../domain/plan.js';
import type { PlanInput } from './plan-input.js';
import { buildPlanLp, type PlanLimit, type PlanLp } from './plan-lp.js';
import { PlanInfeasible, solvePlanLp, type HeldStages, type PlanProgressListener, type PlanSolution, type StageColumns, type StageGap, type StageSolution } from './solve-plan-lp.js';
import { compareText } from '../../domain/compare-text.js';
import { roundMoney } from '../../domain/round.js';

/**
 * The multi-year action plan (SPEC §3.3): builds the LP, solves it lexicographically (HiGHS) and
 * reads the decisions, costs, the business case against the two alternatives (no pathways, no plan),
 * the binding limits with their shadow prices, and where demand falls short and why. Pure apart
 * from the solver; nothing is rounded.
 */

export interface PlanOutcome {
  years: number[];
  objective: 'cost' | 'redundancy';
  functions: { id: string; years: PlanYear[] }[];
  pathways: PlanPathwayFlow[];
  costs: { by_year: ({ year: number; total: number } & PlanCostsByKind)[]; by_kind: PlanCostsByKind; total: number };
  binding: PlanBinding[];
  shortfalls: PlanShortfall[];
  /** Σ U over functions and years (FTE-years). */
  shortageFteYears: number;
  /** Per lexicographic stage the value reached and its proven lower bound (equal unless minimum flows left a gap). */
  gaps: StageGap[];
  /** When asked for: the plan without pathways, solved on the same LP model first (see solvePlanLp). */
  withoutPathways?: PlanOutcome;
  /** What solving a related plan can start from (see PlanHint). */
  hint: PlanHint;
}

/**
 * What a plan's solve leaves for the plan of a related scenario (`spp sensitivity`: the base plan's,
 * for each variant; see solvePlanLp's options `hint` and `held`).
 */
export interface PlanHint {
  /**
   * Per lexicographic stage, the pathway-years (from, to, year of the decision) its plan used; the
   * related plan's solver tries the same choice. Keys, not columns: a variant may have other
   * pathways. Empty without minimum flows (every stage is then an LP).
   */
  used: Partial<Record<StageGap['stage'], string[]>>;
  /** The stages before the cost stage, reused as they are when the related plan's LP differs only in its costs. */
  held: HeldStages;
}

/** A pathway's part of a PlanHint key; the key is this, NUL, and the year of the decision. */
const pathwayKey = (from: string, to: string) => `${from}\u0000${to}`;

/** Solver noise below this (FTE) is shown as 0. */
const NOISE = 1e-7;

/** Solves the plan; see the file header. */
export async function planActions(input: PlanInput, options: { withoutPathways?: boolean; hint?: PlanHint; onProgress?: PlanProgressListener } = {}): Promise<PlanOutcome> {
  const lp = buildPlanLp(input);
  const solution = await solvePlanLp(lp, {
    objective: input.objective,
    lexShortage: input.shortageCost === null,
    withoutPathways: options.withoutPathways === true,
    ...(options.hint !== undefined ? { hint: hintColumns(input, lp, options.hint.used), held: options.hint.held } : {}),
    ...(options.onProgress !== undefined ? { onProgress: options.onProgress } : {}),
  });
  const outcome = { ...readPlan(input, lp, solution), hint: { used: usedKeys(input, lp, solution.used), held: solution.held } };
  if (solution.withoutPathways !== null) outcome.withoutPathways = { ...readPlan(input, lp, { final: solution.withoutPathways, shortageStage: null, gaps: [] }), hint: { used: {}, held: { shape: '' } } };
  return outcome;
}

/** The PlanHint keys of the pathway-year columns each stage used (only those: a sector plan has tens of thousands of pathway-years). */
function usedKeys(input: PlanInput, lp: PlanLp, used: StageColumns): PlanHint['used'] {
  const wanted = new Set(Object.values(used).flat());
  const keyOf = new Map<number, string>();
  if (wanted.size > 0) {
    input.pathways.forEach((p, q) =>
      lp.X[q]!.forEach((c, u) => {
        if (wanted.has(c)) keyOf.set(c, `${pathwayKey(p.from, p.to)}\u0000${input.years[u]!}`);
      }),
    );
  }
  const out: PlanHint['used'] = {};
  for (const [stage, cols] of Object.entries(used) as [StageGap['stage'], readonly number[]][]) out[stage] = cols.map((c) => keyOf.get(c)!);
  return out;
}

/** A PlanHint's pathway-years in this plan's columns; one it does not have (another pathway, another year) is left out. */
function hintColumns(input: PlanInput, lp: PlanLp, hint: PlanHint['used']): StageColumns {
  const pathway = new Map(input.pathways.map((p, q) => [pathwayKey(p.from, p.to), q]));
  const out: StageColumns = {};
  for (const [stage, list] of Object.entries(hint) as [StageGap['stage'], string[]][]) {
    out[stage] = list.flatMap((key) => {
      const cut = key.lastIndexOf('\u0000');
      const q = pathway.get(key.slice(0, cut));
      const u = input.years.indexOf(Number(key.slice(cut + 1)));
      const c = q === undefined || u < 0 ? undefined : lp.X[q]![u];
      return c === undefined ? [] : [c];
    });
  }
  return out;
}

/** The decisions, costs, limits and shortfalls of a solution of the plan's LP. */
function readPlan(input: PlanInput, lp: PlanLp, solution: Pick<PlanSolution, 'final' | 'shortageStage' | 'gaps'>): Omit<PlanOutcome, 'hint'> {
  const x = solution.final.colValue;
  const v = (col: number) => (col < 0 ? 0 : clean(x[col]!));
  const T = input.years.length - 1;
  const index = new Map(input.functions.map((f, i) => [f.id, i]));
  const fte = input.functions.map((f, i) => [f.startFte, ...Array.from({ length: T }, (_, k) => v(lp.W[i]![k + 1]!))]);
  // Pathways into and out of each function, in pathway order (so sums add up in the same order as before).
  const pathsIn = input.functions.map(() => [] as number[]);
  const pathsOut = input.functions.map(() => [] as number[]);
  input.pathways.forEach((p, q) => {
    pathsIn[index.get(p.to)!]?.push(q);
    pathsOut[index.get(p.from)!]?.push(q);
  });
  // Natural transitions into each function: [from, share per year].
  const movesIn = input.functions.map(() => [] as { from: number; share: number[] }[]);
  input.functions.forEach((g, gi) => {
    for (const m of g.moves) {
      const j = index.get(m.to);
      if (j !== undefined && j !== gi) movesIn[j]!.push({ from: gi, share: m.share });
    }
  });

  const functions = input.functions.map((f, i) => {
    const years: PlanYear[] = [];
    for (let k = 0; k <= T; k++) {
      const w = fte[i]![k]!;
      if (k === 0) {
        // The snapshot: no decisions; its gap shown as overstaffing or shortage (not costed).
        years.push({
          ...emptyYear(input.years[0]!),
          fte: w,
          demand_fte: f.demand[0]!,
          overstaffing_fte: Math.max(0, w - f.demand[0]!),
          shortage_fte: Math.max(0, f.demand[0]! - w),
        });
        continue;
      }
      const u = k - 1;
      const before = fte[i]![u]!;
      const hired = v(lp.H[i]![u]!);
      let movedIn = 0;
      let movedOut = 0;
      let loss = (1 - f.hireRetention) * hired;
      for (const q of pathsIn[i]!) {
        const flow = v(lp.X[q]![u]!);
        // Most of a large plan's pathway-years carry nothing (a 500 × 500 plan: 250,000 a year).
        if (flow === 0) continue;
        movedIn += flow;
        loss += (1 - input.pathways[q]!.retention) * flow;
      }
      for (const q of pathsOut[i]!) movedOut += v(lp.X[q]![u]!);
      let naturalOut = 0;
      for (const m of f.moves) if (index.has(m.to) && m.to !== f.id) naturalOut += m.share[u]! * before;
      let naturalIn = 0;
      for (const m of movesIn[i]!) naturalIn += m.share[u]! * fte[m.from]![u]!;
      const stayed = f.stay[u]! * before;
      years.push({
        year: input.years[k]!,
        fte: w,
        demand_fte: f.demand[k]!,
        hired_fte: hired,
        moved_in_fte: movedIn,
        moved_out_fte: movedOut,
        redundant_fte: v(lp.R[i]![u]!),
        reduced_hours_persons: v(lp.P[i]![k]!),
        overstaffing_fte: v(lp.O[i]![k]!),
        shortage_fte: v(lp.U[i]![k]!),
        newcomer_loss_fte: clean(loss),
        natural_outflow_fte: clean(Math.max(0, before - stayed - naturalOut)),
        natural_moved_in_fte: naturalIn,
        natural_moved_out_fte: naturalOut,
      });
    }
    return { id: f.id, years };
  });

  const pathways: PlanPathwayFlow[] = [];
  input.pathways.forEach((p, q) => {
    for (let u = 0; u < T; u++) {
      const flow = v(lp.X[q]![u]!);
      if (flow <= NOISE) continue;
      pathways.push({
        from: p.from,
        to: p.to,
        year: input.years[u + 1]!,
        fte: flow,
        cost: lp.cost[lp.X[q]![u]!]! * flow,
        hours_per_person: p.hours,
        retention: p.retention,
        explicit: p.explicit,
      });
    }
  });
  pathways.sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to) || a.year - b.year);

  const costs = planCosts(input, lp, x);
  const shortageFteYears = functions.reduce((s, f) => s + f.years.slice(1).reduce((t, y) => t + y.shortage_fte, 0), 0);
  return {
    years: input.years,
    objective: input.objective,
    functions,
    pathways,
    costs,
    binding: bindingLimits(lp, solution.final, solution.shortageStage),
    shortfalls: shortfalls(input, lp, functions, solution.shortageStage),
    shortageFteYears,
    gaps: solution.gaps,
  };
}

/** Null for a plan no solution meets (PlanInfeasible); any other failure stands. */
function impossible(error: unknown): null {
  if (error instanceof PlanInfeasible) return null;
  throw error;
}

/** The plan without any pathway (SPEC §3.3 alternative `no_pathways`). */
async function planWithoutPathways(input: PlanInput): Promise<PlanOutcome> {
  return planActions({ ...input, pathways: [] });
}

/**
 * The alternative `no_plan` (SPEC §3.3): every year's shortage hired in that year and every year's
 * surplus placed outside, with no pathways, reduced hours or overstaffing, limits ignored. So
 * W_f(t) = D_f(t) for t > start: hires H = (D − N)/κ where the natural next-year FTE N falls short,
 * placements R = N − D where it exceeds demand.
 */
export function noPlanCosts(input: PlanInput): { by_kind: PlanCostsByKind; total: number; hired: number; redundant: number; hiredBack: number } {
  const T = input.years.length - 1;
  const index = new Map(input.functions.map((f, i) => [f.id, i]));
  let w = input.functions.map((f) => f.startFte);
  const byKind = emptyKinds();
  let hired = 0;
  let redundant = 0;
  // Functions where no plan places people outside in one year and hires into the same function in a later one.
  const placed = new Uint8Array(input.functions.length);
  const back = new Uint8Array(input.functions.length);
  for (let u = 0; u < T; u++) {
    const next = input.functions.map((f, i) => f.stay[u]! * w[i]!);
    input.functions.forEach((f, i) => {
      for (const m of f.moves) {
        const j = index.get(m.to);
        if (j !== undefined && j !== i) next[j]! += m.share[u]! * w[i]!;
      }
    });
    const d = Math.pow(1 + input.discountRate, -u);
    input.functions.forEach((f, i) => {
      const target = f.demand[u + 1]!;
      const n = next[i]!;
      if (n < target) {
        const h = f.hireRetention > 0 ? (target - n) / f.hireRetention : 0;
        hired += h;
        byKind.hiring += f.hireCost * h * d;
        if (placed[i] === 1 && h > NOISE) back[i] = 1;
      } else {
        redundant += n - target;
        byKind.redundancy += f.redundancyCost * (n - target) * d;
        if (n - target > NOISE) placed[i] = 1;
      }
    });
    w = input.functions.map((f) => f.demand[u + 1]!);
  }
  return { by_kind: byKind, total: sumKinds(byKind), hired, redundant, hiredBack: back.reduce((s, b) => s + b, 0) };
}

/**
 * The two alternatives of the business case, with their saving against the plan; `no_pathways` null
 * when no plan without pathways meets the hard limits (the plan needs its pathways to meet them).
 * `noPlanHiredBack`: the functions where no plan places people outside and hires into them later.
 */
export async function planAlternatives(input: PlanInput, plan: PlanOutcome): Promise<{ no_pathways: PlanAlternative | null; no_plan: PlanAlternative; noPlanHiredBack: number }> {
  const without = input.pathways.length === 0 ? plan : (plan.withoutPathways ?? (await planWithoutPathways(input).catch(impossible)));
  const sumOf = (o: PlanOutcome, key: 'hired_fte' | 'redundant_fte') =>
    o.functions.reduce((s, f) => s + f.years.reduce((t, y) => t + y[key], 0), 0);
  const none = noPlanCosts(input);
  return {
    no_pathways: without === null ? null : {
      total: without.costs.total,
      by_kind: without.costs.by_kind,
      shortage_fte_years: without.shortageFteYears,
      hired_fte: sumOf(without, 'hired_fte'),
      redundant_fte: sumOf(without, 'redundant_fte'),
      // Of the totals as shown (whole euros), so the saving is always their difference as printed.
      saving: roundMoney(without.costs.total) - roundMoney(plan.costs.total),
    },
    no_plan: {
      total: none.total,
      by_kind: none.by_kind,
      shortage_fte_years: 0,
      hired_fte: none.hired,
      redundant_fte: none.redundant,
      saving: roundMoney(none.total) - roundMoney(plan.costs.total),
    },
    noPlanHiredBack: none.hiredBack,
  };
}

function planCosts(input: PlanInput, lp: PlanLp, x: Float64Array): PlanOutcome['costs'] {
  const T = input.years.length - 1;
  const byYear = input.years.map((year) => ({ year, total: 0, ...emptyKinds() }));
  const add = (k: number, kind: keyof PlanCostsByKind, col: number) => {
    if (col < 0) return;
    const value = clean(x[col]!);
    if (value === 0) return;
    byYear[k]![kind] += lp.cost[col]! * value;
  };
  input.functions.forEach((_, i) => {
    for (let u = 0; u < T; u++) {
      add(u, 'hiring', lp.H[i]![u]!);
      add(u, 'redundancy', lp.R[i]![u]!);
    }
    for (let k = 1; k <= T; k++) {
      add(k, 'reduced_hours', lp.P[i]![k]!);
      add(k, 'overstaffing', lp.O[i]![k]!);
      add(k, 'shortage', lp.U[i]![k]!);
    }
  });
  input.pathways.forEach((_, q) => {
    for (let u = 0; u < T; u++) add(u, 'reskilling', lp.X[q]![u]!);
  });
  const byKind = emptyKinds();
  for (const row of byYear) {
    for (const kind of PLAN_COST_KINDS) byKind[kind] += row[kind];
    row.total = sumKinds(row);
  }
  return { by_year: byYear, by_kind: byKind, total: sumKinds(byKind) };
}

/** Limits whose shadow price is not zero: what one unit more would save (cost stage) or cut from unmet demand. */
function bindingLimits(lp: PlanLp, final: StageSolution, shortage: StageSolution | null): PlanBinding[] {
  const dual = (s: StageSolution, limit: PlanLimit) => (limit.kind === 'row' ? s.rowDual[limit.index]! : s.colDual[limit.index]!);
  // A loop, not Math.max(...spread): a sector-scale plan has more variables than the call stack takes arguments.
  let scale = 1;
  for (const c of lp.cost) scale = Math.max(scale, Math.abs(c));
  const out: PlanBinding[] = [];
  for (const limit of lp.limits) {
    // Minimisation: one unit more of an upper limit changes the objective by its dual (≤ 0).
    const saving = -dual(final, limit);
    const cut = shortage === null ? 0 : -dual(shortage, limit);
    const meaningfulCut = cut > 1e-7;
    // Where a limit causes unmet demand, its cost-stage dual prices the held shortage, not a saving: only the cut is shown.
    const meaningfulSaving = !meaningfulCut && saving > 1e-7 * scale && saving > 0.5 / (limit.unit === 'euro' ? 1e6 : 1);
    if (!meaningfulSaving && !meaningfulCut) continue;
    const what = limitOf(limit);
    // The budget is said per € 1,000 (its duals are per euro).
    const perUnit = limit.unit === 'euro' ? 1000 : 1;
    const step = { cut: meaningfulCut ? cut * perUnit : 0, saving: meaningfulSaving ? saving * perUnit : 0 };
    out.push({
      constraint: limit.constraint,
      year: limit.year,
      shadow_price: meaningfulSaving ? saving : 0,
      shortage_reduction: meaningfulCut ? cut : 0,
      function: limit.fn,
      text: bindingText(what, limit.year, step),
      limit: what,
      step,
    });
  }
  out.sort((a, b) => b.shortage_reduction - a.shortage_reduction || b.shadow_price - a.shadow_price || a.year - b.year || compareText(a.constraint, b.constraint) || compareText(a.function ?? '', b.function ?? ''));
  return out;
}

/** A limit of the LP as the data renderers say it from: its setting and the functions it holds. */
function limitOf(limit: PlanLimit): PlanLimitOf {
  switch (limit.constraint) {
    case 'plan.hiring max_per_year':
    case 'plan.redundancy max_per_year':
    case 'plan.reduced_hours max_persons':
      return { constraint: limit.constraint, function: limit.fn! };
    case 'plan.pathways max_per_year':
    case 'plan.pathways max_share_of_destination':
      return { constraint: limit.constraint, from: limit.pathway!.from, to: limit.pathway!.to };
    case 'plan.overstaffing max_total_fte':
    case 'reskilling.budget_per_year':
    case 'reskilling.capacity_per_year':
      return { constraint: limit.constraint };
  }
}

/** The binding limit's sentence in English, as the JSON gives it (`text`). */
function bindingText(limit: PlanLimitOf, year: number, step: PlanBinding['step']): string {
  const what = (() => {
    switch (limit.constraint) {
      case 'plan.hiring max_per_year':
        return `one more hire allowed in ${limit.function} for 1 January ${year}`;
      case 'plan.redundancy max_per_year':
        return `one more placement outside allowed from ${limit.function} for 1 January ${year}`;
      case 'plan.reduced_hours max_persons':
        return `one more person on reduced hours allowed in ${limit.function} in ${year}`;
      case 'plan.overstaffing max_total_fte':
        return `one more FTE of overstaffing allowed in ${year}`;
      case 'plan.pathways max_per_year':
        return `one more FTE allowed on the pathway ${limit.from} → ${limit.to} for 1 January ${year}`;
      case 'plan.pathways max_share_of_destination':
        return `room for one more FTE of movers into ${limit.to} (from ${limit.from}) for 1 January ${year}`;
      case 'reskilling.budget_per_year':
        return `€1,000 more reskilling budget in ${year}`;
      case 'reskilling.capacity_per_year':
        return `one more reskilling place in ${year}`;
    }
  })();
  const parts: string[] = [];
  if (step.cut > 0) parts.push(`cut unmet demand by ${formatFte(step.cut)} FTE-years`);
  if (step.saving > 0) parts.push(`save €${formatEuros(step.saving)}`);
  return `${what} would ${parts.join(' and ')}`;
}

function shortfalls(input: PlanInput, lp: PlanLp, functions: { id: string; years: PlanYear[] }[], stage: StageSolution | null): PlanShortfall[] {
  const out: PlanShortfall[] = [];
  functions.forEach((f, i) => {
    const fn = input.functions[i]!;
    for (const y of f.years.slice(1)) {
      if (y.shortage_fte < 1e-4) continue; // below what the lexicographic hold may leave (1e-6) and any rounded output
      const reason = shortfallReason(fn, lp, i, y.year, stage, input);
      out.push({ function: f.id, year: y.year, shortage_fte: y.shortage_fte, cause: causeText(f.id, reason), reason });
    }
  });
  return out;
}

/** The limit behind a function's unmet demand: its own hiring limit when that binds, else the strongest binding limit. */
function shortfallReason(fn: PlanInput['functions'][number], lp: PlanLp, i: number, year: number, stage: StageSolution | null, input: PlanInput): ShortfallReason {
  const k = input.years.indexOf(year);
  if (fn.hireMax === 0) return { kind: 'hiring_forbidden' };
  if (Number.isFinite(fn.hireMax)) {
    const atLimit = lp.H[i]!.slice(0, k).some((col) => col >= 0 && stage !== null && -stage.colDual[col]! > 1e-7);
    if (atLimit || stage === null) return { kind: 'hiring_capped', max_per_year: fn.hireMax };
  }
  if (fn.hireRetention === 0) return { kind: 'hires_leave' };
  if (stage !== null) {
    let best: PlanLimit | undefined;
    let bestCut = 1e-7;
    for (const limit of lp.limits) {
      const cut = -(limit.kind === 'row' ? stage.rowDual[limit.index]! : stage.colDual[limit.index]!);
      if (cut > bestCut && limit.year <= year) {
        best = limit;
        bestCut = cut;
      }
    }
    if (best !== undefined) return { kind: 'limit', limit: limitOf(best), year: best.year };
  }
  return { kind: 'limits' };
}


function emptyKinds(): PlanCostsByKind {
  return { hiring: 0, reskilling: 0, redundancy: 0, overstaffing: 0, reduced_hours: 0, shortage: 0 };
}

function sumKinds(k: PlanCostsByKind): number {
  return PLAN_COST_KINDS.reduce((s, kind) => s + k[kind], 0);
}

function emptyYear(year: number): PlanYear {
  return {
    year,
    fte: 0,
    demand_fte: 0,
    hired_fte: 0,
    moved_in_fte: 0,
    moved_out_fte: 0,
    redundant_fte: 0,
    reduced_hours_persons: 0,
    overstaffing_fte: 0,
    shortage_fte: 0,
    newcomer_loss_fte: 0,
    natural_outflow_fte: 0,
    natural_moved_in_fte: 0,
    natural_moved_out_fte: 0,
  };
}

function clean(value: number): number {
  return Math.abs(value) < NOISE ? 0 : value;
}

function formatFte(value: number): string {
  return value.toFixed(value >= 10 ? 1 : 2);
}

function formatEuros(value: number): string {
  return Math.round(value).toLocaleString('en-GB');
}

