import type { Status } from '../../../domain/workforce.js';
import type { Quadrant } from '../../../domain/organise.js';
import type { PlanCostsByKind } from '../../../domain/plan.js';

/** The report's languages (`--lang`). */
export type ReportLang = 'nl' | 'en';

/** Numbers already formatted for the language, handed to the sentence builders below. */
type N = string;

/**
 * Every text of the report, one object per language (texts/nl.ts, texts/en.ts), each `satisfies
 * Texts` so the languages cannot drift apart. Sentences that carry numbers are functions of
 * already formatted numbers; the report code never glues words together itself.
 */
/** The summary's "; … first … in 2027." after the counts of changing functions, earliest first ('.' when none). */
export function firstParts(
  first: { changed: number | null; emerged: { year: number; name: string } | null },
  changed: (year: number) => string,
  emerged: (e: { year: number; name: string }) => string,
): string {
  const parts: [number, string][] = [];
  if (first.changed !== null) parts.push([first.changed, changed(first.changed)]);
  if (first.emerged !== null) parts.push([first.emerged.year, emerged(first.emerged)]);
  return parts.length === 0 ? '.' : `; ${parts.sort((a, b) => a[0] - b[0]).map((p) => p[1]).join(', ')}.`;
}

export interface Texts {
  lang: ReportLang;
  /** BCP 47 tag for `<html lang>`. */
  htmlLang: string;
  title: string;
  subtitle: (scenario: string, start: number, end: number) => string;
  exampleNotice: string;
  /** The first page: the scenario's story and the assumptions that drive it. */
  story: {
    title: string;
    driversTitle: string;
    driversNote: string;
    /** How a gradual automation proceeds (a step is said by `automation` itself). */
    curve: Record<'linear' | 's-curve', string>;
    /** `pace` null: all at once in `end` (a step, or no span), nothing before. */
    /** `share`: the target the model uses, the mean of `range` ([low, likely, high]) when the scenario gives one. */
    automation: (label: string, share: N, range: [N, N, N] | null, end: number, pace: { start: number; curve: string } | null) => string;
    reinvested: (share: N) => string;
    growth: (scope: string, rate: N, shrinking: boolean) => string;
    /** A growth rule of 0 (one that overrides a parent's growth, as krimp-vacaturestop's Sociaal domein). */
    noGrowth: (scope: string) => string;
    discontinue: (fn: string, year: number) => string;
    /** A demand override reached in `end`: linearly from `start`, or (`start` null) all at once in `end`. */
    change: (fn: string, change: N, end: number, start: number | null) => string;
    emerging: (names: string[], fte: N, end: number) => string;
    /** The plan's hiring rules with a limit: a freeze (0) or at most `fte` per function and year. */
    hiringFreeze: (scopes: string[]) => string;
    hiringLimit: (scope: string, fte: N) => string;
    overstaffingCap: (fte: N) => string;
    allFunctions: string;
  };
  summaryTitle: string;
  /**
   * The English report keeps the five steps' Dutch names as its chapter titles (SPEC: the report is
   * structured by them; a reader may know the framework by them) and explains them once, at the start
   * of chapter 1; null in Dutch.
   */
  stepsNote: string | null;
  contentsTitle: string;
  status: Record<Status, string>;
  vulnerable: string;
  yes: string;
  no: string;
  total: string;
  noFamily: string;
  none: string;
  otherFunctions: (count: N) => string;
  /** A route end standing for the functions withheld for privacy, together (as spp plan shows them). */
  withheldRouteEnd: (count: number) => string;
  suppressedSmall: (minGroup: number) => string;
  suppressedComplement: string;
  suppressionNote: (minGroup: number) => string;
  chartDataTitle: string;
  units: { fte: string; persons: string; euro: string; hours: string; year: string; percent: string };

