import { renamedFunctionNote, type AttritionEstimate, type CalibrationResult, type RenewalEstimate, type TransitionEstimate } from '../domain/calibration.js';
import type { PersonTable } from '../domain/snapshot.js';
import type { AgeBand } from '../domain/age-band.js';
import { parseAgeBand } from '../domain/age-band.js';
import { annualRate, wilsonInterval } from './calibrate-interval.js';
import type { Linkage } from './calibrate-link.js';
import { renamedFunctions } from './renamed-functions.js';
import { retirementAgeAt, retiresIn } from './retirement.js';
import { compareText } from '../domain/compare-text.js';

/**
 * Estimates attrition, transition and renewal rates from two linked snapshots (SPEC §3.6).
 *
 * Every person of the old snapshot is, over the years from … to−1, exactly one of:
 * - *retired*: reached the AOW age of one of those years (birth date + AOW age ≤ 31 December) and
 *   is gone; one who reached it and is still there *worked past AOW*. Neither is at risk below.
 * - *contract ended*: a temporary contract ending in one of those years (no end date: in
 *   from + default_years − 1); *renewed* when still employed later, else *contract ended*.
 * - otherwise *at risk*: *left* (gone: attrition), *moved* (another function: a transition), or *stayed*.
 * Attrition per group = left ÷ at risk, transitions f→g = moved f→g ÷ at risk in f, both annualised
 * over k = to − from years as 1 − (1 − share)^(1/k), with a 90 % Wilson interval. Joiners (in the
 * new snapshot only) are counted apart: they were not at risk.
 */

/** An age band with its label in the scenario's syntax. */
interface LabelledBand extends AgeBand {
  label: string;
}

export interface CalibrationInput {
  old: PersonTable;
  next: PersonTable;
  linkage: Linkage | null;
  from: number;
  to: number;
  /** Function id → family ('' when unknown). */
  families: ReadonlyMap<string, string>;
  /** A partition of ages into bands, youngest first. */
  bands: readonly LabelledBand[];
  retirementAge: number | Record<string, number> | undefined;
  /** workforce.temporary.default_years. */
  defaultYears: number;
  minGroup: number;
  /** A family or function needs this many at risk for a rule of its own; default 30. */
  minAtRisk?: number;
  /** Aggregate method: joiners between the snapshots when known (e.g. from the recruitment records). */
  joiners?: number;
}

type CalibrationEstimate = Omit<CalibrationResult, 'schema' | 'stamp' | 'function_names'>;

/** The estimates: linked when `linkage` is given, else the aggregate fallback. */
export function calibrateRates(input: CalibrationInput): CalibrationEstimate {
  return input.linkage === null ? aggregateRates(input) : linkedRates(input, input.linkage);
}

/** Ten-year bands as the default: <25, 25-34, …, 55-64, >=65. */
export function defaultBands(): LabelledBand[] {
  return bandsFromEdges([25, 35, 45, 55, 65]);
}

/** The bands a scenario's attrition rules use, made into a partition of all ages by their edges; the default bands when it has none. */
export function bandsFromRules(ages: readonly string[]): LabelledBand[] {
  const edges = new Set<number>();
  for (const text of ages) {
    const band = parseAgeBand(text);
    if (band === undefined) continue;
    if (band.min > 0) edges.add(band.min);
    if (Number.isFinite(band.max)) edges.add(band.max + 1);
  }
  return edges.size === 0 ? defaultBands() : bandsFromEdges([...edges].sort((a, b) => a - b));
}

function bandsFromEdges(edges: readonly number[]): LabelledBand[] {
  const bands: LabelledBand[] = [];
  let min = 0;
  for (const edge of [...edges, Infinity]) {
    bands.push(labelBand(min, edge - 1));
    min = edge;
  }
  return bands;
}

/** "<25", "25-34", ">=65"; ">=0" for all ages. */
function labelBand(min: number, max: number): LabelledBand {
  const label = min <= 0 && !Number.isFinite(max) ? '>=0' : min <= 0 ? `<${max + 1}` : !Number.isFinite(max) ? `>=${min}` : `${min}-${max}`;
  return { min, max, label };
}

const STAYED = 0;
const MOVED = 1;
const LEFT = 2;

