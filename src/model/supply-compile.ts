import type { Scenario } from '../domain/scenario-schema.js';
import type { FunctionProfile, Workforce } from '../domain/workforce.js';
import type { ModelNoteFact } from '../domain/projection.js';
import { attritionRuleTable } from './attrition.js';
import { compareText } from '../domain/compare-text.js';
import { retirementAgeAt, retiresIn } from './retirement.js';
import { allocCells, type Cells } from './supply-step.js';

/**
 * The supply projection's compile step: everything that depends only on the inputs, done once —
 * cells normalised into typed arrays, sorted into a canonical order and merged; groups numbered;
 * the attrition rule of every (function, age) resolved. Two parts depend on a parameter but not on
 * every value of it, and are built on first use and kept: the classes (by the AOW ages, since they
 * decide who retires when) and the transition table (by the transitions object).
 */

/** Cells alike in age, rates and fate every year, with their contract profiles and the start state. */
export interface SupplyClasses {
  C: number;
  P: number;
  classBirthYear: Int32Array;
  /** Year in which the class retires (0: not within the horizon). */
  classRetireYear: Int32Array;
  classGroup: Int32Array;
  /** Profiles of class c: profBase[c] (permanent) .. profBase[c + 1] − 1. */
  profBase: Int32Array;
  /** 0 for a permanent profile. */
  profileEndYear: Int32Array;
  /** The state on 1 January of the start year. Read-only: a run starts from it and writes elsewhere. */
  initial: Cells;
}

/** Effective transitions (known destinations, no self-moves, share > 0), per origin sorted by destination id. */
export interface SupplyMoves {
  /** Moves of function fi: moveStart[fi] .. moveStart[fi + 1] − 1. */
  moveStart: Int32Array;
  moveTo: Int32Array;
  moveShare: Float64Array;
  moveId: string[];
  moveFrom: Int32Array;
  /** Moves into each destination, by origin function (ascending): the order of `moved_in_from`. */
  movesInto: number[][];
}

export interface CompiledSupply {
  years: number[];
  functions: readonly FunctionProfile[];
  indexOf: Map<string, number>;
  F: number;
  /** Group ids in text order ('' when not grouping); G ≥ 1. */
  groupIds: string[];
  G: number;
  /** True when some cell carries a non-empty group. */
  grouping: boolean;
  /** FTE at start by function and group (for splitting demand over groups). */
  startGroupFte: Map<string, Map<string, number>>;
  /** Assumption lines that depend on the inputs only. */
  notes: string[];
  /** Those of `notes` that name functions, as data. */
  noteFacts: ModelNoteFact[];
  /** Merged start cells in canonical order (m0 of them). */
  m0: number;
  cellFn: Int32Array;
  cellBirth: Int32Array;
  cellMonth: Int32Array;
  /** 0: permanent. */
  cellEnd: Int32Array;
  cellGroup: Int32Array;
  cellPersons: Float64Array;
  cellFte: Float64Array;
  birthMin: number;
  endSpan: number;
  /** Attrition rules + 1. */
  R: number;
  ageMin: number;
  ageSpan: number;
  /** Per (function, age): the attrition rule index (-1: none). */
  ruleOf: Int32Array;
  /** Built on first use: classes by AOW ages (months), transition tables by transitions object. */
  classCache: Map<string, SupplyClasses>;
  moveCache: WeakMap<object, SupplyMoves>;
}

/** The horizon years start..end. */
function horizonYears(scenario: Scenario): number[] {
  const years: number[] = [];
  for (let t = scenario.horizon.start; t <= scenario.horizon.end; t++) years.push(t);
  return years;
}