  summary: {
    workforce: (persons: N, fte: N, functions: N, families: N, meanAge: N) => string;
    /** `sources`: the gapSources clause, appended to the same sentence. */
    /** `isShortage` null: supply and demand meet (the gap rounds to 0,0). */
    gap: (end: number, supply: N, demand: N, gap: N, isShortage: boolean | null, sources: string) => string;
    /**
     * Where the gap comes from (SPEC §3.1), a clause of the gap sentence: FTE who leave since `start`
     * (replacement demand), the change of the work (expansion demand; `grows` null when it stays the
     * same), and which of the two drives a shortage (null: neither, or no shortage).
     */
    /**
     * `years`: the years whose outflow the replacement demand counts (start … end − 1); `atStart`: the
     * gap already open in the start year (null when there is none), named first so that the clause adds
     * up to the gap at the horizon (start gap − leavers ∓ change of the work).
     */
    gapSources: (years: string, leave: N, work: N, grows: boolean | null, cause: 'leavers' | 'work' | null, atStart: { year: number; gap: N; supply: N; demand: N; shortage: boolean } | null) => string;
    /** The gap sentence of a one-year horizon (start = end): nothing is projected, no 'falls to', no sources, no retirement sentence. */
    gapOneYear: (year: number, supply: N, demand: N, gap: N, isShortage: boolean) => string;
    gapBand: (end: number, runs: string, low: N, high: N) => string;
    /** Retirements during `years` (start … end − 1, the years the gap counts), and `inEnd` during `end` (null: none). */
    retirement: (fte: N, share: N, years: string, end: number, inEnd: N | null) => string;
    /**
     * Counts of functions by status at the horizon; the first year any of the first three shows;
     * `discontinued`: how many of the disappearing ones the scenario discontinues (an override).
     * Worded without a cause: a function disappears because the scenario discontinues it or its
     * demand falls, new functions come from the scenario, not all of it is digitalisation.
     */
    /**
     * `first`: the first year an existing function changes or disappears (`changed`), and the first new
     * function with its year (`emerged`) — said apart: a new function appearing is no shift of an existing one.
     */
    metamorphosis: (
      counts: { disappearing: number; changing: number; emerging: number; growing: number; shrinking: number },
      first: { changed: number | null; emerged: { year: number; name: string } | null },
      discontinued: number,
    ) => string;
    vulnerable: (functions: number, persons: N, fte: N) => string;
    /**
     * The action plan (SPEC §3.3) over the decision years `period`: hires, moves over `pathways`
     * (with and without training), placement outside, and unmet demand (null: none).
     */
    plan: (p: { period: string; hired: N; moved: N; pathways: number; reskilled: N | null; redeployed: N | null; /** null: no one is placed outside. */ outside: N | null; shortage: N | null }) => string;
    /** The plan's cost over `period` (the years it is paid) against its two alternatives; `cheaper`: than no plan. */
    /** `noPathways` null: no plan without pathways stays within the scenario's limits. */
    /** `why`: when no plan is cheaper, the plan's own note on why it costs more (app/plan.ts dearerNotes), said in full; null: the general reason. */
    /** `unmet`: the FTE-years of demand a cheaper plan leaves unmet that no plan would meet (null: none). */
    /** `parts`: the plan's costs by kind that are not 0 (or hidden), in the order of the cost table, so that they add up to `total`. */
    businessCase: (p: { period: string; total: N; parts: { kind: keyof PlanCostsByKind; amount: N }[]; noPathways: N | null; noPlan: N; saving: N; cheaper: boolean; why: string | null; unmet: N | null }) => string;
    /** The plan of a one-year horizon: it has no year to act in (instead of plan and businessCase). */
    planNoYears: string;
  };

  chapters: {
    doorlichten: { title: string; lead: string };
    doorbreken: { title: string; lead: string };
    doorselecteren: { title: string; lead: string };
    doorontwikkelen: { title: string; lead: string };
    doorverbinden: { title: string; lead: string };
    comparison: { title: string; lead: string };
    sensitivity: { title: string; lead: string };
    appendix: { title: string; lead: string };
  };

