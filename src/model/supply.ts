import type { Scenario } from '../io/scenario-schema.js';
import type { Cell, FunctionProfile, Workforce } from './types.js';
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

interface State {
  functionId: string;
  /** Index of the function in the input list, and of the group among the sorted groups. */
  fi: number;
  gi: number;
  birthYear: number;
  birthMonth: number;
  contract: Cell['contract'];
  endYear: number | null;
  group: string;
  persons: number;
  fte: number;
}

const ROW_EPS = 1e-12;

/**
 * Cells are merged per function by a small integer key (birth year and month, contract, end year,
 * group): such a key is far cheaper to hash than a string, and the model runs on many cells.
 */
interface KeyRadix {
  birthMin: number;
  birthSpan: number;
  endMin: number;
  endSpan: number;
  groups: number;
}

function keyOf(c: State, r: KeyRadix): number {
  let key = c.birthYear - r.birthMin;
  key = key * 12 + (c.birthMonth - 1);
  key = key * 2 + (c.contract === 'temporary' ? 1 : 0);
  key = key * r.endSpan + (c.endYear === null ? 0 : c.endYear - r.endMin + 1);
  return key * r.groups + c.gi;
}

/** The horizon years start..end. */
export function horizonYears(scenario: Scenario): number[] {
  const years: number[] = [];
  for (let t = scenario.horizon.start; t <= scenario.horizon.end; t++) years.push(t);
  return years;
}

