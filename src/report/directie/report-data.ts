import type { DataGiven, ReportSource } from '../../domain/results.js';
import { basename } from 'node:path';
import type { ProjectResult } from '../../domain/results.js';
import { isTraining, planUnmetFteYears, reducedHoursFte, reducedHoursWholePersons, routeKey, WITHHELD_GROUP_ID, type PlanCostsByKind, type PlanNoteFact, type PlanResult, type PlanYear } from '../../domain/plan.js';
import type { BacktestResult } from '../../domain/backtest.js';
import type { ReskillResult } from '../../domain/results.js';
import type { Stamp } from '../../domain/results.js';
import type { CompareResult } from '../../domain/compare.js';
import type { SensitivityResult } from '../../domain/sensitivity.js';
import type { Scenario } from '../../domain/scenario-schema.js';
import type { FunctionResult, ModelNoteFact, YearRow } from '../../domain/projection.js';
import type { Cell, Status } from '../../domain/workforce.js';
import { compareText } from '../../domain/compare-text.js';
import { scenarioLeaves, valueAt } from '../../domain/scenario-paths.js';
import { yamlFlowValue } from '../../domain/yaml-text.js';
import { expectedValue } from '../../domain/uncertain.js';
import type { OrganiseResult } from '../../domain/organise.js';
import type { Band } from '../../domain/uncertainty.js';
import { suppressLines, type Hidden, type Line, type Withheld } from '../../domain/suppress.js';

/**
 * The numbers of the directieteam report, language-free (the texts come later, in compose-report.ts).
 * Every person count in here has already passed through the suppression (suppress.ts): it carries
 * its `hidden` mark, and renderers show the mark instead of the number. No employee id or row of
 * the headcount reaches this structure: the workforce enters only as cells (function × birth month
 * × contract), summed here into groups.
 */

/** A count of persons with its privacy mark. */
export interface PersonCount {
  persons: number;
  hidden: Hidden;
}


interface FamilyRow {
  id: string;
  persons: PersonCount;
  fte: number;
}

interface AgeBand {
  /** Lower bound of the 5-year band, age in completed years on 1 January of the horizon start. */
  from: number;
  persons: PersonCount;
}

export interface FunctionChange {
  id: string;
  name: string;
  family: string;
  status: Status;
  flags: Status[];
  statusYear: number | null;
  demandRatio: number | null;
  automatedShare: number;
  shift: number;
  /** Year from which demand is discontinued by an override, if any. */
  discontinued: number | null;
  demandStart: number;
  demandEnd: number;
  /** Task categories whose share moves most, largest first (shares 0–1). */
  taskShifts: { category: string; start: number; end: number }[];
}

interface VulnerableRow {
  id: string;
  name: string;
  status: Status;
  persons: PersonCount;
  fteStart: number;
  demandEnd: number;
  automatedShare: number;
}

export interface AssumptionRow {
  /** The setting's readable path (domain/scenario-paths.ts), e.g. `workforce.attrition[ages=<35].rate`. */
  key: string;
  /** The value in YAML flow notation. */
  value: string;
  /** The value itself (for the report's words). */
  setting: unknown;
  /** File name that sets it, or null for the spp default. */
  source: string | null;
  /** The flag that set it on the command line instead (`--headcount`), or null. */
  given: string | null;
}

/** A function whose work stays while its people leave: the status of the work alone would read "stable". */
interface ReplacementRow {
  id: string;
  name: string;
  status: Status;
  flags: Status[];
  supplyStart: number;
  supplyEnd: number;
  demandEnd: number;
}

/** One automation target of the scenario, the assumptions that drive it most (first page). */
interface DriverRow {
  category: string;
  /** Share of the category's work automated at `end` (0–1; the mean of a [low, likely, high] triple). */
  target: number;
  /** [low, likely, high] when uncertain. */
  range: [number, number, number] | null;
  start: number;
  end: number;
  curve: 'linear' | 's-curve' | 'step';
}

export interface ReportData {
  scenario: { id: string; title: string | null; description: string | null; organisation: string | null; start: number; end: number };
  /** Display names of task categories and skills from the scenario (`labels:`). */
  labels: Scenario['labels'];
  /** The automation targets, largest first, and the share of freed time reinvested. */
  drivers: { automation: DriverRow[]; reinvested: number; growth: { scope: string; rate: number }[]; /** A change ramps linearly from `start` to `end` (the model's defaults filled in: the horizon); `end` ≤ `start` is a step in `end`. */ overrides: { function: string; name: string; change: number | null; discontinue: number | null; start: number; end: number }[]; emerging: { id: string; name: string; demandEnd: number }[]; plan: PlanDrivers | null };
  /** Functions whose work stays (not disappearing or shrinking) while at most half their FTE is left at the horizon. */
  replacement: ReplacementRow[];
  /** Functions whose people figures are withheld for privacy (left out of the replacement list). */
  withheldFunctions: number;
  usedExample: boolean;
  minGroup: number;
  years: number[];
  workforce: { persons: number; fte: number; meanAge: number | null; functions: number; families: number };
  families: { rows: FamilyRow[]; totalPersons: PersonCount; totalFte: number };
  ageBands: { bands: AgeBand[]; total: PersonCount; over60: PersonCount; under35: PersonCount };
  retirement: { year: number; fte: number }[];
  /** Supply per family and year; the families withheld for privacy as one series (`merged`: how many). */
  supply: { families: { id: string; fte: number[]; merged?: number }[]; total: number[]; demand: number[] };
  /** The organisation's replacement and expansion demand (FTE) per year since the start (SPEC §3.1). */
  gapSources: { replacement: number[]; expansion: number[] };
  /** With `--runs`: the P10–P90 bands of total supply, demand and gap per year. */
  uncertainty: { runs: number; seed: number; supply: Band[]; demand: Band[]; gap: Band[] } | null;
  changes: FunctionChange[];
  statusCounts: Record<Status, number>;
  taskMix: { category: string; start: number; end: number }[];
  vulnerable: { rows: VulnerableRow[]; functions: number; persons: PersonCount; fte: number };
  /** The action plan (SPEC §3.3), as `spp plan` and `spp reskill` show it. */
  plan: PlanData;
  volumeThreshold: number;
  changeThreshold: number;
  assumptions: AssumptionRow[];
  modelNotes: string[];
  /** Those of `modelNotes` that name functions, as data (ProjectResult.assumptionFacts). */
  modelNoteFacts: ModelNoteFact[];
  stamp: Stamp;
  /** Standard and custom work (SPEC §3.7) for the Doorbreken chapter; null: not computed. */
  organise: OrganiseResult | null;
  /** The scenarios side by side (several --scenario), or null. */
  comparison: CompareResult | null;
  /** The one-at-a-time sensitivity (--sensitivity), or null. */
  sensitivity: SensitivityResult | null;
  /** With --actual: the backtest for the appendix, or null. */
  backtest: BacktestResult | null;
}