function linkedRates(input: CalibrationInput, linkage: Linkage): CalibrationEstimate {
  const { old, next, from, to, minGroup } = input;
  const years = to - from;
  const notes: string[] = [];
  const family = (fn: string): string => input.families.get(fn) ?? '';

  let retired = 0;
  let pastAow = 0;
  let ending = 0;
  let renewed = 0;
  let stayed = 0;
  let moved = 0;
  let left = 0;
  let oldPersons = 0;
  // Persons at risk, counted per age band × old function (never kept one by one), and moves per old function.
  const cells = new Map<number, Count>();
  const movesByFn = new Map<number, Map<string, number>>();
  const aow = yearsOfAow(input.retirementAge, from, to);
  // A function code the HR system renamed between the snapshots: its people stayed, they did not move.
  const renamed = renamedFunctions(old, next, linkage);

  for (let i = 0; i < old.size; i++) {
    if (old.hasId[i] !== 1) continue;
    oldPersons++;
    const birth = old.birth[i]!;
    const birthYear = birth >> 4;
    const birthMonth = birth & 15;
    const j = linkage.newOf[i]!;
    if (aow.some(([year, age]) => retiresIn(birthYear, birthMonth, age, year))) {
      if (j < 0) retired++;
      else pastAow++;
      continue;
    }
    if (old.temporary[i] === 1) {
      const end = old.endYear[i]! >= 0 ? old.endYear[i]! : from + input.defaultYears - 1;
      if (end < to) {
        ending++;
        if (j >= 0) renewed++;
        continue;
      }
    }
    const age = from - birthYear;
    const band = input.bands.findIndex((b) => age >= b.min && age <= b.max);
    let outcome = STAYED;
    let target = '';
    if (j < 0) {
      outcome = LEFT;
      left++;
    } else {
      target = next.functionIds[next.fn[j]!]!;
      const was = old.functionIds[old.fn[i]!]!;
      if (target !== was && renamed.get(was) !== target) {
        outcome = MOVED;
        moved++;
      } else stayed++;
    }
    const fn = old.fn[i]!;
    const key = band * CELL_KEY + fn;
    const cell = cells.get(key) ?? { n: 0, left: 0 };
    cell.n++;
    if (outcome === LEFT) cell.left++;
    cells.set(key, cell);
    if (outcome === MOVED) {
      const m = movesByFn.get(fn) ?? new Map<string, number>();
      m.set(target, (m.get(target) ?? 0) + 1);
      movesByFn.set(fn, m);
    }
  }
  const fnIds = old.functionIds;
  let newPersons = 0;
  let joiners = 0;
  for (let j = 0; j < next.size; j++) {
    if (next.hasId[j] !== 1) continue;
    newPersons++;
    if (linkage.oldOf[j] === -1) joiners++;
  }

  // Attrition: age bands for everyone (merged until each has min_group at risk), then family and
  // function rules (all ages) where the data show a difference.
  const bandCounts = input.bands.map(() => 0);
  const byFn = new Map<number, Count>();
  let total = 0;
  for (const [key, c] of cells) {
    const band = Math.floor(key / CELL_KEY);
    bandCounts[band] = bandCounts[band]! + c.n;
    total += c.n;
    const f = byFn.get(key % CELL_KEY) ?? { n: 0, left: 0 };
    f.n += c.n;
    f.left += c.left;
    byFn.set(key % CELL_KEY, f);
  }
  const merged = mergeBands(input.bands, bandCounts, minGroup);
  const attrition: AttritionEstimate[] = [];
  const estimate = (c: Count): { at_risk: number; left: number; rate: number; low: number; high: number } => ({ at_risk: c.n, left: c.left, ...annualRate(c.left, c.n, years) });
  const tooFew = total < minGroup;
  if (tooFew) notes.push(`Fewer than ${minGroup} persons were at risk: attrition is not estimated (privacy.min_group).`);
  for (const band of tooFew ? [] : merged) {
    const c: Count = { n: 0, left: 0 };
    for (const [key, cell] of cells) {
      if (!band.members.includes(Math.floor(key / CELL_KEY))) continue;
      c.n += cell.n;
      c.left += cell.left;
    }
    if (c.n > 0) attrition.push({ ages: band.label, ...estimate(c) });
  }
  if (merged.length < input.bands.length) {
    notes.push(`Age bands with fewer than ${minGroup} persons at risk were merged into a neighbouring band (privacy.min_group).`);
  }
  if (!tooFew) attrition.push(...narrowerRules(byFn, (fn) => fnIds[fn]!, family, input.minAtRisk ?? DEFAULT_MIN_AT_RISK, minGroup, years, notes));

  // Transitions, per old function with at least min_group at risk.
  const transitions: TransitionEstimate[] = [];
  let hiddenMoves = 0;
  for (const [fn, moves] of movesByFn) {
    const n = byFn.get(fn)?.n ?? 0;
    for (const [target, k] of moves) {
      if (n < minGroup) {
        hiddenMoves += k;
        continue;
      }
      transitions.push({ from: fnIds[fn]!, to: target, at_risk: n, moved: k, ...annualRate(k, n, years) });
    }
  }
  transitions.sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to));
  attrition.push(...ownRulesWhereFlowsExceedOne(attrition, transitions, byFn, (fn) => fnIds[fn]!, family, years, notes));
  if (hiddenMoves > 0) {
    notes.push(`${hiddenMoves} ${hiddenMoves === 1 ? 'move' : 'moves'} out of functions with fewer than ${minGroup} persons at risk ${hiddenMoves === 1 ? 'is' : 'are'} counted but not estimated (privacy.min_group).`);
  }

  for (const [was, now] of renamed) notes.push(renamedFunctionNote({ from: was, to: now }));

  let renewal: RenewalEstimate | null = null;
  if (ending >= minGroup) {
    renewal = { ending, renewed, rate: ending > 0 ? renewed / ending : 0, ...wilsonInterval(renewed, ending) };
  } else if (ending > 0) {
    notes.push(`Only ${ending} temporary ${ending === 1 ? 'contract' : 'contracts'} ended, fewer than ${minGroup}: renewal is not estimated (privacy.min_group).`);
  } else {
    notes.push('No temporary contract ended between the snapshots: renewal is not estimated.');
  }
  if (years > 1) {
    notes.push(`The snapshots are ${years} years apart: shares over the period are annualised as 1 − (1 − share)^(1/${years}).`);
  }
  return {
    from,
    to,
    years,
    method: 'linked',
    min_group: minGroup,
    min_at_risk: Math.max(input.minAtRisk ?? DEFAULT_MIN_AT_RISK, minGroup),
    old_persons: oldPersons,
    new_persons: newPersons,
    linked: linkage.linked,
    joiners,
    retired,
    worked_past_aow: pastAow,
    stayed,
    moved,
    left,
    contract_ended: ending - renewed,
    contract_renewed: renewed,
    attrition,
    transitions,
    renamed_functions: [...renamed].map(([was, now]) => ({ from: was, to: now })),
    renewal,
    notes,
  };
}

