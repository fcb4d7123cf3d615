import type { CompareDelta, CompareFigures, CompareFunctionCell, CompareResult, CompareTotals } from '../domain/compare.js';
import type { SourcedProjection, SourcedYearRow } from '../domain/projection.js';
import type { MonteCarloSummary, YearBands } from '../domain/uncertainty.js';
import type { Scenario } from '../domain/scenario-schema.js';
import { scenarioLeaves, valueAt, type ScenarioKey, type ScenarioLeaf } from '../domain/scenario-paths.js';
import { compareText } from '../domain/compare-text.js';
import { defaultPlan } from './plan/build-plan-input.js';
import { DEFAULT_RETIREMENT_AGES } from './retirement.js';
import { dict, dictFrom } from '../domain/dict.js';

/**
 * Several scenarios side by side on the same data (SPEC §1 `spp compare`): what their assumptions
 * differ in, and what that does per function, family and in total. Pure: projections in, the
 * comparison out (not rounded). Every delta is a scenario minus the first one, the reference.
 */

export interface CompareItem {
  scenario: Scenario;
  projection: SourcedProjection;
  /** The scenario's plan: its total cost and the demand it leaves unmet (FTE-years); null without a plan. */
  plan: { cost: number; unmet: number } | null;
  /** With `--runs`: the scenario's Monte Carlo summary (its bands and status probabilities). */
  monteCarlo?: MonteCarloSummary;
}

/** Keys that say what a scenario is, not what it assumes: never listed as a difference. */
const NOT_ASSUMPTIONS = new Set(['id', 'title', 'description', 'extends', 'data']);

/**
 * The scenario with the defaults the model applies where a value is used, not where it is read:
 * an automation or skill shift without `start` begins at the horizon start, a demand change
 * (`overrides` with `change`) without `start`/`end` runs over the whole horizon, and a scenario
 * without a `plan:` block has spp plan's defaults (compare solves its plan with them), one without
 * `workforce.retirement_age` the AOW law as spp knows it. Without them a scenario that writes
 * `start: 2026` and one that leaves it out (begun at its horizon start, 2026) would be listed as
 * differing, "– against 2026", where they assume the same; and a plan block that sets one limit
 * would be one row with the whole block against "–".
 */
function withUseDefaults(scenario: Scenario): Scenario {
  const { start, end } = scenario.horizon;
  // Each default in its place among the keys, before `end`, so a row keeps the order a scenario writes it in.
  const automation = dictFrom(
    Object.entries(scenario.digitalisation.automation).map(([k, { end: until, curve, ...rest }]) => [k, { ...rest, start: rest.start ?? start, end: until, curve }] as const),
  );
  return {
    ...scenario,
    plan: scenario.plan ?? defaultPlan(),
    workforce: { ...scenario.workforce, retirement_age: scenario.workforce.retirement_age ?? { ...DEFAULT_RETIREMENT_AGES } },
    digitalisation: {
      ...scenario.digitalisation,
      automation,
      skill_shift: scenario.digitalisation.skill_shift.map(({ end: until, ...rest }) => ({ ...rest, start: rest.start ?? start, end: until })),
    },
    demand: {
      ...scenario.demand,
      overrides: scenario.demand.overrides.map((o) => {
        if (o.change === undefined) return o;
        const { end: until, discontinue, ...rest } = o;
        return { ...rest, start: rest.start ?? start, end: until ?? end, ...(discontinue !== undefined ? { discontinue } : {}) };
      }),
    },
  };
}

/**
 * Every assumption whose value differs between the scenarios (after extends and defaults, also
 * those applied where a value is used), in document order. A map entry or list item that only some
 * scenarios have is one row with its whole value as written (an emerging function, an automation
 * category, a transition), not one row per key inside it.
 */