/** A function's amount of FTE in the plan, hidden when the function has fewer than min_group people. */
interface PlanFunctionRow {
  id: string;
  name: string;
  fte: number;
  vulnerable: boolean;
  hidden: Hidden;
}

/** One pathway of the plan over the horizon, with its moves per decision year (FTE). */
interface PlanPathwayRow {
  from: string;
  fromName: string;
  to: string;
  toName: string;
  fte: number;
  hoursPerPerson: number;
  /** Scale of the destination minus the origin's (−1: one lower); null when unknown. */
  levelStep: number | null;
  cost: number;
  firstYear: number;
  lastYear: number;
  /** FTE moved per decision year (same order as PlanData.years). */
  byYear: number[];
  /** Given in the scenario (`plan.pathways`): the rules of computed routes do not apply to it. */
  explicit: boolean;
  /** Its price per FTE when the scenario gives one (`cost_per_fte`); null: hours × cost per hour. */
  costPerFte: number | null;
  /** Hidden when the function people leave has fewer than min_group people (they could be recognised). */
  hidden: Hidden;
}

/**
 * A route end that stands for the functions spp project withholds, together: the report's routes are
 * spp reskill's (app/report.ts merges them as app/privacy.ts does), named with how many they are
 * (ReportData.withheldFunctions).
 */
export const WITHHELD_ROUTE_END = WITHHELD_GROUP_ID;

type CostColumn = PlanCostsByKind & { total: number };

export interface PlanData {
  objective: PlanResult['objective'];
  /** The decision years (start + 1 … end): a year's decisions take effect on its 1 January. */
  years: number[];
  /**
   * Organisation-wide per decision year, FTE; reduced hours as the FTE people give up (a·P, what the
   * balance uses), not the plan's continuous persons, which read as "6,6 personen".
   */
  perYear: { hired: number[]; reskilled: number[]; redeployed: number[]; outside: number[]; reducedHours: number[]; overstaffing: number[]; shortage: number[] };
  /** Whether the scenario has a plan.reduced_hours rule: without one the lever does not exist (SPEC §3.3). */
  reducedHoursAllowed: boolean;
  /** The persons on reduced hours per decision year as whole people (rounded up per function), for the text. */
  reducedHoursPersons: { year: number; persons: number }[];
  /**
   * Privacy of the organisation-wide figures per year: a year's hiring, placement outside, unmet
   * demand, reduced hours or overstaffing whose only contributor is a function the per-function table
   * hides (or spp project withholds) is that function's figure, so it is hidden too; `total` hides the
   * row's sum when the per-function table hides its total (reduced hours and overstaffing, which have
   * no such table: when that function is the only one with any over the horizon).
   */
  perYearHidden: Record<'hired' | 'outside' | 'shortage' | 'reducedHours' | 'overstaffing', { years: Hidden[]; total: Hidden }>;
  pathways: PlanPathwayRow[];
  /**
   * How many routes the plan uses, function to function: a row of `pathways` from or into the
   * withheld functions together can hold several (and a training and a redeployment between the same
   * ends are two rows), so the text counts these, not the rows.
   */
  routes: number;
  /** Hiring per function over the horizon (largest first). */
  hiring: PlanFunctionRow[];
  /** Placement outside per function over the horizon (largest first). */
  outside: PlanFunctionRow[];
  /** The per-function tables' totals: hidden when they would give a hidden row away. */
  hiringTotal: Hidden;
  outsideTotal: Hidden;
  /**
   * Unmet demand per function: FTE-years, and the years it occurs as spp plan names them (a year
   * short by less than 0,05 FTE rounds away there and is not named; its FTE stays in the total).
   */
  shortfalls: { id: string; name: string; /** FTE-years. */ fte: number; years: number[]; hidden: Hidden }[];
  /** Set when the total unmet demand would give a hidden row away. */
  shortfallTotal: Hidden;
  /** The years the costs are paid (a decision is paid the year before it takes effect). */
  costPeriod: { start: number; end: number };
  /** `noPathways` null: no plan without pathways stays within the scenario's limits. */
  costs: { plan: CostColumn; noPathways: CostColumn | null; noPlan: CostColumn };
  /** FTE-years of demand each column leaves unmet (no plan hires every shortage: 0). */
  unmet: { plan: number; noPathways: number | null; noPlan: number };
  discounted: boolean;
  rules: Scenario['reskilling'];
  notes: string[];
  /** The notes that name functions, as data they are said from (PlanResult.noteFacts). */
  noteFacts: PlanNoteFact[];
  /**
   * The organisation's FTE from the start to the horizon through the plan (SPEC §3.3's balance summed
   * over functions and decision years): start + hired − natural outflow − newcomer loss − placed
   * outside = end. Pathway moves and the scenario's transitions cancel out in the sum; what movers
   * lose in their first year is in the newcomer loss.
   */
  balance: { start: number; end: number; outflow: number; newcomerLoss: number };
}


