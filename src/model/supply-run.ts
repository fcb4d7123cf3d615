import type { ProjectionParameters } from './parameters.js';
import type { ProcessNoise } from './process-noise.js';
import { retirementAssumption } from './retirement.js';
import { supplyClasses, supplyMoves, type CompiledSupply } from './supply-compile.js';
import {
  advanceYear,
  allocCells,
  END_FTE,
  END_PERSONS,
  SUPPLY_PERSONS,
  MOVED_IN_FTE,
  MOVED_IN_PERSONS,
  MOVED_OUT_FTE,
  MOVED_OUT_PERSONS,
  NFIELDS,
  SUPPLY_FTE,
  sumState,
  type Cells,
  type Step,
} from './supply-step.js';

/**
 * The supply projection's run step: the years of the horizon over the compiled cells with given
 * parameter values (attrition rates, renewal rate, transitions, AOW ages). Only arithmetic over
 * typed arrays; the detail per attrition rule and transition (for `explain`) is collected into
 * typed arrays too and turned into objects by the caller only when asked for.
 */

/** The flows of every year, as typed arrays (offsets: the field constants of supply-step.ts). */
export interface SupplyRun {
  /** NFIELDS values per (year, function): flows[(y · F + fi) · NFIELDS + field]. */
  flows: Float64Array;
  /** NFIELDS values per (year, group), when grouping: groupFlows[(y · G + g) · NFIELDS + field]. */
  groupFlows: Float64Array;
  assumptions: string[];
  /** Per year, only with `detail`: the attrition and transition detail of each function. */
  detail?: SupplyYearDetail[];
}

/** Detail of one year: copies of the step's attrition and move accumulators. */
type SupplyYearDetail = Pick<
  Step,
  'reached' | 'moveFte' | 'useSeen' | 'useRate' | 'useMinAge' | 'useMaxAge' | 'useBase' | 'useBasePersons' | 'useFte' | 'usePersons'
>;

export interface SupplyRunOptions {
  /** Keep the per-rule and per-transition detail of every year (explain). */
  detail?: boolean;
  /** Draw the outflows (Monte Carlo); absent: expected values. */
  noise?: ProcessNoise;
}