function differingAssumptions(written: readonly Scenario[]): CompareResult['assumptions'] {
  const scenarios = written.map(withUseDefaults);
  // The leaves of all scenarios in one document order: a leaf only a later scenario has goes right
  // after the leaf that precedes it in that scenario.
  const order: ScenarioLeaf[] = [];
  // Per scenario: where each leaf and each map or list item is.
  const nodes = scenarios.map((s) => {
    const at = new Map<string, ScenarioKey[]>();
    let last = -1;
    // Empty maps and lists too: `demand` with only `targets: {}` and empty lists is there (the
    // defaults), so a target only another scenario sets is the row `demand.targets.F031`, not the
    // whole `demand` block against `–`. They are never rows themselves.
    for (const leaf of scenarioLeaves(s, { empty: true })) {
      if (NOT_ASSUMPTIONS.has(String(leaf.at[0]))) continue;
      at.set(leaf.path, leaf.at);
      for (const p of leaf.parents) at.set(p.path, p.at);
      if (isEmptyContainer(leaf.value)) continue;
      const index = order.findIndex((l) => l.path === leaf.path);
      if (index >= 0) last = index;
      else order.splice(++last, 0, leaf);
    }
    return at;
  });
  const out: CompareResult['assumptions'] = [];
  const done = new Set<string>();
  for (const leaf of order) {
    // The outermost holder some scenario lacks, else the leaf itself.
    const holder = leaf.parents.find((p) => p.kind !== 'list' && nodes.some((n) => !n.has(p.path)));
    const row = holder?.path ?? leaf.path;
    if (done.has(row)) continue;
    done.add(row);
    const values = scenarios.map((s, i) => {
      const at = nodes[i]!.get(row);
      // A whole map entry or list item shows as the scenario writes it; a single setting with its default.
      const value = at === undefined ? null : (valueAt(holder === undefined ? s : written[i]!, at) ?? null);
      // A list item's identity is in its path already: { family: Beleid, rate: -0.02 } shows as { rate: -0.02 }.
      if (holder?.identity === undefined || value === null || typeof value !== 'object') return value;
      return dictFrom(Object.entries(value).filter(([k]) => !holder.identity!.includes(k)));
    });
    const texts = values.map((v) => JSON.stringify(v));
    if (texts.every((t) => t === texts[0])) continue;
    out.push({ path: row, values: dictFrom(scenarios.map((s, i) => [s.id, values[i]])) });
  }
  return out;
}

function isEmptyContainer(value: unknown): boolean {
  return value !== null && typeof value === 'object' && Object.keys(value).length === 0;
}

/** The figures of one year row; with its Monte Carlo bands, each band right after its expected value. */
function figures(row: SourcedYearRow | undefined, bands?: readonly YearBands[]): CompareFigures | null {
  if (row === undefined) return null;
  const band = bands?.find((b) => b.year === row.year);
  if (band === undefined) {
    return { supply_fte: row.supply_fte, demand_fte: row.demand_fte, gap_fte: row.gap_fte, replacement_fte: row.replacement_fte, expansion_fte: row.expansion_fte };
  }
  return {
    supply_fte: row.supply_fte,
    supply_fte_band: band.supply_fte,
    demand_fte: row.demand_fte,
    demand_fte_band: band.demand_fte,
    gap_fte: row.gap_fte,
    gap_fte_band: band.gap_fte,
    replacement_fte: row.replacement_fte,
    expansion_fte: row.expansion_fte,
  };
}

function deltas<T extends CompareFigures>(ids: readonly string[], by: Record<string, T | null>): Record<string, CompareDelta> {
  const ref = by[ids[0]!] ?? null;
  const out = dict<CompareDelta>();
  for (const id of ids.slice(1)) {
    const x = by[id] ?? null;
    // A function a scenario does not have counts as zero there.
    out[id] = {
      supply_fte: (x?.supply_fte ?? 0) - (ref?.supply_fte ?? 0),
      demand_fte: (x?.demand_fte ?? 0) - (ref?.demand_fte ?? 0),
      gap_fte: (x?.gap_fte ?? 0) - (ref?.gap_fte ?? 0),
    };
  }
  return out;
}

