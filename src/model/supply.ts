import type { Scenario } from '../domain/scenario-schema.js';
import type { FunctionProfile, Workforce } from '../domain/workforce.js';
import { attritionRateFor } from './attrition.js';
import { compareText } from './emerging.js';
import { retirementAgeAt, retirementAssumption, retiresIn } from './retirement.js';

/**
 * Supply (SPEC §3): the workforce on 1 January of each year, projected cell by cell with no hiring.
 * During year t, for each cell (one function, birth month, contract, end year and group), in order:
 *  1. retirement — the whole cell leaves when birth date + AOW age of t ≤ December of t;
 *  2. contract end — a temporary contract ending in t: the share `renewal_rate` continues as
 *     permanent, the rest leaves (contract ended). No end year: it ends in start + default_years − 1
 *     (an assumption line says so); an end year before the start counts as ending in the start year;
 *  3. attrition and transitions — of the rest, the attrition rate w leaves, shares p_fj move to
 *     function j, 1 − w − Σp stays (the Markov step n(t+1) = n(t)·P). When w + Σp > 1 (checkFlows
 *     reports this as an error) the outflows are scaled down to sum to 1, so supply never goes negative;
 *  4. ageing is implicit: ages are a(t) = t − birth year.
 * Flows are computed for every year of the horizon including the last (they describe "during t").
 * Cells are never split per person: fractions of persons are expected values. Cells are processed in
 * a canonical order (sorted by their key), so permuting the input does not change any sum.
 * Transitions from or to a function that is not in the function list, and a function's transition to
 * itself, are ignored here (validation and checkFlows report them).
 */

/** Flows of one function or group during one year (FTE unless the name says persons). */
export interface SupplyYear {
  year: number;
  /** On 1 January of `year`. */
  supply_fte: number;
  supply_persons: number;
  retired_fte: number;
  retired_persons: number;
  /** Temporary contracts ending in `year` (after retirement). */
  contract_ending_fte: number;
  /** Of those: continued as permanent. */
  renewed_fte: number;
  /** Of those: left. */
  contract_ended_fte: number;
  contract_ended_persons: number;
  attrition_fte: number;
  attrition_persons: number;
  moved_in_fte: number;
  moved_in_persons: number;
  moved_out_fte: number;
  moved_out_persons: number;
  /** On 1 January of `year + 1`. */
  end_fte: number;
  end_persons: number;
}

/** One attrition rule's share of a function's attrition in a year. */
export interface AttritionUse {
  /** Index in workforce.attrition; -1 when no rule matched (rate 0). */
  rule: number;
  rate: number;
  /** Range of ages a(t) of the people it applied to (years). */
  min_age: number;
  max_age: number;
  /** FTE and persons the rule applied to (after retirement and contract end) and that left. */
  base_fte: number;
  fte: number;
  persons: number;
}

/** A function's year with the detail `explain` shows. */
export interface FunctionSupplyYear extends SupplyYear {
  attrition: AttritionUse[];
  /** FTE moved to each destination function. */
  moved_out_to: Record<string, number>;
  /** FTE moved in from each origin function. */
  moved_in_from: Record<string, number>;
}

export interface SupplyProjection {
  years: number[];
  /** By function id (every function in the input list), one entry per horizon year. */
  functions: Map<string, FunctionSupplyYear[]>;
  /** By group id, when any cell carries a non-empty group; otherwise empty. */
  groups: Map<string, SupplyYear[]>;
  /** FTE at start by function and group (for splitting demand over groups). */
  startGroupFte: Map<string, Map<string, number>>;
  assumptions: string[];
}

const ROW_EPS = 1e-12;

/**
 * How the projection runs fast on many cells (SPEC §5). A cell is (function, profile), where a
 * profile is a class (birth year, year of retirement, group: cells alike in age, rates and fate
 * every year) plus a contract: permanent, or temporary ending in a given year. Transitions change
 * only the function; a contract end changes only the profile (to the class's permanent profile);
 * retirement and age depend only on the class. Every step is linear in persons and FTE, so cells of
 * one function and profile are summed (floating-point sums in another order: equal to about 1e-12,
 * and still independent of the input order). So the state is kept as
 * flat typed arrays (function index, persons, FTE) in ranges per profile, in a fixed profile order;
 * a year maps each profile's range to the next year's range through a dense scratch row over the
 * functions. Attrition rates and the scaled outflow of a (function, age) are computed once.
 */
interface Cells {
  fn: Int32Array;
  persons: Float64Array;
  fte: Float64Array;
  /** Range of profile q: start[q] .. start[q + 1]. */
  start: Int32Array;
}

function allocCells(capacity: number, profiles: number): Cells {
  return {
    fn: new Int32Array(capacity),
    persons: new Float64Array(capacity),
    fte: new Float64Array(capacity),
    start: new Int32Array(profiles + 1),
  };
}

