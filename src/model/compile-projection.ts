import type { FunctionResult, Projection, YearRow } from '../domain/projection.js';
import type { Scenario } from '../domain/scenario-schema.js';
import type { FunctionProfile, Workforce } from '../domain/workforce.js';
import { automationAssumptions, automationProgress, automationTarget, curveValue } from './automation.js';
import { demandBreakdown, discontinuedFrom, emergingDemandAt, growthRuleFor, overrideFactor, targetDemandAt, type DemandBreakdown } from './demand.js';
import { compareText } from '../domain/compare-text.js';
import { withEmergingFunctions } from './emerging.js';
import { meanAssumptions, type ProjectionParameters } from './parameters.js';
import type { ProcessNoise } from './process-noise.js';
import { skillRequirementsAt, skillShiftDistance } from './skills.js';
import { classifyFunction } from './status.js';
import { supplyProjectionOf, type SupplyProjection } from './supply.js';
import { compileSupply, supplyClasses, type CompiledSupply } from './supply-compile.js';
import { runSupply, type SupplyRun } from './supply-run.js';
import * as field from './supply-step.js';
import { NFIELDS } from './supply-step.js';
import { taskMixAfter } from './task-mix.js';
import { dict, dictFrom } from '../domain/dict.js';

/**
 * Compile once, run many times (SPEC §3; STYLE "Compile once, run many times").
 *
 * ```ts
 * const compiled = compileProjection({ scenario, functions, workforce }); // sorts, merges, resolves: once
 * const base = parametersOf(scenario);                                   // the scenario's own values
 * const projection = runProjection(compiled, base);                      // = projectScenario(input)
 * const faster = copyParameters(base);
 * faster.automationTargets['administrative'] = 0.8;                      // change a value …
 * const other = runProjection(compiled, faster);                         // … and re-run: arithmetic only
 * ```
 *
 * `compileProjection` does everything that depends only on the inputs: emerging functions added,
 * cells normalised, sorted and merged, attrition rules resolved per (function, age), growth rules
 * and overrides matched, automation curves and skill shifts evaluated per year, start demand fixed.
 * `runProjection` takes the compiled inputs and a ProjectionParameters value (parameters.ts:
 * automation targets, reinvested share, renewal rate, attrition and growth rates per rule,
 * transition shares, AOW ages) and returns the same Projection as `projectScenario` — pure, no
 * I/O, safe to call thousands of times. A new AOW table or a new transitions object costs one extra
 * build of the classes or transition table the first time it is seen (then kept). Which rules
 * exist and whom they apply to is structure, fixed by the scenario that was compiled; the
 * parameters only change their values. Nothing is rounded.
 */

export interface ProjectionInput {
  scenario: Scenario;
  functions: FunctionProfile[];
  workforce: Workforce;
}

/** The inputs of one scenario prepared for many runs. Opaque to callers: build with compileProjection. */
export interface CompiledProjection {
  scenario: Scenario;
  /** Profiles plus the scenario's emerging functions, sorted by id. */
  functions: FunctionProfile[];
  years: number[];
  supply: CompiledSupply;
  /** D_f(start) per function, FTE. */
  baseDemand: Float64Array;
  /** Index in demand.growth per function (-1: none). */
  growthRule: Int32Array;
  /** Product of the function's overrides per (function, year): [fi · Y + y]. */
  overrideProduct: Float64Array;
  /** Emerging functions: demand from their points per (function, year). */
  pointsDemand: Float64Array;
  /** demand.targets per (function, year); NaN where no target applies. */
  targetDemand: Float64Array;
  /** Automation categories (scenario order) and the curve value f(x) per (category, year). */
  categories: string[];
  curveAt: Float64Array;
  /** Skill-profile shift per (function, year), and requirements at start and horizon end. */
  skillShift: Float64Array;
  /** Task shares per function, in the profile's order, and that order sorted by category name. */
  tasks: TaskShares[];
  maxTasks: number;
  skillsStart: Record<string, number>[];
  skillsEnd: Record<string, number>[];
  discontinued: (number | null)[];
}

