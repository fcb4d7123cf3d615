import type { ProjectResult } from '../domain/results.js';
import { loadInputs, type LoadOptions, type LoadedInputs } from './load-inputs.js';
import { makeStamp } from './stamp.js';
import { compileProjection, runProjection, runProjectionDetail, type CompiledProjection, type ProjectionDetail } from '../model/compile-projection.js';
import { simulateRuns } from './monte-carlo-runs.js';
import { parametersOf, type ProjectionParameters } from '../model/parameters.js';
import type { Projection, YearRow } from '../domain/projection.js';
import type { Cell } from '../domain/workforce.js';
import { positionsOf } from '../model/organise.js';
import type { MonteCarloSummary, YearBands } from '../domain/uncertainty.js';
import { roundDeep } from '../domain/round.js';
import { projectionWithGapSources } from '../model/gap-sources.js';
import { UserError } from '../diagnostics/diagnostic.js';
import { PERSONAL_YEAR_KEYS, suppressLines, type Hidden, type Line, type Withheld } from '../domain/suppress.js';
import type { Scenario } from '../domain/scenario-schema.js';
import { isTriple } from '../domain/uncertain.js';
import { assertWithheldHaveFormation } from './formation-privacy.js';

/** `--runs N --seed S` (SPEC §3.4). */
export interface MonteCarloRequest {
  runs: number;
  seed: number;
  /** Default true; false draws only the `[low, likely, high]` values. */
  processNoise?: boolean;
  /** Called after every run (the CLI's progress bar). */
  onProgress?: (done: number, runs: number) => void;
}

/**
 * Assembles the canonical, rounded result from inputs and a projection (and Monte Carlo bands, when
 * run). Refuses data in which a withheld function has no formation (app/formation-privacy.ts) —
 * unless `publishesDemand` is false: only for what a command that shows no demand asks
 * (withheldGroups for `spp backtest`).
 */
export function buildProjectResult(inputs: LoadedInputs, projection: Projection, monteCarlo?: MonteCarloSummary, options: { publishesDemand?: boolean } = {}): ProjectResult {
  const { scenario } = inputs;
  const positions = positionsOf(scenario, projection.functions.map((f) => ({ id: f.id, tasks: f.task_mix.start })), projection.years);
  const sourced = projectionWithGapSources(projection);
  // The position keys (SPEC §3.7) go before the long list of years, so a reader meets them with the status.
  const functions = sourced.functions.map(({ years, ...rest }) => ({ ...rest, ...positions.get(rest.id)!, years }));
  const result: ProjectResult = {
    schema: 'spp.result/1',
    stamp: makeStamp(scenario.id, inputs.files, monteCarlo?.seed ?? null),
    scenario: { id: scenario.id, title: scenario.title ?? null, horizon: { ...scenario.horizon } },
    ...(monteCarlo !== undefined
      ? { monte_carlo: { runs: monteCarlo.runs, seed: monteCarlo.seed, process_noise: monteCarlo.process_noise, drawn: monteCarlo.drawn } }
      : {}),
    privacy: { min_group: scenario.privacy.min_group, suppressed_keys: [...PERSONAL_YEAR_KEYS] },
    years: projection.years,
    functions: monteCarlo === undefined ? functions : withStatusBands(functions, monteCarlo),
    families:
      monteCarlo === undefined
        ? sourced.families
        : sourced.families.map((f, i) => ({ ...f, years: withBands(f.years, monteCarlo.families[i]!.years) })),
    groups: sourced.groups,
    totals: monteCarlo === undefined ? sourced.totals : { years: withBands(sourced.totals.years, monteCarlo.totals.years) },
    vulnerable: projection.vulnerable,
    assumptions: projection.assumptions,
    ...(projection.assumptionFacts !== undefined ? { assumptionFacts: projection.assumptionFacts } : {}),
  };
  const published = withSuppression(roundDeep(result), scenario.workforce.transitions);
  // Every command that publishes projected figures gets here (README, "Privacy in every output").
  if (options.publishesDemand !== false) assertWithheldHaveFormation(published, inputs);
  return published;
}

/**
 * The people's counts of a result as one system for suppressLines: functions, families, the total and
 * the vulnerable total (in that order, `total` and `vulnerable` their indices), and the lines a reader
 * knows between them. Shared by the result's own suppression and by the --by check, which adds its
 * groups after these.
 */
