import { causeText, fteMean, routeKey, WITHHELD_CAUSE, WITHHELD_GROUP_ID, type PlanLimitOf, type PlanPathwayFlow, type PlanResult, type PlanYear } from '../domain/plan.js';
import { compareText } from '../domain/compare-text.js';
import type { Projection } from '../domain/projection.js';
import type { ProjectResult } from '../domain/results.js';
import { assertWithheldHaveFormation } from './formation-privacy.js';
import type { LoadedInputs } from './load-inputs.js';
import { buildProjectResult } from './project.js';
import { roundDeep } from '../domain/round.js';
import { UserError } from '../diagnostics/diagnostic.js';
import { displayPath } from '../diagnostics/format-diagnostics.js';
import { numericAssumptions } from '../model/sensitivity.js';

/**
 * Privacy (SPEC §4) in the outputs that decide per function — `spp plan` and `spp reskill`: the
 * functions `spp project` suppresses (fewer than privacy.min_group persons at the start, and their
 * complements) are shown together as one row, id `other`, as `spp backtest` does. A plan's hire,
 * move or natural outflow in a one-person function says when that person leaves; the complement
 * rule guarantees that the suppressed functions together count at least min_group persons, so the
 * merged row describes no one. Totals are unchanged.
 */
const OTHER_ID = WITHHELD_GROUP_ID;

/**
 * Refuses a command whose output holds organisation-wide figures about people (the total supply and
 * gap, the plan's hiring per year, a sensitivity's Δ gap, the report's average age) when the whole
 * headcount has more than 0 but fewer than privacy.min_group persons: every such total is then about
 * individuals, and the complement rule has nothing to hide it behind (`spp project` withholds its
 * totals, but `compare` showed a one-person organisation's supply, `sensitivity` when that person
 * retires). Refused like a `--by` grouping (exit 2), not suppressed into an empty output.
 */
export function assertOrganisationShowable(inputs: LoadedInputs, command: string): void {
  const persons = Math.round(inputs.workforce.persons);
  const minGroup = inputs.scenario.privacy.min_group;
  if (persons === 0 || persons >= minGroup) return;
  const file = displayPath(inputs.files.find((f) => f.role === 'headcount')?.path ?? 'headcount');
  throw new UserError(
    {
      en: `${file}: the headcount holds ${persons} ${persons === 1 ? 'person' : 'persons'}, fewer than privacy.min_group ${minGroup}: every total of spp ${command} would be about individuals, so it is not shown. spp project shows the work with the people's figures withheld; lower privacy.min_group in the scenario only when your privacy officer agrees.`,
      nl: `${file}: het personeelsbestand telt ${persons} ${persons === 1 ? 'persoon' : 'personen'}, minder dan privacy.min_group ${minGroup}: elk totaal van spp ${command} zou over individuen gaan, dus spp toont het niet. spp project toont het werk zonder de cijfers van de mensen; verlaag privacy.min_group in het scenario alleen als uw privacyfunctionaris daarmee instemt.`,
    },
    2,
  );
}

/**
 * withheldGroups' answer per projection: `spp plan` asks twice, and each time built the whole
 * published result. What is withheld follows from the projection and its scenario (privacy.min_group,
 * the transitions: withSuppression in app/project.ts), so the scenario is the key beside the
 * projection; the headcount's rows are not kept, so `spp reskill` can still release them before the solve.
 */
const withheldCache = new WeakMap<Projection, { scenario: LoadedInputs['scenario']; groups: WithheldGroups; published: Pick<ProjectResult, 'functions' | 'privacy'> }>();

/** What `spp project` withholds: the functions and families. */
export interface WithheldGroups {
  functions: ReadonlySet<string>;
  families: ReadonlySet<string>;
}

/**
 * The ids of the functions and families `spp project` suppresses for this scenario. Refuses, as
 * `spp project` does, data in which one of them has no formation (app/formation-privacy.ts): every
 * command that publishes projected figures asks this or builds the result itself. `spp backtest`,
 * which shows supply and no demand, passes `publishesDemand: false`.
 */