/** A function's task shares as arrays (profile order) and the indices in category-name order. */
interface TaskShares {
  categories: string[];
  shares: Float64Array;
  sorted: Int32Array;
  /** Per task: its index in the automation categories, -1 when the category is not automated. */
  automation: Int32Array;
}

/**
 * The task-mix shift ½ Σ_c |s'_fc − s_fc| with s' ∝ s·(1 − A), computed as taskMixAfter and
 * totalVariation compute it (the same operations in the same order), without building records.
 */
function taskShiftAt(tasks: TaskShares, levels: Float64Array, y: number, Y: number, mix: Float64Array): number {
  const n = tasks.shares.length;
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const c = tasks.automation[k]!;
    const left = tasks.shares[k]! * (1 - (c < 0 ? 0 : levels[c * Y + y]!));
    mix[k] = left;
    sum += left;
  }
  if (sum <= 0) return 0;
  for (let k = 0; k < n; k++) mix[k] = mix[k]! / sum;
  let tv = 0;
  for (let r = 0; r < n; r++) {
    const k = tasks.sorted[r]!;
    tv += Math.abs(tasks.shares[k]! - mix[k]!);
  }
  return tv / 2;
}

/** Prepares a scenario and its data for runProjection: all sorting, merging and rule matching, once. */
export function compileProjection(input: ProjectionInput): CompiledProjection {
  const { scenario, workforce } = input;
  const functions = withEmergingFunctions(scenario, input.functions);
  const supply = compileSupply(scenario, functions, workforce);
  const years = supply.years;
  const Y = years.length;
  const F = functions.length;
  const start = scenario.horizon.start;

  // D_f(start): the formation, else the occupied FTE at start — summed over the start state in the
  // order a run sums its supply, so both are the same number to the last bit.
  const startFte = new Float64Array(F);
  const initial = supplyClasses(supply, scenario.workforce.retirement_age).initial;
  for (let i = 0; i < initial.start[initial.start.length - 1]!; i++) startFte[initial.fn[i]!] = startFte[initial.fn[i]!]! + initial.fte[i]!;
  const baseDemand = new Float64Array(F);
  const growthRule = new Int32Array(F);
  const overrideProduct = new Float64Array(F * Y);
  const pointsDemand = new Float64Array(F * Y);
  // demand.targets (a formation plan): the target FTE per (function, year), NaN where none applies.
  const targetDemand = new Float64Array(F * Y).fill(Number.NaN);
  const skillShift = new Float64Array(F * Y);
  const skillsStart: Record<string, number>[] = [];
  const skillsEnd: Record<string, number>[] = [];
  const discontinued: (number | null)[] = [];
  functions.forEach((fn, fi) => {
    const points = scenario.demand.emerging.find((e) => e.id === fn.id)?.demand ?? {};
    baseDemand[fi] = fn.emerging ? emergingDemandAt(points, start) : (fn.formationFte ?? startFte[fi]!);
    growthRule[fi] = growthRuleFor(scenario.demand.growth, fn).index;
    const own = scenario.demand.overrides.filter((o) => o.function === fn.id);
    years.forEach((t, y) => {
      let product = 1;
      for (const override of own) product *= overrideFactor(override, scenario.horizon, t);
      overrideProduct[fi * Y + y] = product;
      if (fn.emerging) pointsDemand[fi * Y + y] = emergingDemandAt(points, t);
      const target = targetDemandAt(scenario.demand.targets[fn.id], t);
      if (target !== null) targetDemand[fi * Y + y] = target;
      skillShift[fi * Y + y] = skillShiftDistance(fn.skills, skillRequirementsAt(scenario, fn, t));
    });
    const first = skillRequirementsAt(scenario, fn, start);
    skillsStart.push(first);
    skillsEnd.push(Y > 0 ? skillRequirementsAt(scenario, fn, years[Y - 1]!) : first);
    discontinued.push(discontinuedFrom(scenario, fn));
  });
  const categories = Object.keys(scenario.digitalisation.automation);
  const tasks: TaskShares[] = functions.map((fn) => {
    const names = Object.keys(fn.tasks);
    const order = names.map((_, k) => k).sort((a, b) => compareText(names[a]!, names[b]!));
    return {
      categories: names,
      shares: Float64Array.from(names.map((c) => fn.tasks[c]!)),
      sorted: Int32Array.from(order),
      automation: Int32Array.from(names.map((c) => categories.indexOf(c))),
    };
  });
  const curveAt = new Float64Array(categories.length * Y);
  categories.forEach((category, c) => {
    const automation = scenario.digitalisation.automation[category]!;
    years.forEach((t, y) => (curveAt[c * Y + y] = curveValue(automation.curve, automationProgress(automation, start, t))));
  });
  return {
    scenario,
    functions,
    years,
    supply,
    baseDemand,
    growthRule,
    overrideProduct,
    pointsDemand,
    targetDemand,
    categories,
    curveAt,
    skillShift,
    tasks,
    maxTasks: Math.max(0, ...tasks.map((t) => t.shares.length)),
    skillsStart,
    skillsEnd,
    discontinued,
  };
}