/**
 * Without ids: leavers = start + joiners − end − retired, over everyone (flagged less exact). Joiners
 * are unknown unless given; taken as 0 they make the rate a lower bound.
 */
function aggregateRates(input: CalibrationInput): CalibrationEstimate {
  const { old, next, from, to, minGroup } = input;
  const years = to - from;
  const aow = yearsOfAow(input.retirementAge, from, to);
  let start = 0;
  let retired = 0;
  for (let i = 0; i < old.size; i++) {
    const n = old.count[i]!;
    start += n;
    const birth = old.birth[i]!;
    if (aow.some(([year, age]) => retiresIn(birth >> 4, birth & 15, age, year))) retired += n;
  }
  let end = 0;
  for (let j = 0; j < next.size; j++) end += next.count[j]!;
  const joiners = input.joiners ?? null;
  const atRisk = start - retired;
  const leavers = Math.max(0, Math.min(atRisk, start + (joiners ?? 0) - end - retired));
  const notes = [
    'No employee ids to link the snapshots: rates come from aggregate counts (leavers = start + joiners − end − retired), over everyone. This is less exact: moves between functions, renewals and age differences cannot be seen.',
    joiners === null
      ? 'Joiners are unknown without ids and taken as 0, so the attrition rate is a lower bound; give --joiners N (hires between the snapshots, from the recruitment records).'
      : `Joiners as given: ${joiners}.`,
  ];
  if (years > 1) notes.push(`The snapshots are ${years} years apart: shares over the period are annualised as 1 − (1 − share)^(1/${years}).`);
  const attrition: AttritionEstimate[] = atRisk >= minGroup ? [{ ages: null, at_risk: atRisk, left: leavers, ...annualRate(leavers, atRisk, years) }] : [];
  return {
    from,
    to,
    years,
    method: 'aggregate',
    min_group: minGroup,
    min_at_risk: Math.max(input.minAtRisk ?? DEFAULT_MIN_AT_RISK, minGroup),
    old_persons: start,
    new_persons: end,
    linked: null,
    joiners,
    retired,
    worked_past_aow: null,
    stayed: null,
    moved: null,
    left: leavers,
    contract_ended: null,
    contract_renewed: null,
    attrition,
    transitions: [],
    renamed_functions: [],
    renewal: null,
    notes,
  };
}