  doorlichten: {
    familiesTitle: string;
    family: string;
    persons: string;
    fte: string;
    partTime: string;
    familiesText: (persons: N, fte: N, partTime: N) => string;
    supplyTitle: string;
    supplyCaption: (start: number, end: number, supplyStart: N, supplyEnd: N, demandEnd: N) => string;
    /** The families withheld for privacy, as one series of the supply chart. */
    withheldFamilies: (count: number) => string;
    withheldFamiliesNote: (minGroup: number) => string;
    demandLabel: string;
    year: string;
    pyramidTitle: string;
    ageBand: string;
    meanAge: string;
    pyramidCaption: (meanAge: N, over60: N, under35: N) => string;
    retirementTitle: string;
    retiringFte: string;
    cumulative: string;
    /** `years`: how many years the wave covers (one: no peak to name). */
    /** `span`: the chart's years; `before`: the FTE retiring in `beforeYears` (all but the last, the summary's figure). */
    /** `before`: the retirements of `beforeYears` (all but the last year), left unsaid when they are the total. */
    retirementCaption: (total: N, peakYear: number, peak: N, years: number, span: string, before: N, beforeYears: string) => string;
  };

  doorbreken: {
    overviewTitle: string;
    count: string;
    statusCol: string;
    functionCol: string;
    yearCol: string;
    whyCol: string;
    taskShiftCol: string;
    disappearingTitle: string;
    changingTitle: string;
    emergingTitle: string;
    otherTitle: string;
    noneOfKind: string;
    /** Under a list of changing (…) functions that shows only those with the most work. */
    changesTop: (listed: number, all: number) => string;
    /** Under the replacement list when it shows only the most urgent functions. */
    replacementTop: (listed: number, all: number) => string;
    replacementTitle: string;
    /**
     * The functions whose work does not shrink by `volume` or more while at most half their people are
     * left; `statuses`: the statuses of the work they carry (stabiel, groeiend, …), in the table's words.
     */
    replacementText: (functions: number, end: number, volume: N, statuses: string[]) => string;
    /** Under the replacement table when functions are left out for privacy. */
    replacementPrivacy: (minGroup: number) => string;
    /** Under the status overview when functions are withheld: the replacement column does not count them. */
    overviewPrivacy: (withheld: number, minGroup: number) => string;
    replacementCol: string;
    supplyStart: (start: number) => string;
    supplyEnd: (end: number) => string;
    demandEnd: (end: number) => string;
    remaining: string;
    discontinued: (year: N) => string;
    demandRatio: (ratio: N, start: number, end: number) => string;
    automated: (share: N) => string;
    taskShift: (shift: N) => string;
    emergingDemand: (fte: N, end: number) => string;
    volume: (change: N) => string;
    taskMixTitle: string;
    taskMixText: string;
    /** A one-year horizon: the mix of that year, nothing shifts. */
    taskMixOneYear: (year: number) => string;
    category: string;
    shareStart: (start: number) => string;
    shareEnd: (end: number) => string;
    change: string;
    /** Standard and custom work (SPEC §3.7): the 2×2 of predictability × complexity. */
    organiseTitle: string;
    organiseText: string;
    quadrant: Record<Quadrant, string>;
    quadrantChartTitle: (start: number, end: number) => string;
    axisPredictability: string;
    axisComplexity: string;
    /** `labelled`: how many of the `moved` functions the chart names (the largest; it has room for so many). */
    quadrantCaption: (start: number, end: number, moved: number, labelled: number) => string;
    quadrantCol: string;
    functionsIn: (year: number) => string;
    fteIn: (year: number) => string;
    intoCustom: (names: string) => string;
    since: (name: string, year: number) => string;
    noneIntoCustom: (end: number) => string;
    /**
     * When most of the work has no position (its task categories have no profile): how much has one,
     * which categories lack a profile (`categories`: their ids, as typed under task_profile) and how to
     * add one; the section then draws no conclusions.
     */
    organiseUncovered: (p: { placed: number; functions: number; share: string; categories: string[] }) => string;
    /** Functions without a position (none of their task categories has a profile), in one line. */
    noPositions: (ids: string) => string;
    /** New (emerging) functions whose work starts, after the start, as custom work: `names` with their years. */
    newInCustom: (names: string, count: number, noneMoves: boolean, end: number) => string;
    poolText: (functions: N, fte: N, end: number, roles: string) => string;
    noPool: (end: number) => string;
    moversTitle: string;
    fromCol: (start: number) => string;
    toCol: (end: number) => string;
    sinceCol: string;
    poolTitle: (end: number) => string;
    /** Under the pool's table when it lists only the largest functions. */
    poolTop: (listed: number, all: number) => string;
    /** Under the pool table when some candidates became custom work after the start: their work at the start counts in its column, though it was not custom work then. */
    poolLater: (start: number, n: number, laterFte: string, customFte: string) => string;
    rolesCol: string;
    poolYearsTitle: string;
    poolFunctionsCol: string;
    poolFteCol: string;
  };