const STATUSES: readonly Status[] = ['disappearing', 'changing', 'emerging', 'growing', 'shrinking', 'stable'];

/** Assembles the report's numbers from the projection and reskilling results (FTE, persons, euros). */
export function buildReportData(source: ReportSource): ReportData {
  const { project, plan, reskill, scenario, cells } = source;
  const minGroup = scenario.privacy.min_group;
  const start = scenario.horizon.start;
  const end = scenario.horizon.end;
  const byId = new Map(project.functions.map((f) => [f.id, f]));
  const nameOf = (id: string): string => byId.get(id)?.name ?? id;

  // Persons and FTE per function at start, from the cells (never from rows).
  const personsOf = new Map<string, number>();
  const fteOf = new Map<string, number>();
  let persons = 0;
  let fte = 0;
  let ageWeighted = 0;
  for (const c of cells) {
    personsOf.set(c.functionId, (personsOf.get(c.functionId) ?? 0) + c.persons);
    fteOf.set(c.functionId, (fteOf.get(c.functionId) ?? 0) + c.fte);
    persons += c.persons;
    fte += c.fte;
    ageWeighted += c.persons * exactAgeOnFirstJanuary(c, start);
  }

  const familyIds = new Set(project.functions.filter((f) => !f.emerging).map((f) => f.family));

  const changes = project.functions.map((f) => functionChange(f, scenario));
  const statusCounts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const f of project.functions) statusCounts[f.status] += 1;

  const vulnerableFunctions = project.functions.filter((f) => f.vulnerable);
  const vulnerableCounts = vulnerableFunctions.map((f) => Math.round(personsOf.get(f.id) ?? 0));
  const people = personTables(project, personsOf, fteOf, cells, start, minGroup);
  const families = people.families;
  const vulnerableHidden = { cells: vulnerableFunctions.map((f) => people.functionHidden.get(f.id) ?? null), total: people.vulnerableTotal };
  /** A function's people figures may be shown: not hidden in the report, nor by spp project (same rule, see app/project.ts). */
  const shown = (id: string): boolean => people.functionHidden.get(id) === null && byId.get(id)?.suppressed === undefined;

  return {
    scenario: { id: scenario.id, title: scenario.title ?? null, description: scenario.description ?? null, organisation: scenario.organisation ?? null, start, end },
    labels: scenario.labels,
    drivers: drivers(scenario, nameOf),
    replacement: replacementRows(project.functions.filter((f) => shown(f.id)), scenario.classification.volume),
    withheldFunctions: project.functions.filter((f) => !shown(f.id)).length,
    usedExample: source.usedExample,
    minGroup,
    years: project.years,
    workforce: {
      persons,
      fte,
      meanAge: persons > 0 ? ageWeighted / persons : null,
      functions: project.functions.filter((f) => !f.emerging).length,
      families: familyIds.size,
    },
    families,
    ageBands: people.ageBands,
    retirement: project.totals.years.map((y) => ({ year: y.year, fte: y.retired_fte })),
    supply: {
      families: supplyByFamily(project.families, new Set(families.rows.filter((r) => r.persons.hidden !== null).map((r) => r.id))),
      total: project.totals.years.map((y) => y.supply_fte),
      demand: project.totals.years.map((y) => y.demand_fte),
    },
    gapSources: {
      replacement: project.totals.years.map((y) => y.replacement_fte),
      expansion: project.totals.years.map((y) => y.expansion_fte),
    },
    uncertainty: uncertaintyOf(project),
    changes,
    statusCounts,
    taskMix: organisationTaskMix(project.functions),
    vulnerable: {
      rows: vulnerableFunctions.map((f, i) => ({
        id: f.id,
        name: f.name,
        status: f.status,
        persons: { persons: vulnerableCounts[i]!, hidden: vulnerableHidden.cells[i] ?? null },
        fteStart: first(f.years).supply_fte,
        demandEnd: last(f.years).demand_fte,
        automatedShare: f.automated_share,
      })),
      functions: vulnerableFunctions.length,
      persons: { persons: sum(vulnerableCounts), hidden: vulnerableHidden.total },
      fte: sum(vulnerableFunctions.map((f) => first(f.years).supply_fte)),
    },
    plan: planData(plan, reskill, scenario, byId, personsOf, minGroup, new Map(project.functions.flatMap((f) => (f.suppressed === undefined ? [] : [[f.id, f.suppressed] as const])))),
    volumeThreshold: scenario.classification.volume,
    changeThreshold: scenario.classification.change_share,
    // A built-in task profile of a category the data does not use (Dutch ids such as `administratief`
    // leave the English `administrative` unused) is no assumption of this report.
    assumptions: withoutUnusedProfiles(listAssumptions(scenario, source.raw, source.locate, source.given), new Set(project.functions.flatMap((f) => Object.keys(f.task_mix.start).filter((c) => (f.task_mix.start[c] ?? 0) > 0)))),
    modelNotes: project.assumptions,
    modelNoteFacts: project.assumptionFacts ?? [],
    stamp: reportStamp(project.stamp, source.comparison?.stamp, source.backtest?.stamp),
    organise: source.organise ?? null,
    comparison: source.comparison ?? null,
    sensitivity: source.sensitivity ?? null,
    backtest: source.backtest ?? null,
  };
}

/**
 * The plan's numbers for the report. Privacy: a function of fewer than min_group people (today) is
 * a small group — its hires (they replace someone who left), placements outside and the pathways out
 * of it describe its people, so they are hidden like a small count of persons, with complementary
 * suppression against the published total. So is its unmet demand: with its demand shown, that
 * would give away what its people still supply.
 */