function growCells(c: Cells, needed: number): Cells {
  if (needed <= c.fn.length) return c;
  const capacity = Math.max(needed, c.fn.length * 2);
  const fn = new Int32Array(capacity);
  fn.set(c.fn);
  const persons = new Float64Array(capacity);
  persons.set(c.persons);
  const fte = new Float64Array(capacity);
  fte.set(c.fte);
  return { fn, persons, fte, start: c.start };
}

/** The horizon years start..end. */
export function horizonYears(scenario: Scenario): number[] {
  const years: number[] = [];
  for (let t = scenario.horizon.start; t <= scenario.horizon.end; t++) years.push(t);
  return years;
}

/** Offsets of the numeric fields of SupplyYear, so the flows of a year can be kept in typed arrays. */
const SUPPLY_FTE = 0;
const SUPPLY_PERSONS = 1;
const RETIRED_FTE = 2;
const RETIRED_PERSONS = 3;
const CONTRACT_ENDING_FTE = 4;
const RENEWED_FTE = 5;
const CONTRACT_ENDED_FTE = 6;
const CONTRACT_ENDED_PERSONS = 7;
const ATTRITION_FTE = 8;
const ATTRITION_PERSONS = 9;
const MOVED_IN_FTE = 10;
const MOVED_IN_PERSONS = 11;
const MOVED_OUT_FTE = 12;
const MOVED_OUT_PERSONS = 13;
const END_FTE = 14;
const END_PERSONS = 15;
const NFIELDS = 16;

/** The SupplyYear of function or group i from its NFIELDS values in `flows`. */
function yearFrom(year: number, flows: Float64Array, i: number): SupplyYear {
  const base = i * NFIELDS;
  return {
    year,
    supply_fte: flows[base + SUPPLY_FTE]!,
    supply_persons: flows[base + SUPPLY_PERSONS]!,
    retired_fte: flows[base + RETIRED_FTE]!,
    retired_persons: flows[base + RETIRED_PERSONS]!,
    contract_ending_fte: flows[base + CONTRACT_ENDING_FTE]!,
    renewed_fte: flows[base + RENEWED_FTE]!,
    contract_ended_fte: flows[base + CONTRACT_ENDED_FTE]!,
    contract_ended_persons: flows[base + CONTRACT_ENDED_PERSONS]!,
    attrition_fte: flows[base + ATTRITION_FTE]!,
    attrition_persons: flows[base + ATTRITION_PERSONS]!,
    moved_in_fte: flows[base + MOVED_IN_FTE]!,
    moved_in_persons: flows[base + MOVED_IN_PERSONS]!,
    moved_out_fte: flows[base + MOVED_OUT_FTE]!,
    moved_out_persons: flows[base + MOVED_OUT_PERSONS]!,
    end_fte: flows[base + END_FTE]!,
    end_persons: flows[base + END_PERSONS]!,
  };
}