export function withheldGroups(inputs: LoadedInputs, projection: Projection, options: { publishesDemand?: boolean } = {}): WithheldGroups {
  let cached = withheldCache.get(projection);
  if (cached === undefined || cached.scenario !== inputs.scenario) {
    const published = buildProjectResult(inputs, atStart(projection), undefined, { publishesDemand: false });
    const ids = (rows: readonly { id: string; suppressed?: unknown }[]) => new Set(rows.flatMap((r) => (r.suppressed === undefined ? [] : [r.id])));
    cached = { scenario: inputs.scenario, groups: { functions: ids(published.functions), families: ids(published.families) }, published };
    withheldCache.set(projection, cached);
  }
  if (options.publishesDemand !== false) assertWithheldHaveFormation(cached.published, inputs);
  return cached.groups;
}

/**
 * The projection with its first year only. What `spp project` withholds is decided by the start
 * (app/project.ts withSuppression: the persons at the start, the families, the vulnerable functions,
 * the transitions and the formations), so the result published from the first year marks the same
 * groups; publishing all years of a sector's 400 functions only to read the marks cost ~0.1 s.
 */
function atStart(projection: Projection): Projection {
  const first = <T>(years: readonly T[]): T[] => years.slice(0, 1);
  return {
    ...projection,
    years: first(projection.years),
    functions: projection.functions.map((f) => ({ ...f, years: first(f.years) })),
    families: projection.families.map((f) => ({ ...f, years: first(f.years) })),
    groups: projection.groups.map((g) => ({ ...g, years: first(g.years) })),
    totals: { years: first(projection.totals.years) },
  };
}

/**
 * The supply rules of a scenario about withheld groups, by path with their value: an attrition rule
 * of a withheld function or family, a transition from or to a withheld function. What such a rule
 * does is what those few people do (a one-person function's attrition rule, moved or changed, gave
 * that person's FTE), so `spp sensitivity` does not move them and `spp compare` refuses scenarios
 * that differ in one. Rules of demand are about the work and are not among them.
 */
export function withheldSupplyRules(scenario: LoadedInputs['scenario'], groups: WithheldGroups): Map<string, unknown> {
  const { functions, families } = groups;
  const out = new Map<string, unknown>();
  if (functions.size === 0 && families.size === 0) return out;
  const { attrition } = scenario.workforce;
  const scoped = (rule: { function?: string | undefined; family?: string | undefined } | undefined): boolean =>
    (rule?.function !== undefined && functions.has(rule.function)) || (rule?.family !== undefined && families.has(rule.family));
  for (const a of numericAssumptions(scenario)) {
    const [section, group, key, to] = a.at;
    if (section === 'workforce' && group === 'attrition' && typeof key === 'number') {
      if (scoped(attrition[key])) out.set(a.path, a.value);
    } else if (section === 'workforce' && group === 'transitions' && (functions.has(String(key)) || functions.has(String(to)))) out.set(a.path, a.value);
  }
  return out;
}

/** The ids of the functions `spp project` suppresses for this scenario. */
export function suppressedFunctionIds(inputs: LoadedInputs, projection: Projection): ReadonlySet<string> {
  return withheldGroups(inputs, projection).functions;
}

/** The merged row's name: the functions under min_group and those withheld with them so a small one cannot be recovered from a total (not all are small). */
function otherName(count: number): string {
  return `${count} functions withheld together (privacy)`;
}