/** Projects supply and its flows (FTE and persons) per function and group for every horizon year. */
export function runSupply(compiled: CompiledSupply, parameters: ProjectionParameters, options: SupplyRunOptions = {}): SupplyRun {
  const { years, F, G, R, grouping, ageSpan } = compiled;
  const Y = years.length;
  const classes = supplyClasses(compiled, parameters.retirementAge);
  const moves = supplyMoves(compiled, parameters.transitions);
  const M = moves.moveTo.length;
  const ageSlots = compiled.m0 > 0 ? F * ageSpan : 0;
  const s: Step = {
    renewal: parameters.renewalRate,
    grouping,
    F,
    C: classes.C,
    P: classes.P,
    R,
    classBirthYear: classes.classBirthYear,
    classRetireYear: classes.classRetireYear,
    classGroup: classes.classGroup,
    profBase: classes.profBase,
    profileEndYear: classes.profileEndYear,
    moveStart: moves.moveStart,
    moveTo: moves.moveTo,
    moveShare: moves.moveShare,
    ageMin: compiled.ageMin,
    ageSpan,
    ruleOf: compiled.ruleOf,
    attritionRates: parameters.attritionRates,
    rowFilled: new Uint8Array(ageSlots),
    rowRate: new Float64Array(ageSlots),
    rowScale: new Float64Array(ageSlots),
    rowStay: new Float64Array(ageSlots),
    track: options.detail === true,
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
    useBasePersons: new Float64Array(F * R),
    useFte: new Float64Array(F * R),
    usePersons: new Float64Array(F * R),
    scratchPersons: new Float64Array(F),
    scratchFte: new Float64Array(F),
    mark: new Int32Array(F),
    touched: new Int32Array(F),
    stamp: 0,
    noise: options.noise ?? null,
    drawn: new Float64Array(maxMovesPerFunction(moves.moveStart, F) + 1),
  };

  const flowsAll = new Float64Array(Y * F * NFIELDS);
  const groupFlowsAll = new Float64Array(grouping ? Y * G * NFIELDS : 0);
  const detail: SupplyYearDetail[] | undefined = options.detail ? [] : undefined;
  const assumedAow = new Set<string>();
  // The compiled start state is read-only: the first year writes into a fresh buffer, later years
  // alternate between two.
  let cur: Cells = classes.initial;
  // Room for the start cells and a quarter more (transitions can split cells); grown when needed.
  const capacity = Math.max(16, Math.ceil(cur.start[classes.P]! * 1.25));
  let next: Cells = allocCells(capacity, classes.P);
  let spare: Cells | null = null;
  const { moveFrom, moveTo } = moves;

  for (let y = 0; y < Y; y++) {
    const t = years[y]!;
    const note = retirementAssumption(parameters.retirementAge, t);
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
    s.useBasePersons.fill(0);
    s.useFte.fill(0);
    s.usePersons.fill(0);
    // Supply on 1 January is last year's end state (the same sums); the first year sums the start.
    if (y === 0) sumState(s, cur, SUPPLY_FTE);
    else copyEnd(flowsAll, (y - 1) * F * NFIELDS, flows, F, grouping ? groupFlowsAll : null, (y - 1) * G * NFIELDS, groupFlows, G);
    next = advanceYear(s, cur, next, t);
    for (let k = 0; k < M; k++) {
      const from = moveFrom[k]! * NFIELDS;
      const to = moveTo[k]! * NFIELDS;
      flows[from + MOVED_OUT_FTE] = flows[from + MOVED_OUT_FTE]! + moveFte[k]!;
      flows[from + MOVED_OUT_PERSONS] = flows[from + MOVED_OUT_PERSONS]! + movePersons[k]!;
      flows[to + MOVED_IN_FTE] = flows[to + MOVED_IN_FTE]! + moveFte[k]!;
      flows[to + MOVED_IN_PERSONS] = flows[to + MOVED_IN_PERSONS]! + movePersons[k]!;
    }
    const done = cur;
    cur = next;
    if (spare === null) spare = allocCells(next.fn.length, classes.P);
    next = done === classes.initial ? spare : done;
    flowsAll.set(flows, y * F * NFIELDS);
    if (grouping) groupFlowsAll.set(groupFlows, y * G * NFIELDS);
    if (detail !== undefined) {
      detail.push({
        reached: reached.slice(),
        moveFte: moveFte.slice(),
        useSeen: s.useSeen.slice(),
        useRate: s.useRate.slice(),
        useMinAge: s.useMinAge.slice(),
        useMaxAge: s.useMaxAge.slice(),
        useBase: s.useBase.slice(),
        useBasePersons: s.useBasePersons.slice(),
        useFte: s.useFte.slice(),
        usePersons: s.usePersons.slice(),
      });
    }
  }
  const assumptions = [...compiled.notes, ...assumedAow];
  if (s.scaledRows) {
    assumptions.push('attrition + transitions above 1 for some function and age: outflows scaled down to sum to 1');
  }
  return { flows: flowsAll, groupFlows: groupFlowsAll, assumptions, ...(detail !== undefined ? { detail } : {}) };
}

/** Copies last year's end state (FTE, persons) of every function and group into this year's supply fields. */
function copyEnd(
  flowsAll: Float64Array,
  from: number,
  flows: Float64Array,
  F: number,
  groupFlowsAll: Float64Array | null,
  groupFrom: number,
  groupFlows: Float64Array,
  G: number,
): void {
  for (let fi = 0; fi < F; fi++) {
    const at = fi * NFIELDS;
    flows[at + SUPPLY_FTE] = flowsAll[from + at + END_FTE]!;
    flows[at + SUPPLY_PERSONS] = flowsAll[from + at + END_PERSONS]!;
  }
  if (groupFlowsAll === null) return;
  for (let g = 0; g < G; g++) {
    const at = g * NFIELDS;
    groupFlows[at + SUPPLY_FTE] = groupFlowsAll[groupFrom + at + END_FTE]!;
    groupFlows[at + SUPPLY_PERSONS] = groupFlowsAll[groupFrom + at + END_PERSONS]!;
  }
}

function maxMovesPerFunction(moveStart: Int32Array, F: number): number {
  let max = 0;
  for (let fi = 0; fi < F; fi++) max = Math.max(max, moveStart[fi + 1]! - moveStart[fi]!);
  return max;
}