/** Supply and its flows (FTE and persons) per function and group for every horizon year. */
export function projectSupply(
  scenario: Scenario,
  functions: readonly FunctionProfile[],
  workforce: Workforce,
): SupplyProjection {
  const start = scenario.horizon.start;
  const years = horizonYears(scenario);
  const assumptions: string[] = [];
  const { renewal_rate: renewal, default_years: defaultYears } = scenario.workforce.temporary;
  const F = functions.length;

  // Known cells, normalised into typed arrays: function index, birth, end year (0: permanent), group.
  let missingEnd = 0;
  let unknownPersons = 0;
  const unknownIds = new Set<string>();
  const indexOf = new Map<string, number>();
  functions.forEach((fn, i) => indexOf.set(fn.id, i));
  const input = workforce.cells;
  const kFi = new Int32Array(input.length);
  const kBirth = new Int32Array(input.length);
  const kMonth = new Int32Array(input.length);
  const kEnd = new Int32Array(input.length);
  const kGroup = new Int32Array(input.length);
  const kPersons = new Float64Array(input.length);
  const kFte = new Float64Array(input.length);
  // Groups numbered in order of appearance first, renumbered in id order below.
  const seenGroups = new Map<string, number>();
  let n0 = 0;
  for (const cell of input) {
    const fi = indexOf.get(cell.functionId);
    if (fi === undefined) {
      unknownPersons += cell.persons;
      unknownIds.add(cell.functionId);
      continue;
    }
    let endYear = 0;
    if (cell.contract === 'temporary') {
      if (cell.endYear === null) missingEnd += cell.persons;
      endYear = cell.endYear === null ? start + defaultYears - 1 : Math.max(cell.endYear, start);
    }
    let gi = seenGroups.get(cell.group);
    if (gi === undefined) {
      gi = seenGroups.size;
      seenGroups.set(cell.group, gi);
    }
    kFi[n0] = fi;
    kBirth[n0] = cell.birthYear;
    kMonth[n0] = cell.birthMonth;
    kEnd[n0] = endYear;
    kGroup[n0] = gi;
    kPersons[n0] = cell.persons;
    kFte[n0] = cell.fte;
    n0++;
  }
  const groupIds = [...seenGroups.keys()].sort(compareText);
  const G = Math.max(1, groupIds.length);
  {
    const renumber = new Int32Array(seenGroups.size);
    groupIds.forEach((g, i) => (renumber[seenGroups.get(g)!] = i));
    for (let i = 0; i < n0; i++) kGroup[i] = renumber[kGroup[i]!]!;
  }
  let birthMin = Infinity;
  let birthMax = -Infinity;
  let endMax = start;
  for (let i = 0; i < n0; i++) {
    birthMin = Math.min(birthMin, kBirth[i]!);
    birthMax = Math.max(birthMax, kBirth[i]!);
    endMax = Math.max(endMax, kEnd[i]!);
  }
  const endSpan = endMax - start + 2;
  const keySpan = (birthMax - birthMin + 1) * 24 * endSpan * G;
  if (n0 > 0 && keySpan > Number.MAX_SAFE_INTEGER) throw new Error('too many distinct cells to key exactly');
  // Canonical initial order: function, then (birth year, month, contract, end year, group), then values;
  // equal keys merged in that order, so permuting the input changes nothing.
  const keys = new Float64Array(n0);
  for (let i = 0; i < n0; i++) {
    const endYear = kEnd[i]!;
    let key = kBirth[i]! - birthMin;
    key = key * 12 + (kMonth[i]! - 1);
    key = key * 2 + (endYear !== 0 ? 1 : 0);
    key = key * endSpan + (endYear === 0 ? 0 : endYear - start + 1);
    keys[i] = key * G + kGroup[i]!;
  }
  const order = canonicalOrder(n0, kFi, keys, kPersons, kFte, keySpan);
  // Merged initial cells: index of the first, summed persons and FTE.
  const first = new Int32Array(n0);
  const initPersons = new Float64Array(n0);
  const initFte = new Float64Array(n0);
  let m0 = 0;
  for (let r = 0; r < n0; r++) {
    const i = order[r]!;
    const j = m0 > 0 ? first[m0 - 1]! : -1;
    if (j >= 0 && kFi[j] === kFi[i] && keys[j] === keys[i]) {
      initPersons[m0 - 1] = initPersons[m0 - 1]! + kPersons[i]!;
      initFte[m0 - 1] = initFte[m0 - 1]! + kFte[i]!;
    } else {
      first[m0] = i;
      initPersons[m0] = kPersons[i]!;
      initFte[m0] = kFte[i]!;
      m0++;
    }
  }
  if (missingEnd > 0) {
    assumptions.push(
      `${formatCount(missingEnd)} person(s) on a temporary contract without an end date taken to end in ${start + defaultYears - 1}`,
    );
  }
  if (unknownIds.size > 0) {
    assumptions.push(
      `${formatCount(unknownPersons)} person(s) in functions missing from the function profiles left out: ${[...unknownIds].sort(compareText).join(', ')}`,
    );
  }

  const blank = seenGroups.has('') ? groupIds.indexOf('') : -1;
  let grouping = false;
  for (let m = 0; m < m0; m++) if (kGroup[first[m]!] !== blank) grouping = true;
  // FTE at start by function (in function order) and group (in order of first cell).
  const startGroupFte = new Map<string, Map<string, number>>();
  {
    let inner: Map<string, number> | undefined;
    let innerFi = -1;
    for (let m = 0; m < m0; m++) {
      const i = first[m]!;
      if (kFi[i] !== innerFi) {
        innerFi = kFi[i]!;
        inner = new Map<string, number>();
        startGroupFte.set(functions[innerFi]!.id, inner);
      }
      const group = groupIds[kGroup[i]!]!;
      inner!.set(group, (inner!.get(group) ?? 0) + initFte[m]!);
    }
  }

  // Classes: cells with the same birth year, year of retirement (index in the horizon; Y: not within
  // it) and group have the same age, rates and fate every year, so they are projected together (the
  // projection is linear in the cells). In key order; per class the permanent profile, then one per
  // temporary end year (ascending).
  const Y = years.length;
  const aowAt = years.map((t) => retirementAgeAt(scenario.workforce.retirement_age, t));
  const retireIndex = (birthYear: number, birthMonth: number): number => {
    for (let y = 0; y < Y; y++) if (retiresIn(birthYear, birthMonth, aowAt[y]!, years[y]!)) return y;
    return Y;
  };
  const retireCache = new Map<number, number>();
  const classKey = new Float64Array(m0);
  const classEnds = new Map<number, number[]>();
  for (let m = 0; m < m0; m++) {
    const i = first[m]!;
    const birthKey = (kBirth[i]! - birthMin) * 12 + (kMonth[i]! - 1);
    let ry = retireCache.get(birthKey);
    if (ry === undefined) {
      ry = retireIndex(kBirth[i]!, kMonth[i]!);
      retireCache.set(birthKey, ry);
    }
    const ck = ((kBirth[i]! - birthMin) * (Y + 1) + ry) * G + kGroup[i]!;
    classKey[m] = ck;
    let ends = classEnds.get(ck);
    if (ends === undefined) {
      ends = [];
      classEnds.set(ck, ends);
    }
    if (kEnd[i] !== 0 && !ends.includes(kEnd[i]!)) ends.push(kEnd[i]!);
  }
  const classKeys = [...classEnds.keys()].sort((a, b) => a - b);
  const C = classKeys.length;
  const classBirthYear = new Int32Array(C);
  /** Year in which the class retires (0: not within the horizon). */
  const classRetireYear = new Int32Array(C);
  const classGroup = new Int32Array(C);
  /** Profiles of class c: profBase[c] (permanent) .. profBase[c + 1] − 1. */
  const profBase = new Int32Array(C + 1);
  const profileOf = new Map<number, number>();
  let P = 0;
  const profEnd: number[] = [];
  classKeys.forEach((ck, c) => {
    classGroup[c] = ck % G;
    const bm = Math.floor(ck / G);
    const ry = bm % (Y + 1);
    classRetireYear[c] = ry < Y ? years[ry]! : 0;
    classBirthYear[c] = Math.floor(bm / (Y + 1)) + birthMin;
    profBase[c] = P;
    profileOf.set(ck * endSpan, P++);
    profEnd.push(0);
    for (const e of classEnds.get(ck)!.sort((a, b) => a - b)) {
      profileOf.set(ck * endSpan + (e - start + 1), P++);
      profEnd.push(e);
    }
  });
  profBase[C] = P;
  const profileEndYear = Int32Array.from(profEnd);

  // Initial state: cells bucketed by profile, in function order within a profile; cells of one
  // function that fall in the same profile (birth months of one class) are summed in key order.
  let cur = allocCells(Math.max(16, m0), P);
  {
    const bucket = allocCells(Math.max(16, m0), P);
    const profOfCell = new Int32Array(m0);
    const counts = new Int32Array(P + 1);
    for (let m = 0; m < m0; m++) {
      const e = kEnd[first[m]!]!;
      const q = profileOf.get(classKey[m]! * endSpan + (e === 0 ? 0 : e - start + 1))!;
      profOfCell[m] = q;
      counts[q + 1] = counts[q + 1]! + 1;
    }
    for (let q = 0; q < P; q++) counts[q + 1] = counts[q + 1]! + counts[q]!;
    const fill = counts.slice(0, P);
    for (let m = 0; m < m0; m++) {
      const q = profOfCell[m]!;
      const at = fill[q]!;
      fill[q] = at + 1;
      bucket.fn[at] = kFi[first[m]!]!;
      bucket.persons[at] = initPersons[m]!;
      bucket.fte[at] = initFte[m]!;
    }
    let out = 0;
    for (let q = 0; q < P; q++) {
      cur.start[q] = out;
      const from = out;
      for (let i = counts[q]!; i < counts[q + 1]!; i++) {
        if (out > from && cur.fn[out - 1] === bucket.fn[i]) {
          cur.persons[out - 1] = cur.persons[out - 1]! + bucket.persons[i]!;
          cur.fte[out - 1] = cur.fte[out - 1]! + bucket.fte[i]!;
        } else {
          cur.fn[out] = bucket.fn[i]!;
          cur.persons[out] = bucket.persons[i]!;
          cur.fte[out] = bucket.fte[i]!;
          out++;
        }
      }
    }
    cur.start[P] = out;
  }
  let next = allocCells(cur.fn.length, P);

  // Effective transition rows (known destinations, no self-moves, share > 0), sorted by destination id.
  const moveStart = new Int32Array(F + 1);
  const moveTo: number[] = [];
  const moveShare: number[] = [];
  const moveId: string[] = [];
  functions.forEach((fn, fi) => {
    moveStart[fi] = moveTo.length;
    const row = Object.entries(scenario.workforce.transitions[fn.id] ?? {})
      .filter(([to, p]) => to !== fn.id && indexOf.has(to) && p > 0)
      .sort((a, b) => compareText(a[0], b[0]));
    for (const [to, p] of row) {
      moveTo.push(indexOf.get(to)!);
      moveShare.push(p);
      moveId.push(to);
    }
  });
  moveStart[F] = moveTo.length;
  const M = moveTo.length;
  const moveToA = Int32Array.from(moveTo);
  const moveShareA = Float64Array.from(moveShare);
  const moveFrom = new Int32Array(M);
  for (let fi = 0; fi < F; fi++) for (let k = moveStart[fi]!; k < moveStart[fi + 1]!; k++) moveFrom[k] = fi;
  // Moves into each destination, by origin function (ascending): the order of `moved_in_from`.
  const movesInto: number[][] = Array.from({ length: F }, () => []);
  for (let k = 0; k < M; k++) movesInto[moveToA[k]!]!.push(k);

  // Attrition and outflow per (function, age), computed on first use.
  const R = scenario.workforce.attrition.length + 1;
  const ageMin = start - (Number.isFinite(birthMax) ? birthMax : start);
  const ageSpan = Math.max(1, (years.length > 0 ? years[years.length - 1]! : start) - birthMin - ageMin + 1);
  const ageSlots = n0 > 0 ? F * ageSpan : 0;
  const s: Step = {
    functions,
    rules: scenario.workforce.attrition,
    renewal,
    grouping,
    F,
    C,
    P,
    R,
    classBirthYear,
    classRetireYear,
    classGroup,
    profBase,
    profileEndYear,
    moveStart,
    moveTo: moveToA,
    moveShare: moveShareA,
    ageMin,
    ageSpan,
    rowRule: new Int32Array(ageSlots).fill(-2),
    rowRate: new Float64Array(ageSlots),
    rowScale: new Float64Array(ageSlots),
    rowStay: new Float64Array(ageSlots),
    scaledRows: false,
    flows: new Float64Array(F * NFIELDS),
    groupFlows: new Float64Array(G * NFIELDS),
    moveFte: new Float64Array(M),
    movePersons: new Float64Array(M),
    reached: new Uint8Array(F),
    useSeen: new Uint8Array(F * R),
    useRate: new Float64Array(F * R),
    useMinAge: new Float64Array(F * R),
    useMaxAge: new Float64Array(F * R),
    useBase: new Float64Array(F * R),
    useFte: new Float64Array(F * R),
    usePersons: new Float64Array(F * R),
    scratchPersons: new Float64Array(F),
    scratchFte: new Float64Array(F),
    mark: new Int32Array(F),
    touched: new Int32Array(F),
    stamp: 0,
  };

  const functionYears = new Map<string, FunctionSupplyYear[]>();
  for (const fn of functions) functionYears.set(fn.id, []);
  const groupYears: SupplyYear[][] = grouping && years.length > 0 ? groupIds.map(() => []) : [];
  const assumedAow = new Set<string>();

  for (const t of years) {
    const note = retirementAssumption(scenario, t);
    // One line per distinct assumption (e.g. once for all years after 2031).
    if (note !== undefined) assumedAow.add(note);
    const { flows, groupFlows, moveFte, movePersons, reached } = s;
    flows.fill(0);
    groupFlows.fill(0);
    moveFte.fill(0);
    movePersons.fill(0);
    reached.fill(0);
    s.useSeen.fill(0);
    s.useBase.fill(0);
    s.useFte.fill(0);
    s.usePersons.fill(0);
    sumState(s, cur, SUPPLY_FTE);
    next = advanceYear(s, cur, next, t);
    for (let k = 0; k < M; k++) {
      const from = moveFrom[k]! * NFIELDS;
      const to = moveToA[k]! * NFIELDS;
      flows[from + MOVED_OUT_FTE] = flows[from + MOVED_OUT_FTE]! + moveFte[k]!;
      flows[from + MOVED_OUT_PERSONS] = flows[from + MOVED_OUT_PERSONS]! + movePersons[k]!;
      flows[to + MOVED_IN_FTE] = flows[to + MOVED_IN_FTE]! + moveFte[k]!;
      flows[to + MOVED_IN_PERSONS] = flows[to + MOVED_IN_PERSONS]! + movePersons[k]!;
    }
    const swap = cur;
    cur = next;
    next = swap;
    sumState(s, cur, END_FTE);

    const rows: FunctionSupplyYear[] = functions.map((fn, fi) => {
      const row: FunctionSupplyYear = Object.assign(yearFrom(t, flows, fi), {
        attrition: [] as AttritionUse[],
        moved_out_to: {} as Record<string, number>,
        moved_in_from: {} as Record<string, number>,
      });
      if (reached[fi] === 1) {
        for (let k = moveStart[fi]!; k < moveStart[fi + 1]!; k++) row.moved_out_to[moveId[k]!] = moveFte[k]!;
      }
      for (const k of movesInto[fi]!) {
        const from = moveFrom[k]!;
        if (reached[from] === 1) row.moved_in_from[functions[from]!.id] = moveFte[k]!;
      }
      functionYears.get(fn.id)!.push(row);
      return row;
    });
    // Slots run by rule index (slot 0: no rule), so each list comes out sorted by rule.
    rows.forEach((row, fi) => {
      for (let slot = fi * R; slot < (fi + 1) * R; slot++) {
        if (s.useSeen[slot] === 0) continue;
        row.attrition.push({
          rule: slot - fi * R - 1,
          rate: s.useRate[slot]!,
          min_age: s.useMinAge[slot]!,
          max_age: s.useMaxAge[slot]!,
          base_fte: s.useBase[slot]!,
          fte: s.useFte[slot]!,
          persons: s.usePersons[slot]!,
        });
      }
    });
    groupYears.forEach((list, gi) => list.push(yearFrom(t, groupFlows, gi)));
  }
  assumptions.push(...assumedAow);
  if (s.scaledRows) {
    assumptions.push('attrition + transitions above 1 for some function and age: outflows scaled down to sum to 1');
  }
  const groups = new Map<string, SupplyYear[]>();
  groupYears.forEach((list, gi) => groups.set(groupIds[gi]!, list));
  return { years, functions: functionYears, groups, startGroupFte, assumptions };
}