function rowAt(rows: readonly SourcedYearRow[], year: number): SourcedYearRow | undefined {
  return rows.find((r) => r.year === year);
}

function totalsAt(projection: SourcedProjection, year: number, bands?: readonly YearBands[]): CompareTotals | null {
  const total = figures(rowAt(projection.totals.years, year), bands);
  if (total === null) return null;
  let shortage = 0;
  for (const f of projection.functions) shortage += Math.max(0, -(rowAt(f.years, year)?.gap_fte ?? 0));
  return { ...total, shortage_fte: shortage };
}

/** The comparison of the items at `year` (FTE), with the totals of every year of any horizon. */
export function compareScenarios(items: readonly CompareItem[], year: number): Omit<CompareResult, 'schema' | 'stamp' | 'notes' | 'noteFacts'> {
  const ids = items.map((i) => i.scenario.id);
  const years = [...new Set(items.flatMap((i) => i.projection.years))].sort((a, b) => a - b);

  // One index per scenario, so looking up every function in every scenario stays linear.
  const fnIndex = items.map((i) => new Map(i.projection.functions.map((f) => [f.id, f])));
  const familyIndex = items.map((i) => new Map(i.projection.families.map((f) => [f.id, f])));
  const fnBands = items.map((i) => new Map(i.monteCarlo?.functions.map((f) => [f.id, f]) ?? []));
  const familyBands = items.map((i) => new Map(i.monteCarlo?.families.map((f) => [f.id, f.years]) ?? []));
  const fnIds = [...new Set(items.flatMap((i) => i.projection.functions.map((f) => f.id)))].sort(compareText);
  const functions = fnIds.map((id) => {
    const found = fnIndex.map((index) => index.get(id));
    const first = found.find((f) => f !== undefined)!;
    const by_scenario = dictFrom(
      items.map((item, k): [string, CompareFunctionCell | null] => {
        const f = found[k];
        const mc = fnBands[k]!.get(id);
        const fig = f === undefined ? null : figures(rowAt(f.years, year), mc?.years);
        if (f === undefined || fig === null) return [item.scenario.id, null];
        const cell: CompareFunctionCell = { status: f.status, ...(mc !== undefined ? { status_probability: mc.status_probability } : {}), vulnerable: f.vulnerable, ...fig };
        return [item.scenario.id, cell];
      }),
    );
    return { id, name: first.name, family: first.family, by_scenario, delta: deltas(ids, by_scenario) };
  });

  const familyIds = [...new Set(items.flatMap((i) => i.projection.families.map((f) => f.id)))].sort(compareText);
  const families = familyIds.map((id) => {
    const by_scenario = dictFrom(
      items.map((item, k) => {
        const fam = familyIndex[k]!.get(id);
        return [item.scenario.id, fam === undefined ? null : figures(rowAt(fam.years, year), familyBands[k]!.get(id))];
      }),
    );
    return { id, by_scenario, delta: deltas(ids, by_scenario) };
  });

  const totalsOf = (y: number): CompareResult['totals']['at'] => {
    const by_scenario = dictFrom(items.map((item) => [item.scenario.id, totalsAt(item.projection, y, item.monteCarlo?.totals.years)]));
    return { year: y, by_scenario, delta: deltas(ids, by_scenario) };
  };

  return {
    scenarios: ids,
    scenario_info: items.map((item) => ({
      id: item.scenario.id,
      title: item.scenario.title ?? null,
      horizon: { ...item.scenario.horizon },
      vulnerable_functions: item.projection.functions.filter((f) => f.vulnerable).length,
      plan_cost: item.plan?.cost ?? null,
      plan_shortage_fte_years: item.plan?.unmet ?? null,
    })),
    year,
    years,
    assumptions: differingAssumptions(items.map((i) => i.scenario)),
    functions,
    families,
    totals: { at: totalsOf(year), years: years.map(totalsOf) },
  };
}