function planData(
  plan: PlanResult,
  reskill: ReskillResult,
  scenario: Scenario,
  byId: Map<string, FunctionResult>,
  personsOf: Map<string, number>,
  minGroup: number,
  withheldByProject: ReadonlyMap<string, Withheld>,
): PlanData {
  const nameOf = (id: string): string => byId.get(id)?.name ?? plan.functions.find((f) => f.id === id)?.name ?? id;
  // What spp project withholds for a function — a small one, or one hidden so that a small one does
  // not follow from a total (its complement) — the plan's rows withhold too: a complement's hires or
  // unmet demand beside its shown demand would give its people's figures back. Else the small rule.
  const mark = (id: string): Hidden => {
    const withheld = withheldByProject.get(id);
    if (withheld !== undefined) return withheld;
    const persons = Math.round(personsOf.get(id) ?? 0);
    return persons > 0 && persons < minGroup ? 'small' : null;
  };
  const years = plan.years.slice(1);
  const decisions = plan.totals.years.slice(1);
  const moved = (year: number, trained: boolean): number =>
    sum(plan.pathways.filter((m) => m.year === year && isTraining(m) === trained).map((m) => m.fte));
  // The pathways as spp reskill shows them (summed over the years), with their moves per decision year;
  // a route from or into a withheld function is already one route of those functions together.
  const name = (id: string) => (id === WITHHELD_ROUTE_END ? '' : nameOf(id));
  // The merged routes last: in its place by id the group would say where its function's id falls.
  const merged = (r: { from: string; to: string }) => (r.from === WITHHELD_ROUTE_END || r.to === WITHHELD_ROUTE_END ? 1 : 0);
  const pathways: PlanPathwayRow[] = [...reskill.pathways].sort((a, b) => merged(a) - merged(b)).map((r) => ({
    from: r.from,
    fromName: name(r.from),
    to: r.to,
    toName: name(r.to),
    fte: r.fte,
    hoursPerPerson: r.hours_per_person,
    levelStep: r.level_step,
    cost: r.cost,
    firstYear: r.first_year,
    lastYear: r.last_year,
    byYear: years.map((y) => sum(reskill.moves.filter((m) => m.year === y && routeKey(m) === routeKey(r)).map((m) => m.fte))),
    explicit: r.explicit,
    costPerFte: r.explicit ? (scenario.plan?.pathways.find((g) => g.from === r.from && g.to === r.to)?.cost_per_fte ?? null) : null,
    hidden: null,
  }));
  // The merged group counts at least min_group persons; a function small by the plain rule but not
  // withheld by spp project (none today) is still hidden by its figures.
  const routeMark = (id: string): Hidden => (id === WITHHELD_ROUTE_END ? null : mark(id));
  hideWithheld(pathways, pathways.map((p) => routeMark(p.from) ?? routeMark(p.to)));
  const perFunction = (key: 'hired_fte' | 'redundant_fte'): { rows: PlanFunctionRow[]; total: Hidden } => {
    const rows = plan.functions
      .map((f) => ({ id: f.id, name: f.name, fte: sum(f.years.slice(1).map((y) => y[key])), vulnerable: byId.get(f.id)?.vulnerable ?? false, hidden: null as Hidden }))
      .filter((r) => r.fte >= 0.00005)
      .sort((a, b) => b.fte - a.fte || compareText(a.id, b.id));
    const total = hideWithheld(rows, rows.map((r) => mark(r.id)));
    return { rows: hiddenLast(rows), total };
  };
  const hiring = perFunction('hired_fte');
  const outside = perFunction('redundant_fte');
  const shortfalls = plan.functions
    .map((f) => {
      const short = f.years.slice(1).filter((y) => y.shortage_fte >= 0.00005);
      // The years as spp plan lists them (render-plan.ts: a year short by 0,0 FTE says nothing), so
      // F016 reads "2027–2031, 2033–2035" in both and not "2027–2035"; one of only such slivers keeps them.
      const named = short.filter((y) => y.shortage_fte >= 0.05);
      return { id: f.id, name: f.name, fte: sum(short.map((y) => y.shortage_fte)), years: (named.length > 0 ? named : short).map((y) => y.year), hidden: null as Hidden };
    })
    .filter((r) => r.fte >= 0.05)
    .sort((a, b) => b.fte - a.fte || compareText(a.id, b.id));
  // Unmet demand of a small function is its demand (shown) minus what its people still supply: it
  // would tell when they leave, so it is hidden like their hires.
  const shortfallTotal = hideWithheld(shortfalls, shortfalls.map((r) => mark(r.id)));
  const shortfallRows = hiddenLast(shortfalls);
  const hiddenPerYear = (value: (y: PlanYear) => number, rows: readonly { id: string; hidden: Hidden }[], total: Hidden): { years: Hidden[]; total: Hidden } => {
    const hidden = new Map(rows.map((r) => [r.id, r.hidden]));
    const years: Hidden[] = decisions.map((_, i) => {
      const contributors = plan.functions.filter((f) => value(f.years[i + 1]!) >= 0.00005);
      return contributors.length === 1 ? (hidden.get(contributors[0]!.id) ?? null) : null;
    });
    // One hidden year beside a shown total is the total minus the shown years (a town of 150 people:
    // placement outside '•' in 2027 and 3,6 over 2027–2032 gave its 0,8 back): the smallest other year
    // with any is hidden with it, or the total when there is none.
    if (total === null && years.filter((h) => h !== null).length === 1) {
      const others = decisions.map((y, i) => ({ i, value: value(y) })).filter((y) => years[y.i] === null && y.value >= 0.00005);
      const complement = others.sort((a, b) => a.value - b.value || a.i - b.i)[0];
      if (complement === undefined) return { years, total: 'complement' };
      years[complement.i] = 'complement';
    }
    return { years, total };
  };
  // Reduced hours and overstaffing of a withheld function alone in a year are its people's figures
  // too (with its demand shown, overstaffing gives its supply back; reduced hours say one of its few
  // people works less): hidden like its hires.
  const marked = plan.functions.map((f) => ({ id: f.id, hidden: mark(f.id) }));
  const onlyContributor = (value: (y: PlanYear) => number): Hidden => {
    const contributors = plan.functions.filter((f) => f.years.slice(1).some((y) => value(y) >= 0.00005));
    return contributors.length === 1 ? mark(contributors[0]!.id) : null;
  };
  const column = (byKind: PlanCostsByKind, total: number): CostColumn => ({ ...byKind, total });
  const costYears = plan.costs.by_year.map((y) => y.year);
  return {
    objective: plan.objective,
    years,
    perYear: {
      hired: decisions.map((y) => y.hired_fte),
      reskilled: years.map((y) => moved(y, true)),
      redeployed: years.map((y) => moved(y, false)),
      outside: decisions.map((y) => y.redundant_fte),
      reducedHours: decisions.map(reducedHoursFte),
      overstaffing: decisions.map((y) => y.overstaffing_fte),
      shortage: decisions.map((y) => y.shortage_fte),
    },
    reducedHoursAllowed: (scenario.plan?.reduced_hours.length ?? 0) > 0,
    reducedHoursPersons: reducedHoursWholePersons(plan.functions).slice(1),
    perYearHidden: {
      hired: hiddenPerYear((y) => y.hired_fte, hiring.rows, hiring.total),
      outside: hiddenPerYear((y) => y.redundant_fte, outside.rows, outside.total),
      shortage: hiddenPerYear((y) => y.shortage_fte, shortfallRows, shortfallTotal),
      // No per-function table shows these two, so the row's total is a function's own figure only when
      // that function is the only one with any over the horizon.
      reducedHours: hiddenPerYear(reducedHoursFte, marked, onlyContributor(reducedHoursFte)),
      overstaffing: hiddenPerYear((y) => y.overstaffing_fte, marked, onlyContributor((y) => y.overstaffing_fte)),
    },
    pathways,
    routes: new Set(plan.pathways.filter((m) => m.fte > 0).map(routeKey)).size,
    hiring: hiring.rows,
    hiringTotal: hiring.total,
    outside: outside.rows,
    outsideTotal: outside.total,
    shortfalls: shortfallRows,
    shortfallTotal,
    costPeriod: { start: Math.min(scenario.horizon.start, ...costYears), end: Math.max(scenario.horizon.start, ...costYears) },
    costs: {
      plan: column(plan.costs.by_kind, plan.costs.total),
      noPathways: plan.alternatives.no_pathways === null ? null : column(plan.alternatives.no_pathways.by_kind, plan.alternatives.no_pathways.total),
      noPlan: column(plan.alternatives.no_plan.by_kind, plan.alternatives.no_plan.total),
    },
    unmet: {
      plan: planUnmetFteYears(plan),
      noPathways: plan.alternatives.no_pathways?.shortage_fte_years ?? null,
      noPlan: plan.alternatives.no_plan.shortage_fte_years,
    },
    discounted: (scenario.plan?.discount_rate ?? 0) > 0,
    rules: scenario.reskilling,
    notes: plan.notes,
    noteFacts: plan.noteFacts,
    balance: {
      start: plan.totals.years[0]?.fte ?? 0,
      end: plan.totals.years.at(-1)?.fte ?? 0,
      outflow: sum(decisions.map((y) => y.natural_outflow_fte)),
      newcomerLoss: sum(decisions.map((y) => y.newcomer_loss_fte)),
    },
  };
}

