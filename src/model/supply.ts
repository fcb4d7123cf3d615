import type { Scenario } from '../domain/scenario-schema.js';
import type { FunctionProfile, Workforce } from '../domain/workforce.js';
import { parametersOf } from './parameters.js';
import { compileSupply, supplyMoves, type CompiledSupply } from './supply-compile.js';

import { runSupply, type SupplyRun } from './supply-run.js';
import * as field from './supply-step.js';
import { dict } from '../domain/dict.js';

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
 *
 * The work is split in three files that each read on their own: supply-compile.ts (normalise, sort
 * and merge the cells once), supply-step.ts (one year's arithmetic on typed arrays) and
 * supply-run.ts (the years of one run with given parameter values). This file holds the result
 * types and turns a run's typed arrays into them.
 */

/** Flows of one function or group during one year (FTE unless the name says persons). */
interface SupplyYear {
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
interface AttritionUse {
  /** Index in workforce.attrition; -1 when no rule matched (rate 0). */
  rule: number;
  rate: number;
  /** Range of ages a(t) of the people it applied to (years). */
  min_age: number;
  max_age: number;
  /** FTE and persons the rule applied to (after retirement and contract end) and that left. */
  base_fte: number;
  base_persons: number;
  fte: number;
  persons: number;
}

/** A function's year with the detail `explain` shows. */
interface FunctionSupplyYear extends SupplyYear {
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

/** Supply and its flows (FTE and persons) per function and group for every horizon year. */
export function projectSupply(
  scenario: Scenario,
  functions: readonly FunctionProfile[],
  workforce: Workforce,
): SupplyProjection {
  const compiled = compileSupply(scenario, functions, workforce);
  const parameters = parametersOf(scenario);
  return supplyProjectionOf(compiled, runSupply(compiled, parameters, { detail: true }), parameters.transitions);
}

/** The SupplyYear of function or group i from its NFIELDS values in `flows` at `offset`. */
function supplyYearAt(year: number, flows: Float64Array, offset: number): SupplyYear {
  const base = offset;
  return {
    year,
    supply_fte: flows[base + field.SUPPLY_FTE]!,
    supply_persons: flows[base + field.SUPPLY_PERSONS]!,
    retired_fte: flows[base + field.RETIRED_FTE]!,
    retired_persons: flows[base + field.RETIRED_PERSONS]!,
    contract_ending_fte: flows[base + field.CONTRACT_ENDING_FTE]!,
    renewed_fte: flows[base + field.RENEWED_FTE]!,
    contract_ended_fte: flows[base + field.CONTRACT_ENDED_FTE]!,
    contract_ended_persons: flows[base + field.CONTRACT_ENDED_PERSONS]!,
    attrition_fte: flows[base + field.ATTRITION_FTE]!,
    attrition_persons: flows[base + field.ATTRITION_PERSONS]!,
    moved_in_fte: flows[base + field.MOVED_IN_FTE]!,
    moved_in_persons: flows[base + field.MOVED_IN_PERSONS]!,
    moved_out_fte: flows[base + field.MOVED_OUT_FTE]!,
    moved_out_persons: flows[base + field.MOVED_OUT_PERSONS]!,
    end_fte: flows[base + field.END_FTE]!,
    end_persons: flows[base + field.END_PERSONS]!,
  };
}

/** The SupplyProjection objects of a run made with `detail` (and the transitions it ran with). */
export function supplyProjectionOf(
  compiled: CompiledSupply,
  run: SupplyRun,
  transitions: Record<string, Record<string, number>>,
): SupplyProjection {
  const { years, functions, F, G, R, grouping, groupIds } = compiled;
  const { moveStart, moveId, moveFrom, movesInto } = supplyMoves(compiled, transitions);
  const functionYears = new Map<string, FunctionSupplyYear[]>();
  for (const fn of functions) functionYears.set(fn.id, []);
  const groupYears: SupplyYear[][] = grouping && years.length > 0 ? groupIds.map(() => []) : [];
  years.forEach((t, y) => {
    const d = run.detail?.[y];
    functions.forEach((fn, fi) => {
      const row: FunctionSupplyYear = Object.assign(supplyYearAt(t, run.flows, (y * F + fi) * field.NFIELDS), {
        attrition: [] as AttritionUse[],
        moved_out_to: dict<number>(),
        moved_in_from: dict<number>(),
      });
      if (d !== undefined) {
        if (d.reached[fi] === 1) {
          for (let k = moveStart[fi]!; k < moveStart[fi + 1]!; k++) row.moved_out_to[moveId[k]!] = d.moveFte[k]!;
        }
        for (const k of movesInto[fi]!) {
          const from = moveFrom[k]!;
          if (d.reached[from] === 1) row.moved_in_from[functions[from]!.id] = d.moveFte[k]!;
        }
        // Slots run by rule index (slot 0: no rule), so each list comes out sorted by rule.
        for (let slot = fi * R; slot < (fi + 1) * R; slot++) {
          if (d.useSeen[slot] === 0) continue;
          row.attrition.push({
            rule: slot - fi * R - 1,
            rate: d.useRate[slot]!,
            min_age: d.useMinAge[slot]!,
            max_age: d.useMaxAge[slot]!,
            base_fte: d.useBase[slot]!,
            base_persons: d.useBasePersons[slot]!,
            fte: d.useFte[slot]!,
            persons: d.usePersons[slot]!,
          });
        }
      }
      functionYears.get(fn.id)!.push(row);
    });
    groupYears.forEach((list, gi) => list.push(supplyYearAt(t, run.groupFlows, (y * G + gi) * field.NFIELDS)));
  });
  const groups = new Map<string, SupplyYear[]>();
  groupYears.forEach((list, gi) => groups.set(groupIds[gi]!, list));
  return { years, functions: functionYears, groups, startGroupFte: compiled.startGroupFte, assumptions: run.assumptions };
}