/**
 * A compiled projection as structured clone copies it (postMessage to a worker thread): all of it
 * but the cache of transition tables, which is keyed by object identity (a WeakMap, which no clone
 * copies). The classes built so far go along, so a worker need not build them again.
 */
export type PortableProjection = Omit<CompiledProjection, 'supply'> & { supply: Omit<CompiledSupply, 'moveCache'> };

/** `compiled` without what structured clone cannot copy (shares everything else: no copy here). */
export function portableProjection(compiled: CompiledProjection): PortableProjection {
  const { moveCache: _cache, ...supply } = compiled.supply;
  return { ...compiled, supply };
}

/** A compiled projection again from its portable form (received from another thread), ready to run. */
export function restoredProjection(portable: PortableProjection): CompiledProjection {
  return { ...portable, supply: { ...portable.supply, moveCache: new WeakMap() } };
}

export interface RunOptions {
  /** Process noise for a Monte Carlo run (outflows drawn as counts of persons); absent: expected values. */
  noise?: ProcessNoise;
}

/** Projects supply, demand (FTE), gap and status per function and year with the given parameter values. */
export function runProjection(compiled: CompiledProjection, parameters: ProjectionParameters, options: RunOptions = {}): Projection {
  const supply = runSupply(compiled.supply, parameters, options.noise !== undefined ? { noise: options.noise } : {});
  return assemble(compiled, parameters, supply);
}

/** Everything computed on the way, shared with `explain` so its numbers are the projection's. */
export interface ProjectionDetail {
  projection: Projection;
  functions: FunctionProfile[];
  supply: SupplyProjection;
  /** By function id, one breakdown per horizon year. */
  demand: Map<string, DemandBreakdown[]>;
}

/** As runProjection, with the supply and demand breakdowns behind every number. */
export function runProjectionDetail(compiled: CompiledProjection, parameters: ProjectionParameters): ProjectionDetail {
  const run = runSupply(compiled.supply, parameters, { detail: true });
  const projection = assemble(compiled, parameters, run);
  const { years, functions, baseDemand } = compiled;
  const scenario = scenarioWithParameters(compiled.scenario, parameters);
  const demand = new Map<string, DemandBreakdown[]>();
  functions.forEach((fn, fi) => demand.set(fn.id, years.map((t) => demandBreakdown(scenario, fn, baseDemand[fi]!, t))));
  return { projection, functions, supply: supplyProjectionOf(compiled.supply, run, parameters.transitions), demand };
}

/** The scenario with the parameter values written into it (for the breakdowns of explain). */
function scenarioWithParameters(scenario: Scenario, p: ProjectionParameters): Scenario {
  const automation: Scenario['digitalisation']['automation'] = dict();
  for (const [category, a] of Object.entries(scenario.digitalisation.automation)) {
    automation[category] = { ...a, target: p.automationTargets[category] ?? automationTarget(a.target) };
  }
  return {
    ...scenario,
    workforce: {
      ...scenario.workforce,
      attrition: scenario.workforce.attrition.map((rule, i) => ({ ...rule, rate: p.attritionRates[i] ?? rule.rate })),
      temporary: { ...scenario.workforce.temporary, renewal_rate: p.renewalRate },
      transitions: p.transitions,
      ...(p.retirementAge !== undefined ? { retirement_age: p.retirementAge } : {}),
    },
    digitalisation: { ...scenario.digitalisation, automation, reinvested: p.reinvested },
    demand: {
      ...scenario.demand,
      growth: scenario.demand.growth.map((rule, i) => ({ ...rule, rate: p.growthRates[i] ?? rule.rate })),
    },
  };
}