/** Everything one year step reads and accumulates into (typed arrays indexed by function, class, profile, move). */
interface Step {
  functions: readonly FunctionProfile[];
  rules: Scenario['workforce']['attrition'];
  renewal: number;
  grouping: boolean;
  F: number;
  C: number;
  P: number;
  /** Attrition rules + 1 (slot 0: no rule matched). */
  R: number;
  classBirthYear: Int32Array;
  /** 0: does not retire within the horizon. */
  classRetireYear: Int32Array;
  classGroup: Int32Array;
  profBase: Int32Array;
  /** 0 for a permanent profile. */
  profileEndYear: Int32Array;
  moveStart: Int32Array;
  moveTo: Int32Array;
  moveShare: Float64Array;
  ageMin: number;
  ageSpan: number;
  /** Per (function, age): rule index (-2: not computed yet), scaled rate, scale, staying share. */
  rowRule: Int32Array;
  rowRate: Float64Array;
  rowScale: Float64Array;
  rowStay: Float64Array;
  scaledRows: boolean;
  /** NFIELDS values per function / group: the year's SupplyYear fields at the offsets above. */
  flows: Float64Array;
  groupFlows: Float64Array;
  /** FTE and persons moved per transition (index into moveTo). */
  moveFte: Float64Array;
  movePersons: Float64Array;
  /** 1 when some cell of the function reached step 3 this year. */
  reached: Uint8Array;
  /** Attrition detail per (function, rule index + 1): seen this year, scaled rate, age range, base FTE, FTE and persons that left. */
  useSeen: Uint8Array;
  useRate: Float64Array;
  useMinAge: Float64Array;
  useMaxAge: Float64Array;
  useBase: Float64Array;
  useFte: Float64Array;
  usePersons: Float64Array;
  scratchPersons: Float64Array;
  scratchFte: Float64Array;
  mark: Int32Array;
  touched: Int32Array;
  stamp: number;
}