  doorselecteren: {
    text: (functions: number, persons: N, fte: N) => string;
    noneText: string;
    tableTitle: string;
    /** Under a vulnerable functions table that lists `listed` of `all` and sums the other `rest` in one row, `withheld` of them for privacy. */
    vulnerableTop: (listed: N, all: N, rest: N, withheld: number) => string;
    /** Vulnerable functions that still need hiring: why both hold. */
    /** `disappearing`: how many of them lose their work within the horizon (for those the hires only bridge). */
    vulnerableHiring: (functions: number, disappearing: number) => string;
    personsStart: (start: number) => string;
    fteStart: (start: number) => string;
    demandEnd: (end: number) => string;
    automatedCol: string;
    definition: (volume: N, change: N) => string;
  };

  doorontwikkelen: {
    /** The plan's pathways: FTE moved from `first` to `last`, with training (hours, cost) and without (redeployment). */
    /** `given`: the reskilling cost of the routes the scenario gives (`plan.pathways`), part of `cost`; null: none. */
    text: (p: { moved: N; pathways: number; first: number; last: number; reskilled: N | null; hours: N; cost: N; redeployed: N | null; given: N | null }) => string;
    /** After a route's destination in the table: the scenario gives it. */
    given: string;
    /** The routes the scenario gives (`SD07 → SD01 (€ 9.000 per fte)`): the rules above do not apply, and their price. */
    givenNote: (routes: string, count: number, costPerHour: N, allPriced: boolean) => string;
    noneText: string;
    flowTitle: string;
    flowCaption: (fte: N, pathways: number) => string;
    /** `listed`: the number of routes the table lists when it does not list them all (null: it does). */
    flowTop: (shown: N, listed: N | null) => string;
    /** The row summing the routes not listed one by one. */
    otherRoutes: (count: N) => string;
    /** Under the route table when it lists only the largest routes. */
    routesTop: (listed: N, rest: N) => string;
    /** Pathways out of a function under privacy.min_group people are left out of the chart. */
    flowHidden: (pathways: number, minGroup: number) => string;
    pathwaysTitle: string;
    pathwaysNote: string;
    /** When rows of the withheld functions together hold more routes than rows: how many in how many. */
    routesInRows: (routes: string, rows: string) => string;
    from: string;
    to: string;
    fte: string;
    hoursPerPerson: string;
    /** The scale step of a route (−1: the new function is one scale lower). */
    levelStep: string;
    /** Routes into a lower scale: what that means for the people, and what the plan's costs leave out. */
    stepDown: (fte: N, routes: string) => string;
    cost: string;
    years: string;
    movesTitle: (first: number, last: number) => string;
    pathwayCol: string;
    rules: (minSimilarity: N, maxStep: N, minPay: N, hoursPerLevel: N, costPerHour: N) => string;
    notesTitle: string;
  };

