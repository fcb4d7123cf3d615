import type { ProcessNoise } from './process-noise.js';

/**
 * One year of the supply projection (SPEC §3.1 steps 1–3) on the compiled state: typed arrays of
 * (function index, persons, FTE) in ranges per profile. This file is pure arithmetic: it knows no
 * scenario, no ids and no rules — compileSupply resolved those, runSupply owns the loop over years.
 *
 * A cell is (function, profile), where a profile is a class (birth year, year of retirement, group:
 * cells alike in age, rates and fate every year) plus a contract: permanent, or temporary ending in
 * a given year. Transitions change only the function; a contract end changes only the profile (to
 * the class's permanent profile); retirement and age depend only on the class. A year maps each
 * profile's range to the next year's range through a dense scratch row over the functions.
 *
 * Without process noise every flow is its expected value (fractions of persons allowed). With
 * process noise (Monte Carlo, SPEC §3.4) the persons who leave or move are drawn — see
 * process-noise.ts — and FTE follows the persons in proportion.
 */

/** Offsets of the numeric fields of SupplyYear, so the flows of a year can be kept in typed arrays. */
export const SUPPLY_FTE = 0;
export const SUPPLY_PERSONS = 1;
export const RETIRED_FTE = 2;
export const RETIRED_PERSONS = 3;
export const CONTRACT_ENDING_FTE = 4;
export const RENEWED_FTE = 5;
export const CONTRACT_ENDED_FTE = 6;
export const CONTRACT_ENDED_PERSONS = 7;
export const ATTRITION_FTE = 8;
export const ATTRITION_PERSONS = 9;
export const MOVED_IN_FTE = 10;
export const MOVED_IN_PERSONS = 11;
export const MOVED_OUT_FTE = 12;
export const MOVED_OUT_PERSONS = 13;
export const END_FTE = 14;
export const END_PERSONS = 15;
export const NFIELDS = 16;

/** A row summing to 1 up to binary noise (0.3 + 0.5 + 0.2) is full: no one stays, nothing is scaled. */
const ROW_EPS = 1e-12;

/** The state: cells as flat typed arrays in ranges per profile. */
export interface Cells {
  fn: Int32Array;
  persons: Float64Array;
  fte: Float64Array;
  /** Range of profile q: start[q] .. start[q + 1]. */
  start: Int32Array;
}