/** Computes the attrition choice and outflow of (function, age) into row cache slot x. */
function fillRow(s: Step, fi: number, age: number, x: number): void {
  const choice = attritionRateFor(s.rules, s.functions[fi]!, age);
  let outflow = choice.rate;
  for (let k = s.moveStart[fi]!; k < s.moveStart[fi + 1]!; k++) outflow += s.moveShare[k]!;
  // A row summing to 1 up to binary noise (0.3 + 0.5 + 0.2) is full: no one stays, nothing is scaled.
  const scale = outflow > 1 + ROW_EPS ? 1 / outflow : 1;
  if (scale < 1) s.scaledRows = true;
  const full = outflow >= 1 - ROW_EPS;
  s.rowRule[x] = choice.index;
  s.rowRate[x] = choice.rate * scale;
  s.rowScale[x] = scale;
  s.rowStay[x] = full ? 0 : 1 - outflow;
}

/** Adds persons and FTE of `cells` per function (and group) into fields fteField, fteField + 1. */
function sumState(s: Step, cells: Cells, fteField: number): void {
  const { flows, groupFlows, profBase, classGroup, grouping } = s;
  const { fn, fte, persons, start } = cells;
  for (let c = 0; c < s.C; c++) {
    const from = start[profBase[c]!]!;
    const to = start[profBase[c + 1]!]!;
    let gFte = 0;
    let gPersons = 0;
    for (let i = from; i < to; i++) {
      const base = fn[i]! * NFIELDS + fteField;
      flows[base] = flows[base]! + fte[i]!;
      flows[base + 1] = flows[base + 1]! + persons[i]!;
      gFte += fte[i]!;
      gPersons += persons[i]!;
    }
    if (grouping) {
      const g = classGroup[c]! * NFIELDS + fteField;
      groupFlows[g] = groupFlows[g]! + gFte;
      groupFlows[g + 1] = groupFlows[g + 1]! + gPersons;
    }
  }
}