/** Compiles the cells of `workforce` for projecting `functions` over the scenario's horizon. */
export function compileSupply(scenario: Scenario, functions: readonly FunctionProfile[], workforce: Workforce): CompiledSupply {
  const start = scenario.horizon.start;
  const years = horizonYears(scenario);
  const notes: string[] = [];
  const noteFacts: ModelNoteFact[] = [];
  const defaultYears = scenario.workforce.temporary.default_years;
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
  const cellPersons = new Float64Array(n0);
  const cellFte = new Float64Array(n0);
  let m0 = 0;
  for (let r = 0; r < n0; r++) {
    const i = order[r]!;
    const j = m0 > 0 ? first[m0 - 1]! : -1;
    if (j >= 0 && kFi[j] === kFi[i] && keys[j] === keys[i]) {
      cellPersons[m0 - 1] = cellPersons[m0 - 1]! + kPersons[i]!;
      cellFte[m0 - 1] = cellFte[m0 - 1]! + kFte[i]!;
    } else {
      first[m0] = i;
      cellPersons[m0] = kPersons[i]!;
      cellFte[m0] = kFte[i]!;
      m0++;
    }
  }
  const pick = (from: Int32Array): Int32Array => {
    const out = new Int32Array(m0);
    for (let m = 0; m < m0; m++) out[m] = from[first[m]!]!;
    return out;
  };
  const cellFn = pick(kFi);
  const cellBirth = pick(kBirth);
  const cellMonth = pick(kMonth);
  const cellEnd = pick(kEnd);
  const cellGroup = pick(kGroup);
  if (missingEnd > 0) {
    notes.push(
      `${formatCount(missingEnd)} person(s) on a temporary contract without an end date taken to end in ${start + defaultYears - 1}`,
    );
  }
  if (unknownIds.size > 0) {
    const ids = [...unknownIds].sort(compareText);
    const text = `${formatCount(unknownPersons)} person(s) in functions missing from the function profiles left out: ${ids.join(', ')}`;
    notes.push(text);
    noteFacts.push({ kind: 'unknown_functions', text, persons: unknownPersons, functions: ids });
  }

  const blank = seenGroups.has('') ? groupIds.indexOf('') : -1;
  let grouping = false;
  for (let m = 0; m < m0; m++) if (cellGroup[m] !== blank) grouping = true;
  // FTE at start by function (in function order) and group (in order of first cell).
  const startGroupFte = new Map<string, Map<string, number>>();
  {
    let inner: Map<string, number> | undefined;
    let innerFi = -1;
    for (let m = 0; m < m0; m++) {
      if (cellFn[m] !== innerFi) {
        innerFi = cellFn[m]!;
        inner = new Map<string, number>();
        startGroupFte.set(functions[innerFi]!.id, inner);
      }
      const group = groupIds[cellGroup[m]!]!;
      inner!.set(group, (inner!.get(group) ?? 0) + cellFte[m]!);
    }
  }

  // Ages a(t) that can occur: from the youngest at the start to the oldest at the horizon end.
  const ageMin = start - (Number.isFinite(birthMax) ? birthMax : start);
  const ageSpan = Math.max(1, (years.length > 0 ? years[years.length - 1]! : start) - birthMin - ageMin + 1);
  const ruleOf = n0 > 0 ? attritionRuleTable(scenario.workforce.attrition, functions, ageMin, ageSpan) : new Int32Array(0);

  return {
    years,
    functions,
    indexOf,
    F,
    groupIds,
    G,
    grouping,
    startGroupFte,
    notes,
    noteFacts,
    m0,
    cellFn,
    cellBirth,
    cellMonth,
    cellEnd,
    cellGroup,
    cellPersons,
    cellFte,
    birthMin,
    endSpan,
    R: scenario.workforce.attrition.length + 1,
    ageMin,
    ageSpan,
    ruleOf,
    classCache: new Map(),
    moveCache: new WeakMap(),
  };
}

/**
 * The classes for AOW ages `retirementAge`: cells with the same birth year, year of retirement
 * (index in the horizon; Y: not within it) and group have the same age, rates and fate every year,
 * so they are projected together (the projection is linear in the cells). In key order; per class
 * the permanent profile, then one per temporary end year (ascending). Built once per distinct
 * table of AOW ages (in whole months) and kept.
 */