export function allocCells(capacity: number, profiles: number): Cells {
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

/** Everything one year step reads and accumulates into (typed arrays indexed by function, class, profile, move). */
export interface Step {
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
  /** Per (function, age): the attrition rule that applies (index, -1: none), resolved at compile time. */
  ruleOf: Int32Array;
  /** Annual rate of each attrition rule. */
  attritionRates: readonly number[];
  /** Per (function, age): 1 once the row below is filled this run; scaled rate, scale, staying share. */
  rowFilled: Uint8Array;
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
  /** Collect the attrition detail below (explain); off, the use* arrays stay empty. */
  track: boolean;
  /** Attrition detail per (function, rule index + 1): seen this year, scaled rate, age range, base FTE and persons, FTE and persons that left. */
  useSeen: Uint8Array;
  useRate: Float64Array;
  useMinAge: Float64Array;
  useMaxAge: Float64Array;
  useBase: Float64Array;
  useBasePersons: Float64Array;
  useFte: Float64Array;
  usePersons: Float64Array;
  scratchPersons: Float64Array;
  scratchFte: Float64Array;
  mark: Int32Array;
  touched: Int32Array;
  stamp: number;
  /** Process noise (Monte Carlo), or null for expected values. */
  noise: ProcessNoise | null;
  /** Persons drawn per outcome of one cell's step 3 (noise only): [attrition, move 0, move 1, …]. */
  drawn: Float64Array;
}

/** Fills the attrition rate and outflow of (function, age) into row slot x. */
function fillRow(s: Step, fi: number, x: number): void {
  const rule = s.ruleOf[x]!;
  const rate = rule < 0 ? 0 : s.attritionRates[rule]!;
  let outflow = rate;
  for (let k = s.moveStart[fi]!; k < s.moveStart[fi + 1]!; k++) outflow += s.moveShare[k]!;
  // When w + Σp > 1 (checkFlows reports this as an error) the outflows are scaled down to sum to 1,
  // so supply never goes negative.
  const scale = outflow > 1 + ROW_EPS ? 1 / outflow : 1;
  if (scale < 1) s.scaledRows = true;
  const full = outflow >= 1 - ROW_EPS;
  s.rowFilled[x] = 1;
  s.rowRate[x] = rate * scale;
  s.rowScale[x] = scale;
  s.rowStay[x] = full ? 0 : 1 - outflow;
}

/** Adds persons and FTE of `cells` per function (and group) into fields fteField, fteField + 1. */
export function sumState(s: Step, cells: Cells, fteField: number): void {
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
 * added into s.flows (including the end state, END_FTE / END_PERSONS), s.groupFlows,
 * s.moveFte/movePersons and, when tracking, the s.use* arrays.
 */
export function advanceYear(s: Step, cur: Cells, nextIn: Cells, t: number): Cells {
  let next = nextIn;
  const { flows, groupFlows, moveFte, movePersons, reached, noise, drawn } = s;
  const { track, ruleOf, useSeen, useRate, useMinAge, useMaxAge, useBase, useBasePersons, useFte, usePersons } = s;
  const { scratchPersons, scratchFte, mark, touched, moveStart, moveTo, moveShare } = s;
  const { rowFilled, rowRate, rowScale, rowStay, ageMin, ageSpan, renewal, grouping, R } = s;
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
    // The class's FTE and persons on 1 January of t + 1 (for the group's end totals).
    let endFte = 0;
    let endPersons = 0;
    // 1. retirement: the whole class leaves (certain: the AOW age is the law, so it has no noise).
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
            let renewedFte: number;
            let leftFte: number;
            let leftPersons: number;
            if (noise !== null && persons > 0) {
              leftPersons = noise.binomial(persons, 1 - renewal);
              leftFte = (fte * leftPersons) / persons;
              renewedFte = fte - leftFte;
            } else {
              renewedFte = fte * renewal;
              leftFte = fte * (1 - renewal);
              leftPersons = persons * (1 - renewal);
            }
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
            if (noise !== null && persons > 0) {
              fte = renewedFte;
              persons -= leftPersons;
            } else {
              fte *= renewal;
              persons *= renewal;
            }
          }
          if (fte === 0 && persons === 0) continue;
          // 3. attrition and transitions
          const x = fi * ageSpan + ageOffset;
          if (rowFilled[x] === 0) fillRow(s, fi, x);
          const w = rowRate[x]!;
          const scale = rowScale[x]!;
          const stay = rowStay[x]!;
          const kFirst = moveStart[fi]!;
          const kLast = moveStart[fi + 1]!;
          // With noise: persons per outcome drawn as one multinomial; FTE follows in proportion.
          const drawing = noise !== null && persons > 0;
          if (drawing) noise.multinomial(persons, w, moveShare, kFirst, kLast, scale, stay === 0, drawn);
          reached[fi] = 1;
          const attrPersons = drawing ? drawn[0]! : persons * w;
          const attrFte = drawing ? (fte * attrPersons) / persons : fte * w;
          if (track) {
            const slot = fi * R + ruleOf[x]! + 1;
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
            useBasePersons[slot] = useBasePersons[slot]! + persons;
            useFte[slot] = useFte[slot]! + attrFte;
            usePersons[slot] = usePersons[slot]! + attrPersons;
          }
          flows[base + ATTRITION_FTE] = flows[base + ATTRITION_FTE]! + attrFte;
          flows[base + ATTRITION_PERSONS] = flows[base + ATTRITION_PERSONS]! + attrPersons;
          if (grouping) {
            groupFlows[g + ATTRITION_FTE] = groupFlows[g + ATTRITION_FTE]! + attrFte;
            groupFlows[g + ATTRITION_PERSONS] = groupFlows[g + ATTRITION_PERSONS]! + attrPersons;
          }
          let outFte = 0;
          let outPersons = 0;
          for (let k = kFirst; k < kLast; k++) {
            let movedFte: number;
            let movedPersons: number;
            if (drawing) {
              movedPersons = drawn[k - kFirst + 1]!;
              movedFte = (fte * movedPersons) / persons;
            } else {
              const p = moveShare[k]! * scale;
              movedFte = fte * p;
              movedPersons = persons * p;
            }
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
          let stayPersons: number;
          let stayFte: number;
          if (drawing) {
            stayPersons = persons - attrPersons - outPersons;
            stayFte = stayPersons > 0 ? (fte * stayPersons) / persons : 0;
          } else {
            stayPersons = persons * stay;
            stayFte = fte * stay;
          }
          if (stay > 0) {
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
      // The end state, summed per function in the order sumState would sum it, so it is the same number.
      for (let i = 0; i < nTouched; i++) {
        const j = touched[i]!;
        const jFte = scratchFte[j]!;
        const jPersons = scratchPersons[j]!;
        nextFn[out] = j;
        nextPersons[out] = jPersons;
        nextFte[out] = jFte;
        out++;
        const base = j * NFIELDS;
        flows[base + END_FTE] = flows[base + END_FTE]! + jFte;
        flows[base + END_PERSONS] = flows[base + END_PERSONS]! + jPersons;
        endFte += jFte;
        endPersons += jPersons;
      }
    }
    if (grouping) {
      groupFlows[g + END_FTE] = groupFlows[g + END_FTE]! + endFte;
      groupFlows[g + END_PERSONS] = groupFlows[g + END_PERSONS]! + endPersons;
    }
  }
  next.start[s.P] = out;
  s.stamp = stamp;
  return next;
}