/**
 * One year t (SPEC §3 steps 1–3) from `cur` into `next` (grown when needed, and returned): flows are
 * added into s.flows, s.groupFlows, s.moveFte/movePersons and the s.use* arrays.
 */
function advanceYear(s: Step, cur: Cells, nextIn: Cells, t: number): Cells {
  let next = nextIn;
  const { flows, groupFlows, moveFte, movePersons, reached } = s;
  const { useSeen, useRate, useMinAge, useMaxAge, useBase, useFte, usePersons } = s;
  const { scratchPersons, scratchFte, mark, touched, moveStart, moveTo, moveShare } = s;
  const { rowRule, rowRate, rowScale, rowStay, ageMin, ageSpan, renewal, grouping, R } = s;
  const { classBirthYear, classRetireYear, classGroup, profBase, profileEndYear } = s;
  const curFn = cur.fn;
  const curFte = cur.fte;
  const curPersons = cur.persons;
  const curStart = cur.start;
  let stamp = s.stamp;
  let out = 0;
  for (let c = 0; c < s.C; c++) {
    const g = classGroup[c]! * NFIELDS;
    const qFirst = profBase[c]!;
    const qLast = profBase[c + 1]!;
    // 1. retirement: the whole class leaves.
    if (classRetireYear[c] === t) {
      let gFte = 0;
      let gPersons = 0;
      for (let i = curStart[qFirst]!; i < curStart[qLast]!; i++) {
        const base = curFn[i]! * NFIELDS;
        flows[base + RETIRED_FTE] = flows[base + RETIRED_FTE]! + curFte[i]!;
        flows[base + RETIRED_PERSONS] = flows[base + RETIRED_PERSONS]! + curPersons[i]!;
        gFte += curFte[i]!;
        gPersons += curPersons[i]!;
      }
      if (grouping) {
        groupFlows[g + RETIRED_FTE] = groupFlows[g + RETIRED_FTE]! + gFte;
        groupFlows[g + RETIRED_PERSONS] = groupFlows[g + RETIRED_PERSONS]! + gPersons;
      }
      for (let q = qFirst; q < qLast; q++) next.start[q] = out;
      continue;
    }
    const age = t - classBirthYear[c]!;
    const ageOffset = age - ageMin;
    // Target profiles in order: the permanent one (from itself and the contract ending in t), then
    // each temporary one not ending by t (from itself).
    for (let q = qFirst; q < qLast; q++) {
      next.start[q] = out;
      const e = profileEndYear[q]!;
      if (e !== 0 && e <= t) continue;
      stamp++;
      let nTouched = 0;
      const sLast = q === qFirst ? qLast : q + 1;
      for (let src = q; src < sLast; src++) {
        const ending = profileEndYear[src]! === t;
        if (src !== q && !ending) continue;
        for (let i = curStart[src]!; i < curStart[src + 1]!; i++) {
          const fi = curFn[i]!;
          const base = fi * NFIELDS;
          let fte = curFte[i]!;
          let persons = curPersons[i]!;
          // 2. contract end
          if (ending) {
            const renewedFte = fte * renewal;
            const leftFte = fte * (1 - renewal);
            const leftPersons = persons * (1 - renewal);
            flows[base + CONTRACT_ENDING_FTE] = flows[base + CONTRACT_ENDING_FTE]! + fte;
            flows[base + RENEWED_FTE] = flows[base + RENEWED_FTE]! + renewedFte;
            flows[base + CONTRACT_ENDED_FTE] = flows[base + CONTRACT_ENDED_FTE]! + leftFte;
            flows[base + CONTRACT_ENDED_PERSONS] = flows[base + CONTRACT_ENDED_PERSONS]! + leftPersons;
            if (grouping) {
              groupFlows[g + CONTRACT_ENDING_FTE] = groupFlows[g + CONTRACT_ENDING_FTE]! + fte;
              groupFlows[g + RENEWED_FTE] = groupFlows[g + RENEWED_FTE]! + renewedFte;
              groupFlows[g + CONTRACT_ENDED_FTE] = groupFlows[g + CONTRACT_ENDED_FTE]! + leftFte;
              groupFlows[g + CONTRACT_ENDED_PERSONS] = groupFlows[g + CONTRACT_ENDED_PERSONS]! + leftPersons;
            }
            fte *= renewal;
            persons *= renewal;
          }
          if (fte === 0 && persons === 0) continue;
          // 3. attrition and transitions
          const x = fi * ageSpan + ageOffset;
          if (rowRule[x] === -2) fillRow(s, fi, age, x);
          const w = rowRate[x]!;
          const scale = rowScale[x]!;
          reached[fi] = 1;
          const attrFte = fte * w;
          const attrPersons = persons * w;
          const slot = fi * R + rowRule[x]! + 1;
          if (useSeen[slot] === 0) {
            useSeen[slot] = 1;
            useRate[slot] = w;
            useMinAge[slot] = age;
            useMaxAge[slot] = age;
          } else {
            if (age < useMinAge[slot]!) useMinAge[slot] = age;
            if (age > useMaxAge[slot]!) useMaxAge[slot] = age;
          }
          useBase[slot] = useBase[slot]! + fte;
          useFte[slot] = useFte[slot]! + attrFte;
          usePersons[slot] = usePersons[slot]! + attrPersons;
          flows[base + ATTRITION_FTE] = flows[base + ATTRITION_FTE]! + attrFte;
          flows[base + ATTRITION_PERSONS] = flows[base + ATTRITION_PERSONS]! + attrPersons;
          if (grouping) {
            groupFlows[g + ATTRITION_FTE] = groupFlows[g + ATTRITION_FTE]! + attrFte;
            groupFlows[g + ATTRITION_PERSONS] = groupFlows[g + ATTRITION_PERSONS]! + attrPersons;
          }
          let outFte = 0;
          let outPersons = 0;
          for (let k = moveStart[fi]!; k < moveStart[fi + 1]!; k++) {
            const p = moveShare[k]! * scale;
            const movedFte = fte * p;
            const movedPersons = persons * p;
            moveFte[k] = moveFte[k]! + movedFte;
            movePersons[k] = movePersons[k]! + movedPersons;
            outFte += movedFte;
            outPersons += movedPersons;
            const j = moveTo[k]!;
            if (mark[j] !== stamp) {
              mark[j] = stamp;
              scratchPersons[j] = movedPersons;
              scratchFte[j] = movedFte;
              touched[nTouched++] = j;
            } else {
              scratchPersons[j] = scratchPersons[j]! + movedPersons;
              scratchFte[j] = scratchFte[j]! + movedFte;
            }
          }
          if (grouping) {
            groupFlows[g + MOVED_OUT_FTE] = groupFlows[g + MOVED_OUT_FTE]! + outFte;
            groupFlows[g + MOVED_OUT_PERSONS] = groupFlows[g + MOVED_OUT_PERSONS]! + outPersons;
            groupFlows[g + MOVED_IN_FTE] = groupFlows[g + MOVED_IN_FTE]! + outFte;
            groupFlows[g + MOVED_IN_PERSONS] = groupFlows[g + MOVED_IN_PERSONS]! + outPersons;
          }
          const stay = rowStay[x]!;
          if (stay > 0) {
            const stayPersons = persons * stay;
            const stayFte = fte * stay;
            if (mark[fi] !== stamp) {
              mark[fi] = stamp;
              scratchPersons[fi] = stayPersons;
              scratchFte[fi] = stayFte;
              touched[nTouched++] = fi;
            } else {
              scratchPersons[fi] = scratchPersons[fi]! + stayPersons;
              scratchFte[fi] = scratchFte[fi]! + stayFte;
            }
          }
        }
      }
      if (out + nTouched > next.fn.length) next = growCells(next, out + nTouched);
      const nextFn = next.fn;
      const nextPersons = next.persons;
      const nextFte = next.fte;
      for (let i = 0; i < nTouched; i++) {
        const j = touched[i]!;
        nextFn[out] = j;
        nextPersons[out] = scratchPersons[j]!;
        nextFte[out] = scratchFte[j]!;
        out++;
      }
    }
  }
  next.start[s.P] = out;
  s.stamp = stamp;
  return next;
}