/** [year, AOW age] for each year from … to−1. */
function yearsOfAow(setting: CalibrationInput['retirementAge'], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  for (let year = from; year < to; year++) out.push([year, retirementAgeAt(setting, year)]);
  return out;
}

/** Adjacent bands merged until each has at least `minGroup` at risk (or only one is left). */
function mergeBands(bands: readonly LabelledBand[], counts: readonly number[], minGroup: number): { label: string | null; members: number[] }[] {
  const groups = bands.map((b, i) => ({ min: b.min, max: b.max, n: counts[i] ?? 0, members: [i] }));
  for (;;) {
    if (groups.length <= 1) break;
    let small = -1;
    for (let i = 0; i < groups.length; i++) if (groups[i]!.n < minGroup && (small < 0 || groups[i]!.n < groups[small]!.n)) small = i;
    if (small < 0) break;
    const left = groups[small - 1];
    const right = groups[small + 1];
    const into = left === undefined ? small + 1 : right === undefined ? small - 1 : left.n <= right.n ? small - 1 : small + 1;
    const a = groups[Math.min(small, into)]!;
    const b = groups[Math.max(small, into)]!;
    groups.splice(Math.min(small, into), 2, { min: a.min, max: b.max, n: a.n + b.n, members: [...a.members, ...b.members] });
  }
  // One band for every age: a rule without `ages`.
  return groups.map((g) => ({ label: g.min <= 0 && !Number.isFinite(g.max) ? null : labelBand(g.min, g.max).label, members: g.members }));
}

interface Count {
  n: number;
  left: number;
}

/**
 * A function whose measured transitions, with the attrition rate the block's rules would give it
 * (its function rule, else its family's, else the highest of the age bands — it may reach any age in a
 * projection), add up to more than 1 gets an attrition rule of its own, measured on its own people:
 * the block would otherwise be refused by every scenario (FLOW_NEGATIVE_STAY: 10 of 10 moved F2 → F3,
 * beside an age band of 6,7%). Its own shares of leaving and moving add up to at most 1 (annualised
 * too, as 1 − (1 − s)^(1/k) ≤ s). It has at least min_group at risk, as every transition's source has.
 */
function ownRulesWhereFlowsExceedOne(
  attrition: readonly AttritionEstimate[],
  transitions: readonly TransitionEstimate[],
  byFn: ReadonlyMap<number, Count>,
  idOf: (fn: number) => string,
  familyOf: (id: string) => string,
  years: number,
  notes: string[],
): AttritionEstimate[] {
  const moving = new Map<string, number>();
  for (const t of transitions) moving.set(t.from, (moving.get(t.from) ?? 0) + t.rate);
  const bands = attrition.filter((e) => e.family === undefined && e.function === undefined);
  const highestBand = bands.reduce((m, e) => Math.max(m, e.rate), 0);
  const added: AttritionEstimate[] = [];
  for (const [fn, c] of [...byFn].sort((a, b) => compareText(idOf(a[0]), idOf(b[0])))) {
    const id = idOf(fn);
    const moved = moving.get(id);
    if (moved === undefined) continue;
    const rule = attrition.find((e) => e.function === id) ?? attrition.find((e) => e.function === undefined && e.family !== undefined && e.family === familyOf(id));
    const rate = rule?.rate ?? highestBand;
    // Rounded as the block writes them (4 decimals): the scenario checks what it reads.
    if (round4(rate) + round4(moved) <= 1 + 1e-9 || rule?.function === id) continue;
    added.push({ ages: null, function: id, at_risk: c.n, left: c.left, ...annualRate(c.left, c.n, years) });
    const pct = (v: number): string => `${Math.round(v * 1000) / 10}%`;
    notes.push(`${id}: its transitions (${pct(moved)} a year) and the attrition rate the rules would give it (${pct(rate)}) add up to more than 100%, which no scenario accepts: it has an attrition rule of its own, measured on its own ${c.n} people.`);
  }
  return added;
}