/**
 * Supply per family for the chart. A family spp project withholds, or whose people the families table
 * hides, would show in its own series what its few people fill year by year (and when one leaves):
 * those families are summed into one series. The complementary suppression behind both marks makes
 * them together at least min_group persons, so the sum describes no one; the stack still adds up to the total.
 */
function supplyByFamily(families: ProjectResult['families'], hiddenInTable: ReadonlySet<string>): ReportData['supply']['families'] {
  const withheld = families.filter((f) => f.suppressed !== undefined || hiddenInTable.has(f.id));
  const shown = families.filter((f) => !withheld.includes(f)).map((f) => ({ id: f.id, fte: f.years.map((y) => y.supply_fte) }));
  if (withheld.length === 0) return shown;
  const fte = withheld[0]!.years.map((_, i) => sum(withheld.map((f) => f.years[i]!.supply_fte)));
  return [...shown, { id: '', fte, merged: withheld.length }];
}

/**
 * The rows whose figure is shown, in their order (largest first), then the withheld ones by id: a
 * withheld row kept in its place by size would tell what it hides (F027's unmet demand between the
 * 14.6 and the 12.2 FTE-years around it).
 */
function hiddenLast<R extends { id: string; hidden: Hidden }>(rows: readonly R[]): R[] {
  return [...rows.filter((r) => r.hidden === null), ...rows.filter((r) => r.hidden !== null).sort((a, b) => compareText(a.id, b.id))];
}

/**
 * Marks the rows withheld (`marks`: a small group, or one spp project withholds with it); when exactly
 * one row is hidden under the published total, the smallest other row is hidden too (`complement`),
 * so the hidden value cannot be derived; with no other row, the total is hidden (the returned mark).
 */
function hideWithheld(rows: { fte: number; hidden: Hidden }[], marks: Hidden[]): Hidden {
  rows.forEach((r, i) => (r.hidden = marks[i] ?? null));
  if (rows.filter((r) => r.hidden !== null).length !== 1) return null;
  let best: { fte: number; hidden: Hidden } | undefined;
  for (const r of rows) if (r.hidden === null && (best === undefined || r.fte < best.fte)) best = r;
  if (best !== undefined) best.hidden = 'complement';
  // No other row to hide: the total itself would give the hidden value away.
  return best === undefined ? 'complement' : null;
}