/**
 * Indices 0..n−1 sorted by (function, key, persons, FTE). When function × key span × n fits in a
 * double exactly, a native numeric sort of (function·span + key)·n + index does the work, and only
 * runs of equal (function, key) are sorted by value; otherwise a comparator sort.
 */
function canonicalOrder(
  n: number,
  fi: Int32Array,
  keys: Float64Array,
  persons: Float64Array,
  fte: Float64Array,
  keySpan: number,
): Int32Array {
  const byValue = (a: number, b: number): number => persons[a]! - persons[b]! || fte[a]! - fte[b]!;
  let maxFi = 0;
  for (let i = 0; i < n; i++) maxFi = Math.max(maxFi, fi[i]!);
  const order = new Int32Array(n);
  if ((maxFi + 1) * keySpan * n > Number.MAX_SAFE_INTEGER) {
    const list = Array.from({ length: n }, (_, i) => i);
    list.sort((a, b) => fi[a]! - fi[b]! || keys[a]! - keys[b]! || byValue(a, b));
    order.set(list);
    return order;
  }
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = (fi[i]! * keySpan + keys[i]!) * n + i;
  packed.sort();
  for (let r = 0; r < n; r++) order[r] = packed[r]! % n;
  for (let r = 0; r < n; ) {
    let end = r + 1;
    const full = Math.floor(packed[r]! / n);
    while (end < n && Math.floor(packed[end]! / n) === full) end++;
    if (end - r > 1) order.subarray(r, end).set(Array.from(order.subarray(r, end)).sort(byValue));
    r = end;
  }
  return order;
}

function formatCount(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}