const round4 = (v: number): number => Math.round(v * 1e4) / 1e4;

/** Key of an age band × function cell: band · CELL_KEY + function index. */
const CELL_KEY = 1 << 24;

/** Below this many at risk, a family or function gets no rule of its own (see narrowerRules). */
const DEFAULT_MIN_AT_RISK = 30;

/**
 * Family and function rules (all ages), only where the data show a difference: a function with at
 * least `minAtRisk` at risk whose 90 % interval excludes the rate of its family as a whole (of
 * everyone, without a family); then the rest of each family — its functions without a rule of their
 * own, the people the family rule will apply to — with at least `minAtRisk` at risk and an interval
 * that excludes everyone's rate. Every group shown is disjoint from the others and at least
 * `minAtRisk` (≥ min_group), so no small group can be derived by subtraction.
 */
function narrowerRules(
  byFn: ReadonlyMap<number, Count>,
  idOf: (fn: number) => string,
  familyOf: (id: string) => string,
  minAtRisk: number,
  minGroup: number,
  years: number,
  notes: string[],
): AttritionEstimate[] {
  const threshold = Math.max(minAtRisk, minGroup);
  const all: Count = { n: 0, left: 0 };
  const byFamily = new Map<string, Count>();
  const byFunction = new Map<string, Count>();
  for (const [fn, c] of byFn) {
    all.n += c.n;
    all.left += c.left;
    const id = idOf(fn);
    byFunction.set(id, c);
    const fam = familyOf(id);
    if (fam === '') continue;
    const f = byFamily.get(fam) ?? { n: 0, left: 0 };
    f.n += c.n;
    f.left += c.left;
    byFamily.set(fam, f);
  }
  const overall = all.left / all.n;
  const differs = (c: Count, rate: number): boolean => {
    const { low, high } = wilsonInterval(c.left, c.n);
    return rate < low || rate > high;
  };
  const rate = (c: Count | undefined): number | undefined => (c === undefined || c.n === 0 ? undefined : c.left / c.n);
  // 1. Functions that differ from their family as a whole (or from everyone, without a family).
  const rules: AttritionEstimate[] = [];
  const own = new Set<string>();
  for (const [id, c] of [...byFunction].sort((a, b) => compareText(a[0], b[0]))) {
    if (c.n < threshold || !differs(c, rate(byFamily.get(familyOf(id))) ?? overall)) continue;
    own.add(id);
    rules.push({ ages: null, function: id, at_risk: c.n, left: c.left, ...annualRate(c.left, c.n, years) });
  }
  // 2. The rest of each family (its functions without a rule of their own), where it differs from everyone.
  const familyRules: AttritionEstimate[] = [];
  for (const fam of [...byFamily.keys()].sort(compareText)) {
    const rest: Count = { n: 0, left: 0 };
    for (const [id, c] of byFunction) {
      if (familyOf(id) !== fam || own.has(id)) continue;
      rest.n += c.n;
      rest.left += c.left;
    }
    if (rest.n < threshold || !differs(rest, overall)) continue;
    familyRules.push({ ages: null, family: fam, at_risk: rest.n, left: rest.left, ...annualRate(rest.left, rest.n, years) });
  }
  if (rules.length + familyRules.length > 0) {
    notes.push('A family rule is estimated on the family\'s functions without a rule of their own (the ones it applies to in a scenario).');
  }
  return [...familyRules, ...rules];
}