/** Demand, gap, status and the aggregates from a supply run (SPEC §3.1). */
function assemble(compiled: CompiledProjection, parameters: ProjectionParameters, run: SupplyRun): Projection {
  const { scenario, functions, years, supply } = compiled;
  const Y = years.length;
  const F = functions.length;
  const start = scenario.horizon.start;
  const { categories, curveAt } = compiled;
  // A_c(t) = target_c · f(x) per (category, year), as automationLevels computes it.
  const levels = new Float64Array(categories.length * Y);
  categories.forEach((category, c) => {
    const target = parameters.automationTargets[category] ?? 0;
    for (let y = 0; y < Y; y++) levels[c * Y + y] = target * curveAt[c * Y + y]!;
  });
  const levelsEnd = dict<number>();
  if (Y > 0) categories.forEach((category, c) => (levelsEnd[category] = levels[c * Y + Y - 1]!));
  const reinvested = parameters.reinvested;
  const mix = new Float64Array(compiled.maxTasks);

  const results: FunctionResult[] = functions.map((fn, fi) => {
    const base = compiled.baseDemand[fi]!;
    const rule = compiled.growthRule[fi]!;
    const rate = rule < 0 ? 0 : parameters.growthRates[rule]!;
    const demand: number[] = [];
    const automated: number[] = [];
    let lastMix: Record<string, number> | undefined;
    const taskShift: number[] = [];
    const tasks = compiled.tasks[fi]!;
    years.forEach((t, y) => {
      let a = 0;
      for (let k = 0; k < tasks.shares.length; k++) {
        const c = tasks.automation[k]!;
        a += tasks.shares[k]! * (c < 0 ? 0 : levels[c * Y + y]!);
      }
      automated.push(a);
      taskShift.push(taskShiftAt(tasks, levels, y, Y, mix));
      if (y === Y - 1) lastMix = taskMixAfter(fn.tasks, levelsEnd);
      const target = compiled.targetDemand[fi * Y + y]!;
      if (!Number.isNaN(target)) demand.push(target);
      else if (fn.emerging) demand.push(compiled.pointsDemand[fi * Y + y]!);
      else {
        const growthFactor = Math.pow(1 + rate, t - start);
        const labourFactor = 1 - (1 - reinvested) * a;
        demand.push(base * growthFactor * labourFactor * compiled.overrideProduct[fi * Y + y]!);
      }
    });
    const status = classifyFunction(
      {
        years,
        demand,
        automated,
        taskShift,
        skillShift: Array.from(compiled.skillShift.subarray(fi * Y, (fi + 1) * Y)),
        discontinued: compiled.discontinued[fi]!,
        emerging: fn.emerging === true,
      },
      scenario.classification,
    );
    return {
      id: fn.id,
      name: fn.name,
      family: fn.family,
      status: status.status,
      flags: status.flags,
      vulnerable: status.vulnerable,
      rule: status.rule,
      demand_ratio: status.demand_ratio,
      automated_share: status.automated_share,
      shift: status.shift,
      task_shift: status.task_shift,
      skill_shift: status.skill_shift,
      status_year: status.status_year,
      emerging: fn.emerging === true,
      task_mix: { start: dictFrom(Object.entries(fn.tasks)), end: lastMix ?? dictFrom(Object.entries(fn.tasks)) },
      skills: { start: dictFrom(Object.entries(fn.skills)), end: Y > 0 ? compiled.skillsEnd[fi]! : compiled.skillsStart[fi]! },
      years: years.map((t, y) => yearRow(t, run.flows, (y * F + fi) * NFIELDS, demand[y]!)),
    };
  });

  const families = new Map<string, YearRow[][]>();
  for (const r of results) {
    const list = families.get(r.family) ?? [];
    list.push(r.years);
    families.set(r.family, list);
  }
  const groups: { id: string; years: YearRow[] }[] = [];
  if (supply.grouping && Y > 0) {
    supply.groupIds.forEach((group, gi) => {
      const rows = years.map((t, i) => {
        let demand = 0;
        for (const r of results) {
          const split = supply.startGroupFte.get(r.id);
          if (split === undefined) continue;
          let total = 0;
          for (const fte of split.values()) total += fte;
          const mine = split.get(group) ?? 0;
          if (total > 0 && mine > 0) demand += (r.years[i]!.demand_fte * mine) / total;
        }
        return yearRow(t, run.groupFlows, (i * supply.G + gi) * NFIELDS, demand);
      });
      groups.push({ id: group, years: rows });
    });
  }

  const vulnerable = { functions: 0, persons: 0, fte: 0 };
  results.forEach((r, fi) => {
    if (!r.vulnerable) return;
    vulnerable.functions += 1;
    vulnerable.persons += Y > 0 ? run.flows[fi * NFIELDS + field.SUPPLY_PERSONS]! : 0;
    vulnerable.fte += r.years[0]?.supply_fte ?? 0;
  });

  // A group's demand (its functions' demand split by its FTE in each at the start) is not published
  // (GROUP_WITHHELD_KEYS), so it is no assumption of any output.
  const assumptions = [...run.assumptions, ...automationAssumptionsAt(scenario, parameters), ...meanAssumptions(scenario, parameters)];
  return {
    years,
    functions: results,
    families: [...families.entries()]
      .sort((a, b) => compareText(a[0], b[0]))
      .map(([id, lists]) => ({ id, years: sumRows(years, lists) })),
    groups,
    totals: { years: sumRows(years, results.map((r) => r.years)) },
    vulnerable,
    assumptions,
    ...(supply.noteFacts.length > 0 ? { assumptionFacts: supply.noteFacts } : {}),
  };
}

