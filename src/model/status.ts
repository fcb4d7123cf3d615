import type { StatusResult } from '../domain/projection.js';
import type { Scenario } from '../domain/scenario-schema.js';
import type { Status } from '../domain/workforce.js';

/**
 * Status of a function at the horizon (SPEC §3), first match wins, with r = D(end)/D(start) and
 * a = Σ_c s_fc · A_c(end): emerging (no demand at start, or a scenario's emerging function),
 * disappearing (r ≤ disappear_ratio, or discontinued — also from the start year on, when demand at
 * the start is 0 because of it: that function is not new; r is then null), changing (a ≥ change_share, or
 * shift ≥ shift), growing / shrinking (|r − 1| ≥ volume), stable. `flags` are the other tests that
 * also hold, in that order. `status_year` is the first horizon year in which the same test holds
 * with t in place of end (for emerging: the first year with demand > 0; for stable: null).
 * Vulnerable: disappearing, or r ≤ 1 − volume with a ≥ change_share.
 * Thresholds are compared with a tolerance of 1e-9, so a value that equals a threshold in decimal
 * (0.3 vs 0.30000000000000004) counts as reaching it.
 */

const EPS = 1e-9;

/** The per-year series a function's status is decided on (all arrays indexed like `years`). */
export interface StatusSeries {
  years: number[];
  /** Demand, FTE. */
  demand: number[];
  /** Share of the work automated, 0–1. */
  automated: number[];
  /** Task-mix shift, 0–1. */
  taskShift: number[];
  /** Skill-profile shift, 0–1. */
  skillShift: number[];
  /** First year of a discontinue override, or null. */
  discontinued: number | null;
  emerging: boolean;
}


/** Classifies one function from its demand, automation and shift series, with the rule that fired. */
export function classifyFunction(series: StatusSeries, thresholds: Scenario['classification']): StatusResult {
  const { years, demand, automated, taskShift, skillShift, discontinued } = series;
  const last = years.length - 1;
  const d0 = demand[0] ?? 0;
  // Discontinued at (or before) the start: no demand at the start because the scenario ends the
  // function, not because it is new — it disappears (SPEC: "disappearing … or discontinued"), its
  // people are vulnerable; r has no value (0 / 0).
  const discontinuedAtStart = !series.emerging && discontinued !== null && discontinued <= years[0]!;
  const emerging = !discontinuedAtStart && (series.emerging || d0 <= 0);
  const ratio = (i: number): number => (discontinuedAtStart ? Number.NaN : (demand[i] ?? 0) / d0);
  const shiftAt = (i: number): number => Math.max(taskShift[i] ?? 0, skillShift[i] ?? 0);
  const isDiscontinued = (i: number): boolean => discontinued !== null && years[i]! >= discontinued;

  const tests: Record<Exclude<Status, 'stable' | 'emerging'>, (i: number) => boolean> = {
    disappearing: (i) => !emerging && (ratio(i) <= thresholds.disappear_ratio + EPS || isDiscontinued(i)),
    changing: (i) =>
      automated[i]! >= thresholds.change_share - EPS || shiftAt(i) >= thresholds.shift - EPS,
    growing: (i) => !emerging && ratio(i) - 1 >= thresholds.volume - EPS,
    shrinking: (i) => !emerging && 1 - ratio(i) >= thresholds.volume - EPS,
  };
  const order = ['disappearing', 'changing', 'growing', 'shrinking'] as const;
  const holding = order.filter((s) => tests[s](last));
  const firstYear = (test: (i: number) => boolean): number | null => {
    for (let i = 0; i <= last; i++) if (test(i)) return years[i]!;
    return null;
  };

  const a = automated[last] ?? 0;
  const ts = taskShift[last] ?? 0;
  const ss = skillShift[last] ?? 0;
  const shift = Math.max(ts, ss);
  const r = emerging || discontinuedAtStart ? null : ratio(last);
  const base = { automated_share: a, shift, task_shift: ts, skill_shift: ss, demand_ratio: r };

  let status: Status;
  let statusYear: number | null;
  let rule: string;
  if (emerging) {
    status = 'emerging';
    const firstDemand = demand.findIndex((d) => d > 0);
    statusYear = firstDemand < 0 ? null : years[firstDemand]!;
    rule = series.emerging ? 'new function in the scenario (demand from its points)' : 'no demand at start';
  } else if (holding.length > 0) {
    status = holding[0]!;
    statusYear = firstYear(tests[status]);
    rule = ruleText(status, r ?? Number.NaN, a, ts, ss, discontinued, years[last]!, thresholds);
  } else {
    status = 'stable';
    statusYear = null;
    rule =
      `demand ratio ${f2(r!)} within 1 ± ${f2(thresholds.volume)}, automated share ${f2(a)} < ${f2(thresholds.change_share)}, ` +
      `shift ${f2(shift)} < ${f2(thresholds.shift)}`;
  }
  const flags = holding.filter((s) => s !== status);
  const vulnerable =
    status === 'disappearing' ||
    (r !== null && r <= 1 - thresholds.volume + EPS && a >= thresholds.change_share - EPS);
  return { status, flags, rule, status_year: statusYear, vulnerable, ...base };
}

function ruleText(
  status: Status,
  r: number,
  a: number,
  taskShift: number,
  skillShift: number,
  discontinued: number | null,
  end: number,
  th: Scenario['classification'],
): string {
  switch (status) {
    case 'disappearing':
      return discontinued !== null && discontinued <= end
        ? `discontinued from ${discontinued}`
        : `demand ratio ${f2(r)} ≤ ${f2(th.disappear_ratio)}`;
    case 'changing':
      if (a >= th.change_share - EPS) return `automated share ${f2(a)} ≥ ${f2(th.change_share)}`;
      return taskShift >= skillShift
        ? `task-mix shift ${f2(taskShift)} ≥ ${f2(th.shift)}`
        : `skill shift ${f2(skillShift)} ≥ ${f2(th.shift)}`;
    case 'growing':
      return `demand ratio ${f2(r)} ≥ 1 + ${f2(th.volume)}`;
    case 'shrinking':
      return `demand ratio ${f2(r)} ≤ 1 − ${f2(th.volume)}`;
    default:
      return status;
  }
}

/** Two decimals, for rule texts only (numbers in results are never rounded by the model). */
function f2(n: number): string {
  return n.toFixed(2);
}