export function supplyClasses(compiled: CompiledSupply, retirementAge: number | Record<string, number> | undefined): SupplyClasses {
  const { years, m0, cellBirth, cellMonth, cellEnd, cellGroup, cellFn, cellPersons, cellFte, birthMin, endSpan, G } = compiled;
  const Y = years.length;
  const aowAt = years.map((t) => retirementAgeAt(retirementAge, t));
  const cacheKey = aowAt.map((age) => Math.round(age * 12)).join(',');
  const cached = compiled.classCache.get(cacheKey);
  if (cached !== undefined) return cached;
  const start = years[0] ?? 0;

  const retireIndex = (birthYear: number, birthMonth: number): number => {
    for (let y = 0; y < Y; y++) if (retiresIn(birthYear, birthMonth, aowAt[y]!, years[y]!)) return y;
    return Y;
  };
  const retireCache = new Map<number, number>();
  const classKey = new Float64Array(m0);
  const classEnds = new Map<number, number[]>();
  for (let m = 0; m < m0; m++) {
    const birthKey = (cellBirth[m]! - birthMin) * 12 + (cellMonth[m]! - 1);
    let ry = retireCache.get(birthKey);
    if (ry === undefined) {
      ry = retireIndex(cellBirth[m]!, cellMonth[m]!);
      retireCache.set(birthKey, ry);
    }
    const ck = ((cellBirth[m]! - birthMin) * (Y + 1) + ry) * G + cellGroup[m]!;
    classKey[m] = ck;
    let ends = classEnds.get(ck);
    if (ends === undefined) {
      ends = [];
      classEnds.set(ck, ends);
    }
    if (cellEnd[m] !== 0 && !ends.includes(cellEnd[m]!)) ends.push(cellEnd[m]!);
  }
  const classKeys = [...classEnds.keys()].sort((a, b) => a - b);
  const C = classKeys.length;
  const classBirthYear = new Int32Array(C);
  const classRetireYear = new Int32Array(C);
  const classGroup = new Int32Array(C);
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
  const initial = allocCells(Math.max(16, m0), P);
  {
    const bucket = allocCells(Math.max(16, m0), P);
    const profOfCell = new Int32Array(m0);
    const counts = new Int32Array(P + 1);
    for (let m = 0; m < m0; m++) {
      const e = cellEnd[m]!;
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
      bucket.fn[at] = cellFn[m]!;
      bucket.persons[at] = cellPersons[m]!;
      bucket.fte[at] = cellFte[m]!;
    }
    let out = 0;
    for (let q = 0; q < P; q++) {
      initial.start[q] = out;
      const from = out;
      for (let i = counts[q]!; i < counts[q + 1]!; i++) {
        if (out > from && initial.fn[out - 1] === bucket.fn[i]) {
          initial.persons[out - 1] = initial.persons[out - 1]! + bucket.persons[i]!;
          initial.fte[out - 1] = initial.fte[out - 1]! + bucket.fte[i]!;
        } else {
          initial.fn[out] = bucket.fn[i]!;
          initial.persons[out] = bucket.persons[i]!;
          initial.fte[out] = bucket.fte[i]!;
          out++;
        }
      }
    }
    initial.start[P] = out;
  }
  const classes: SupplyClasses = { C, P, classBirthYear, classRetireYear, classGroup, profBase, profileEndYear, initial };
  compiled.classCache.set(cacheKey, classes);
  return classes;
}

/**
 * The transition table for `transitions` (from → to → share): known destinations, no self-moves,
 * share > 0, per origin sorted by destination id. Built once per transitions object and kept.
 */
export function supplyMoves(compiled: CompiledSupply, transitions: Record<string, Record<string, number>>): SupplyMoves {
  const cached = compiled.moveCache.get(transitions);
  if (cached !== undefined) return cached;
  const { functions, indexOf, F } = compiled;
  const moveStart = new Int32Array(F + 1);
  const moveTo: number[] = [];
  const moveShare: number[] = [];
  const moveId: string[] = [];
  functions.forEach((fn, fi) => {
    moveStart[fi] = moveTo.length;
    const row = Object.entries(transitions[fn.id] ?? {})
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
  const moveFrom = new Int32Array(M);
  for (let fi = 0; fi < F; fi++) for (let k = moveStart[fi]!; k < moveStart[fi + 1]!; k++) moveFrom[k] = fi;
  const movesInto: number[][] = Array.from({ length: F }, () => []);
  for (let k = 0; k < M; k++) movesInto[moveToA[k]!]!.push(k);
  const moves: SupplyMoves = { moveStart, moveTo: moveToA, moveShare: Float64Array.from(moveShare), moveId, moveFrom, movesInto };
  compiled.moveCache.set(transitions, moves);
  return moves;
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