/** The "taken as its expected value" lines, for the uncertain targets that this run takes at their mean. */
function automationAssumptionsAt(scenario: Scenario, parameters: ProjectionParameters): string[] {
  const atMean: Scenario['digitalisation']['automation'] = dict();
  for (const [category, a] of Object.entries(scenario.digitalisation.automation)) {
    if (parameters.automationTargets[category] === automationTarget(a.target)) atMean[category] = a;
  }
  return automationAssumptions({ ...scenario, digitalisation: { ...scenario.digitalisation, automation: atMean } });
}

function yearRow(year: number, flows: Float64Array, offset: number, demand: number): YearRow {
  const supply = flows[offset + field.SUPPLY_FTE]!;
  return {
    year,
    supply_fte: supply,
    supply_persons: flows[offset + field.SUPPLY_PERSONS]!,
    demand_fte: demand,
    gap_fte: supply - demand,
    retired_fte: flows[offset + field.RETIRED_FTE]!,
    contract_ended_fte: flows[offset + field.CONTRACT_ENDED_FTE]!,
    attrition_fte: flows[offset + field.ATTRITION_FTE]!,
    moved_in_fte: flows[offset + field.MOVED_IN_FTE]!,
    moved_out_fte: flows[offset + field.MOVED_OUT_FTE]!,
  };
}

/** Sums year rows element-wise (in the given order, so the result is deterministic). */
function sumRows(years: number[], lists: YearRow[][]): YearRow[] {
  return years.map((year, i) => {
    const row: YearRow = {
      year,
      supply_fte: 0,
      supply_persons: 0,
      demand_fte: 0,
      gap_fte: 0,
      retired_fte: 0,
      contract_ended_fte: 0,
      attrition_fte: 0,
      moved_in_fte: 0,
      moved_out_fte: 0,
    };
    // Field by field (not a loop over key names): this runs on every Monte Carlo run.
    for (const list of lists) {
      const r = list[i];
      if (r === undefined) continue;
      row.supply_fte += r.supply_fte;
      row.supply_persons += r.supply_persons;
      row.demand_fte += r.demand_fte;
      row.gap_fte += r.gap_fte;
      row.retired_fte += r.retired_fte;
      row.contract_ended_fte += r.contract_ended_fte;
      row.attrition_fte += r.attrition_fte;
      row.moved_in_fte += r.moved_in_fte;
      row.moved_out_fte += r.moved_out_fte;
    }
    return row;
  });
}