function emptyYear(year: number): SupplyYear {
  return {
    year,
    supply_fte: 0,
    supply_persons: 0,
    retired_fte: 0,
    retired_persons: 0,
    contract_ending_fte: 0,
    renewed_fte: 0,
    contract_ended_fte: 0,
    contract_ended_persons: 0,
    attrition_fte: 0,
    attrition_persons: 0,
    moved_in_fte: 0,
    moved_in_persons: 0,
    moved_out_fte: 0,
    moved_out_persons: 0,
    end_fte: 0,
    end_persons: 0,
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

  // Canonical initial state: normalised, merged, sorted by key (so permuting the input changes nothing).
  let missingEnd = 0;
  let unknownPersons = 0;
  const unknownIds = new Set<string>();
  const indexOf = new Map(functions.map((fn, i) => [fn.id, i]));
  const known: State[] = [];
  for (const cell of workforce.cells) {
    const fi = indexOf.get(cell.functionId);
    if (fi === undefined) {
      unknownPersons += cell.persons;
      unknownIds.add(cell.functionId);
      continue;
    }
    let endYear: number | null = null;
    if (cell.contract === 'temporary') {
      if (cell.endYear === null) missingEnd += cell.persons;
      endYear = cell.endYear === null ? start + defaultYears - 1 : Math.max(cell.endYear, start);
    }
    known.push({ ...cell, fi, gi: 0, endYear });
  }
  const groupIds = [...new Set(known.map((c) => c.group))].sort(compareText);
  const groupIndex = new Map(groupIds.map((g, i) => [g, i]));
  for (const c of known) c.gi = groupIndex.get(c.group)!;
  let birthMin = Infinity;
  let birthMax = -Infinity;
  let endMax = start;
  for (const c of known) {
    birthMin = Math.min(birthMin, c.birthYear);
    birthMax = Math.max(birthMax, c.birthYear);
    endMax = Math.max(endMax, c.endYear ?? start);
  }
  const radix: KeyRadix = {
    birthMin,
    birthSpan: birthMax - birthMin + 1,
    endMin: start,
    endSpan: endMax - start + 2,
    groups: Math.max(1, groupIds.length),
  };
  if (known.length > 0 && radix.birthSpan * 24 * radix.endSpan * radix.groups > Number.MAX_SAFE_INTEGER) {
    throw new Error('too many distinct cells to key exactly');
  }
  known.sort((a, b) => a.fi - b.fi || keyOf(a, radix) - keyOf(b, radix) || a.persons - b.persons || a.fte - b.fte);
  let cells: State[] = flatten(mergeInto(functions.length, known, radix));
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

  const grouping = cells.some((c) => c.group !== '');
  const functionYears = new Map<string, FunctionSupplyYear[]>();
  for (const fn of functions) functionYears.set(fn.id, []);
  const groupYears = new Map<string, SupplyYear[]>();
  const startGroupFte = new Map<string, Map<string, number>>();
  for (const c of cells) {
    const inner = startGroupFte.get(c.functionId) ?? new Map<string, number>();
    inner.set(c.group, (inner.get(c.group) ?? 0) + c.fte);
    startGroupFte.set(c.functionId, inner);
  }

  // Effective transition rows (known destinations, no self-moves), in a stable order.
  const transitionRows: [string, number, number][][] = functions.map((fn) =>
    Object.entries(scenario.workforce.transitions[fn.id] ?? {})
      .filter(([to, p]) => to !== fn.id && indexOf.has(to) && p > 0)
      .sort((a, b) => compareText(a[0], b[0]))
      .map(([to, p]) => [to, indexOf.get(to)!, p]),
  );
  const attritionCache = new Map<number, { rate: number; index: number }>();
  let scaledRows = false;
  const assumedAow = new Set<string>();

  for (const t of years) {
    const aow = retirementAgeAt(scenario.workforce.retirement_age, t);
    const note = retirementAssumption(scenario, t);
    // One line per distinct assumption (e.g. once for all years after 2031).
    if (note !== undefined) assumedAow.add(note);
    const fy: FunctionSupplyYear[] = functions.map((fn) => {
      const row: FunctionSupplyYear = { ...emptyYear(t), attrition: [], moved_out_to: {}, moved_in_from: {} };
      functionYears.get(fn.id)!.push(row);
      return row;
    });
    const gy = new Map<string, SupplyYear>();
    const groupRow = (group: string): SupplyYear => {
      let row = gy.get(group);
      if (row === undefined) {
        row = emptyYear(t);
        gy.set(group, row);
      }
      return row;
    };
    for (const c of cells) {
      const row = fy[c.fi]!;
      row.supply_fte += c.fte;
      row.supply_persons += c.persons;
      if (grouping) {
        const g = groupRow(c.group);
        g.supply_fte += c.fte;
        g.supply_persons += c.persons;
      }
    }

    const next: Map<number, State>[] = functions.map(() => new Map<number, State>());
    for (const c of cells) {
      const row = fy[c.fi]!;
      const g = grouping ? groupRow(c.group) : undefined;
      // 1. retirement
      if (retiresIn(c.birthYear, c.birthMonth, aow, t)) {
        row.retired_fte += c.fte;
        row.retired_persons += c.persons;
        if (g) {
          g.retired_fte += c.fte;
          g.retired_persons += c.persons;
        }
        continue;
      }
      let { fte, persons, contract, endYear } = c;
      // 2. contract end
      if (contract === 'temporary' && endYear === t) {
        const leftFte = fte * (1 - renewal);
        const leftPersons = persons * (1 - renewal);
        for (const r of g ? [row, g] : [row]) {
          r.contract_ending_fte += fte;
          r.renewed_fte += fte * renewal;
          r.contract_ended_fte += leftFte;
          r.contract_ended_persons += leftPersons;
        }
        fte *= renewal;
        persons *= renewal;
        contract = 'permanent';
        endYear = null;
      }
      if (fte === 0 && persons === 0) continue;
      // 3. attrition and transitions
      const age = t - c.birthYear;
      const cacheKey = c.fi * 1000 + age;
      let choice = attritionCache.get(cacheKey);
      if (choice === undefined) {
        choice = attritionRateFor(scenario.workforce.attrition, functions[c.fi]!, age);
        attritionCache.set(cacheKey, choice);
      }
      const moves = transitionRows[c.fi]!;
      let w = choice.rate;
      let outflow = w;
      for (const [, , p] of moves) outflow += p;
      // A row summing to 1 up to binary noise (0.3 + 0.5 + 0.2) is full: no one stays, nothing is scaled.
      const scale = outflow > 1 + ROW_EPS ? 1 / outflow : 1;
      if (scale < 1) scaledRows = true;
      const full = outflow >= 1 - ROW_EPS;
      w *= scale;
      const use = attritionUse(row, choice.index, choice.rate * scale);
      use.min_age = Math.min(use.min_age, age);
      use.max_age = Math.max(use.max_age, age);
      use.base_fte += fte;
      use.fte += fte * w;
      use.persons += persons * w;
      row.attrition_fte += fte * w;
      row.attrition_persons += persons * w;
      if (g) {
        g.attrition_fte += fte * w;
        g.attrition_persons += persons * w;
      }
      for (const [to, toIndex, rawP] of moves) {
        const p = rawP * scale;
        const movedFte = fte * p;
        const movedPersons = persons * p;
        row.moved_out_fte += movedFte;
        row.moved_out_persons += movedPersons;
        row.moved_out_to[to] = (row.moved_out_to[to] ?? 0) + movedFte;
        const dest = fy[toIndex]!;
        dest.moved_in_fte += movedFte;
        dest.moved_in_persons += movedPersons;
        dest.moved_in_from[c.functionId] = (dest.moved_in_from[c.functionId] ?? 0) + movedFte;
        if (g) {
          g.moved_out_fte += movedFte;
          g.moved_out_persons += movedPersons;
          g.moved_in_fte += movedFte;
          g.moved_in_persons += movedPersons;
        }
        addTo(next, state(c, to, toIndex, contract, endYear, movedPersons, movedFte), radix);
      }
      const stay = full ? 0 : 1 - outflow;
      if (stay > 0) addTo(next, state(c, c.functionId, c.fi, contract, endYear, persons * stay, fte * stay), radix);
    }
    cells = flatten(next);
    for (const c of cells) {
      const row = fy[c.fi]!;
      row.end_fte += c.fte;
      row.end_persons += c.persons;
      if (grouping) {
        const g = groupRow(c.group);
        g.end_fte += c.fte;
        g.end_persons += c.persons;
      }
    }
    for (const [group, row] of [...gy.entries()].sort((a, b) => compareText(a[0], b[0]))) {
      const list = groupYears.get(group) ?? [];
      list.push(row);
      groupYears.set(group, list);
    }
    for (const row of fy) row.attrition.sort((a, b) => a.rule - b.rule);
  }
  // A group that disappears in a year still needs a row for every year.
  for (const [group, list] of groupYears) {
    const complete = years.map((year) => list.find((r) => r.year === year) ?? emptyYear(year));
    groupYears.set(group, complete);
  }
  assumptions.push(...assumedAow);
  if (scaledRows) {
    assumptions.push('attrition + transitions above 1 for some function and age: outflows scaled down to sum to 1');
  }
  const sortedGroups = new Map([...groupYears.entries()].sort((a, b) => compareText(a[0], b[0])));
  return { years, functions: functionYears, groups: sortedGroups, startGroupFte, assumptions };
}

function addTo(maps: Map<number, State>[], state: State, radix: KeyRadix): void {
  const map = maps[state.fi]!;
  const key = keyOf(state, radix);
  const existing = map.get(key);
  if (existing === undefined) map.set(key, state);
  else {
    existing.fte += state.fte;
    existing.persons += state.persons;
  }
}

function mergeInto(functionCount: number, states: State[], radix: KeyRadix): Map<number, State>[] {
  const maps = Array.from({ length: functionCount }, () => new Map<number, State>());
  for (const s of states) addTo(maps, { ...s }, radix);
  return maps;
}

/** Cells in function order, then first-insertion order: canonical, because the input was sorted. */
function flatten(maps: Map<number, State>[]): State[] {
  const out: State[] = [];
  for (const map of maps) for (const s of map.values()) out.push(s);
  return out;
}

/** A new state object (one shape for all, which keeps property access fast). */
function state(
  c: State,
  functionId: string,
  fi: number,
  contract: State['contract'],
  endYear: number | null,
  persons: number,
  fte: number,
): State {
  return {
    functionId,
    fi,
    gi: c.gi,
    birthYear: c.birthYear,
    birthMonth: c.birthMonth,
    contract,
    endYear,
    group: c.group,
    persons,
    fte,
  };
}

function attritionUse(row: FunctionSupplyYear, rule: number, rate: number): AttritionUse {
  let use = row.attrition.find((u) => u.rule === rule && u.rate === rate);
  if (use === undefined) {
    use = { rule, rate, min_age: Infinity, max_age: -Infinity, base_fte: 0, fte: 0, persons: 0 };
    row.attrition.push(use);
  }
  return use;
}

function formatCount(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}