/** `spp plan` with the suppressed functions merged into one row (and in the pathways, shortfalls and limits). */
export function mergePlanPrivacy(result: PlanResult, ids: ReadonlySet<string>): PlanResult {
  if (ids.size === 0) return result;
  const map = (id: string): string => (ids.has(id) ? OTHER_ID : id);
  const hidden = result.functions.filter((f) => ids.has(f.id));
  const years = result.years.map((_, i) => sumYears(hidden.map((f) => f.years[i]!)));
  // A training and a redeployment into the same function stay two flows (spp reskill counts them
  // apart: a route of 0 hours is a redeployment); merged flows carry the hours and retention of
  // their FTE on average, not the first one's (a route of 0 hours counted as training, or 240 as none).
  const flows = new Map<string, PlanPathwayFlow>();
  for (const p of result.pathways) {
    const flow = { ...p, from: map(p.from), to: map(p.to) };
    const key = `${routeKey(flow)}\u0000${flow.year}`;
    const seen = flows.get(key);
    flows.set(key, seen === undefined ? flow : mergeFlows(seen, flow));
  }
  const shortfalls = new Map<string, PlanResult['shortfalls'][number]>();
  for (const s of result.shortfalls) {
    const merged = ids.has(s.function);
    const key = `${map(s.function)}\u0000${s.year}`;
    const seen = shortfalls.get(key);
    // A shown function's shortfall caused by a limit of a withheld function (its hiring, a route from or
    // into it) names the merged row instead: the limit binding says what the small function did then.
    const reason = !merged && s.reason.kind === 'limit' && limitNames(s.reason.limit).some((id) => ids.has(id)) ? { ...s.reason, limit: mapLimit(s.reason.limit, map) } : s.reason;
    const said = merged ? { cause: WITHHELD_CAUSE, reason: { kind: 'withheld' as const } } : reason === s.reason ? { cause: s.cause, reason } : { cause: causeText(s.function, reason), reason };
    shortfalls.set(key, { function: map(s.function), year: s.year, shortage_fte: (seen?.shortage_fte ?? 0) + s.shortage_fte, ...said });
  }
  return roundDeep({
    ...result,
    functions: [...result.functions.filter((f) => !ids.has(f.id)), { id: OTHER_ID, name: otherName(hidden.length), family: '', years }],
    // Sorted by the ids published: left where its first function stood, the merged row said which
    // withheld ids it could hold (a big city's routes from "15 functions" between F001 and F011).
    pathways: [...flows.values()].sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to) || a.year - b.year || b.hours_per_person - a.hours_per_person),
    shortfalls: [...shortfalls.values()].sort((a, b) => compareText(a.function, b.function) || a.year - b.year),
    // A limit of one small function that binds in a year says what that function needed then.
    // A route's limit names both ends: neither may be a withheld function.
    binding: result.binding.filter((b) => (b.function === null || !ids.has(b.function)) && !limitNames(b.limit).some((id) => ids.has(id))),
  });
}

/** The functions a limit holds: its own function, or a route's two ends. */
function limitNames(limit: PlanLimitOf): string[] {
  return 'function' in limit ? [limit.function] : 'from' in limit ? [limit.from, limit.to] : [];
}

/** The limit with its functions as published (a withheld one as the merged row). */
function mapLimit(limit: PlanLimitOf, map: (id: string) => string): PlanLimitOf {
  if ('function' in limit) return { ...limit, function: map(limit.function) };
  if ('from' in limit) return { ...limit, from: map(limit.from), to: map(limit.to) };
  return limit;
}

/** Two flows as one: FTE and cost summed, hours per person and retention averaged over their FTE. */
function mergeFlows(a: PlanPathwayFlow, b: PlanPathwayFlow): PlanPathwayFlow {
  return {
    ...a,
    fte: a.fte + b.fte,
    cost: a.cost + b.cost,
    hours_per_person: fteMean(a.hours_per_person, a.fte, b.hours_per_person, b.fte),
    retention: fteMean(a.retention, a.fte, b.retention, b.fte),
    explicit: a.explicit || b.explicit,
  };
}

function sumYears(rows: readonly PlanYear[]): PlanYear {
  const out: Record<string, number> = {};
  for (const row of rows) for (const [k, v] of Object.entries(row)) out[k] = k === 'year' ? v : (out[k] ?? 0) + v;
  return out as unknown as PlanYear;
}