function personSystem(result: Pick<ProjectResult, 'functions' | 'families' | 'totals' | 'vulnerable'>): { values: number[]; lines: Line[]; total: number; vulnerable: number } {
  const { functions, families } = result;
  const total = functions.length + families.length;
  const vulnerable = total + 1;
  const values = [...functions.map((f) => startPersons(f.years)), ...families.map((f) => startPersons(f.years)), startPersons(result.totals.years), result.vulnerable.persons];
  const lines: Line[] = [
    ...families.map((f, i) => ({ members: functions.flatMap((fn, j) => (fn.family === f.id ? [j] : [])), total: functions.length + i })),
    { members: families.map((_, i) => functions.length + i), total },
    { members: functions.flatMap((f, j) => (f.vulnerable ? [j] : [])), total: vulnerable },
    // Implied by the lines above, but it makes any functions together a group whose sum must not be
    // small (F02 + F05 = the total minus the shown functions, even when they are in two families).
    { members: functions.map((_, j) => j), total },
  ].filter((line) => line.members.length > 0);
  return { values, lines, total, vulnerable };
}

/** Persons of a group at the start, as the privacy rule counts them. */
function startPersons(years: readonly YearRow[]): number {
  return Math.round(years[0]?.supply_persons ?? 0);
}

/**
 * Marks the groups whose person-derived figures no output may show (SPEC §4 privacy): functions,
 * families, the total and the vulnerable total with more than 0 but fewer than min_group persons at
 * the start, plus the complements so that none of them follows from the published figures — the
 * family totals, the organisation total and the vulnerable total solved together (a family whose
 * hidden functions are exactly the vulnerable ones has the vulnerable total as its own, so one of
 * the two goes). The start decides for every year: a series shown for some years and hidden for
 * others would give the hidden years away.
 *
 * People a transition of the scenario moves out of a withheld function stay withheld where they go
 * (red-team case 11): the share is in the scenario, so the FTE that arrives gives the withheld
 * function's FTE (0,40 a year into F03 at 0,5 said F05's one person works 0,8 FTE and stays). A
 * function that receives them is withheld too — its moves in, and its supply's change, would show
 * them; an emerging function fed only by them has no other people — and so is a family with a
 * withheld function that moves people or a function that receives them (its moves are the sum of
 * its functions'), each with the complements that follow; repeated until nothing changes. The
 * total's moves in and out are withheld on their own (`withheld_keys`): the functions without a
 * transition add 0 to them, so they are the withheld function's.
 */
function withSuppression(result: ProjectResult, transitions: Scenario['workforce']['transitions']): ProjectResult {
  const { functions, families } = result;
  const { values, lines, total, vulnerable } = personSystem(result);
  const published = values.map(() => true);
  const minGroup = result.privacy.min_group;
  const flows = transitionFlows(functions.map((f) => f.id), transitions);
  const familyOf = functions.map((f) => families.findIndex((fam) => fam.id === f.family));
  const initial: Hidden[] = values.map(() => null);
  let hidden = suppressLines(values, published, lines, minGroup, initial);
  for (let round = 0; round <= values.length; round++) {
    const withheldSource = (i: number): boolean => hidden[i] !== null && flows.from[i]!.length > 0;
    const receives = (j: number): boolean => flows.to[j]!.some((i) => hidden[i] !== null);
    const seeds = [
      ...functions.flatMap((_, j) => (hidden[j] === null && receives(j) ? [j] : [])),
      ...families.flatMap((_, g) => {
        const k = functions.length + g;
        return hidden[k] === null && functions.some((_, j) => familyOf[j] === g && (withheldSource(j) || receives(j))) ? [k] : [];
      }),
    ];
    if (seeds.length === 0) break;
    for (const k of seeds) {
      initial[k] = 'complement';
      // Sensitive in the system although it may have no people at the start (an emerging function).
      values[k] = Math.max(values[k]!, 1);
    }
    hidden = suppressLines(values, published, lines, minGroup, initial);
  }
  const movesWithheld = functions.some((_, i) => hidden[i] !== null && flows.from[i]!.length > 0);
  const mark = (h: Hidden): { suppressed?: Withheld } => (h === null ? {} : { suppressed: h });
  return {
    ...result,
    functions: functions.map(({ years, ...f }, j) => ({ ...f, ...mark(hidden[j]!), years })),
    families: families.map(({ years, ...f }, i) => ({ ...f, ...mark(hidden[functions.length + i]!), years })),
    totals: { ...mark(hidden[total]!), ...(movesWithheld && hidden[total] === null ? { withheld_keys: ['moved_in_fte' as const, 'moved_out_fte' as const] } : {}), years: result.totals.years },
    vulnerable: { ...result.vulnerable, ...mark(hidden[vulnerable]!) },
  };
}