/**
 * The plan's levers a directieteam must know to read the plan (found by an HR-adviser review: the
 * first page of krimp-vacaturestop did not name its vacaturestop while the plan hires 798 FTE
 * elsewhere): the hiring rules with a limit as written (scope '' = all functions) and the cap on
 * overstaffing. (The plan's order of goals is in its chapter's first sentence.)
 */
interface PlanDrivers {
  hiring: { scope: string; max: number }[];
  overstaffingMax: number | null;
}

/** The scenario's levers in plain terms, for the first page: automation targets largest first. */
function drivers(scenario: Scenario, nameOf: (id: string) => string): ReportData['drivers'] {
  const start = scenario.horizon.start;
  const automation = Object.entries(scenario.digitalisation.automation)
    .map(([category, a]): DriverRow => {
      const range = Array.isArray(a.target) ? ([...a.target] as [number, number, number]) : null;
      const target = range ? (range[0] + range[1] + range[2]) / 3 : (a.target as number);
      return { category, target, range, start: a.start ?? start, end: a.end, curve: a.curve };
    })
    .sort((a, b) => b.target - a.target || compareText(a.category, b.category));
  return {
    automation,
    // A [low, likely, high] value is described by its mean, as the deterministic run uses it.
    reinvested: expectedValue(scenario.digitalisation.reinvested),
    growth: scenario.demand.growth.map((g) => ({ scope: g.function !== undefined ? `${g.function} ${nameOf(g.function)}` : (g.family ?? ''), rate: expectedValue(g.rate) })),
    overrides: scenario.demand.overrides.map((o) => ({ function: o.function, name: nameOf(o.function), change: o.change ?? null, discontinue: o.discontinue ?? null, start: o.start ?? start, end: o.end ?? scenario.horizon.end })),
    emerging: scenario.demand.emerging.map((e) => {
      const points = Object.entries(e.demand).sort(([a], [b]) => Number(a) - Number(b));
      return { id: e.id, name: e.name, demandEnd: points.at(-1)?.[1] ?? 0 };
    }),
    plan:
      scenario.plan === undefined
        ? null
        : {
            hiring: scenario.plan.hiring.flatMap((h) =>
              h.max_per_year === undefined ? [] : [{ scope: h.function !== undefined ? `${h.function} ${nameOf(h.function)}` : h.family === undefined || h.family === 'all' ? '' : h.family, max: h.max_per_year }],
            ),
            overstaffingMax: scenario.plan.overstaffing.max_total_fte ?? null,
          },
  };
}

/**
 * Functions whose people leave while their work stays: not disappearing, demand at the horizon at
 * least (1 − volume) of the start, and at most half the start FTE still there at the horizon. Their
 * status says what happens to the work; this says the people must be replaced.
 */
function replacementRows(functions: FunctionResult[], volume: number): ReplacementRow[] {
  return functions
    .filter((f) => !f.emerging && f.status !== 'disappearing')
    .filter((f) => {
      const s0 = first(f.years).supply_fte;
      const d0 = first(f.years).demand_fte;
      const sEnd = last(f.years).supply_fte;
      const dEnd = last(f.years).demand_fte;
      return s0 > 0 && d0 > 0 && dEnd >= d0 * (1 - volume) - 1e-9 && sEnd <= 0.5 * s0 + 1e-9;
    })
    .map((f) => ({ id: f.id, name: f.name, status: f.status, flags: f.flags, supplyStart: first(f.years).supply_fte, supplyEnd: last(f.years).supply_fte, demandEnd: last(f.years).demand_fte }))
    .sort((a, b) => a.supplyEnd / a.supplyStart - b.supplyEnd / b.supplyStart || compareText(a.id, b.id));
}

/** Age in completed years on 1 January of `year` (years): the last birthday was in year − 1. */
function ageOnFirstJanuary(cell: Cell, year: number): number {
  return year - cell.birthYear - 1;
}

/** Exact age on 1 January of `year` (years), taking the birth month's middle. */
function exactAgeOnFirstJanuary(cell: Cell, year: number): number {
  return year - cell.birthYear - (cell.birthMonth - 0.5) / 12;
}

/**
 * Every person count of the report, suppressed as one system (SPEC §4): the families table, the
 * vulnerable functions table (function cells) and its total, the age bands, the shares over 60 and
 * under 35 and the one workforce total they all share. Suppressing each table on its own is not
 * enough — the over-60 share minus the visible 60–64 band, or a family total minus its visible
 * vulnerable functions, would give a hidden cell back. The functions, families, total and vulnerable
 * total that `spp project` suppresses start hidden, so the report and the project output together
 * reveal no more than either.
 */