  doorverbinden: {
    gapTitle: string;
    gapCaption: (end: number, gap: N, isShortage: boolean) => string;
    /** With --runs: what the grey ribbons in the gap chart are. */
    bandCaption: (runs: string, seed: number) => string;
    bandCol: string;
    /** Columns of the year table: replacement and expansion demand since the start (SPEC §3.1), as in the summary. */
    replacementCol: (start: number) => string;
    expansionCol: (start: number) => string;
    supplyLabel: string;
    demandLabel: string;
    supplyCol: string;
    demandCol: string;
    gapLabel: string;
    planTitle: (first: number, last: number) => string;
    /** How to read the plan; `objective`: least cost, or fewest placed outside first. */
    /** `unmet`: the plan leaves demand unmet (it meets as much as the limits allow, then saves). */
    /**
     * `unmet`: the plan leaves demand unmet (it meets as much as the limits allow, then saves);
     * `dearer`: no plan (which ignores the limits) costs less. The plan is the cheapest within the
     * scenario's limits and the plan's fixed rules (named in the text), not the cheapest there is.
     */
    /** `reducedHours`: the plan uses them; `reducedHoursAllowed`: the scenario has a plan.reduced_hours rule (else the lever is not named). */
    planText: (objective: 'cost' | 'redundancy', unmet: boolean, dearer: boolean, reducedHours: boolean, reducedHoursAllowed: boolean) => string;
    planChartTitle: string;
    planCaption: (p: { period: string; hired: N; /** null: no one moves. */ moved: N | null; /** null: no one is placed outside. */ outside: N | null; overstaffing: N }) => string;
    action: { hired: string; reskilled: string; redeployed: string; outside: string; reducedHours: string; overstaffing: string; shortage: string };
    actionCol: string;
    /** Under the plan's table per year: what its Total column adds up, for decisions and for positions. */
    /** `reducedPersons`: the persons on reduced hours in words (report/reduced-hours-words.ts), null when none. */
    /** `reducedHours`: the table has the reduced-hours row. */
    totalsNote: (withShortage: boolean, reducedPersons: string | null, reducedHours: boolean) => string;
    hiringTitle: (period: string) => string;
    hiringText: (fte: N, functions: number, period: string) => string;
    /**
     * Under the hiring text: how hiring, leavers and the plan's other outflows take the FTE from the
     * start to the horizon. `replacement`: the departures without hiring (the projection's replacement
     * demand) when fewer than leave in the plan; `off`: set when the rounded parts do not add up.
     */
    hiringBalance: (b: { start: N; startYear: number; hired: N; outflow: N; leavePeriod: string; /** Null when under 0,05 fte ("min 0,0 fte" says nothing). */ loss: N | null; movers: boolean; outside: N | null; end: N; endYear: number; replacement: N | null; off: N | null }) => string;
    vulnerableCol: string;
    vulnerableHiringNote: string;
    hiringFte: string;
    outsideTitle: (period: string) => string;
    outsideText: (fte: N, functions: number, objective: 'cost' | 'redundancy') => string;
    outsideFte: string;
    noHiring: string;
    noOutside: string;
    shortfallTitle: string;
    /** `functions`: the rows with their figures; `withheld`: the rows whose figures privacy withholds (listed with a mark). */
    shortfallText: (fteYears: N, functions: number, withheld: number) => string;
    /** Under the unmet-demand table when it lists `listed` functions and sums the other `rest` in one row, `withheld` of them for privacy. */
    shortfallTop: (listed: N, rest: N, withheld: number) => string;
    shortfallCol: string;
    yearsCol: string;
    /** In the years column of a function whose figures privacy withholds: a word, not the figure's mark ("< 5" there read as fewer than five years). */
    yearsWithheld: string;
    businessTitle: (period: string) => string;
    /** Under the cost comparison when a column leaves demand unmet: its costs buy less work. */
    unmetNote: (plan: string, noPathways: string | null, noPlan: string) => string;
    kindCol: string;
    planCol: string;
    noPathwaysCol: string;
    noPlanCol: string;
    kind: { hiring: string; reskilling: string; redundancy: string; overstaffing: string; reduced_hours: string; shortage: string };
    savingRow: string;
    /** The plan against an alternative, in the row savingRow heads. */
    cheaperBy: (euros: string) => string;
    dearerBy: (euros: string) => string;
    /** After savingRow when the plan and the alternative cost the same to the euro. */
    sameCost: string;
    /** `noPathways` null: no plan without pathways stays within the scenario's limits. */
    /** `why`: as in the summary's businessCase. */
    /** `unmet`: the FTE-years of demand the plan leaves unmet that no plan meets (null: none, or withheld): said first, the columns are not like for like. */
    businessText: (p: { period: string; total: N; noPathways: N | null; noPlan: N; cheaper: boolean; why: string | null; discounted: boolean; unmet: N | null }) => string;
    /** In the business table's column without pathways, when no such plan stays within the limits. */
    impossible: string;
  };