/**
 * The scenario's transitions between the functions (indices): per function the ones it moves people
 * to (`from[i]`) and the ones it receives from (`to[j]`), when the share can be above 0 (a triple
 * counts when any of its values is).
 */
function transitionFlows(ids: readonly string[], transitions: Scenario['workforce']['transitions']): { from: number[][]; to: number[][] } {
  const index = new Map(ids.map((id, j) => [id, j]));
  const from = ids.map(() => [] as number[]);
  const to = ids.map(() => [] as number[]);
  for (const [source, targets] of Object.entries(transitions)) {
    const i = index.get(source);
    if (i === undefined) continue;
    for (const [target, share] of Object.entries(targets)) {
      const j = index.get(target);
      if (j === undefined || j === i || !(isTriple(share) ? share.some((v) => v > 0) : share > 0)) continue;
      from[i]!.push(j);
      to[j]!.push(i);
    }
  }
  return { from, to };
}

/** Function results with the status probabilities (after `status`) and the bands of every year. */
function withStatusBands<F extends { years: R[] }, R extends YearRow>(functions: F[], summary: MonteCarloSummary): F[] {
  return functions.map((f, i) => {
    const mc = summary.functions[i]!;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(f)) {
      out[key] = key === 'years' ? withBands(f.years, mc.years) : value;
      if (key === 'status') out['status_probability'] = mc.status_probability;
    }
    return out as unknown as F;
  });
}

/** Year rows with each band placed right after the expected value it belongs to. */
function withBands<R extends YearRow>(rows: R[], bands: YearBands[]): R[] {
  return rows.map((row, i) => {
    const band = bands[i]!;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row)) {
      out[key] = value;
      if (key === 'supply_fte') out['supply_fte_band'] = band.supply_fte;
      if (key === 'demand_fte') out['demand_fte_band'] = band.demand_fte;
      if (key === 'gap_fte') out['gap_fte_band'] = band.gap_fte;
    }
    return out as unknown as R;
  });
}

/** Projects loaded inputs once (with the scenario's expected values). */
export function projectInputs(inputs: LoadedInputs): { projection: Projection } {
  const compiled = compiledOf(inputs);
  return { projection: runProjection(compiled, parametersOf(inputs.scenario)) };
}

/**
 * Projects loaded inputs, and with `monteCarlo` also runs them `runs` times for the Monte Carlo bands
 * (compiled once; the runs on the cores, app/monte-carlo-runs.ts).
 */
export async function projectInputsWithRuns(inputs: LoadedInputs, monteCarlo?: MonteCarloRequest): Promise<{ projection: Projection; summary?: MonteCarloSummary }> {
  return projectCompiled(inputs, monteCarlo, (compiled, parameters) => ({ projection: runProjection(compiled, parameters) }));
}

/**
 * As projectInputsWithRuns, with the supply and demand breakdowns the plan reads: the report compiles
 * and runs the projection once for its chapters and its plan (#13 item 10) instead of once for each.
 */
export async function projectInputsDetail(inputs: LoadedInputs, monteCarlo?: MonteCarloRequest): Promise<{ detail: ProjectionDetail; summary?: MonteCarloSummary }> {
  return projectCompiled(inputs, monteCarlo, (compiled, parameters) => ({ detail: runProjectionDetail(compiled, parameters) }));
}

function compiledOf(inputs: LoadedInputs): CompiledProjection {
  return compileProjection({ scenario: inputs.scenario, functions: inputs.functions, workforce: inputs.workforce });
}