function personTables(
  project: Pick<ProjectResult, 'functions' | 'families' | 'totals' | 'vulnerable'>,
  personsOf: Map<string, number>,
  fteOf: Map<string, number>,
  cells: readonly Cell[],
  start: number,
  minGroup: number,
): { families: ReportData['families']; ageBands: ReportData['ageBands']; functionHidden: Map<string, Hidden>; vulnerableTotal: Hidden } {
  const { functions } = project;
  const familyIds = [...new Set(functions.filter((f) => !f.emerging).map((f) => f.family))].sort(compareText);
  const fnPersons = functions.map((f) => Math.round(personsOf.get(f.id) ?? 0));
  const famPersons = familyIds.map((id) => sum(functions.flatMap((f, j) => (f.family === id ? [fnPersons[j]!] : []))));
  const famFte = familyIds.map((id) => sum(functions.filter((f) => f.family === id).map((f) => fteOf.get(f.id) ?? 0)));
  const bands = ageBandCounts(cells, start);
  // Flat layout: functions, families, total, vulnerable total, age bands, over 60, under 35.
  const F = functions.length;
  const fam = (i: number): number => F + i;
  const total = F + familyIds.length;
  const vulnerable = total + 1;
  const band = (i: number): number => vulnerable + 1 + i;
  const over60 = band(bands.values.length);
  const under35 = over60 + 1;
  const values = [...fnPersons, ...famPersons, sum(famPersons), sum(functions.flatMap((f, j) => (f.vulnerable ? [fnPersons[j]!] : []))), ...bands.values, bands.over60, bands.under35];
  // Only the vulnerable functions' counts are published per function.
  const published = values.map((_, i) => i >= F || functions[i]!.vulnerable);
  const familyMarks = new Map(project.families.map((f) => [f.id, f.suppressed ?? null]));
  const initial: Hidden[] = [
    ...functions.map((f) => f.suppressed ?? null),
    ...familyIds.map((id) => familyMarks.get(id) ?? null),
    project.totals.suppressed ?? null,
    project.vulnerable.suppressed ?? null,
  ];
  const bandIndex = bands.froms.map((_, i) => band(i));
  const lines: Line[] = [
    ...familyIds.map((id, i) => ({ members: functions.flatMap((f, j) => (f.family === id ? [j] : [])), total: fam(i) })),
    { members: familyIds.map((_, i) => fam(i)), total },
    { members: functions.flatMap((f, j) => (f.vulnerable ? [j] : [])), total: vulnerable },
    // Implied by the family lines; it makes any functions together a group whose sum must not be small.
    { members: functions.map((_, j) => j), total },
    { members: bandIndex, total },
    { members: bandIndex.filter((_, i) => bands.froms[i]! >= 60), total: over60 },
    { members: bandIndex.filter((_, i) => bands.froms[i]! < 35), total: under35 },
  ].filter((l) => l.members.length > 0);
  const hidden = suppressLines(values, published, lines, minGroup, initial);
  const count = (i: number): PersonCount => ({ persons: values[i]!, hidden: hidden[i] ?? null });
  return {
    families: { rows: familyIds.map((id, i) => ({ id, persons: count(fam(i)), fte: famFte[i]! })), totalPersons: count(total), totalFte: sum(famFte) },
    ageBands: { bands: bands.froms.map((from, i) => ({ from, persons: count(band(i)) })), total: count(total), over60: count(over60), under35: count(under35) },
    functionHidden: new Map(functions.map((f, j) => [f.id, f.vulnerable ? (hidden[j] ?? null) : (f.suppressed ?? null)])),
    vulnerableTotal: hidden[vulnerable] ?? null,
  };
}

/** Persons per 5-year age band (every band from the youngest to the oldest, empty ones too), and over 60 and under 35. */
function ageBandCounts(cells: readonly Cell[], start: number): { froms: number[]; values: number[]; over60: number; under35: number } {
  const counts = new Map<number, number>();
  let over60 = 0;
  let under35 = 0;
  for (const c of cells) {
    const age = ageOnFirstJanuary(c, start);
    const band = Math.floor(age / 5) * 5;
    counts.set(band, (counts.get(band) ?? 0) + c.persons);
    if (age >= 60) over60 += c.persons;
    if (age < 35) under35 += c.persons;
  }
  const keys = [...counts.keys()];
  if (keys.length === 0) return { froms: [], values: [], over60: 0, under35: 0 };
  const lo = Math.min(...keys);
  const hi = Math.max(...keys);
  const froms: number[] = [];
  for (let b = lo; b <= hi; b += 5) froms.push(b);
  return { froms, values: froms.map((b) => Math.round(counts.get(b) ?? 0)), over60: Math.round(over60), under35: Math.round(under35) };
}

function functionChange(f: FunctionResult, scenario: Scenario): FunctionChange {
  const discontinued = scenario.demand.overrides
    .filter((o) => o.function === f.id && o.discontinue !== undefined)
    .map((o) => o.discontinue!)
    .sort((a, b) => a - b)[0];
  const categories = [...new Set([...Object.keys(f.task_mix.start), ...Object.keys(f.task_mix.end)])].sort(compareText);
  const taskShifts = categories
    .map((category) => ({ category, start: f.task_mix.start[category] ?? 0, end: f.task_mix.end[category] ?? 0 }))
    .filter((t) => Math.abs(t.end - t.start) >= 0.005)
    .sort((a, b) => Math.abs(b.end - b.start) - Math.abs(a.end - a.start) || compareText(a.category, b.category))
    .slice(0, 3);
  return {
    id: f.id,
    name: f.name,
    family: f.family,
    status: f.status,
    flags: f.flags,
    statusYear: f.status_year,
    demandRatio: f.demand_ratio,
    automatedShare: f.automated_share,
    shift: f.shift,
    discontinued: discontinued ?? null,
    demandStart: first(f.years).demand_fte,
    demandEnd: last(f.years).demand_fte,
    taskShifts,
  };
}

/** Task mix of the whole organisation, weighted by each function's demand (FTE) at start and at the end. */
function organisationTaskMix(functions: FunctionResult[]): ReportData['taskMix'] {
  const startMix = new Map<string, number>();
  const endMix = new Map<string, number>();
  let startWeight = 0;
  let endWeight = 0;
  for (const f of functions) {
    const ds = first(f.years).demand_fte;
    const de = last(f.years).demand_fte;
    startWeight += ds;
    endWeight += de;
    for (const [c, s] of Object.entries(f.task_mix.start)) startMix.set(c, (startMix.get(c) ?? 0) + ds * s);
    for (const [c, s] of Object.entries(f.task_mix.end)) endMix.set(c, (endMix.get(c) ?? 0) + de * s);
  }
  const categories = [...new Set([...startMix.keys(), ...endMix.keys()])].sort(compareText);
  return categories
    .map((category) => ({
      category,
      start: startWeight > 0 ? (startMix.get(category) ?? 0) / startWeight : 0,
      end: endWeight > 0 ? (endMix.get(category) ?? 0) / endWeight : 0,
    }))
    .sort((a, b) => b.start - a.start || compareText(a.category, b.category));
}