  /** `spp report` with several --scenario: the scenarios side by side (spp compare). */
  comparison: {
    intro: (count: number, reference: string, year: number) => string;
    scenarioCol: string;
    titleCol: string;
    gapTitle: string;
    /**
     * The scenario with the highest gap (supply − demand) and the one with the lowest; `kind`: both a
     * shortage, both a surplus, or one of each. It ranks the gap only, not the plan's cost or the
     * vulnerable functions, and says so.
     */
    gapCaption: (end: number, smallest: string, smallestGap: N, largest: string, largestGap: N, kind: 'shortage' | 'surplus' | 'mixed') => string;
    /** With --runs: what the grey ribbons and the ranges in the table are. */
    gapBand: (runs: N, seed: number) => string;
    totalsTitle: (year: number) => string;
    /** The row of each scenario's plan cost over its horizon, and the note when a scenario's plan has the defaults. */
    planCost: string;
    planUnmet: string;
    planNote: string;
    planDefaults: string;
    supply: string;
    demand: string;
    gap: string;
    replacement: string;
    expansion: string;
    shortage: string;
    vulnerable: string;
    differsTitle: string;
    differsNone: string;
    differsNoneOtherData: string;
    assumptionCol: string;
    notSet: string;
    statusTitle: (year: number) => string;
    statusNone: string;
  };

  /** `spp report --sensitivity`: the tornado (spp sensitivity). */
  sensitivity: {
    /** `scenario`: the scenario's name when the report compares several (the tornado is the first one's), else null. */
    intro: (delta: N, end: number, gap: N, shortage: N, scenario: string | null) => string;
    tornadoTitle: string;
    tornadoCaption: (end: number, top: string[]) => string;
    low: (delta: N) => string;
    high: (delta: N) => string;
    assumptionCol: string;
    gapLow: (delta: N) => string;
    gapHigh: (delta: N) => string;
    shortageLow: (delta: N) => string;
    shortageHigh: (delta: N) => string;
    valuesLow: (delta: N) => string;
    valuesHigh: (delta: N) => string;
    note: string;
    notRun: string;
    /** With a plan: the plan cost and its own tornado. */
    planIntro: (cost: N) => string;
    planTornadoTitle: string;
    planTornadoCaption: (top: string[]) => string;
    planLow: (delta: N) => string;
    planHigh: (delta: N) => string;
  };

  appendix: {
    assumptionsTitle: string;
    key: string;
    value: string;
    source: string;
    defaultSource: string;
    /** The source of a setting a flag gave instead of the scenario: `opdrachtregel (--headcount)`. */
    commandLine: (flag: string) => string;
    inheritedNote: string;
    /** After inheritedNote when a flag replaced a data setting of the scenario. */
    givenNote: string;
    modelNotesTitle: string;
    modelNotesNote: string;
    stampTitle: string;
    version: string;
    scenarioId: string;
    inputRole: string;
    inputFile: string;
    sha256: string;
    seed: string;
    privacyTitle: string;
    privacyText: (minGroup: number) => string;
    roles: Record<string, string>;
    /** With --actual: how well the model projected a later snapshot (spp backtest). */
    backtestTitle: string;
    backtestTable: { item: string; /** The snapshot's date, "1 January 2026". */ onDate: (year: number) => string; projected: string; actual: string; error: string; fte: string; persons: string; wape: string };
  };

  charts: {
    supplyByFamily: (start: number, end: number) => string;
    agePyramid: string;
    retirementWave: string;
    gap: string;
    flow: string;
    plan: string;
    compareGap: string;
    tornado: (end: number) => string;
    /** The tornado's x-axis: what a bar measures, with its unit. */
    tornadoAxis: (end: number) => string;
    planTornado: string;
    planTornadoAxis: string;
    hidden: (minGroup: number) => string;
  };
}