async function projectCompiled<R extends object>(
  inputs: LoadedInputs,
  monteCarlo: MonteCarloRequest | undefined,
  run: (compiled: CompiledProjection, parameters: ProjectionParameters) => R,
): Promise<R & { summary?: MonteCarloSummary }> {
  const compiled = compiledOf(inputs);
  const projected = run(compiled, parametersOf(inputs.scenario));
  if (monteCarlo === undefined) return projected;
  const summary = await simulateRuns(compiled, {
    runs: monteCarlo.runs,
    seed: monteCarlo.seed,
    ...(monteCarlo.processNoise !== undefined ? { processNoise: monteCarlo.processNoise } : {}),
    ...(monteCarlo.onProgress !== undefined ? { onProgress: monteCarlo.onProgress } : {}),
  });
  return { ...projected, summary };
}

/**
 * `--by COLUMN` shows supply and flows per group; a group of fewer than privacy.min_group people at
 * the start would describe individuals, so such a grouping is refused (SPEC §4 Privacy; #13). Groups
 * are not merged silently: the user picks a coarser column or, deliberately, a lower min_group.
 */
function checkGroupPrivacy(groups: readonly { id: string; years: readonly YearRow[] }[], by: string, minGroup: number): void {
  const small = groups.filter((g) => {
    const persons = g.years[0]?.supply_persons ?? 0;
    return persons > 0 && persons < minGroup;
  });
  if (small.length === 0) return;
  throw new UserError(
    {
      en:
        `--by ${by}: ${small.length} of ${groups.length} groups have fewer than ${minGroup} people (privacy.min_group), ` +
        'so their figures would describe individuals. Group by a coarser column, or set privacy.min_group in the scenario if your privacy officer agrees.',
      nl:
        `--by ${by}: ${small.length} van de ${groups.length} groepen ${small.length === 1 ? 'heeft' : 'hebben'} minder dan ${minGroup} personen (privacy.min_group), ` +
        'dus hun cijfers zouden over individuen gaan. Groepeer op een grovere kolom, of verlaag privacy.min_group in het scenario als uw privacyfunctionaris daarmee instemt.',
    },
    2,
  );
}

/** `spp project`: load, project (and simulate with --runs), assemble. */
export async function runProject(
  options: LoadOptions,
  monteCarlo?: MonteCarloRequest,
): Promise<{ inputs: LoadedInputs; projection: Projection; result: ProjectResult }> {
  const inputs = await loadInputs(options);
  const { projection, summary } = await projectInputsWithRuns(inputs, monteCarlo);
  if (options.groupBy !== undefined) checkGroupPrivacy(projection.groups, options.groupBy, inputs.scenario.privacy.min_group);
  const result = buildProjectResult(inputs, projection, summary);
  if (options.groupBy !== undefined) checkGroupComplements(result, inputs.workforce.cells, options.groupBy);
  return { inputs, projection, result };
}

/**
 * `--by COLUMN` publishes each group's figures beside the functions, families and totals. A group
 * that holds a withheld function and shown ones gives the withheld one back: department X (12
 * people) minus function A (10, shown, all in X) is function B (2 people, `< 5` everywhere else),
 * year by year. The same holds for a group's part of a function that is small (a function of 20
 * with 2 people in department Y, the rest of Y's functions all in Y). So the groups join the lines of
 * withSuppression — each group the sum of its people per function, each function the sum of its
 * parts per group (the parts themselves are not published) — and when the suppression of that whole
 * system hides anything the result does not already hide, the grouping is refused like one with a
 * small group (exit 2): groups are not merged silently.
 */
/** Above this many lines --by is judged without the system solve (checkGroupComplements). */
const MAX_BY_LINES = 200;