/**
 * Every setting of the scenario after defaults, one row per value (a list item of objects is one
 * row), with the file that sets it — which, with `extends`, may be a parent file — or null when the
 * spp default applies.
 */
export function listAssumptions(
  scenario: Scenario,
  raw: unknown,
  locate?: (path: readonly (string | number)[]) => { file: string },
  given: DataGiven = {},
): AssumptionRow[] {
  // One row per setting, list items named by what identifies them (as spp compare and spp sensitivity
  // name them); a few maps whose keys are data rather than settings as one row each: a task category's
  // profile, an automation target (target, start, end, curve), a change of demand, a skill shift and a
  // new function's tasks, skills and demand.
  const rows: AssumptionRow[] = [];
  const sourceOf = (at: readonly (string | number)[]) => (hasPath(raw, at) ? (locate ? basename(locate(at).file) : 'scenario') : null);
  for (const leaf of scenarioLeaves(scenario, { empty: true })) {
    const depth = groupedAt(leaf.at);
    const group = depth === null ? undefined : leaf.parents.find((p) => p.at.length === depth);
    if (group === undefined) {
      rows.push({ key: leaf.path, value: yamlFlowValue(leaf.value, leaf.path), setting: leaf.value, source: sourceOf(leaf.at), given: null });
      continue;
    }
    if (rows.at(-1)?.key === group.path) continue;
    const value = valueAt(scenario, group.at);
    rows.push({ key: group.path, value: yamlFlowValue(value, group.path), setting: value, source: sourceOf(group.at), given: null });
  }
  // What a flag gave instead of the scenario's `data:` block is what was read: its row says so (a
  // report run with --headcount on another export named the scenario's file, which was not read).
  for (const key of ['functions', 'headcount', 'columns', 'preset'] as const) {
    const value = given[key];
    if (value === undefined) continue;
    const row: AssumptionRow = { key: `data.${key}`, value, setting: value, source: null, given: `--${key}` };
    const at = rows.findIndex((r) => r.key === row.key);
    if (at >= 0) rows[at] = row;
    else {
      // After the data settings the scenario has, else where the data block stands (after extends, title, …).
      let after = -1;
      rows.forEach((r, i) => {
        if (r.key.startsWith('data.') || ['id', 'title', 'description', 'extends'].includes(r.key)) after = i;
      });
      rows.splice(after + 1, 0, row);
    }
  }
  return rows;
}

/** The rows without spp's default task profiles of categories no function's tasks use (the scenario's own stay). */
function withoutUnusedProfiles(rows: AssumptionRow[], used: ReadonlySet<string>): AssumptionRow[] {
  return rows.filter((r) => {
    const m = /^task_profile\.([^.]+)$/.exec(r.key);
    return m === null || r.source !== null || used.has(m[1]!);
  });
}

/** The depth of the map a setting is listed with (see listAssumptions), or null for a row of its own. */
function groupedAt(at: readonly (string | number)[]): number | null {
  if (at[0] === 'task_profile' && at.length === 3) return 2;
  if (at[0] === 'digitalisation' && at[1] === 'automation' && at.length === 4) return 3;
  if (at[0] === 'demand' && at[1] === 'emerging' && at.length === 5 && (at[3] === 'tasks' || at[3] === 'skills' || at[3] === 'demand')) return 4;
  // A change of demand or a skill shift: its size and its years.
  if (((at[0] === 'demand' && at[1] === 'overrides') || (at[0] === 'digitalisation' && at[1] === 'skill_shift')) && at.length === 4) return 3;
  return null;
}

function hasPath(root: unknown, path: readonly (string | number)[]): boolean {
  let v: unknown = root;
  for (const p of path) {
    if (Array.isArray(v) && typeof p === 'number' && p < v.length) v = v[p];
    else if (isRecord(v) && typeof p === 'string' && Object.prototype.hasOwnProperty.call(v, p)) v = v[p];
    else return false;
  }
  return true;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function first(years: YearRow[]): YearRow {
  return years[0]!;
}

function last(years: YearRow[]): YearRow {
  return years[years.length - 1]!;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** The total bands of a Monte Carlo result, or null without `--runs`. */
function uncertaintyOf(project: ProjectResult): ReportData['uncertainty'] {
  const mc = project.monte_carlo;
  const years = project.totals.years;
  if (mc === undefined || years.some((y) => y.supply_fte_band === undefined)) return null;
  return {
    runs: mc.runs,
    seed: mc.seed,
    supply: years.map((y) => y.supply_fte_band!),
    demand: years.map((y) => y.demand_fte_band!),
    gap: years.map((y) => y.gap_fte_band!),
  };
}

/**
 * The report's reproducibility stamp (SPEC §4: the SHA-256 of each input file): its own scenario's
 * inputs, then what a comparison (`-s A -s B`: the other scenarios and their data) and a backtest
 * (`--actual NEW`, `--previous OLD`) read besides — each file once. It listed the first scenario's
 * files only. The backtest's older snapshot is `headcount_previous` where it is not the report's own
 * headcount (the backtest calls it `headcount`).
 */
function reportStamp(own: Stamp, comparison: Stamp | undefined, backtest: Stamp | undefined): Stamp {
  const inputs = [...own.inputs];
  const seen = new Set(inputs.map((i) => `${i.role}\u0000${i.sha256}\u0000${i.file}`));
  const add = (input: Stamp['inputs'][number]): void => {
    const key = `${input.role}\u0000${input.sha256}\u0000${input.file}`;
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push(input);
  };
  for (const input of comparison?.inputs ?? []) add(input);
  const ownHeadcount = new Set(own.inputs.filter((i) => i.role === 'headcount').map((i) => i.sha256));
  for (const input of backtest?.inputs ?? []) add(input.role === 'headcount' && !ownHeadcount.has(input.sha256) ? { ...input, role: 'headcount_previous' } : input);
  return { ...own, inputs };
}