function checkGroupComplements(result: ProjectResult, cells: readonly Cell[], by: string): void {
  const minGroup = result.privacy.min_group;
  const { functions, families, groups } = result;
  const fnIndex = new Map(functions.map((f, j) => [f.id, j]));
  const groupIndex = new Map(groups.map((g, k) => [g.id, k]));
  const parts = new Map<string, { group: number; fn: number; persons: number }>();
  for (const c of cells) {
    const fn = fnIndex.get(c.functionId);
    const group = groupIndex.get(c.group);
    if (fn === undefined || group === undefined || c.persons <= 0) continue;
    const key = `${group}\u0000${fn}`;
    const part = parts.get(key);
    if (part === undefined) parts.set(key, { group, fn, persons: c.persons });
    else part.persons += c.persons;
  }
  // A function all of whose people are in one group is its part there: the function's own value
  // stands in the group's line, with no part and no line of its own (most functions, and it keeps
  // the system small). Only functions spread over groups have parts.
  const groupsOf = new Map<number, number[]>();
  for (const p of parts.values()) groupsOf.set(p.fn, [...(groupsOf.get(p.fn) ?? []), p.group]);
  const partList = [...parts.values()].filter((p) => groupsOf.get(p.fn)!.length > 1);
  const whole = [...parts.values()].filter((p) => groupsOf.get(p.fn)!.length === 1);
  const people = personSystem(result);
  const { total } = people;
  const groupAt = people.values.length;
  const partAt = groupAt + groups.length;
  const values = [...people.values, ...groups.map((g) => startPersons(g.years)), ...partList.map((p) => Math.round(p.persons))];
  const initial: Hidden[] = [
    ...functions.map((f) => f.suppressed ?? null),
    ...families.map((f) => f.suppressed ?? null),
    result.totals.suppressed ?? null,
    result.vulnerable.suppressed ?? null,
    ...groups.map(() => null),
    ...partList.map(() => null),
  ];
  const published = values.map((_, i) => i < partAt);
  // Nothing hidden and no small part: nothing a group could give back.
  if (initial.every((h) => h === null) && !partList.some((p) => Math.round(p.persons) > 0 && Math.round(p.persons) < minGroup)) return;
  const lines: Line[] = [
    ...people.lines,
    { members: groups.map((_, k) => groupAt + k), total },
    ...groups.map((_, k) => ({
      members: [...whole.flatMap((p) => (p.group === k ? [p.fn] : [])), ...partList.flatMap((p, i) => (p.group === k ? [partAt + i] : []))],
      total: groupAt + k,
    })),
    ...functions.map((_, j) => ({ members: partList.flatMap((p, i) => (p.fn === j ? [partAt + i] : [])), total: j })),
  ].filter((line) => line.members.length > 0);
  // The system solve grows with the cube of its size: above this many lines (functions spread over
  // several groups), the grouping is judged by a stricter rule that needs no solve — no group may
  // hold a withheld function, or a part of a function with fewer than min_group people.
  const solved = lines.length <= MAX_BY_LINES;
  const judged = solved
    ? suppressLines(values, published, lines, minGroup, initial).some((h, i) => i < partAt && h !== null && initial[i] === null)
    : [...parts.values()].some((p) => functions[p.fn]!.suppressed !== undefined || (Math.round(p.persons) > 0 && Math.round(p.persons) < minGroup));
  if (!judged) return;
  if (!solved) {
    throw new UserError(
      {
        en:
          `--by ${by}: with ${lines.length} lines of figures (functions spread over several groups) spp checks a grouping by a stricter rule, and this one breaks it: ` +
          `a group holds a function withheld for privacy, or a part of a function with fewer than ${minGroup} people (privacy.min_group). ` +
          'Group by a coarser column, or set privacy.min_group in the scenario if your privacy officer agrees.',
        nl:
          `--by ${by}: met ${lines.length} regels cijfers (functies verspreid over groepen) toetst spp een groepering strenger, en deze voldoet daar niet aan: ` +
          `een groep bevat een om privacy afgeschermde functie, of een deel van een functie met minder dan ${minGroup} personen (privacy.min_group). ` +
          'Groepeer op een grovere kolom, of verlaag privacy.min_group in het scenario als uw privacyfunctionaris daarmee instemt.',
      },
      2,
    );
  }
  throw new UserError(
    {
      en:
        `--by ${by}: a group's figures minus the functions shown in it would give back a figure withheld for privacy ` +
        `(a function, or a group's part of one, with fewer than ${minGroup} people: privacy.min_group). ` +
        'Group by a coarser column, or set privacy.min_group in the scenario if your privacy officer agrees.',
      nl:
        `--by ${by}: de cijfers van een groep min de getoonde functies erin zouden een om privacy afgeschermd cijfer teruggeven ` +
        `(een functie, of het deel van een functie in een groep, met minder dan ${minGroup} personen: privacy.min_group). ` +
        'Groepeer op een grovere kolom, of verlaag privacy.min_group in het scenario als uw privacyfunctionaris daarmee instemt.',
    },
    2,
  );
}
